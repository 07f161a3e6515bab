"""Two replicas behave as one: a run started on one is read, reattached to, cancelled and continued on the other.

Replica A is the session's service; replica B is a second process on the same PostgreSQL and Redis.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
import sqlalchemy as sa

from agents.devtools.scripted_model import ScriptedModelServer
from tests.harness import ServiceProcess
from tests.node_side import Workspace
from tests.test_approvals import actions_for, item_for_run, note_request, wait_for_run

LONG_MESSAGE = " ".join(f"word{i}" for i in range(30))


@pytest.fixture(scope="module")
def replica_b(service_env: dict[str, str]) -> Iterator[ServiceProcess]:
    with ServiceProcess(service_env) as process:
        yield process


@pytest.fixture
def slow_model(model_server: ScriptedModelServer) -> Iterator[ScriptedModelServer]:
    """Each streamed chunk takes 100 ms: a run lasts a few seconds."""
    model_server.reset()
    httpx.post(f"{model_server.base_url.removesuffix('/v1')}/_scripted/config", json={"chunk_delay_ms": 100})
    yield model_server
    httpx.post(f"{model_server.base_url.removesuffix('/v1')}/_scripted/config", json={"chunk_delay_ms": 0})
    model_server.reset()


def member_headers(workspace: Workspace, role: str = "member") -> dict[str, str]:
    return {"authorization": f"Bearer {workspace[role].session_token}"}


def sse_events(lines: Iterator[str]) -> Iterator[dict]:
    for line in lines:
        if line.startswith("data: "):
            yield json.loads(line[len("data: "):])


def start_background_stream(base_url: str, headers: dict[str, str], count: int) -> tuple[dict, int]:
    """Start a background streamed run, read `count` events, then drop the connection."""
    form = {"message": LONG_MESSAGE, "stream": "true", "background": "true"}
    with httpx.stream("POST", f"{base_url}/agents/scribe/runs", data=form, headers=headers, timeout=60) as response:
        assert response.status_code == 200
        seen = []
        for event in sse_events(response.iter_lines()):
            seen.append(event)
            if len(seen) >= count:
                break
    return seen[0], seen[-1]["event_index"]


def test_a_dropped_stream_is_reattached_on_the_other_replica_without_gaps(
    service: ServiceProcess, replica_b: ServiceProcess, workspace: Workspace, slow_model
) -> None:
    headers = member_headers(workspace)
    first, last_index = start_background_stream(service.base_url, headers, count=6)

    form = {"last_event_index": str(last_index), "session_id": first["session_id"]}
    resumed = httpx.post(
        f"{replica_b.base_url}/agents/scribe/runs/{first['run_id']}/resume", data=form, headers=headers, timeout=60
    )

    events = [e for e in sse_events(iter(resumed.text.splitlines())) if "event_index" in e]
    indexes = [e["event_index"] for e in events]
    assert indexes and min(indexes) == last_index + 1 and indexes == sorted(set(indexes))
    assert events[-1]["event"] == "RunCompleted"
    assert events[-1]["content"] == f"Scripted reply: {LONG_MESSAGE}"


def test_a_background_run_started_on_one_replica_is_polled_on_the_other(
    service: ServiceProcess, replica_b: ServiceProcess, workspace: Workspace, slow_model
) -> None:
    headers = member_headers(workspace)
    accepted = httpx.post(
        f"{service.base_url}/agents/scribe/runs",
        data={"message": LONG_MESSAGE, "stream": "false", "background": "true"}, headers=headers,
    ).json()

    with replica_b.client(headers=headers) as http:
        finished = wait_for_run(http, accepted, component="agents/scribe")

    assert finished["content"] == f"Scripted reply: {LONG_MESSAGE}"


def test_a_run_started_on_one_replica_is_cancelled_from_the_other(
    service: ServiceProcess, replica_b: ServiceProcess, workspace: Workspace, slow_model
) -> None:
    headers = member_headers(workspace)
    first, _ = start_background_stream(service.base_url, headers, count=3)

    cancelled = httpx.post(
        f"{replica_b.base_url}/agents/scribe/runs/{first['run_id']}/cancel",
        params={"session_id": first["session_id"]}, headers=headers,
    )

    assert cancelled.status_code == 200, cancelled.text
    with replica_b.client(headers=headers) as http:
        final = wait_for_run(http, first, status="CANCELLED", component="agents/scribe")
    assert final["content"] != f"Scripted reply: {LONG_MESSAGE}"


def test_a_run_paused_on_one_replica_is_approved_and_continued_through_the_other(
    service: ServiceProcess, replica_b: ServiceProcess, workspace: Workspace, db: sa.Engine,
    scripted
) -> None:
    marker = uuid.uuid4().hex[:10]
    paused = httpx.post(
        f"{service.base_url}/agents/scribe/runs", data={"message": note_request(marker, 90), "stream": "false"},
        headers=member_headers(workspace),
    ).json()
    item = item_for_run(db, paused["run_id"])

    decided = httpx.post(f"{replica_b.base_url}/approval-items/{item['id']}/resolve", json={"decision": "approve"},
                         headers=member_headers(workspace, "owner"))

    assert decided.status_code == 200
    with replica_b.client(headers=member_headers(workspace)) as http:
        wait_for_run(http, paused)
    assert len(actions_for(db, marker)) == 1


def test_native_run_routes_accept_json_bodies(client: httpx.Client, scripted) -> None:
    response = client.post("/agents/scribe/runs", json={"message": "json please", "stream": False})

    assert response.status_code == 200, response.text
    assert response.json()["content"] == "Scripted reply: json please"


def test_a_json_body_that_is_not_an_object_is_a_clear_422(client: httpx.Client) -> None:
    response = client.post("/agents/scribe/runs", content=b"[1, 2]", headers={"content-type": "application/json"})

    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


def test_idle_event_streams_get_keepalives_and_unbuffered_headers(
    service_env: dict[str, str], workspace: Workspace, model_server: ScriptedModelServer
) -> None:
    model_server.reset()
    httpx.post(f"{model_server.base_url.removesuffix('/v1')}/_scripted/config", json={"latency_ms": 1500})
    try:
        with ServiceProcess({**service_env, "SSE_KEEPALIVE_SECONDS": "0.4"}) as quiet:
            response = httpx.post(f"{quiet.base_url}/agents/scribe/runs", data={"message": "slow", "stream": "true"},
                                  headers=member_headers(workspace), timeout=60)
    finally:
        httpx.post(f"{model_server.base_url.removesuffix('/v1')}/_scripted/config", json={"latency_ms": 0})

    assert ": keepalive" in response.text
    assert response.headers["x-accel-buffering"] == "no" and response.headers["cache-control"] == "no-cache"
    assert "Scripted reply: slow" in response.text


def test_a_foreground_stream_dropped_by_its_client_does_not_finish_the_run(
    service: ServiceProcess, workspace: Workspace, slow_model
) -> None:
    # The documented policy (ADR 0005): only background runs outlive their clients.
    headers = member_headers(workspace)
    form = {"message": LONG_MESSAGE, "stream": "true", "session_id": f"s-{uuid.uuid4().hex}"}
    with httpx.stream("POST", f"{service.base_url}/agents/scribe/runs", data=form, headers=headers, timeout=60) as r:
        first = next(sse_events(r.iter_lines()))
    time.sleep(5)  # longer than the whole run would take

    with service.client(headers=headers) as http:
        stored = http.get(f"/agents/scribe/runs/{first['run_id']}", params={"session_id": form["session_id"]})
    assert stored.status_code == 404 or stored.json().get("status") != "COMPLETED"
