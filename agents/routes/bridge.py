"""The NestJS bridge: HYVVE's existing `AgentOSService` works unchanged with `AGENTOS_URL={gateway}/bridge/v1`.

- `POST {base}/{agents|teams}/{id}/runs` `{message, params?, sessionId?, stream?, userId?, metadata?}`:
  with `stream` true the run starts in the background and the answer is `status: running` at once (the
  client then follows `/stream`); otherwise the answer waits for the run. `params.model` overrides the
  model (`provider[:model]`); `userId` is the member NestJS acts for (service principal only);
  `metadata.workspaceId` must be the principal's workspace; onboarding teams need `params.business_id`
  of a business of that workspace.
- `GET {base}/{agents|teams}/{id}/runs/{runId}`: `AgentRunResponse` from the stored run.
- `GET {base}/{agents|teams}/{id}/runs/{runId}/stream`: SSE `start | chunk | end | error`, from agno's
  event stream (Redis-backed with REDIS_URL, so any replica serves it), or the stored run when done.
Statuses: running | completed | failed | pending (pending = paused for approval or queued).
Errors keep the service's shape and statuses, so NestJS retries 5xx/429 and not 4xx.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timezone
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import Engine, text

from agno.os.event_streams import get_event_stream
from agno.run.base import RunStatus

from agents.errors import ApiError
from agents.middleware.credentials import CredentialResolver
from agents.middleware.deps import CurrentPrincipal
from agents.middleware.principal import Principal, Right
from agents.providers.selection import ModelSelector, SelectionError
from agents.teams import business
from agents.teams.registry import TEAMS, Models

log = logging.getLogger(__name__)

Kind = Literal["agents", "teams"]
ComponentFactory = Callable[[str, str, Models, str | None], Any]
STATUS = {"RUNNING": "running", "PENDING": "pending", "PAUSED": "pending", "COMPLETED": "completed",
          "ERROR": "failed", "CANCELLED": "failed"}
STREAM_TIMEOUT_SECONDS = 120


class BridgeMetadata(BaseModel):
    workspaceId: str | None = None  # noqa: N815 (NestJS's field names)
    correlationId: str | None = None  # noqa: N815


class BridgeRunRequest(BaseModel):
    message: str = Field(min_length=1, max_length=100_000)
    params: dict[str, Any] | None = None
    sessionId: str | None = None  # noqa: N815
    stream: bool = False
    userId: str | None = None  # noqa: N815
    metadata: BridgeMetadata | None = None


class RunMetadata(BaseModel):
    startedAt: str | None = None  # noqa: N815
    completedAt: str | None = None  # noqa: N815
    durationMs: int | None = None  # noqa: N815
    model: str | None = None
    tokensUsed: int | None = None  # noqa: N815


class AgentRunResponse(BaseModel):
    runId: str  # noqa: N815
    agentId: str  # noqa: N815
    sessionId: str | None = None  # noqa: N815
    status: Literal["running", "completed", "failed", "pending"]
    content: str | None = None
    data: dict[str, Any] | None = None
    error: str | None = None
    metadata: RunMetadata | None = None


def get_bridge_router(
    engine: Engine,
    schema: str,
    selector: ModelSelector,
    resolver: CredentialResolver,
    build: ComponentFactory,
) -> APIRouter:
    router = APIRouter(prefix="/bridge/v1", tags=["NestJS bridge"])
    background: set[asyncio.Task[None]] = set()

    async def acting_principal(principal: Principal, body: BridgeRunRequest) -> Principal:
        claimed = body.metadata.workspaceId if body.metadata else None
        if claimed and claimed != principal.workspace_id:
            raise ApiError(403, "FORBIDDEN", "metadata.workspaceId is not the credential's workspace")
        if body.userId and body.userId != principal.user_id:
            if principal.credential != "service" or principal.workspace_id is None:
                raise ApiError(403, "FORBIDDEN", "Only the service principal may act on behalf of a user")
            principal = await resolver.on_behalf_of(principal, body.userId)
        if not principal.can(Right.RUN):
            raise ApiError(403, "FORBIDDEN", "Your role does not allow running agents")
        return principal

    async def start(kind: Kind, component_id: str, body: BridgeRunRequest, principal: Principal) -> AgentRunResponse:
        principal = await acting_principal(principal, body)
        override = (body.params or {}).get("model")
        try:
            selection = await asyncio.to_thread(
                selector.select, principal.workspace_id, component_id, override if isinstance(override, str) else None
            )
        except SelectionError as refused:
            raise ApiError(refused.status, refused.code, refused.message) from None
        business_id = (body.params or {}).get("business_id")
        entry = TEAMS.get(component_id) if kind == "teams" else None
        if entry is not None and entry.needs_business:
            if not await business.directory().belongs(principal.workspace_id, business_id):
                raise ApiError(403, "FORBIDDEN", "params.business_id must name a business of your workspace")
        component = build(kind[:-1], component_id, Models(selection), business_id)
        if component is None:
            raise ApiError(404, "not_found", f"No {kind[:-1]} '{component_id}'")
        context = principal.run_context()
        if body.metadata and body.metadata.correlationId:
            context["correlation_id"] = body.metadata.correlationId
        run_id, session_id = str(uuid.uuid4()), body.sessionId or str(uuid.uuid4())
        arguments = dict(input=body.message, run_id=run_id, session_id=session_id, user_id=principal.agno_user_id,
                         dependencies=context, metadata={**context, "credential": principal.credential},
                         session_state={"workspace_id": principal.workspace_id, "user_id": principal.user_id})
        if not body.stream:
            output = await component.arun(**arguments)
            return _response(component_id, output.to_dict())
        task = asyncio.create_task(_stream_into_event_stream(component, arguments))
        background.add(task)
        task.add_done_callback(background.discard)
        return AgentRunResponse(runId=run_id, agentId=component_id, sessionId=session_id, status="running")

    def stored(run_id: str, principal: Principal) -> dict[str, Any] | None:
        sql = text(f'SELECT user_id, run_data FROM "{schema}".agno_runs WHERE run_id = :run_id')
        with engine.connect() as conn:
            row = conn.execute(sql, {"run_id": run_id}).first()
        if row is None or not _visible(row.user_id, principal):
            return None
        return dict(row.run_data)

    async def read(component_id: str, run_id: str, principal: Principal) -> AgentRunResponse:
        run = await run_in_threadpool(stored, run_id, principal)
        if run is None:
            status = await get_event_stream().get_run_status(run_id)
            if status is None:
                raise ApiError(404, "not_found", "No such run")
            return AgentRunResponse(runId=run_id, agentId=component_id, status="running")
        return _response(component_id, run)

    async def follow(component_id: str, run_id: str, principal: Principal) -> StreamingResponse:
        run = await run_in_threadpool(stored, run_id, principal)
        live = await get_event_stream().get_run_status(run_id)
        if run is None and live is None:
            raise ApiError(404, "not_found", "No such run")
        return StreamingResponse(_bridge_events(component_id, run_id, run, live), media_type="text/event-stream")

    for kind in ("agents", "teams"):
        _routes(router, kind, start, read, follow)
    return router


def _routes(router: APIRouter, kind: Kind, start: Any, read: Any, follow: Any) -> None:
    noun = kind[:-1]

    @router.post(f"/{kind}/{{component_id}}/runs", response_model=AgentRunResponse,
                 operation_id=f"bridge_start_{noun}_run", response_model_exclude_none=True,
                 responses={400: {"description": "Unreadable body or unknown provider"},
                            409: {"description": "No usable or configured model"},
                            429: {"description": "The workspace's daily token limit is used up"}})
    async def start_run(component_id: str, body: BridgeRunRequest, principal: CurrentPrincipal) -> AgentRunResponse:
        return await start(kind, component_id, body, principal)

    @router.get(f"/{kind}/{{component_id}}/runs/{{run_id}}", response_model=AgentRunResponse,
                operation_id=f"bridge_get_{noun}_run", response_model_exclude_none=True)
    async def get_run(component_id: str, run_id: str, principal: CurrentPrincipal) -> AgentRunResponse:
        return await read(component_id, run_id, principal)

    @router.get(f"/{kind}/{{component_id}}/runs/{{run_id}}/stream", operation_id=f"bridge_stream_{noun}_run",
                responses={200: {"content": {"text/event-stream": {}}, "description": "start|chunk|end|error events"}})
    async def stream_run(component_id: str, run_id: str, principal: CurrentPrincipal) -> StreamingResponse:
        return await follow(component_id, run_id, principal)


def _visible(agno_user_id: str | None, principal: Principal) -> bool:
    if principal.is_admin and principal.workspace_id is None:
        return True
    owner_workspace, _, owner = str(agno_user_id or "").partition(":")
    if owner_workspace != principal.workspace_id:
        return False
    # NestJS acting for nobody sees its workspace's runs; a user sees their own.
    return (principal.credential == "service" and principal.role == "service") or owner == principal.user_id


async def _stream_into_event_stream(component: Any, arguments: dict[str, Any]) -> None:
    """Run with events into agno's event stream, where `/stream` on any replica reads them."""
    events = get_event_stream()
    run_id = arguments["run_id"]
    await events.register_run(run_id, RunStatus.running)
    status = RunStatus.completed
    try:
        async for event in component.arun(**arguments, stream=True, stream_events=True):
            await events.add_event(run_id, event)
            name = getattr(event, "event", "")
            if name in ("RunError", "TeamRunError"):
                status = RunStatus.error
            elif name in ("RunPaused", "TeamRunPaused"):
                status = RunStatus.paused
    except Exception:
        log.exception("bridge run %s failed", run_id)
        status = RunStatus.error
    finally:
        await events.complete_run(run_id, status)


