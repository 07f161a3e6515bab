"""OpenTelemetry metrics, exposed for Prometheus at the operator-only `GET /ops/metrics`.

Counters and histograms are recorded where things happen (requests here, runs where agno stores them,
approvals where they are created and decided); gauges read the database at scrape time (pending
approvals, outbox lag) or the engine (pool). Route labels are the route-policy templates, never raw
paths, so ids do not explode cardinality.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from fastapi import APIRouter, Response
from opentelemetry import metrics
from opentelemetry.exporter.prometheus import PrometheusMetricReader
from opentelemetry.metrics import CallbackOptions, Observation
from opentelemetry.sdk.metrics import MeterProvider
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import Engine, text
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agents.database import tenant
from agents.middleware.route_policy import find_rule

_meter = metrics.get_meter("hyvve-agentos")


class Meters:
    def __init__(self) -> None:
        self.requests = _meter.create_counter("agentos_http_requests", description="HTTP requests by route and status")
        self.request_seconds = _meter.create_histogram("agentos_http_request_duration", unit="s")
        self.runs = _meter.create_counter("agentos_runs", description="Finished runs by agent and outcome")
        self.run_seconds = _meter.create_histogram("agentos_run_duration", unit="s")
        self.tokens = _meter.create_counter("agentos_model_tokens", description="Tokens by provider and kind")
        self.model_seconds = _meter.create_histogram("agentos_model_latency", unit="s")
        self.approvals = _meter.create_counter("agentos_approvals", description="Approvals by outcome")

    def run_finished(self, run: dict[str, Any], outcome: str) -> None:
        agent = str(run.get("team_id") or run.get("agent_id") or "unknown")
        self.runs.add(1, {"agent": agent, "outcome": outcome})
        run_metrics = run.get("metrics") or {}
        if run_metrics.get("duration"):
            self.run_seconds.record(float(run_metrics["duration"]), {"agent": agent})
        for usage in (run_metrics.get("details") or {}).get("model") or []:
            provider = str(usage.get("provider") or "unknown").split(" ")[0]
            self.tokens.add(int(usage.get("input_tokens") or 0), {"provider": provider, "kind": "prompt"})
            self.tokens.add(int(usage.get("output_tokens") or 0), {"provider": provider, "kind": "completion"})
            if usage.get("duration") or run_metrics.get("duration"):
                self.model_seconds.record(float(usage.get("duration") or run_metrics["duration"]), {"provider": provider})


METERS = Meters()


def setup_metrics(engine: Engine, schema: str) -> PrometheusMetricReader:
    reader = PrometheusMetricReader()
    # Instruments made before this (METERS) are proxies that bind to this provider now.
    metrics.set_meter_provider(MeterProvider(metric_readers=[reader]))

    def pending(_: CallbackOptions) -> Iterable[Observation]:
        with tenant.operator_scope(), engine.connect() as conn:  # a count over every workspace
            count = conn.execute(text(f'SELECT count(*) FROM "{schema}".agentos_approvals WHERE status = \'pending\'')).scalar()
        yield Observation(int(count or 0))

    def outbox_lag(_: CallbackOptions) -> Iterable[Observation]:
        with tenant.operator_scope(), engine.connect() as conn:
            oldest = conn.execute(text(
                f'SELECT extract(epoch FROM now() - min(created_at)) FROM "{schema}".agentos_outbox WHERE published_at IS NULL'
            )).scalar()
        yield Observation(float(oldest or 0.0))

    def pool(_: CallbackOptions) -> Iterable[Observation]:
        yield Observation(engine.pool.checkedout(), {"state": "in_use"})  # type: ignore[attr-defined]
        yield Observation(engine.pool.checkedin(), {"state": "idle"})  # type: ignore[attr-defined]

    _meter.create_observable_gauge("agentos_approvals_pending", [pending])
    _meter.create_observable_gauge("agentos_outbox_lag", [outbox_lag], unit="s")
    _meter.create_observable_gauge("agentos_db_pool_connections", [pool])
    return reader


class RequestMetricsMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), 500

        async def record_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record_status)
        finally:
            rule = find_rule(scope.get("method", "GET"), scope["path"])
            labels = {"route": rule.path if rule else "unclassified", "method": scope.get("method", ""), "status": str(status)}
            METERS.requests.add(1, labels)
            METERS.request_seconds.record(time.perf_counter() - started, labels)


def get_metrics_router() -> APIRouter:
    router = APIRouter(tags=["Operations"])

    @router.get("/ops/metrics", operation_id="prometheus_metrics", response_class=Response,
                responses={200: {"content": {"text/plain": {}}, "description": "Prometheus exposition"}})
    async def prometheus_metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return router
