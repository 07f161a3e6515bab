"""A run goes over real HTTP to the (scripted) model provider and is stored in PostgreSQL."""

from __future__ import annotations

import json

import httpx
import sqlalchemy as sa

from agents.devtools.scripted_model import ScriptedModelServer


def _sse_events(body: str) -> list[dict]:
    events = []
    for block in body.split("\n\n"):
        data = [line[len("data: "):] for line in block.splitlines() if line.startswith("data: ")]
        if data:
            events.append(json.loads("\n".join(data)))
    return events


def test_run_reaches_the_model_over_http_and_its_session_is_stored(
    client: httpx.Client, scripted: ScriptedModelServer, db: sa.Engine
) -> None:
    response = client.post(
        "/agents/scribe/runs",
        data={"message": "How do I price my candles?", "stream": "false", "session_id": "s-run-stored"},
    )

    assert response.status_code == 200, response.text
    run = response.json()
    assert run["content"] == "Scripted reply: How do I price my candles?"
    assert run["session_id"] == "s-run-stored"
    # The platform key went to the provider over the socket.
    sent = scripted.requests()
    assert len(sent) == 1
    assert sent[0]["authorization"] == "Bearer sk-platform-test"
    assert sent[0]["body"]["model"] == "gpt-4o-mini"
    with db.connect() as conn:
        row = conn.execute(
            sa.text("SELECT agent_id, session_type FROM ai.agno_sessions WHERE session_id = :id"),
            {"id": "s-run-stored"},
        ).one()
    assert row.agent_id == "scribe"
    assert row.session_type == "agent"


def test_second_turn_sends_the_first_turn_as_history(client: httpx.Client, scripted: ScriptedModelServer) -> None:
    for message in ("My shop sells candles.", "What do I sell?"):
        response = client.post(
            "/agents/scribe/runs", data={"message": message, "stream": "false", "session_id": "s-history"}
        )
        assert response.status_code == 200, response.text

    second_request_messages = scripted.requests()[-1]["body"]["messages"]
    contents = [str(m.get("content")) for m in second_request_messages]
    assert any("My shop sells candles." in c for c in contents)


def test_streamed_run_delivers_content_events_and_completes(client: httpx.Client, scripted: ScriptedModelServer) -> None:
    response = client.post("/agents/scribe/runs", data={"message": "stream me a hello", "stream": "true"})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = _sse_events(response.text)
    kinds = [e.get("event") for e in events]
    assert kinds[0] == "RunStarted"
    assert kinds[-1] == "RunCompleted"
    streamed = "".join(e.get("content") or "" for e in events if e.get("event") == "RunContent")
    assert streamed == "Scripted reply: stream me a hello"
    assert scripted.requests()[0]["body"]["stream"] is True


def test_provider_error_fails_the_run_without_leaking_the_key(client: httpx.Client, scripted: ScriptedModelServer) -> None:
    scripted.add_fault({"status": 500, "count": 3})  # the first try and both retries

    response = client.post("/agents/scribe/runs", data={"message": "this will fail", "stream": "false"})

    # agno answers a failed run with the run record, its status ERROR.
    assert response.json()["status"] == "ERROR"
    assert "sk-platform-test" not in response.text


def test_run_answers_leave_out_the_system_prompt_unless_asked(
    client: httpx.Client, admin: httpx.Client, scripted: ScriptedModelServer
) -> None:
    answer = client.post("/agents/scribe/runs", data={"message": "Short answer please", "stream": "false"})
    asked = client.post("/agents/scribe/runs?system_prompt=true",
                        data={"message": "And the prompt", "stream": "false"})

    assert answer.status_code == 200, answer.text
    run = answer.json()
    assert run["content"] == "Scripted reply: Short answer please"
    assert [m["role"] for m in run["messages"]] == ["user", "assistant"]
    assert "system" in [m["role"] for m in asked.json()["messages"]]
    path = f"/agents/scribe/runs/{run['run_id']}?session_id={run['session_id']}"
    read_back = client.get(path)
    assert read_back.status_code == 200, read_back.text
    assert "system" not in [m["role"] for m in read_back.json()["messages"]]
    # An operator debugging prompts sees everything the model saw.
    as_operator = admin.get(path)
    assert as_operator.status_code == 200, as_operator.text
    assert "system" in [m["role"] for m in as_operator.json()["messages"]]
