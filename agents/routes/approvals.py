"""HYVVE approval items created by agent runs: read them, and decide them.

Access (route_policy.py): any member reads the items of their workspace; owners and admins (or NestJS
on behalf of one) decide. Another workspace's item answers 404. Deciding is idempotent: repeating the
same decision answers 200 with the item; a different decision on a decided item answers 409.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field, field_validator
from sqlalchemy import Engine, text

from agents.approvals.decisions import DecisionService
from agents.database.tables import ServiceTables
from agents.errors import ApiError, ErrorCode
from agents.middleware.deps import CurrentPrincipal


class ConfidenceFactor(BaseModel):
    factor: str
    score: int
    weight: float
    explanation: str
    concerning: bool | None = None


class ApprovalItem(BaseModel):
    id: str
    workspace_id: str
    type: str
    status: Literal["pending", "approved", "rejected", "auto_approved", "cancelled"] | str
    title: str
    description: str | None
    confidence_score: int
    confidence_factors: list[ConfidenceFactor]
    ai_recommendation: Literal["approve", "review", "full_review"] | str
    ai_reasoning: str | None
    preview_data: dict[str, Any] | None
    priority: str
    requested_by: str
    assigned_to_id: str | None
    due_at: datetime
    resolved_at: datetime | None
    resolved_by_id: str | None
    resolution: dict[str, Any] | None
    run_id: str
    session_id: str
    agent_id: str | None
    continuation: Literal["none", "queued", "running", "done", "failed"] | str
    created_at: datetime

    @field_validator("due_at", "resolved_at", "created_at")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        # Prisma's timestamp(3) columns hold UTC without an offset; clients need it stated (RFC 3339).
        return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


class ApprovalItemList(BaseModel):
    data: list[ApprovalItem]


class Decision(BaseModel):
    decision: Literal["approve", "reject"]
    notes: str | None = Field(default=None, max_length=2000)


_SELECT = """
    SELECT i.id, i.workspace_id, i.type, i.status, i.title, i.description, i.confidence_score,
           i.confidence_factors, i.ai_recommendation, i.ai_reasoning, i.preview_data, i.priority,
           i.requested_by, i.assigned_to_id, i.due_at, i.resolved_at, i.resolved_by_id, i.resolution,
           l.run_id, l.session_id, l.agent_id, l.continuation, i.created_at
    FROM approval_items i JOIN "{schema}".agentos_approvals l ON l.approval_item_id = i.id
    WHERE (CAST(:ws AS text) IS NULL OR i.workspace_id = :ws)
"""


def get_approval_items_router(engine: Engine, tables: ServiceTables, decisions: DecisionService) -> APIRouter:
    router = APIRouter(prefix="/approval-items", tags=["Approvals"])
    select_sql = _SELECT.format(schema=tables.metadata.schema)

    def fetch(
        workspace_id: str | None, item_id: str | None = None, status: str | None = None, limit: int = 50
    ) -> list[ApprovalItem]:
        sql = select_sql
        params: dict[str, Any] = {"ws": workspace_id, "limit": limit}
        if item_id is not None:
            sql += " AND i.id = :id"
            params["id"] = item_id
        if status is not None:
            sql += " AND i.status = :status"
            params["status"] = status
        sql += " ORDER BY i.created_at DESC LIMIT :limit"
        with engine.connect() as conn:
            return [ApprovalItem.model_validate(dict(row._mapping)) for row in conn.execute(text(sql), params)]

    @router.get("", response_model=ApprovalItemList, operation_id="list_approval_items")
    async def list_items(
        principal: CurrentPrincipal,
        status: Literal["pending", "approved", "rejected", "auto_approved", "cancelled"] | None = None,
        limit: int = Query(default=50, ge=1, le=200),
    ) -> ApprovalItemList:
        return ApprovalItemList(data=await run_in_threadpool(fetch, principal.workspace_id, None, status, limit))

    @router.get("/{item_id}", response_model=ApprovalItem, operation_id="get_approval_item")
    async def get_item(item_id: str, principal: CurrentPrincipal) -> ApprovalItem:
        found = await run_in_threadpool(fetch, principal.workspace_id, item_id)
        if not found:
            raise ApiError(404, ErrorCode.NOT_FOUND, "No such approval item")
        return found[0]

    @router.post(
        "/{item_id}/resolve",
        response_model=ApprovalItem,
        operation_id="resolve_approval_item",
        responses={404: {"description": "No such approval item"}, 409: {"description": "Already decided otherwise"}},
    )
    async def resolve_item(item_id: str, decision: Decision, principal: CurrentPrincipal) -> ApprovalItem:
        status = "approved" if decision.decision == "approve" else "rejected"
        outcome = await run_in_threadpool(
            decisions.decide, item_id, status, principal.user_id, decision.notes, "http", principal.workspace_id
        )
        if outcome.ledger is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "No such approval item")
        if not outcome.changed and outcome.ledger["status"] != status:
            raise ApiError(409, ErrorCode.ALREADY_DECIDED, f"This approval is already {outcome.ledger['status']}")
        found = await run_in_threadpool(fetch, principal.workspace_id, item_id)
        return found[0]

    return router
