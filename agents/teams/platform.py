"""The platform team: HYVVE's orchestrator, leading the assistant and Sentinel (which acts after approval)."""

from __future__ import annotations

from agno.agent import Agent
from agno.db.base import BaseDb
from agno.models.base import Model
from agno.team import Team

from agents.teams.assistant import build_assistant
from agents.events.run_events import announce_run_started
from agents.teams.context_tools import workspace_context
from agents.teams.sentinel import build_sentinel

PLATFORM_TEAM_ID = "platform"


def build_platform_team(model: Model, db: BaseDb, members: list[Agent]) -> Team:
    return Team(
        id=PLATFORM_TEAM_ID,
        name="HYVVE Orchestrator",
        description="Routes a request to the right HYVVE agent: questions to the assistant, actions to Sentinel.",
        model=model,
        db=db,
        members=members,
        tools=[workspace_context],
        pre_hooks=[announce_run_started],
        instructions=[
            "Answer questions with the HYVVE Assistant.",
            "Anything that changes something (emails, pipeline changes) goes to Sentinel, which asks for approval.",
        ],
        add_history_to_context=True,
        num_history_runs=5,
        telemetry=False,
    )


def build_components(model: Model, db: BaseDb) -> tuple[list[Agent], list[Team]]:
    """Every agent and team the service serves."""
    assistant, sentinel = build_assistant(model, db), build_sentinel(model, db)
    # Team members are their own instances: a team run must not share state with a direct agent run.
    team = build_platform_team(model, db, [build_assistant(model, db), build_sentinel(model, db)])
    return [assistant, sentinel], [team]
