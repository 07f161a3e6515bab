"""Scripted OpenAI-compatible model server -- a TEST DOUBLE, not a real LLM.

Stands in for a remote LLM provider in tests, demos and benchmarks: agno's
``OpenAIChat``/``OpenAILike`` and the ``openai`` SDK talk to it over real HTTP
via ``base_url``. Replies are deterministic; the first matching step wins:

1. custom rules (``add_rule`` / ``POST /_scripted/rules``), in insertion order, matched by regex
   on the last user message (``tool_call`` rules are skipped once the last message is a tool
   result, so a rule can't make the agent loop; ``reply`` rules may supply the final answer);
2. the last message is a tool result -> ``Tool <name> returned: <content>``;
3. the last user message says ``call <tool> {json args}`` -> a tool call, if offered;
4. otherwise ``Scripted reply: <last user message>``.

Latency and faults (HTTP errors, timeouts, dropped connections) are injectable
through the test-only ``/_scripted/*`` endpoints. Every response carries
``x-model-provider: scripted-test-double`` so it can never pass for a real provider.

Standalone: ``python -m agents.devtools.scripted_model --port 8011 --latency-ms 50``
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import copy
import hashlib
import json
import math
import random
import re
import socket
import struct
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Any, AsyncIterator

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PROVIDER_HEADER = (b"x-model-provider", b"scripted-test-double")
MODEL_IDS = ("gpt-4o-mini", "gpt-4o", "scripted-model", "text-embedding-3-small")
DEFAULT_EMBEDDING_DIMENSIONS = 384
MAX_RECORDED_REQUESTS = 10_000  # bounded so long benchmark runs cannot grow memory forever
_CALL_RE = re.compile(r"\bcall\s+([A-Za-z0-9_-]+)")
_ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 429: "rate_limit_exceeded"}


@dataclass
class Rule:
    pattern: re.Pattern[str]
    reply: str | None = None
    tool_call: dict[str, Any] | None = None  # {"name": str, "arguments": dict}
    times: int | None = None  # None = unlimited


@dataclass
class Reply:
    text: str | None = None
    tool_call: dict[str, Any] | None = None


def make_rule(match: str, reply: str | None = None, tool_call: dict | None = None, times: int | None = None) -> Rule:
    if (reply is None) == (tool_call is None):
        raise ValueError("a rule needs exactly one of 'reply' or 'tool_call'")
    if tool_call is not None and not isinstance(tool_call.get("name"), str):
        raise ValueError("'tool_call' needs a string 'name'")
    if times is not None and int(times) < 1:
        raise ValueError("'times' must be >= 1")
    try:
        pattern = re.compile(match)
    except (re.error, TypeError) as exc:
        raise ValueError(f"invalid 'match' regex {match!r}: {exc}") from exc
    call = None if tool_call is None else {"name": tool_call["name"], "arguments": tool_call.get("arguments") or {}}
    return Rule(pattern, reply, call, None if times is None else int(times))


def check_fault(fault: Any) -> dict[str, Any]:
    if not isinstance(fault, dict) or not {"status", "timeout", "disconnect"} & fault.keys():
        raise ValueError("a fault needs one of 'status', 'timeout' or 'disconnect'")
    count = int(fault.get("count", 1))
    if count < 1:
        raise ValueError("'count' must be >= 1")
    return {**fault, "count": count}


class ScriptState:
    """The mutable script, shared by the HTTP handlers (server thread) and the Python API (test thread)."""

    def __init__(self, latency_ms: int = 0, chunk_delay_ms: int = 0) -> None:
        self._defaults = (latency_ms, chunk_delay_ms)
        self._lock = threading.Lock()
        self.rules: list[Rule] = []
        self.faults: deque[dict[str, Any]] = deque()
        self.recorded: deque[dict[str, Any]] = deque(maxlen=MAX_RECORDED_REQUESTS)
        self.latency_ms, self.chunk_delay_ms = latency_ms, chunk_delay_ms

    def reset(self) -> None:
        with self._lock:
            self.rules.clear()
            self.faults.clear()
            self.recorded.clear()
            self.latency_ms, self.chunk_delay_ms = self._defaults

    def add_rule(self, rule: Rule) -> None:
        with self._lock:
            self.rules.append(rule)

    def add_fault(self, fault: dict[str, Any]) -> None:
        checked = check_fault(fault)
        with self._lock:
            self.faults.append(checked)

    def record(self, body: Any, authorization: str | None) -> None:
        with self._lock:
            self.recorded.append({"body": body, "authorization": authorization})

    def requests(self) -> list[dict[str, Any]]:
        with self._lock:
            return copy.deepcopy(list(self.recorded))

    def next_fault(self) -> dict[str, Any] | None:
        with self._lock:
            if not self.faults:
                return None
            fault = self.faults[0]
            fault["count"] -= 1
            if fault["count"] <= 0:
                self.faults.popleft()
            return dict(fault)

    def match_rule(self, user_text: str, after_tool: bool) -> Reply | None:
        with self._lock:
            for i, rule in enumerate(self.rules):
                # After a tool ran, the user text still matches: re-calling the tool would loop forever.
                if (rule.tool_call and after_tool) or not rule.pattern.search(user_text):
                    continue
                if rule.times is not None:
                    rule.times -= 1
                    if rule.times <= 0:
                        del self.rules[i]
                return Reply(rule.reply, copy.deepcopy(rule.tool_call))
        return None


# --- scripting -------------------------------------------------------------------------------


def _text(content: Any) -> str:
    """Message content may be a string, None, or a list of content parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def _tool_results_text(messages: list[dict[str, Any]]) -> str:
    names = {
        tc.get("id"): (tc.get("function") or {}).get("name")
        for m in messages
        if m.get("role") == "assistant"
        for tc in m.get("tool_calls") or []
    }
    lines = []
    for m in reversed(messages):  # parallel tool calls leave several trailing tool messages
        if m.get("role") != "tool":
            break
        name = names.get(m.get("tool_call_id")) or m.get("name") or "unknown"
        lines.append(f"Tool {name} returned: {_text(m.get('content'))}")
    return "\n".join(reversed(lines))


