"""Runs whose process died are failed, not left RUNNING forever.

Every run in flight holds a lease in `agentos_run_leases`, owned by the process executing it: taken when
the run starts (in the transaction of `agent.run.started`) or when agno stores it running or pending (a
queued or continued run), renewed by that process every quarter of the lease, and dropped when agno
stores it settled, cancelled or paused (waiting for a decision is not orphaned). A process killed mid-run
stops renewing. Once a lease has run out, the reconciler of whichever replica claims the row first
(`FOR UPDATE SKIP LOCKED`, then a lease of its own, so a reconciler that dies mid-way is taken over too)
stores the run as ERROR through agno's database API, whose write announces `agent.run.failed` once
(agents/database/agno_db.py, agents/events/run_events.py), and ends the run's live event stream.

Bound: a dead process's runs are failed within 1.25x the lease after its last renewal (plus the writes).
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, Engine, TextClause, bindparam, select, text, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.sql import func

from agno.os.event_streams import get_event_stream
from agno.run.agent import RunErrorEvent
from agno.run.base import RunStatus
from agno.run.team import RunErrorEvent as TeamRunErrorEvent
from agno.session import AgentSession, TeamSession

from agents.database.tables import ServiceTables
from agents.database.tenant import operator_scope, workspace_scope
from agents.runs.scope import parse_owner
from agents.workers import Wakeup, process_owner, run_leased

log = logging.getLogger(__name__)

CLAIM_BATCH = 20  # expired leases claimed per turn
IN_FLIGHT = {RunStatus.pending.value, RunStatus.running.value}
REASON = "The run was interrupted: the service process executing it stopped before it finished. Please run it again."


def status_of(value: Any) -> str:
    """agno's status as stored (`RUNNING`), from a RunStatus, its value or its repr."""
    return str(getattr(value, "value", value) or "").upper().removeprefix("RUNSTATUS.")


class RunLeases:
    """Which process executes which run. One per process; `owner` is unique per process start, so a
    restarted process (same host and pid in a container) never renews its predecessor's runs."""

    def __init__(self, tables: ServiceTables, lease_seconds: float) -> None:
        self.table = tables.run_leases
        self.lease = timedelta(seconds=lease_seconds)
        self.owner = process_owner()
        self.held: set[str] = set()  # runs this process already leased: agno stores a run several times
        # Taking and dropping a lease, as SQL written once (a statement built per run cost more CPU than its round
        # trip), alone or as a data-modifying CTE of the statement of the run's event (agents/events/run_events.py).
        name = f'"{tables.metadata.schema}".{self.table.name}'
        self.hold_sql = (
            f"INSERT INTO {name} (run_id, session_id, owner, lease_until, run) "
            "VALUES (:lease_run_id, :lease_session_id, :lease_owner, now() + :lease_for, :lease_run) "
            "ON CONFLICT (run_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until"
        )
        self.release_sql = f"DELETE FROM {name} WHERE run_id = :lease_run_id"
        self._hold, self._release = self.with_hold(self.hold_sql), text(self.release_sql)

    @staticmethod
    def with_hold(sql: str) -> TextClause:
        """`sql` (holding a lease) as a statement: the run summary bound as JSONB (the engine's serializer)."""
        return text(sql).bindparams(bindparam("lease_run", type_=JSONB))

    def hold_params(self, run: dict[str, Any], session_id: str | None) -> dict[str, Any] | None:
        """The parameters of `hold_sql` for `run`, or None when there is nothing to lease (no id or session, or
        this process holds it already)."""
        run_id = run.get("run_id")
        if not run_id or not session_id or run_id in self.held:
            return None
        summary = {k: run.get(k) for k in ("agent_id", "agent_name", "team_id", "team_name", "user_id", "metadata")}
        summary["created_at"] = run.get("created_at") or int(time.time())
        return {"lease_run_id": run_id, "lease_session_id": session_id, "lease_owner": self.owner,
                "lease_for": self.lease, "lease_run": summary}

    def hold(self, conn: Connection, run: dict[str, Any], session_id: str | None) -> None:
        """Lease `run` to this process (in the caller's transaction)."""
        params = self.hold_params(run, session_id)
        if params is not None:
            conn.execute(self._hold, params)
            self.note(params["lease_run_id"], held=True)

    def release(self, conn: Connection, run_id: str) -> None:
        """The run settled or paused: nobody needs to fail it (in the caller's transaction)."""
        conn.execute(self._release, {"lease_run_id": run_id})
        self.note(run_id, held=False)

    def note(self, run_id: str, held: bool) -> None:
        """`hold_sql` or `release_sql` for `run_id` ran (here or in another statement)."""
        if held:
            self.held.add(run_id)
        else:
            self.held.discard(run_id)

    def renew(self, engine: Engine) -> None:
        with engine.begin() as conn:
            conn.execute(
                update(self.table).where(self.table.c.owner == self.owner).values(lease_until=func.now() + self.lease)
            )

    def claim_expired(self, engine: Engine, limit: int = 20) -> list[dict[str, Any]]:
        """Take over runs whose owner stopped renewing. The claim is a lease under another owner name, which
        `renew` never extends: if failing them goes wrong here, they expire again and anyone retries."""
        expired = (
            select(self.table.c.run_id, self.table.c.owner)
            .where(self.table.c.lease_until < func.now())
            .order_by(self.table.c.lease_until)
            .limit(limit)
            .with_for_update(skip_locked=True)
            .cte("expired")
        )
        with engine.begin() as conn:
            rows = conn.execute(
                update(self.table)
                .where(self.table.c.run_id == expired.c.run_id)
                .values(owner=f"reconciler {self.owner}", lease_until=func.now() + self.lease)
                .returning(*self.table.c, expired.c.owner.label("dead_owner"))
            ).all()
        return [dict(row._mapping) for row in rows]

    def drop(self, engine: Engine, run_id: str) -> None:
        with engine.begin() as conn:
            self.release(conn, run_id)


