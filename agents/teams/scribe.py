"""Scribe, keeper of the workspace's knowledge base: finds what the workspace's documents say, and adds
notes to them after approval.

Searching is agno's `search_knowledge_base` tool over WorkspaceKnowledge, scoped to the run's verified
workspace (agents/knowledge/retrieval.py). Adding a note changes what every member's agents will read,
so it is a state-changing tool: `requires_confirmation`, an approval item, and then exactly once.
With HYVVE_API_URL set the note is meant to become a HYVVE KB page (`POST /kb/pages`); HYVVE accepts that only
with the member's own session, which the service does not hold once the approval is decided, so the tool says
so and saves nothing (agents/hyvve_api.py). In local mode it goes into this service's knowledge base.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from agno.agent import Agent
from agno.approval import approval
from agno.db.base import AsyncBaseDb, BaseDb
from agno.knowledge.knowledge import Knowledge
from agno.run import RunContext
from agno.tools import tool
from agno.tools.function import Function

from agents.events.run_events import announce_run_started
from agents.hyvve_api import TOOL_ROUTES, tiptap_document
from agents.knowledge.service import KnowledgeService
from agents.runs.scope import NOBODY, RunScope
from agents.teams.actions import ActionGateway
from agents.teams.context_tools import workspace_context

if TYPE_CHECKING:
    from agents.teams.registry import Models

SCRIBE_ID = "scribe"


def save_to_knowledge_tool(actions: ActionGateway, knowledge: KnowledgeService) -> Function:
    """Scribe's one state-changing tool, bound to the process's services: built once (agents/teams/registry.py)."""

    @tool(requires_confirmation=True)
    @approval  # below @tool: agno's @tool reads the mark (typed for callables, not Functions)
    async def save_to_knowledge(run_context: RunContext, title: str, content: str, reason: str = "",
                                confidence: int = 50) -> str:
        """Add a note to the workspace's knowledge base, where every agent of the workspace can find it.

        Args:
            title: a short title for the note.
            content: the note, in markdown.
            reason: why this belongs in the knowledge base, in one sentence.
            confidence: 0-100, how sure you are the note is correct and worth keeping.
        """

        async def add(workspace_id: str, user_id: str | None) -> str:
            submitted = await asyncio.to_thread(
                knowledge.submit, workspace_id, name=title, source_type="markdown",
                payload=content.encode(), metadata={"added_by": "scribe"}, created_by=user_id,
            )
            if not submitted.created:
                return f"The knowledge base already has this note (document {submitted.document['id']})."
            return f"Saved '{title}' to the knowledge base (document {submitted.document['id']}); it is being indexed."

        scope = RunScope.from_run_context(run_context) or NOBODY
        page = {"workspaceId": scope.workspace_id, "title": title[:500], "content": tiptap_document(content)}  # CreatePageDto
        return await actions.perform(run_context, "save_to_knowledge", {"title": title, "content": content},
                                     execute=add, route=TOOL_ROUTES["save_to_knowledge"], body=page)

    return save_to_knowledge


def build_scribe(models: Models, db: BaseDb | AsyncBaseDb, knowledge: Knowledge, save_to_knowledge: Function) -> Agent:
    return Agent(
        id=SCRIBE_ID,
        name="Scribe",
        role="Finds answers in the workspace's knowledge base and adds notes to it after approval",
        description="HYVVE's knowledge keeper: searches the workspace's documents and records new knowledge.",
        model=models.primary(),
        fallback_config=models.fallback(),
        db=db,
        knowledge=knowledge,
        search_knowledge=True,
        tools=[save_to_knowledge, workspace_context],
        pre_hooks=[announce_run_started],
        instructions=[
            "Answer from the workspace's knowledge base: search it first, quote what you use and name the document.",
            "If the knowledge base does not say, answer that it does not; never invent its contents.",
            "Add a note only when the user asks you to remember or record something; it is reviewed before it is saved.",
        ],
        add_history_to_context=True,
        num_history_runs=5,
        markdown=True,
        telemetry=False,
    )
