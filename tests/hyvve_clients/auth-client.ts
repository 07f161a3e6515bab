// Stands in for HYVVE's `@/lib/auth-client` (better-auth's browser session), of which HYVVE's agent client and
// stream hook use only this getter: the signed-in user's session token, here from the driver's environment.
export function getCurrentSessionToken(): string | null {
  return process.env.HYVVE_SESSION_TOKEN || null;
}
