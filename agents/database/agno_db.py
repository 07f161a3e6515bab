"""agno's storage, adapted for HYVVE: the one module that reads agno's tables with our own SQL or reaches into
agno's private functions. An agno upgrade that renames a table, a column or a private function breaks here, and
only here (tests/unit/test_agno_adapter.py keeps it so).

- `HyvvePostgresDb`: agno's PostgreSQL adapter, plus the two moments HYVVE must hear of:
  - agno creates an approval record (a run paused on an `@approval` tool): it becomes a HYVVE approval item
    (agents/approvals/pauses.py);
  - agno stores a run as completed or failed: `agent.run.completed|failed` goes on the bus
    (agents/events/run_events.py); while it stores it running, the run is leased to this process
    (agents/runs/reconciler.py).
  Both are additions after agno's own write; neither can fail agno's write or the run.
- `ThreadedAgnoDb`: that adapter behind agno's asynchronous interface, each call in a worker thread, so a run
  built on it (a continuation) does not hold the event loop while PostgreSQL answers.
- `AgnoStore`: our named reads of agno's tables (a session's owner, a run's top-level run, whether an approval
  covers a tool call, ...), each in the caller's tenant scope (agents/database/tenant.py).
- thin wrappers, one per private agno function we depend on, each naming the agno 3.1.10 function it mirrors.
"""

from __future__ import annotations

import abc
import asyncio
import inspect
import json
import logging
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

from psycopg.errors import UndefinedTable
from sqlalchemy import Connection, Engine, Row, Table, select, text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from agno.db.base import AsyncBaseDb
from agno.db.postgres import PostgresDb
from agno.exceptions import AgnoError
from agno.run.status_persist import RunPersistOutcome

from agents.database import rls, tenant
from agents.events.run_events import RunEventRecorder
from agents.runs.reconciler import status_of

if TYPE_CHECKING:  # pauses reads agno's tables through AgnoStore: imported at run time, it would be a cycle
    from agents.approvals.pauses import PauseRecorder

log = logging.getLogger(__name__)

RLS_REFUSED = "42501"  # insufficient_privilege: what PostgreSQL raises when a row-level security policy refuses a write
# The owner agno's probes are shown for a session id taken outside the caller's workspace: nobody's user id.
ELSEWHERE = "(another workspace)"


