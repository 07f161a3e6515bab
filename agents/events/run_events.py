"""`agent.run.started|completed|failed` on HYVVE's bus, once per run.

`started` comes from a pre-hook every agent and team carries. Its write runs in a thread beside the model call
rather than before it (the model's first token does not wait for the database); every later write of the run
(its events, its lease) waits for it, so HYVVE hears `started` first and a lease is never released before it is
taken. `completed`/`failed` come from the moment agno stores a run in that state (our database adapter's
`upsert_run`, which agno calls on the event loop, so that write is one short transaction). A once-marker
per (run, kind) makes each event once-only, however often agno stores the run; marker and outbox row are
one statement. A settled run is metered (agents/providers/metering.py) in the same transaction, so also
exactly once, and before agno answers the request. The same transactions lease a run in flight to this
process and release it (agents/runs/reconciler.py fails the runs of processes that died).
"""

from __future__ import annotations

import contextvars
import json
import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, Engine, text

from agno.run import RunContext

from agents.database.tables import ServiceTables
from agents.events.envelope import MAIN_STREAM, make_event
from agents.observability.metrics import METERS
from agents.providers.metering import UsageMeter
from agents.runs.reconciler import IN_FLIGHT, RunLeases, status_of
from agents.runs.scope import parse_owner

log = logging.getLogger(__name__)

SETTLED = {"COMPLETED": "completed", "ERROR": "failed"}


class RunEventRecorder:
    def __init__(
        self, engine: Engine, tables: ServiceTables, meter: UsageMeter | None = None, leases: RunLeases | None = None
    ) -> None:
        self.engine = engine
        self.tables = tables
        self.meter = meter
        self.leases = leases  # a run in flight is leased to this process in the same transactions
        # `started` writes in flight, by run id. Their own threads: a later write of the run blocks on one
        # (on the event loop), so it must never queue behind work that needs the loop.
        self._starting: dict[str, Future[None]] = {}
        self._starting_lock = threading.Lock()
        self._starter = ThreadPoolExecutor(max_workers=4, thread_name_prefix="run-started")
        schema = tables.metadata.schema
        # first_time() and enqueue() (agents/database/tables.py, agents/events/outbox.py) in one round trip:
        # the event row is written only if the marker is new. The run's lease rides along (taken as it starts,
        # dropped as it settles): a data-modifying CTE runs whether or not the marker is new.
        once_enqueue = f"""marker AS (
                INSERT INTO "{schema}".{tables.once.name} (key) VALUES (:key) ON CONFLICT DO NOTHING RETURNING key)
            INSERT INTO "{schema}".{tables.outbox.name} (stream, event)
            SELECT :stream, CAST(:event AS jsonb) FROM marker RETURNING id"""
        self._once_enqueue = text(f"WITH {once_enqueue}")
        if leases is not None:
            self._hold_once_enqueue = leases.with_hold(f"WITH lease AS ({leases.hold_sql}), {once_enqueue}")
            self._release_once_enqueue = text(f"WITH lease AS ({leases.release_sql}), {once_enqueue}")

    def announce_started(self, run: dict[str, Any], agno_user_id: str | None) -> None:
        """Announce (and lease) a run that starts now, in the background: returns at once. The request's
        context goes with it (its tenant for row-level security, its trace)."""
        run_id = run.get("run_id")
        if not run_id:
            return
        context = contextvars.copy_context()
        with self._starting_lock:
            future = self._starter.submit(context.run, self.announce, "started", run, agno_user_id)
            self._starting[run_id] = future
        future.add_done_callback(lambda done: self._started(run_id, done))

    def _started(self, run_id: str, done: Future[None]) -> None:
        with self._starting_lock:
            if self._starting.get(run_id) is done:
                del self._starting[run_id]
        if (error := done.exception()) is not None:  # events never fail a run
            log.error("announcing run %s failed", run_id, exc_info=error)

    def wait_until_started(self, run_id: str | None) -> None:
        """Block until the run's `started` write, if one is in flight, has committed (or failed: logged)."""
        with self._starting_lock:
            future = self._starting.get(run_id or "")
        if future is not None:
            future.exception()  # waits; the outcome is logged by _started

    def announce(self, kind: str, run: dict[str, Any], agno_user_id: str | None) -> None:
        # Without a colon the whole id is taken as the workspace (as it always was here).
        workspace_id, user_id = parse_owner(agno_user_id) or (str(agno_user_id or ""), "")
        if not run.get("run_id"):
            return
        if kind != "started":
            self.wait_until_started(run["run_id"])
        if not workspace_id:  # an operator's run outside any workspace: no event, but leased all the same
            if self.leases is not None:
                with self.engine.begin() as conn:
                    self._lease(conn, kind, run)
            return
        component_id = run.get("team_id") or run.get("agent_id")
        data: dict[str, Any] = {
            "runId": run["run_id"],
            "agentId": component_id,
            "agentName": run.get("team_name") or run.get("agent_name") or component_id,
            "triggeredBy": "user" if user_id and user_id != "service" else "system",
        }
        # HYVVE's schemas (packages/shared/src/schemas/events.ts): `input` and `output` are objects, and a run
        # that completed or failed says how long it took.
        metrics = run.get("metrics") or {}
        if kind == "started":
            data["input"] = {"message": _text(run.get("input"))[:2000]}
        else:
            data["durationMs"] = _duration_ms(run)  # for a run whose process died: the time since it began
        if kind == "completed":
            data["output"] = {"content": _text(run.get("content"))[:4000]}
            data["tokensUsed"] = metrics.get("total_tokens")  # left out when the model reported none
        elif kind == "failed":
            data["error"] = _text(run.get("content"))[:2000] or "the run failed"
        metadata = run.get("metadata") or {}
        event = make_event(f"agent.run.{kind}", workspace_id, user_id, data, metadata.get("correlation_id"))
        with self.engine.begin() as conn:
            if not self._first(conn, f"run:{run['run_id']}:{kind}", event, kind, run):
                return
            if kind != "started" and self.meter is not None:
                self.meter.meter(conn, run, workspace_id, user_id)
        if kind != "started":
            METERS.run_finished(run, kind)

    def _lease(self, conn: Connection, kind: str, run: dict[str, Any]) -> None:
        assert self.leases is not None
        if kind == "started":
            self.leases.hold(conn, run, run.get("session_id"))
        else:
            self.leases.release(conn, run["run_id"])

    def _first(self, conn: Connection, key: str, event: dict[str, Any], kind: str, run: dict[str, Any]) -> bool:
        """Record `key` and enqueue `event`, only if `key` is new; True then. Takes the run's lease (`kind`
        started) or drops it (settled) in the same statement, new key or not."""
        params: dict[str, Any] = {"key": key, "stream": MAIN_STREAM, "event": json.dumps(event)}
        statement, leased = self._once_enqueue, None
        if self.leases is not None and kind == "started":
            lease = self.leases.hold_params(run, run.get("session_id"))
            if lease is not None:
                statement, params, leased = self._hold_once_enqueue, params | lease, True
        elif self.leases is not None:
            statement, params, leased = self._release_once_enqueue, params | {"lease_run_id": run["run_id"]}, False
        enqueued = conn.execute(statement, params).first() is not None
        if self.leases is not None and leased is not None:
            self.leases.note(run["run_id"], held=leased)
        return enqueued

    def settled(self, run: Any, user_id: str | None, session_id: str | None = None) -> None:
        """Called whenever agno stores a run: announce it once it completed or failed; lease it to this
        process while it is in flight (agents/runs/reconciler.py), release it once paused or cancelled."""
        self.wait_until_started(run.get("run_id") if isinstance(run, dict) else run.run_id)
        status = status_of(run.get("status") if isinstance(run, dict) else run.status)
        kind = SETTLED.get(status)
        if kind is not None:
            as_dict = run if isinstance(run, dict) else _summary(run)
            self.announce(kind, as_dict, user_id or as_dict.get("user_id"))
        elif self.leases is not None:
            run_id = run.get("run_id") if isinstance(run, dict) else run.run_id
            if status in IN_FLIGHT and run_id in self.leases.held:
                return  # agno stores a run many times while it runs: no write for those
            self.lease_stored(status, run if isinstance(run, dict) else _summary(run), session_id)

    def lease_stored(self, status: str, run: dict[str, Any], session_id: str | None) -> None:
        """agno stored a run as `status` outside a settling write: keep its lease in step."""
        assert self.leases is not None
        self.wait_until_started(run.get("run_id"))
        if status in IN_FLIGHT:
            if run.get("run_id") not in self.leases.held:
                with self.engine.begin() as conn:
                    self.leases.hold(conn, run, session_id)
        elif status and run.get("run_id"):  # paused (waiting for a decision is not orphaned), cancelled, ...
            with self.engine.begin() as conn:
                self.leases.release(conn, run["run_id"])


