"""Google Gemini API for the scripted model server (a TEST DOUBLE, not a real LLM).

Serves ``POST /{v1,v1beta,v1alpha}/models/{model}:generateContent`` and ``:streamGenerateContent``
(``alt=sse``, or a JSON array without it) so ``google-genai`` and agno's ``Gemini`` talk to it over
real HTTP: ``Gemini(..., client_params={"http_options": {"base_url": server.gemini_base_url}})``.
Tool calls are ``functionCall`` parts; tool results come back as ``functionResponse`` parts.
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
    count_tokens,
    decide,
    fault_headers,
    fault_message,
    json_object,
    json_reply,
    sse_reply,
    text_pieces,
)

API_VERSIONS = ("v1", "v1beta", "v1alpha")  # google-genai 3.x defaults to v1, the REST docs to v1beta
_STATUS_NAMES = {
    400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE", 504: "DEADLINE_EXCEEDED",
}


def error_response(fault: dict[str, Any]) -> JSONResponse:
    """Google's error shape: ``{"error": {"code", "message", "status"}}``."""
    status = int(fault["status"])
    name = _STATUS_NAMES.get(status, "INTERNAL" if status >= 500 else "FAILED_PRECONDITION")
    body = {"error": {"code": status, "message": fault_message(fault), "status": name}}
    return JSONResponse(body, status_code=status, headers=fault_headers(fault))


def _parts(content: Any) -> list[dict[str, Any]]:
    parts = content.get("parts") if isinstance(content, dict) else None
    return [p for p in parts if isinstance(p, dict)] if isinstance(parts, list) else []


def _parts_text(content: Any) -> str:
    return " ".join(p["text"] for p in _parts(content) if isinstance(p.get("text"), str))


def _response_of(part: dict[str, Any]) -> dict[str, Any] | None:
    call = part.get("functionResponse", part.get("function_response"))
    return call if isinstance(call, dict) else None


def _result_text(response: Any) -> str:
    """agno sends ``{"result": <output>}``; show a lone string result as is, anything else as JSON."""
    if isinstance(response, dict) and len(response) == 1:
        only = next(iter(response.values()))
        if isinstance(only, str):
            return only
    return response if isinstance(response, str) else json.dumps(response)


def conversation(body: dict[str, Any]) -> Conversation:
    contents: list[dict[str, Any]] = [c for c in body.get("contents") or [] if isinstance(c, dict)]
    conv = Conversation()
    for tool in [t for t in body.get("tools") or [] if isinstance(t, dict)]:
        declarations = tool.get("functionDeclarations", tool.get("function_declarations")) or []
        conv.tools |= {d["name"] for d in declarations if isinstance(d, dict) and isinstance(d.get("name"), str)}
    system = body.get("systemInstruction", body.get("system_instruction"))
    if system:
        conv.texts.append(system if isinstance(system, str) else _parts_text(system))
    conv.texts += [_parts_text(c) for c in contents]
    for content in reversed(contents):  # the last user turn that carries text
        if content.get("role", "user") == "user" and not any(_response_of(p) for p in _parts(content)):
            conv.user_text = _parts_text(content)
            break
    for content in reversed(contents):  # parallel results may be one content or several trailing ones
        responses = [r for r in map(_response_of, _parts(content)) if r]
        if not responses:
            break
        found = [(str(r.get("name") or "unknown"), _result_text(r.get("response"))) for r in responses]
        conv.tool_results[:0] = found
    return conv


def _chunk(parts: list[dict[str, Any]], model: str, usage: dict[str, int], finished: bool) -> dict[str, Any]:
    candidate: dict[str, Any] = {"content": {"role": "model", "parts": parts}, "index": 0}
    if finished:
        candidate["finishReason"] = "STOP"  # Gemini ends function-call turns with STOP too
    return {"candidates": [candidate], "usageMetadata": usage, "modelVersion": model}


def _reply_parts(reply: Reply) -> list[dict[str, Any]]:
    if reply.tool_call is not None:
        return [{"functionCall": {"name": reply.tool_call["name"], "args": reply.tool_call["arguments"]}}]
    return [{"text": reply.text or ""}]


def _stream_chunks(reply: Reply, model: str, usage: dict[str, int]) -> list[dict[str, Any]]:
    """Text arrives piece by piece (usage so far on each chunk), a function call whole; the last chunk finishes."""
    if reply.tool_call is not None:
        return [_chunk(_reply_parts(reply), model, usage, True)]
    pieces = text_pieces(reply.text or "") or [""]
    partial = {"promptTokenCount": usage["promptTokenCount"], "totalTokenCount": usage["promptTokenCount"]}
    chunks = [_chunk([{"text": p}], model, partial, False) for p in pieces[:-1]]
    return chunks + [_chunk([{"text": pieces[-1]}], model, usage, True)]


def router(state: ScriptState) -> APIRouter:
    api = APIRouter()

    # One route for both methods: "{model}:{method}" is a single path segment.
    @api.post("/{version}/models/{target}")
    async def generate(version: str, target: str, request: Request) -> Response:
        model, _, method = target.rpartition(":")
        if version not in API_VERSIONS or method not in ("generateContent", "streamGenerateContent"):
            return error_response({"status": 404, "message": f"Method not found: {request.url.path}"})
        body = await json_object(request)
        key = request.headers.get("x-goog-api-key") or request.query_params.get("key")
        fault = await admit(state, request, body, key)
        if "status" in fault:
            return error_response(fault)
        conv = conversation(body)
        reply = decide(state, conv)
        prompt, completion = count_tokens(conv, reply)
        usage = {"promptTokenCount": prompt, "candidatesTokenCount": completion, "totalTokenCount": prompt + completion}
        response_id = uuid.uuid4().hex[:20]
        if method == "generateContent":
            return json_reply(_chunk(_reply_parts(reply), model, usage, True) | {"responseId": response_id}, fault)
        chunks = [c | {"responseId": response_id} for c in _stream_chunks(reply, model, usage)]
        if request.query_params.get("alt") != "sse":  # without alt=sse the API streams one JSON array
            return json_reply(chunks, fault)
        return sse_reply([f"data: {json.dumps(c)}\r\n\r\n".encode() for c in chunks], fault, state)

    return api