async def _bridge_events(
    component_id: str, run_id: str, run: dict[str, Any] | None, live: RunStatus | None
) -> AsyncIterator[str]:
    yield _sse("start", run_id)
    if live is None and run is not None:  # finished before anyone followed: the stored run says it all
        yield _final(component_id, run_id, run)
        return
    try:
        async with asyncio.timeout(STREAM_TIMEOUT_SECONDS):
            async for _, frame in get_event_stream().tail(run_id):
                event = _frame_json(frame)
                name = str(event.get("event", ""))
                if name in ("RunContent", "TeamRunContent") and event.get("content"):
                    yield _sse("chunk", run_id, content=str(event["content"]))
                elif name in ("RunCompleted", "TeamRunCompleted"):
                    yield _sse("end", run_id, content=_text(event.get("content")), data={"status": "completed"})
                    return
                elif name in ("RunPaused", "TeamRunPaused"):
                    approval = next((t.get("approval_id") for t in event.get("tools") or [] if t.get("approval_id")), None)
                    yield _sse("end", run_id, data={"status": "pending", "approvalId": approval})
                    return
                elif name in ("RunError", "TeamRunError", "RunCancelled", "TeamRunCancelled"):
                    yield _sse("error", run_id, error=_text(event.get("content")) or name)
                    return
    except TimeoutError:
        yield _sse("error", run_id, error=f"no end within {STREAM_TIMEOUT_SECONDS} s; GET the run for its state")


