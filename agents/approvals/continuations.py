"""Decided approvals continue their runs: claimed by any replica under a lease, up to `concurrency` at once.

Claiming is `FOR UPDATE SKIP LOCKED` on the ledger plus a lease (`lease_until`) the process renews every
third of it while it lives: exactly one process continues a decided approval; if it dies mid-way, the
lease runs out and another replica (or the restarted one) takes over, however long the run itself takes.
A decision made in a process with a free slot takes the lease in its own transaction and hands the job to
this worker as it commits (decisions.py `Continuations`): the run continues at once, without a claim.
A replica claims only as many as it has free slots, so decisions spread over replicas, and a slow model
call holds up one continuation, not the queue behind it. The continued run uses agno's database from
worker threads (agents/database/agno_db.py `ThreadedAgnoDb`), so continuations do not hold the event loop.
Before continuing, the decision is written to agno's own approval record, whose gate then confirms or
rejects the paused tool call; the tool itself runs at most once (agents/teams/actions.py). A member's
pause inside a team continues the team's run.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from opentelemetry import trace
from sqlalchemy import Engine, select, update
from sqlalchemy.sql import func

from agno.run.base import RunStatus

from agents.approvals.decisions import GRANTED, Continuations, DecisionService
from agents.approvals.pauses import PauseRecorder
from agents.database import tenant
from agents.database.agno_db import AgnoStore, HyvvePostgresDb
from agents.database.tables import ServiceTables
from agents.observability.context import set_request_context
from agents.runs.scope import RunScope
from agents.teams.registry import AGENTS, TEAMS
from agents.workers import run_leased

log = logging.getLogger(__name__)
_tracer = trace.get_tracer(__name__)

MAX_ATTEMPTS = 3
Component = Any  # an agno Agent or Team
# ("agent" | "team", id, workspace id, business id) -> a fresh component built for that workspace's models
ComponentBuilder = Callable[[str, str, str, str | None], Awaitable[Component | None]]


class ContinuationWorker:
    """Leased work (agents/workers.py): claim decided approvals, continue each run, renew, sweep."""

    name = "continuation worker"

    def __init__(
        self,
        engine: Engine,
        tables: ServiceTables,
        agno_db: HyvvePostgresDb,
        build: ComponentBuilder,
        decisions: DecisionService,
        recorder: PauseRecorder,
        expiry_grace_hours: float,
        here: Continuations,
    ) -> None:
        self.engine = engine
        self.tables = tables
        self.agno_db = agno_db
        self.agno_store = AgnoStore(engine, tables.schema)
        self.build = build
        self.decisions = decisions
        self.recorder = recorder
        self.expiry_grace_hours = expiry_grace_hours
        self.here = here  # its slots (shared with the decisions made here), its lease and owner name
        self.lease = here.lease
        self.owner = here.owner  # this process as a lease holder (process_owner()); its action ledger names it too
        self._last_sweep = 0.0
        self._last_renewal = 0.0

    async def run(self, stop: asyncio.Event, poll_seconds: float = 0.5) -> None:
        slots = self.here.slots
        await run_leased(self, stop, slots.wakeup, poll_seconds=poll_seconds, slots=slots)

    async def between(self, holding: bool) -> None:
        await self._renew(holding)
        await self._sweep()

    async def _renew(self, holding: bool) -> None:
        """Extend the leases of the continuations this process is running, every third of a lease."""
        if not holding or time.monotonic() - self._last_renewal < self.lease.total_seconds() / 3:
            return
        self._last_renewal = time.monotonic()
        ledger = self.tables.approvals
        statement = (
            update(ledger)
            .where(ledger.c.lease_owner == self.owner, ledger.c.continuation == "running")
            .values(lease_until=func.now() + self.lease)
        )

        @tenant.in_operator_scope  # this process's leases, in whichever workspaces
        def renew() -> None:
            with self.engine.begin() as conn:
                conn.execute(statement)

        await asyncio.to_thread(renew)

    async def _sweep(self) -> None:
        # Every few seconds: pauses recorded by agno but not by us (crash), and approvals past due.
        if time.monotonic() - self._last_sweep < 5:
            return
        self._last_sweep = time.monotonic()
        await asyncio.to_thread(self.recorder.record_missed)
        await asyncio.to_thread(self.decisions.expire_overdue, self.expiry_grace_hours)

    @tenant.in_operator_scope  # the queue spans workspaces; each claimed job then runs in its own
    def claim(self, limit: int = 1) -> list[dict[str, Any]]:
        ledger = self.tables.approvals
        claimable = (
            select(ledger.c.approval_item_id)
            .where(
                (ledger.c.continuation == "queued")
                | ((ledger.c.continuation == "running") & (ledger.c.lease_until < func.now()))
            )
            .order_by(ledger.c.decided_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        with self.engine.begin() as conn:
            rows = conn.execute(
                update(ledger)
                .where(ledger.c.approval_item_id.in_(claimable.scalar_subquery()))
                .values(**self.here.claimed(ledger))
                .returning(*ledger.c)
            ).all()
        return [dict(row._mapping) for row in rows]

    async def handle(self, job: dict[str, Any]) -> None:
        # Its own task: the spans of the continued run carry the workspace, like a request's (and the
        # `approval.*` span keeps the trace when agno's trace tables are sampled).
        set_request_context(workspace_id=job["workspace_id"], user_id=job["user_id"], correlation_id=job["correlation_id"])
        tenant.bind_workspace(job["workspace_id"])  # every transaction of the continued run: the job's workspace
        attributes = {"hyvve.approval_id": job["approval_item_id"], "agno.run_id": job["run_id"]}
        with _tracer.start_as_current_span("approval.continue", attributes=attributes):
            await self._continue_run(job)

    async def _continue_run(self, job: dict[str, Any]) -> None:
        item_id = job["approval_item_id"]
        # The component the ledger names (the paused run's own) is built while the decision is written into agno's
        # record: the workspace's model selection is a round trip of its own. A team member's pause continues its
        # team, and an onboarding team needs the run's business: then it is built again, for the run that is found.
        named = _named_component(job)
        early: asyncio.Future[Component | None] | None = (
            asyncio.ensure_future(self.build(*named, job["workspace_id"], None)) if named else None
        )
        if early is not None:
            early.add_done_callback(lambda task: task.cancelled() or task.exception())  # never an unread error
        try:
            top = await asyncio.to_thread(self._prepare, job)
            if top is None:
                await asyncio.to_thread(self._finish, job, "done")
                return
            kind, component_id, run_id, scope = top
            if early is not None and named == (kind, component_id) and scope.business_id is None:
                component = await early
            else:
                component = await self.build(kind, component_id, job["workspace_id"], scope.business_id)
            if component is None:
                raise LookupError(f"{kind} '{component_id}' is not served by this service")
            result = await component.acontinue_run(
                run_id=run_id,
                session_id=job["session_id"],
                user_id=job["agno_user_id"],
                dependencies=scope.as_dependencies(),
                metadata=scope.as_metadata(),
                additional_instructions=_decision_note(job),
                stream=False,
            )
            # agno stores the continued run; its completed/failed event is announced from there.
            log.info("approval %s: run %s continued (%s)", item_id, run_id, getattr(result, "status", None))
            await asyncio.to_thread(self._finish, job, "done")
        except Exception as exc:
            if early is not None:
                early.cancel()
            log.exception("continuing the run of approval %s failed", item_id)
            final = job["attempts"] >= MAX_ATTEMPTS
            await asyncio.to_thread(self._finish, job, "failed" if final else "queued", str(exc))

    def _prepare(self, job: dict[str, Any]) -> tuple[str, str, str, RunScope] | None:
        """Write the decision into agno's record; return the top-level paused run to continue."""
        agno_status = "approved" if job["status"] in GRANTED else "rejected"
        run = self.agno_store.resolve_and_find_run(job["agno_approval_id"], agno_status,
                                                   job["decided_by"] or job["decision_source"], job["run_id"])
        if run is None or str(run.status).upper() != RunStatus.paused.value.upper():
            log.info("approval %s: run %s is no longer paused; nothing to continue", job["approval_item_id"], job["run_id"])
            return None
        kind, component_id = ("team", run.team_id) if run.team_id else ("agent", run.agent_id)
        # The run's recorded scope, acting for the ledger's workspace and user (the approval's own).
        stored = RunScope.from_stored(run.metadata, job["agno_user_id"])
        scope = replace(stored, workspace_id=job["workspace_id"], user_id=job["user_id"])
        return kind, component_id, run.run_id, scope

    def _finish(self, job: dict[str, Any], state: str, error: str | None = None) -> None:
        ledger = self.tables.approvals
        with self.engine.begin() as conn:
            conn.execute(
                update(ledger)
                .where(ledger.c.approval_item_id == job["approval_item_id"], ledger.c.lease_owner == self.owner)
                .values(continuation=state, last_error=error[:2000] if error else None, lease_until=None)
            )
        if state == "failed" and self.agno_db.run_events is not None:
            failed = {"run_id": job["run_id"], "agent_id": job["agent_id"], "content": f"continuation failed: {error}"}
            self.agno_db.run_events.announce("failed", failed, job["agno_user_id"])


def _named_component(job: dict[str, Any]) -> tuple[str, str] | None:
    """("agent" | "team", id) of the component the ledger names for a pause, if this service serves it."""
    name = job.get("agent_id")
    if name in AGENTS:
        return "agent", name
    if name in TEAMS:
        return "team", name
    return None


def _decision_note(job: dict[str, Any]) -> str | None:
    if job["status"] in GRANTED:
        return None
    why = job["decision_notes"] or "no reason given"
    return (
        f"The workspace's reviewer did not approve the '{job['tool_name']}' action ({job['status']}: {why}). "
        "It was not carried out. Tell the user plainly and do not retry it."
    )
