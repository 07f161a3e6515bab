"""The NestJS routes our tools call on HYVVE, in one table, with the credential each one takes.

HYVVE's guards (apps/api/src/common/guards/) decide which credential a route accepts:
- `ServiceAuthGuard`: only `Authorization: Bearer <AGENT_SERVICE_TOKEN>`.
- `AuthOrServiceGuard`: the service token or a member's better-auth session token.
- `AuthGuard`: only a member's session token (a `sessions.token`, looked up in HYVVE's table).
- `TenantGuard` (after one of those) needs a user on the request, which the service token alone does not give,
  and takes the workspace from the route's `:workspaceId`, the body's or query's `workspaceId`, or the session's
  active workspace. No HYVVE guard reads `x-workspace-id` or `x-user-id`. `RolesGuard` then checks `@Roles`.
NestJS serves its controllers without a global prefix (apps/api/src/main.ts sets none): `/kb/pages`, not
`/api/kb/pages`, which is the web app's Next.js proxy.

An approved action runs after the decision, in the continuation worker (agents/approvals/continuations.py): by
then the service holds only its own service token. It never keeps a member's session token (no secret is
persisted), so a route that takes only a member's credential cannot be called for an approved action; the tool
says so instead. tests/test_hyvve_routes.py parses HYVVE's controllers and fails if a route here does not exist or
its guards would refuse the credential named here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Credential(StrEnum):
    SERVICE_TOKEN = "service_token"  # AGENT_SERVICE_TOKEN: held by this service at any time
    MEMBER_SESSION = "member_session"  # the acting member's own session token: never held after a pause


@dataclass(frozen=True)
class HyvveRoute:
    method: str
    path: str  # as NestJS serves it, with `:param` placeholders
    credential: Credential
    controller: str  # HYVVE's file declaring it, under apps/api/src/

    def url(self, base_url: str, **params: str) -> str:
        path = self.path
        for name, value in params.items():
            path = path.replace(f":{name}", value)
        return base_url.rstrip("/") + path


# Scribe's save_to_knowledge: a KB page (CreatePageDto: workspaceId?, title <= 500, content as Tiptap JSON).
# Guarded by AuthGuard + TenantGuard + RolesGuard('owner', 'admin', 'member'): a member's session only.
KB_CREATE_PAGE = HyvveRoute("POST", "/kb/pages", Credential.MEMBER_SESSION, "kb/pages/pages.controller.ts")

# Every HYVVE route a tool calls, by tool name. A state-changing tool without an entry has no HYVVE route and is
# refused when HYVVE_API_URL is set (agents/teams/actions.py).
TOOL_ROUTES: dict[str, HyvveRoute] = {
    "save_to_knowledge": KB_CREATE_PAGE,
}


def tiptap_document(markdown: str) -> dict[str, object]:
    """A note as the Tiptap JSON HYVVE's KB editor stores: one paragraph per block of text."""
    blocks = [block.strip() for block in markdown.split("\n\n") if block.strip()]
    return {"type": "doc", "content": [
        {"type": "paragraph", "content": [{"type": "text", "text": block}]} for block in blocks
    ]}
