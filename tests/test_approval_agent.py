"""Sentinel (`approval`), HYVVE's approval gatekeeper: it reads the caller's workspace's approval queue, HYVVE's
own items included, and never another workspace's."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from tests.harness import ServiceProcess
from tests.node_side import NodeSide, Workspace
from tests.test_approvals import item_for_run, note_request, start_run


@pytest.fixture(scope="module")
def workspace(node: NodeSide) -> Workspace:
    """A workspace of this module's own (`client` signs in to it): the suite's shared one collects the pending items
    of every other test, and a listing of 100 would then miss this module's own."""
    return node.workspace()


def hyvve_item(db: sa.Engine, workspace: Workspace, title: str, priority: str = "high",
               overdue: bool = False) -> str:
    """An approval item HYVVE's own modules created (NestJS writes these; no agent run of ours behind it)."""
    item_id = "c" + uuid.uuid4().hex[:24]
    now = datetime.utcnow()
    with db.begin() as conn:
        conn.execute(
            sa.text("INSERT INTO approval_items (id, workspace_id, type, title, description, confidence_score, "
                    "ai_recommendation, source_module, status, priority, requested_by, due_at, updated_at) "
                    "VALUES (:id, :ws, 'content', :title, 'Publish the launch post', 58, 'full_review', 'crm', "
                    "'pending', :priority, :user, :due, :now)"),
            {"id": item_id, "ws": workspace.id, "title": title, "priority": priority,
             "user": workspace["owner"].user_id, "due": now + timedelta(hours=-1 if overdue else 24), "now": now},
        )
    return item_id


def ask(http: httpx.Client, tool: str, args: dict[str, Any] | None = None) -> str:
    response = http.post("/agents/approval/runs",
                         data={"message": f"call {tool} {json.dumps(args or {})}", "stream": "false"})
    assert response.status_code == 200, response.text
    run = response.json()
    assert run["status"] == "COMPLETED", run
    prefix = f"Tool {tool} returned: "
    assert run["content"].startswith(prefix), run["content"]
    return run["content"][len(prefix):]


def test_sentinel_lists_the_workspaces_pending_items_hyvves_and_ours(
    client: httpx.Client, db: sa.Engine, workspace: Workspace, scripted
) -> None:
    marker = uuid.uuid4().hex[:10]
    ours = item_for_run(db, start_run(client, note_request(marker, confidence=90))["run_id"])
    theirs = hyvve_item(db, workspace, f"Publish launch post {marker}", priority="urgent", overdue=True)

    listed = json.loads(ask(client, "list_approvals", {"limit": 100}))

    by_id = {item["id"]: item for item in listed}
    assert {ours["id"], theirs} <= set(by_id)
    assert by_id[theirs]["title"] == f"Publish launch post {marker}" and by_id[theirs]["priority"] == "urgent"
    assert all(item["status"] == "pending" for item in listed)
    urgent = json.loads(ask(client, "list_approvals", {"priority": "urgent", "limit": 100}))
    assert theirs in {i["id"] for i in urgent} and ours["id"] not in {i["id"] for i in urgent}


def test_sentinel_reads_one_item_and_the_queues_statistics(
    client: httpx.Client, db: sa.Engine, workspace: Workspace, scripted
) -> None:
    item = item_for_run(db, start_run(client, note_request(uuid.uuid4().hex[:10], confidence=90))["run_id"])
    hyvve_item(db, workspace, "Overdue item", overdue=True)

    detail = json.loads(ask(client, "get_approval", {"approval_id": item["id"]}))
    stats = json.loads(ask(client, "approval_stats"))

    assert detail["id"] == item["id"] and detail["preview_data"]["toolName"] == "save_to_knowledge"
    assert {f["factor"] for f in detail["confidence_factors"]} >= {"action_risk", "agent_confidence"}
    assert stats["by_status"]["pending"] >= 2 and stats["pending_overdue"] >= 1


def test_sentinel_never_reads_another_workspaces_items(
    service: ServiceProcess, client: httpx.Client, node: NodeSide, db: sa.Engine, workspace: Workspace, scripted
) -> None:
    other = node.workspace(roles=("owner", "member"))
    secret = f"Their secret deal {uuid.uuid4().hex[:10]}"
    foreign = hyvve_item(db, other, secret)

    listed = ask(client, "list_approvals", {"limit": 100})
    detail = ask(client, "get_approval", {"approval_id": foreign})
    with service.client(headers={"authorization": f"Bearer {other['member'].session_token}"}) as theirs:
        own = ask(theirs, "list_approvals", {"limit": 100})

    assert secret not in listed and foreign not in listed
    assert detail == f"No approval item '{foreign}' in this workspace."
    assert secret in own  # the item is there, for its own workspace


def test_unknown_filters_are_answered_not_raised(client: httpx.Client, scripted) -> None:
    assert ask(client, "list_approvals", {"status": "maybe"}).startswith("Unknown status 'maybe'")
