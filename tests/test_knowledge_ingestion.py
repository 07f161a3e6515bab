"""Ingestion survives a replica dying mid-way: the lease runs out, another replica indexes the document once,
and the chunks the dead one wrote are replaced, not doubled. Two KnowledgeService instances play the replicas
on a database of their own (no service process, so nothing else takes the job)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from agents.database.tables import ServiceTables
from agents.knowledge.embedders import local_embedder
from agents.knowledge.service import KnowledgeService
from agents.knowledge.sources import read_chunks
from agents.providers.selection import ModelSelector
from agents.settings import load_settings
from tests.harness import fresh_database
from tests.node_side import create_hyvve_tables

WORKSPACE = "ws-ingestion"
TEXT = ("Chapter about roasting coffee beans at home. " * 40 + "\n\n") * 4


@pytest.fixture
def engine(pg_server_url: str) -> Iterator[sa.Engine]:
    with fresh_database(pg_server_url) as url:
        engine = sa.create_engine(url)
        create_hyvve_tables(engine)  # HYVVE's database: searches read its KB pages too
        yield engine
        engine.dispose()


def replica(engine: sa.Engine, name: str, lease_seconds: float) -> KnowledgeService:
    settings = load_settings(database_url=engine.url.render_as_string(hide_password=False), _env_file=None)
    tables = ServiceTables("ai")
    tables.create(engine)
    service = KnowledgeService(engine, tables, ModelSelector(engine, settings), embedder_mode="local",
                               lease_seconds=lease_seconds)
    service.create_tables()
    service.owner = name  # two replicas in one process
    return service


def run_worker_until(service: KnowledgeService, document_id: str, timeout: float = 60) -> dict:
    async def main() -> dict:
        stop = asyncio.Event()
        worker = asyncio.create_task(service.run(stop, poll_seconds=0.2))
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                document = service.get(WORKSPACE, document_id)
                if document and document["status"] in ("completed", "failed"):
                    return document
                await asyncio.sleep(0.2)
            raise AssertionError(f"document {document_id} not indexed: {service.get(WORKSPACE, document_id)}")
        finally:
            stop.set()
            await worker

    return asyncio.run(main())


def chunk_rows(engine: sa.Engine, document_id: str) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM ai.knowledge_local_minilm WHERE content_id = :d"),
                            {"d": document_id}).scalar_one()


def test_a_document_whose_replica_died_is_indexed_once_by_another(engine: sa.Engine) -> None:
    dead, alive = replica(engine, "replica-1", lease_seconds=2), replica(engine, "replica-2", lease_seconds=2)
    chunks = read_chunks("text", TEXT.encode(), "Roasting")
    vectors = local_embedder().get_embedding([c.content for c in chunks])
    document = dead.submit(WORKSPACE, name="Roasting", source_type="text", payload=TEXT.encode()).document

    # Replica 1 claims the job and writes some of the chunks, then dies before recording the result.
    [job] = dead.claim()
    assert job["id"] == document["id"]
    assert alive.claim() == []  # its lease holds: nobody else may take it yet
    dead.stores["local-minilm"].replace_document(WORKSPACE, document["id"], chunks[:2], vectors[:2])

    indexed = run_worker_until(alive, document["id"])

    assert indexed["status"] == "completed"
    assert indexed["chunk_count"] == len(chunks) > 2
    assert chunk_rows(engine, document["id"]) == len(chunks)  # replaced, not added to the dead one's
    with engine.connect() as conn:
        row = conn.execute(sa.text("SELECT attempts, lease_owner, source FROM ai.agentos_knowledge_documents "
                                   "WHERE id = :d"), {"d": document["id"]}).one()
    assert row.attempts == 2 and row.lease_owner is None and row.source is None
    assert [c.document_id for c in alive.search(WORKSPACE, "roasting coffee beans")][:1] == [document["id"]]


def test_a_live_replica_keeps_its_lease_while_indexing(engine: sa.Engine) -> None:
    # The heartbeat renews every third of the lease, so a renewal may be up to two thirds late. With 1.5 s that
    # is 1 s: enough for a loaded CI machine (0.6 s, i.e. 0.4 s of slack, failed once there).
    working = replica(engine, "replica-1", lease_seconds=1.5)
    other = replica(engine, "replica-2", lease_seconds=1.5)
    document = working.submit(WORKSPACE, name="Long", source_type="text", payload=TEXT.encode()).document
    [job] = working.claim()

    async def hold() -> None:
        heartbeat = asyncio.create_task(working._heartbeat(job["id"]))
        await asyncio.sleep(4.5)  # three lease lengths
        taken = await asyncio.to_thread(other.claim)
        heartbeat.cancel()
        assert taken == [], "another replica took a document whose indexer is alive"

    asyncio.run(hold())
    assert working.get(WORKSPACE, document["id"])["status"] == "processing"


def test_a_document_deleted_while_being_indexed_leaves_no_chunks(engine: sa.Engine) -> None:
    service = replica(engine, "replica-1", lease_seconds=30)
    document = service.submit(WORKSPACE, name="Gone", source_type="text", payload=TEXT.encode()).document
    [job] = service.claim()
    assert service.delete(WORKSPACE, document["id"])

    asyncio.run(service._ingest(job))  # the indexer finishes after the user deleted the document

    assert chunk_rows(engine, document["id"]) == 0
    assert service.get(WORKSPACE, document["id"]) is None
