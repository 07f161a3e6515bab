"""AG-UI for HYVVE's dashboard (CopilotKit 1.50, `runtimeUrl = ${NEXT_PUBLIC_AGNO_URL}/agui`), contracts/agui.md.

CopilotKit 1.50 speaks its single-endpoint protocol: every call is `POST /agui` with a JSON envelope
`{method, params?, body?}` (@copilotkitnext/core's ProxiedCopilotRuntimeAgent, transport "single"):
- `info`: `{version, agents: {id: {name, description, className}}, audioFileTranscriptionEnabled}`;
- `agent/run` `{params: {agentId}, body: RunAgentInput}`: AG-UI events as SSE (`data: {...}`);
- `agent/connect` (reattach to a thread): the thread must be the caller's; nothing is replayed;
- `agent/stop`: `{stopped: false}` (closing the run's stream ends it).
A body without `method` is a plain AG-UI RunAgentInput (@ag-ui/client's HttpAgent) for `dashboard_gateway`.

Every run starts through RunStarter (agents/runs/start.py), as the bridge's and the web app's do: the thread id
is the session id (another's is 404), the model is the workspace's, the identity comes from the credential.
The page's frontend tools come with the run (a call pauses it; the tool's result in the next run continues
it); the state is a DashboardState snapshot (use-agent-state-sync.ts) at the start and the end of each run. A
run paused for an approval ends with CopilotKit's interrupt (`CUSTOM on_interrupt`, useLangGraphInterrupt)
and AG-UI's `RUN_FINISHED` interrupt outcome. agno's own translator (agno/os/interfaces/agui) turns agno's
events into AG-UI's.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator
from typing import Any, Literal

from ag_ui.core import (
    BaseEvent,
    CustomEvent,
    EventType,
    Interrupt,
    RunAgentInput,
    RunErrorEvent,
    RunFinishedEvent,
    RunFinishedInterruptOutcome,
    RunStartedEvent,
    StateSnapshotEvent,
)
from ag_ui.encoder import EventEncoder
from fastapi import APIRouter
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, ValidationError

from agno.os.interfaces.agui.input import (
    extract_context,
    extract_tool_messages,
    extract_user_input,
    parse_client_tools,
    validate_state,
)
from agno.os.interfaces.agui.stream import async_stream_agno_response_as_agui_events

from agents import __version__
from agents.errors import ApiError, ErrorCode
from agents.middleware.deps import CurrentPrincipal
from agents.middleware.principal import Principal
from agents.runs.ownership import require_joinable_session
from agents.runs.start import PreparedRun, RunRequest, RunStarter
from agents.teams.dashboard import DASHBOARD_ID
from agents.teams.registry import AGENTS, TEAMS

log = logging.getLogger(__name__)

MAX_THREAD_ID = 256


class AguiCall(BaseModel):
    """CopilotKit's envelope; without `method`, the body itself is a RunAgentInput for the dashboard agent."""

    model_config = ConfigDict(extra="allow")

    method: Literal["info", "agent/run", "agent/connect", "agent/stop", "transcribe"] | None = None
    params: dict[str, Any] | None = None
    body: dict[str, Any] | None = None


class AgentInfo(BaseModel):
    name: str
    description: str
    className: str  # noqa: N815 (CopilotKit's field name)


class RuntimeInfo(BaseModel):
    version: str
    agents: dict[str, AgentInfo]
    audioFileTranscriptionEnabled: bool = False  # noqa: N815


