"""OpenTelemetry traces, to two destinations at once: OTLP (the standard `OTEL_*` environment) and agno's
own trace tables (what the Control Plane shows). agno's `setup_tracing` wires only its database; we build
the one TracerProvider with both, then instrument agno with it.

- Both are written from BatchSpanProcessor threads, never from a request. agno's tables are written by our
  `TraceTableExporter`: agno's format and upsert rules in one transaction per batch (agno's own exporter
  spends two per trace and ~15x the CPU). They get every span OTLP gets unless `db_sample_ratio` < 1:
  then every trace with an error or an approval span, and that share of the others, each trace whole.
- Every span carries the request's verified `hyvve.workspace_id`, `enduser.id` and correlation id
  (`RequestContextSpanProcessor`), so agno's run, model and tool spans are attributable to a tenant.
- agno's tables hold the work, not the HTTP: the request's server span goes to OTLP only, and the spans
  directly under it are roots there. agno reads a trace's agent, team, session, run and user (`<workspace>:<user>`,
  so a workspace is `STARTSWITH user_id "<workspace>:"`) from its root span, so the Control Plane's filters find
  the run; a request that did no work (probes, refusals, the trace API's own polling) adds no trace row.
- Message content is not recorded unless `TRACE_CAPTURE_CONTENT=true` (OpenInference's TraceConfig).
- The ASGI middleware continues an incoming `traceparent` and makes the request's server span (its URL without
  the query string, which may hold a credential); the trace id goes back in the `x-trace-id` response header.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from typing import Any

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanExportResult
from opentelemetry.trace import SpanKind, StatusCode
from sqlalchemy import case
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import func
from sqlalchemy.types import TIMESTAMP
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agno.db.postgres import PostgresDb
from agno.tracing.schemas import Span as AgnoSpan
from agno.tracing.schemas import create_trace_from_spans
from agno.utils.string import sanitize_postgres_strings

from agents import __version__
from agents.database import tenant
from agents.database.agno_db import agno_table, trace_component_level
from agents.observability.context import request_context

log = logging.getLogger(__name__)

SPAN_ATTRIBUTES = {"workspace_id": "hyvve.workspace_id", "user_id": "enduser.id", "correlation_id": "hyvve.correlation_id"}
# Marks a span started directly under a request's server span: a root in agno's tables, which omit the server span.
REQUEST_ROOT = "hyvve.request_root"


class RequestContextSpanProcessor(SpanProcessor):
    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        for key, attribute in SPAN_ATTRIBUTES.items():
            if value := request_context.get().get(key):
                span.set_attribute(attribute, value)
        parent = trace.get_current_span(parent_context)
        if isinstance(parent, ReadableSpan) and _is_server_span(parent) and span.kind is not SpanKind.SERVER:
            span.set_attribute(REQUEST_ROOT, True)


def _is_server_span(span: ReadableSpan) -> bool:
    return span.kind is SpanKind.SERVER


class TraceTableExporter(SpanExporter):
    """agno's trace tables, in agno's format (its own span conversion and trace aggregation, its upsert rules:
    earliest start, latest end, the highest component's name, context kept once set), one transaction per batch.

    With `sample_ratio` < 1, a trace waits here until its local root span ends (the request's server span,
    or a background run's own root), then is kept whole if any span errored or belongs to an approval
    (`approval.*`), else if its trace id falls in the ratio. Spans ending after their root follow that
    decision (an error still keeps them). Traces whose root never arrives are decided after `max_wait_s`.
    """

    MAX_PENDING_TRACES = 10_000  # and as many decisions remembered for late spans

    def __init__(self, db: PostgresDb, sample_ratio: float = 1.0, max_wait_s: float = 120.0) -> None:
        self.db = db
        self.sample_ratio = min(max(sample_ratio, 0.0), 1.0)
        self._bound = round(self.sample_ratio * (1 << 64))
        self.max_wait_s = max_wait_s
        self._pending: dict[int, tuple[float, list[ReadableSpan]]] = {}  # trace id -> (first seen, spans)
        self._decided: OrderedDict[int, bool] = OrderedDict()  # outside the ratio: kept or dropped
        self._lock = threading.Lock()
        self._statements: tuple[Any, Any] | None = None

    # -- sampling --------------------------------------------------------------------------------------

    def _in_ratio(self, trace_id: int) -> bool:
        return (trace_id & 0xFFFFFFFFFFFFFFFF) < self._bound

    @staticmethod
    def _must_keep(span: ReadableSpan) -> bool:
        return span.status.status_code is StatusCode.ERROR or span.name.startswith("approval.")

    def _select(self, spans: Sequence[ReadableSpan], flush: bool = False) -> list[ReadableSpan]:
        if self.sample_ratio >= 1.0:
            return list(spans)
        selected: list[ReadableSpan] = []
        now = time.monotonic()
        for span in spans:
            trace_id = span.context.trace_id
            kept = True if self._in_ratio(trace_id) else self._decided.get(trace_id)
            if kept is False and self._must_keep(span):  # an error after the root: keep what is left
                kept = self._decided[trace_id] = True
            if kept is not None:
                if kept:
                    selected.append(span)
                continue
            self._pending.setdefault(trace_id, (now, []))[1].append(span)
            if span.parent is None or span.parent.is_remote:  # the local root ended: decide
                selected += self._decide(trace_id)
        for trace_id in [t for t, (seen, _) in self._pending.items() if flush or now - seen > self.max_wait_s]:
            selected += self._decide(trace_id)
        while len(self._pending) > self.MAX_PENDING_TRACES:
            selected += self._decide(next(iter(self._pending)))
        return selected

    def _decide(self, trace_id: int) -> list[ReadableSpan]:
        _, waiting = self._pending.pop(trace_id)
        kept = self._decided[trace_id] = any(self._must_keep(span) for span in waiting)
        while len(self._decided) > self.MAX_PENDING_TRACES:
            self._decided.popitem(last=False)
        return waiting if kept else []

    # -- writing ---------------------------------------------------------------------------------------

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        with self._lock:
            selected = self._select(spans)
        return self._write(selected)

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True  # what waits for its root is not written early: it may still be dropped

    def shutdown(self) -> None:
        with self._lock:
            selected = self._select([], flush=True)
        self._write(selected)

    def _write(self, spans: list[ReadableSpan]) -> SpanExportResult:
        spans = [span for span in spans if not _is_server_span(span)]
        if not spans:
            return SpanExportResult.SUCCESS
        try:
            converted = [_agno_span(span) for span in spans]
            by_trace: dict[str, list[AgnoSpan]] = defaultdict(list)
            for span in converted:
                by_trace[span.trace_id].append(span)
            # Sorted: two replicas upserting the same traces lock them in the same order.
            traces = [_row(create_trace_from_spans(group), drop=("total_spans", "error_count"))
                      for _, group in sorted(by_trace.items())]
            upsert_traces, insert_spans = self._statements or self._prepare()
            rows = [_row(span) for span in converted]
            try:
                self._insert(upsert_traces, traces, insert_spans, rows)
            except DBAPIError as exc:
                if not exc.connection_invalidated:
                    raise
                # The connection died under the batch (a failover, a restart) and took the transaction with
                # it; the pool has dropped that connection, so once more on a fresh one loses nothing.
                self._insert(upsert_traces, traces, insert_spans, rows)
            return SpanExportResult.SUCCESS
        except Exception:  # tracing never breaks the service; the batch is lost, the next one is tried
            log.exception("writing %d spans to agno's trace tables failed", len(spans))
            return SpanExportResult.FAILURE

    def _insert(self, upsert_traces: Any, traces: list[dict[str, Any]], insert_spans: Any, spans: list[dict[str, Any]]) -> None:
        # The exporter's thread writes batches of every workspace's spans: the operator scope.
        with tenant.operator_scope(), self.db.db_engine.begin() as conn:
            conn.execute(upsert_traces, traces)
            conn.execute(insert_spans, spans)

    def _prepare(self) -> tuple[Any, Any]:
        traces = agno_table(self.db, "traces", create=True)
        spans = agno_table(self.db, "spans", create=True)
        if traces is None or spans is None:
            raise RuntimeError("agno could not create its traces and spans tables")
        upsert = insert(traces)
        new, old = upsert.excluded, traces.c
        level = trace_component_level(self.db)
        end, start = func.greatest(old.end_time, new.end_time), func.least(old.start_time, new.start_time)
        upsert = upsert.on_conflict_do_update(  # agno's PostgresDb.upsert_trace, for many rows at once
            index_elements=["trace_id"],
            set_={
                "end_time": end,
                "start_time": start,
                "duration_ms": func.extract(
                    "epoch", func.cast(end, TIMESTAMP(timezone=True)) - func.cast(start, TIMESTAMP(timezone=True))
                ) * 1000,
                "status": new.status,
                # the name of the highest component seen (workflow > team > agent > other spans)
                "name": case((level(new.workflow_id, new.team_id, new.agent_id, new.name)
                              > level(old.workflow_id, old.team_id, old.agent_id, old.name), new.name),
                             else_=old.name),
                **{key: func.coalesce(old[key], new[key])
                   for key in ("run_id", "session_id", "user_id", "agent_id", "team_id", "workflow_id")},
            },
        )
        self._statements = (upsert, insert(spans).on_conflict_do_nothing(index_elements=["span_id"]))
        return self._statements


def _agno_span(span: ReadableSpan) -> AgnoSpan:
    converted = AgnoSpan.from_otel_span(span)
    if (span.attributes or {}).get(REQUEST_ROOT):
        converted.parent_span_id = None  # its parent, the server span, is not in agno's tables
    return converted


def _row(record: Any, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    """agno's `to_dict` for its Span and Trace (ISO times), without dataclasses.asdict's deep copy."""
    row = {key: value for key, value in vars(record).items() if key not in drop}
    for key in ("start_time", "end_time", "created_at"):
        row[key] = row[key].isoformat()
    return sanitize_postgres_strings(row)  # type: ignore[return-value]


def setup_tracing(agno_db: PostgresDb, capture_content: bool, db_sample_ratio: float = 1.0) -> TracerProvider:
    provider = TracerProvider(resource=Resource.create({"service.name": "hyvve-agentos", "service.version": __version__}))
    provider.add_span_processor(RequestContextSpanProcessor())
    provider.add_span_processor(
        BatchSpanProcessor(TraceTableExporter(agno_db, db_sample_ratio), schedule_delay_millis=1000,
                           max_export_batch_size=2048, max_queue_size=8192)
    )
    if os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") or os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"):
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(), schedule_delay_millis=1000))
    trace.set_tracer_provider(provider)

    from openinference.instrumentation import TraceConfig
    from openinference.instrumentation.agno import AgnoInstrumentor

    hide = not capture_content
    config = TraceConfig(hide_inputs=hide, hide_outputs=hide, hide_input_messages=hide, hide_output_messages=hide,
                         hide_input_text=hide, hide_output_text=hide, hide_llm_invocation_parameters=hide)
    instrumentor = AgnoInstrumentor()
    if not instrumentor.is_instrumented_by_opentelemetry:
        instrumentor.instrument(tracer_provider=provider, config=config)
    return provider


_URL_ATTRIBUTES = ("http.url", "url.full", "http.target")


def without_query_string(span: trace.Span, scope: dict[str, Any]) -> None:
    """The ASGI middleware's `server_request_hook`: its server span records the URL with the query string, where a
    caller may put a credential; the span keeps the URL without it, as the access log does."""
    if not span.is_recording() or not scope.get("query_string"):
        return
    attributes = getattr(span, "attributes", None) or {}
    for name in _URL_ATTRIBUTES:
        if isinstance(attributes.get(name), str):
            span.set_attribute(name, attributes[name].split("?", 1)[0])
    if "url.query" in attributes:
        span.set_attribute("url.query", "")


class TraceIdHeaderMiddleware:
    """Inside the OpenTelemetry ASGI middleware: tell the caller which trace their request is."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_trace_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                span = trace.get_current_span().get_span_context()
                if span.is_valid:
                    message["headers"] = [*message.get("headers", []), (b"x-trace-id", format(span.trace_id, "032x").encode())]
            await send(message)

        await self.app(scope, receive, with_trace_id)
