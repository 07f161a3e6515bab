"""The same wall around the service's own data: its tables in `ai` (approval ledger, actions, outbox, knowledge
documents and chunks, run requests) and agno's (sessions, runs, memories, approvals, traces) carry row-level
security on the workspace. Queries that forget their workspace, issued through the service's own connection setup
(its engine and agno's own reads and writes on it, as the least-privilege role), see and change nothing of
another's (docs/adr/0010-rls-on-the-service-tables.md)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
import sqlalchemy as sa

from agno.db.schemas import UserMemory
from agno.exceptions import AgnoError
from agno.session import AgentSession

from agents.database import create_engine, tenant
from agents.database.agno_db import HyvvePostgresDb
from agents.database.rls import AGNO_TABLE_TYPES, OWN_TABLES
from agents.settings import load_settings
from tests.harness import ServiceProcess
from tests.node_side import NodeSide, Workspace
from tests.test_approvals import item_for_run, note_request, start_run

SCHEMA = "ai"


AGNO_TABLES = [f"agno_{kind}" for kind in AGNO_TABLE_TYPES]  # agno's default names, as the service uses them


@pytest.fixture(scope="module")
def foreign(service: ServiceProcess, node: NodeSide, db: sa.Engine, agno_db: HyvvePostgresDb) -> Workspace:
    """A workspace with data in every protected table: a paused run (sessions, runs, its trace, agno's approval,
    the ledger, the outbox), a memory, a knowledge document with its chunks."""
    other = node.workspace(roles=("owner", "member"))
    with service.client(headers={"authorization": f"Bearer {other['member'].session_token}"}) as http:
        run = start_run(http, note_request(uuid.uuid4().hex[:8], confidence=50))
        item_for_run(db, run["run_id"])
        document = http.post("/knowledge/documents", json={"type": "text", "name": "n", "content": "Candles burn."})
        assert document.status_code in (200, 201, 202), document.text
        _wait_indexed(http, document.json()["id"])
    owner = f"{other.id}:{other['member'].user_id}"
    with tenant.workspace_scope(other.id):  # agno's own memory write, in its workspace, is admitted
        assert agno_db.upsert_user_memory(UserMemory(memory="Prefers tea", user_id=owner)) is not None
    _wait_traced(db, owner)  # the exporter writes its batches every second
    return other


def _wait_traced(db: sa.Engine, owner: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with db.connect() as conn:
            if conn.execute(sa.text(f'SELECT 1 FROM "{SCHEMA}".agno_traces WHERE user_id = :u'), {"u": owner}).first():
                return
        time.sleep(0.3)
    raise AssertionError("the run's trace was not written")


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


@pytest.fixture(scope="module")
def agno_db(service_engine: sa.Engine) -> HyvvePostgresDb:
    """agno's own adapter on the service's engine, as the service builds it (agents/main.py)."""
    return HyvvePostgresDb(id="rls-probe", db_engine=service_engine, db_schema=SCHEMA)


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
    assert set(OWN_TABLES) | set(AGNO_TABLES) <= set(protected_tables(db))
    assert chunks, "the knowledge chunk table is not protected"


def test_a_transaction_acts_for_the_workspace_it_was_last_set_to(node: NodeSide, service_engine: sa.Engine) -> None:
    mine, theirs = node.workspace(roles=("member",)).id, node.workspace(roles=("member",)).id
    setting = sa.text("SELECT current_setting('app.tenant_id', true)")
    with tenant.workspace_scope(mine), service_engine.begin() as conn:
        tenant.set_tenant(conn, mine)  # already the transaction's: nothing to send
        assert conn.execute(setting).scalar() == mine
        tenant.set_tenant(conn, theirs)
        assert conn.execute(setting).scalar() == theirs
        tenant.set_tenant(conn, mine)
        assert conn.execute(setting).scalar() == mine
        savepoint = conn.begin_nested()
        tenant.set_tenant(conn, theirs)
        savepoint.rollback()  # undoes the setting with it
        assert conn.execute(setting).scalar() == mine
        tenant.set_tenant(conn, theirs)
        assert conn.execute(setting).scalar() == theirs
    with tenant.workspace_scope(mine), service_engine.begin() as conn:
        assert conn.execute(setting).scalar() == mine
    # The pooled connection's last transaction was begun for `mine`; a new one, not begun yet, is set all the same.
    with tenant.operator_scope(), service_engine.connect() as conn:
        tenant.set_tenant(conn, mine)
        assert conn.execute(setting).scalar() == mine
    with service_engine.connect() as conn:
        assert conn.execute(setting).scalar() in (None, "")  # outside any scope: none
    quoted = "it's'; SELECT 1; --"  # the hook quotes what it sends
    with tenant.workspace_scope(quoted), service_engine.begin() as conn:
        assert conn.execute(setting).scalar() == quoted


def test_reads_that_forget_their_workspace_see_no_foreign_rows(
    foreign: Workspace, node: NodeSide, db: sa.Engine, service_engine: sa.Engine, agno_db: HyvvePostgresDb
) -> None:
    tables = protected_tables(db)
    mine = node.workspace(roles=("member",))
    foreign_rows = {t: n for t, n in counts(db, tables).items() if n}  # as the owner, who bypasses RLS
    assert {"agentos_approvals", "agentos_outbox", "agentos_knowledge_documents", *AGNO_TABLES} <= set(foreign_rows)

    assert set(counts(service_engine, tables).values()) == {0}  # no workspace named at all
    with tenant.workspace_scope(mine.id):
        assert set(counts(service_engine, tables).values()) == {0}
        # agno's own reads, with no user filter: still nothing of the other workspace
        assert agno_db.get_sessions(deserialize=False) == ([], 0)
        assert agno_db.get_runs(deserialize=False) == ([], 0)
        assert agno_db.get_user_memories(deserialize=False) == ([], 0)
        assert agno_db.get_approvals() == ([], 0)
        assert agno_db.get_traces() == ([], 0)
    with tenant.workspace_scope(foreign.id):  # not vacuous: the rows are there for their own workspace
        assert counts(service_engine, ["agentos_approvals"])["agentos_approvals"] > 0
        assert agno_db.get_sessions(deserialize=False)[1] > 0
        assert agno_db.get_user_memories(deserialize=False)[1] > 0
        assert agno_db.get_approvals()[1] > 0
        assert agno_db.get_traces()[1] > 0


def test_whether_a_session_id_is_taken_is_known_across_workspaces_and_nothing_more(
    foreign: Workspace, node: NodeSide, db: sa.Engine, agno_db: HyvvePostgresDb
) -> None:
    with db.connect() as conn:
        theirs = conn.execute(sa.text(f'SELECT session_id FROM "{SCHEMA}".agno_sessions WHERE user_id LIKE :ws'),
                              {"ws": f"{foreign.id}:%"}).scalar_one()
    mine = node.workspace(roles=("member",))
    me = f"{mine.id}:{mine['member'].user_id}"
    with tenant.workspace_scope(mine.id):
        assert agno_db.session_taken(theirs, by_other_than=me)
        assert not agno_db.session_taken(str(uuid.uuid4()), by_other_than=me)
        # agno's own probe (a raw read without a user id) sees that the id is someone else's, not whose
        assert agno_db.get_session(theirs, deserialize=False) == {"session_id": theirs, "user_id": "(another workspace)"}
        assert agno_db.get_session(theirs) is None  # every other read: nothing
    with tenant.workspace_scope(foreign.id):
        assert not agno_db.session_taken(theirs, by_other_than=f"{foreign.id}:{foreign['member'].user_id}")


def test_writes_that_forget_their_workspace_change_no_foreign_rows(
    foreign: Workspace, node: NodeSide, db: sa.Engine, service_engine: sa.Engine, agno_db: HyvvePostgresDb
) -> None:
    mine = node.workspace(roles=("member",))
    with tenant.workspace_scope(mine.id), service_engine.begin() as conn:
        for table in ("agentos_approvals", "agentos_knowledge_documents", "agentos_outbox", *AGNO_TABLES):
            changed = conn.execute(sa.text(f'UPDATE "{SCHEMA}"."{table}" SET user_id = user_id' if table.startswith(
                "agno_") else f'UPDATE "{SCHEMA}"."{table}" SET created_at = created_at')).rowcount
            assert changed == 0, table
            assert conn.execute(sa.text(f'DELETE FROM "{SCHEMA}"."{table}"')).rowcount == 0, table
    theirs = f"{foreign.id}:{foreign['member'].user_id}"
    with db.connect() as conn:
        session_id, memory_id = conn.execute(sa.text(
            f'SELECT s.session_id, m.memory_id FROM "{SCHEMA}".agno_sessions s JOIN "{SCHEMA}".agno_memories m '
            "USING (user_id) WHERE user_id = :u LIMIT 1"), {"u": theirs}).one()
    with tenant.workspace_scope(mine.id):
        # agno's own writes over the other workspace's rows are refused: the session as agno's generic 409
        with pytest.raises(AgnoError) as refused:
            agno_db.upsert_session(AgentSession(session_id=session_id, agent_id="assistant", user_id=theirs))
        assert refused.value.status_code == 409
        with pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
            agno_db.upsert_user_memory(UserMemory(memory="pwned", memory_id=memory_id, user_id=theirs))
        agno_db.delete_user_memory(memory_id)
        agno_db.delete_session(session_id)
    with db.connect() as conn:
        assert conn.execute(sa.text(f'SELECT memory FROM "{SCHEMA}".agno_memories WHERE memory_id = :m'),
                            {"m": memory_id}).scalar_one() == "Prefers tea"
        assert conn.execute(sa.text(f'SELECT count(*) FROM "{SCHEMA}".agno_sessions WHERE session_id = :s'),
                            {"s": session_id}).scalar_one() == 1
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
