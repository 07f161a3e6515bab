"""The general HYVVE assistant: the first agent, answering questions about the user's business."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agno.agent import Agent
from agno.db.base import BaseDb

from agents.events.run_events import announce_run_started
from agents.knowledge.retrieval import workspace_knowledge
from agents.teams.context_tools import workspace_context

if TYPE_CHECKING:
    from agents.teams.registry import Models

ASSISTANT_ID = "assistant"


def build_assistant(models: Models, db: BaseDb) -> Agent:
    return Agent(
        id=ASSISTANT_ID,
        name="HYVVE Assistant",
        description="Answers questions about the workspace's business and explains what HYVVE's agents can do.",
        model=models.primary(),
        fallback_config=models.fallback(),
        db=db,
        instructions=[
            "You help a small-business owner run their business on HYVVE.",
            "Be concise and concrete. Say plainly when you do not know something.",
        ],
        tools=[workspace_context],
        # The workspace's knowledge base (search_knowledge_base), scoped to the run's workspace.
        knowledge=workspace_knowledge(),
        search_knowledge=True,
        pre_hooks=[announce_run_started],
        enable_agentic_memory=True,  # memories of this user in this workspace (agno's user id is both)
        add_history_to_context=True,
        num_history_runs=5,
        markdown=True,
        telemetry=False,
    )
