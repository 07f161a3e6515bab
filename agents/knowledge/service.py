"""Workspace knowledge: submit, list, delete and search documents, and the ingestion worker.

Every method takes the workspace id from its caller's *verified* identity (the route's principal, or
the run's agno user id); nothing here reads a workspace from request data. Ingestion is a job on the
document row, claimed with `FOR UPDATE SKIP LOCKED` and a lease like continuations: a replica that
dies mid-way leaves the lease to run out and another one indexes the document again (chunks are
replaced, never added twice). Re-submitting content a workspace already has returns that document.
Embedding on a workspace's own key respects its daily token budget as runs do: while the budget is used
up, a document waits (pending, saying why) instead of spending more; searches still embed their query.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Engine, and_, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert

from agno.knowledge.embedder.base import Embedder
from agno.knowledge.embedder.openai import OpenAIEmbedder

from agents.database import tenant
from agents.database.tables import ServiceTables
from agents.knowledge.embedders import (
    DIMENSIONS,
    LOCAL,
    OPENAI,
    OPENAI_MODEL,
    EmbedderChoice,
    local_embedder,
    openai_embedder,
)
from agents.knowledge.hyvve_pages import SOURCE, HyvvePages
from agents.knowledge.sources import SourceError, fetch_url, read_chunks
from agents.knowledge.store import DOCUMENT, Chunk, WorkspaceVectors
from agents.providers.metering import UsageMeter
from agents.providers.selection import ModelSelector, SelectionError
from agents.workers import Wakeup, process_owner, run_leased

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
LEASE_SECONDS = 60  # renewed every third of it while a document is being indexed
RETRY_SECONDS = 30
EMBEDDER_CACHE_SECONDS = 60
# The component id the workspace's provider is looked up for (agent_model_preferences keys on it).
EMBEDDING_COMPONENT = "scribe"

PUBLIC_COLUMNS = (
    "id", "workspace_id", "name", "source_type", "source_url", "content_sha256", "size_bytes", "metadata",
    "status", "error", "embedder", "chunk_count", "created_by", "created_at", "updated_at",
)


class BudgetSpent(Exception):
    """The workspace's own embedding key has used up its daily token budget."""


@dataclass(frozen=True)
class Submitted:
    document: dict[str, Any]
    created: bool  # False: the workspace already had this content


