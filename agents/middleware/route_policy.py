"""The route policy: every route the service serves, and who may call it. Read it as the security spec.

Access levels:
- PUBLIC   no credential (probes, and API docs outside production).
- READ     any member of the caller's workspace, viewers and guests included.
- RUN      owner, admin, member (and NestJS): start and cancel runs, change their own data. Paused runs
           are continued by the approval flow (agents/approvals/), never by a client: operators only.
- APPROVE  owner, admin (NestJS only on behalf of one): decide approvals.
- ADMIN    operators and the Control Plane (OS_SECURITY_KEY or an `agent_os:admin` JWT): routes whose
           data cannot be scoped to one workspace.
- OFF      served by agno but refused to everyone (404).

Scoping: READ/RUN data routes are agno routes that honour agno's per-user isolation, which the tenancy
middleware turns on with the user id `<workspace_id>:<user_id>`. So they return only the caller's own
data in the caller's workspace, and another workspace's ids answer 404 as if absent.

Credentials: the Authorization header everywhere. Rules marked `cookie` (only /agui: CopilotKit sends the
browser's cookies and no header) also accept better-auth's signed session cookie, and then only from an
allowed Origin (agents/middleware/credentials.py).

A route missing from this table is refused (404) for everyone, admins included, until it is classified:
an agno upgrade cannot open a route by adding it. `tests/test_route_policy.py` fails on any app route
missing here and on any rule that matches no route.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from starlette.routing import compile_path

from agents.error_dialects import WEB_TEAM_IDS


class Access(StrEnum):
    PUBLIC = "public"
    READ = "read"
    RUN = "run"
    APPROVE = "approve"
    ADMIN = "admin"
    OFF = "off"


@dataclass(frozen=True)
class Rule:
    methods: frozenset[str]
    path: str
    access: Access
    why: str
    pattern: re.Pattern[str]
    cookie: bool = False  # also accepts the session cookie (with an allowed Origin)


def _rule(methods: str, path: str, access: Access, why: str, *, cookie: bool = False) -> Rule:
    return Rule(frozenset(methods.split()), path, access, why, compile_path(path)[0], cookie)


P, R, W, A, X, OFF = Access.PUBLIC, Access.READ, Access.RUN, Access.APPROVE, Access.ADMIN, Access.OFF

ROUTE_POLICY: tuple[Rule, ...] = (
    # -- probes and docs ------------------------------------------------------------------------------
    _rule("GET", "/health", P, "liveness probe"),
    _rule("GET", "/ready", P, "readiness probe; names failing dependencies, never their addresses"),
    _rule("GET", "/openapi.json", P, "API schema; not served in production"),
    _rule("GET", "/docs", P, "Swagger UI; not served in production"),
    _rule("GET", "/docs/oauth2-redirect", P, "Swagger UI helper; not served in production"),
    _rule("GET", "/docs/assets/{name}", P, "Swagger UI's script, style and icon (packaged); not served in production"),
    # -- the OS itself ------------------------------------------------------------------------------
    _rule("GET", "/", R, "agno's landing document: OS id and name"),
    _rule("GET", "/info", R, "service name and version"),
    _rule("GET", "/config", R, "agents, teams and databases on offer: the same for every workspace"),
    # -- the web app's onboarding routes (agents/routes/web.py): literal ids, ahead of agno's /agents/{id} --
    *(_rule("POST", f"/agents/{team}/runs", W, "run an onboarding team for a business of the caller's workspace")
      for team in WEB_TEAM_IDS),
    *(_rule("GET", f"/agents/{team}/health", P, "the web app's team health check; no data") for team in WEB_TEAM_IDS),
    # -- agents, teams, workflows: definitions are shared, runs are per (workspace, user) -----------------
    _rule("GET", "/agents", R, "agent definitions"),
    _rule("GET", "/agents/{agent_id}", R, "agent definition"),
    _rule("POST", "/agents/{agent_id}/runs", W, "start a run; user and workspace injected from the principal"),
    _rule("GET", "/agents/{agent_id}/runs", R, "the caller's runs of this agent (agno user isolation)"),
    _rule("GET", "/agents/{agent_id}/runs/{run_id}", R, "one of the caller's runs"),
    _rule("GET", "/agents/{agent_id}/runs/{run_id}/checkpoints", R, "checkpoints of the caller's run"),
    _rule("GET", "/agents/{agent_id}/runs/{run_id}/checkpoints/{message_index}", R, "one checkpoint"),
    _rule("POST", "/agents/{agent_id}/runs/{run_id}/cancel", W, "cancel the caller's run"),
    _rule("POST", "/agents/{agent_id}/runs/{run_id}/continue", X, "continuing a paused run is the approval flow's job"),
    _rule("POST", "/agents/{agent_id}/runs/{run_id}/resume", W, "reattach to the caller's run stream"),
    _rule("POST", "/agents/{agent_id}/sessions/{session_id}/fork", OFF,
          "agno 3.1.10 cannot build factory agents on this route (500)"),
    _rule("POST", "/agents/{agent_id}/sessions/{session_id}/compact", OFF,
          "agno 3.1.10 cannot build factory agents on this route (500); compaction is not configured"),
    _rule("GET", "/teams", R, "team definitions"),
    _rule("GET", "/teams/{team_id}", R, "team definition"),
    _rule("POST", "/teams/{team_id}/runs", W, "start a team run"),
    _rule("GET", "/teams/{team_id}/runs", R, "the caller's team runs"),
    _rule("GET", "/teams/{team_id}/runs/{run_id}", R, "one of the caller's team runs"),
    _rule("GET", "/teams/{team_id}/runs/{run_id}/checkpoints", R, "checkpoints of the caller's team run"),
    _rule("GET", "/teams/{team_id}/runs/{run_id}/checkpoints/{message_index}", R, "one checkpoint"),
    _rule("POST", "/teams/{team_id}/runs/{run_id}/cancel", W, "cancel the caller's team run"),
    _rule("POST", "/teams/{team_id}/runs/{run_id}/continue", X, "continuing a paused run is the approval flow's job"),
    _rule("POST", "/teams/{team_id}/runs/{run_id}/resume", W, "reattach to the caller's team run stream"),
    _rule("POST", "/teams/{team_id}/sessions/{session_id}/fork", OFF,
          "agno 3.1.10 cannot build factory teams on this route (500)"),
    _rule("GET", "/workflows", R, "workflow definitions"),
    _rule("GET", "/workflows/{workflow_id}", R, "workflow definition"),
    _rule("POST", "/workflows/{workflow_id}/runs", W, "start a workflow run"),
    _rule("GET", "/workflows/{workflow_id}/runs", R, "the caller's workflow runs"),
    _rule("GET", "/workflows/{workflow_id}/runs/{run_id}", R, "one of the caller's workflow runs"),
    _rule("POST", "/workflows/{workflow_id}/runs/{run_id}/cancel", W, "cancel the caller's workflow run"),
    _rule("POST", "/workflows/{workflow_id}/runs/{run_id}/continue", X, "continuing a paused run is the approval flow's job"),
    _rule("POST", "/workflows/{workflow_id}/runs/{run_id}/resume", W, "reattach to the caller's workflow run"),
    _rule("WEBSOCKET", "/workflows/ws", OFF, "workflow WebSocket: clients use SSE; every WebSocket is refused"),
    # -- sessions and memories: agno scopes every read and write to the (workspace, user) id -------------
    _rule("GET", "/sessions", R, "the caller's sessions"),
    _rule("POST", "/sessions", W, "create a session owned by the caller"),
    _rule("DELETE", "/sessions", W, "delete the caller's sessions"),
    _rule("GET", "/sessions/{session_id}", R, "one of the caller's sessions"),
    _rule("PATCH DELETE", "/sessions/{session_id}", W, "change or delete one of the caller's sessions"),
    _rule("POST", "/sessions/{session_id}/rename", W, "rename one of the caller's sessions"),
    _rule("GET", "/sessions/{session_id}/runs", R, "runs of the caller's session"),
    _rule("GET", "/sessions/{session_id}/run-previews", R, "run previews of the caller's session"),
    _rule("GET", "/sessions/{session_id}/runs/{run_id}", R, "one run of the caller's session"),
    _rule("GET", "/sessions/{session_id}/media/{storage_key:path}", OFF, "no media storage is configured (503)"),
    _rule("GET", "/memories", R, "the caller's memories in this workspace"),
    _rule("POST DELETE", "/memories", W, "add or delete the caller's memories"),
    _rule("GET", "/memories/{memory_id}", R, "one of the caller's memories"),
    _rule("PATCH DELETE", "/memories/{memory_id}", W, "change or delete one of the caller's memories"),
    _rule("GET", "/memory_topics", R, "topics of the caller's memories"),
    _rule("GET", "/user_memory_stats", X, "memory counts across all users: not scopable"),
    _rule("POST", "/optimize-memories", OFF, "agno 3.1.10 answers 500 when the optimized text is longer"),
    # -- HYVVE approval items created by runs (agents/routes/approvals.py), scoped to the workspace -----
    _rule("GET", "/approval-items", R, "the workspace's agent approval items"),
    _rule("GET", "/approval-items/{item_id}", R, "one of the workspace's approval items"),
    _rule("POST", "/approval-items/{item_id}/resolve", A, "approve or reject: owners and admins"),
    # -- the NestJS bridge (agents/routes/bridge.py): HYVVE's AgentOSService, unchanged ----------------
    _rule("GET", "/bridge/v1/health", P, "AgentOSService.checkHealth(); no data"),
    _rule("POST", "/bridge/v1/agents/{agent_id}/runs", W, "start a run, NestJS's JSON shape"),
    _rule("GET", "/bridge/v1/agents/{agent_id}/runs/{run_id}", R, "a run of the caller's workspace"),
    _rule("GET", "/bridge/v1/agents/{agent_id}/runs/{run_id}/stream", R, "follow a run: start|chunk|end|error"),
    _rule("POST", "/bridge/v1/teams/{team_id}/runs", W, "start a team run, NestJS's JSON shape"),
    _rule("GET", "/bridge/v1/teams/{team_id}/runs/{run_id}", R, "a team run of the caller's workspace"),
    _rule("GET", "/bridge/v1/teams/{team_id}/runs/{run_id}/stream", R, "follow a team run"),
    # -- AG-UI for HYVVE's CopilotKit dashboard (agents/routes/agui.py): info, agent/run, agent/connect --
    _rule("POST", "/agui", R, "CopilotKit's single endpoint: info for any member; runs check the run right (RunStarter)",
          cookie=True),
    _rule("GET", "/models", R, "the models the caller's workspace can use now (agents/routes/models.py)"),
    # -- the workspace's knowledge base (agents/routes/knowledge.py), scoped to the workspace -----------
    _rule("GET", "/knowledge/documents", R, "the workspace's knowledge documents"),
    _rule("POST", "/knowledge/documents", W, "add a document to the workspace's knowledge base"),
    _rule("GET", "/knowledge/documents/{document_id}", R, "one of the workspace's documents, with its status"),
    _rule("DELETE", "/knowledge/documents/{document_id}", W, "remove one of the workspace's documents"),
    _rule("POST", "/knowledge/query", R, "search the workspace's knowledge base"),
    # -- not scopable to a workspace (yet): operators only ---------------------------------------------
    _rule("GET POST", "/learnings", X, "agno learnings are not workspace-scoped"),
    _rule("GET", "/learnings/users", X, "lists users across workspaces"),
    _rule("DELETE", "/learnings/users/{user_id}", X, "any user's learnings"),
    _rule("GET PATCH DELETE", "/learnings/{learning_id}", X, "agno learnings are not workspace-scoped"),
    _rule("GET DELETE", "/eval-runs", X, "evals span workspaces"),
    _rule("POST", "/eval-runs", X, "an eval on the agent as a chosen workspace runs it (agents/routes/control_plane.py)"),
    _rule("GET PATCH", "/eval-runs/{eval_run_id}", X, "evals span workspaces"),
    _rule("GET", "/metrics", X, "aggregates across workspaces"),
    _rule("POST", "/metrics/refresh", X, "aggregates across workspaces"),
    _rule("GET", "/metrics/refresh/status", X, "aggregates across workspaces"),
    # agno's knowledge API shows one workspace's knowledge base, named explicitly, read-only (control_plane.py)
    _rule("GET", "/knowledge/content", X, "a workspace's documents (?workspace_id= or x-workspace-id)"),
    _rule("GET", "/knowledge/content/{content_id}", X, "one of a workspace's documents"),
    _rule("GET", "/knowledge/content/{content_id}/status", X, "a document's indexing status"),
    _rule("POST", "/knowledge/search", X, "search a workspace's knowledge base"),
    _rule("POST DELETE", "/knowledge/content", OFF, "read-only for the Control Plane: add documents with /knowledge/documents"),
    _rule("POST", "/knowledge/remote-content", OFF, "read-only for the Control Plane: /knowledge/documents takes URLs"),
    _rule("PATCH DELETE", "/knowledge/content/{content_id}", OFF, "read-only: /knowledge/documents/{id}"),
    _rule("POST", "/knowledge/content/{content_id}/refresh", OFF, "read-only for the Control Plane"),
    _rule("GET", "/knowledge/config", X, "what uploads agno's knowledge page offers: none, it is read-only"),
    _rule("GET", "/knowledge/{knowledge_id}/sources", OFF, "no agno remote knowledge sources are configured"),
    _rule("GET", "/knowledge/{knowledge_id}/sources/{source_id}/files", OFF, "no remote knowledge sources"),
    _rule("GET", "/traces", X, "agno traces span workspaces"),
    _rule("GET", "/traces/filter-schema", X, "agno traces span workspaces"),
    _rule("GET", "/traces/{trace_id}", X, "agno traces span workspaces"),
    _rule("GET", "/trace_session_stats", X, "agno traces span workspaces"),
    _rule("POST", "/traces/search", X, "agno traces span workspaces"),
    _rule("GET POST", "/schedules", X, "agno schedules are not workspace-scoped; the scheduler is off"),
    _rule("GET PATCH DELETE", "/schedules/{schedule_id}", X, "not workspace-scoped"),
    _rule("POST", "/schedules/{schedule_id}/enable", X, "not workspace-scoped"),
    _rule("POST", "/schedules/{schedule_id}/disable", X, "not workspace-scoped"),
    _rule("POST", "/schedules/{schedule_id}/trigger", X, "not workspace-scoped"),
    _rule("GET", "/schedules/{schedule_id}/runs", X, "not workspace-scoped"),
    _rule("GET", "/schedules/{schedule_id}/runs/{run_id}", X, "not workspace-scoped"),
    _rule("GET", "/approvals", X, "agno's own approval records; HYVVE approvals are approval_items"),
    _rule("GET", "/approvals/count", X, "agno's own approval records"),
    _rule("GET", "/approvals/{approval_id}/status", X, "agno's own approval records"),
    _rule("GET DELETE", "/approvals/{approval_id}", X, "agno's own approval records"),
    _rule("POST", "/approvals/{approval_id}/resolve", X,
          "decided like /approval-items/{id}/resolve: HYVVE's item, events, continuation (control_plane.py)"),
    # -- platform administration ------------------------------------------------------------------------
    _rule("GET", "/ops/metrics", X, "Prometheus metrics of this process"),
    _rule("GET POST PUT PATCH DELETE", "/queue", X, "background job queue administration"),
    _rule("GET POST PUT PATCH DELETE", "/queue/{path:path}", X, "background job queue administration"),
    _rule("POST", "/databases/all/migrate", X, "schema migrations of agno's tables"),
    _rule("POST", "/databases/{db_id}/migrate", X, "schema migrations of agno's tables"),
    _rule("GET", "/filesystem/files", X, "the server's filesystem"),
    _rule("GET", "/filesystem/entries", X, "the server's filesystem"),
    _rule("GET", "/filesystem/content", X, "the server's filesystem"),
    _rule("GET", "/filesystem/search", X, "the server's filesystem"),
    _rule("GET POST", "/components", X, "agent definitions shared by every workspace"),
    _rule("GET PATCH DELETE", "/components/{component_id}", X, "shared agent definitions"),
    _rule("POST", "/components/{component_id}/restore", X, "shared agent definitions"),
    _rule("GET POST", "/components/{component_id}/configs", X, "shared agent definitions"),
    _rule("GET PATCH DELETE", "/components/{component_id}/configs/{version}", X, "shared agent definitions"),
    _rule("GET", "/components/{component_id}/configs/current", X, "shared agent definitions"),
    _rule("POST", "/components/{component_id}/configs/{version}/set-current", X, "shared agent definitions"),
    _rule("GET POST", "/service-accounts", X, "agno service accounts; NestJS uses AGENT_SERVICE_TOKEN"),
    _rule("DELETE", "/service-accounts/{service_account_id}", X, "agno service accounts"),
    _rule("GET", "/registry", X, "tools, models and databases of the whole OS"),
)


def find_rule(method: str, path: str) -> Rule | None:
    method = "GET" if method == "HEAD" else method
    for rule in ROUTE_POLICY:
        if method in rule.methods and rule.pattern.match(path):
            return rule
    return None