def script_reply(state: ScriptState, body: dict[str, Any]) -> Reply:
    messages: list[dict[str, Any]] = body.get("messages") or []
    user_text = next((_text(m.get("content")) for m in reversed(messages) if m.get("role") == "user"), "")
    after_tool = bool(messages) and messages[-1].get("role") == "tool"
    custom = state.match_rule(user_text, after_tool)
    if custom is not None:
        return custom
    if after_tool:
        return Reply(text=_tool_results_text(messages))
    found = _CALL_RE.search(user_text)
    if found:
        name = found.group(1)
        offered = {(t.get("function") or {}).get("name") for t in body.get("tools") or []}
        if name not in offered:
            return Reply(text=f"Tool {name} is not available.")
        rest, args = user_text[found.end() :].lstrip(), {}
        if rest.startswith("{"):
            try:
                args, _ = json.JSONDecoder().raw_decode(rest)  # tolerate trailing prose after the JSON
            except json.JSONDecodeError as exc:
                return Reply(text=f"Could not parse arguments for {name}: {exc}")
        return Reply(tool_call={"name": name, "arguments": args})
    return Reply(text=f"Scripted reply: {user_text}")


def _usage(messages: list[dict[str, Any]], reply: Reply) -> dict[str, int]:
    # Deterministic stand-in for tokenization: whitespace words, +1 per message for the role.
    prompt = sum(len(_text(m.get("content")).split()) + 1 for m in messages)
    if reply.tool_call is not None:
        completion = len(f"{reply.tool_call['name']} {json.dumps(reply.tool_call['arguments'])}".split())
    else:
        completion = len((reply.text or "").split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


# --- response shapes -------------------------------------------------------------------------


def _completion(reply: Reply, model: str, usage: dict[str, int]) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.text, "refusal": None}
    if reply.tool_call is not None:
        function = {"name": reply.tool_call["name"], "arguments": json.dumps(reply.tool_call["arguments"])}
        message["tool_calls"] = [{"id": f"call_{uuid.uuid4().hex[:24]}", "type": "function", "function": function}]
    finish = "tool_calls" if reply.tool_call is not None else "stop"
    choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": finish}
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion", "created": int(time.time()),
        "model": model, "choices": [choice], "usage": usage, "system_fingerprint": "fp_scripted",
    }


