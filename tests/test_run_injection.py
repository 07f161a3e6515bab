"""Every run carries the verified workspace and user; nothing a client sends can change them."""

from __future__ import annotations

import json
import time

import httpx
import pytest
import sqlalchemy as sa

from agents.devtools.scripted_model import ScriptedModelServer
from tests.conftest import SERVICE_TOKEN
from tests.harness import ServiceProcess
from tests.node_side import NodeSide, Workspace, mint

FORGED = {
    "user_id": "attacker",
    "dependencies": json.dumps({"workspace_id": "other-ws", "user_id": "attacker", "role": "owner"}),
    "session_state": json.dumps({"workspace_id": "other-ws", "user_id": "attacker"}),
    "metadata": json.dumps({"workspace_id": "other-ws", "user_id": "attacker"}),
}


def _tool_output(run: dict) -> dict:
    """What the workspace_context tool returned, as the scripted model echoed it back."""
    prefix = "Tool workspace_context returned: "
    assert run["content"].startswith(prefix), run["content"]
    return json.loads(run["content"][len(prefix):])


def _ask_context(http: httpx.Client, **form: str) -> dict:
    response = http.post(
        "/agents/scribe/runs", data={"message": "call workspace_context", "stream": "false", **form}
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_tool_sees_the_verified_workspace_and_user(client: httpx.Client, workspace: Workspace, scripted) -> None:
    run = _ask_context(client)

    member = workspace["member"]
    assert _tool_output(run) == {"workspace_id": member.workspace_id, "user_id": member.user_id, "role": "member"}


def test_forged_form_fields_do_not_change_the_run_context(
    client: httpx.Client, workspace: Workspace, db: sa.Engine, scripted
) -> None:
    run = _ask_context(client, session_id="s-forged", **FORGED)

    member = workspace["member"]
    assert _tool_output(run) == {"workspace_id": member.workspace_id, "user_id": member.user_id, "role": "member"}
    with db.connect() as conn:
        stored = conn.execute(
            sa.text("SELECT user_id, session_data FROM ai.agno_sessions WHERE session_id = 's-forged'")
        ).one()
    assert stored.user_id == f"{member.workspace_id}:{member.user_id}"
    assert stored.session_data["session_state"]["workspace_id"] == member.workspace_id
    assert "attacker" not in json.dumps(stored.session_data)


def test_streamed_run_carries_the_same_context(client: httpx.Client, workspace: Workspace, scripted) -> None:
    response = client.post(
        "/agents/scribe/runs", data={"message": "call workspace_context", "stream": "true", **FORGED}
    )

    member = workspace["member"]
    assert f'\\"workspace_id\\": \\"{member.workspace_id}\\"' in response.text
    assert "attacker" not in response.text


def test_jwt_caller_gets_its_claimed_workspace(
    service: ServiceProcess, jwks, node: NodeSide, scripted: ScriptedModelServer
) -> None:
    other = node.workspace(roles=("owner",))
    owner = other["owner"]
    token = mint(jwks.keys[0], owner.user_id, other.id)
    with service.client(headers={"authorization": f"Bearer {token}"}) as http:
        run = _ask_context(http)

    assert _tool_output(run) == {"workspace_id": other.id, "user_id": owner.user_id, "role": "owner"}


@pytest.mark.parametrize("on_behalf", [True, False])
def test_service_principal_runs_in_its_named_workspace(
    service: ServiceProcess, workspace: Workspace, scripted, on_behalf: bool
) -> None:
    owner = workspace["owner"]
    headers = {"authorization": f"Bearer {SERVICE_TOKEN}", "x-workspace-id": workspace.id}
    if on_behalf:
        headers["x-user-id"] = owner.user_id
    with service.client(headers=headers) as http:
        run = _ask_context(http, user_id="attacker")

    expected_user, expected_role = (owner.user_id, "owner") if on_behalf else ("service", "service")
    assert _tool_output(run) == {"workspace_id": workspace.id, "user_id": expected_user, "role": expected_role}


def test_run_record_metadata_names_the_workspace(client: httpx.Client, workspace: Workspace, scripted) -> None:
    run = _ask_context(client, **FORGED)

    stored = client.get(f"/agents/scribe/runs/{run['run_id']}", params={"session_id": run["session_id"]})
    assert stored.status_code == 200, stored.text
    assert stored.json()["metadata"]["workspace_id"] == workspace.id


def test_background_run_carries_the_same_context(client: httpx.Client, workspace: Workspace, scripted) -> None:
    accepted = client.post(
        "/agents/scribe/runs",
        data={"message": "call workspace_context", "stream": "false", "background": "true", **FORGED},
    )
    assert accepted.status_code in (200, 202), accepted.text
    run_id, session_id = accepted.json()["run_id"], accepted.json()["session_id"]

    run: dict = {}
    for _ in range(100):
        run = client.get(f"/agents/scribe/runs/{run_id}", params={"session_id": session_id}).json()
        if run.get("status") == "COMPLETED":
            break
        time.sleep(0.1)

    member = workspace["member"]
    assert _tool_output(run) == {"workspace_id": member.workspace_id, "user_id": member.user_id, "role": "member"}


@pytest.mark.parametrize("stream", ["false", "true"])
def test_team_run_carries_the_verified_context(
    client: httpx.Client, workspace: Workspace, scripted, stream: str
) -> None:
    response = client.post(
        "/teams/pm_team/runs", data={"message": "call workspace_context", "stream": stream, **FORGED}
    )

    assert response.status_code == 200, response.text
    member = workspace["member"]
    assert member.workspace_id in response.text and member.user_id in response.text
    assert "attacker" not in response.text
    if stream == "false":
        assert _tool_output(response.json()) == {
            "workspace_id": member.workspace_id, "user_id": member.user_id, "role": "member"
        }
