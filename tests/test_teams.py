"""HYVVE's onboarding teams: leaders delegate, saving needs approval, and a run is about one business of yours."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
import sqlalchemy as sa

from tests.harness import ServiceProcess
from tests.node_side import NestJsServer, NodeSide, Workspace
from tests.test_approvals import item_for_run, wait_for_run

# A member of each team that answers in prose (the others have structured outputs).
PROSE_MEMBER = {"validation": "persona", "planning": "model", "branding": "sage"}


def team_run(http: httpx.Client, team: str, message: str, business_id: str | None) -> httpx.Response:
    form = {"message": message, "stream": "false"}
    if business_id is not None:
        form["factory_input"] = json.dumps({"business_id": business_id})
    return http.post(f"/teams/{team}/runs", data=form)


@pytest.mark.parametrize("team", sorted(PROSE_MEMBER))
def test_each_team_leader_delegates_to_its_members(
    client: httpx.Client, workspace: Workspace, node: NodeSide, team: str, scripted
) -> None:
    business = node.business(workspace)
    task = {"member_id": PROSE_MEMBER[team], "task": f"work on {team}"}

    response = team_run(client, team, f"call delegate_task_to_member {json.dumps(task)}", business)

    assert response.status_code == 200, response.text
    run = response.json()
    assert run["status"] == "COMPLETED"
    assert f"Scripted reply: work on {team}" in run["content"]  # the member's answer, through the leader


def test_the_team_reads_its_business_from_hyvves_table(
    client: httpx.Client, workspace: Workspace, node: NodeSide, scripted
) -> None:
    business = node.business(workspace)

    run = team_run(client, "validation", "call get_business", business).json()

    assert "Candle Co" in run["content"] and business in run["content"]


def test_saving_to_the_business_pauses_for_approval(
    client: httpx.Client, workspace: Workspace, node: NodeSide, nestjs: NestJsServer, db: sa.Engine, scripted
) -> None:
    business = node.business(workspace)
    args = {"section": "market_sizing", "content": "TAM 1bn", "reason": "done", "confidence": 40}

    run = team_run(client, "validation", f"call save_to_business {json.dumps(args)}", business).json()

    assert run["status"] == "PAUSED"
    item = item_for_run(db, run["run_id"])
    assert item["preview_data"]["toolName"] == "save_to_business"
    assert item["preview_data"]["arguments"]["section"] == "market_sizing"
    assert nestjs.actions_for(business) == []


def test_an_approved_save_is_the_approved_call_and_runs_once(
    client: httpx.Client, service: ServiceProcess, workspace: Workspace, node: NodeSide, db: sa.Engine, scripted
) -> None:
    business = node.business(workspace)
    marker = uuid.uuid4().hex[:10]
    args = {"section": "pricing", "content": f"Three tiers ({marker})", "reason": "done", "confidence": 40}
    run = team_run(client, "validation", f"call save_to_business {json.dumps(args)}", business).json()
    item = item_for_run(db, run["run_id"])

    with service.client(headers={"authorization": f"Bearer {workspace['owner'].session_token}"}) as owner:
        assert owner.post(f"/approval-items/{item['id']}/resolve", json={"decision": "approve"}).status_code == 200
    finished = wait_for_run(client, run, component="teams/validation")

    # The approval covers this very call: the ledger takes it (HYVVE's NestJS has no business route, so with
    # HYVVE_API_URL set its outcome is that refusal), never "no approval grants it".
    assert "no approval grants it" not in finished["content"]
    with db.connect() as conn:
        rows = conn.execute(sa.text("SELECT state FROM ai.agentos_actions WHERE tool_name = 'save_to_business' "
                                    "AND arguments->>'content' = :c"), {"c": args["content"]}).scalars().all()
    assert len(rows) == 1 and rows[0] != "started"


@pytest.mark.parametrize("case", ["other-workspace", "unknown", "missing"])
def test_a_business_that_is_not_the_callers_is_refused(
    client: httpx.Client, node: NodeSide, case: str, scripted
) -> None:
    business = {"other-workspace": node.business(node.workspace(roles=("owner",))),
                "unknown": "c" + uuid.uuid4().hex[:24], "missing": None}[case]

    response = team_run(client, "validation", "hello", business)

    assert response.status_code == 403
    assert scripted.requests() == []
