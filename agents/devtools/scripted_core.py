"""Provider-neutral core of the scripted model server (a TEST DOUBLE, not a real LLM).

Holds the mutable script (rules, faults, latency, recorded requests), the scripting decision
made on a provider-neutral ``Conversation``, and the HTTP plumbing every protocol shares:
latency, fault injection and (possibly truncated) JSON/SSE responses. The wire formats live in
``scripted_model`` (OpenAI), ``scripted_anthropic`` and ``scripted_gemini``.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
import threading
import time
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request
from fastapi.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send

MAX_RECORDED_REQUESTS = 10_000  # bounded so long benchmark runs cannot grow memory forever
_CALL_RE = re.compile(r"\bcall\s+([A-Za-z0-9_-]+)")


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


@dataclass
class Conversation:
    """What the scripting needs from a request, whatever the provider's wire format."""

    user_text: str = ""  # the last user-authored text (tool-result turns are not user text)
    tool_results: list[tuple[str, str]] = field(default_factory=list)  # trailing (tool name, output)
    tools: set[str] = field(default_factory=set)  # names of the tools offered to the model
    texts: list[str] = field(default_factory=list)  # the text of every message, for token counts


def make_rule(match: str, reply: str | None = None, tool_call: dict[str, Any] | None = None, times: int | None = None) -> Rule:
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

    def record(self, body: Any, authorization: str | None, path: str = "") -> None:
        with self._lock:
            # received_at (epoch seconds): benchmarks split a run's latency at the model call with it
            self.recorded.append({"body": body, "authorization": authorization, "path": path, "received_at": time.time()})

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


def decide(state: ScriptState, conv: Conversation) -> Reply:
    """Custom rule, else tool-result echo, else ``call <tool> {json}``, else the default reply."""
    after_tool = bool(conv.tool_results)
    custom = state.match_rule(conv.user_text, after_tool)
    if custom is not None:
        return custom
    if after_tool:
        return Reply(text="\n".join(f"Tool {name} returned: {output}" for name, output in conv.tool_results))
    found = _CALL_RE.search(conv.user_text)
    if found:
        name = found.group(1)
        if name not in conv.tools:
            return Reply(text=f"Tool {name} is not available.")
        rest, args = conv.user_text[found.end() :].lstrip(), dict[str, Any]()
        if rest.startswith("{"):
            try:
                args, _ = json.JSONDecoder().raw_decode(rest)  # tolerate trailing prose after the JSON
            except json.JSONDecodeError as exc:
                return Reply(text=f"Could not parse arguments for {name}: {exc}")
        return Reply(tool_call={"name": name, "arguments": args})
    return Reply(text=f"Scripted reply: {conv.user_text}")


def content_text(content: Any) -> str:
    """Text of message content: a string, None, or a list of parts/blocks (text ones count)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def count_tokens(conv: Conversation, reply: Reply) -> tuple[int, int]:
    """Deterministic stand-in for tokenization: whitespace words, +1 per message for the role."""
    prompt = sum(len(text.split()) + 1 for text in conv.texts)
    if reply.tool_call is not None:
        completion = len(f"{reply.tool_call['name']} {json.dumps(reply.tool_call['arguments'])}".split())
    else:
        completion = len((reply.text or "").split())
    return prompt, completion


def text_pieces(text: str) -> list[str]:
    """Split after whitespace so the pieces concatenate back to exactly ``text``."""
    return [p for p in re.split(r"(?<=\s)(?=\S)", text) if p]


# --- shared HTTP plumbing --------------------------------------------------------------------


class DroppedResponse(Response):
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


async def sleep_unless_disconnected(request: Request, seconds: float) -> None:
    # Poll for disconnects so a client that already timed out doesn't pin a task for the full delay.
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while (remaining := deadline - loop.time()) > 0:
        if await request.is_disconnected():
            return
        await asyncio.sleep(min(0.05, remaining))


async def json_object(request: Request) -> dict[str, Any]:
    body = await request.json()  # invalid JSON raises JSONDecodeError, a ValueError -> 400
    if not isinstance(body, dict):
        raise ValueError("request body must be a JSON object")
    return body


async def admit(
    state: ScriptState, request: Request, body: dict[str, Any], authorization: str | None
) -> dict[str, Any]:
    """Record the request, apply latency and any timeout fault; return the fault ({} if none)."""
    state.record(body, authorization, request.url.path)
    if state.latency_ms:
        await sleep_unless_disconnected(request, state.latency_ms / 1000)
    fault = state.next_fault() or {}
    if "timeout" in fault:
        await sleep_unless_disconnected(request, float(fault["timeout"]))
    return fault


def fault_message(fault: dict[str, Any]) -> str:
    return str(fault.get("message") or f"Scripted fault: HTTP {int(fault['status'])}")


def fault_headers(fault: dict[str, Any]) -> dict[str, str] | None:
    return {"retry-after": str(fault["retry_after"])} if "retry_after" in fault else None


def json_reply(payload: Any, fault: dict[str, Any]) -> Response:
    data = json.dumps(payload).encode()
    if fault.get("disconnect"):
        return DroppedResponse(data[: len(data) // 2], "application/json", len(data))
    return Response(data, media_type="application/json")


async def _paced(events: list[bytes], delay_ms: int) -> AsyncIterator[bytes]:
    for i, event in enumerate(events):
        if i and delay_ms:
            await asyncio.sleep(delay_ms / 1000)
        yield event


def sse_reply(events: list[bytes], fault: dict[str, Any], state: ScriptState) -> Response:
    if fault.get("disconnect"):
        return DroppedResponse(b"".join(events[: len(events) // 2]), "text/event-stream", None)
    paced = _paced(events, state.chunk_delay_ms)
    return StreamingResponse(paced, media_type="text/event-stream", headers={"cache-control": "no-cache"})
