"""Every HYVVE route a tool calls exists in HYVVE's NestJS controllers and accepts the credential the tool sends.

HYVVE's controllers (`$HYVVE_REPO/apps/api/src/**/*.controller.ts`) are parsed: the controller prefix, each
handler's method decorator and path, and the guards and roles at class and handler level. A route is reachable
with a credential when every guard on it lets that credential through (apps/api/src/common/guards/):
the service token passes ServiceAuthGuard and AuthOrServiceGuard but not TenantGuard (which needs a user on the
request) nor AuthGuard; a member's session passes AuthGuard, AuthOrServiceGuard, TenantGuard, and RolesGuard
when `@Roles` names every role that may run agents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from agents.hyvve_api import TOOL_ROUTES, Credential, HyvveRoute
from tests.node_side import hyvve_repo

ROOT = Path(__file__).resolve().parents[1]
RUNNING_ROLES = {"owner", "admin", "member"}  # who may start a run here (agents/middleware/principal.py)
NEUTRAL_GUARDS = {"ThrottlerGuard"}  # rate limits: no credential involved
SERVICE_GUARDS = {"ServiceAuthGuard", "AuthOrServiceGuard"}
SESSION_GUARDS = {"AuthGuard", "AuthOrServiceGuard"}

_DECORATOR = re.compile(r"^\s*@(\w+)\((.*)\)\s*$")
_METHODS = {"Get": "GET", "Post": "POST", "Put": "PUT", "Patch": "PATCH", "Delete": "DELETE"}
_HANDLER = re.compile(r"^\s*(?:async\s+)?\w+\s*\(")


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    guards: tuple[str, ...]
    roles: frozenset[str]
    public: bool
    controller: str


def _strings(arguments: str) -> list[str]:
    return re.findall(r"['\"]([^'\"]*)['\"]", arguments)


def _names(arguments: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in arguments.split(",") if name.strip())


def _join(*parts: str) -> str:
    path = "/" + "/".join(part.strip("/") for part in parts if part.strip("/"))
    return re.sub(r":\w+", ":param", path)


def global_prefix(src: Path) -> str:
    """`app.setGlobalPrefix(...)` in main.ts; HYVVE's main.ts (commit c358faa) sets none."""
    main = src / "main.ts"
    found = re.search(r"setGlobalPrefix\(\s*['\"]([^'\"]*)['\"]", main.read_text()) if main.exists() else None
    return found.group(1) if found else ""


def parse_controllers(src: Path) -> list[Route]:
    prefix = global_prefix(src)
    routes: list[Route] = []
    for file in sorted(src.rglob("*.controller.ts")):
        class_base, class_guards, class_roles, class_public = "", (), frozenset(), False
        pending: dict[str, str] = {}
        in_class = False
        for line in file.read_text().splitlines():
            decorator = _DECORATOR.match(line)
            if decorator:
                pending[decorator.group(1)] = decorator.group(2)
                continue
            if re.match(r"^export class ", line):
                class_base = next(iter(_strings(pending.get("Controller", ""))), "")
                class_guards = _names(pending.get("UseGuards", ""))
                class_roles = frozenset(_strings(pending.get("Roles", "")))
                class_public = "Public" in pending
                in_class, pending = True, {}
                continue
            if in_class and _HANDLER.match(line) and pending:
                for name, method in _METHODS.items():
                    if name in pending:
                        routes.append(Route(
                            method, _join(prefix, class_base, next(iter(_strings(pending[name])), "")),
                            class_guards + _names(pending.get("UseGuards", "")),
                            frozenset(_strings(pending["Roles"])) if "Roles" in pending else class_roles,
                            class_public or "Public" in pending, str(file.relative_to(src)),
                        ))
                pending = {}
    return routes


