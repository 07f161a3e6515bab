"""Decisions on approval items, from HTTP or the event bus, applied exactly once.

The decision is one compare-and-set on our ledger row (`status = 'pending'` -> the decision) in the same
transaction as the `approval_items` update and the outbox events. Whatever arrives second, third or
twentieth (a double click, the event NestJS publishes for a decision made here, another replica
consuming the same event) finds the row decided and changes nothing. The winning decision also claims the
run's continuation for this process when its continuation worker has a free slot (the same lease a claim
takes) and hands it over as it commits; otherwise it queues it, and a replica claims it (continuations.py).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from opentelemetry import trace
from sqlalchemy import Engine, Table, select, text, update
from sqlalchemy.sql import func

from agents.database import tenant
from agents.database.tables import ServiceTables
from agents.events.envelope import iso_utc, make_event
from agents.events.outbox import enqueue
from agents.observability.metrics import METERS
from agents.workers import Slots, utc_now_naive

log = logging.getLogger(__name__)
_tracer = trace.get_tracer(__name__)

# Ledger status -> approval_items.status (HYVVE has no `expired` status; expiry is a cancellation).
ITEM_STATUS = {"approved": "approved", "rejected": "rejected", "cancelled": "cancelled", "expired": "cancelled"}
GRANTED = {"approved", "auto_approved"}

_ITEM_SQL = text(
    "SELECT title, confidence_score, assigned_to_id, preview_data -> 'arguments' AS arguments FROM approval_items"
    " WHERE id = :id"
)
_RESOLVE_ITEM_SQL = text(
    """
    UPDATE approval_items
    SET status = :status, resolved_at = :now, resolved_by_id = :by, resolution = CAST(:resolution AS jsonb),
        updated_at = :now
    WHERE id = :id AND status = 'pending'
    """
)


_ITEM_EXISTS_SQL = text("SELECT 1 FROM approval_items WHERE id = :id")


class ApprovalItemUnreachable(RuntimeError):
    """The ledger has the approval but HYVVE's item cannot be seen: a missing grant or tenant, never normal."""


@dataclass(frozen=True)
class Outcome:
    changed: bool
    ledger: dict[str, Any] | None  # None: no such approval (in this workspace)


@dataclass(frozen=True)
class Continuations:
    """This process's continuation worker, as decisions made here reach it: its slots, and the lease under
    which it holds a claimed continuation (agents/approvals/continuations.py claims with the same columns)."""

    slots: Slots
    owner: str  # this process as a lease holder (workers.process_owner())
    lease: timedelta

    def claimed(self, ledger: Table) -> dict[str, Any]:
        """The ledger columns of a continuation claimed by this process."""
        return {"continuation": "running", "lease_owner": self.owner, "lease_until": func.now() + self.lease,
                "attempts": ledger.c.attempts + 1}


