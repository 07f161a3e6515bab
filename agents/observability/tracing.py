"""OpenTelemetry traces, to two destinations at once: OTLP (the standard `OTEL_*` environment) and agno's
own trace tables (what the Control Plane shows). agno's `setup_tracing` wires only its database; we build
the one TracerProvider with both, then instrument agno with it.

- Every span carries the request's verified `hyvve.workspace_id`, `enduser.id` and correlation id
  (`RequestContextSpanProcessor`), so agno's run, model and tool spans are attributable to a tenant.
- Message content is not recorded unless `TRACE_CAPTURE_CONTENT=true` (OpenInference's TraceConfig).
- The ASGI middleware continues an incoming `traceparent` and makes the request's server span; the
  trace id goes back in the `x-trace-id` response header.
"""

from __future__ import annotations

import os
from typing import Any

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import Span, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agno.tracing.exporter import DatabaseSpanExporter

from agents import __version__
from agents.observability.context import request_context

SPAN_ATTRIBUTES = {"workspace_id": "hyvve.workspace_id", "user_id": "enduser.id", "correlation_id": "hyvve.correlation_id"}


class RequestContextSpanProcessor(SpanProcessor):
    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        for key, attribute in SPAN_ATTRIBUTES.items():
            if value := request_context.get().get(key):
                span.set_attribute(attribute, value)


def setup_tracing(agno_db: Any, capture_content: bool) -> TracerProvider:
    provider = TracerProvider(resource=Resource.create({"service.name": "hyvve-agentos", "service.version": __version__}))
    provider.add_span_processor(RequestContextSpanProcessor())
    provider.add_span_processor(BatchSpanProcessor(DatabaseSpanExporter(db=agno_db), schedule_delay_millis=1000))
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
