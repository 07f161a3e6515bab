"""A replica killed mid-run (SIGKILL) leaves no run RUNNING: another replica fails it within the documented
bound (RUN_LEASE_SECONDS x 1.25: ERROR in agno's table with a reason, `agent.run.failed` on the bus). A run
that is merely slow on a live replica, and a run paused for approval, are left alone.

The victim and the surviving replica are processes of their own on the session's PostgreSQL and Redis,
with a short lease; the scripted model holds a run in flight (a `timeout` fault delays its answer).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from agents.devtools.scripted_model import ScriptedModelServer
from tests.harness import ServiceProcess
from tests.node_side import Workspace
from tests.test_approvals import events_of, item_for_run, note_request, start_run, wait_for_run
from tests.test_bridge import AgentOSService

LEASE = 3  # seconds: a dead replica's runs are failed within 1.25 x LEASE (plus the writes)
SLACK = 30  # a loaded 2-core CI machine: the bound is what must hold, not the last second of it
SLOW = 4 * LEASE  # a live run lasts several leases, so only renewals keep it alive


@pytest.fixture(scope="module")
def env(service_env: dict[str, str]) -> dict[str, str]:
    # The model answers as slowly as a fault says (the session's 3 s provider timeout would cut it).
    return {**service_env, "RUN_LEASE_SECONDS": str(LEASE), "PROVIDER_TIMEOUT_SECONDS": "120"}


@pytest.fixture(scope="module")
def survivor(env: dict[str, str]) -> Iterator[ServiceProcess]:
    with ServiceProcess(env) as process:
        yield process


@pytest.fixture
def victim(env: dict[str, str]) -> Iterator[ServiceProcess]:
    process = ServiceProcess(env).start()
    yield process
    process.stop()


def kill(process: ServiceProcess) -> None:
    assert process.process is not None
    process.process.kill()  # SIGKILL: no shutdown, no last write
    process.wait_exit()


def headers(workspace: Workspace, role: str = "member") -> dict[str, str]:
    return {"authorization": f"Bearer {workspace[role].session_token}"}


def hold_next_model_call(model: ScriptedModelServer, seconds: float) -> None:
    model.add_fault({"timeout": seconds})


def wait_for_model_call(model: ScriptedModelServer, marker: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if marker in json.dumps([r["body"] for r in model.requests()]):
            return
        time.sleep(0.1)
    raise AssertionError(f"no model call for {marker}")


def stored_run(db: sa.Engine, run_id: str) -> dict[str, Any] | None:
    with db.connect() as conn:
        row = conn.execute(sa.text("SELECT status, run_data FROM ai.agno_runs WHERE run_id = :r"),
                           {"r": run_id}).first()
    return None if row is None else {"status": row.status, **row.run_data}


def wait_for_status(db: sa.Engine, run_id: str, status: str, timeout: float) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    run = None
    while time.monotonic() < deadline:
        run = stored_run(db, run_id)
        if run is not None and run["status"] == status:
            return run
        time.sleep(0.2)
    raise AssertionError(f"run {run_id} is {None if run is None else run['status']}, not {status}, after {timeout} s")


def enqueued_events(db: sa.Engine, run_id: str, until: str, timeout: float = 10) -> list[str]:
    """The events the service enqueued for the run, once `until` is among them (the outbox, not the bus: other
    test sessions may share the Redis database)."""
    deadline, types = time.monotonic() + timeout, []
    while time.monotonic() < deadline and until not in types:
        with db.connect() as conn:
            types = list(conn.execute(
                sa.text("SELECT event->>'type' FROM ai.agentos_outbox WHERE event->'data'->>'runId' = :r "
                        "ORDER BY id"), {"r": run_id},
            ).scalars())
        time.sleep(0.1)
    return types


def failed_event(redis_url: str, run_id: str) -> dict[str, Any]:
    events = events_of(redis_url, run_id=run_id, expect={"agent.run.failed"}, timeout=SLACK)
    failed = [e for e in events if e["type"] == "agent.run.failed"]
    assert len(failed) == 1, events
    return failed[0]


def test_a_background_run_of_a_killed_replica_is_failed_and_a_live_replicas_slow_run_is_not(
    victim: ServiceProcess, survivor: ServiceProcess, workspace: Workspace, db: sa.Engine, redis_url: str, scripted
) -> None:
    marker = uuid.uuid4().hex[:10]
    with victim.client(headers=headers(workspace)) as http:
        paused = start_run(http, note_request(marker, confidence=90))  # waits for a decision: not orphaned
        hold_next_model_call(scripted, 600)
        orphan = http.post("/agents/scribe/runs",
                           data={"message": f"orphan {marker}", "stream": "false", "background": "true"}).json()
    wait_for_model_call(scripted, f"orphan {marker}")
    hold_next_model_call(scripted, SLOW)
    with survivor.client(headers=headers(workspace)) as http:
        live = http.post("/agents/scribe/runs",
                         data={"message": f"live {marker}", "stream": "false", "background": "true"}).json()
    wait_for_model_call(scripted, f"live {marker}")
    assert stored_run(db, orphan["run_id"])["status"] == "RUNNING"  # type: ignore[index]

    kill(victim)

    failed = wait_for_status(db, orphan["run_id"], "ERROR", timeout=1.25 * LEASE + SLACK)
    assert "interrupted" in failed["content"]
    event = failed_event(redis_url, orphan["run_id"])
    assert event["tenantId"] == workspace.id
    assert event["data"]["agentId"] == "scribe" and "interrupted" in event["data"]["error"]
    with survivor.client(headers=headers(workspace)) as http:
        seen = wait_for_run(http, orphan, status="ERROR", component="agents/scribe")
        assert "interrupted" in seen["content"]
        # The paused run was past its lease as long as the orphan, and is still waiting for its decision.
        assert wait_for_run(http, paused, status="PAUSED")["run_id"] == paused["run_id"]
        finished = wait_for_run(http, live, component="agents/scribe", timeout=SLOW + SLACK)
    assert finished["content"] == f"Scripted reply: live {marker}"
    enqueued = enqueued_events(db, live["run_id"], until="agent.run.completed")
    assert enqueued == ["agent.run.started", "agent.run.completed"]  # never failed, not even for a moment
    item_for_run(db, paused["run_id"])  # its approval item is still there to decide


def test_a_bridge_stream_of_a_killed_replica_ends_failed_for_nestjs(
    victim: ServiceProcess, survivor: ServiceProcess, workspace: Workspace, db: sa.Engine, redis_url: str, scripted
) -> None:
    marker = uuid.uuid4().hex[:10]
    hold_next_model_call(scripted, 600)
    started = AgentOSService(victim.base_url, workspace.id).run(
        "scribe", f"bridge {marker}", workspace["member"].user_id, stream=True)
    assert started.status_code == 200, started.text
    run_id = started.json()["runId"]
    wait_for_model_call(scripted, f"bridge {marker}")
    nest = AgentOSService(survivor.base_url, workspace.id)
    assert nest.get("scribe", run_id).json()["status"] == "running"

    kill(victim)

    wait_for_status(db, run_id, "ERROR", timeout=1.25 * LEASE + SLACK)
    answer = nest.get("scribe", run_id).json()
    assert answer["status"] == "failed" and "interrupted" in answer["error"]
    frames = nest.stream("scribe", run_id)  # NestJS following the run sees it end, with the reason
    assert frames[-1]["type"] == "error" and "interrupted" in frames[-1]["error"], frames
    assert "interrupted" in failed_event(redis_url, run_id)["data"]["error"]


def test_a_team_run_of_a_killed_replica_fails_with_the_member_it_was_waiting_for(
    victim: ServiceProcess, survivor: ServiceProcess, workspace: Workspace, db: sa.Engine, scripted
) -> None:
    marker = uuid.uuid4().hex[:10]
    hold_next_model_call(scripted, 0.01)  # the leader delegates at once ...
    hold_next_model_call(scripted, 600)  # ... and the member's answer never comes
    delegate = {"member_id": "oracle", "task": f"member {marker}"}
    started = AgentOSService(victim.base_url, workspace.id).run(
        "pm_team", f"call delegate_task_to_member {json.dumps(delegate)}", workspace["member"].user_id,
        stream=True, kind="teams")
    assert started.status_code == 200, started.text
    team_run_id = started.json()["runId"]
    wait_for_model_calls(scripted, f"member {marker}", count=2)

    kill(victim)

    wait_for_status(db, team_run_id, "ERROR", timeout=1.25 * LEASE + SLACK)
    nest = AgentOSService(survivor.base_url, workspace.id)
    answer = httpx.get(f"{nest.base}/teams/pm_team/runs/{team_run_id}", headers=nest.headers(str(uuid.uuid4())))
    assert answer.json()["status"] == "failed" and "interrupted" in answer.json()["error"]
    assert enqueued_events(db, team_run_id, until="agent.run.failed") == ["agent.run.started", "agent.run.failed"]
    member_run_id = member_started(db, f"member {marker}")
    assert enqueued_events(db, member_run_id, until="agent.run.failed") == ["agent.run.started", "agent.run.failed"]


def wait_for_model_calls(model: ScriptedModelServer, marker: str, count: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sum(marker in json.dumps(r["body"]) for r in model.requests()) >= count:
            return
        time.sleep(0.1)
    raise AssertionError(f"fewer than {count} model calls for {marker}")


def member_started(db: sa.Engine, task: str) -> str:
    with db.connect() as conn:
        return conn.execute(
            sa.text("SELECT event->'data'->>'runId' FROM ai.agentos_outbox WHERE event->>'type' = 'agent.run.started' "
                    "AND event->'data'->>'agentId' = 'oracle' AND event->'data'->>'input' LIKE :task"),
            {"task": f"%{task}%"},
        ).scalar_one()