class DecisionService:
    def __init__(self, engine: Engine, tables: ServiceTables, continuations: Continuations) -> None:
        self.engine = engine
        self.tables = tables
        self.continuations = continuations

    def decide(
        self,
        item_id: str,
        status: str,
        decided_by: str | None,
        notes: str | None,
        source: str,
        workspace_id: str | None = None,
    ) -> Outcome:
        """Decide `item_id` in `workspace_id` (the verified caller's, or the event's tenant); None only for an
        operator, whose decision acts in the workspace the ledger recorded."""
        assert status in ITEM_STATUS, status
        if workspace_id is None:
            workspace_id = self._recorded_workspace(item_id)
            if workspace_id is None:
                return Outcome(False, None)
        # A free slot of this process's worker: the decision claims the continuation for it (no claim round
        # trip, no wait for the worker's next turn); none free, the continuation is queued for any replica.
        slots = self.continuations.slots
        here = slots.reserve() == 1
        try:
            outcome = self._decide(item_id, workspace_id, status, decided_by, notes, source, here)
        except BaseException:
            if here:
                slots.release()
            raise
        if not outcome.changed:
            if here:
                slots.release()  # another decision came first: nothing was claimed
            return outcome
        log.info("approval %s %s by %s (%s)", item_id, status, decided_by, source)
        METERS.approvals.add(1, {"outcome": status, "source": source})
        assert outcome.ledger is not None
        if here:
            slots.hand(outcome.ledger)
        else:
            slots.wakeup.notify()  # queued: the worker claims it with the next slot to free up (or another replica)
        return outcome

    def _decide(self, item_id: str, workspace_id: str, status: str, decided_by: str | None, notes: str | None,
                source: str, claim: bool) -> Outcome:
        """The ledger's compare-and-set with HYVVE's item and the events, in one transaction; with `claim`, the
        continuation is leased to this process."""
        ledger = self.tables.approvals
        scope = [ledger.c.approval_item_id == item_id, ledger.c.workspace_id == workspace_id]
        span = _tracer.start_as_current_span("approval.decision", attributes={"hyvve.approval_id": item_id,
                                                                               "hyvve.decision": status, "hyvve.source": source})
        with span, tenant.workspace_scope(workspace_id), self.engine.begin() as conn:
            row = conn.execute(
                update(ledger)
                .where(*scope, ledger.c.status == "pending")
                .values(
                    status=status,
                    decided_by=decided_by,
                    decided_at=func.now(),
                    decision_notes=notes,
                    decision_source=source,
                    **(self.continuations.claimed(ledger) if claim else {"continuation": "queued"}),
                )
                .returning(*ledger.c)
            ).first()
            if row is None:
                current = conn.execute(select(ledger).where(*scope)).first()
                return Outcome(False, dict(current._mapping) if current else None)
            decided = dict(row._mapping)
            now = utc_now_naive()
            resolution = {"decision": status, "notes": notes, "decidedBy": decided_by, "source": source}
            resolved = conn.execute(
                _RESOLVE_ITEM_SQL,
                {"id": item_id, "status": ITEM_STATUS[status], "now": now, "by": decided_by,
                 "resolution": json.dumps(resolution)},
            ).rowcount
            if not resolved and conn.execute(_ITEM_EXISTS_SQL, {"id": item_id}).first() is None:
                # RLS hides the item (or it is gone): fail the decision rather than leave HYVVE's item pending.
                raise ApprovalItemUnreachable(f"approval item {item_id} is not visible in its workspace")
            self._announce(conn, decided, source, notes)
        return Outcome(True, decided)

    def _announce(self, conn: Any, decided: dict[str, Any], source: str, notes: str | None) -> None:
        workspace_id, user_id, status = decided["workspace_id"], decided["user_id"], decided["status"]
        item = conn.execute(_ITEM_SQL, {"id": decided["approval_item_id"]}).first()
        confirmation = {
            "runId": decided["run_id"],
            "agentId": decided["agent_id"],
            "confirmationId": decided["approval_item_id"],
            "toolName": decided["tool_name"],
            "toolArgs": (item.arguments if item is not None else None) or {},
            "decision": status,
            "message": notes or f"{decided['tool_name']} {status}",
        }
        kind = "agent.confirmation.granted" if status in GRANTED else "agent.confirmation.denied"
        events = [make_event(kind, workspace_id, user_id, confirmation, decided["correlation_id"])]
        # Decisions made here (not in NestJS) are announced as HYVVE approval events too.
        # With HYVVE's payloads (packages/shared/src/types/events.ts): a decision, or an expiry's due time.
        if source in ("http", "expiry"):
            item_event: dict[str, Any] = {
                "approvalId": decided["approval_item_id"],
                "type": "agent_action",
                "title": item.title if item is not None else f"{decided['tool_name']} {status}",
            }
            if status == "expired":
                item_event |= {"dueAt": iso_utc(decided["due_at"]),
                               "assignedToId": item.assigned_to_id if item is not None else None}
            else:
                item_event |= {"decision": status, "decidedById": decided["decided_by"], "decisionNotes": notes,
                               "confidenceScore": item.confidence_score if item is not None else 0}
            kind = f"approval.item.{status}"
            # An expiry has no decider: the event is about the user the run acts for.
            events.append(make_event(kind, workspace_id, decided["decided_by"] or user_id, item_event))
        enqueue(conn, self.tables, *events)

    def _recorded_workspace(self, item_id: str) -> str | None:
        if tenant.current_tenant() != tenant.ALL_WORKSPACES:
            return None  # only an operator decides without naming the workspace
        ledger = self.tables.approvals
        with self.engine.connect() as conn:
            return conn.execute(
                select(ledger.c.workspace_id).where(ledger.c.approval_item_id == item_id)
            ).scalar()

    def expire_overdue(self, grace_hours: float) -> int:
        """Pending approvals past `due_at` + grace end their runs instead of dangling forever."""
        ledger = self.tables.approvals
        with tenant.operator_scope(), self.engine.connect() as conn:  # due approvals of every workspace
            overdue = conn.execute(
                select(ledger.c.approval_item_id, ledger.c.workspace_id)
                .where(
                    ledger.c.status == "pending",
                    ledger.c.due_at < func.now() - func.make_interval(0, 0, 0, 0, 0, 0, grace_hours * 3600),
                )
                .limit(50)
            ).all()
        return sum(
            self.decide(item_id, "expired", None, "No decision before the approval's due time", "expiry", workspace_id).changed
            for item_id, workspace_id in overdue
        )
