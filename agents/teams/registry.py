"""Every agent and team the service serves, built per request for the caller's workspace.

Agents and teams are agno factories: each run gets fresh instances whose models come from the
workspace's own provider selection (agents/providers/selection.py), so no tenant's model or key can
reach another tenant's run, even under concurrency. The ids are API ids (HYVVE's model
preference keys for them: agents/providers/selection.py `PREFERENCE_KEYS`): keep them stable.
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
        chain = [build_model(candidate.spec) for candidate in self.selection.fallbacks]
        # 5xx and timeouts (after the client's retries) and 429s move down the chain; 401/403 never do.
        return FallbackConfig(on_error=chain, on_rate_limit=list(chain))


@dataclass(frozen=True)
class Entry:
    name: str
    description: str
    build: Callable[..., Agent | Team]
    needs_business: bool = False  # onboarding teams: built for one verified business


def _agents() -> dict[str, Entry]:
    from agents.teams.assistant import ASSISTANT_ID, build_assistant
    from agents.teams.dashboard import DASHBOARD_ID, build_dashboard
    from agents.teams.scribe import SCRIBE_ID, build_scribe
    from agents.teams.sentinel import SENTINEL_ID, build_sentinel

    return {
        ASSISTANT_ID: Entry("HYVVE Assistant", "Answers questions about the workspace's business.", build_assistant),
        SENTINEL_ID: Entry("Sentinel", "Carries out actions, each one after approval.", build_sentinel),
        SCRIBE_ID: Entry("Scribe", "Searches the workspace's knowledge base; adds notes after approval.", build_scribe),
        DASHBOARD_ID: Entry("Dashboard Agent", "Dashboard orchestration and widget coordination (CopilotKit).",
                            build_dashboard),
    }


def _teams() -> dict[str, Entry]:
    from functools import partial

    from agents.teams.onboarding import TEAMS as ONBOARDING
    from agents.teams.onboarding import build_onboarding_team
    from agents.teams.platform import PLATFORM_TEAM_ID, build_platform_team
    from agents.teams.pm import PM_TEAM_ID, build_pm_team

    teams = {
        PLATFORM_TEAM_ID: Entry(
            "HYVVE Orchestrator", "Routes requests: questions to the assistant, actions to Sentinel.", build_platform_team
        ),
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
