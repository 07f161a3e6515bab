"""Sentinel (`approval`), HYVVE's approval gatekeeper: tells the workspace what waits for a human decision.

HYVVE serves it as `POST /agents/approval/runs` (upstream agents/main.py, agents/core_platform/approval_agent.py);
its model preference key is `approval-router` (agents/providers/selection.py). It reads the workspace's queue,
HYVVE's `approval_items`, straight from the database in a transaction scoped to the run's verified workspace
(RLS, agents/database/tenant.py), so it never sees another workspace's items. It decides nothing itself: a
human approves or rejects in HYVVE (NestJS `POST /approvals/:id/approve|reject`) or through this service's
`POST /approval-items/{id}/resolve` for items our runs created. HYVVE's agent also has tools that approve,
reject and request approvals through NestJS; here every state-changing tool pauses for approval on its own
(agents/approvals/), and deciding from a chat is left to HYVVE's routes.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from agno.agent import Agent
from agno.db.base import AsyncBaseDb, BaseDb
from agno.run import RunContext

from agents.database.tenant import set_tenant
from agents.events.run_events import announce_run_started
from agents.runs.scope import NOBODY, RunScope
from agents.teams.context_tools import workspace_context

if TYPE_CHECKING:
    from agents.teams.registry import Models

APPROVAL_ID = "approval"  # HYVVE's id (upstream agents/main.py `/agents/approval/runs`)

STATUSES = ("pending", "approved", "rejected", "auto_approved", "cancelled")
PRIORITIES = ("low", "medium", "high", "urgent")
_COLUMNS = ("id, type, status, title, description, confidence_score, ai_recommendation, priority, source_module, "
            "requested_by, assigned_to_id, due_at, created_at, resolved_at, resolved_by_id")
# The workspace filter repeats what RLS enforces, so a role that bypasses RLS (a developer's superuser) is walled too.
_LIST_SQL = text(
    f"SELECT {_COLUMNS} FROM approval_items WHERE workspace_id = :ws AND status = :status "
    "AND (CAST(:priority AS text) IS NULL OR priority = :priority) ORDER BY due_at, created_at LIMIT :limit"
)
_ONE_SQL = text(f"SELECT {_COLUMNS}, confidence_factors, ai_reasoning, preview_data, resolution "
                "FROM approval_items WHERE workspace_id = :ws AND id = :id")
_STATS_SQL = text(
    "SELECT status, priority, count(*) AS n, min(created_at) AS oldest, "
    "count(*) FILTER (WHERE due_at < now()) AS overdue FROM approval_items WHERE workspace_id = :ws "
    "GROUP BY status, priority"
)


class ApprovalQueue:
    """HYVVE's approval items of one workspace, read-only."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _rows(self, workspace_id: str, sql: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
        with self.engine.begin() as conn:
            set_tenant(conn, workspace_id)
            return [dict(row._mapping) for row in conn.execute(sql, {**params, "ws": workspace_id})]

    def list(self, workspace_id: str, status: str, priority: str | None, limit: int) -> list[dict[str, Any]]:
        return self._rows(workspace_id, _LIST_SQL, {"status": status, "priority": priority, "limit": limit})

    def get(self, workspace_id: str, item_id: str) -> dict[str, Any] | None:
        found = self._rows(workspace_id, _ONE_SQL, {"id": item_id})
        return found[0] if found else None

    def stats(self, workspace_id: str) -> dict[str, Any]:
        rows = self._rows(workspace_id, _STATS_SQL, {})
        pending = [r for r in rows if r["status"] == "pending"]
        by_status: dict[str, int] = {}
        for row in rows:
            by_status[row["status"]] = by_status.get(row["status"], 0) + row["n"]
        return {
            "by_status": by_status,
            "pending_by_priority": {r["priority"]: r["n"] for r in pending},
            "pending_overdue": sum(r["overdue"] for r in pending),
            "oldest_pending_created_at": min((r["oldest"] for r in pending), default=None),
        }