def _final(component_id: str, run_id: str, run: dict[str, Any]) -> str:
    response = _response(component_id, run)
    if response.status == "failed":
        return _sse("error", run_id, error=response.error or "the run failed")
    return _sse("end", run_id, content=response.content, data={"status": response.status, **(response.data or {})})


def _response(component_id: str, run: dict[str, Any]) -> AgentRunResponse:
    status = STATUS.get(str(run.get("status") or "").upper().removeprefix("RUNSTATUS."), "running")
    metrics = run.get("metrics") or {}
    created = run.get("created_at")
    data: dict[str, Any] = {}
    approvals = [t.get("approval_id") for t in run.get("tools") or [] if isinstance(t, dict) and t.get("approval_id")]
    if status == "pending" and approvals:
        data["approvalId"] = approvals[-1]
    content = _text(run.get("content"))
    return AgentRunResponse(
        runId=run["run_id"],
        agentId=component_id,
        sessionId=run.get("session_id"),
        status=status,  # type: ignore[arg-type]
        content=None if status == "failed" else content,
        data=data or None,
        error=content if status == "failed" else None,
        metadata=RunMetadata(
            startedAt=_iso(created),
            durationMs=int(float(metrics.get("duration") or 0) * 1000) or None,
            model=run.get("model"),
            tokensUsed=metrics.get("total_tokens"),
        ),
    )


def _sse(kind: str, run_id: str, **fields: Any) -> str:
    event = {"type": kind, "runId": run_id, **{k: v for k, v in fields.items() if v is not None},
             "timestamp": datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")}
    return f"event: {kind}\ndata: {json.dumps(event)}\n\n"


def _frame_json(frame: str) -> dict[str, Any]:
    data = "\n".join(line[len("data: "):] for line in frame.splitlines() if line.startswith("data: "))
    try:
        parsed = json.loads(data) if data else {}
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value)


def _iso(epoch: Any) -> str | None:
    try:
        return datetime.fromtimestamp(int(epoch), timezone.utc).isoformat().replace("+00:00", "Z")
    except (TypeError, ValueError):
        return None

