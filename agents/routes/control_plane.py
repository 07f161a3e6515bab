"""What the agno Control Plane (os.agno.com) and agno's `AgentOSClient` need that agno's own routes cannot give
a service whose agents are built per request and whose data is per workspace. Operators only (route_policy.py).

- `POST /approvals/{id}/resolve`: agno's Approvals page decides through the same DecisionService as
  `/approval-items/{id}/resolve` (HYVVE's item, events, continuation, exactly once). agno's own record follows
  when the run continues (continuations.py), as for every other decision.
- `POST /eval-runs`: agno's evals on the agent or team as the chosen workspace would run it (its models, its
  data), not on a shared instance (agno's eval router finds no factory agents).
- `GET /knowledge/content[/{id}[/status]]`, `POST /knowledge/search`, `GET /knowledge/config`: the workspace
  knowledge base (agents/knowledge/), read-only, in agno's schemas, listed in `/config` as one knowledge
  instance (`knowledge_config`). Adding and deleting is `/knowledge/documents`.
The workspace is always explicit: `?workspace_id=` or the operator's `x-workspace-id`.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine, select, text
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agno.db.postgres import PostgresDb
from agno.db.schemas.evals import EvalType
from agno.os.config import KnowledgeConfig, KnowledgeDatabaseConfig, KnowledgeDomainConfig, KnowledgeInstanceConfig
from agno.os.routers.approvals.schema import ApprovalResolve, ApprovalResponse
from agno.os.routers.evals.schemas import EvalRunInput, EvalSchema
from agno.os.routers.evals.utils import (
    run_accuracy_eval,
    run_agent_as_judge_eval,
    run_performance_eval,
    run_reliability_eval,
)
from agno.os.routers.knowledge.schemas import (
    ConfigResponseSchema,
    ContentResponseSchema,
    ContentStatusResponse,
    VectorSearchRequestSchema,
    VectorSearchResult,
)
from agno.os.schema import PaginatedResponse, PaginationInfo

from agents.approvals.decisions import DecisionService
from agents.database.tables import ServiceTables
from agents.errors import ApiError, ErrorCode
from agents.knowledge.service import KnowledgeService
from agents.middleware.deps import CurrentPrincipal
from agents.middleware.principal import Principal

Build = Callable[[str, str, str | None], Awaitable[object]]

_LIVE_WORKSPACE = text("SELECT 1 FROM workspaces WHERE id = :id AND deleted_at IS NULL")
_EVALS = {EvalType.ACCURACY: run_accuracy_eval, EvalType.AGENT_AS_JUDGE: run_agent_as_judge_eval,
          EvalType.PERFORMANCE: run_performance_eval, EvalType.RELIABILITY: run_reliability_eval}
_CONTENT_STATUS = {"pending": "processing", "processing": "processing", "completed": "completed", "failed": "failed"}


def get_control_plane_router(
    engine: Engine, tables: ServiceTables, decisions: DecisionService, agno_db: PostgresDb,
    knowledge: KnowledgeService, build: Build, components: Callable[[str], set[str]],
) -> APIRouter:
    router = APIRouter(tags=["Control Plane"])

    async def workspace_of(principal: Principal, workspace_id: str | None) -> str:
        chosen = workspace_id or principal.workspace_id
        if not chosen:
            raise ApiError(400, ErrorCode.WORKSPACE_REQUIRED, "Name the workspace: ?workspace_id=<id> or x-workspace-id")
        if principal.workspace_id and chosen != principal.workspace_id:
            raise ApiError(403, ErrorCode.FORBIDDEN, "workspace_id does not match x-workspace-id")
        if not await run_in_threadpool(_live, engine, chosen):
            raise ApiError(404, ErrorCode.NOT_FOUND, "No such workspace")
        return chosen

    # -- approvals ---------------------------------------------------------------------------------

    @router.post("/approvals/{approval_id}/resolve", response_model=ApprovalResponse, operation_id="resolve_approval")
    async def resolve_approval(approval_id: str, body: ApprovalResolve, principal: CurrentPrincipal) -> dict[str, Any]:
        item_id = await run_in_threadpool(_item_of, engine, tables, approval_id, principal.workspace_id)
        record = await run_in_threadpool(agno_db.get_approval, approval_id) if item_id else None
        if item_id is None or record is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "No such approval; HYVVE's approvals are /approval-items/{id}/resolve")
        notes = (body.resolution_data or {}).get("notes")
        outcome = await run_in_threadpool(
            decisions.decide, item_id, body.status, None, notes if isinstance(notes, str) else None,
            "control_plane", principal.workspace_id,
        )
        decided = outcome.ledger or {}
        if not outcome.changed and decided.get("status") != body.status:
            raise ApiError(409, ErrorCode.ALREADY_DECIDED, f"This approval is already {decided.get('status')}")
        # agno's record is written when the run continues; answer with the decision already made.
        resolved_at = decided.get("decided_at")
        return {**record, "status": body.status, "resolved_by": decided.get("decision_source"),
                "resolved_at": int(resolved_at.timestamp()) if isinstance(resolved_at, datetime) else None}

    # -- evals -------------------------------------------------------------------------------------

    @router.post("/eval-runs", response_model=EvalSchema, operation_id="run_eval")
    async def run_eval(
        body: EvalRunInput, principal: CurrentPrincipal, workspace_id: str | None = Query(default=None),
    ) -> EvalSchema:
        if bool(body.agent_id) == bool(body.team_id):
            raise ApiError(400, ErrorCode.BAD_REQUEST, "Provide exactly one of agent_id or team_id")
        kind, component_id = ("agent", body.agent_id) if body.agent_id else ("team", body.team_id)
        if component_id not in components(kind):
            raise ApiError(404, ErrorCode.NOT_FOUND, f"No {kind} {component_id!r}")
        workspace = await workspace_of(principal, workspace_id)
        component: Any = await build(kind, component_id, workspace)
        # What a run in the workspace carries (tenancy.py), with the operator as the role.
        component.dependencies = {"workspace_id": workspace, "user_id": None, "role": "admin",
                                  "correlation_id": principal.correlation_id}
        # agno runs the eval without a user id; its session and runs are the workspace's (row-level security).
        component.user_id = replace(principal, workspace_id=workspace).agno_user_id
        evaluate = _EVALS[body.eval_type]
        judged = body.eval_type in (EvalType.ACCURACY, EvalType.AGENT_AS_JUDGE)
        eval_run = await evaluate(
            eval_run_input=body, db=agno_db, agent=component if kind == "agent" else None,
            team=component if kind == "team" else None,
            # The judge is the workspace's own model: an eval spends the workspace's keys, never ours unasked.
            default_model=component.model if judged else None,
        )
        return eval_run

    # -- knowledge (read-only) ---------------------------------------------------------------------

    @router.get("/knowledge/config", response_model=ConfigResponseSchema, operation_id="get_knowledge_config")
    async def knowledge_config_route(_: CurrentPrincipal) -> ConfigResponseSchema:
        # Read-only here: no readers, chunkers or remote sources to offer for uploads.
        return ConfigResponseSchema(readers={}, readersForType={}, chunkers={}, filters=[], vector_dbs=[],
                                    remote_content_sources=[])

    @router.get("/knowledge/content", response_model=PaginatedResponse[ContentResponseSchema],
                operation_id="get_content")
    async def list_content(
        principal: CurrentPrincipal, workspace_id: str | None = Query(default=None),
        limit: int = Query(default=20, ge=1, le=200), page: int = Query(default=1, ge=1),
    ) -> PaginatedResponse[ContentResponseSchema]:
        workspace = await workspace_of(principal, workspace_id)
        rows, total = await run_in_threadpool(knowledge.list_documents, workspace, limit, (page - 1) * limit)
        return PaginatedResponse(
            data=[_content(row) for row in rows],
            meta=PaginationInfo(page=page, limit=limit, total_count=total, total_pages=-(-total // limit)),
        )

    async def one(principal: Principal, workspace_id: str | None, content_id: str) -> dict[str, Any]:
        workspace = await workspace_of(principal, workspace_id)
        row = await run_in_threadpool(knowledge.get, workspace, content_id)
        if row is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "No such document in this workspace")
        return row

    @router.get("/knowledge/content/{content_id}", response_model=ContentResponseSchema,
                operation_id="get_content_by_id")
    async def get_content(
        content_id: str, principal: CurrentPrincipal, workspace_id: str | None = Query(default=None),
    ) -> ContentResponseSchema:
        return _content(await one(principal, workspace_id, content_id))

    @router.get("/knowledge/content/{content_id}/status", response_model=ContentStatusResponse,
                operation_id="get_content_status")
    async def content_status(
        content_id: str, principal: CurrentPrincipal, workspace_id: str | None = Query(default=None),
    ) -> ContentStatusResponse:
        content = _content(await one(principal, workspace_id, content_id))
        return ContentStatusResponse(id=content.id, status=content.status, status_message=content.status_message or "")

    @router.post("/knowledge/search", response_model=PaginatedResponse[VectorSearchResult], operation_id="search_knowledge")
    async def search(
        body: VectorSearchRequestSchema, principal: CurrentPrincipal, workspace_id: str | None = Query(default=None),
    ) -> PaginatedResponse[VectorSearchResult]:
        workspace = await workspace_of(principal, workspace_id)
        limit = body.max_results or (body.meta.limit if body.meta else 20)
        chunks = await knowledge.asearch(workspace, body.query, min(limit, 100), body.filters)
        results = [VectorSearchResult(id=c.id, content=c.content, name=c.name, meta_data=c.meta_data,
                                      content_id=c.document_id) for c in chunks]
        return PaginatedResponse(
            data=results, meta=PaginationInfo(page=1, limit=limit, total_count=len(results), total_pages=1),
        )

    return router


def _item_of(engine: Engine, tables: ServiceTables, approval_id: str, workspace_id: str | None) -> str | None:
    """The HYVVE approval item behind agno's approval record (our ledger maps one to the other)."""
    ledger = tables.approvals
    scope = [ledger.c.agno_approval_id == approval_id]
    if workspace_id:
        scope.append(ledger.c.workspace_id == workspace_id)
    with engine.connect() as conn:
        return conn.execute(select(ledger.c.approval_item_id).where(*scope)).scalar()