def _as_json(value: Any) -> str:
    def default(v: Any) -> str:
        if isinstance(v, datetime):  # Prisma's timestamp(3) columns hold UTC without an offset
            return (v if v.tzinfo else v.replace(tzinfo=UTC)).isoformat()
        return str(v)

    return json.dumps(value, default=default)[:8000]


async def _read(run_context: RunContext, what: str, read: Any, *args: Any) -> str:
    workspace_id = (RunScope.from_run_context(run_context) or NOBODY).workspace_id
    if not workspace_id:
        return "The approval queue cannot be read: this run acts for no workspace."
    try:
        return _as_json(await asyncio.to_thread(read, str(workspace_id), *args))
    except SQLAlchemyError as exc:
        return f"The {what} could not be read ({type(exc).__name__}); say so to the user."


def queue_tools(queue: ApprovalQueue) -> list[Callable[..., Awaitable[str]]]:
    """Sentinel's reads of `queue`: built once per process (agents/teams/registry.py), shared by every run."""

    async def list_approvals(run_context: RunContext, status: str = "pending", priority: str | None = None,
                             limit: int = 10) -> str:
        """List the workspace's approval items, soonest due first.

        Args:
            status: pending (default), approved, rejected, auto_approved or cancelled.
            priority: only items of this priority: low, medium, high or urgent (optional).
            limit: how many items at most, 1-100 (default 10).
        """
        if status not in STATUSES:
            return f"Unknown status '{status}': use one of {', '.join(STATUSES)}."
        if priority is not None and priority not in PRIORITIES:
            return f"Unknown priority '{priority}': use one of {', '.join(PRIORITIES)}."
        return await _read(run_context, "approval queue", queue.list, status, priority, max(1, min(int(limit), 100)))

    async def get_approval(run_context: RunContext, approval_id: str) -> str:
        """Read one approval item of the workspace in full: what it asks, the confidence factors, the AI's
        recommendation and reasoning, and how it was decided.

        Args:
            approval_id: the approval item's id.
        """
        answer = await _read(run_context, "approval item", queue.get, approval_id)
        return f"No approval item '{approval_id}' in this workspace." if answer == "null" else answer

    async def approval_stats(run_context: RunContext) -> str:
        """Summarise the workspace's approval queue: items by status, pending items by priority, how many pending
        items are past due, and when the oldest pending item was created."""
        return await _read(run_context, "approval statistics", queue.stats)

    return [list_approvals, get_approval, approval_stats]


def build_approval(models: Models, db: BaseDb | AsyncBaseDb, queue_reads: Sequence[Callable[..., Awaitable[str]]]) -> Agent:
    return Agent(
        id=APPROVAL_ID,
        name="Sentinel",
        role="Keeps the workspace's approval queue moving: what waits for whom, and why",
        description="HYVVE's human-in-the-loop gatekeeper: reports on the workspace's approval queue.",
        model=models.primary(),
        fallback_config=models.fallback(),
        db=db,
        tools=[*queue_reads, workspace_context],
        pre_hooks=[announce_run_started],
        instructions=[
            "You are Sentinel, HYVVE's approval gatekeeper: no important action happens without a human saying yes.",
            "Answer from the workspace's approval queue (list_approvals, get_approval, approval_stats); never guess "
            "what is in it.",
            "For every item you mention, say what it would do, who it is assigned to, its priority and when it is "
            "due. Put urgent and overdue items first.",
            "You cannot approve or reject anything yourself. Send the user to HYVVE's approval queue to decide, and "
            "remind them that a rejection needs a reason.",
            "Be brief and structured: bullet points or a short table.",
        ],
        enable_agentic_memory=True,  # as HYVVE's: the user's memories (agno's user id is workspace and user)
        add_history_to_context=True,
        num_history_runs=5,
        markdown=True,
        telemetry=False,
    )