class HyvvePostgresDb(PostgresDb):
    """agno's PostgresDb that also records approval items and run events (see the module docstring)."""

    pause_recorder: PauseRecorder | None = None
    run_events: RunEventRecorder | None = None

    def table_names(self) -> dict[str, str]:
        """agno table type -> table name, for the types that hold a workspace's data (agents/database/rls.py)."""
        names = {"sessions": self.session_table_name, "runs": self.runs_table_name, "memories": self.memory_table_name,
                 "approvals": self.approvals_table_name, "traces": self.trace_table_name}
        return {kind: names[kind] for kind in rls.AGNO_TABLE_TYPES if kind in names}

    def _create_table(self, table_name: str, table_type: str) -> Table:
        table = super()._create_table(table_name, table_type)
        if table_type in rls.AGNO_TABLE_TYPES:  # agno creates its tables lazily: the wall goes up with them
            with self.db_engine.begin() as conn:
                rls.protect(conn, self.db_schema, table_name, rls.AGNO_WORKSPACE)
        return table

    def session_taken(self, session_id: str, by_other_than: str | None) -> bool:
        """Whether a session with this id exists and is not `by_other_than`'s, in any workspace.

        A session id is a global key, so whether a client-chosen id is free is a question about every workspace,
        which RLS hides. This asks it in the operator scope and answers only yes or no, never the row. An unowned
        session counts as taken: RLS puts it in no workspace, so no workspace may write into it.
        """
        table = agno_table(self, "sessions")
        if table is None:
            return False  # agno has stored no session yet
        with tenant.operator_scope(), self.db_engine.connect() as conn:
            row = conn.execute(select(table.c.user_id).where(table.c.session_id == session_id)).first()
        return row is not None and (row.user_id is None or row.user_id != by_other_than)

    def get_session(self, session_id: str, session_type: Any = None, user_id: str | None = None,
                    deserialize: bool | None = True, runs_limit: int | None = None) -> Any:
        found = super().get_session(session_id, session_type=session_type, user_id=user_id, deserialize=deserialize,
                                    runs_limit=runs_limit)
        if found is not None or user_id is not None or deserialize or tenant.current_tenant() == tenant.ALL_WORKSPACES:
            return found
        # agno's probes for a taken session id (assert_session_writable before a run, the id_taken check of
        # POST /sessions) read the raw row without a user id to see *anyone's* session; RLS shows them only this
        # workspace's. A session of another workspace is shown as a row of nobody's, which agno refuses as
        # another owner's (404 before a run, its generic 409 on create) without learning whose it is.
        if self.session_taken(session_id, by_other_than=None):
            return {"session_id": session_id, "user_id": ELSEWHERE}
        return None

    def upsert_session(self, session: Any, deserialize: bool | None = True) -> Any:
        try:
            return super().upsert_session(session, deserialize=deserialize)
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) != RLS_REFUSED:
                raise
            # The id is another workspace's session (RLS hides it, so agno's own probe found it free): the same
            # generic conflict agno answers for another owner's id, naming no owner.
            raise AgnoError("Could not create a session with the supplied session_id. Omit session_id to have one "
                            "generated, or choose a different one.", status_code=409) from None

    def upsert_run(self, run: Any, session_id: str, user_id: str | None = None, run_index: int | None = None) -> None:
        super().upsert_run(run, session_id, user_id=user_id, run_index=run_index)
        if self.run_events is not None:
            try:
                self.run_events.settled(run, user_id, session_id)
            except Exception:  # events never fail a run
                log.exception("announcing run of session %s failed", session_id)

    def update_run_in_session(
        self,
        session_id: str,
        run_id: str,
        fields: dict[str, Any],
        expected_attempt: int | None = None,
        user_id: str | None = None,
        content_if_absent: str | None = None,
        session_data: dict[str, Any] | None = None,
    ) -> RunPersistOutcome:
        # agno's atomic status patch (a queued run starting, a cancel): the run's lease follows its status.
        outcome = super().update_run_in_session(session_id, run_id, fields, expected_attempt=expected_attempt,
                                                user_id=user_id, content_if_absent=content_if_absent,
                                                session_data=session_data)
        if self.run_events is not None and self.run_events.leases is not None and fields.get("status") is not None:
            try:
                run = {"run_id": run_id, "user_id": user_id}
                self.run_events.lease_stored(status_of(fields["status"]), run, session_id)
            except Exception:  # never fail agno's write
                log.exception("leasing run %s failed", run_id)
        return outcome

    def create_approval(self, approval_data: dict[str, Any]) -> dict[str, Any]:
        if not approval_data.get("user_id") and self.pause_recorder is not None:
            # agno leaves a team's own approval records unowned; RLS admits a record only in its workspace.
            approval_data = {**approval_data, "user_id": self.pause_recorder.owner_of(approval_data)}
        created = super().create_approval(approval_data)
        if created is not None and self.pause_recorder is not None and approval_data.get("approval_type") == "required":
            try:
                self.pause_recorder.record(approval_data)
            except Exception:  # never fail the run: the reconciler records it
                log.exception("recording approval item for run %s failed", approval_data.get("run_id"))
        return created


class ThreadedAgnoDb(AsyncBaseDb):
    """agno's asynchronous database interface over a `HyvvePostgresDb`: each call is that adapter's own method
    (with its hooks), run in a worker thread in the caller's context (its tenant scope, its trace).

    agno runs a synchronous adapter's calls on the event loop. A continued run makes about eight of them (the
    session read twice, the approval gate, storing the run with its events and the session), and each held the
    loop while PostgreSQL answered: concurrent continuations, and every request of the process, waited on
    them in turn. Given an asynchronous database, agno awaits each call instead. agno's own AsyncPostgresDb
    costs more CPU per run (bench/results/experiments-async-db.md) and would need our hooks twice; a thread
    per call costs a hand-off.
    """

    def __init__(self, sync: HyvvePostgresDb) -> None:
        # No AsyncBaseDb.__init__: agno's attributes (id, table names) are read from the synchronous adapter.
        self.sync = sync

    def __getattr__(self, name: str) -> Any:
        if name == "sync":  # not set yet (a copy being made): never recurse
            raise AttributeError(name)
        return getattr(self.sync, name)


