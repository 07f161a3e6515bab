"""Tests for the scripted model test double (OpenAI, Anthropic and Gemini protocols), over real HTTP.

Clients under test are the real ``openai``, ``anthropic`` and ``google-genai`` SDKs and agno's real
``OpenAIChat``/``OpenAILike``, ``Claude`` and ``Gemini`` model classes.
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

import anthropic
import httpx
import openai
import pytest
from google import genai
from google.genai import errors as genai_errors
from google.genai import types as genai_types

from agno.agent import Agent
from agno.models.anthropic import Claude
from agno.models.base import Model
from agno.models.google import Gemini
from agno.models.openai import OpenAIChat, OpenAILike
from agno.run.agent import RunEvent
from agno.run.base import RunStatus

from agents.devtools.scripted_model import ScriptedModelServer

REPO_ROOT = Path(__file__).resolve().parents[1]
API_KEY = "sk-test"
ANTHROPIC_KEY = "sk-ant-test"
GEMINI_KEY = "g-test"


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


# --- agno's real Claude and Gemini -----------------------------------------------------------

PROVIDERS = ("claude", "gemini")
KEYS = {"claude": ANTHROPIC_KEY, "gemini": GEMINI_KEY}


def native_model(server: ScriptedModelServer, provider: str) -> Model:
    """agno's own provider classes, pointed at the test double through their SDK client parameters."""
    if provider == "claude":
        # No SDK retries: a fault must surface on the first attempt.
        params = {"base_url": server.anthropic_base_url, "max_retries": 0}
        return Claude(id="claude-sonnet-4-5", api_key=ANTHROPIC_KEY, client_params=params)
    # google-genai does not retry unless HttpOptions.retry_options asks it to.
    params = {"http_options": {"base_url": server.gemini_base_url}}
    return Gemini(id="gemini-2.0-flash", api_key=GEMINI_KEY, client_params=params)


def native_agent(server: ScriptedModelServer, provider: str) -> Agent:
    return Agent(model=native_model(server, provider), tools=[lookup_record], telemetry=False)


def streamed_text(events: list) -> str:
    return "".join(e.content or "" for e in events if e.event == RunEvent.run_content.value)


def was_streamed(provider: str, request: dict) -> bool:
    if provider == "claude":
        return request["path"] == "/v1/messages" and request["body"].get("stream") is True
    return request["path"].endswith(":streamGenerateContent")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_native_agno_text_usage_and_key(server: ScriptedModelServer, provider: str) -> None:
    output = native_agent(server, provider).run("hello there world")
    assert output.status == RunStatus.completed
    assert output.content == "Scripted reply: hello there world"
    assert output.metrics is not None and output.metrics.output_tokens == 5 and output.metrics.input_tokens > 0
    (sent,) = server.requests()
    assert sent["authorization"] == KEYS[provider]
    assert sent["path"] in ("/v1/messages", "/v1/models/gemini-2.0-flash:generateContent")
    assert not was_streamed(provider, sent)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_native_agno_streaming_text(server: ScriptedModelServer, provider: str) -> None:
    agent = native_agent(server, provider)
    events = list(agent.run("stream this sentence please", stream=True, stream_events=True))
    pieces = [e.content for e in events if e.event == RunEvent.run_content.value and e.content]
    assert len(pieces) > 3, "the reply should arrive in several deltas"
    assert "".join(pieces) == "Scripted reply: stream this sentence please"
    completed = events[-1]
    assert completed.event == RunEvent.run_completed.value and completed.metrics.output_tokens == 6
    (sent,) = server.requests()
    assert was_streamed(provider, sent) and sent["authorization"] == KEYS[provider]


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("provider", PROVIDERS)
def test_native_agno_runs_tool(server: ScriptedModelServer, provider: str, stream: bool) -> None:
    LOOKUPS.clear()
    agent, prompt = native_agent(server, provider), 'please call lookup_record {"record_id": "r-7"}'
    content = streamed_text(list(agent.run(prompt, stream=True))) if stream else agent.run(prompt).content
    assert LOOKUPS == ["r-7"]
    assert content == "Tool lookup_record returned: record r-7 is active"
    first, second = server.requests()
    assert all(was_streamed(provider, r) == stream for r in (first, second))
    if provider == "claude":  # the result comes back as a tool_result block in a user message
        last = second["body"]["messages"][-1]
        assert last["role"] == "user" and last["content"][0]["type"] == "tool_result"
        assert last["content"][0]["tool_use_id"] == second["body"]["messages"][-2]["content"][0]["id"]
    else:  # ... or as a functionResponse part
        part = second["body"]["contents"][-1]["parts"][0]
        assert part["functionResponse"] == {"name": "lookup_record", "response": {"result": "record r-7 is active"}}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_native_agno_custom_tool_rule(server: ScriptedModelServer, provider: str) -> None:
    LOOKUPS.clear()
    server.add_rule("(?i)^purge", tool_call={"name": "lookup_record", "arguments": {"record_id": "all"}})
    output = native_agent(server, provider).run("Purge everything")
    assert LOOKUPS == ["all"]  # the rule is skipped once the tool result is in, so no loop
    assert output.content == "Tool lookup_record returned: record all is active"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_native_agno_fault_is_an_error_run(server: ScriptedModelServer, provider: str) -> None:
    server.add_fault({"status": 500, "message": "upstream exploded"})
    agent = native_agent(server, provider)
    output = agent.run("hi")
    assert output.status == RunStatus.error
    assert "upstream exploded" in str(output.content)
    assert agent.run("hi again").content == "Scripted reply: hi again"  # one-shot fault


