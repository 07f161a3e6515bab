"""Anthropic Messages API for the scripted model server (a TEST DOUBLE, not a real LLM).

Serves ``POST /v1/messages`` (plain and ``stream: true`` SSE) so the ``anthropic`` SDK and agno's
``Claude`` talk to it over real HTTP: ``Claude(..., client_params={"base_url": server.anthropic_base_url})``.
Tool calls are ``tool_use`` blocks; tool results come back as ``tool_result`` blocks in a user message.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from agents.devtools.scripted_core import (
    Conversation,
    Reply,
    ScriptState,
    admit,
    content_text,
    count_tokens,
    decide,
    fault_headers,
    fault_message,
    json_object,
    json_reply,
    sse_reply,
    text_pieces,
)

_ERROR_TYPES = {
    400: "invalid_request_error", 401: "authentication_error", 403: "permission_error", 404: "not_found_error",
    413: "request_too_large", 429: "rate_limit_error", 500: "api_error", 529: "overloaded_error",
}


def error_response(fault: dict[str, Any]) -> JSONResponse:
    """Anthropic's error shape: ``{"type": "error", "error": {"type", "message"}}``."""
    status = int(fault["status"])
    error_type = _ERROR_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")
    body = {"type": "error", "error": {"type": error_type, "message": fault_message(fault)}}
    return JSONResponse(body, status_code=status, headers=fault_headers(fault))


def _blocks(message: dict[str, Any]) -> list[dict[str, Any]]:
    content = message.get("content")
    return [b for b in content if isinstance(b, dict)] if isinstance(content, list) else []


def conversation(body: dict[str, Any]) -> Conversation:
    messages: list[dict[str, Any]] = [m for m in body.get("messages") or [] if isinstance(m, dict)]
    tool_names = {b.get("id"): b.get("name") for m in messages for b in _blocks(m) if b.get("type") == "tool_use"}
    offered = [t.get("name") for t in body.get("tools") or [] if isinstance(t, dict)]
    conv = Conversation(tools={name for name in offered if isinstance(name, str)})
    if body.get("system"):
        conv.texts.append(content_text(body["system"]))
    conv.texts += [content_text(m.get("content")) for m in messages]
    for m in reversed(messages):  # the last user turn that is not only tool results
        if m.get("role") == "user" and not any(b.get("type") == "tool_result" for b in _blocks(m)):
            conv.user_text = content_text(m.get("content"))
            break
    if messages and messages[-1].get("role") == "user":
        conv.tool_results = [
            (str(tool_names.get(b.get("tool_use_id")) or "unknown"), content_text(b.get("content")))
            for b in _blocks(messages[-1])
            if b.get("type") == "tool_result"
        ]
    return conv


def _tool_use(call: dict[str, Any], arguments: dict[str, Any]) -> dict[str, Any]:
    return {"type": "tool_use", "id": f"toolu_{uuid.uuid4().hex[:24]}", "name": call["name"], "input": arguments}


def _message(reply: Reply, model: str, usage: dict[str, int]) -> dict[str, Any]:
    if reply.tool_call is not None:
        content = [_tool_use(reply.tool_call, reply.tool_call["arguments"])]
    else:
        content = [{"type": "text", "text": reply.text or ""}]
    return {
        "id": f"msg_{uuid.uuid4().hex[:24]}", "type": "message", "role": "assistant", "model": model,
        "content": content, "stop_reason": "tool_use" if reply.tool_call is not None else "end_turn",
        "stop_sequence": None, "usage": usage,
    }


def _stream_events(reply: Reply, model: str, usage: dict[str, int]) -> list[bytes]:
    """message_start, ping, one content block (start/deltas/stop), message_delta (+usage), message_stop."""
    start = _message(reply, model, {"input_tokens": usage["input_tokens"], "output_tokens": 1})
    start |= {"content": [], "stop_reason": None}
    events: list[dict[str, Any]] = [{"type": "message_start", "message": start}, {"type": "ping"}]
    if reply.tool_call is not None:
        args = json.dumps(reply.tool_call["arguments"])
        block: dict[str, Any] = _tool_use(reply.tool_call, {})  # the input arrives as JSON deltas
        # Like the real API: an empty first delta, then the JSON in small pieces.
        pieces = ["", *(args[i : i + 8] for i in range(0, len(args), 8))]
        deltas = [{"type": "input_json_delta", "partial_json": p} for p in pieces]
    else:
        block = {"type": "text", "text": ""}
        deltas = [{"type": "text_delta", "text": p} for p in text_pieces(reply.text or "")]
    events.append({"type": "content_block_start", "index": 0, "content_block": block})
    events += [{"type": "content_block_delta", "index": 0, "delta": d} for d in deltas]
    events.append({"type": "content_block_stop", "index": 0})
    stop = "tool_use" if reply.tool_call is not None else "end_turn"
    events.append({"type": "message_delta", "delta": {"stop_reason": stop, "stop_sequence": None}, "usage": usage})
    events.append({"type": "message_stop"})
    return [f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events]


def _credential(request: Request) -> str | None:
    """The bare key: the API documents ``x-api-key``, but anthropic SDK 2.x sends the ``api_key``
    (and an ``auth_token``) as ``Authorization: Bearer <key>``, so accept both."""
    bearer = request.headers.get("authorization")
    return request.headers.get("x-api-key") or (bearer.removeprefix("Bearer ") if bearer else None)


def router(state: ScriptState) -> APIRouter:
    api = APIRouter()

    @api.post("/v1/messages")
    async def messages(request: Request) -> Response:
        body = await json_object(request)
        fault = await admit(state, request, body, _credential(request))
        if "status" in fault:
            return error_response(fault)
        conv = conversation(body)
        reply = decide(state, conv)
        prompt, completion = count_tokens(conv, reply)
        usage = {"input_tokens": prompt, "output_tokens": completion}
        model = str(body.get("model") or "claude-scripted")
        if body.get("stream"):
            return sse_reply(_stream_events(reply, model, usage), fault, state)
        return json_reply(_message(reply, model, usage), fault)

    return api
