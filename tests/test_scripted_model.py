"""Tests for the scripted OpenAI-compatible test double, over real HTTP.

Clients under test are the real ``openai`` SDK and agno's real ``OpenAIChat``/``OpenAILike``.
"""

from __future__ import annotations

import os

os.environ.setdefault("AGNO_TELEMETRY", "false")

import asyncio
import json
import math
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
from agno.agent import Agent
from agno.models.openai import OpenAIChat, OpenAILike
from agno.run.agent import RunEvent
from agno.run.base import RunStatus

from agents.devtools.scripted_model import ScriptedModelServer

REPO_ROOT = Path(__file__).resolve().parents[1]
API_KEY = "sk-test"


@pytest.fixture(scope="module")
def server() -> Iterator[ScriptedModelServer]:
    with ScriptedModelServer().start() as srv:
        yield srv


@pytest.fixture(autouse=True)
def _clean_script(server: ScriptedModelServer) -> None:
    server.reset()


@pytest.fixture
def client(server: ScriptedModelServer) -> openai.OpenAI:
    # No SDK retries: a fault must surface on the first attempt.
    return openai.OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0)


def control_url(server: ScriptedModelServer, path: str) -> str:
    return server.base_url.removesuffix("/v1") + path


TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "delete_record",
            "parameters": {"type": "object", "properties": {"record_id": {"type": "string"}}},
        },
    }
]

LOOKUPS: list[str] = []


def lookup_record(record_id: str) -> str:
    """Look up a record by id."""
    LOOKUPS.append(record_id)
    return f"record {record_id} is active"


def make_agent(server: ScriptedModelServer, **model_kwargs: object) -> Agent:
    model = OpenAIChat(id="gpt-4o-mini", api_key=API_KEY, base_url=server.base_url, **model_kwargs)
    return Agent(model=model, tools=[lookup_record], telemetry=False)


# --- openai SDK ------------------------------------------------------------------------------


def test_non_streaming_text_usage_and_provider_header(server: ScriptedModelServer, client: openai.OpenAI) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hello there world"}]
    )
    assert raw.headers["x-model-provider"] == "scripted-test-double"
    completion = raw.parse()
    assert completion.model == "gpt-4o-mini"
    assert completion.choices[0].message.content == "Scripted reply: hello there world"
    assert completion.choices[0].finish_reason == "stop"
    # 3 words + 1 for the message; the reply has 5 words.
    assert completion.usage is not None
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (4, 5)
    assert completion.usage.total_tokens == 9


def test_content_parts_and_system_messages(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="scripted-model",
        messages=[
            {"role": "developer", "content": "be terse"},
            {"role": "user", "content": [{"type": "text", "text": "part one"}, {"type": "text", "text": "part two"}]},
        ],
    )
    assert completion.choices[0].message.content == "Scripted reply: part one part two"
    assert completion.model == "scripted-model"


def test_streaming_text_is_chunked_and_reassembles(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "stream this sentence please"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    pieces = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(pieces) > 3
    assert "".join(pieces) == "Scripted reply: stream this sentence please"
    assert chunks[-2].choices[0].finish_reason == "stop"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.total_tokens == chunks[-1].usage.prompt_tokens + chunks[-1].usage.completion_tokens
    assert all(c.model == "gpt-4o" for c in chunks)


def test_streaming_without_include_usage_has_no_usage_chunk(client: openai.OpenAI) -> None:
    chunks = list(
        client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], stream=True
        )
    )
    assert all(c.usage is None and c.choices for c in chunks)


def test_tool_call_non_streaming(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": 'please call delete_record {"record_id": "r-1"}'}],
        tools=TOOLS,  # type: ignore[arg-type]
    )
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.tool_calls is not None
    call = choice.message.tool_calls[0]
    assert call.id.startswith("call_")
    assert call.function.name == "delete_record"
    assert json.loads(call.function.arguments) == {"record_id": "r-1"}


def test_tool_call_streaming_deltas(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": 'please call delete_record {"record_id": "r-1"} now'}],
        tools=TOOLS,  # type: ignore[arg-type]
        stream=True,
    )
    deltas = [tc for chunk in stream if chunk.choices for tc in chunk.choices[0].delta.tool_calls or []]
    assert len(deltas) > 1, "arguments should arrive in several deltas"
    first = deltas[0]
    assert first.index == 0 and first.id and first.id.startswith("call_") and first.type == "function"
    assert first.function is not None and first.function.name == "delete_record"
    assert all(d.index == 0 and d.id is None for d in deltas[1:])
    arguments = "".join(d.function.arguments or "" for d in deltas if d.function)
    assert json.loads(arguments) == {"record_id": "r-1"}


