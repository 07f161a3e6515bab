"""HYVVE's PM team (`pm_team`): Navi leads the project-management specialists for NestJS's PM chat.

NestJS's PM chat (apps/api/src/pm/agents/agents.service.ts) runs `pm_team` through the bridge with the project's
context in `params` (`projectId`, `agentName`, `isCommand`, `history`); the bridge hands those to the run as data
(`dependencies.client_context`), which the team sees in its context. As in HYVVE's own team
(agents/pm/team.py there), the team suggests and never acts: no tool here changes a project. Its members are
HYVVE's: Oracle, Chrono, Scope, Vitals, Herald and Prism, with Navi as the leader. They answer from the context
they are given and the workspace's knowledge base; HYVVE's PM routes that members could read from are a later
step (each needs its own credential on HYVVE's side).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agno.agent import Agent
from agno.db.base import AsyncBaseDb, BaseDb
from agno.knowledge.knowledge import Knowledge
from agno.team import Team

from agents.events.run_events import announce_run_started
from agents.teams.context_tools import workspace_context

if TYPE_CHECKING:
    from agents.teams.registry import Models

PM_TEAM_ID = "pm_team"  # the id NestJS's PM chat names

# (id, name, role): HYVVE's PM specialists, in our words.
MEMBERS: tuple[tuple[str, str, str], ...] = (
    ("oracle", "Oracle", "Estimates tasks: story points and hours, with the assumptions behind them."),
    ("chrono", "Chrono", "Time tracking: what was logged against tasks and how it compares with estimates."),
    ("scope", "Scope", "Phases: where the project stands, what a phase transition needs, checkpoints due."),
    ("vitals", "Vitals", "Project health: risks, blockers and overdue work, raised before they hurt."),
    ("herald", "Herald", "Reports: status, health and progress summaries for the team or stakeholders."),
    ("prism", "Prism", "Forecasts: completion dates and trends from the project's velocity."),
)


def build_pm_team(models: Models, db: BaseDb | AsyncBaseDb, knowledge: Knowledge) -> Team:
    members: list[Agent | Team] = [
        Agent(id=member_id, name=name, role=role, model=models.primary(), fallback_config=models.fallback(), db=db,
              instructions=[role, "Answer from the project context you are given; say what you would need when "
                                  "it is not enough. Suggest, never claim to have changed anything."],
              pre_hooks=[announce_run_started], telemetry=False)
        for member_id, name, role in MEMBERS
    ]
    return Team(
        id=PM_TEAM_ID,
        name="Navi (PM)",
        description="HYVVE's project-management team: Navi routes each question to the right specialist.",
        model=models.primary(),
        fallback_config=models.fallback(),
        db=db,
        members=members,
        tools=[workspace_context],
        knowledge=knowledge,
        search_knowledge=True,
        instructions=[
            "You are Navi, leading HYVVE's PM team for one project of the workspace.",
            "The project context (project id, which PM agent the user addressed, whether the message is a slash "
            "command, the recent conversation) comes with the request; use it.",
            "Send estimation to Oracle, time tracking to Chrono, phases to Scope, health and risks to Vitals, "
            "reports to Herald and forecasts to Prism; answer simple questions yourself.",
            "Suggest actions for the user to take; never say that you changed a task, a phase or a project.",
            "Search the workspace's knowledge base when the answer may be written down there.",
        ],
        add_dependencies_to_context=True,
        add_history_to_context=True,
        num_history_runs=5,
        pre_hooks=[announce_run_started],
        markdown=True,
        telemetry=False,
    )
