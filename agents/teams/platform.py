"""The platform team: HYVVE's orchestrator, leading the assistant, Sentinel (which acts after approval) and
Scribe (the workspace's knowledge base)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agno.db.base import BaseDb
from agno.team import Team

from agents.teams.assistant import build_assistant
from agents.events.run_events import announce_run_started
from agents.teams.context_tools import workspace_context
from agents.teams.scribe import build_scribe
from agents.teams.sentinel import build_sentinel

if TYPE_CHECKING:
    from agents.teams.registry import Models

PLATFORM_TEAM_ID = "platform"


def build_platform_team(models: Models, db: BaseDb) -> Team:
    # Members are built with the team's model selection, as fresh instances of their own.
    members = [build_assistant(models, db), build_sentinel(models, db), build_scribe(models, db)]
    return Team(
        id=PLATFORM_TEAM_ID,
        name="HYVVE Orchestrator",
        description="Routes a request to the right HYVVE agent: questions to the assistant, actions to Sentinel.",
        model=models.primary(),
        fallback_config=models.fallback(),
        db=db,
        members=members,
        tools=[workspace_context],
        pre_hooks=[announce_run_started],
        instructions=[
            "Answer questions with the HYVVE Assistant.",
            "Anything that changes something (emails, pipeline changes) goes to Sentinel, which asks for approval.",
            "Questions about the workspace's own documents, and notes to remember, go to Scribe.",
        ],
        add_history_to_context=True,
        num_history_runs=5,
        telemetry=False,
    )