def _in_thread(name: str) -> Callable[..., Awaitable[Any]]:
    async def call(self: ThreadedAgnoDb, *args: Any, **kwargs: Any) -> Any:
        return await asyncio.to_thread(getattr(self.sync, name), *args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


# Every coroutine of agno's asynchronous interface (agno 3.1.10: 166, each also a method of PostgresDb), so
# none is abstract any more.
for _name, _ in inspect.getmembers(AsyncBaseDb, inspect.iscoroutinefunction):
    setattr(ThreadedAgnoDb, _name, _in_thread(_name))
abc.update_abstractmethods(ThreadedAgnoDb)  # type: ignore[type-abstract]  # mypy cannot see the loop above


def threaded(sync: HyvvePostgresDb) -> ThreadedAgnoDb:
    """`sync` behind agno's asynchronous interface (see ThreadedAgnoDb)."""
    return ThreadedAgnoDb(sync)  # type: ignore[abstract]  # its coroutines are set above, from agno's interface


class AgnoStore:
    """Our own reads of agno's tables (`agno_sessions`, `agno_runs`, `agno_approvals` in `schema`), by name.

    Each opens its own connection on `engine`, so it runs in whatever tenant scope the caller is in."""

    def __init__(self, engine: Engine, schema: str) -> None:
        self.engine = engine
        self.schema = schema
        self._top_level_run = text(
            f"""SELECT r.run_id, r.parent_run_id, r.agent_id, r.team_id, r.status, r.run_data -> 'metadata' AS metadata
                FROM "{schema}".agno_runs r WHERE r.run_id = :run_id"""
        )
        self._run_by_owner = text(
            f'SELECT run_data FROM "{schema}".agno_runs WHERE run_id = :run_id AND user_id = :owner'
        )
        self._run_in_workspace = text(
            f'SELECT run_data FROM "{schema}".agno_runs WHERE run_id = :run_id AND user_id LIKE :workspace'
        )
        self._any_run = text(f'SELECT run_data FROM "{schema}".agno_runs WHERE run_id = :run_id')
        self._approval_covers = text(
            f"""SELECT 1 FROM "{schema}".agentos_approvals l
                JOIN "{schema}".agno_approvals a ON a.id = l.agno_approval_id
                WHERE l.run_id = :run_id AND l.tool_name = :action AND l.status IN ('approved', 'auto_approved')
                  AND a.tool_args @> CAST(:arguments AS jsonb)
                LIMIT 1"""
        )
        self._resolve_approval = text(
            f"""UPDATE "{schema}".agno_approvals SET status = :status, resolved_by = :by, resolved_at = :now,
                updated_at = :now WHERE id = :id AND status = 'pending'"""
        )
        # The run and every run under it (a team's members, nested teams).
        self._blocking_approval = text(
            f"""
            WITH RECURSIVE tree(run_id) AS (
                SELECT CAST(:run_id AS varchar)
                UNION SELECT r.run_id FROM "{schema}".agno_runs r JOIN tree t ON r.parent_run_id = t.run_id
            )
            SELECT approval_item_id, status FROM "{schema}".agentos_approvals
            WHERE run_id IN (SELECT run_id FROM tree)
              AND (status = 'pending' OR continuation IN ('queued', 'running'))
            ORDER BY created_at
            LIMIT 1
            """
        )

    def session_owner(self, session_id: str | None) -> str | None:
        """The agno user id (`<workspace>:<user>`) a session was stored for, or None."""
        with self.engine.connect() as conn:
            owner = conn.execute(
                text(f'SELECT user_id FROM "{self.schema}".agno_sessions WHERE session_id = :s'), {"s": session_id}
            ).scalar()
        return None if owner is None else str(owner)

    def approvals_without_item(self) -> list[dict[str, Any]]:
        """Up to 50 pending `required` approval records of agno that have no ledger row (a crash between the two
        writes). Raises if agno has not created its approvals table yet."""
        sql = text(
            f"""
            SELECT a.* FROM "{self.schema}".agno_approvals a
            LEFT JOIN "{self.schema}".agentos_approvals l ON l.agno_approval_id = a.id
            WHERE a.status = 'pending' AND a.approval_type = 'required' AND l.approval_item_id IS NULL
            LIMIT 50
            """
        )
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(sql)]

    def resolve_and_find_run(self, approval_id: str, status: str, resolved_by: str | None, run_id: str) -> Row[Any] | None:
        """Write a decision into agno's pending approval record (what agno's `update_approval` writes, whose
        gate then confirms or rejects the paused call) and return the run the decision continues, in one
        transaction: the run (run_id, parent_run_id, agent_id, team_id, status, metadata), or its parent run when
        it is a team member's. A record no longer pending is left as it is."""
        now = int(time.time())
        with self.engine.begin() as conn:
            conn.execute(self._resolve_approval, {"id": approval_id, "status": status, "by": resolved_by, "now": now})
            run = conn.execute(self._top_level_run, {"run_id": run_id}).first()
            if run is not None and run.parent_run_id:
                run = conn.execute(self._top_level_run, {"run_id": run.parent_run_id}).first() or run
        return run

    def blocking_approval(self, run_id: str) -> tuple[str, str] | None:
        """(item id, status) of the first approval of the run or a run under it that is pending or being carried
        out by a continuation; None when there is none (or agno has stored no run yet)."""
        try:
            with self.engine.connect() as conn:
                row = conn.execute(self._blocking_approval, {"run_id": run_id}).first()
        except ProgrammingError as exc:  # agno creates its runs table with the first run: nothing to continue yet
            if isinstance(exc.orig, UndefinedTable):
                return None
            raise
        return (row.approval_item_id, row.status) if row is not None else None

    def approval_covers(self, conn: Connection, run_id: str, action: str, arguments: dict[str, Any]) -> bool:
        """Whether a granted (or auto-approved) ledger approval of this run, for this tool, covers exactly these
        arguments (agno's approval record holds the paused call's arguments), asked in the caller's transaction."""
        params = {"run_id": run_id, "action": action, "arguments": json.dumps(arguments)}
        return conn.execute(self._approval_covers, params).first() is not None

    def run_of_owner(self, run_id: str, owner: str | None) -> dict[str, Any] | None:
        """The stored run (agno's `run_data`) if it was stored for the agno user id `owner`."""
        return self._run_data(self._run_by_owner, {"run_id": run_id, "owner": owner})

    def run_in_workspace(self, run_id: str, workspace_id: str) -> dict[str, Any] | None:
        """The stored run if it was stored for any user of the workspace."""
        return self._run_data(self._run_in_workspace, {"run_id": run_id, "workspace": _like_prefix(workspace_id)})

    def any_run(self, run_id: str) -> dict[str, Any] | None:
        """The stored run, whoever's it is (operators)."""
        return self._run_data(self._any_run, {"run_id": run_id})

    def _run_data(self, statement: Any, params: dict[str, Any]) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(statement, params).first()
        return dict(row.run_data) if row is not None else None


