"""The tenancy middleware: authenticate, apply the route policy, and pin every run to the caller.

For each request it resolves the Principal (credentials.py), refuses what the route policy does not
allow (route_policy.py), then hands agno what its routes read from `request.state`:
- `user_id` = `<workspace_id>:<user_id>` with `user_isolation_enabled`, so agno scopes every session,
  run and memory read and write to the user within the workspace (admins are unscoped);
- `dependencies`, `session_state` and `metadata` = the verified workspace, user, role and correlation
  id, written from one RunScope (agents/runs/scope.py). agno's run routes prefer these over the form fields,
  so a client's `user_id`, `dependencies`, `session_state` or `metadata` can never override or widen them;
  tools read them back with `RunScope.from_run_context`;
- `claims` = the same scope for agno's trusted request context, which the component factories read.
"""

from __future__ import annotations

import logging
import uuid

from opentelemetry import trace
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agents.database import tenant
from agents.errors import ErrorCode, error_response
from agents.middleware.credentials import AuthError, CredentialResolver
from agents.middleware.principal import ADMIN_SCOPE, Principal, Right
from agents.middleware.route_policy import Access, find_rule
from agents.observability.context import set_request_context
from agents.runs.scope import RunScope

log = logging.getLogger(__name__)

# The gateway's operator entry marks every request with this header (gateway/nginx.conf); a member's credential
# is refused there, whatever the route.
ENTRY_HEADER = "x-hyvve-entry"

_RIGHT_FOR = {Access.READ: Right.READ, Access.RUN: Right.RUN, Access.APPROVE: Right.APPROVE}


class TenancyMiddleware:
    def __init__(self, app: ASGIApp, resolver: CredentialResolver) -> None:
        self.app = app
        self.resolver = resolver

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        correlation_id = _correlation_id(headers.get("x-correlation-id"))
        rule = find_rule(scope.get("method", "GET"), scope["path"])

        if scope["type"] != "http":
            # No WebSocket route is classified; refuse before anything is accepted.
            await send({"type": "websocket.close", "code": 1008})
            return
        if rule is not None and rule.access is Access.PUBLIC:
            await self.app(scope, receive, _with_correlation_id(send, correlation_id))
            return

        try:
            principal = await self.resolver.resolve_request(
                headers, correlation_id, cookie_allowed=rule is not None and rule.cookie
            )
        except AuthError as refused:
            await self._refuse(scope, receive, send, refused.status, refused.code, refused.message, correlation_id)
            return
        if rule is None or rule.access is Access.OFF:
            await self._refuse(scope, receive, send, 404, ErrorCode.NOT_FOUND, "Not Found", correlation_id)
            return
        if headers.get(ENTRY_HEADER) == "operator" and not principal.is_admin:  # only ever narrows
            message = "The operator entry is for operators"
            await self._refuse(scope, receive, send, 403, ErrorCode.FORBIDDEN, message, correlation_id)
            return
        if not _allowed(principal, rule.access):
            message = _refusal(principal, rule.access)
            await self._refuse(scope, receive, send, 403, ErrorCode.FORBIDDEN, message, correlation_id)
            return

        _pin_to_principal(scope, principal)
        await self.app(scope, receive, _with_correlation_id(send, correlation_id))

    async def _refuse(
        self, scope: Scope, receive: Receive, send: Send, status: int, code: str, message: str, correlation_id: str
    ) -> None:
        headers = {"x-correlation-id": correlation_id}
        if status == 401:
            headers["www-authenticate"] = 'Bearer realm="hyvve-agentos"'
        log.info("refused %s %s: %s %s", scope.get("method"), scope["path"], status, code)
        await error_response(status, code, message, headers)(scope, receive, send)


# Who has each right (agents/middleware/principal.py ROLE_RIGHTS), for refusals that say what would do.
_NEEDED = {
    Access.READ: "any role in the workspace",
    Access.RUN: "the owner, admin or member role",
    Access.APPROVE: "the owner or admin role",
}


def _refusal(principal: Principal, access: Access) -> str:
    if access is Access.ADMIN:
        return "This route is for operators (OS_SECURITY_KEY or an agent_os:admin JWT), not workspace members"
    role = f"the {principal.role} role" if principal.role else "this credential"
    return f"Your role does not allow this: {role} cannot; it needs {_NEEDED[access]}"


def _allowed(principal: Principal, access: Access) -> bool:
    if access is Access.ADMIN:
        return principal.is_admin
    return principal.can(_RIGHT_FOR[access])  # PUBLIC and OFF never get here


def _pin_to_principal(scope: Scope, principal: Principal) -> None:
    run_scope = RunScope.from_principal(principal)
    state = scope.setdefault("state", {})
    set_request_context(
        workspace_id=principal.workspace_id, user_id=principal.user_id, correlation_id=principal.correlation_id
    )
    # Every transaction of this request (ours and agno's) acts for the verified workspace; an operator
    # without one acts across workspaces on the service's own tables (agents/database/tenant.py).
    if principal.is_admin and principal.workspace_id is None:
        tenant.bind_operator()
    else:
        tenant.bind_workspace(principal.workspace_id)
    server_span = trace.get_current_span()  # started before we knew who was calling
    for attribute, value in (("hyvve.workspace_id", principal.workspace_id), ("enduser.id", principal.user_id),
                             ("hyvve.correlation_id", principal.correlation_id)):
        if value:
            server_span.set_attribute(attribute, value)
    state["principal"] = principal
    # agno's own auth dependency on some routers (sessions, memories, metrics, ...) passes a request
    # that an auth middleware marked authenticated; ours is that middleware.
    state["authenticated"] = True
    state["user_id"] = principal.agno_user_id
    state["user_isolation_enabled"] = not principal.is_admin
    state["scopes"] = [ADMIN_SCOPE] if principal.is_admin else []
    state["dependencies"] = run_scope.as_dependencies()
    state["session_state"] = run_scope.session_state()
    state["metadata"] = run_scope.as_metadata()
    state["claims"] = run_scope.as_claims()  # agno's trusted request context: what factories read


def is_valid_correlation_id(value: str) -> bool:
    """A correlation id we pass on (header or NestJS's `metadata.correlationId`): printable ASCII, at most 128."""
    return 0 < len(value) <= 128 and value.isascii() and value.isprintable()


def _correlation_id(incoming: str | None) -> str:
    if incoming and is_valid_correlation_id(incoming):
        return incoming
    return str(uuid.uuid4())


def _with_correlation_id(send: Send, correlation_id: str) -> Send:
    async def send_with_header(message: Message) -> None:
        if message["type"] == "http.response.start":
            message.setdefault("headers", [])
            message["headers"] = [*message["headers"], (b"x-correlation-id", correlation_id.encode())]
        await send(message)

    return send_with_header
