"""Rewriting a JSON response body on its way out (error dialects, the system-prompt filter)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from starlette.datastructures import Headers
from starlette.types import Message, Send

JsonRewrite = Callable[[Message, Any], Any]  # (the response's start message, its parsed body) -> the new body


def rewriting_json_send(send: Send, rewrite: JsonRewrite, wanted: Callable[[Message], bool] = lambda _: True) -> Send:
    """A `send` that holds a JSON response `wanted` by its start message until its body is complete, then sends
    `rewrite(start, body)` with a matching content-length. Anything else (event streams included) passes as it is."""
    start: Message | None = None
    chunks: list[bytes] = []

    async def rewriting_send(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            content_type = Headers(raw=message.get("headers", [])).get("content-type", "")
            if content_type.startswith("application/json") and wanted(message):
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
        body = b"".join(chunks)
        try:
            body = json.dumps(rewrite(start, json.loads(body)), default=str).encode()
        except ValueError:
            pass  # not JSON after all: as it was
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body, "more_body": False})

    return rewriting_send
