"""Error bodies in the dialect each HYVVE client reads, whoever raised the error.

The service's own shape is `{"error": {"code", "message"}, "detail"}` (agents/errors.py). Two HYVVE clients
read other shapes, unchanged on their side:
- NestJS's AgentOSService (`/bridge/...`) reads `{statusCode, message, error}` (apps/api/src/agentos/dto):
  it logs and surfaces `message`, so without it every refusal reached HYVVE as a generic 500 text;
- the web app's agent client (`/agents/{validation|planning|branding}/runs`) shows `error` as a string
  (an object showed as "[object Object]").
Errors on those paths are rewritten here, at the edge, so a refusal from the tenancy middleware, model
admission, agno or our routes all reach the client the same way. Both keep `code` (our stable error code).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agents.json_responses import rewriting_json_send

WEB_TEAM_IDS = ("validation", "planning", "branding")
WEB_RUNS = re.compile(rf"^/agents/({'|'.join(WEB_TEAM_IDS)})/(runs|health)$")

Body = dict[str, Any]


def _nestjs(status: int, error: Body, correlation_id: str | None) -> Body:
    body = {"statusCode": status, "message": error.get("message", ""), "error": _phrase(status),
            "code": error.get("code"), "detail": error.get("message", "")}
    if correlation_id:
        body["correlationId"] = correlation_id
    return body


def _web(status: int, error: Body, correlation_id: str | None) -> Body:
    return {"success": False, "error": error.get("message", ""), "code": error.get("code"),
            "detail": error.get("message", "")}


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def dialect_name(path: str) -> str | None:
    """`nestjs` or `web` for the paths whose clients read their own error shape, else None (ours)."""
    if path.startswith("/bridge/"):
        return "nestjs"
    if WEB_RUNS.match(path):
        return "web"
    return None


def dialect_for(path: str) -> Callable[[int, Body, str | None], Body] | None:
    return {"nestjs": _nestjs, "web": _web}.get(dialect_name(path) or "")


class ErrorDialectMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        dialect = dialect_for(scope["path"]) if scope["type"] == "http" else None
        if dialect is None:
            await self.app(scope, receive, send)
            return
        def rewrite(start: Message, body: Any) -> Any:
            error = body.get("error") if isinstance(body, dict) else None
            if not isinstance(error, dict):
                return body
            return dialect(start["status"], error, Headers(raw=start.get("headers", [])).get("x-correlation-id"))

        errors_only: Callable[[Message], bool] = lambda start: start["status"] >= 400  # noqa: E731
        await self.app(scope, receive, rewriting_json_send(send, rewrite, errors_only))
