"""The one path by which our own entry points start a run: the NestJS bridge, the web app's routes, AG-UI.

agno's run routes get the same checks from the tenancy and model-admission middleware, agno's session
check and the component factory (agents/runs/factory.py). Here, in order, for every run our routes start:
1. the caller may run agents (role), and an idempotency key, if any, is usable;
2. a client-chosen session id is the caller's own or new (agents/runs/ownership.py), never another's;
3. a streamed run needs a working event stream (else 503: accepted-then-lost is worse than refused);
4. the model is chosen for the caller's workspace (BYOAI; an override goes through the same checks);
5. an onboarding team's business belongs to the caller's workspace;
6. the run carries the verified identity (run context, never the body); client `context` is data only.
A repeated start with the same idempotency key (same workspace, user, component) within the window starts
nothing: it answers with the first run (RunClaims). A start refused after claiming its key (model, business)
gives the key back, so a retry is decided afresh.

AG-UI adds two things (agents/routes/agui.py): frontend tools (`client_tools`, agno Functions run by the
browser: a call pauses the run) and their answers (`tool_messages`): the run paused on those calls continues,
through agno's AG-UI resume, only if the caller's session holds it and it waits for frontend tools alone. A
run paused for an approval is never continued here: that is the approval flow's (409).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Literal

from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine, and_, func, or_, select
from sqlalchemy.dialects.postgresql import insert

from agno.run.base import RunContext

from agents.database.agno_db import HyvvePostgresDb, find_paused_run
from agents.database.tables import ServiceTables
from agents.errors import ApiError, ErrorCode, unknown_component
from agents.middleware.principal import Principal, Right
from agents.middleware.tenancy import is_valid_correlation_id
from agents.providers.selection import ModelSelector, SelectionError
from agents.runs.ownership import RunOwnership, require_joinable_session
from agents.runs.scope import RunScope
from agents.teams.business import BusinessDirectory
from agents.teams.registry import AGENTS, TEAMS, Models

Kind = Literal["agent", "team"]
ComponentFactory = Callable[[str, str, Models, str | None], Any]
SETTLED = {"COMPLETED", "ERROR", "CANCELLED", "PAUSED"}


@dataclass(frozen=True)
class RunRequest:
    kind: Kind
    component_id: str
    message: str
    session_id: str | None = None
    model_override: str | None = None
    business_id: str | None = None
    idempotency_key: str | None = None
    context: dict[str, Any] | None = None  # the client's data for the run: given to the model as data only
    state: dict[str, Any] | None = None  # the client's session state (AG-UI); identity keys stay ours
    client_tools: tuple[Any, ...] = ()  # agno Functions the client executes (AG-UI frontend tools)
    tool_messages: tuple[Any, ...] = ()  # AG-UI tool results answering the session's paused frontend calls


@dataclass
class PreparedRun:
    request: RunRequest
    principal: Principal
    component: Any
    arguments: dict[str, Any] = field(default_factory=dict)
    existing: bool = False  # an idempotent repeat: nothing new starts, the first run answers
    resumes: str | None = None  # the paused run this continues (frontend tool answers), else a new run

    @property
    def run_id(self) -> str:
        return str(self.arguments["run_id"])

    @property
    def session_id(self) -> str:
        return str(self.arguments["session_id"])


class RunClaims:
    """Idempotency keys of run starts: the first start with a key owns it for `window`."""

    def __init__(self, engine: Engine, tables: ServiceTables, window: timedelta) -> None:
        self.engine = engine
        self.table = tables.run_requests
        self.window = window

    def claim(self, principal: Principal, request: RunRequest, run_id: str, session_id: str) -> tuple[str, str]:
        """(run_id, session_id) of the run that owns the key: ours if we are first, else the earlier one's."""
        t = self.table
        values = dict(workspace_id=principal.workspace_id or "", agno_user_id=principal.agno_user_id or "",
                      component=f"{request.kind}:{request.component_id}", idempotency_key=request.idempotency_key,
                      run_id=run_id, session_id=session_id)
        stale = t.c.created_at < func.now() - self.window
        statement = insert(t).values(**values).on_conflict_do_update(
            index_elements=[t.c.workspace_id, t.c.agno_user_id, t.c.component, t.c.idempotency_key],
            set_={"run_id": run_id, "session_id": session_id, "created_at": func.now()},
            where=stale,
        ).returning(t.c.run_id)
        with self.engine.begin() as conn:
            if conn.execute(statement).scalar() is not None:
                return run_id, session_id
            row = conn.execute(select(t.c.run_id, t.c.session_id).where(and_(
                t.c.workspace_id == values["workspace_id"], t.c.agno_user_id == values["agno_user_id"],
                t.c.component == values["component"], t.c.idempotency_key == request.idempotency_key,
            ))).one()
        return str(row.run_id), str(row.session_id)

    def release(self, principal: Principal, request: RunRequest, run_id: str) -> None:
        """Give up the key `run_id` holds (its start was refused), so the next start with it is a first one."""
        t = self.table
        with self.engine.begin() as conn:
            conn.execute(t.delete().where(and_(
                t.c.workspace_id == (principal.workspace_id or ""), t.c.agno_user_id == (principal.agno_user_id or ""),
                t.c.component == f"{request.kind}:{request.component_id}",
                t.c.idempotency_key == request.idempotency_key, t.c.run_id == run_id,
            )))

    def prune(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(self.table.delete().where(or_(self.table.c.created_at < func.now() - self.window)))


class RunStarter:
    def __init__(
        self,
        agno_db: HyvvePostgresDb,
        selector: ModelSelector,
        build: ComponentFactory,
        businesses: BusinessDirectory,
        runs: RunOwnership,
        claims: RunClaims,
        event_stream_ready: Callable[[], Awaitable[bool]],
    ) -> None:
        self.agno_db = agno_db
        self.selector = selector
        self.build = build
        self.businesses = businesses
        self.runs = runs
        self.claims = claims
        self.event_stream_ready = event_stream_ready

    async def prepare(self, principal: Principal, request: RunRequest, *, stream: bool) -> PreparedRun:
        if not principal.can(Right.RUN):
            raise ApiError(403, ErrorCode.FORBIDDEN, "Your role does not allow running agents: it needs the owner, admin or "
                           "member role")
        if request.idempotency_key is not None and not is_valid_correlation_id(request.idempotency_key):
            raise ApiError(400, ErrorCode.INVALID_REQUEST,
                           "metadata.correlationId must be printable ASCII of at most 128 characters")
        if unknown := unknown_component(request.kind, request.component_id):
            raise ApiError(404, ErrorCode.NOT_FOUND, unknown)
        await require_joinable_session(self.agno_db, request.session_id, principal)
        if stream and not await self.event_stream_ready():
            raise ApiError(503, ErrorCode.UNAVAILABLE, "Streaming is unavailable (the event stream is down); retry shortly "
                           "or start the run without stream", {"retry-after": "5"})
        run_id, session_id = str(uuid.uuid4()), request.session_id or str(uuid.uuid4())
        if request.idempotency_key is not None:
            first_run, first_session = await run_in_threadpool(self.claims.claim, principal, request, run_id, session_id)
            if first_run != run_id:
                return PreparedRun(request, principal, None, {"run_id": first_run, "session_id": first_session},
                                   existing=True)
        try:
            component = await self._component(principal, request)
        except BaseException:
            # A refused start claims nothing: NestJS retries a 429 with the same key, and that retry must be
            # decided afresh, not wait for a first run that never started.
            if request.idempotency_key is not None:
                await run_in_threadpool(self.claims.release, principal, request, run_id)
            raise
        scope = RunScope.from_principal(principal, request.business_id or None)
        if request.idempotency_key:
            scope = scope.with_correlation_id(request.idempotency_key)
        dependencies = scope.as_dependencies()
        if request.context:
            dependencies["client_context"] = request.context  # data for the run; identity keys stay ours
        metadata = {**dependencies, "credential": scope.credential}
        session_state = {**(request.state or {}), **scope.session_state()}
        arguments: dict[str, Any] = dict(
            input=request.message, run_id=run_id, session_id=session_id, user_id=scope.agno_user_id,
            dependencies=dependencies, metadata=metadata, session_state=session_state,
        )
        if request.client_tools:
            arguments["run_context"] = RunContext(
                run_id=run_id, session_id=session_id, user_id=scope.agno_user_id, session_state=session_state,
                dependencies=dependencies, metadata=metadata, client_tools=list(request.client_tools),
            )
        resumes = await self._paused_on_frontend_tools(component, session_id, request) if request.tool_messages else None
        return PreparedRun(request, principal, component, arguments, resumes=resumes)

    async def _paused_on_frontend_tools(self, component: Any, session_id: str, request: RunRequest) -> str:
        """The id of the caller's run these tool answers continue; refused unless it waits for frontend tools only."""
        session = await component.aget_session(session_id=session_id)
        # agno's own lookup of the run to resume
        paused = find_paused_run(session, list(request.tool_messages), request.kind == "team") if session else None
        if paused is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "No paused run in this thread waits for these tool results")
        waiting = [r for r in paused.requirements or [] if not r.is_resolved()]
        if any(r.pause_type != "external_execution" for r in waiting):
            raise ApiError(409, ErrorCode.CONFLICT, "This run waits for an approval; it continues once the approval is decided")
        answered = {m.tool_call_id for m in request.tool_messages}
        if any(r.tool_execution is None or r.tool_execution.tool_call_id not in answered for r in waiting):
            raise ApiError(400, ErrorCode.INVALID_REQUEST, "Answer every tool call the run waits for")
        return str(paused.run_id)

    async def _component(self, principal: Principal, request: RunRequest) -> Any:
        """The agent or team for this run: the model chosen for the workspace, the business checked."""
        try:
            selection = await asyncio.to_thread(
                self.selector.select, principal.workspace_id, request.component_id, request.model_override
            )
        except SelectionError as refused:
            raise ApiError(refused.status, refused.code, refused.message, refused.headers) from None
        registry = AGENTS if request.kind == "agent" else TEAMS
        if getattr(registry[request.component_id], "needs_business", False):
            if not await self.businesses.belongs(principal.workspace_id, request.business_id):
                raise ApiError(403, ErrorCode.FORBIDDEN, "business_id must name a business of your workspace")
        return self.build(request.kind, request.component_id, Models(selection), request.business_id)

    async def run(self, prepared: PreparedRun, wait_seconds: float) -> dict[str, Any] | None:
        """Run to the end and return the stored run; an idempotent repeat waits for the first run instead."""
        if prepared.existing:
            return await self.settled(prepared, wait_seconds)
        output = await prepared.component.arun(**prepared.arguments)
        return dict(output.to_dict())

    async def settled(self, prepared: PreparedRun, wait_seconds: float) -> dict[str, Any] | None:
        """The stored run once it has settled (or as it stands after `wait_seconds`; None if never stored)."""
        run: dict[str, Any] | None = None
        deadline = asyncio.get_running_loop().time() + wait_seconds
        while True:
            run = await run_in_threadpool(self.runs.owned_run, prepared.run_id, prepared.principal) or run
            status = str((run or {}).get("status") or "").upper().removeprefix("RUNSTATUS.")
            if status in SETTLED or asyncio.get_running_loop().time() >= deadline:
                return run
            await asyncio.sleep(0.25)

    async def start_in_background(self, prepared: PreparedRun) -> None:
        """Start with agno's background streaming; return once the run is stored and registered.

        agno stores the run (PENDING) and registers it with the event stream before its first event; the run
        then goes on in its own task, publishing every event to the event stream (Redis-backed with
        REDIS_URL, so any replica can follow it), whether or not anyone is attached here.
        """
        if prepared.existing:
            return
        events = prepared.component.arun(**prepared.arguments, stream=True, stream_events=True, background=True)
        try:
            await anext(events)
        except StopAsyncIteration:
            pass
        finally:
            await events.aclose()

    async def stream(self, prepared: PreparedRun) -> AsyncIterator[Any]:
        """The run's agno events, in the foreground (the caller holds the connection)."""
        if prepared.resumes is None:
            events = prepared.component.arun(**prepared.arguments, stream=True, stream_events=True)
        else:
            from agno.os.interfaces.agui.resume import resume_paused_run

            arguments = prepared.arguments
            run_context = arguments.get("run_context") or RunContext(
                run_id=prepared.resumes, session_id=prepared.session_id, user_id=arguments["user_id"],
                dependencies=arguments["dependencies"], metadata=arguments["metadata"],
            )
            events = await resume_paused_run(
                prepared.component, prepared.session_id, list(prepared.request.tool_messages), run_context,
                {"user_id": arguments["user_id"], "dependencies": arguments["dependencies"],
                 "metadata": arguments["metadata"]},
            )
        async for event in events:
            yield event
