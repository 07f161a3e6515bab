"""A run paused on a `requires_confirmation` tool becomes a HYVVE approval item.

agno writes its own approval record (`agno_approvals`) when a run pauses on an `@approval` tool; our
database adapter (agents/database/agno_db.py) hooks that write and, in one transaction of ours, inserts the HYVVE `approval_items`
row (as HYVVE's router would), our ledger row, and the outbox events. If the process dies between
agno's write and ours, the reconciler (`record_missed`) finds agno records without a ledger row.
At or above the workspace's auto-approve threshold the item is `auto_approved` and queued to continue,
unless the action leaves the platform (assessment.py): those always wait for a human.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC
from typing import Any

from opentelemetry import trace
from sqlalchemy import Connection, Engine, text
from sqlalchemy.dialects.postgresql import insert

from agents.approvals.assessment import assess, redact, review_type
from agents.database import tenant
from agents.database.agno_db import AgnoStore
from agents.database.tables import ServiceTables
from agents.events.envelope import iso_utc, make_event
from agents.events.outbox import enqueue
from agents.observability.context import request_context
from agents.observability.metrics import METERS
from agents.runs.scope import owner_id, parse_owner
from agents.workers import utc_now_naive

log = logging.getLogger(__name__)
_tracer = trace.get_tracer(__name__)

DEFAULT_AUTO_APPROVE, DEFAULT_QUICK_REVIEW = 85, 60

# What the item needs from HYVVE's tables, in one round trip: the workspace's thresholds (none: the defaults), the
# requester's role now, as the credential check reads it (an ex-member's run scores as no member), and the
# assignee (the owner, else the longest-standing admin).
_WORKSPACE_SQL = text(
    """
    SELECT
        (SELECT auto_approve_threshold FROM workspace_settings WHERE workspace_id = :ws) AS auto_at,
        (SELECT quick_review_threshold FROM workspace_settings WHERE workspace_id = :ws) AS quick_at,
        (SELECT m.role FROM workspace_members m JOIN workspaces w ON w.id = m.workspace_id
         WHERE m.workspace_id = :ws AND m.user_id = :user AND m.accepted_at IS NOT NULL AND w.deleted_at IS NULL)
            AS role,
        (SELECT user_id FROM workspace_members
         WHERE workspace_id = :ws AND role IN ('owner', 'admin') AND accepted_at IS NOT NULL
         ORDER BY CASE role WHEN 'owner' THEN 0 ELSE 1 END, accepted_at, id
         LIMIT 1) AS assignee
    """
)
_INSERT_ITEM_SQL = text(
    """
    INSERT INTO approval_items (
        id, workspace_id, type, title, description, confidence_score, confidence_factors,
        ai_recommendation, ai_reasoning, preview_data, related_entities, source_module, source_id,
        status, priority, requested_by, assigned_to_id, due_at, resolved_at, resolution, created_at, updated_at
    ) VALUES (
        :id, :workspace_id, 'agent_action', :title, :description, :score, CAST(:factors AS jsonb),
        :recommendation, :reasoning, CAST(:preview AS jsonb), CAST(:related AS jsonb), 'agentos', :run_id,
        :status, :priority, :requested_by, :assignee, :due_at, :resolved_at, CAST(:resolution AS jsonb),
        :now, :now
    )
    """
)


class PauseRecorder:
    def __init__(self, engine: Engine, tables: ServiceTables, on_auto_approved: Callable[[], None]) -> None:
        self.engine = engine
        self.tables = tables
        self.agno_store = AgnoStore(engine, tables.schema)
        self.on_auto_approved = on_auto_approved

    def record(self, pause: dict[str, Any]) -> str | None:
        """Create the approval item for one agno approval record; idempotent per agno record."""
        owner = pause.get("user_id") or self.owner_of(pause)
        pause = {**pause, "user_id": owner}
        parsed = parse_owner(owner)
        if parsed is None or not all(parsed):
            log.warning("paused run %s has no workspace (an operator's run): no HYVVE item", pause.get("run_id"))
            return None
        workspace_id, user_id = parsed
        attributes = {"agno.run_id": str(pause.get("run_id")), "hyvve.tool": str(pause.get("tool_name"))}
        # The run's workspace (its verified `<workspace>:<user>`): HYVVE's RLS admits the item only there, and
        # refuses it loudly (an error, rolling back the ledger row too, so the reconciler tries again).
        with _tracer.start_as_current_span("approval.pause", attributes=attributes), \
                tenant.workspace_scope(workspace_id), self.engine.begin() as conn:
            item_id, auto = self._record(conn, pause, workspace_id, user_id)
        if auto:
            self.on_auto_approved()
        return item_id

    def owner_of(self, pause: dict[str, Any]) -> str | None:
        """agno leaves `user_id` out of a team's own approval records: the request or the session knows it."""
        context = request_context.get()
        if context.get("workspace_id") and context.get("user_id"):
            return owner_id(context["workspace_id"], context["user_id"])
        return self.agno_store.session_owner(pause.get("session_id"))

    def _record(self, conn: Connection, pause: dict[str, Any], workspace_id: str, user_id: str) -> tuple[str | None, bool]:
        tool_name = str(pause.get("tool_name") or "unknown_tool")
        tool_args = dict(pause.get("tool_args") or {})
        agent_name = pause.get("source_name") or pause.get("agent_id")
        workspace = conn.execute(_WORKSPACE_SQL, {"ws": workspace_id, "user": user_id}).one()
        # Both thresholds are NOT NULL in HYVVE's schema: NULL here means the workspace has no settings row.
        auto_at = DEFAULT_AUTO_APPROVE if workspace.auto_at is None else workspace.auto_at
        quick_at = DEFAULT_QUICK_REVIEW if workspace.quick_at is None else workspace.quick_at
        role, assignee = workspace.role, workspace.assignee
        found = assess(tool_name, tool_args, agent_name, role)
        review = review_type(found, auto_at, quick_at)
        auto = review == "auto"
        now = utc_now_naive()
        # The HYVVE item takes agno's approval id: the id a client sees in the pause is the one to decide.
        item_id = str(pause["id"])

        ledger = self.tables.approvals
        claimed = conn.execute(
            insert(ledger)
            .values(
                approval_item_id=item_id,
                agno_approval_id=pause["id"],
                workspace_id=workspace_id,
                user_id=user_id,
                agno_user_id=pause.get("user_id"),
                run_id=pause["run_id"],
                session_id=pause.get("session_id") or "",
                agent_id=pause.get("agent_id") or pause.get("team_id"),
                tool_name=tool_name,
                status="auto_approved" if auto else "pending",
                decided_by="auto" if auto else None,
                decided_at=now.replace(tzinfo=UTC) if auto else None,
                decision_source="auto_approve_threshold" if auto else None,
                due_at=(now + found.due_in).replace(tzinfo=UTC),
                continuation="queued" if auto else "none",
            )
            .on_conflict_do_nothing(index_elements=[ledger.c.agno_approval_id])
            .returning(ledger.c.approval_item_id)
        ).scalar()
        if claimed is None:  # recorded already (inline hook and reconciler raced)
            return None, False

        conn.execute(
            _INSERT_ITEM_SQL,
            {
                "id": item_id,
                "workspace_id": workspace_id,
                "title": found.title,
                "description": found.description,
                "score": found.score,
                "factors": json.dumps(found.factors),
                "recommendation": found.recommendation,
                "reasoning": found.preview["reason"],
                "preview": json.dumps({**found.preview, "reviewType": review}),
                "related": json.dumps(
                    {
                        "runId": pause["run_id"],
                        "sessionId": pause.get("session_id"),
                        "agentId": pause.get("agent_id"),
                        "teamId": pause.get("team_id"),
                        "agnoApprovalId": pause["id"],
                    }
                ),
                "run_id": pause["run_id"],
                "status": "auto_approved" if auto else "pending",
                "priority": found.priority,
                "requested_by": user_id,
                "assignee": assignee,
                "due_at": now + found.due_in,
                "resolved_at": now if auto else None,
                "resolution": json.dumps({"decision": "auto_approved", "threshold": auto_at}) if auto else None,
                "now": now,
            },
        )
        # The payloads HYVVE's approval router publishes (apps/api/src/approvals/services/approval-router.service.ts).
        if auto:
            kind = "approval.item.auto_approved"
            item_event = {"approvalId": item_id, "type": "agent_action", "title": found.title,
                          "decision": "auto_approved", "decidedById": "system", "confidenceScore": found.score}
        else:
            kind = "approval.item.requested"
            item_event = {
                "approvalId": item_id,
                "type": "agent_action",
                "title": found.title,
                "confidenceScore": found.score,
                "recommendation": found.recommendation,
                "assignedToId": assignee,
                "dueAt": iso_utc(now + found.due_in),
                "sourceModule": "agentos",
                "sourceId": pause["run_id"],
            }
        events = [make_event(kind, workspace_id, user_id, item_event)]
        confirmation = {
            "runId": pause["run_id"],
            "agentId": pause.get("agent_id") or pause.get("team_id"),
            "confirmationId": item_id,
            "toolName": tool_name,
            "toolArgs": redact(tool_args),
            "message": found.title,
        }
        events.append(make_event("agent.confirmation.requested", workspace_id, user_id, confirmation))
        if auto:
            granted = {**confirmation, "decision": "auto_approved"}
            events.append(make_event("agent.confirmation.granted", workspace_id, user_id, granted))
        enqueue(conn, self.tables, *events)
        log.info("approval item %s for run %s: %s (score %d)", item_id, pause["run_id"], kind, found.score)
        METERS.approvals.add(1, {"outcome": "auto_approved" if auto else "requested", "source": "pause"})
        return item_id, auto

    @tenant.in_operator_scope  # agno's records of every workspace; each is recorded in its own (record())
    def record_missed(self) -> int:
        """Record agno approval records that have no ledger row (a crash between the two writes)."""
        try:
            missed = self.agno_store.approvals_without_item()
        except Exception:  # agno creates its approvals table lazily: nothing to reconcile yet
            return 0
        return sum(1 for pause in missed if self.record(pause))
