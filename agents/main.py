"""Builds the service: one agno AgentOS on a FastAPI app we own.

This module wires the parts together and owns start-up and shutdown; it holds no business logic.
`uvicorn agents.main:app` and `python -m agents serve` both serve `app`.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import cast

import redis
import redis.asyncio as aioredis
from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware import Middleware
from opentelemetry.instrumentation.asgi import OpenTelemetryMiddleware
from sqlalchemy import Engine

from agno.os import AgentOS
from agno.os.config import AgentOSConfig, CORSConfig
from agno.os.settings import AgnoAPISettings
from agno.run.cancel import get_cancellation_manager, set_cancellation_manager
from agno.run.cancellation_management.base import BaseRunCancellationManager

from agents import __version__
from agents.approvals.continuations import ContinuationWorker
from agents.approvals.decisions import Continuations, DecisionService
from agents.approvals.guard import ContinueGuard
from agents.approvals.pauses import PauseRecorder
from agents.contracts import install_contract_openapi
from agents.coordination import queue_config
from agents.database import create_engine, describe, ensure_vector_extension, rls
from agents.database.agno_db import HyvvePostgresDb, threaded
from agents.database.embedded import EmbeddedPostgres
from agents.database.hyvve_schema import require_hyvve_schema
from agents.database.tables import ServiceTables
from agents.error_dialects import ErrorDialectMiddleware
from agents.errors import UnhandledErrorMiddleware, install_error_handlers
from agents.events.consumer import DecisionConsumer
from agents.events.outbox import OutboxPublisher
from agents.events.run_events import RunEventRecorder
from agents.knowledge.service import KnowledgeService
from agents.middleware.credentials import CredentialResolver
from agents.middleware.jwt_verifier import ControlPlaneVerifier, JwksCache, JwtVerifier
from agents.middleware.run_output import SystemPromptFilterMiddleware
from agents.middleware.tenancy import TenancyMiddleware
from agents.observability.logs import configure_logging, human_output, quiet_progress_bars
from agents.observability.metrics import RequestMetricsMiddleware, get_metrics_router, setup_metrics
from agents.observability.tracing import TraceIdHeaderMiddleware, setup_tracing, without_query_string
from agents.providers.admission import ModelAdmissionMiddleware
from agents.providers.metering import UsageMeter
from agents.providers.selection import ModelSelector
from agents.routes.agui import get_agui_router
from agents.routes.approvals import get_approval_items_router
from agents.routes.bridge import get_bridge_router
from agents.routes.cancel import get_cancel_router
from agents.routes.control_plane import ConfigNameMiddleware, get_control_plane_router, knowledge_config
from agents.routes.docs import get_docs_router
from agents.routes.health import get_health_router
from agents.routes.knowledge import get_knowledge_router
from agents.routes.models import get_models_router
from agents.routes.resume import get_resume_router
from agents.routes.web import get_web_router
from agents.runs.factory import RunBuilder
from agents.runs.ownership import LiveRuns, RecordingCancellationManager, RunOwnership
from agents.runs.reconciler import RunLeases, RunReconciler
from agents.runs.start import RunClaims, RunStarter
from agents.settings import Settings, load_settings
from agents.teams.actions import ActionGateway
from agents.teams.approval import ApprovalQueue
from agents.teams.business import BusinessDirectory
from agents.teams.registry import Components, Services, Tools, component_ids
from agents.transport import HeaderSizeLimitMiddleware, JsonFormBodyMiddleware, PagingBoundsMiddleware, SseKeepaliveMiddleware
from agents.workers import Slots, Wakeup, process_owner

# agno reports usage to its own servers unless told not to; AgentOS(telemetry=False) covers the OS,
# this covers every agent, team and model built anywhere in the process.
os.environ.setdefault("AGNO_TELEMETRY", "false")

log = logging.getLogger("agents")


@dataclass
class Resources:
    """What the process opens at start-up and closes at shutdown."""

    settings: Settings
    engine: Engine
    redis: aioredis.Redis | None
    embedded: EmbeddedPostgres | None
    jwks: JwksCache | None
    tables: ServiceTables = field(init=False)

    def __post_init__(self) -> None:
        self.tables = ServiceTables(self.settings.agno_db_schema)

    async def close(self) -> None:
        if self.jwks is not None:
            await self.jwks.aclose()
        if self.redis is not None:
            await self.redis.aclose()
        self.engine.dispose()
        if self.embedded is not None:
            self.embedded.stop()


def open_resources(settings: Settings) -> Resources:
    embedded = None
    url = settings.database_url
    if url is None:
        embedded = EmbeddedPostgres(settings.embedded_db_dir)
        url = embedded.start(announce=False)  # `python -m agents serve` started it and said so once
    client = (
        aioredis.Redis.from_url(settings.redis_url, socket_connect_timeout=2, socket_timeout=5)
        if settings.redis_url
        else None
    )
    jwks = (
        JwksCache(settings.jwks_url, settings.auth_jwks_max_age_seconds, settings.auth_jwks_refetch_cooldown_seconds)
        if settings.jwks_url
        else None
    )
    return Resources(settings, create_engine(url, settings), client, embedded, jwks)


def credential_resolver(resources: Resources) -> CredentialResolver:
    settings = resources.settings
    verifier = None
    if resources.jwks is not None and settings.jwt_issuer and settings.jwt_audience:
        verifier = JwtVerifier(resources.jwks, issuer=settings.jwt_issuer, audience=settings.jwt_audience)
    return CredentialResolver(
        resources.engine,
        verifier,
        service_token=_secret(settings.agent_service_token),
        admin_key=_secret(settings.os_security_key),
        cache_seconds=settings.auth_cache_seconds,
        cookie_secret=_secret(settings.better_auth_secret),
        cookie_origins=tuple(settings.cookie_origins),
        control_plane=(ControlPlaneVerifier(settings.control_plane_jwt_public_key, settings.control_plane_jwt_audience)
                       if settings.control_plane_jwt_public_key else None),
    )


def _secret(value: object) -> str | None:
    return value.get_secret_value() if value is not None else None  # type: ignore[attr-defined]


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    resources = open_resources(settings)
    engine, tables = resources.engine, resources.tables

    agno_db = HyvvePostgresDb(id="hyvve", db_engine=engine, db_schema=settings.agno_db_schema)
    setup_tracing(agno_db, settings.trace_capture_content, settings.trace_db_sample_ratio)
    setup_metrics(engine, settings.agno_db_schema)
    selector = ModelSelector(engine, settings)
    live_runs = LiveRuns(resources.redis)
    ownership = RunOwnership(engine, settings.agno_db_schema, live_runs)

    # Approvals: a decision made here hands its run's continuation to this process's worker when it has a free
    # slot (else queues it, and wakes the worker); an auto-approval wakes it.
    owner = process_owner()  # this process as a lease holder: its continuations and the actions they carry out
    continuations_wakeup = Wakeup()
    here = Continuations(Slots(settings.approval_continuation_concurrency, continuations_wakeup), owner,
                         timedelta(seconds=settings.approval_lease_seconds))
    decisions = DecisionService(engine, tables, here)
    recorder = PauseRecorder(engine, tables, on_auto_approved=continuations_wakeup.notify)
    agno_db.pause_recorder = recorder
    leases = RunLeases(tables, settings.run_lease_seconds)
    agno_db.run_events = RunEventRecorder(engine, tables, UsageMeter(tables), leases)

    # What the agents' tools act through; their tools are built once, here, and shared by every run's build.
    knowledge_base = KnowledgeService(
        engine, tables, selector, embedder_mode=settings.knowledge_embedder,
        allow_private_urls=settings.knowledge_allow_private_urls, max_bytes=settings.knowledge_max_bytes,
        meter=UsageMeter(tables), budget_wait_seconds=settings.knowledge_budget_wait_seconds,
    )
    services = Services(
        actions=ActionGateway(engine, tables, settings.hyvve_api_url, _secret(settings.agent_service_token),
                              owner=owner, lease=timedelta(seconds=settings.approval_lease_seconds)),
        businesses=BusinessDirectory(engine),
        approvals=ApprovalQueue(engine),
        knowledge=knowledge_base,
    )
    tools = Tools.bound_to(services)
    builder = RunBuilder(Components(agno_db, tools), selector, services.businesses)
    agents, teams = builder.agno_factories(agno_db, settings.default_model)
    # Continued runs use agno's database from worker threads: several continue at once without holding the
    # event loop (and each other) while PostgreSQL answers (agents/database/agno_db.py ThreadedAgnoDb).
    continuing = RunBuilder(Components(threaded(agno_db), tools), selector, services.businesses)
    worker = ContinuationWorker(
        engine, tables, agno_db, continuing.for_workspace, decisions, recorder,
        expiry_grace_hours=settings.approval_expiry_grace_hours, here=here,
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # Runs before agno creates its tables: a database we cannot use stops start-up here, by name.
        version = await run_in_threadpool(ensure_vector_extension, engine)
        await run_in_threadpool(require_hyvve_schema, engine)
        await run_in_threadpool(tables.create, engine)
        await run_in_threadpool(knowledge_base.create_tables)
        chunk_tables = [store.table_name for store in knowledge_base.stores.values()]
        await run_in_threadpool(rls.protect_all, engine, settings.agno_db_schema, agno_db.table_names(), chunk_tables)
        log.info("database %s ready (pgvector %s)", describe(engine), version)
        stop = asyncio.Event()
        background = [
            asyncio.create_task(worker.run(stop), name="continuations"),
            asyncio.create_task(knowledge_base.run(stop), name="knowledge-ingestion"),
            asyncio.create_task(RunReconciler(engine, agno_db, leases).run(stop), name="run-reconciler"),
        ]
        if settings.redis_url:
            publisher = OutboxPublisher(engine, tables, redis.Redis.from_url(settings.redis_url, socket_timeout=5))
            consumer = DecisionConsumer(
                resources.redis,  # type: ignore[arg-type]
                settings.events_consumer_group,
                decisions,
                settings.events_reclaim_idle_ms,
            )
            background += [
                asyncio.create_task(publisher.run(stop), name="outbox"),
                asyncio.create_task(consumer.run(stop), name="decision-events"),
            ]
        # What start-up built (modules, the embedding model, agno's and our singletons) lives as long as the process:
        # frozen out of the cyclic collector, whose full collections then walk what requests allocate, not the
        # ~600k objects of start-up (a full collection was ~10% of the CPU of a run under load). A run allocates
        # thousands of container objects, nearly all freed by reference counting: a young collection every
        # 10,000 allocations (Python's default: 700) instead of several per run.
        gc.collect()
        gc.freeze()
        gc.set_threshold(10_000, 10, 10)
        try:
            yield
        finally:
            stop.set()
            await asyncio.wait(background, timeout=10)
            await resources.close()

    docs = settings.environment != "production"
    base_app = FastAPI(
        title="HYVVE AgentOS",
        version=__version__,
        description="HYVVE's agent runtime: agno AgentOS with workspace tenancy, approvals and BYOAI.",
        lifespan=lifespan,
        openapi_url="/openapi.json" if docs else None,
        docs_url=None,  # ours below: Swagger UI's assets served from this process, so /docs works offline
        redoc_url=None,  # ReDoc loads only from a CDN
    )
    install_error_handlers(base_app)
    if docs:
        base_app.include_router(get_docs_router(base_app.title, "/openapi.json"))
    base_app.include_router(get_health_router(engine, resources.redis))
    base_app.include_router(get_approval_items_router(engine, tables, decisions))
    base_app.include_router(get_models_router(selector))
    base_app.include_router(get_knowledge_router(knowledge_base))
    base_app.include_router(get_resume_router(builder.for_workspace, agno_db))
    base_app.include_router(get_cancel_router(ownership))
    base_app.include_router(get_control_plane_router(
        engine, tables, decisions, agno_db, knowledge_base, builder.for_workspace,
        component_ids,
    ))
    base_app.include_router(get_metrics_router())
    resolver = credential_resolver(resources)

    async def event_stream_ready() -> bool:
        if resources.redis is None:
            return True  # agno's in-process event stream: one replica, always there
        try:
            return bool(await asyncio.wait_for(resources.redis.ping(), timeout=2))
        except (redis.RedisError, OSError, TimeoutError):
            return False

    starter = RunStarter(
        agno_db, selector,
        builder.build,
        services.businesses,
        ownership,
        RunClaims(engine, tables, timedelta(seconds=settings.run_idempotency_window_seconds)),
        event_stream_ready,
    )
    base_app.include_router(get_bridge_router(starter, resolver, settings.run_wait_seconds))
    base_app.include_router(get_web_router(starter, settings.run_wait_seconds))
    base_app.include_router(get_agui_router(starter))
    # Every middleware of the app, outermost first (Starlette runs the last added outermost: added reversed).
    # agno's own (CORS, trailing slash) sits between the two lists: it wraps ours, so preflights and our 401s
    # carry CORS headers and paths are normalised before the route policy.
    name = "HYVVE AgentOS"
    around_agno = [
        Middleware(HeaderSizeLimitMiddleware),  # oversized headers: 431, before anything reads a header
        Middleware(OpenTelemetryMiddleware, exclude_spans=["receive", "send"],  # the request's server span,
                   server_request_hook=without_query_string),  # continuing `traceparent`
        Middleware(TraceIdHeaderMiddleware),  # the span's trace id in the response
        Middleware(UnhandledErrorMiddleware),  # an answer for any exception that escaped (agno's CORS, tenancy)
        Middleware(ConfigNameMiddleware, name=name),  # agno's `/config` names the OS
    ]
    within_agno = [
        Middleware(RequestMetricsMiddleware),  # every request counted and timed
        Middleware(SseKeepaliveMiddleware, interval=settings.sse_keepalive_seconds),  # idle event streams survive
        Middleware(ErrorDialectMiddleware),  # outside tenancy: its refusals get each client's error dialect too
        Middleware(TenancyMiddleware, resolver=resolver),  # the verified caller, the route policy, runs pinned
        # Inside tenancy, both need the verified caller:
        Middleware(ContinueGuard, engine=engine, tables=tables),  # runs awaiting an approval continue only by it
        Middleware(ModelAdmissionMiddleware, selector=selector),  # the workspace's model (BYOAI) and budget
        Middleware(PagingBoundsMiddleware),  # page/limit/offset in range: agno's list routes 500 otherwise
        Middleware(JsonFormBodyMiddleware),  # JSON bodies for agno's form routes
        Middleware(SystemPromptFilterMiddleware),  # run answers without the system prompt (non-operators)
    ]
    for middleware in reversed(within_agno):  # before AgentOS wires its own around them
        base_app.add_middleware(middleware.cls, *middleware.args, **middleware.kwargs)

    agent_os = AgentOS(
        id="hyvve-agentos",
        name=name,
        version=__version__,
        db=agno_db,
        agents=agents,
        teams=teams,
        base_app=base_app,
        on_route_conflict="preserve_base_app",
        # Our middleware is the only auth: no agno security key, no agno default origins.
        settings=AgnoAPISettings(os_security_key=None, docs_enabled=docs, cors_origin_list=[]),
        cors=CORSConfig(origins=settings.cors_origin_list, merge_base_app=False),
        # With Redis, background runs get agno's distributed cancellation and Redis event stream: any
        # replica can cancel a run or reattach to its stream (agents/coordination.py: pools that wait).
        queue=queue_config(settings.redis_url),
        tracing=True,  # agno's trace routes; the provider (OTLP + agno's tables) is ours, set up above
        config=AgentOSConfig(knowledge=knowledge_config(agno_db.id, knowledge_base.documents.name)),
        telemetry=False,
    )
    app = agent_os.get_app()
    # After AgentOS chose its manager (Redis with a queue): every run's owner is recorded as it registers.
    # A proxy that delegates everything to agno's manager (and records owners): agno's type by delegation.
    set_cancellation_manager(cast(BaseRunCancellationManager,
                                  RecordingCancellationManager(get_cancellation_manager(), live_runs)))
    install_contract_openapi(app)  # /openapi.json and /docs show contracts/openapi.json
    for middleware in reversed(around_agno):
        app.add_middleware(middleware.cls, *middleware.args, **middleware.kwargs)
    return app


def __getattr__(name: str) -> FastAPI:
    # `agents.main:app` is built on first access, not at import, so importing create_app (tests,
    # tools) does not start a database.
    if name == "app":
        settings = load_settings()
        configure_logging(settings.log_level)
        if not human_output(settings.environment):
            quiet_progress_bars()
        app = create_app(settings)
        globals()["app"] = app
        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