def _stream_events(reply: Reply, model: str, usage: dict[str, int] | None) -> list[bytes]:
    """The SSE events OpenAI would send: role delta, content/tool-call deltas, finish, usage, [DONE]."""
    base = {"id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion.chunk", "created": int(time.time())}
    base |= {"model": model, "system_fingerprint": "fp_scripted"}

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        extra = {} if usage is None else {"usage": None}  # OpenAI sends usage: null until the last chunk
        return base | {"choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]} | extra

    if reply.tool_call is not None:
        args = json.dumps(reply.tool_call["arguments"])
        head = {"index": 0, "id": f"call_{uuid.uuid4().hex[:24]}", "type": "function"}
        head["function"] = {"name": reply.tool_call["name"], "arguments": ""}
        chunks = [chunk({"role": "assistant", "content": None, "tool_calls": [head]})]
        chunks += [
            chunk({"tool_calls": [{"index": 0, "function": {"arguments": args[i : i + 8]}}]})
            for i in range(0, len(args), 8)
        ]
        chunks.append(chunk({}, "tool_calls"))
    else:
        # Split after whitespace so the pieces concatenate back to exactly the reply text.
        pieces = [p for p in re.split(r"(?<=\s)(?=\S)", reply.text or "") if p]
        chunks = [chunk({"role": "assistant", "content": ""})] + [chunk({"content": p}) for p in pieces]
        chunks.append(chunk({}, "stop"))
    if usage is not None:
        chunks.append(base | {"choices": [], "usage": usage})
    return [f"data: {json.dumps(c)}\n\n".encode() for c in chunks] + [b"data: [DONE]\n\n"]


def _error_response(fault: dict[str, Any]) -> JSONResponse:
    status = int(fault["status"])
    default_type = "server_error" if status >= 500 else "invalid_request_error"
    error_type = fault.get("type") or _ERROR_TYPES.get(status, default_type)
    message = fault.get("message") or f"Scripted fault: HTTP {status}"
    code = fault.get("code", "rate_limit_exceeded" if status == 429 else None)
    headers = {"retry-after": str(fault["retry_after"])} if "retry_after" in fault else None
    body = {"error": {"message": message, "type": error_type, "param": None, "code": code}}
    return JSONResponse(body, status_code=status, headers=headers)


class _DroppedResponse(Response):
    """Fault injection: send the headers and part of the body, then drop the connection."""

    def __init__(self, partial: bytes, media_type: str, declared_length: int | None) -> None:
        super().__init__(partial, media_type=media_type)
        self.raw_headers = [(k, v) for k, v in self.raw_headers if k != b"content-length"]
        if declared_length is not None:  # promise more bytes than we send -> truncated body on the client
            self.raw_headers.append((b"content-length", str(declared_length).encode()))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body, "more_body": True})
        # Returning without the final body message makes uvicorn close the socket mid-response.


