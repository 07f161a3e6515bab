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

import json
import re
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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
        start: Message | None = None
        chunks: list[bytes] = []

        async def rewriting_send(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = MutableHeaders(raw=message.get("headers", []))
                if message["status"] >= 400 and headers.get("content-type", "").startswith("application/json"):
                    start = message  # held until the body is complete
                    return
                await send(message)
                return
            if start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            headers = MutableHeaders(raw=start.get("headers", []))
            body = b"".join(chunks)
            try:
                parsed = json.loads(body)
                error = parsed.get("error") if isinstance(parsed, dict) else None
                if isinstance(error, dict):
                    body = json.dumps(dialect(start["status"], error, headers.get("x-correlation-id"))).encode()
            except ValueError:
                pass
            headers["content-length"] = str(len(body))
            await send(start)
            await send({"type": "http.response.body", "body": body, "more_body": False})

        await self.app(scope, receive, rewriting_send)