class RunReconciler:
    """Renews this process's leases and fails the runs of dead processes (any replica, one at a time each).
    Leased work (agents/workers.py): claims expired run leases, a batch at a time, and fails them in order."""

    name = "run reconciler"

    def __init__(self, engine: Engine, agno_db: Any, leases: RunLeases) -> None:
        self.engine = engine
        self.agno_db = agno_db  # HyvvePostgresDb: storing a run announces it
        self.leases = leases

    async def run(self, stop: asyncio.Event) -> None:
        # Renew (and look for runs whose owner died) every quarter of a lease; nobody wakes it sooner.
        period = self.leases.lease.total_seconds() / 4
        await run_leased(self, stop, Wakeup(), poll_seconds=period, batch=CLAIM_BATCH)

    async def between(self, holding: bool) -> None:
        await asyncio.to_thread(self.leases.renew, self.engine)

    def claim(self, limit: int) -> list[dict[str, Any]]:
        # A team's run first: a member run agno never stored is then stored in the team's session.
        return sorted(self.leases.claim_expired(self.engine, limit), key=lambda c: not c["run"].get("team_id"))

    async def handle(self, job: dict[str, Any]) -> None:
        await self.fail(job)

    async def fail(self, claimed: dict[str, Any]) -> None:
        run_id = claimed["run_id"]
        run = await asyncio.to_thread(self._store_failed_for_its_workspace, claimed)
        if run is not None:
            log.warning("run %s failed: its process (%s) stopped renewing its lease", run_id, claimed["dead_owner"])
            await _end_live_stream(run)
        await asyncio.to_thread(self.leases.drop, self.engine, run_id)

    def _store_failed_for_its_workspace(self, claimed: dict[str, Any]) -> dict[str, Any] | None:
        """As the run's own workspace (its recorded `<workspace>:<user>`): its events are that workspace's rows."""
        owner = claimed["run"].get("user_id")
        workspace = (parse_owner(owner) or (str(owner or ""), ""))[0]  # no colon: the whole id (as it always was)
        with workspace_scope(workspace) if workspace else operator_scope():
            return self._store_failed(claimed)

    def _store_failed(self, claimed: dict[str, Any]) -> dict[str, Any] | None:
        """Store the run as ERROR unless it is no longer in flight; returns what was stored."""
        stored = self.agno_db.get_run(claimed["run_id"], deserialize=False)
        if stored is not None:
            if status_of(stored.get("status")) not in IN_FLIGHT:
                return None  # settled or paused meanwhile: its write just missed the lease
            run, session_id, user_id = dict(stored["run_data"]), stored["session_id"], stored.get("user_id")
        else:  # a foreground run: agno stores it only at its end, so there is only our record of it
            run = {**claimed["run"], "run_id": claimed["run_id"], "session_id": claimed["session_id"]}
            session_id, user_id = claimed["session_id"], claimed["run"].get("user_id")
            session = self.agno_db.get_session(session_id, deserialize=False, runs_limit=0)
            if not run.get("team_id") and session is not None and session.get("session_type") == "team":
                # A team member's run: the team's failed run (failed first) stands for it in the session;
                # only its own `agent.run.started` still needs its end.
                run.update(status=RunStatus.error.value, content=REASON)
                self.agno_db.run_events.announce("failed", run, user_id)
                return run
            if session is None:
                self._ensure_session(run, session_id, user_id)
        run.update(status=RunStatus.error.value, content=REASON)
        self.agno_db.upsert_run(run, session_id, user_id=user_id)
        return run

    def _ensure_session(self, run: dict[str, Any], session_id: str, user_id: str | None) -> None:
        """agno's runs belong to a session; a run that crashed in its first turn may have none stored."""
        now = int(time.time())
        if run.get("team_id"):
            session: Any = TeamSession(session_id=session_id, team_id=run["team_id"], user_id=user_id, created_at=now)
        else:
            session = AgentSession(session_id=session_id, agent_id=run.get("agent_id"), user_id=user_id, created_at=now)
        self.agno_db.insert_session_if_absent(session)


async def _end_live_stream(run: dict[str, Any]) -> None:
    """A client following the run (agno's /resume, the bridge's /stream) sees it end in error."""
    try:
        events = get_event_stream()
        if await events.get_run_status(run["run_id"]) is None:
            return
        ids = {"run_id": run["run_id"], "session_id": run.get("session_id") or "", "content": REASON}
        if run.get("team_id") and not run.get("agent_id"):
            event: Any = TeamRunErrorEvent(**ids, team_id=run["team_id"], team_name=run.get("team_name") or "")
        else:
            event = RunErrorEvent(**ids, agent_id=run.get("agent_id") or "", agent_name=run.get("agent_name") or "")
        await events.add_event(run["run_id"], event)
        await events.complete_run(run["run_id"], RunStatus.error)
    except Exception:  # the stored run is what counts; a live stream also expires on its own
        log.exception("ending the live stream of run %s failed", run["run_id"])
