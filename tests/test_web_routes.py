"""The web app's onboarding routes, in the paths, bodies and answers HYVVE's agent client and stream hook use.

These check our side of the contract over HTTP (HYVVE's own TypeScript runs against the same routes in the
HYVVE conformance tests): JSON by default, null fields omitted, SSE in HYVVE's event shapes, errors as strings,
a pause for approval HYVVE's schema accepts, and the same checks as every run start.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from agents.devtools.scripted_model import ScriptedModelServer
from tests.harness import ROOT, ServiceProcess
from tests.node_side import NodeSide, Workspace

WEB_EVENT = Draft202012Validator(json.loads((ROOT / "contracts" / "sse" / "web-run-event.schema.json").read_text()))


def _events(response: httpx.Response) -> list[dict[str, Any]]:
    """The stream's events, each checked against its contract (contracts/sse/web-run-event.schema.json)."""
    events = [json.loads(line[6:]) for line in response.text.splitlines() if line.startswith("data: ")]
    for event in events:
        assert not list(WEB_EVENT.iter_errors(event)), event
    return events


@pytest.fixture
def business(node: NodeSide, workspace: Workspace) -> str:
    return node.business(workspace)


@pytest.mark.parametrize("team", ["validation", "planning", "branding"])
def test_a_json_call_without_stream_gets_hyvves_json_answer(
    client: httpx.Client, scripted: ScriptedModelServer, business: str, workspace: Workspace, team: str
) -> None:
    response = client.post(f"/agents/{team}/runs", json={"message": f"Size the market ({team})", "business_id": business})

    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    answer = response.json()
    assert answer["success"] is True and answer["content"].startswith("Scripted reply:")
    assert answer["session_id"] and answer["metadata"]["business_id"] == business
    assert answer["metadata"]["team"] == team and answer["metadata"]["workspace_id"] == workspace.id
    assert None not in answer.values() and "error" not in answer


def test_the_session_carries_the_next_turn(client: httpx.Client, scripted: ScriptedModelServer, business: str) -> None:
    first = client.post("/agents/validation/runs", json={"message": "first turn", "business_id": business}).json()

    second = client.post("/agents/validation/runs",
                         json={"message": "second turn", "business_id": business, "session_id": first["session_id"]})

    assert second.status_code == 200 and second.json()["session_id"] == first["session_id"]
    assert "first turn" in json.dumps(scripted.requests()[-1]["body"]["messages"])  # history reached the model


def test_a_streamed_call_gets_hyvves_sse_events(client: httpx.Client, scripted: ScriptedModelServer, business: str) -> None:
    response = client.post("/agents/planning/runs", json={"message": "Plan it", "business_id": business, "stream": True})

    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    events = _events(response)
    assert events[0]["type"] == "RUN_STARTED" and isinstance(events[0]["timestamp"], int)
    assert events[-1] == {"type": "RUN_FINISHED", "runId": events[0]["runId"], "status": "success"}
    chunks = [e for e in events if e["type"] == "TEXT_MESSAGE_CHUNK"]
    assert "".join(c["delta"] for c in chunks) == "Scripted reply: Plan it"
    assert all(set(c) == {"type", "delta", "messageId"} for c in chunks)


def test_a_tool_call_and_a_pause_for_approval_stream_in_hyvves_shapes(
    client: httpx.Client, scripted: ScriptedModelServer, business: str
) -> None:
    args = {"section": "pricing", "content": "Three tiers", "reason": "agreed", "confidence": 60}

    response = client.post("/agents/branding/runs", json={
        "message": f"call save_to_business {json.dumps(args)}", "business_id": business, "stream": True})

    events = _events(response)
    kinds = [e["type"] for e in events]
    assert kinds[0] == "RUN_STARTED" and kinds[-2:] == ["UI_RENDER_HINT", "RUN_FINISHED"]
    hint = events[-2]
    assert hint["component"] == "approval_required" and hint["props"]["approvalId"]
    assert hint["props"]["tools"] == ["save_to_business"]
    assert events[-1]["status"] == "success"


def test_a_paused_json_run_says_so_with_its_approval_id(
    client: httpx.Client, scripted: ScriptedModelServer, business: str
) -> None:
    args = {"section": "pricing", "content": "Three tiers", "reason": "agreed", "confidence": 60}

    answer = client.post("/agents/validation/runs", json={
        "message": f"call save_to_business {json.dumps(args)}", "business_id": business}).json()

    assert answer["success"] is True
    assert answer["metadata"]["status"] == "paused" and answer["metadata"]["approval_id"]


def test_a_business_of_another_workspace_is_refused_with_a_string_error(
    client: httpx.Client, scripted: ScriptedModelServer, node: NodeSide
) -> None:
    foreign = node.business(node.workspace(roles=("owner",)))

    response = client.post("/agents/validation/runs", json={"message": "hi", "business_id": foreign})

    assert response.status_code == 403, response.text
    assert isinstance(response.json()["error"], str) and "business" in response.json()["error"]
    assert response.json()["success"] is False
    assert scripted.requests() == []


def test_refusals_before_the_route_are_strings_too(service: ServiceProcess, business: str) -> None:
    with service.client() as anonymous:
        response = anonymous.post("/agents/validation/runs", json={"message": "hi", "business_id": business})

    assert response.status_code == 401
    assert isinstance(response.json()["error"], str) and response.json()["error"]


def test_model_override_goes_through_the_workspace_checks(
    client: httpx.Client, scripted: ScriptedModelServer, business: str
) -> None:
    response = client.post("/agents/validation/runs",
                           json={"message": "hi", "business_id": business, "model_override": "claude"})

    assert response.status_code == 409, response.text
    assert response.json()["code"] == "provider_not_configured" and "claude" in response.json()["error"].lower()
    assert scripted.requests() == []


def test_context_reaches_the_team_as_data_never_as_identity(
    client: httpx.Client, scripted: ScriptedModelServer, business: str, workspace: Workspace, node: NodeSide
) -> None:
    other = node.workspace(roles=("owner",))
    context = {"workspace_id": other.id, "user_id": "someone-else", "stage": "idea"}

    answer = client.post("/agents/validation/runs",
                         json={"message": "hi", "business_id": business, "context": context}).json()

    assert answer["success"] is True
    assert answer["metadata"]["workspace_id"] == workspace.id  # the credential's, not the context's


def test_health_needs_no_credential_and_says_nothing_else(service: ServiceProcess) -> None:
    with service.client() as anonymous:
        response = anonymous.get("/agents/validation/health")

    assert response.status_code == 200 and response.json() == {"status": "ok", "team": "validation"}


def test_a_viewer_cannot_run_and_is_told_so(service: ServiceProcess, workspace: Workspace, business: str) -> None:
    with service.client(headers={"authorization": f"Bearer {workspace['viewer'].session_token}"}) as viewer:
        response = viewer.post("/agents/validation/runs", json={"message": "hi", "business_id": business})

    assert response.status_code == 403 and isinstance(response.json()["error"], str)


def test_agnos_own_agent_routes_stay_agnos(client: httpx.Client, scripted: ScriptedModelServer) -> None:
    response = client.post("/agents/scribe/runs", data={"message": "hi", "stream": "false"})

    assert response.status_code == 200 and response.json()["content"] == "Scripted reply: hi"