@pytest.mark.parametrize("provider", PROVIDERS)
def test_native_agno_async(server: ScriptedModelServer, provider: str) -> None:
    async def scenario() -> tuple[str, str]:
        agent = native_agent(server, provider)  # one event loop: agno caches the async clients
        plain = await agent.arun("hello async")
        streamed = [e async for e in agent.arun("hello stream", stream=True)]
        return str(plain.content), streamed_text(streamed)

    assert asyncio.run(scenario()) == ("Scripted reply: hello async", "Scripted reply: hello stream")
    assert [was_streamed(provider, r) for r in server.requests()] == [False, True]


# --- Anthropic and Gemini wire formats (their SDKs, no agno) ---------------------------------


def anthropic_client(server: ScriptedModelServer) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=ANTHROPIC_KEY, base_url=server.anthropic_base_url, max_retries=0)


def gemini_client(server: ScriptedModelServer, **http_options: object) -> genai.Client:
    options = genai_types.HttpOptions(base_url=server.gemini_base_url, **http_options)  # type: ignore[arg-type]
    return genai.Client(api_key=GEMINI_KEY, http_options=options)


ANTHROPIC_TOOLS = [{"name": "delete_record", "input_schema": {"type": "object", "properties": {}}}]
GEMINI_CONFIG = genai_types.GenerateContentConfig(
    tools=[genai_types.Tool(function_declarations=[genai_types.FunctionDeclaration(name="delete_record")])]
)


