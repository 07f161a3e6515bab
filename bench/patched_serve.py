"""`python -m bench.patched_serve [serve args]`: the service with candidate fixes applied as monkeypatches, for
bench/experiments.py. It changes nothing in agents/: it patches modules in this process, then runs the same
`python -m agents serve` entry point (uvicorn runs the app in this process with one worker, so the patches hold).

BENCH_PATCHES (comma-separated) chooses them:
- shared_client: per-run OpenAI models reuse one SDK client per (base URL, timeout, retries), re-keyed with
  `with_options(api_key=...)` (no new httpx client and SSL context, ~25 ms of CPU, per run);
- selection_cache: the workspace's provider configs and settings are cached 5 s (AUTH_CACHE_SECONDS-like);
- no_db_spans: spans go to OTLP only, not to agno's trace tables;
- db_spans_sampled: agno's trace tables keep 10% of the traces (plus every error and approval trace);
- no_tracing: no TracerProvider and no OpenInference instrumentation at all (neither ours nor agno's);
- no_pre_ping: the engine without `pool_pre_ping` (agno's factory turns it on: a `SELECT 1` round trip per
  connection checkout);
- trace_imv: agno's trace tables written with one multi-row INSERT per table and batch (SQLAlchemy's
  insertmanyvalues, chosen by adding RETURNING) instead of psycopg's pipelined executemany;
- quiet: log level warning (no uvicorn access line and no info line per request).

shared_client is what agents/providers/catalog.py does itself since 524e290, no_pre_ping what
agents/database/engine.py does since 8fba295: those patches are then no-ops.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any

PATCHES = {p.strip() for p in os.environ.get("BENCH_PATCHES", "").split(",") if p.strip()}


def _shared_client() -> None:
    from openai import AsyncOpenAI

    from agno.models.openai import OpenAIChat

    import agents.providers.catalog as catalog
    import agents.teams.registry as registry

    clients: dict[tuple[Any, ...], AsyncOpenAI] = {}
    lock = threading.Lock()
    original = catalog.build_model

    def build_model(spec: catalog.ModelSpec) -> Any:
        model = original(spec)
        if isinstance(model, OpenAIChat) and model.async_client is None:
            key = (model.base_url, model.timeout, model.max_retries)
            with lock:
                base = clients.get(key)
                if base is None:
                    base = clients[key] = AsyncOpenAI(api_key="unused", base_url=model.base_url, timeout=model.timeout,
                                                      max_retries=model.max_retries)
            model.async_client = base.with_options(api_key=model.api_key or "not-needed")
        return model

    catalog.build_model = build_model
    registry.build_model = build_model


def _selection_cache() -> None:
    from agents.providers.selection import ModelSelector

    original = ModelSelector._load
    cache: dict[str, tuple[float, Any]] = {}

    def _load(self: ModelSelector, workspace_id: str) -> Any:
        hit = cache.get(workspace_id)
        if hit is not None and hit[0] > time.monotonic():
            return hit[1]
        value = original(self, workspace_id)
        cache[workspace_id] = (time.monotonic() + 5, value)
        return value

    ModelSelector._load = _load  # type: ignore[method-assign]


def _no_db_spans() -> None:
    from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

    import agents.observability.tracing as tracing

    class Nowhere(SpanExporter):
        def __init__(self, *_: Any, **__: Any) -> None:
            pass

        def export(self, spans: Any) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    tracing.TraceTableExporter = Nowhere  # type: ignore[misc,assignment]


def _db_spans_sampled() -> None:
    import agents.observability.tracing as tracing

    original = tracing.setup_tracing
    tracing.setup_tracing = lambda db, capture, *_: original(db, capture, 0.1)  # type: ignore[assignment]


def _no_tracing() -> None:
    import agno.os.app

    import agents.observability.tracing as tracing

    tracing.setup_tracing = lambda *args, **kwargs: None  # type: ignore[assignment]
    # AgentOS(tracing=True) would otherwise install agno's own provider, whose SimpleSpanProcessor writes
    # every span to the database synchronously, on the event loop.
    agno.os.app.setup_tracing_for_os = lambda *args, **kwargs: None  # type: ignore[assignment]


def _no_pre_ping() -> None:
    import agents.database.engine as engine

    original = engine.create_postgres_engine
    engine.create_postgres_engine = lambda url, **kwargs: original(url, **{**kwargs, "pool_pre_ping": False})


def _trace_imv() -> None:
    import agents.observability.tracing as tracing

    original = tracing.TraceTableExporter._prepare

    def _prepare(self: tracing.TraceTableExporter) -> Any:
        upsert, insert_spans = original(self)
        self._statements = (upsert.returning(upsert.table.c.trace_id), insert_spans.returning(insert_spans.table.c.span_id))
        return self._statements

    tracing.TraceTableExporter._prepare = _prepare  # type: ignore[method-assign]


def main() -> None:
    if "trace_imv" in PATCHES:
        _trace_imv()
    if "shared_client" in PATCHES:
        _shared_client()
    if "selection_cache" in PATCHES:
        _selection_cache()
    if "no_db_spans" in PATCHES:
        _no_db_spans()
    if "db_spans_sampled" in PATCHES:
        _db_spans_sampled()
    if "no_tracing" in PATCHES:
        _no_tracing()
    if "no_pre_ping" in PATCHES:
        _no_pre_ping()
    args = sys.argv[1:]
    if "quiet" in PATCHES:
        args += ["--log-level", "warning"]
        os.environ["LOG_LEVEL"] = "warning"
    from agents.cli import main as cli

    sys.exit(cli(["serve", *args]))


if __name__ == "__main__":
    main()
