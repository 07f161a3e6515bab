"""The same wall around the service's own data: its tables in `ai` (approval ledger, actions, outbox, knowledge
documents and chunks, run requests) carry row-level security on the workspace. Queries that forget their
workspace, issued through the service's own connection setup (its engine, as the least-privilege role), see and
change nothing of another's. (agno's tables are not walled yet: docs/adr/0010-rls-on-the-service-tables.md.)"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
import sqlalchemy as sa

from agents.database import create_engine, tenant
from agents.database.rls import OWN_TABLES
from agents.settings import load_settings
from tests.harness import ServiceProcess
from tests.node_side import NodeSide, Workspace
from tests.test_approvals import note_request, item_for_run, start_run

SCHEMA = "ai"


@pytest.fixture(scope="module")
def foreign(service: ServiceProcess, node: NodeSide, db: sa.Engine) -> Workspace:
    """A workspace with data in every protected table: a paused run (sessions, runs, agno's approval, the ledger,
    the outbox), a memory, a knowledge document with its chunks."""
    other = node.workspace(roles=("owner", "member"))
    with service.client(headers={"authorization": f"Bearer {other['member'].session_token}"}) as http:
        run = start_run(http, note_request(uuid.uuid4().hex[:8], confidence=50))
        item_for_run(db, run["run_id"])
        document = http.post("/knowledge/documents", json={"type": "text", "name": "n", "content": "Candles burn."})
        assert document.status_code in (200, 201, 202), document.text
        _wait_indexed(http, document.json()["id"])
    return other


def _wait_indexed(http: httpx.Client, document_id: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if http.get(f"/knowledge/documents/{document_id}").json().get("status") == "completed":
            return
        time.sleep(0.2)
    raise AssertionError("the document was not indexed")


@pytest.fixture(scope="module")
def service_engine(service_database_url: str) -> Iterator[sa.Engine]:
    """The service's own engine (agents.database.create_engine: its pool and tenant hook), as the service's role."""
    engine = create_engine(service_database_url, load_settings(database_url=service_database_url, _env_file=None))
    yield engine
    engine.dispose()


def protected_tables(db: sa.Engine) -> list[str]:
    with db.connect() as conn:
        return conn.execute(sa.text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :s AND c.relkind = 'r' AND c.relrowsecurity AND c.relforcerowsecurity ORDER BY 1"
        ), {"s": SCHEMA}).scalars().all()


def counts(engine: sa.Engine, tables: list[str]) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(sa.text(f'SELECT count(*) FROM "{SCHEMA}"."{t}"')).scalar_one() for t in tables}


def test_every_workspace_table_of_the_service_is_protected(foreign: Workspace, db: sa.Engine) -> None:
    chunks = [t for t in protected_tables(db) if t.startswith("knowledge_")]
    assert set(OWN_TABLES) <= set(protected_tables(db))
    assert chunks, "the knowledge chunk table is not protected"


def test_reads_that_forget_their_workspace_see_no_foreign_rows(
    foreign: Workspace, node: NodeSide, db: sa.Engine, service_engine: sa.Engine
) -> None:
    tables = protected_tables(db)
    mine = node.workspace(roles=("member",))
    foreign_rows = {t: n for t, n in counts(db, tables).items() if n}  # as the owner, who bypasses RLS
    assert {"agentos_approvals", "agentos_outbox", "agentos_knowledge_documents"} <= set(foreign_rows)

    assert set(counts(service_engine, tables).values()) == {0}  # no workspace named at all
    with tenant.workspace_scope(mine.id):
        assert set(counts(service_engine, tables).values()) == {0}
    with tenant.workspace_scope(foreign.id):  # not vacuous: the rows are there for their own workspace
        assert counts(service_engine, ["agentos_approvals"])["agentos_approvals"] > 0


def test_writes_that_forget_their_workspace_change_no_foreign_rows(
    foreign: Workspace, node: NodeSide, db: sa.Engine, service_engine: sa.Engine
) -> None:
    mine = node.workspace(roles=("member",))
    with tenant.workspace_scope(mine.id), service_engine.begin() as conn:
        for table in ("agentos_approvals", "agentos_knowledge_documents", "agentos_outbox"):
            changed = conn.execute(sa.text(f'UPDATE "{SCHEMA}"."{table}" SET created_at = created_at')).rowcount
            assert changed == 0, table
            assert conn.execute(sa.text(f'DELETE FROM "{SCHEMA}"."{table}"')).rowcount == 0, table
    # A row written into the other workspace from this one is refused, not stored.
    with pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
        with tenant.workspace_scope(mine.id), service_engine.begin() as conn:
            conn.execute(sa.text(
                f'INSERT INTO "{SCHEMA}".agentos_run_requests (workspace_id, agno_user_id, component, idempotency_key, '
                "run_id, session_id) VALUES (:ws, :user, 'agent:scribe', :key, 'r', 's')"),
                {"ws": foreign.id, "user": f"{foreign.id}:{foreign['member'].user_id}", "key": str(uuid.uuid4())})
    with db.connect() as conn:  # the owner still sees the other workspace's rows, untouched
        assert conn.execute(sa.text(
            f'SELECT count(*) FROM "{SCHEMA}".agentos_approvals WHERE workspace_id = :ws'), {"ws": foreign.id}
        ).scalar_one() > 0