def get_agui_router(starter: RunStarter) -> APIRouter:
    router = APIRouter(tags=["AG-UI (CopilotKit)"])

    @router.post(
        "/agui", operation_id="agui",
        summary="CopilotKit's single endpoint: info, agent/run (AG-UI events), agent/connect, agent/stop",
        responses={200: {"content": {"text/event-stream": {}}, "description": "JSON (info, stop) or AG-UI SSE"},
                   400: {"description": "No agentId, a body that is not an AG-UI RunAgentInput, or transcribe "
                                        "(audio transcription is not offered)"},
                   401: {"description": "No credential, or a session cookie with a bad signature"},
                   403: {"description": "Role, or a cookie from an Origin that is not allowed"},
                   404: {"description": "An unknown agent, a thread of someone else, or no paused run to answer"},
                   409: {"description": "Tool results for a run that waits for an approval"}},
    )
    async def agui(call: AguiCall, principal: CurrentPrincipal) -> Any:
        if call.method is None:
            return await _run(starter, principal, DASHBOARD_ID, call.model_dump(exclude={"method", "params", "body"}))
        if call.method == "info":
            return JSONResponse(_info().model_dump())
        if call.method == "transcribe":
            raise ApiError(400, ErrorCode.INVALID_REQUEST, "Audio transcription is not offered")
        agent_id = (call.params or {}).get("agentId")
        if not isinstance(agent_id, str) or not agent_id:
            raise ApiError(400, ErrorCode.INVALID_REQUEST, "params.agentId is required")
        _kind(agent_id)
        if call.method == "agent/stop":
            return JSONResponse({"stopped": False, "message": "Closing the run's stream ends the run"})
        if call.method == "agent/connect":
            thread_id = _thread_id((call.body or {}).get("threadId"))
            await require_joinable_session(starter.agno_db, thread_id, principal)
            return StreamingResponse(iter(()), media_type="text/event-stream")
        return await _run(starter, principal, agent_id, call.body or {})

    return router


def _info() -> RuntimeInfo:
    entries = {**TEAMS, **AGENTS}
    return RuntimeInfo(version=__version__, agents={
        component_id: AgentInfo(name=entry.name, description=entry.description,
                                className="Team" if component_id in TEAMS and component_id not in AGENTS else "Agent")
        for component_id, entry in entries.items()
    })


def _kind(component_id: str) -> Literal["agent", "team"]:
    if component_id in AGENTS:
        return "agent"
    if component_id in TEAMS:
        return "team"
    raise ApiError(404, ErrorCode.NOT_FOUND, f"No agent '{component_id}' (one of: {', '.join(sorted({**AGENTS, **TEAMS}))})")


def _thread_id(value: Any) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= MAX_THREAD_ID or not value.isprintable():
        raise ApiError(400, ErrorCode.INVALID_REQUEST, f"threadId must be a string of 1 to {MAX_THREAD_ID} characters")
    return value


async def _run(starter: RunStarter, principal: Principal, agent_id: str, body: dict[str, Any]) -> StreamingResponse:
    kind = _kind(agent_id)
    try:
        run_input = RunAgentInput.model_validate(body)
    except ValidationError as invalid:
        first = invalid.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        message = f"body is not an AG-UI RunAgentInput ({where}: {first.get('msg')})"
        raise ApiError(400, ErrorCode.INVALID_REQUEST, message) from None
    thread_id = _thread_id(run_input.thread_id)
    messages = run_input.messages or []
    tool_messages = tuple(extract_tool_messages(messages))
    message = extract_user_input(messages)
    if not message and not tool_messages:
        raise ApiError(400, ErrorCode.INVALID_REQUEST, "messages must end with a user message or tool results")
    forwarded = run_input.forwarded_props if isinstance(run_input.forwarded_props, dict) else {}
    business_id = forwarded.get("business_id")
    request = RunRequest(
        kind=kind, component_id=agent_id, message=message, session_id=thread_id,
        business_id=business_id if isinstance(business_id, str) else None,
        context=extract_context(run_input.context),
        state=validate_state(run_input.state, thread_id),
        client_tools=tuple(parse_client_tools(run_input.tools)),
        tool_messages=tool_messages,
    )
    prepared = await starter.prepare(principal, request, stream=False)
    return StreamingResponse(_events(starter, prepared, agent_id), media_type="text/event-stream",
                             headers={"cache-control": "no-cache"})


