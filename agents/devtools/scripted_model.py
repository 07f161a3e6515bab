"""Scripted model server -- a TEST DOUBLE, not a real LLM -- speaking OpenAI, Anthropic and Gemini.

Stands in for remote LLM providers in tests, demos and benchmarks. Real clients talk to it over
HTTP, all on one port:

* OpenAI Chat Completions (``/v1/chat/completions``, ``/v1/embeddings``): the ``openai`` SDK and
  agno's ``OpenAIChat``/``OpenAILike`` with ``base_url=server.base_url``;
* Anthropic Messages (``/v1/messages``, see ``scripted_anthropic``): agno's ``Claude`` with
  ``client_params={"base_url": server.anthropic_base_url}``;
* Gemini (``/{v1,v1beta}/models/{model}:generateContent``, see ``scripted_gemini``): agno's ``Gemini``
  with ``client_params={"http_options": {"base_url": server.gemini_base_url}}``.

Replies are deterministic and the same for every protocol; the first matching step wins:

1. custom rules (``add_rule`` / ``POST /_scripted/rules``), in insertion order, matched by regex
   on the last user message (``tool_call`` rules are skipped once the last message is a tool
   result, so a rule can't make the agent loop; ``reply`` rules may supply the final answer);
2. the last message is a tool result -> ``Tool <name> returned: <content>``;
3. the last user message says ``call <tool> {json args}`` -> a tool call, if offered;
4. otherwise ``Scripted reply: <last user message>``.

Latency and faults (HTTP errors, timeouts, dropped connections) are injectable through the
test-only ``/_scripted/*`` endpoints and apply to whichever protocol is called next; errors use
that provider's error body (``message`` and ``retry_after`` work everywhere, ``type``/``code``
are OpenAI-only). Every response carries ``x-model-provider: scripted-test-double`` so it can
never pass for a real provider. Recorded requests are ``{"body", "authorization", "path", "received_at"}``;
``authorization`` is the protocol's credential: OpenAI's raw ``Authorization`` header
(``Bearer sk-...``), the bare Anthropic key (``x-api-key``, or the Bearer token anthropic SDK 2.x
sends instead), the Gemini ``x-goog-api-key`` header or ``key`` query parameter.

Standalone: ``python -m agents.devtools.scripted_model --port 8011 --latency-ms 50``
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import math
import random
import socket
import struct
import threading
import time
import uuid
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agents.devtools import scripted_anthropic, scripted_gemini
from agents.devtools.scripted_core import (  # re-exported: the public API predates the split
    MAX_RECORDED_REQUESTS,
    Conversation,
    Reply,
    Rule,
    ScriptState,
    admit,
    check_fault,
    content_text,
    count_tokens,
    decide,
    fault_headers,
    fault_message,
    json_object,
    json_reply,
    make_rule,
    sse_reply,
    text_pieces,
)

__all__ = [
    "MAX_RECORDED_REQUESTS", "Conversation", "Reply", "Rule", "ScriptState", "ScriptedModelServer",
    "check_fault", "create_app", "decide", "make_rule", "script_reply",
]

PROVIDER_HEADER = (b"x-model-provider", b"scripted-test-double")
MODEL_IDS = ("gpt-4o-mini", "gpt-4o", "scripted-model", "text-embedding-3-small")
DEFAULT_EMBEDDING_DIMENSIONS = 384
_ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 429: "rate_limit_exceeded"}


# --- scripting (OpenAI wire format -> provider-neutral conversation) --------------------------


def openai_conversation(body: dict[str, Any]) -> Conversation:
    messages: list[dict[str, Any]] = body.get("messages") or []
    names = {
        tc.get("id"): (tc.get("function") or {}).get("name")
        for m in messages
        if m.get("role") == "assistant"
        for tc in m.get("tool_calls") or []
    }
    results: list[tuple[str, str]] = []
    for m in reversed(messages):  # parallel tool calls leave several trailing tool messages
        if m.get("role") != "tool":
            break
        name = names.get(m.get("tool_call_id")) or m.get("name") or "unknown"
        results.append((name, content_text(m.get("content"))))
    user_texts = (content_text(m.get("content")) for m in reversed(messages) if m.get("role") == "user")
    return Conversation(
        user_text=next(user_texts, ""),
        tool_results=results[::-1],
        tools={str((t.get("function") or {}).get("name")) for t in body.get("tools") or []},
        texts=[content_text(m.get("content")) for m in messages],
    )


def script_reply(state: ScriptState, body: dict[str, Any]) -> Reply:
    return decide(state, openai_conversation(body))


def _usage(conv: Conversation, reply: Reply) -> dict[str, int]:
    prompt, completion = count_tokens(conv, reply)
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
        pieces = text_pieces(reply.text or "")
        chunks = [chunk({"role": "assistant", "content": ""})] + [chunk({"content": p}) for p in pieces]
        chunks.append(chunk({}, "stop"))
    if usage is not None:
        chunks.append(base | {"choices": [], "usage": usage})
    return [f"data: {json.dumps(c)}\n\n".encode() for c in chunks] + [b"data: [DONE]\n\n"]


def _error_response(fault: dict[str, Any]) -> JSONResponse:
    status = int(fault["status"])
    default_type = "server_error" if status >= 500 else "invalid_request_error"
    error_type = fault.get("type") or _ERROR_TYPES.get(status, default_type)
    code = fault.get("code", "rate_limit_exceeded" if status == 429 else None)
    body = {"error": {"message": fault_message(fault), "type": error_type, "param": None, "code": code}}
    return JSONResponse(body, status_code=status, headers=fault_headers(fault))


def _error_for_path(path: str, fault: dict[str, Any]) -> JSONResponse:
    """Errors in the wire format of the protocol the client spoke."""
    if path.startswith("/v1/messages"):
        return scripted_anthropic.error_response(fault)
    if "/models/" in path and ":" in path:
        return scripted_gemini.error_response(fault)
    return _error_response(fault)


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


# --- the app ---------------------------------------------------------------------------------


def create_app(state: ScriptState | None = None) -> FastAPI:
    state = state or ScriptState()
    app = FastAPI(title="Scripted model server (TEST DOUBLE)", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(_ProviderHeaderMiddleware)
    app.state.script = state

    @app.exception_handler(ValueError)  # bad JSON bodies and invalid rules/faults -> 400
    async def _bad_request(request: Request, exc: ValueError) -> JSONResponse:
        return _error_for_path(request.url.path, {"status": 400, "message": str(exc)})

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        body = await json_object(request)
        fault = await admit(state, request, body, request.headers.get("authorization"))
        if "status" in fault:
            return _error_response(fault)
        conv = openai_conversation(body)
        reply = decide(state, conv)
        model = str(body.get("model") or "scripted-model")
        usage = _usage(conv, reply)
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return sse_reply(_stream_events(reply, model, usage if include_usage else None), fault, state)
        return json_reply(_completion(reply, model, usage), fault)

    @app.get("/v1/models")
    async def list_models() -> dict[str, Any]:
        data = [{"id": m, "object": "model", "created": 0, "owned_by": "scripted-test-double"} for m in MODEL_IDS]
        return {"object": "list", "data": data}

    @app.post("/v1/embeddings")
    async def embeddings(request: Request) -> dict[str, Any]:
        body = await json_object(request)
        state.record(body, request.headers.get("authorization"), request.url.path)
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

    app.include_router(scripted_anthropic.router(state))  # POST /v1/messages
    app.include_router(scripted_gemini.router(state))  # POST /{version}/models/{model}:generateContent

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
        payload = await json_object(request)
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

    @property
    def anthropic_base_url(self) -> str:
        """The ``anthropic`` SDK appends ``/v1/messages`` itself, so it wants the bare origin."""
        return self.base_url.removesuffix("/v1")

    @property
    def gemini_base_url(self) -> str:
        """``google-genai`` appends ``<api_version>/models/<model>:<method>`` to this origin."""
        return self.anthropic_base_url + "/"

    def add_rule(
        self, match: str, reply: str | None = None, tool_call: dict[str, Any] | None = None, times: int | None = None
    ) -> None:
        self.state.add_rule(make_rule(match, reply, tool_call, times))

    def add_fault(self, fault: dict[str, Any]) -> None:
        self.state.add_fault(fault)

    def requests(self) -> list[dict[str, Any]]:
        return self.state.requests()

    def reset(self) -> None:
        self.state.reset()

    def __enter__(self) -> ScriptedModelServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Scripted OpenAI/Anthropic/Gemini model server (TEST DOUBLE).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8011)
    parser.add_argument("--latency-ms", type=int, default=0)
    parser.add_argument("--chunk-delay-ms", type=int, default=0)
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    app = create_app(ScriptState(args.latency_ms, args.chunk_delay_ms))
    origin = f"http://{args.host}:{args.port}"
    print(f"Scripted model server (TEST DOUBLE, not a real LLM) on {origin} (OpenAI at /v1)", flush=True)
    # uvicorn shuts down gracefully on SIGINT/SIGTERM; after SIGTERM it re-raises the signal, so the
    # exit status is 143 (-15) by design, while SIGINT exits 0.
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, timeout_graceful_shutdown=1)


if __name__ == "__main__":
    main()