def test_call_without_args_and_tool_not_offered(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "call delete_record"}], tools=TOOLS  # type: ignore[arg-type]
    )
    assert completion.choices[0].message.tool_calls is not None
    assert json.loads(completion.choices[0].message.tool_calls[0].function.arguments) == {}

    completion = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "call drop_table"}])
    assert completion.choices[0].message.tool_calls is None
    assert completion.choices[0].message.content == "Tool drop_table is not available."


def test_tool_result_is_echoed(client: openai.OpenAI) -> None:
    messages = [
        {"role": "user", "content": "call delete_record"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "delete_record", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "deleted"},
    ]
    completion = client.chat.completions.create(model="m", messages=messages, tools=TOOLS)  # type: ignore[arg-type]
    assert completion.choices[0].message.content == "Tool delete_record returned: deleted"


def test_custom_rules_python_and_http(server: ScriptedModelServer, client: openai.OpenAI) -> None:
    def ask(text: str) -> openai.types.chat.ChatCompletionMessage:
        messages = [{"role": "user", "content": text}]
        return client.chat.completions.create(model="m", messages=messages, tools=TOOLS).choices[0].message  # type: ignore

    server.add_rule(r"weather in (\w+)", reply="Sunny.", times=1)
    assert ask("what is the weather in Oslo").content == "Sunny."
    assert ask("what is the weather in Oslo").content == "Scripted reply: what is the weather in Oslo"

    rule = {"match": "(?i)^purge", "tool_call": {"name": "delete_record", "arguments": {"record_id": "all"}}}
    assert httpx.post(control_url(server, "/_scripted/rules"), json=rule).status_code == 200
    message = ask("Purge everything")
    assert message.tool_calls is not None
    assert json.loads(message.tool_calls[0].function.arguments) == {"record_id": "all"}

    bad = httpx.post(control_url(server, "/_scripted/rules"), json={"match": "(", "reply": "x"})
    assert bad.status_code == 400 and "error" in bad.json()

    assert httpx.post(control_url(server, "/_scripted/reset")).status_code == 200
    assert ask("Purge everything").content == "Scripted reply: Purge everything"


def test_models_list(client: openai.OpenAI) -> None:
    ids = [m.id for m in client.models.list()]
    assert "gpt-4o-mini" in ids and "scripted-model" in ids


# --- faults, latency, recording --------------------------------------------------------------


def test_fault_500_then_recovers(server: ScriptedModelServer, client: openai.OpenAI) -> None:
    server.add_fault({"status": 500, "count": 2})
    messages = [{"role": "user", "content": "hi"}]
    for _ in range(2):
        with pytest.raises(openai.InternalServerError) as excinfo:
            client.chat.completions.create(model="m", messages=messages)  # type: ignore[arg-type]
        assert excinfo.value.status_code == 500
        assert excinfo.value.body["type"] == "server_error"  # type: ignore[index]
    assert client.chat.completions.create(model="m", messages=messages).choices[0].message.content  # type: ignore


def test_fault_429_with_retry_after_via_http(server: ScriptedModelServer, client: openai.OpenAI) -> None:
    response = httpx.post(control_url(server, "/_scripted/faults"), json={"status": 429, "retry_after": 1})
    assert response.status_code == 200
    with pytest.raises(openai.RateLimitError) as excinfo:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)
    assert excinfo.value.response.headers["retry-after"] == "1"
    assert excinfo.value.code == "rate_limit_exceeded"


def test_timeout_fault_times_out_client_and_server_stays_responsive(
    server: ScriptedModelServer, client: openai.OpenAI
) -> None:
    server.add_fault({"timeout": 30})
    started = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        client.with_options(timeout=0.5).chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}]
        )
    assert time.monotonic() - started < 5
    started = time.monotonic()
    assert client.chat.completions.create(model="m", messages=[{"role": "user", "content": "ok"}]).choices
    assert time.monotonic() - started < 1


def test_disconnect_fault_breaks_stream(server: ScriptedModelServer, client: openai.OpenAI) -> None:
    server.add_fault({"disconnect": True})
    stream = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "one two three four five"}], stream=True
    )
    received: list[str] = []
    with pytest.raises(openai.APIConnectionError):
        for chunk in stream:
            received.append(chunk.choices[0].delta.content or "")
    assert "".join(received) != "Scripted reply: one two three four five"