def _like_prefix(workspace_id: str) -> str:
    escaped = workspace_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}:%"


# -- agno's private functions (agno 3.1.10), one thin wrapper each ------------------------------------------------


def agno_table(db: PostgresDb, table_type: str, create: bool = False) -> Table | None:
    """agno's table of a type ("sessions", "traces", "spans", ...), created if `create`: PostgresDb._get_table."""
    return db._get_table(table_type=table_type, create_table_if_not_found=create)


def trace_component_level(db: PostgresDb) -> Callable[..., Any]:
    """agno's SQL expression ranking a trace's root (workflow > team > agent > other span), called with the
    workflow_id, team_id, agent_id and name columns: PostgresDb._get_trace_component_level_expr."""
    level: Callable[..., Any] = db._get_trace_component_level_expr
    return level


def find_paused_run(session: Any, tool_messages: list[Any], is_team: bool) -> Any:
    """The session's paused run (a copy) one of whose requirements waits for one of these tool call ids, or None:
    agno.os.interfaces.agui.resume._find_paused_run."""
    from agno.os.interfaces.agui.resume import _find_paused_run  # imported late: it loads agno's AG-UI interface

    return _find_paused_run(session, tool_messages, is_team)


def resume_stream(kind: str, component: Any, run_id: str, last_event_index: int | None, session_id: str | None,
                  user_id: str | None = None) -> AsyncGenerator[Any, None]:
    """agno's SSE generator for reattaching to a run (buffered events after `last_event_index`, then live ones, or
    the stored run): agno.os.routers.{agents,teams}.router._resume_stream_generator."""
    if kind == "agent":
        from agno.os.routers.agents.router import _resume_stream_generator as agent_stream

        return agent_stream(component, run_id, last_event_index, session_id, user_id=user_id)
    from agno.os.routers.teams.router import _resume_stream_generator as team_stream

    return team_stream(component, run_id, last_event_index, session_id, user_id=user_id)