def test_anthropic_messages_and_sse_sequence(server: ScriptedModelServer) -> None:
    client = anthropic_client(server)
    message = client.messages.create(
        model="claude-sonnet-4-5", max_tokens=64, messages=[{"role": "user", "content": "hello there world"}]
    )
    assert message.content[0].type == "text" and message.content[0].text == "Scripted reply: hello there world"
    assert (message.stop_reason, message.usage.input_tokens, message.usage.output_tokens) == ("end_turn", 4, 5)

    prompt = 'please call delete_record {"record_id": "r-1"}'
    messages = [{"role": "user", "content": prompt}]
    stream = client.messages.create(
        model="claude-sonnet-4-5", max_tokens=64, messages=messages, tools=ANTHROPIC_TOOLS, stream=True  # type: ignore
    )
    events = list(stream)
    kinds = [e.type for e in events]
    assert kinds[:2] == ["message_start", "content_block_start"]
    assert kinds[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert set(kinds[2:-3]) == {"content_block_delta"} and len(kinds[2:-3]) > 2
    start = events[1].content_block  # type: ignore[union-attr]
    assert start.type == "tool_use" and start.name == "delete_record" and start.id.startswith("toolu_")
    partial = "".join(e.delta.partial_json for e in events[2:-3])  # type: ignore[union-attr]
    assert json.loads(partial) == {"record_id": "r-1"}
    assert events[-2].delta.stop_reason == "tool_use" and events[-2].usage.output_tokens > 0  # type: ignore

    with client.messages.stream(
        model="claude-sonnet-4-5", max_tokens=64, system="be terse", messages=[{"role": "user", "content": "a b"}]
    ) as stream:
        final = stream.get_final_message()
    assert final.content[0].text == "Scripted reply: a b"  # type: ignore[union-attr]
    assert (final.usage.input_tokens, final.usage.output_tokens) == (6, 4)  # system counts as a message


def test_anthropic_tool_results_and_error_shape(server: ScriptedModelServer) -> None:
    client = anthropic_client(server)
    messages = [
        {"role": "user", "content": "call delete_record"},
        {
            "role": "assistant",
            "content": [
                {"type": "tool_use", "id": "toolu_1", "name": "delete_record", "input": {}},
                {"type": "tool_use", "id": "toolu_2", "name": "count_rows", "input": {}},
            ],
        },
        {  # parallel results in one user message; content as blocks or as a plain string
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "toolu_1", "content": [{"type": "text", "text": "deleted"}]},
                {"type": "tool_result", "tool_use_id": "toolu_2", "content": "2"},
            ],
        },
    ]
    reply = client.messages.create(model="m", max_tokens=64, messages=messages, tools=ANTHROPIC_TOOLS)  # type: ignore
    assert reply.content[0].text == "Tool delete_record returned: deleted\nTool count_rows returned: 2"  # type: ignore

    server.add_fault({"status": 429, "retry_after": 1})
    with pytest.raises(anthropic.RateLimitError) as excinfo:
        client.messages.create(model="m", max_tokens=64, messages=[{"role": "user", "content": "hi"}])
    error = {"type": "rate_limit_error", "message": "Scripted fault: HTTP 429"}
    assert excinfo.value.body == {"type": "error", "error": error}
    assert excinfo.value.response.headers["retry-after"] == "1"
    # The API documents the key as x-api-key (anthropic SDK 2.x sends it as a Bearer token instead).
    raw = {"model": "m", "max_tokens": 8, "messages": [{"role": "user", "content": "raw"}]}
    sent = httpx.post(server.anthropic_base_url + "/v1/messages", json=raw, headers={"x-api-key": "sk-ant-raw"})
    assert sent.json()["content"] == [{"type": "text", "text": "Scripted reply: raw"}]
    assert server.requests()[-1]["authorization"] == "sk-ant-raw"
    bad = httpx.post(server.anthropic_base_url + "/v1/messages", content=b"{not json")
    assert bad.status_code == 400 and bad.json()["error"]["type"] == "invalid_request_error"


def test_gemini_stream_function_calls_and_responses(server: ScriptedModelServer) -> None:
    client = gemini_client(server)
    stream = client.models.generate_content_stream(model="gemini-2.0-flash", contents="stream this sentence please")
    chunks = list(stream)
    assert len(chunks) > 3 and "".join(c.text or "" for c in chunks) == "Scripted reply: stream this sentence please"
    assert all(c.candidates[0].finish_reason is None for c in chunks[:-1])  # type: ignore[index]
    assert chunks[-1].candidates[0].finish_reason == genai_types.FinishReason.STOP  # type: ignore[index]
    usage = chunks[-1].usage_metadata
    assert usage is not None and (usage.prompt_token_count, usage.candidates_token_count) == (5, 6)

    called = client.models.generate_content(
        model="gemini-2.0-flash", contents='call delete_record {"record_id": "r-1"}', config=GEMINI_CONFIG
    )
    assert called.function_calls is not None
    assert (called.function_calls[0].name, called.function_calls[0].args) == ("delete_record", {"record_id": "r-1"})

    contents = [
        genai_types.Content(role="user", parts=[genai_types.Part.from_text(text="call delete_record")]),
        genai_types.Content(role="model", parts=[genai_types.Part.from_function_call(name="delete_record", args={})]),
        genai_types.Content(
            role="user",
            parts=[
                genai_types.Part.from_function_response(name="delete_record", response={"result": "deleted"}),
                genai_types.Part.from_function_response(name="count_rows", response={"rows": 2, "ok": True}),
            ],
        ),
    ]
    echoed = client.models.generate_content(model="gemini-2.0-flash", contents=contents, config=GEMINI_CONFIG)
    assert echoed.text == 'Tool delete_record returned: deleted\nTool count_rows returned: {"rows": 2, "ok": true}'


