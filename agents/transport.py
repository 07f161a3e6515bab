"""HTTP transport glue around agno's routes: JSON bodies where agno wants forms, and SSE that survives proxies.

- agno's run routes read HTML form fields. HYVVE's clients send JSON. `JsonFormBodyMiddleware` turns an
  `application/json` object body into the equivalent `application/x-www-form-urlencoded` body (nested
  values become JSON strings, as agno's form fields expect) on the POST routes listed in FORM_ROUTES.
- `PagingBoundsMiddleware` refuses `page` below 1 and `page`, `limit`, `offset` past 2**31 - 1 on every route
  (agno's list routes fail on both with a 500).
- `HeaderSizeLimitMiddleware` answers request headers past 16 KB in total with a JSON 431, as the gateway does.
- Idle SSE streams get cut by proxies and load balancers (60-100 s idle limits). `SseKeepaliveMiddleware`
  sends an SSE comment (`: keepalive`) after `interval` seconds without output, and marks event streams
  `Cache-Control: no-cache` and `X-Accel-Buffering: no` for any nginx in front.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agents.error_dialects import WEB_RUNS
from agents.errors import ErrorCode, error_response

PAGING_PARAMETERS = ("page", "limit", "offset")
MAX_PAGING_VALUE = 2**31 - 1  # so (page - 1) * limit always fits a bigint
FORM_ROUTES = re.compile(r"^/(agents|teams|workflows)/[^/]+/runs(/[^/]+/(continue|cancel|resume))?$")
MAX_JSON_BODY = 20 * 1024 * 1024
MAX_HEADER_BYTES = 16 * 1024  # `name: value\r\n` of every header; gateway/nginx.conf's large_client_header_buffers


class JsonFormBodyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # The web app's onboarding routes (agents/routes/web.py) take JSON as it is.
        if not (scope["type"] == "http" and scope.get("method") == "POST" and FORM_ROUTES.match(scope["path"])
                and not WEB_RUNS.match(scope["path"])):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        if not headers.get(b"content-type", b"").split(b";")[0].strip() == b"application/json":
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        try:
            fields = json.loads(body or b"{}")
            if not isinstance(fields, dict):
                raise ValueError
            # Not ASCII-escaped, so a lone surrogate (`"\ud800"`, valid JSON but no text) fails to encode here.
            form = urlencode(
                {k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for k, v in fields.items()
                 if v is not None}
            ).encode()
        except RecursionError:
            await error_response(422, ErrorCode.INVALID_REQUEST, "The JSON body nests too deeply")(scope, receive, send)
            return
        except UnicodeEncodeError:
            message = "The JSON body holds a lone UTF-16 surrogate (\\ud800-\\udfff), which is no text"
            await error_response(422, ErrorCode.INVALID_REQUEST, message)(scope, receive, send)
            return
        except ValueError:
            await error_response(422, ErrorCode.INVALID_REQUEST, "The JSON body must be an object")(scope, receive, send)
            return
        headers[b"content-type"] = b"application/x-www-form-urlencoded"
        headers[b"content-length"] = str(len(form)).encode()
        rewritten = {**scope, "headers": list(headers.items())}
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()  # a disconnect, once the body was read
            delivered = True
            return {"type": "http.request", "body": form, "more_body": False}

        await self.app(rewritten, replay, send)


class PagingBoundsMiddleware:
    """`page`, `limit` and `offset` in range on every route. agno's list routes accept `page=0`, then fail on
    it, and integers of any size, which overflow PostgreSQL's bigint OFFSET: both were 500s."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        problem = _paging_problem(scope.get("query_string", b"")) if scope["type"] == "http" else None
        if problem is None:
            await self.app(scope, receive, send)
            return
        field, text = problem
        await error_response(422, ErrorCode.INVALID_REQUEST, f"{field}: {text}", fields=[{"field": field, "problem": text}])(
            scope, receive, send)


def _paging_problem(query_string: bytes) -> tuple[str, str] | None:
    for name, value in parse_qsl(query_string.decode("latin-1")):
        if name not in PAGING_PARAMETERS:
            continue
        try:
            number = int(value)
        except ValueError:
            continue  # not a number: the route's own validation names it
        if name == "page" and number < 1:
            return name, "Input should be greater than or equal to 1"
        if number > MAX_PAGING_VALUE:
            return name, f"Input should be less than or equal to {MAX_PAGING_VALUE}"
    return None


class HeaderSizeLimitMiddleware:
    """Request headers past MAX_HEADER_BYTES in total are a JSON 431, before anything reads them (a megabyte
    `Authorization` header was otherwise verified). The gateway's own limit is the same size."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and sum(len(k) + len(v) + 4 for k, v in scope["headers"]) > MAX_HEADER_BYTES:
            message = f"The request headers are larger than {MAX_HEADER_BYTES // 1024} KB"
            await error_response(431, ErrorCode.HEADERS_TOO_LARGE, message)(scope, receive, send)
            return
        await self.app(scope, receive, send)


async def _read_body(receive: Receive) -> bytes:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_JSON_BODY:
            break
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)


class SseKeepaliveMiddleware:
    def __init__(self, app: ASGIApp, interval: float = 15.0) -> None:
        self.app = app
        self.interval = interval

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        lock = asyncio.Lock()
        state: dict[str, Any] = {"streaming": False, "done": False, "last": 0.0}
        loop = asyncio.get_running_loop()
        heartbeat: asyncio.Task[None] | None = None

        async def beat() -> None:
            while not state["done"]:
                await asyncio.sleep(max(0.05, state["last"] + self.interval - loop.time()))
                async with lock:
                    if state["done"] or loop.time() - state["last"] < self.interval:
                        continue
                    try:
                        await send({"type": "http.response.body", "body": b": keepalive\n\n", "more_body": True})
                    except (OSError, RuntimeError):  # the client went away; the stream ends on its own
                        return
                    state["last"] = loop.time()

        async def guarded_send(message: Message) -> None:
            nonlocal heartbeat
            if message["type"] == "http.response.start":
                content_type = dict(message.get("headers", [])).get(b"content-type", b"")
                if content_type.startswith(b"text/event-stream"):
                    state["streaming"] = True
                    message["headers"] = [
                        *message.get("headers", []), (b"cache-control", b"no-cache"), (b"x-accel-buffering", b"no")
                    ]
            async with lock:
                await send(message)
                state["last"] = loop.time()
                if message["type"] == "http.response.body" and not message.get("more_body", False):
                    state["done"] = True
            if state["streaming"] and heartbeat is None and not state["done"]:
                heartbeat = asyncio.create_task(beat())

        try:
            await self.app(scope, receive, guarded_send)
        finally:
            state["done"] = True
            if heartbeat is not None:
                heartbeat.cancel()