def accepts(route: Route, credential: Credential) -> bool:
    """Whether every guard on the route lets the credential through."""
    if route.public:
        return True
    member_roles_ok = not route.roles or RUNNING_ROLES <= route.roles
    authenticated = False
    for guard in route.guards:
        if guard in NEUTRAL_GUARDS:
            continue
        if credential is Credential.SERVICE_TOKEN:
            # AuthGuard, TenantGuard (no user on the request), RolesGuard with roles, API keys, unknown guards: no.
            if guard not in SERVICE_GUARDS and not (guard == "RolesGuard" and not route.roles):
                return False
            authenticated = authenticated or guard in SERVICE_GUARDS
        elif guard in SESSION_GUARDS:
            authenticated = True
        elif not authenticated or not (guard == "TenantGuard" or (guard == "RolesGuard" and member_roles_ok)):
            return False
    return authenticated  # a route no guard authenticates is not one we would send a credential to


def find(routes: list[Route], wanted: HyvveRoute) -> Route | None:
    return next((r for r in routes if r.method == wanted.method and r.path == _join(wanted.path)), None)


@pytest.fixture(scope="module")
def hyvve_routes() -> list[Route]:
    repo = hyvve_repo()
    if repo is None:
        pytest.fail("HYVVE_REPO is unset: point it at a HYVVE checkout (../shared/hyvve/upstream)", pytrace=False)
    return parse_controllers(repo / "apps" / "api" / "src")


@pytest.mark.parametrize("tool", sorted(TOOL_ROUTES))
def test_every_route_a_tool_calls_exists_and_accepts_the_credential_sent(hyvve_routes: list[Route], tool: str) -> None:
    wanted = TOOL_ROUTES[tool]

    found = find(hyvve_routes, wanted)

    assert found is not None, f"{tool}: HYVVE has no {wanted.method} {wanted.path}"
    assert found.controller == wanted.controller
    assert accepts(found, wanted.credential), f"{tool}: {found.guards} refuse {wanted.credential}"


def test_scribe_s_kb_page_route_takes_a_member_session_not_the_service_token(hyvve_routes: list[Route]) -> None:
    found = find(hyvve_routes, TOOL_ROUTES["save_to_knowledge"])

    assert found is not None and found.guards == ("AuthGuard", "TenantGuard", "RolesGuard")
    assert not accepts(found, Credential.SERVICE_TOKEN)  # why the tool refuses after approval (agents/hyvve_api.py)


def test_a_route_hyvve_does_not_have_is_not_found(hyvve_routes: list[Route]) -> None:
    # What the tools used to call, and the business read onboarding used to make.
    for missing in (HyvveRoute("POST", "/api/agent-actions", Credential.SERVICE_TOKEN, ""),
                    HyvveRoute("GET", "/api/workspaces/:ws/businesses/:id", Credential.SERVICE_TOKEN, ""),
                    HyvveRoute("POST", "/api/kb/pages", Credential.MEMBER_SESSION, "")):
        assert find(hyvve_routes, missing) is None


def test_the_parser_reads_hyvve_s_pm_agent_routes_and_their_guards(hyvve_routes: list[Route]) -> None:
    # Guards against a parser that silently finds nothing: known routes, guards and the service token's limit.
    accept = find(hyvve_routes, HyvveRoute("POST", "/pm/agents/suggestions/:id/accept", Credential.SERVICE_TOKEN, ""))
    suggestions = find(hyvve_routes, HyvveRoute("GET", "/pm/agents/suggestions", Credential.SERVICE_TOKEN, ""))

    assert len(hyvve_routes) >= 40
    assert accept is not None and accept.guards == ("ThrottlerGuard", "AuthOrServiceGuard", "TenantGuard")
    assert suggestions is not None
    # TenantGuard needs a user on the request, which AuthOrServiceGuard does not set for the service token.
    assert not accepts(suggestions, Credential.SERVICE_TOKEN) and accepts(suggestions, Credential.MEMBER_SESSION)


def test_no_code_names_a_hyvve_route_outside_the_table() -> None:
    # Tools build NestJS URLs only from agents/hyvve_api.py; the removed generic route is named nowhere.
    for file in (ROOT / "agents").rglob("*.py"):
        assert "agent-actions" not in file.read_text(), f"{file} names /api/agent-actions, which HYVVE does not have"