def dashboard_state(state: dict[str, Any], principal: Principal, agent_id: str, running: bool) -> dict[str, Any]:
    """The run's session state as HYVVE's DashboardState; identity from the credential, never the client."""
    def kept(key: str, kind: type, default: Any) -> Any:
        value = state.get(key)
        return value if isinstance(value, kind) else default

    return {
        "version": kept("version", int, 1),
        "timestamp": int(time.time() * 1000),  # the dashboard drops a snapshot not newer than the last
        "activeProject": kept("activeProject", dict, None),
        "workspaceId": principal.workspace_id,
        "userId": principal.user_id,
        "widgets": kept("widgets", dict, {}),
        "loading": {"isLoading": running, "loadingAgents": [agent_id] if running else []},
        "errors": kept("errors", dict, {}),
        "activeTasks": kept("activeTasks", list, []),
    }


async def _events(starter: RunStarter, prepared: PreparedRun, agent_id: str) -> AsyncIterator[str]:
    encoder = EventEncoder()
    thread_id, run_id = prepared.session_id, prepared.resumes or prepared.run_id
    state: dict[str, Any] = prepared.arguments["session_state"]
    paused: list[Any] = []

    def snapshot(running: bool) -> str:
        view = dashboard_state(state, prepared.principal, agent_id, running)
        return encoder.encode(StateSnapshotEvent(type=EventType.STATE_SNAPSHOT, snapshot=view))

    async def agno_events() -> AsyncIterator[Any]:
        async for event in starter.stream(prepared):
            if getattr(event, "event", "") in ("RunPaused", "TeamRunPaused"):
                paused.append(event)
            yield event

    yield encoder.encode(RunStartedEvent(type=EventType.RUN_STARTED, thread_id=thread_id, run_id=run_id))
    yield snapshot(True)
    try:
        translated = async_stream_agno_response_as_agui_events(agno_events(), thread_id, run_id, run_state=state)
        async for event in translated:
            if event.type in (EventType.STATE_SNAPSHOT, EventType.STATE_DELTA):
                if isinstance(event, StateSnapshotEvent) and isinstance(event.snapshot, dict):
                    state = {**event.snapshot, **{k: state[k] for k in ("workspace_id", "user_id") if k in state}}
                yield snapshot(event.type == EventType.STATE_DELTA)
                continue
            if isinstance(event, RunFinishedEvent):
                for extra in _interrupt(paused, run_id, thread_id):
                    if isinstance(extra, CustomEvent):
                        yield encoder.encode(extra)
                    else:
                        event = extra
            yield encoder.encode(event)
    except Exception:  # the stream is open: the client learns of a failure as AG-UI's RUN_ERROR
        log.exception("AG-UI run %s failed", run_id)
        yield encoder.encode(RunErrorEvent(type=EventType.RUN_ERROR, message="The run failed", code=ErrorCode.INTERNAL_ERROR))


def _interrupt(paused: list[Any], run_id: str, thread_id: str) -> list[BaseEvent]:
    """A pause for approval, as CopilotKit's interrupt event and AG-UI's interrupt outcome of RUN_FINISHED."""
    if not paused:
        return []
    tools = [t.to_dict() if hasattr(t, "to_dict") else t for t in getattr(paused[-1], "tools", None) or []]
    waiting = [t for t in tools if isinstance(t, dict) and t.get("approval_id")]
    if not waiting:
        return []  # paused on frontend tools: the client runs them and sends their results
    value = {
        "type": "approval_required", "runId": run_id, "threadId": thread_id,
        "approvalIds": [t["approval_id"] for t in waiting],
        "tools": [{"toolCallId": t.get("tool_call_id"), "toolName": t.get("tool_name"), "args": t.get("tool_args")}
                  for t in waiting],
        "message": "Waiting for approval in HYVVE's approval queue; the run continues once it is decided.",
    }
    interrupts = [
        Interrupt(id=str(t["approval_id"]), reason="approval_required", tool_call_id=t.get("tool_call_id"),
                  message=f"{t.get('tool_name')} waits for approval")
        for t in waiting
    ]
    return [
        CustomEvent(type=EventType.CUSTOM, name="on_interrupt", value=json.dumps(value)),
        RunFinishedEvent(type=EventType.RUN_FINISHED, thread_id=thread_id, run_id=run_id,
                         outcome=RunFinishedInterruptOutcome(interrupts=interrupts)),
    ]