class KnowledgeService:
    name = "knowledge ingestion"  # its worker is leased work (agents/workers.py): one document after another

    def __init__(
        self,
        engine: Engine,
        tables: ServiceTables,
        selector: ModelSelector,
        *,
        embedder_mode: str = "auto",
        allow_private_urls: bool = False,
        max_bytes: int = 10 * 1024 * 1024,
        lease_seconds: float = LEASE_SECONDS,
        meter: UsageMeter | None = None,
        budget_wait_seconds: float = 300,
    ) -> None:
        self.engine = engine
        self.documents = tables.knowledge_documents
        self.selector = selector
        self.embedder_mode = embedder_mode
        self.allow_private_urls = allow_private_urls
        self.max_bytes = max_bytes
        self.lease_seconds = lease_seconds
        self.meter = meter  # embeddings on a workspace's own key count against its budget
        self.budget_wait_seconds = budget_wait_seconds  # between looks at a used-up budget (HYVVE resets it)
        schema = tables.metadata.schema or "ai"
        self.stores = {name: WorkspaceVectors(engine, schema, name, dims) for name, dims in DIMENSIONS.items()}
        self.pages = HyvvePages(engine, OPENAI_MODEL)  # HYVVE's KB pages: read, never written
        self.owner = process_owner()
        self._openai: dict[str, tuple[float, str, EmbedderChoice | None]] = {}
        self._lock = threading.Lock()
        self.wakeup = Wakeup()

    def create_tables(self) -> None:
        for store in self.stores.values():
            store.create()

    # -- embedders --------------------------------------------------------------------------------------

    def _workspace_openai(self, workspace_id: str, *, within_budget: bool = False) -> EmbedderChoice | None:
        """The workspace's own OpenAI key as an embedder (cached briefly), or None. `within_budget`: raise
        BudgetSpent if that key's daily token budget is used up."""
        if self.embedder_mode == "local":
            return None
        now = time.monotonic()
        with self._lock:
            cached = self._openai.get(workspace_id)
        try:
            primary = self.selector.select(workspace_id, EMBEDDING_COMPONENT, "openai", enforce_limit=False).primary
        except SelectionError:
            return None
        spec = primary.spec
        if not spec.api_key:
            return None
        if within_budget and primary.config is not None and primary.config.budget_spent:
            raise BudgetSpent(primary.config.provider)
        fingerprint = hashlib.sha256(f"{spec.api_key}|{spec.base_url}".encode()).hexdigest()
        if cached and cached[1] == fingerprint and now - cached[0] < EMBEDDER_CACHE_SECONDS:
            return cached[2]
        choice = EmbedderChoice(OPENAI, openai_embedder(spec.api_key, spec.base_url))
        with self._lock:
            self._openai[workspace_id] = (now, fingerprint, choice)
        return choice

    def embedder_for_ingestion(self, workspace_id: str) -> EmbedderChoice:
        # A used-up budget waits rather than falling back to the local model: one workspace's documents stay
        # in one embedding space, so a search finds them all with one query vector.
        return self._workspace_openai(workspace_id, within_budget=True) or EmbedderChoice(LOCAL, local_embedder())

    def _embedder_named(self, workspace_id: str, name: str) -> Embedder | None:
        if name == LOCAL:
            return local_embedder()
        choice = self._workspace_openai(workspace_id)
        return choice.embedder if choice and choice.name == name else None

    # -- documents --------------------------------------------------------------------------------------

    def submit(
        self,
        workspace_id: str,
        *,
        name: str,
        source_type: str,
        payload: bytes | None = None,
        url: str | None = None,
        metadata: dict[str, Any] | None = None,
        created_by: str | None = None,
    ) -> Submitted:
        if url is not None:
            digest = hashlib.sha256(b"url\0" + url.encode()).hexdigest()
            size = 0
        else:
            assert payload is not None
            digest = hashlib.sha256(payload).hexdigest()
            size = len(payload)
        d = self.documents
        with self.engine.begin() as conn:
            row = conn.execute(
                insert(d)
                .values(
                    id=str(uuid.uuid4()), workspace_id=workspace_id, name=name, source_type=source_type,
                    source_url=url, content_sha256=digest, size_bytes=size, metadata=metadata or {},
                    status="pending", created_by=created_by, source=payload,
                )
                .on_conflict_do_nothing(index_elements=[d.c.workspace_id, d.c.content_sha256])
                .returning(*self._public())
            ).first()
            if row is not None:
                created = True
            else:
                # The workspace has this content already; a failed attempt is tried again with it.
                row = conn.execute(
                    update(d)
                    .where(d.c.workspace_id == workspace_id, d.c.content_sha256 == digest, d.c.status == "failed")
                    .values(status="pending", error=None, attempts=0, source=payload, lease_until=None,
                            updated_at=func.now())
                    .returning(*self._public())
                ).first()
                created = row is not None
                if row is None:
                    row = conn.execute(
                        select(*self._public()).where(d.c.workspace_id == workspace_id, d.c.content_sha256 == digest)
                    ).one()
        if created:
            self.notify()
        return Submitted(dict(row._mapping), created)

    def list_documents(self, workspace_id: str, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        d = self.documents
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(*self._public()).where(d.c.workspace_id == workspace_id)
                .order_by(d.c.created_at.desc(), d.c.id).limit(limit).offset(offset)
            ).all()
            total = conn.execute(select(func.count()).where(d.c.workspace_id == workspace_id)).scalar_one()
        return [dict(r._mapping) for r in rows], total

    def get(self, workspace_id: str, document_id: str) -> dict[str, Any] | None:
        d = self.documents
        with self.engine.connect() as conn:
            row = conn.execute(
                select(*self._public()).where(d.c.workspace_id == workspace_id, d.c.id == document_id)
            ).first()
        return dict(row._mapping) if row else None

    def delete(self, workspace_id: str, document_id: str) -> bool:
        d = self.documents
        with self.engine.begin() as conn:
            gone = conn.execute(
                delete(d).where(d.c.workspace_id == workspace_id, d.c.id == document_id).returning(d.c.id)
            ).first()
        if gone is None:
            return False
        for store in self.stores.values():
            store.delete_document(workspace_id, document_id)
        return True

    def _public(self) -> list[Any]:
        return [self.documents.c[name] for name in PUBLIC_COLUMNS]

    # -- search -----------------------------------------------------------------------------------------

    def search(
        self, workspace_id: str, query: str, limit: int = 5, filters: dict[str, Any] | list[Any] | None = None,
        user_id: str | None = None,
    ) -> list[Chunk]:
        """Hybrid search over the workspace's indexed documents and its HYVVE KB pages, best first, fused by
        reciprocal rank. Never another workspace's. A `source` filter ("document" | "hyvve_kb_page") picks one."""
        if not workspace_id or not query.strip():
            return []
        sources, filters = _sources(filters)
        if not sources:
            return []
        d = self.documents
        in_use: list[str] = []
        if DOCUMENT in sources:
            with self.engine.connect() as conn:
                in_use = list(conn.execute(
                    select(d.c.embedder).distinct().where(d.c.workspace_id == workspace_id, d.c.status == "completed")
                ).scalars().all())
        # HYVVE embeds its pages with OpenAI's model: searched by vector only with the workspace's own OpenAI key.
        page_model = self._workspace_openai(workspace_id) if SOURCE in sources else None
        vectors: dict[str, list[float]] = {}
        tokens = 0
        for name in {*in_use, *([OPENAI] if page_model else [])}:
            embedder = self._embedder_named(workspace_id, name) if name in self.stores else None
            if embedder is None:
                log.warning("workspace %s has documents indexed with %s, which it can no longer use", workspace_id, name)
                continue
            vectors[name], usage = embedder.get_embedding_and_usage(query)
            tokens += _prompt_tokens([usage]) if usage else 0
        if tokens:
            with self.engine.begin() as conn:
                self._meter(conn, workspace_id, user_id, tokens)
        found: list[Chunk] = []
        for name in in_use:
            if name in vectors:
                hits = self.stores[name].search_workspace(workspace_id, query, vectors[name], limit, filters)
                found += [replace(h, meta_data={**h.meta_data, "source": DOCUMENT, "title": h.name}) for h in hits]
        if SOURCE in sources:
            found += self.pages.search(workspace_id, query, vectors.get(OPENAI), limit, filters)
        # Each source's score is its reciprocal-rank sum over its own lists: together, one RRF ranking.
        found.sort(key=lambda c: c.score, reverse=True)
        return found[:limit]

    async def asearch(
        self, workspace_id: str, query: str, limit: int = 5, filters: dict[str, Any] | list[Any] | None = None,
        user_id: str | None = None,
    ) -> list[Chunk]:
        return await asyncio.to_thread(self.search, workspace_id, query, limit, filters, user_id)

    def _meter(self, conn: Any, workspace_id: str, user_id: str | None, tokens: int) -> None:
        if self.meter is not None and tokens > 0:
            self.meter.meter_tokens(conn, workspace_id, user_id or "service", provider="openai",
                                    model=OPENAI_MODEL, prompt=tokens, component="knowledge")

    # -- the ingestion worker ---------------------------------------------------------------------------

    def notify(self) -> None:
        """Wake the worker of this process (any thread): a document was submitted here."""
        self.wakeup.notify()

    async def run(self, stop: asyncio.Event, poll_seconds: float = 2.0) -> None:
        await run_leased(self, stop, self.wakeup, poll_seconds=poll_seconds)  # one document after another

    async def between(self, holding: bool) -> None:
        """Leases are renewed per document while it is indexed (`_heartbeat`); nothing to sweep."""

    async def handle(self, job: dict[str, Any]) -> None:
        with tenant.workspace_scope(job["workspace_id"]):  # the document's recorded workspace
            await self._ingest(job)

    @tenant.in_operator_scope  # the queue spans workspaces; the claimed document's work does not
    def claim(self, limit: int = 1) -> list[dict[str, Any]]:
        d = self.documents
        claimable = (
            select(d.c.id)
            .where(
                or_(
                    and_(d.c.status == "pending", or_(d.c.lease_until.is_(None), d.c.lease_until < func.now())),
                    and_(d.c.status == "processing", d.c.lease_until < func.now()),
                )
            )
            .order_by(d.c.created_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        with self.engine.begin() as conn:
            rows = conn.execute(
                update(d)
                .where(d.c.id.in_(claimable.scalar_subquery()))
                .values(status="processing", lease_owner=self.owner, attempts=d.c.attempts + 1,
                        lease_until=self._lease_end(),
                        updated_at=func.now())
                .returning(*d.c)
            ).all()
        return [dict(row._mapping) for row in rows]

    def _lease_end(self) -> Any:
        return func.now() + func.make_interval(0, 0, 0, 0, 0, 0, self.lease_seconds)

    def _renew(self, document_id: str) -> bool:
        d = self.documents
        with self.engine.begin() as conn:
            renewed = conn.execute(
                update(d).where(d.c.id == document_id, d.c.lease_owner == self.owner, d.c.status == "processing")
                .values(lease_until=self._lease_end()).returning(d.c.id)
            ).first()
        return renewed is not None

    async def _heartbeat(self, document_id: str) -> None:
        """Keep the lease while indexing runs long (a big PDF, a slow provider); stop if it was lost."""
        while True:
            await asyncio.sleep(self.lease_seconds / 3)
            if not await asyncio.to_thread(self._renew, document_id):
                return

    async def _ingest(self, job: dict[str, Any]) -> None:
        heartbeat = asyncio.create_task(self._heartbeat(job["id"]))
        try:
            await self._index(job)
        finally:
            heartbeat.cancel()

    async def _index(self, job: dict[str, Any]) -> None:
        workspace_id, document_id = job["workspace_id"], job["id"]
        try:
            source_type, payload = job["source_type"], job["source"]
            if source_type == "url":
                fetched = await asyncio.to_thread(
                    fetch_url, job["source_url"], max_bytes=self.max_bytes, allow_private=self.allow_private_urls
                )
                source_type, payload = fetched.source_type, fetched.payload
            chunks = await asyncio.to_thread(read_chunks, source_type, payload or b"", job["name"])
            choice = await asyncio.to_thread(self.embedder_for_ingestion, workspace_id)
            vectors, tokens = await self._embed(choice.embedder, [chunk.content for chunk in chunks])
            store = self.stores[choice.name]
            count = await asyncio.to_thread(store.replace_document, workspace_id, document_id, chunks, vectors)
            await asyncio.to_thread(self._finish, job, choice.name, count, tokens)
            log.info("knowledge document %s indexed: %d chunks (%s)", document_id, count, choice.name)
        except SourceError as exc:
            await asyncio.to_thread(self._fail, job, str(exc), retry=False)
        except BudgetSpent as spent:
            log.info("knowledge document %s waits: the workspace's daily %s token limit is used up", document_id, spent)
            await asyncio.to_thread(self._wait_for_budget, job, str(spent))
        except Exception as exc:  # provider or database trouble: try again later, a few times
            log.warning("knowledge document %s: indexing attempt %d failed (%s)", document_id, job["attempts"],
                        type(exc).__name__)
            await asyncio.to_thread(self._fail, job, "Indexing failed; it will be retried", retry=True)

    async def _embed(self, embedder: Embedder, texts: Sequence[str]) -> tuple[list[list[float]], int]:
        """The vectors, and the provider tokens they cost (0 on the local model)."""
        tokens = 0
        if isinstance(embedder, OpenAIEmbedder):
            vectors, usages = await embedder.async_get_embeddings_batch_and_usage(list(texts))
            # agno repeats a batch's usage on each of its embeddings: count each batch once.
            tokens = _prompt_tokens(usages[:: embedder.batch_size])
        else:
            vectors = await asyncio.to_thread(embedder.get_embedding, list(texts))  # type: ignore[arg-type]
        if len(vectors) != len(texts) or any(not v for v in vectors):
            raise RuntimeError("the embedder returned fewer embeddings than chunks")
        return [list(map(float, v)) for v in vectors], tokens

    def _finish(self, job: dict[str, Any], embedder: str, count: int, tokens: int = 0) -> None:
        d = self.documents
        with self.engine.begin() as conn:
            self._meter(conn, job["workspace_id"], job["created_by"], tokens)  # once: with the outcome
            done = conn.execute(
                update(d)
                .where(d.c.id == job["id"], d.c.lease_owner == self.owner, d.c.status == "processing")
                .values(status="completed", embedder=embedder, chunk_count=count, error=None, source=None,
                        lease_owner=None, lease_until=None, updated_at=func.now())
                .returning(d.c.id)
            ).first()
        if done is None:  # deleted (or taken over) while we indexed it: leave no chunks of ours behind
            if self.get(job["workspace_id"], job["id"]) is None:
                self.stores[embedder].delete_document(job["workspace_id"], job["id"])

    def _wait_for_budget(self, job: dict[str, Any], provider: str) -> None:
        """Back to pending until the next look; waiting is no failed attempt."""
        d = self.documents
        with self.engine.begin() as conn:
            conn.execute(
                update(d).where(d.c.id == job["id"], d.c.lease_owner == self.owner)
                .values(status="pending", attempts=d.c.attempts - 1, lease_owner=None, updated_at=func.now(),
                        lease_until=func.now() + func.make_interval(0, 0, 0, 0, 0, 0, self.budget_wait_seconds),
                        error=f"Waiting: the workspace's daily {provider} token limit is used up; "
                              "indexing resumes once it is reset")
            )

    def _fail(self, job: dict[str, Any], message: str, *, retry: bool) -> None:
        d = self.documents
        again = retry and job["attempts"] < MAX_ATTEMPTS
        values: dict[str, Any] = {"error": message, "lease_owner": None, "updated_at": func.now()}
        if again:
            values |= {"status": "pending", "lease_until": func.now() + func.make_interval(0, 0, 0, 0, 0, 0, RETRY_SECONDS)}
        else:
            values |= {"status": "failed", "lease_until": None, "source": None,
                       "error": message if not retry else "Indexing failed after several attempts"}
        with self.engine.begin() as conn:
            conn.execute(update(d).where(d.c.id == job["id"], d.c.lease_owner == self.owner).values(**values))


def _sources(filters: dict[str, Any] | list[Any] | None) -> tuple[set[str], dict[str, Any] | list[Any] | None]:
    """The sources a search covers and the filters left for them: `source` picks one, it is no metadata key."""
    if not isinstance(filters, dict) or "source" not in filters:
        return {DOCUMENT, SOURCE}, filters
    wanted, rest = filters["source"], {k: v for k, v in filters.items() if k != "source"}
    return ({wanted} & {DOCUMENT, SOURCE} if isinstance(wanted, str) else set()), rest


def _prompt_tokens(usages: Sequence[dict[str, Any] | None]) -> int:
    return sum(int((u or {}).get("prompt_tokens") or (u or {}).get("total_tokens") or 0) for u in usages)
