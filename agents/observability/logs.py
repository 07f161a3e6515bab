"""Structured logs: one JSON object per line, with the correlation id, trace id and workspace id.

Only what a log call formats goes out: no request bodies, tokens or keys are ever passed to a logger
by this service (tests grep the logs of the whole suite for them), and uvicorn's access lines name the path
without its query string.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import UTC, datetime

from opentelemetry import trace

from agents.observability.context import request_context


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        context = request_context.get()
        if context.get("correlation_id"):
            entry["correlation_id"] = context["correlation_id"]
        if context.get("workspace_id"):
            entry["workspace_id"] = context["workspace_id"]
        span = trace.get_current_span().get_span_context()
        if span.is_valid:
            entry["trace_id"] = format(span.trace_id, "032x")
        fields = getattr(record, "fields", None)  # structured fields: `log.info(..., extra={"fields": {...}})`
        if isinstance(fields, dict):
            entry.update({k: v for k, v in fields.items() if k not in entry})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


class AccessLogPathOnly(logging.Filter):
    """uvicorn's access line carries the query string, where a caller may put a credential (`?token=...`,
    refused, but logged): the line keeps the path only, as the gateway's does."""

    def filter(self, record: logging.LogRecord) -> bool:
        # uvicorn logs '%s - "%s %s HTTP/%s" %d' with (client, method, path?query, http version, status)
        if isinstance(record.args, tuple) and len(record.args) == 5 and isinstance(target := record.args[2], str):
            client, method, _, version, status = record.args
            record.args = (client, method, target.split("?", 1)[0], version, status)
        return True


def human_output(environment: str | None = None) -> bool:
    """A person at a terminal, outside production: start-up banner and refusals in plain text. Otherwise
    (production, or stdout a file or pipe) every line the service writes is one JSON object."""
    environment = environment or os.environ.get("ENVIRONMENT", "development")
    return sys.stdout.isatty() and environment.strip().lower() != "production"


def quiet_progress_bars() -> None:
    """No tqdm bars (model loading, embedding batches) among the JSON lines. Must run before
    huggingface_hub/transformers are imported: they read these variables once."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TQDM_DISABLE", "1")
    # sentence-transformers shows its `Batches` bar whenever its logger is at INFO, whatever the variables say.
    logging.getLogger("sentence_transformers").setLevel(logging.WARNING)


def configure_logging(level: str = "info") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.captureWarnings(True)  # Python's warnings are log records too, not plain lines on stderr
    # uvicorn's own loggers and agno's keep their levels but write through the same handler.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "agno", "agno-team", "agno-workflow"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, AccessLogPathOnly) for f in access.filters):
        access.addFilter(AccessLogPathOnly())
