"""Every agent and team the service serves, built per request for the caller's workspace.

Agents and teams are agno factories: each run gets fresh instances whose models come from the
workspace's own provider selection (agents/providers/selection.py), so no tenant's model or key can
reach another tenant's run, even under concurrency. The ids are the ones HYVVE calls (upstream agents/main.py,
apps/web, apps/api/src/pm/agents, CopilotKit); keep them stable. Every served id:

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

from collections.abc import Callable
from dataclasses import dataclass

from agno.agent import Agent
from agno.db.base import BaseDb
from agno.models.base import Model
from agno.models.fallback import FallbackConfig
from agno.team import Team

from agents.providers.catalog import build_model
from agents.providers.selection import Selection


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
class Entry:
    name: str
    description: str
    build: Callable[..., Agent | Team]
    needs_business: bool = False  # onboarding teams: built for one verified business


def _agents() -> dict[str, Entry]:
    from agents.teams.approval import APPROVAL_ID, build_approval
    from agents.teams.dashboard import DASHBOARD_ID, build_dashboard
    from agents.teams.scribe import SCRIBE_ID, build_scribe

    return {
        APPROVAL_ID: Entry("Sentinel", "Human-in-the-loop gatekeeper: what waits for approval, and why.",
                           build_approval),
        SCRIBE_ID: Entry("Scribe", "Searches the workspace's knowledge base; adds notes after approval.", build_scribe),
        DASHBOARD_ID: Entry("Dashboard Agent", "Dashboard orchestration and widget coordination (CopilotKit).",
                            build_dashboard),
    }


def _teams() -> dict[str, Entry]:
    from functools import partial

    from agents.teams.onboarding import TEAMS as ONBOARDING
    from agents.teams.onboarding import build_onboarding_team
    from agents.teams.pm import PM_TEAM_ID, build_pm_team

    teams = {
        PM_TEAM_ID: Entry("Navi (PM)", "HYVVE's project-management team for NestJS's PM chat.", build_pm_team),
    }
    for team_id, (leader, description, _) in ONBOARDING.items():
        teams[team_id] = Entry(f"{leader} ({team_id.title()})", description,
                               partial(build_onboarding_team, team_id), needs_business=True)
    return teams


AGENTS = _agents()
TEAMS = _teams()


def build_component(
    kind: str, component_id: str, models: Models, db: BaseDb, business_id: str | None = None
) -> Agent | Team | None:
    entry = (AGENTS if kind == "agent" else TEAMS).get(component_id)
    if entry is None:
        return None
    if entry.needs_business:
        return entry.build(models, db, business_id=business_id or "")
    return entry.build(models, db)
