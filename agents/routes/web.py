"""The web app's onboarding routes, as HYVVE's agent client and stream hook call them (apps/web/src/lib/
agent-client.ts, hooks/use-agent-stream.ts), with `NEXT_PUBLIC_AGENT_API_URL` set to the gateway:

- `POST /agents/{validation|planning|branding}/runs`, JSON `{message, business_id, session_id?, model_override?,
  context?, stream?}`, the better-auth session token as Bearer. Runs the onboarding team of that id for a
  business of the caller's workspace (agents/runs/start.py: the same checks as every run start).
  - without `stream` (HYVVE's JSON call sends none): JSON `{success, content, session_id, agent_name,
    metadata{business_id, team, workspace_id, run_id, status, approval_id?}}`, null fields omitted;
  - `stream: true`: SSE `data: {"type": RUN_STARTED | TEXT_MESSAGE_CHUNK | TOOL_CALL_START | TOOL_CALL_RESULT
    | UI_RENDER_HINT | ERROR | RUN_FINISHED, ...}` in the shapes HYVVE's Zod schemas accept.
  A run paused for approval is `success: true` with `metadata.status: "paused"` and `metadata.approval_id`
  (JSON), or `UI_RENDER_HINT {component: "approval_required", props: {approvalId, runId, sessionId, tools}}`
  followed by `RUN_FINISHED {status: "success"}` (SSE); contracts/web-agents.md.
- `GET /agents/{validation|planning|branding}/health`: public, `{status, team}`.
Errors reach the client with `error` as a string (agents/error_dialects.py).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from agents.error_dialects import WEB_TEAM_IDS
from agents.errors import ApiError, ErrorCode
from agents.middleware.deps import CurrentPrincipal
from agents.runs.start import PreparedRun, RunRequest, RunStarter

log = logging.getLogger(__name__)

class WebRunRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    message: str = Field(min_length=1, max_length=100_000)
    business_id: str = Field(min_length=1, max_length=64)
    session_id: str | None = Field(default=None, min_length=1, max_length=256)
    model_override: str | None = Field(default=None, max_length=200)
    context: dict[str, Any] | None = None
    stream: bool = False


class WebRunMetadata(BaseModel):
    model_config = ConfigDict(extra="allow")

    business_id: str
    team: str
    workspace_id: str | None = None
    run_id: str | None = None
    status: str | None = None
    approval_id: str | None = None


class WebRunResponse(BaseModel):
    success: bool
    content: str | None = None
    session_id: str
    agent_name: str | None = None
    error: str | None = None
    metadata: WebRunMetadata


class WebHealth(BaseModel):
    status: str
    team: str


def get_web_router(starter: RunStarter, wait_seconds: float) -> APIRouter:
    router = APIRouter(tags=["Web app (onboarding)"])
    for team in WEB_TEAM_IDS:  # literal paths: every other /agents/{id}/... stays agno's
        _team_routes(router, team, starter, wait_seconds)
    return router


def _team_routes(router: APIRouter, team: str, starter: RunStarter, wait_seconds: float) -> None:
    @router.get(f"/agents/{team}/health", response_model=WebHealth, operation_id=f"web_{team}_health",
                summary=f"Whether the {team} team is served (public; no data)")
    async def health() -> WebHealth:
        return WebHealth(status="ok", team=team)

    @router.post(
        f"/agents/{team}/runs", operation_id=f"web_run_{team}", response_model=WebRunResponse,
        response_model_exclude_none=True,
        summary=f"Run the {team} onboarding team for a business (HYVVE web app's agent client and stream hook)",
        responses={200: {"content": {"text/event-stream": {}}, "description": "JSON, or SSE with stream: true"},
                   400: {"description": "UNKNOWN_PROVIDER (model_override)"},
                   403: {"description": "Role, or a business of another workspace"},
                   404: {"description": "A session of someone else"},
                   409: {"description": "PROVIDER_NOT_CONFIGURED, PROVIDER_KEY_UNUSABLE or NO_MODEL_CONFIGURED"},
                   429: {"description": "TOKEN_LIMIT_EXCEEDED: the daily token budget is used up (Retry-After)"},
                   504: {"description": "The run did not finish in time"}},
    )
    async def run(body: WebRunRequest, principal: CurrentPrincipal) -> Any:
        request = RunRequest(kind="team", component_id=team, message=body.message, session_id=body.session_id,
                             model_override=body.model_override, business_id=body.business_id, context=body.context)
        prepared = await starter.prepare(principal, request, stream=False)
        if body.stream:
            return StreamingResponse(_sse(starter, prepared, team), media_type="text/event-stream")
        run = await starter.run(prepared, wait_seconds)
        if run is None:
            raise ApiError(504, ErrorCode.TIMEOUT, "The run did not finish in time")
        return JSONResponse(_json_answer(run, prepared, team))


def _status(run: dict[str, Any]) -> str:
    return str(run.get("status") or "").upper().removeprefix("RUNSTATUS.").lower()


def _approval_id(tools: Any) -> str | None:
    ids = [t.get("approval_id") for t in tools or [] if isinstance(t, dict) and t.get("approval_id")]
    return ids[-1] if ids else None


def _json_answer(run: dict[str, Any], prepared: PreparedRun, team: str) -> dict[str, Any]:
    status = _status(run)
    content = run.get("content")
    text = content if isinstance(content, str) or content is None else json.dumps(content)
    failed = status in ("error", "cancelled")
    answer = WebRunResponse(
        success=not failed,
        content=None if failed else text,
        session_id=prepared.session_id,
        agent_name=run.get("team_name") or run.get("agent_name"),
        error=(text or f"The run {status}") if failed else None,
        metadata=WebRunMetadata(
            business_id=prepared.request.business_id or "", team=team, workspace_id=prepared.principal.workspace_id,
            run_id=prepared.run_id, status=status, approval_id=_approval_id(run.get("tools")) if status == "paused" else None,
        ),
    )
    return answer.model_dump(exclude_none=True)


def _event(kind: str, **fields: Any) -> str:
    return f"data: {json.dumps({'type': kind, **{k: v for k, v in fields.items() if v is not None}})}\n\n"


async def _sse(starter: RunStarter, prepared: PreparedRun, team: str) -> AsyncIterator[str]:
    """agno's events as the web app's stream hook expects them; the team leader's own text only."""
    run_id = prepared.run_id
    finished = False
    try:
        async for event in starter.stream(prepared):
            name = getattr(event, "event", "")
            if name == "TeamRunStarted":
                yield _event("RUN_STARTED", runId=run_id, agentId=team, timestamp=int(time.time() * 1000))
            elif name == "TeamRunContent" and isinstance(getattr(event, "content", None), str) and event.content:
                yield _event("TEXT_MESSAGE_CHUNK", delta=event.content, messageId=run_id)
            elif name == "TeamToolCallStarted" and event.tool is not None:
                yield _event("TOOL_CALL_START", toolCallId=event.tool.tool_call_id or "", toolName=event.tool.tool_name or "",
                             args=event.tool.tool_args or None)
            elif name == "TeamToolCallCompleted" and event.tool is not None:
                result = event.tool.result
                yield _event("TOOL_CALL_RESULT", toolCallId=event.tool.tool_call_id or "",
                             result=result if isinstance(result, str) else json.dumps(result, default=str),
                             isError=bool(event.tool.tool_call_error))
            elif name == "TeamRunPaused":
                tools = [t.to_dict() if hasattr(t, "to_dict") else t for t in getattr(event, "tools", None) or []]
                props = {"approvalId": _approval_id(tools), "runId": run_id, "sessionId": prepared.session_id,
                         "tools": [t.get("tool_name") for t in tools if isinstance(t, dict)]}
                yield _event("UI_RENDER_HINT", component="approval_required", props=props)
                yield _event("RUN_FINISHED", runId=run_id, status="success")
                finished = True
            elif name == "TeamRunCompleted":
                yield _event("RUN_FINISHED", runId=run_id, status="success")
                finished = True
            elif name in ("TeamRunError", "TeamRunCancelled"):
                message = event.content if isinstance(getattr(event, "content", None), str) else name
                yield _event("ERROR", code=ErrorCode.RUN_FAILED if name == "TeamRunError" else ErrorCode.RUN_CANCELLED,
                             message=message or "The run failed")
                yield _event("RUN_FINISHED", runId=run_id, status="error")
                finished = True
    except Exception:
        log.exception("web stream of run %s failed", run_id)
    if not finished:  # the stream ended without an end of its own: the hook must not wait forever
        yield _event("ERROR", code=ErrorCode.INTERNAL_ERROR, message="The run ended unexpectedly")
        yield _event("RUN_FINISHED", runId=run_id, status="error")
