"""`agent.run.started|completed|failed` on HYVVE's bus, once per run.

`started` comes from a pre-hook every agent and team carries; `completed`/`failed` from the moment agno
stores a run in that state (our database adapter's `upsert_run`). A once-marker per (run, kind) makes
each event once-only, however often agno stores the run; the events go through the outbox. A settled
run is metered (agents/providers/metering.py) in the same transaction, so also exactly once.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine

from agno.run import RunContext

from agents.database.tables import ServiceTables, first_time
from agents.events.envelope import make_event
from agents.events.outbox import enqueue
from agents.observability.metrics import METERS
from agents.providers.metering import UsageMeter

log = logging.getLogger(__name__)

SETTLED = {"COMPLETED": "completed", "ERROR": "failed"}


class RunEventRecorder:
    def __init__(self, engine: Engine, tables: ServiceTables, meter: UsageMeter | None = None) -> None:
        self.engine = engine
        self.tables = tables
        self.meter = meter

    def announce(self, kind: str, run: dict[str, Any], agno_user_id: str | None) -> None:
        workspace_id, _, user_id = str(agno_user_id or "").partition(":")
        if not workspace_id or not run.get("run_id"):
            return  # an operator's run outside any workspace
        component_id = run.get("team_id") or run.get("agent_id")
        data: dict[str, Any] = {
            "runId": run["run_id"],
            "agentId": component_id,
            "agentName": run.get("team_name") or run.get("agent_name") or component_id,
            "triggeredBy": "user" if user_id and user_id != "service" else "system",
        }
        if kind == "started":
            data["input"] = str(run.get("input") or "")[:2000]
        elif kind == "completed":
            data["output"] = str(run.get("content") or "")[:4000]
            metrics = run.get("metrics") or {}
            data["durationMs"] = int(float(metrics.get("duration") or 0) * 1000)
            data["tokensUsed"] = metrics.get("total_tokens")
        else:
            data["error"] = str(run.get("content") or "the run failed")[:2000]
        metadata = run.get("metadata") or {}
        with self.engine.begin() as conn:
            if not first_time(conn, self.tables, f"run:{run['run_id']}:{kind}"):
                return
            event = make_event(f"agent.run.{kind}", workspace_id, user_id, data, metadata.get("correlation_id"))
            enqueue(conn, self.tables, event)
            if kind != "started" and self.meter is not None:
                self.meter.meter(conn, run, workspace_id, user_id)
        if kind != "started":
            METERS.run_finished(run, kind)

    def settled(self, run: Any, user_id: str | None) -> None:
        """Called whenever agno stores a run: announce it once it completed or failed."""
        as_dict = run if isinstance(run, dict) else run.to_dict()
        status = str(as_dict.get("status") or "").upper().removeprefix("RUNSTATUS.")
        kind = SETTLED.get(status)
        if kind is not None:
            self.announce(kind, as_dict, user_id or as_dict.get("user_id"))


def announce_run_started(run_context: RunContext, agent: Any = None, team: Any = None, run_input: Any = None) -> None:
    """Pre-hook on every agent and team: the run has started."""
    component = team or agent
    recorder = getattr(getattr(component, "db", None), "run_events", None)
    if recorder is None:
        return
    try:
        recorder.announce(
            "started",
            {
                "run_id": run_context.run_id,
                "agent_id": getattr(component, "id", None),
                "agent_name": getattr(component, "name", None),
                "input": getattr(run_input, "input_content", run_input),
                "metadata": run_context.metadata,
            },
            run_context.user_id,
        )
    except Exception:  # events never fail a run
        log.exception("announcing run %s failed", run_context.run_id)
