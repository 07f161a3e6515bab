"""The NestJS bridge: HYVVE's existing `AgentOSService` works unchanged with `AGENTOS_URL={gateway}/bridge/v1`.

- `POST {base}/{agents|teams}/{id}/runs` `{message, params?, sessionId?, stream?, userId?, metadata?}` (a team
  id under `agents/`, e.g. NestJS's `pm_team`, runs that team: HYVVE's client knows only `/agents/{id}`):
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

Ownership (agents/runs/ownership.py): a `sessionId` of another (workspace, user) is 404, never joined; every
read proves from the stored run that it is the caller's before it touches the event stream, so a foreign run
id answers exactly like an unknown one. A streamed run is started with agno's background streaming, which
stores it (PENDING) before the answer, so it is readable, and provably the caller's, from the first moment.
Without a working event stream (Redis down) a streamed start is refused with 503 and Retry-After: it would
be accepted and then impossible to follow.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from agno.os.event_streams import get_event_stream
from agno.run.base import RunStatus

from agents.errors import ApiError, ErrorCode
from agents.middleware.credentials import CredentialResolver
from agents.middleware.deps import CurrentPrincipal
from agents.middleware.principal import Principal
from agents.runs.ownership import RUN_NOT_FOUND
from agents.runs.start import RunRequest, RunStarter
from agents.teams.registry import AGENTS, TEAMS

log = logging.getLogger(__name__)

Kind = Literal["agents", "teams"]
STATUS = {"RUNNING": "running", "PENDING": "pending", "PAUSED": "pending", "COMPLETED": "completed",
          "ERROR": "failed", "CANCELLED": "failed"}
TERMINAL = {"completed", "failed"}
STREAM_TIMEOUT_SECONDS = 120
STORED_POLL_SECONDS = 0.5


class BridgeMetadata(BaseModel):
    workspaceId: str | None = None  # noqa: N815 (NestJS's field names)
    correlationId: str | None = None  # noqa: N815


class BridgeRunRequest(BaseModel):
    message: str = Field(min_length=1, max_length=100_000)
    params: dict[str, Any] | None = None
    sessionId: str | None = Field(default=None, min_length=1, max_length=256)  # noqa: N815
    stream: bool = False
    userId: str | None = None  # noqa: N815
    metadata: BridgeMetadata | None = None


class BridgeHealth(BaseModel):
    status: str


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


def get_bridge_router(starter: RunStarter, resolver: CredentialResolver, wait_seconds: float) -> APIRouter:
    router = APIRouter(prefix="/bridge/v1", tags=["NestJS bridge"])
    runs = starter.runs

    async def acting_principal(principal: Principal, body: BridgeRunRequest) -> Principal:
        claimed = body.metadata.workspaceId if body.metadata else None
        if claimed and claimed != principal.workspace_id:
            raise ApiError(403, ErrorCode.FORBIDDEN, "metadata.workspaceId is not the credential's workspace")
        if body.userId and body.userId != principal.user_id:
            if principal.credential != "service" or principal.workspace_id is None:
                raise ApiError(403, ErrorCode.FORBIDDEN, "Only the service principal may act on behalf of a user")
            principal = await resolver.on_behalf_of(principal, body.userId)
        return principal

    async def start(kind: Kind, component_id: str, body: BridgeRunRequest, principal: Principal) -> AgentRunResponse:
        principal = await acting_principal(principal, body)
        params = body.params or {}
        override, business_id = params.get("model"), params.get("business_id")
        request = RunRequest(
            kind=_component_kind(kind, component_id), component_id=component_id, message=body.message,
            session_id=body.sessionId, model_override=override if isinstance(override, str) else None,
            business_id=business_id if isinstance(business_id, str) else None,
            idempotency_key=body.metadata.correlationId if body.metadata else None,
            context={k: v for k, v in params.items() if k not in ("model", "business_id")} or None,
        )
        prepared = await starter.prepare(principal, request, stream=body.stream)
        if body.stream:
            await starter.start_in_background(prepared)
            stored = await run_in_threadpool(runs.owned_run, prepared.run_id, principal) if prepared.existing else None
            if stored is not None:
                return _response(component_id, stored)
            return AgentRunResponse(runId=prepared.run_id, agentId=component_id, sessionId=prepared.session_id,
                                    status="running")
        run = await starter.run(prepared, wait_seconds)
        if run is None:  # an idempotent repeat whose first run is still going
            return AgentRunResponse(runId=prepared.run_id, agentId=component_id, sessionId=prepared.session_id,
                                    status="running")
        return _response(component_id, run)

    async def owned(run_id: str, principal: Principal) -> dict[str, Any]:
        run = await run_in_threadpool(runs.owned_run, run_id, principal)
        if run is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, RUN_NOT_FOUND)
        return run

    async def read(component_id: str, run_id: str, principal: Principal) -> AgentRunResponse:
        return _response(component_id, await owned(run_id, principal))

    async def follow(component_id: str, run_id: str, principal: Principal) -> StreamingResponse:
        run = await owned(run_id, principal)
        live = await get_event_stream().get_run_status(run_id)

        def reread() -> dict[str, Any] | None:
            return runs.owned_run(run_id, principal)

        return StreamingResponse(_bridge_events(component_id, run_id, run, live, reread),
                                 media_type="text/event-stream")

    @router.get("/health", operation_id="bridge_health", response_model=BridgeHealth,
                summary="Whether the bridge answers (public, no data): AgentOSService.checkHealth()")
    async def health() -> BridgeHealth:
        return BridgeHealth(status="ok")

    for kind in ("agents", "teams"):
        _routes(router, kind, start, read, follow)
    return router


def _routes(
    router: APIRouter,
    kind: Kind,
    start: Callable[[Kind, str, BridgeRunRequest, Principal], Awaitable[AgentRunResponse]],
    read: Callable[[str, str, Principal], Awaitable[AgentRunResponse]],
    follow: Callable[[str, str, Principal], Awaitable[StreamingResponse]],
) -> None:
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


async def _bridge_events(
    component_id: str,
    run_id: str,
    run: dict[str, Any],
    live: RunStatus | None,
    reread: Callable[[], dict[str, Any] | None],
) -> AsyncIterator[str]:
    yield _sse("start", run_id)
    try:
        async with asyncio.timeout(STREAM_TIMEOUT_SECONDS):
            if live is None:
                # Nothing live here (finished, or its event stream is gone): the stored run says it all,
                # once it has settled.
                while _response(component_id, run).status not in TERMINAL and not _paused(run):
                    await asyncio.sleep(STORED_POLL_SECONDS)
                    settled = await run_in_threadpool(reread)
                    run = settled or run
                yield _final(component_id, run_id, run)
                return
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


def _component_kind(kind: Kind, component_id: str) -> Literal["agent", "team"]:
    """HYVVE's AgentOSService knows only `/agents/{id}`: a team id there (e.g. `pm_team`) runs that team."""
    if kind == "teams" or (component_id not in AGENTS and component_id in TEAMS):
        return "team"
    return "agent"


def _paused(run: dict[str, Any]) -> bool:
    return str(run.get("status") or "").upper().removeprefix("RUNSTATUS.") == "PAUSED"


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
        status=status,
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
             "timestamp": datetime.now(UTC).isoformat().replace("+00:00", "Z")}
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
        return datetime.fromtimestamp(int(epoch), UTC).isoformat().replace("+00:00", "Z")
    except (TypeError, ValueError):
        return None

