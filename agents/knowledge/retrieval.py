"""The agno Knowledge HYVVE's agents search: the run's workspace, and only it.

agno hands `search`/`asearch` the run's user id, which the tenancy middleware set to
`<workspace_id>:<user_id>` from the verified credential (a client cannot choose it). The workspace is
taken from there; filters a client sends (`knowledge_filters`) are ANDed with it, so they can narrow a
search but never reach another workspace. No user id, no results. Hits come from the workspace's documents and
its HYVVE KB pages in one ranking; each says its source, id and title in `meta_data`.
"""

from __future__ import annotations

import logging
from typing import Any

from agno.knowledge.document import Document
from agno.knowledge.knowledge import Knowledge

from agents.knowledge.service import KnowledgeService
from agents.knowledge.store import Chunk
from agents.runs.scope import parse_owner

log = logging.getLogger(__name__)


def workspace_of(agno_user_id: str | None) -> str | None:
    """The workspace of agno's user id `<workspace_id>:<user_id>` (Principal.agno_user_id)."""
    owner = parse_owner(agno_user_id)
    return (owner[0] or None) if owner else None


def _user_of(agno_user_id: str | None) -> str | None:
    owner = parse_owner(agno_user_id)
    return owner[1] if owner else None


def _scope(agno_user_id: str | None) -> str | None:
    workspace_id = workspace_of(agno_user_id)
    if workspace_id is None:
        log.warning("knowledge search without a workspace-scoped user id: no results")
    return workspace_id


def _documents(chunks: list[Chunk]) -> list[Document]:
    return [
        Document(
            id=chunk.id,
            name=chunk.name,
            content=chunk.content,
            meta_data={**chunk.meta_data, "similarity_score": round(chunk.score, 6)},
        )
        for chunk in chunks
    ]


class WorkspaceKnowledge(Knowledge):
    """One instance serves every workspace: the scope comes from each call's run, not from the object.

    The registry builds one per process over the knowledge service (agents/teams/registry.py); without a service
    (the bench's plain agno) an unscoped search still answers nothing, and a scoped one fails as unconfigured.
    """

    def __init__(self, service: KnowledgeService | None = None, max_results: int = 5) -> None:
        super().__init__(
            name="workspace-knowledge",
            description="This HYVVE workspace's knowledge base: its KB pages and the documents it added here.",
            vector_db=None,
            contents_db=None,
            max_results=max_results,
        )
        self._service = service

    def _knowledge(self) -> KnowledgeService:
        if self._service is None:
            raise RuntimeError("knowledge is not configured (agents.main.create_app gives the service)")
        return self._service

    def search(
        self,
        query: str,
        max_results: int | None = None,
        filters: Any = None,
        search_type: str | None = None,
        user_id: str | None = None,
        run_response: Any = None,
    ) -> list[Document]:
        workspace_id = _scope(user_id)
        if workspace_id is None:
            return []
        limit = max_results or self.max_results
        return _documents(self._knowledge().search(workspace_id, query, limit, filters, _user_of(user_id)))

    async def asearch(
        self,
        query: str,
        max_results: int | None = None,
        filters: Any = None,
        search_type: str | None = None,
        user_id: str | None = None,
        run_response: Any = None,
    ) -> list[Document]:
        workspace_id = _scope(user_id)
        if workspace_id is None:
            return []
        limit = max_results or self.max_results
        chunks = await self._knowledge().asearch(workspace_id, query, limit, filters, _user_of(user_id))
        return _documents(chunks)