def _duration_ms(run: dict[str, Any]) -> int:
    """agno's measured duration; for a run that never finished (its process died), the time since it began."""
    duration = float((run.get("metrics") or {}).get("duration") or 0)
    if not duration and run.get("created_at"):
        duration = max(0.0, time.time() - float(run["created_at"]))
    return int(duration * 1000)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, default=str)


def _summary(run: Any) -> dict[str, Any]:
    """What announcing and metering read of agno's RunOutput/TeamRunOutput, as `to_dict()` has it, without
    serialising its messages and events (agno stores a run several times per run)."""
    content, metrics = run.content, run.metrics
    if isinstance(content, BaseModel):
        content = content.model_dump(exclude_none=True, mode="json")
    return {
        "run_id": run.run_id, "session_id": run.session_id, "user_id": run.user_id,
        "agent_id": getattr(run, "agent_id", None), "agent_name": getattr(run, "agent_name", None),
        "team_id": getattr(run, "team_id", None), "team_name": getattr(run, "team_name", None),
        "content": content, "metadata": run.metadata, "model": run.model, "model_provider": run.model_provider,
        "metrics": metrics.to_dict() if hasattr(metrics, "to_dict") else metrics,
        "created_at": getattr(run, "created_at", None),
    }


async def announce_run_started(
    run_context: RunContext, agent: Any = None, team: Any = None, run_input: Any = None
) -> None:
    """Pre-hook on every agent and team: the run has started. The write goes on beside the model call
    (RunEventRecorder.announce_started). (agno awaits async hooks in `arun`, the only way the service runs them;
    a sync `run()` would skip it with a warning.)"""
    component, kind = (team, "team") if team is not None else (agent, "agent")
    recorder = getattr(getattr(component, "db", None), "run_events", None)
    if recorder is None:
        return
    try:
        recorder.announce_started(
            {
                "run_id": run_context.run_id,
                "session_id": run_context.session_id,
                "user_id": run_context.user_id,
                f"{kind}_id": getattr(component, "id", None),
                f"{kind}_name": getattr(component, "name", None),
                "input": getattr(run_input, "input_content", run_input),
                # A copy: the write reads it while the run goes on.
                "metadata": dict(run_context.metadata) if run_context.metadata else run_context.metadata,
            },
            run_context.user_id,
        )
    except Exception:  # events never fail a run
        log.exception("announcing run %s failed", run_context.run_id)
