"""Every agent and team the service serves, built per request for the caller's workspace.

Agents and teams are agno factories: each run gets fresh instances whose models come from the
workspace's own provider selection (agents/providers/selection.py), so no tenant's model or key can
reach another tenant's run, even under concurrency. Their tools and knowledge are not per run: `Tools` builds
them once per process from the `Services` agents.main creates, and every build shares them.
The ids are the ones HYVVE calls (upstream agents/main.py, apps/web, apps/api/src/pm/agents, CopilotKit); keep
them stable. Every served id:

| id                | agno  | leader / members                                              | preference key |
|-------------------|-------|---------------------------------------------------------------|----------------|
| approval          | agent | Sentinel (reads the approval queue)                           | approval-router|
| scribe            | agent | Scribe (knowledge base; saves notes after approval)           | -              |
| dashboard_gateway | agent | Dashboard Agent (CopilotKit dashboard chat)                   | -              |
| pm_team           | team  | Navi / Oracle, Chrono, Scope, Vitals, Herald, Prism           | -              |
| validation        | team  | Vera / Marco, Cipher, Persona, Risk                           | bmv-team       |
| planning          | team  | Blake / Model, Finn, Revenue, Forecast                        | bmp-team       |
| branding          | team  | Bella / Sage, Vox, Iris, Artisan, Audit                       | bm-brand-team  |

Preference keys: agents/providers/selection.py `PREFERENCE_KEYS` (HYVVE's agent-preferences.service.ts).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial

from agno.agent import Agent
from agno.db.base import AsyncBaseDb, BaseDb
from agno.models.base import Model
from agno.models.fallback import FallbackConfig
from agno.team import Team
from agno.tools.function import Function

from agents.knowledge.retrieval import WorkspaceKnowledge
from agents.knowledge.service import KnowledgeService
from agents.providers.catalog import build_model
from agents.providers.selection import Selection
from agents.teams.actions import ActionGateway
from agents.teams.approval import ApprovalQueue
from agents.teams.business import BusinessDirectory


@dataclass(frozen=True)
class Models:
    """Fresh agno model instances for one build: the primary and its fallback chain."""

    selection: Selection

    def primary(self) -> Model:
        return build_model(self.selection.primary.spec)

    def fallback(self) -> FallbackConfig | None:
        if not self.selection.fallbacks:
            return None
        chain: list[Model | str] = [build_model(candidate.spec) for candidate in self.selection.fallbacks]
        # 5xx and timeouts (after the client's retries) and 429s move down the chain; 401/403 never do.
        return FallbackConfig(on_error=chain, on_rate_limit=list(chain))


@dataclass(frozen=True)
class Services:
    """What the agents' tools act through: one of each per process, created by agents.main."""

    actions: ActionGateway  # approved actions, at most once (the ledger)
    businesses: BusinessDirectory  # HYVVE's businesses, for the onboarding teams
    approvals: ApprovalQueue  # HYVVE's approval items, read by Sentinel
    knowledge: KnowledgeService  # the workspace knowledge base


@dataclass(frozen=True)
class Tools:
    """Every tool and the knowledge base the agents use, built once per process and bound to the services.

    Each run builds fresh agents and teams, all on these same objects: agno caches what it derives from a tool
    (signature, docstring, JSON schema) by the callable's identity and gives each run its own copy
    (agno/tools/function.py `from_callable`, `_per_run_copy`), so a shared tool is derived once and no run
    writes into another's. Tools built per request would be derived again on every run.
    """

    knowledge: WorkspaceKnowledge
    queue_reads: tuple[Callable[..., Awaitable[str]], ...]  # Sentinel's
    save_to_knowledge: Function  # Scribe's
    business: tuple[Callable[..., object] | Function, ...]  # the onboarding leaders'

    @classmethod
    def bound_to(cls, services: Services) -> Tools:
        from agents.teams.approval import queue_tools
        from agents.teams.onboarding import business_tools
        from agents.teams.scribe import save_to_knowledge_tool

        return cls(
            knowledge=WorkspaceKnowledge(services.knowledge),
            queue_reads=tuple(queue_tools(services.approvals)),
            save_to_knowledge=save_to_knowledge_tool(services.actions, services.knowledge),
            business=tuple(business_tools(services.actions, services.businesses)),
        )


# (models, agno's db, the shared tools, the verified business or "") -> a fresh agent or team
Build = Callable[[Models, BaseDb | AsyncBaseDb, Tools, str], Agent | Team]


@dataclass(frozen=True)
class Entry:
    name: str
    description: str
    build: Build
    needs_business: bool = False  # onboarding teams: built for one verified business


def _agents() -> dict[str, Entry]:
    from agents.teams.approval import APPROVAL_ID, build_approval
    from agents.teams.dashboard import DASHBOARD_ID, build_dashboard
    from agents.teams.scribe import SCRIBE_ID, build_scribe

    return {
        APPROVAL_ID: Entry("Sentinel", "Human-in-the-loop gatekeeper: what waits for approval, and why.",
                           lambda models, db, tools, _: build_approval(models, db, tools.queue_reads)),
        SCRIBE_ID: Entry("Scribe", "Searches the workspace's knowledge base; adds notes after approval.",
                         lambda models, db, tools, _: build_scribe(models, db, tools.knowledge, tools.save_to_knowledge)),
        DASHBOARD_ID: Entry("Dashboard Agent", "Dashboard orchestration and widget coordination (CopilotKit).",
                            lambda models, db, tools, _: build_dashboard(models, db, tools.knowledge)),
    }


def _onboarding(team_id: str, models: Models, db: BaseDb | AsyncBaseDb, tools: Tools, business_id: str) -> Team:
    from agents.teams.onboarding import build_onboarding_team

    return build_onboarding_team(team_id, models, db, tools.business, business_id)


def _teams() -> dict[str, Entry]:
    from agents.teams.onboarding import TEAMS as ONBOARDING
    from agents.teams.pm import PM_TEAM_ID, build_pm_team

    teams = {
        PM_TEAM_ID: Entry("Navi (PM)", "HYVVE's project-management team for NestJS's PM chat.",
                          lambda models, db, tools, _: build_pm_team(models, db, tools.knowledge)),
    }
    for team_id, (leader, description, _) in ONBOARDING.items():
        teams[team_id] = Entry(f"{leader} ({team_id.title()})", description, partial(_onboarding, team_id),
                               needs_business=True)
    return teams


AGENTS = _agents()
TEAMS = _teams()


def component_ids(kind: str) -> set[str]:
    """The served ids of one kind ("agent" or "team")."""
    return set(AGENTS if kind == "agent" else TEAMS)


class Components:
    """Builds the served agents and teams: fresh instances for each run's models, on the process's one `Tools`."""

    def __init__(self, db: BaseDb | AsyncBaseDb, tools: Tools) -> None:
        self.db = db
        self.tools = tools

    def build(self, kind: str, component_id: str, models: Models, business_id: str | None = None) -> Agent | Team | None:
        entry = (AGENTS if kind == "agent" else TEAMS).get(component_id)
        if entry is None:
            return None
        return entry.build(models, self.db, self.tools, (business_id or "") if entry.needs_business else "")
