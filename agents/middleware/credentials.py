"""Turns `Authorization: Bearer ...` (+ headers) into a verified Principal, or refuses with a stable code.

Accepted credentials, each verified, none trusted on its word:
- `AGENT_SERVICE_TOKEN` (NestJS): constant-time compare; names the workspace with `x-workspace-id`,
  may act for a member with `x-user-id`. Only this principal may use those headers to choose.
- `OS_SECURITY_KEY` (operators, the agno Control Plane): admin; may name a workspace to act in.
- a Control-Plane-issued RS256 JWT (`CONTROL_PLANE_JWT_PUBLIC_KEY`, jwt_verifier.ControlPlaneVerifier) with the
  `agent_os:admin` scope: admin, like the key; it names no HYVVE user.
- a better-auth JWT (three dot-separated parts): see jwt_verifier. The `agent_os:admin` scope makes
  an admin; otherwise the workspace comes from the `workspaceId`/`workspace_id`/`activeWorkspaceId` claim.
- anything else is a HYVVE opaque session token, looked up in the shared `sessions` table; the
  workspace is the session's `active_workspace_id`.
- on routes the policy marks `cookie` (/agui: CopilotKit sends cookies, no header), with no Authorization
  header: better-auth's signed session cookie `hyvve.session_token` (`__Secure-` prefixed over HTTPS). Its
  value is `<token>.<base64 HMAC-SHA256(token, BETTER_AUTH_SECRET)>` (better-call's signCookieValue), URL-encoded.
  A browser sends cookies along with requests other sites start, so a cookie only counts with an `Origin` of
  the allowed origins (CSRF): a bad signature is 401, a missing or foreign Origin 403. The token is then
  resolved as a session token above.
A user's workspace is then checked against `workspace_members` (accepted) and `workspaces.deleted_at`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar
from urllib.parse import unquote

from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine, text

from agents.errors import ApiError, ErrorCode
from agents.middleware.jwt_verifier import ControlPlaneVerifier, JwtVerifier, TokenRejected, looks_like_jwt
from agents.middleware.principal import ADMIN_SCOPE, SERVICE_USER, Principal
from agents.workers import utc_now_naive

WORKSPACE_CLAIMS = ("workspaceId", "workspace_id", "activeWorkspaceId")
SESSION_COOKIES = ("__Secure-hyvve.session_token", "hyvve.session_token")  # HYVVE's better-auth cookie prefix
MAX_ID_LENGTH = 64  # HYVVE ids are UUIDs/cuids; anything longer is not one

_MEMBERSHIP_SQL = text(
    """
    SELECT m.role FROM workspace_members m JOIN workspaces w ON w.id = m.workspace_id
    WHERE m.user_id = :user_id AND m.workspace_id = :workspace_id
      AND m.accepted_at IS NOT NULL AND w.deleted_at IS NULL
    """
)
_WORKSPACE_SQL = text("SELECT 1 FROM workspaces WHERE id = :workspace_id AND deleted_at IS NULL")
_SESSION_SQL = text("SELECT user_id, active_workspace_id, expires_at FROM sessions WHERE token = :token")

V = TypeVar("V")


class AuthError(ApiError):
    """Refusal of a request: 401 for credentials, 403 for rights. Never carries the token."""


class TtlCache(Generic[V]):
    """A small bounded cache whose entries live `ttl` seconds: verified lookups, never secrets."""

    def __init__(self, ttl: float, max_entries: int = 10_000) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._entries: OrderedDict[Any, tuple[float, V]] = OrderedDict()

    def get(self, key: Any) -> tuple[bool, V | None]:
        entry = self._entries.get(key)
        if entry is None or entry[0] < time.monotonic():
            return False, None
        return True, entry[1]

    def put(self, key: Any, value: V) -> None:
        if self.ttl <= 0:
            return
        self._entries[key] = (time.monotonic() + self.ttl, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)


def _secret_equals(candidate: str, secret: str | None) -> bool:
    return secret is not None and hmac.compare_digest(candidate.encode(), secret.encode())


def _valid_id(value: object) -> str | None:
    if isinstance(value, str) and 0 < len(value) <= MAX_ID_LENGTH and value.isprintable():
        return value
    return None


class CredentialResolver:
    def __init__(
        self,
        engine: Engine,
        jwt_verifier: JwtVerifier | None,
        service_token: str | None,
        admin_key: str | None,
        cache_seconds: float,
        clock: Callable[[], datetime] = utc_now_naive,
        cookie_secret: str | None = None,
        cookie_origins: tuple[str, ...] = (),
        control_plane: ControlPlaneVerifier | None = None,
    ) -> None:
        self.engine = engine
        self.control_plane = control_plane
        self.jwt_verifier = jwt_verifier
        self.service_token = service_token
        self.admin_key = admin_key
        self.cookie_secret = cookie_secret
        self.cookie_origins = frozenset(cookie_origins)
        self.clock = clock
        self._sessions: TtlCache[tuple[str, str | None, datetime] | None] = TtlCache(cache_seconds)
        self._roles: TtlCache[str | None] = TtlCache(cache_seconds)

    async def resolve(self, authorization: str | None, headers: Mapping[str, str], correlation_id: str) -> Principal:
        token = _bearer(authorization)
        header_workspace = headers.get("x-workspace-id") or None
        header_user = headers.get("x-user-id") or None

        if _secret_equals(token, self.service_token):
            return await self._service(header_workspace, header_user, correlation_id)
        if header_user is not None:
            raise AuthError(403, ErrorCode.FORBIDDEN, "Only the service principal may act on behalf of a user (x-user-id)")
        if _secret_equals(token, self.admin_key):
            return Principal("admin_key", None, _valid_id(header_workspace), None, True, correlation_id)
        if looks_like_jwt(token):
            if self.control_plane is not None:
                try:
                    claims = self.control_plane.verify(token)
                except TokenRejected as rejected:
                    raise AuthError(401, rejected.code, rejected.message) from None
                if claims is not None:
                    if ADMIN_SCOPE not in _scopes(claims):
                        raise AuthError(403, ErrorCode.FORBIDDEN, f"Control Plane tokens need the {ADMIN_SCOPE} scope here")
                    return Principal("control_plane", None, _valid_id(header_workspace), None, True, correlation_id)
            return await self._jwt(token, header_workspace, correlation_id)
        return await self._session(token, header_workspace, correlation_id)

    async def resolve_request(
        self, headers: Mapping[str, str], correlation_id: str, *, cookie_allowed: bool = False
    ) -> Principal:
        """The caller of a request: its Authorization header, or where the route allows it, the session cookie."""
        authorization = headers.get("authorization")
        cookie = session_cookie(headers.get("cookie")) if cookie_allowed and not authorization else None
        if cookie is None:
            return await self.resolve(authorization, headers, correlation_id)
        token = self._verified_cookie(cookie)
        origin = headers.get("origin")
        if origin is None or origin.rstrip("/") not in self.cookie_origins:
            raise AuthError(403, ErrorCode.ORIGIN_NOT_ALLOWED,
                            "A cookie-authenticated request must come from an allowed Origin")
        if headers.get("x-workspace-id") or headers.get("x-user-id"):
            raise AuthError(403, ErrorCode.FORBIDDEN, "A session cookie names its workspace itself")
        return await self._session(token, None, correlation_id)

    def _verified_cookie(self, value: str) -> str:
        if self.cookie_secret is None:
            raise AuthError(401, ErrorCode.TOKEN_INVALID, "Cookie authentication is not configured (BETTER_AUTH_SECRET)")
        token, _, signature = unquote(value).rpartition(".")
        expected = base64.b64encode(
            hmac.new(self.cookie_secret.encode(), token.encode(), hashlib.sha256).digest()
        ).decode()
        if not token or not hmac.compare_digest(signature.encode(), expected.encode()):
            raise AuthError(401, ErrorCode.TOKEN_INVALID, "The session cookie's signature is not valid")
        return token

    async def on_behalf_of(self, principal: Principal, user_id: str) -> Principal:
        """NestJS naming the member it acts for in a request body (the bridge API), as `x-user-id` would."""
        if principal.credential != "service" or principal.workspace_id is None:
            raise AuthError(403, ErrorCode.FORBIDDEN, "Only the service principal may act on behalf of a user")
        return await self._service(principal.workspace_id, user_id, principal.correlation_id or "")

    async def _service(self, workspace: str | None, user: str | None, correlation_id: str) -> Principal:
        workspace_id = _valid_id(workspace)
        if workspace_id is None:
            raise AuthError(403, ErrorCode.WORKSPACE_REQUIRED, "The service principal must name the workspace (x-workspace-id)")
        if user is None:
            if await self._role(None, workspace_id) is None:
                raise AuthError(403, ErrorCode.NOT_A_MEMBER, "The workspace does not exist or was deleted")
            return Principal("service", SERVICE_USER, workspace_id, "service", False, correlation_id)
        user_id = _valid_id(user)
        role = await self._role(user_id, workspace_id) if user_id else None
        if role is None:
            raise AuthError(403, ErrorCode.NOT_A_MEMBER, "x-user-id is not a member of the workspace")
        return Principal("service", user_id, workspace_id, role, False, correlation_id)

    async def _jwt(self, token: str, header_workspace: str | None, correlation_id: str) -> Principal:
        if self.jwt_verifier is None:
            raise AuthError(401, ErrorCode.TOKEN_INVALID, "JWT authentication is not configured (BETTER_AUTH_URL)")
        try:
            claims = await self.jwt_verifier.verify(token)
        except TokenRejected as rejected:
            raise AuthError(401, rejected.code, rejected.message) from None
        user_id = _valid_id(claims["sub"])
        if user_id is None:
            raise AuthError(401, ErrorCode.TOKEN_INVALID, "The token's subject is not a HYVVE user id")
        if ADMIN_SCOPE in _scopes(claims):
            return Principal("jwt", user_id, _valid_id(header_workspace), None, True, correlation_id)
        claimed = next((claims[name] for name in WORKSPACE_CLAIMS if claims.get(name)), None)
        return await self._member(
            "jwt", user_id, claimed, header_workspace, correlation_id, "The token names no workspace"
        )

    async def _session(self, token: str, header_workspace: str | None, correlation_id: str) -> Principal:
        if not token or len(token) > 512:
            raise AuthError(401, ErrorCode.TOKEN_INVALID, "The credential is not recognised")
        session = await self._lookup_session(token)
        if session is None:
            raise AuthError(401, ErrorCode.TOKEN_INVALID, "The session is not recognised")
        user_id, workspace_id, expires_at = session
        if expires_at <= self.clock():
            raise AuthError(401, ErrorCode.TOKEN_EXPIRED, "The session has expired")
        return await self._member(
            "session", user_id, workspace_id, header_workspace, correlation_id, "The session has no active workspace"
        )

    async def _member(
        self,
        credential: str,
        user_id: str,
        claimed: object,
        header_workspace: str | None,
        correlation_id: str,
        missing: str,
    ) -> Principal:
        workspace_id = _valid_id(claimed)
        if workspace_id is None:
            raise AuthError(403, ErrorCode.WORKSPACE_REQUIRED, missing)
        if header_workspace is not None and header_workspace != workspace_id:
            raise AuthError(403, ErrorCode.FORBIDDEN, "x-workspace-id does not match the credential's workspace")
        role = await self._role(user_id, workspace_id)
        if role is None:
            raise AuthError(403, ErrorCode.NOT_A_MEMBER, "Not a member of this workspace")
        return Principal(credential, user_id, workspace_id, role, False, correlation_id)  # type: ignore[arg-type]

    # -- shared-database lookups, cached for a few seconds -----------------------------------------

    async def _role(self, user_id: str | None, workspace_id: str) -> str | None:
        """The user's role in a live workspace; with no user, "service" if the workspace is live."""
        hit, role = self._roles.get((user_id, workspace_id))
        if not hit:
            role = await run_in_threadpool(self._query_role, user_id, workspace_id)
            self._roles.put((user_id, workspace_id), role)
        return role

    def _query_role(self, user_id: str | None, workspace_id: str) -> str | None:
        with self.engine.connect() as conn:
            if user_id is None:
                live = conn.execute(_WORKSPACE_SQL, {"workspace_id": workspace_id}).scalar()
                return "service" if live else None
            return conn.execute(_MEMBERSHIP_SQL, {"user_id": user_id, "workspace_id": workspace_id}).scalar()

    async def _lookup_session(self, token: str) -> tuple[str, str | None, datetime] | None:
        # Keyed by a digest so the cache never holds a usable credential.
        key = hashlib.sha256(token.encode()).digest()
        hit, session = self._sessions.get(key)
        if not hit:
            session = await run_in_threadpool(self._query_session, token)
            self._sessions.put(key, session)
        return session

    def _query_session(self, token: str) -> tuple[str, str | None, datetime] | None:
        with self.engine.connect() as conn:
            row = conn.execute(_SESSION_SQL, {"token": token}).first()
        return (row.user_id, row.active_workspace_id, _naive_utc(row.expires_at)) if row else None


def session_cookie(header: str | None) -> str | None:
    """better-auth's session cookie from a Cookie header (the `__Secure-` one first), else None."""
    if not header:
        return None
    cookies: dict[str, str] = {}
    for part in header.split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name not in cookies:
            cookies[name] = value.strip().strip('"')
    return next((cookies[name] for name in SESSION_COOKIES if cookies.get(name)), None)


def _naive_utc(moment: datetime) -> datetime:
    # Prisma's DateTime is `timestamp(3)` holding UTC; a timestamptz column comes back aware.
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _bearer(authorization: str | None) -> str:
    if not authorization:
        raise AuthError(401, ErrorCode.TOKEN_MISSING, "Send a credential: Authorization: Bearer <token>")
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise AuthError(401, ErrorCode.TOKEN_INVALID, "Use the Bearer scheme: Authorization: Bearer <token>")
    return token


def _scopes(claims: Mapping[str, Any]) -> set[str]:
    raw = claims.get("scopes", claims.get("scope", []))
    if isinstance(raw, str):
        return set(raw.split())
    return {s for s in raw if isinstance(s, str)} if isinstance(raw, list) else set()