def test_latency_and_chunk_delay_config(server: ScriptedModelServer, client: openai.OpenAI) -> None:
    config = httpx.post(control_url(server, "/_scripted/config"), json={"latency_ms": 300, "chunk_delay_ms": 20})
    assert config.json() == {"latency_ms": 300, "chunk_delay_ms": 20}
    started = time.monotonic()
    list(client.chat.completions.create(model="m", messages=[{"role": "user", "content": "a b c"}], stream=True))
    assert time.monotonic() - started >= 0.3 + 0.02 * 4
    server.reset()  # restores the constructor defaults (no latency)
    started = time.monotonic()
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": "a"}])
    assert time.monotonic() - started < 0.3


def test_recorded_requests_show_authorization(server: ScriptedModelServer) -> None:
    other = openai.OpenAI(api_key="sk-tenant-42", base_url=server.base_url, max_retries=0)
    other.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "who am i"}])
    recorded = server.requests()
    assert len(recorded) == 1
    assert recorded[0]["authorization"] == "Bearer sk-tenant-42"
    assert recorded[0]["body"]["messages"] == [{"role": "user", "content": "who am i"}]
    assert httpx.get(control_url(server, "/_scripted/requests")).json() == recorded


def test_embeddings_dimensions_and_determinism(server: ScriptedModelServer, client: openai.OpenAI) -> None:
    # The SDK asks for base64 by default and decodes it; ask for floats explicitly too.
    result = client.embeddings.create(model="text-embedding-3-small", input=["alpha beta", "gamma"], dimensions=64)
    assert [len(d.embedding) for d in result.data] == [64, 64]
    assert math.isclose(sum(v * v for v in result.data[0].embedding), 1.0, rel_tol=1e-4)
    assert result.usage.prompt_tokens == 3
    floats = client.embeddings.create(model="e", input="alpha beta", dimensions=64, encoding_format="float")
    assert floats.data[0].embedding == pytest.approx(result.data[0].embedding, abs=1e-6)
    assert floats.data[0].embedding != result.data[1].embedding
    default = client.embeddings.create(model="e", input="alpha beta")
    assert len(default.data[0].embedding) == 384


# --- agno's real OpenAIChat ------------------------------------------------------------------


def test_agno_agent_runs_tool_non_streaming(server: ScriptedModelServer) -> None:
    LOOKUPS.clear()
    output = make_agent(server).run('please call lookup_record {"record_id": "r-1"}')
    assert LOOKUPS == ["r-1"]
    assert output.content == "Tool lookup_record returned: record r-1 is active"
    assert output.metrics is not None and output.metrics.total_tokens > 0
    first, second = server.requests()
    assert first["authorization"] == f"Bearer {API_KEY}"
    assert [m["role"] for m in second["body"]["messages"]] == ["user", "assistant", "tool"]


def test_agno_agent_runs_tool_streaming(server: ScriptedModelServer) -> None:
    LOOKUPS.clear()
    events = list(make_agent(server).run('please call lookup_record {"record_id": "r-2"}', stream=True))
    text = "".join(e.content or "" for e in events if e.event == RunEvent.run_content.value)
    assert LOOKUPS == ["r-2"]
    assert text == "Tool lookup_record returned: record r-2 is active"
    assert all(r["body"]["stream"] for r in server.requests())


def test_agno_openai_like_async(server: ScriptedModelServer) -> None:
    async def scenario() -> tuple[str, str]:
        # One event loop for both calls: agno caches its AsyncOpenAI client on the model.
        agent = Agent(model=OpenAILike(id="scripted-model", base_url=server.base_url), telemetry=False)
        plain = await agent.arun("hello async")
        streamed = [e.content or "" async for e in agent.arun("hello stream", stream=True)]
        return str(plain.content), "".join(streamed)

    plain, streamed = asyncio.run(scenario())
    assert plain == "Scripted reply: hello async"
    assert streamed == "Scripted reply: hello stream"
    assert server.requests()[0]["authorization"] == "Bearer not-provided"


def test_agno_surfaces_provider_fault_as_error_run(server: ScriptedModelServer) -> None:
    server.add_fault({"status": 500, "message": "upstream exploded"})
    # agno does not raise: the run comes back with status=error and the provider message as content.
    output = make_agent(server, max_retries=0).run("hi")
    assert output.status == RunStatus.error
    assert "upstream exploded" in str(output.content)


# --- CLI -------------------------------------------------------------------------------------


def test_cli_serves_until_sigterm() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "agents.devtools.scripted_model", "--port", str(port), "--latency-ms", "5"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/v1/models")
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "CLI server did not start"
                time.sleep(0.1)
        assert response.headers["x-model-provider"] == "scripted-test-double"
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=10)
        # uvicorn shuts down gracefully, then re-raises SIGTERM so the exit status reflects the signal.
        assert proc.returncode in (0, -signal.SIGTERM)
        assert "TEST DOUBLE" in output and "Finished server process" in output
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
