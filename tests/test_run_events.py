"""Every run is announced on HYVVE's bus: started, then completed or failed, each exactly once."""

from __future__ import annotations

import httpx

from tests.node_side import Workspace
from tests.test_approvals import events_of


def test_a_run_announces_started_and_completed_once(
    client: httpx.Client, workspace: Workspace, redis_url: str, scripted
) -> None:
    run = client.post("/agents/assistant/runs", data={"message": "hello bus", "stream": "false"}).json()

    events = events_of(redis_url, run_id=run["run_id"], expect={"agent.run.started", "agent.run.completed"})

    kinds = [e["type"] for e in events]
    assert kinds.count("agent.run.started") == 1 and kinds.count("agent.run.completed") == 1
    completed = next(e for e in events if e["type"] == "agent.run.completed")
    assert completed["tenantId"] == workspace.id and completed["userId"] == workspace["member"].user_id
    assert completed["data"]["output"] == "Scripted reply: hello bus"
    assert completed["version"] == "1.0" and completed["source"] == "agentos"


def test_a_failed_run_announces_failed(client: httpx.Client, redis_url: str, scripted) -> None:
    scripted.add_fault({"status": 500, "count": 3})  # the first try and both retries

    run = client.post("/agents/assistant/runs", data={"message": "this fails", "stream": "false"}).json()

    assert run["status"] == "ERROR"
    kinds = [e["type"] for e in events_of(redis_url, run_id=run["run_id"], expect={"agent.run.failed"})]
    assert kinds.count("agent.run.failed") == 1
    assert "agent.run.completed" not in kinds