class _ProviderHeaderMiddleware:
    """Pure ASGI (not BaseHTTPMiddleware) so streaming and dropped responses pass through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), PROVIDER_HEADER]
            await send(message)

        await self.app(scope, receive, send_with_header)


async def _sleep_unless_disconnected(request: Request, seconds: float) -> None:
    # Poll for disconnects so a client that already timed out doesn't pin a task for the full delay.
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while (remaining := deadline - loop.time()) > 0:
        if await request.is_disconnected():
            return
        await asyncio.sleep(min(0.05, remaining))


async def _json_object(request: Request) -> dict[str, Any]:
    body = await request.json()  # invalid JSON raises JSONDecodeError, a ValueError -> 400
    if not isinstance(body, dict):
        raise ValueError("request body must be a JSON object")
    return body


async def _paced(events: list[bytes], delay_ms: int) -> AsyncIterator[bytes]:
    for i, event in enumerate(events):
        if i and delay_ms:
            await asyncio.sleep(delay_ms / 1000)
        yield event


# --- the app ---------------------------------------------------------------------------------


def create_app(state: ScriptState | None = None) -> FastAPI:
    state = state or ScriptState()
    app = FastAPI(title="Scripted model server (TEST DOUBLE)", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(_ProviderHeaderMiddleware)
    app.state.script = state

    @app.exception_handler(ValueError)  # bad JSON bodies and invalid rules/faults -> OpenAI-style 400
    async def _bad_request(_: Request, exc: ValueError) -> JSONResponse:
        return _error_response({"status": 400, "message": str(exc)})

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        body = await _json_object(request)
        state.record(body, request.headers.get("authorization"))
        if state.latency_ms:
            await _sleep_unless_disconnected(request, state.latency_ms / 1000)
        fault = state.next_fault() or {}
        if "timeout" in fault:
            await _sleep_unless_disconnected(request, float(fault["timeout"]))
        if "status" in fault:
            return _error_response(fault)
        reply = script_reply(state, body)
        model = str(body.get("model") or "scripted-model")
        usage = _usage(body.get("messages") or [], reply)
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            events = _stream_events(reply, model, usage if include_usage else None)
            if fault.get("disconnect"):
                return _DroppedResponse(b"".join(events[: len(events) // 2]), "text/event-stream", None)
            paced = _paced(events, state.chunk_delay_ms)
            return StreamingResponse(paced, media_type="text/event-stream", headers={"cache-control": "no-cache"})
        payload = json.dumps(_completion(reply, model, usage)).encode()
        if fault.get("disconnect"):
            return _DroppedResponse(payload[: len(payload) // 2], "application/json", len(payload))
        return Response(payload, media_type="application/json")

    @app.get("/v1/models")
    async def list_models() -> dict[str, Any]:
        data = [{"id": m, "object": "model", "created": 0, "owned_by": "scripted-test-double"} for m in MODEL_IDS]
        return {"object": "list", "data": data}

    @app.post("/v1/embeddings")
    async def embeddings(request: Request) -> dict[str, Any]:
        body = await _json_object(request)
        raw = body.get("input")
        # One string, one token array, or a list of either.
        inputs = [raw] if isinstance(raw, str) or (raw and all(isinstance(t, int) for t in raw)) else list(raw or [])
        dims = int(body.get("dimensions") or DEFAULT_EMBEDDING_DIMENSIONS)
        data, tokens = [], 0
        for i, item in enumerate(inputs):
            vector = _embed(item if isinstance(item, str) else json.dumps(item), dims)
            tokens += len(item.split()) if isinstance(item, str) else len(item)
            # The openai SDK asks for base64 (packed little-endian float32) unless told otherwise.
            if body.get("encoding_format") == "base64":
                data.append({"object": "embedding", "index": i, "embedding": _b64(vector)})
            else:
                data.append({"object": "embedding", "index": i, "embedding": vector})
        usage = {"prompt_tokens": tokens, "total_tokens": tokens}
        return {"object": "list", "data": data, "model": body.get("model") or MODEL_IDS[-1], "usage": usage}

    @app.post("/_scripted/faults")
    async def add_faults(request: Request) -> dict[str, Any]:
        payload = await request.json()
        faults = [check_fault(f) for f in (payload if isinstance(payload, list) else [payload])]
        for fault in faults:
            state.add_fault(fault)
        return {"queued": len(state.faults)}

    @app.post("/_scripted/rules")
    async def add_rules(request: Request) -> dict[str, Any]:
        payload = await request.json()
        items = payload if isinstance(payload, list) else [payload]
        if not all(isinstance(r, dict) for r in items):
            raise ValueError("a rule must be a JSON object")
        rules = [make_rule(r.get("match"), r.get("reply"), r.get("tool_call"), r.get("times")) for r in items]
        for rule in rules:
            state.add_rule(rule)
        return {"rules": len(state.rules)}

    @app.post("/_scripted/reset")
    async def reset() -> dict[str, Any]:
        state.reset()
        return {"ok": True}

    @app.get("/_scripted/requests")
    async def recorded_requests() -> list[dict[str, Any]]:
        return state.requests()

    @app.post("/_scripted/config")
    async def set_config(request: Request) -> dict[str, Any]:
        payload = await _json_object(request)
        if "latency_ms" in payload:
            state.latency_ms = int(payload["latency_ms"])
        if "chunk_delay_ms" in payload:
            state.chunk_delay_ms = int(payload["chunk_delay_ms"])
        return {"latency_ms": state.latency_ms, "chunk_delay_ms": state.chunk_delay_ms}

    return app


def _embed(text: str, dims: int) -> list[float]:
    rng = random.Random(hashlib.sha256(text.encode()).digest())  # bytes seeds are stable across processes
    vector = [rng.gauss(0.0, 1.0) for _ in range(dims)]
    norm = math.sqrt(sum(v * v for v in vector)) or 1.0
    return [v / norm for v in vector]


def _b64(vector: list[float]) -> str:
    return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()


# --- in-process server -----------------------------------------------------------------------


class ScriptedModelServer:
    """Runs the scripted app under uvicorn in a daemon thread (for tests, demos and benchmarks)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, latency_ms: int = 0, chunk_delay_ms: int = 0) -> None:
        self.host, self.port = host, port
        self.state = ScriptState(latency_ms, chunk_delay_ms)
        self.app = create_app(self.state)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> ScriptedModelServer:
        if self._thread is not None:
            return self
        # Bind ourselves so port 0 resolves to a real port before uvicorn starts.
        sock = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level="warning", lifespan="off", timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name=f"scripted-model-{self.port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:  # set once the listening socket accepts connections
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                sock.close()
                raise RuntimeError(f"scripted model server failed to start on {self.host}:{self.port}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server, self._thread = None, None

    @property
    def base_url(self) -> str:
        if self.port == 0:
            raise RuntimeError("server not started: port 0 is only resolved by start()")
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}/v1"

    def add_rule(
        self, match: str, reply: str | None = None, tool_call: dict | None = None, times: int | None = None
    ) -> None:
        self.state.add_rule(make_rule(match, reply, tool_call, times))

    def add_fault(self, fault: dict) -> None:
        self.state.add_fault(fault)

    def requests(self) -> list[dict]:
        return self.state.requests()

    def reset(self) -> None:
        self.state.reset()

    def __enter__(self) -> ScriptedModelServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Scripted OpenAI-compatible model server (TEST DOUBLE).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8011)
    parser.add_argument("--latency-ms", type=int, default=0)
    parser.add_argument("--chunk-delay-ms", type=int, default=0)
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    app = create_app(ScriptState(args.latency_ms, args.chunk_delay_ms))
    print(f"Scripted model server (TEST DOUBLE, not a real LLM) on http://{args.host}:{args.port}/v1", flush=True)
    # uvicorn shuts down gracefully on SIGINT/SIGTERM; after SIGTERM it re-raises the signal, so the
    # exit status is 143 (-15) by design, while SIGINT exits 0.
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, timeout_graceful_shutdown=1)


if __name__ == "__main__":
    main()