def _live(engine: Engine, workspace_id: str) -> bool:
    with engine.connect() as conn:
        return conn.execute(_LIVE_WORKSPACE, {"id": workspace_id}).scalar() is not None


def _content(row: dict[str, Any]) -> ContentResponseSchema:
    return ContentResponseSchema.from_dict({
        "id": row["id"], "name": row["name"], "type": row["source_type"], "size": str(row["size_bytes"]),
        "metadata": {**(row.get("metadata") or {}), "workspace_id": row["workspace_id"]},
        "status": _CONTENT_STATUS.get(row["status"], "processing"), "status_message": row.get("error") or "",
        "created_at": row["created_at"], "updated_at": row["updated_at"],
    })


class ConfigNameMiddleware:
    """agno 3.1.x answers `GET /config` with `name: null` whatever the OS is called: fill in the name."""

    def __init__(self, app: ASGIApp, name: str) -> None:
        self.app = app
        self.name = name

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].rstrip("/") != "/config":
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        body = b""

        async def buffer(message: Message) -> None:
            nonlocal start, body
            if message["type"] == "http.response.start":
                start = message
                return
            body += message.get("body", b"")
            if message.get("more_body"):
                return
            assert start is not None
            if start["status"] == 200 and body:
                document = json.loads(body)
                document["name"] = document.get("name") or self.name
                body = json.dumps(document).encode()
                start["headers"] = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
                start["headers"].append((b"content-length", str(len(body)).encode()))
            await send(start)
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, buffer)


def knowledge_config(db_id: str, table: str) -> KnowledgeConfig:
    """What `/config` lists: the workspace knowledge base, as one knowledge instance of agno's."""
    name = "Workspace knowledge"
    return KnowledgeConfig(
        display_name=name,
        dbs=[KnowledgeDatabaseConfig(db_id=db_id, domain_config=KnowledgeDomainConfig(display_name=name), tables=[table])],
        knowledge_instances=[KnowledgeInstanceConfig(
            id="workspace-knowledge", name=name, db_id=db_id, table=table,
            description="Each workspace's documents, read-only; name the workspace with ?workspace_id= or x-workspace-id",
        )],
    )


def platform_model(default_model: str) -> Any:
    """What `/config` shows as each factory agent's model: the platform default (a workspace may use its own)."""
    from agno.os.schema import Model

    provider, _, model_id = default_model.partition(":")
    return Model(id=model_id, provider=provider)