def test_gemini_errors_key_param_and_api_versions(server: ScriptedModelServer) -> None:
    # Keep each genai.Client referenced: collecting it closes the HTTP client its .models still uses.
    client, beta_client = gemini_client(server), gemini_client(server, api_version="v1beta")
    server.add_fault({"status": 429, "message": "slow down"})
    with pytest.raises(genai_errors.ClientError) as excinfo:
        client.models.generate_content(model="gemini-2.0-flash", contents="hi")
    assert (excinfo.value.code, excinfo.value.status, excinfo.value.message) == (429, "RESOURCE_EXHAUSTED", "slow down")

    beta = beta_client.models.generate_content(model="gemini-2.0-flash", contents="b")
    assert beta.text == "Scripted reply: b"
    assert server.requests()[-1]["path"] == "/v1beta/models/gemini-2.0-flash:generateContent"

    # Plain REST: the key as a query parameter, and a stream without alt=sse is one JSON array.
    url = f"{server.gemini_base_url}v1beta/models/gemini-2.0-flash:streamGenerateContent"
    body = {"contents": [{"role": "user", "parts": [{"text": "a b c"}]}]}
    chunks = httpx.post(url, params={"key": "g-query"}, json=body).json()
    assert "".join(c["candidates"][0]["content"]["parts"][0]["text"] for c in chunks) == "Scripted reply: a b c"
    assert chunks[-1]["usageMetadata"]["totalTokenCount"] == 4 + 5
    assert server.requests()[-1]["authorization"] == "g-query"

    unknown = httpx.post(f"{server.gemini_base_url}v1beta/models/gemini-2.0-flash:embedText", json=body)
    assert unknown.status_code == 404 and unknown.json()["error"]["status"] == "NOT_FOUND"
    bad = httpx.post(url.replace(":streamGenerateContent", ":generateContent"), content=b"[1]")
    assert bad.status_code == 400 and bad.json()["error"]["status"] == "INVALID_ARGUMENT"


def _transport_errors() -> tuple[type[BaseException], ...]:
    # The anthropic and google-genai SDKs here run on ``httpx2``, a package separate from httpx.
    errors: list[type[BaseException]] = [httpx.TransportError, anthropic.APIConnectionError]
    try:
        import httpx2

        errors.append(httpx2.TransportError)
    except ImportError:
        pass
    return tuple(errors)


def test_disconnect_and_timeout_faults_on_native_protocols(server: ScriptedModelServer) -> None:
    client, gemini = anthropic_client(server), gemini_client(server, timeout=500)  # google-genai: milliseconds
    server.add_fault({"disconnect": True, "count": 2})
    received: list[str] = []
    with pytest.raises(_transport_errors()):
        for event in client.messages.create(
            model="m", max_tokens=64, messages=[{"role": "user", "content": "one two three four five"}], stream=True
        ):
            received.append(event.type)
    assert "message_stop" not in received
    with pytest.raises(_transport_errors()):
        list(gemini.models.generate_content_stream(model="gemini-2.0-flash", contents="one two three four"))

    server.add_fault({"timeout": 30, "count": 2})
    started = time.monotonic()
    with pytest.raises(anthropic.APITimeoutError):
        client.with_options(timeout=0.5).messages.create(
            model="m", max_tokens=8, messages=[{"role": "user", "content": "x"}]
        )
    with pytest.raises(_transport_errors()):  # google-genai lets the transport's ReadTimeout through
        gemini.models.generate_content(model="gemini-2.0-flash", contents="x")
    assert time.monotonic() - started < 5
    assert gemini.models.generate_content(model="gemini-2.0-flash", contents="ok").text == "Scripted reply: ok"


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
