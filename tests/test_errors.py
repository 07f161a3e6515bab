"""Bad input gets one JSON error shape with the right status, on agno's routes and ours."""

from __future__ import annotations

import re

import httpx

from agents.errors import ErrorCode
from tests.harness import ROOT, ServiceProcess
from tests.node_side import Workspace


def test_unknown_agent_is_a_404_with_an_error_code(client: httpx.Client) -> None:
    response = client.post("/agents/no-such-agent/runs", data={"message": "hi", "stream": "false"})

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert response.json()["error"]["message"]


def test_missing_message_is_a_422_naming_the_field(client: httpx.Client) -> None:
    response = client.post("/agents/scribe/runs", data={"stream": "false"})

    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert "message" in error["message"]


def test_unknown_route_is_a_json_404(client: httpx.Client) -> None:
    response = client.get("/definitely/not/here")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_oversized_request_headers_are_a_json_431_before_any_credential_check(anonymous: httpx.Client) -> None:
    huge_token = anonymous.get("/agents", headers={"authorization": "Bearer " + "a" * (1024 * 1024)})
    many_headers = anonymous.get("/agents", headers={f"x-filler-{i}": "b" * 1024 for i in range(20)})

    for response in (huge_token, many_headers):
        assert response.status_code == 431
        assert response.json()["error"]["code"] == "headers_too_large"
        assert response.json()["detail"] == response.json()["error"]["message"]


def test_request_headers_under_the_limit_are_served(client: httpx.Client) -> None:
    response = client.get("/agents", headers={"cookie": "c" * (12 * 1024)})

    assert response.status_code == 200


# -- one code convention, and messages that say what to do ---------------------------------------------------

CODE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
# A code given to our error types, or written into a JSON error by hand (nginx).
RAISED = re.compile(r"""(?:ApiError|AuthError|TokenRejected|SelectionError|error_response)\(\s*\d+,\s*["']([^"']+)["']"""
                    r"""|code\s*=\s*["']([^"']+)["']|"code"\s*:\s*"([^"]+)\"""")


def test_every_error_code_is_lower_snake_case() -> None:
    sources = [*(ROOT / "agents").rglob("*.py"), ROOT / "gateway" / "nginx.conf"]
    codes = {(path.name, code) for path in sources if path.name != "scripted_gemini.py"  # Google's own statuses
             for found in RAISED.findall(path.read_text()) for code in found if code}
    codes |= {("errors.py", code.value) for code in ErrorCode}  # the service's own: agents/errors.py, one list

    assert len(codes) > 30
    assert sorted(c for c in codes if not CODE.match(c[1])) == []


def test_a_form_where_json_is_needed_says_send_json(service: ServiceProcess, workspace: Workspace) -> None:
    with service.client(headers={"authorization": f"Bearer {workspace['owner'].session_token}"}) as owner:
        response = owner.post("/approval-items/any/resolve", data={"decision": "approve"})

    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"
    assert "send JSON (content-type: application/json)" in response.json()["error"]["message"]


def test_an_unknown_agent_id_lists_the_agents_and_says_when_it_is_a_team(client: httpx.Client) -> None:
    unknown = client.post("/agents/scrib/runs", data={"message": "hi", "stream": "false"})
    a_team = client.post("/agents/pm_team/runs", data={"message": "hi", "stream": "false"})

    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "not_found"
    assert "(the agents: approval, dashboard_gateway, scribe)" in unknown.json()["error"]["message"]
    assert a_team.status_code == 404
    assert "'pm_team' is a team, use /teams/pm_team/" in a_team.json()["error"]["message"]


def test_a_refusal_for_the_role_names_the_role_needed(service: ServiceProcess, workspace: Workspace) -> None:
    with service.client(headers={"authorization": f"Bearer {workspace['viewer'].session_token}"}) as viewer:
        run = viewer.post("/agents/scribe/runs", data={"message": "hi", "stream": "false"})
        decide = viewer.post("/approval-items/any/resolve", json={"decision": "approve"})
        operators = viewer.get("/schedules")

    assert run.status_code == 403 and run.json()["error"]["code"] == "forbidden"
    assert "the viewer role cannot; it needs the owner, admin or member role" in run.json()["error"]["message"]
    assert "it needs the owner or admin role" in decide.json()["error"]["message"]
    assert "for operators" in operators.json()["error"]["message"]
