"""AG-UI for HYVVE's CopilotKit dashboard: the real CopilotKit 1.50 client against the service, through the gateway.

The client is @copilotkitnext/core 0.0.33 (what @copilotkit/react-core 1.50.1 runs, with its single-endpoint
transport), installed with npm into a cache directory and run by Node (tests/agui_client.mjs). It signs in
as a browser does on HYVVE's own origin: better-auth's signed session cookie and the page's Origin, no
Authorization header. Attacks go over plain HTTP through the same gateway.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from agents.devtools.scripted_model import ScriptedModelServer
from tests.gateway_harness import Gateway, nginx_binary
from tests.harness import ROOT, ServiceProcess
from tests.node_side import NestJsServer, NodeSide, Workspace

pytestmark = [
    pytest.mark.skipif(shutil.which("node") is None or shutil.which("npm") is None, reason="needs Node.js and npm"),
    pytest.mark.skipif(nginx_binary() is None, reason="needs nginx"),
]

SECRET = "better-auth-secret-for-tests-0123456789"
ORIGIN = "http://app.hyvve.test"
# HYVVE's apps/web/package.json: @copilotkit/react-core ^1.50.1, whose single-endpoint client is this core.
CLIENT_PACKAGES = {"@copilotkitnext/core": "0.0.33", "zod": "3.25.76"}
CLIENT_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "hyvve-agentos" / "agui-client-0.0.33"


def signed_cookie(token: str, secret: str = SECRET) -> str:
    """better-auth's session cookie as the browser holds it (better-call's signCookieValue)."""
    signature = base64.b64encode(hmac.new(secret.encode(), token.encode(), hashlib.sha256).digest()).decode()
    return f"hyvve.session_token={quote(f'{token}.{signature}', safe='')}"


def browser(token: str, origin: str | None = ORIGIN) -> dict[str, str]:
    return {"cookie": signed_cookie(token), **({"origin": origin} if origin else {})}


@pytest.fixture(scope="module")
def client_dir() -> Path:
    """The npm packages at HYVVE's versions, installed once into a cache directory outside the repository."""
    marker = CLIENT_DIR / "node_modules" / "@copilotkitnext" / "core" / "package.json"
    if not marker.exists():
        CLIENT_DIR.mkdir(parents=True, exist_ok=True)
        (CLIENT_DIR / "package.json").write_text(json.dumps(
            {"name": "agui-client", "private": True, "type": "module", "dependencies": CLIENT_PACKAGES}))
        installed = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"],
                                   cwd=CLIENT_DIR, capture_output=True, text=True, timeout=300)
        assert installed.returncode == 0, installed.stderr
    shutil.copy(ROOT / "tests" / "agui_client.mjs", CLIENT_DIR / "agui_client.mjs")
    return CLIENT_DIR


@pytest.fixture(scope="module")
def replica(service_env: dict[str, str]) -> Iterator[ServiceProcess]:
    env = {**service_env, "BETTER_AUTH_SECRET": SECRET, "CORS_ORIGINS": ORIGIN}
    with ServiceProcess(env) as process:
        yield process


@pytest.fixture(scope="module")
def gateway(replica: ServiceProcess, nestjs: NestJsServer) -> Iterator[Gateway]:
    address = f"127.0.0.1:{replica.port}"
    with Gateway([address, address], nestjs.url.removeprefix("http://").rstrip("/")) as running:
        yield running


@pytest.fixture
def copilotkit(gateway: Gateway, client_dir: Path, workspace: Workspace, scripted: ScriptedModelServer):
    """Runs the CopilotKit client once: signed in as the workspace's member, from HYVVE's origin."""

    def run(headers: dict[str, str] | None = None, **spec: Any) -> dict[str, Any]:
        spec = {"runtimeUrl": f"{gateway.base_url}/agui",
                "headers": browser(workspace["member"].session_token) if headers is None else headers, **spec}
        done = subprocess.run(["node", "agui_client.mjs"], cwd=client_dir, input=json.dumps(spec),
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return run


def _agui(gateway: Gateway, headers: dict[str, str], payload: dict[str, Any]) -> httpx.Response:
    return httpx.post(f"{gateway.base_url}/agui", json=payload, headers=headers, timeout=60)


def _run_input(message: str, thread_id: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"threadId": thread_id or str(uuid.uuid4()), "runId": str(uuid.uuid4()), "state": {}, "tools": [],
            "context": [], "forwardedProps": {}, "messages": [{"id": "m1", "role": "user", "content": message}],
            **extra}


def _events(response: httpx.Response) -> list[dict[str, Any]]:
    return [json.loads(line[6:]) for line in response.text.splitlines() if line.startswith("data: ")]


def _types(result: dict[str, Any]) -> list[str]:
    return [event["type"] for event in result["events"]]


# -- the CopilotKit client ---------------------------------------------------------------------------------


def test_info_lists_the_dashboard_agent_to_a_cookie_signed_in_browser(copilotkit) -> None:
    result = copilotkit()

    assert result["status"] == "connected"
    assert "dashboard_gateway" in result["agents"]
    assert {"approval", "scribe"} <= set(result["agents"])


def test_a_run_streams_text_and_dashboard_state_to_run_finished(copilotkit, workspace: Workspace) -> None:
    result = copilotkit(agentId="dashboard_gateway", message="What is on my dashboard?")

    assert result["error"] is None
    types = _types(result)
    assert types[0] == "RUN_STARTED" and types[-1] == "RUN_FINISHED", types
    assert "TEXT_MESSAGE_CONTENT" in types
    answer = [m for m in result["messages"] if m["role"] == "assistant"][-1]
    assert answer["content"] == "Scripted reply: What is on my dashboard?"
    # HYVVE's useCoAgentStateRender gets a DashboardState: at the start (loading) and at the end.
    snapshots = [e["snapshot"] for e in result["events"] if e["type"] == "STATE_SNAPSHOT"]
    assert len(snapshots) >= 2
    assert snapshots[0]["loading"] == {"isLoading": True, "loadingAgents": ["dashboard_gateway"]}
    assert result["state"]["loading"]["isLoading"] is False
    member = workspace["member"]
    assert (result["state"]["workspaceId"], result["state"]["userId"]) == (member.workspace_id, member.user_id)
    assert {"version", "timestamp", "activeProject", "widgets", "errors", "activeTasks"} <= set(result["state"])


def test_a_frontend_tool_call_round_trips_through_the_browser(copilotkit) -> None:
    result = copilotkit(agentId="dashboard_gateway", frontendTool="show_widget",
                        message='call show_widget {"widget": "revenue"}')

    assert result["error"] is None
    assert result["toolCalls"] == [{"widget": "revenue"}]  # CopilotKit ran the page's handler
    types = _types(result)
    assert types.count("RUN_STARTED") == 2 and types.count("RUN_FINISHED") == 2, types  # the follow-up run
    answer = [m for m in result["messages"] if m["role"] == "assistant"][-1]
    assert answer["content"] == 'Tool show_widget returned: {"shown":"revenue"}'


def test_an_approval_pause_reaches_copilotkit_as_an_interrupt(
    copilotkit, gateway: Gateway, workspace: Workspace
) -> None:
    action = {"title": "Supplier terms", "content": "Net 30.", "reason": "Ada asked", "confidence": 10}
    result = copilotkit(agentId="scribe", message=f"call save_to_knowledge {json.dumps(action)}")

    assert result["error"] is None
    interrupts = [e for e in result["events"] if e["type"] == "CUSTOM" and e["name"] == "on_interrupt"]
    assert len(interrupts) == 1
    value = json.loads(interrupts[0]["value"])
    assert value["type"] == "approval_required" and value["tools"][0]["toolName"] == "save_to_knowledge"
    assert _types(result)[-1] == "RUN_FINISHED"
    # The interrupt names the HYVVE approval item that waits for a decision.
    owner = {"authorization": f"Bearer {workspace['owner'].session_token}"}
    item = httpx.get(f"{gateway.base_url}/approval-items/{value['approvalIds'][0]}", headers=owner, timeout=30)
    assert item.status_code == 200, item.text
    assert item.json()["status"] == "pending"

    # The browser cannot approve it by answering the paused tool call itself: that is the approval flow's.
    answer = {"id": "t1", "role": "tool", "toolCallId": value["tools"][0]["toolCallId"],
              "content": json.dumps({"accepted": True})}
    resumed = _agui(gateway, browser(workspace["member"].session_token), {
        "method": "agent/run", "params": {"agentId": "scribe"},
        "body": _run_input("", thread_id=result["threadId"], messages=[answer])})
    assert resumed.status_code == 409, resumed.text
    again = httpx.get(f"{gateway.base_url}/approval-items/{value['approvalIds'][0]}", headers=owner, timeout=30)
    assert again.json()["status"] == "pending"


# -- the same endpoint, attacked ---------------------------------------------------------------------------


def test_a_cookie_with_a_bad_signature_is_401(gateway: Gateway, workspace: Workspace) -> None:
    token = workspace["member"].session_token
    forged = {"cookie": signed_cookie(token, secret="not-the-secret"), "origin": ORIGIN}
    unsigned = {"cookie": f"hyvve.session_token={token}", "origin": ORIGIN}

    for headers in (forged, unsigned):
        response = _agui(gateway, headers, {"method": "info"})
        assert response.status_code == 401, response.text
        assert response.json()["error"]["code"] == "token_invalid"
        assert token not in response.text


def test_a_good_cookie_from_a_foreign_or_no_origin_is_403(gateway: Gateway, workspace: Workspace) -> None:
    token = workspace["member"].session_token
    for origin in ("https://evil.example", None):
        response = _agui(gateway, browser(token, origin), {
            "method": "agent/run", "params": {"agentId": "dashboard_gateway"}, "body": _run_input("hi")})
        assert response.status_code == 403, response.text
        assert response.json()["error"]["code"] == "origin_not_allowed"


def test_the_cookie_counts_only_on_agui(gateway: Gateway, workspace: Workspace) -> None:
    response = httpx.get(f"{gateway.base_url}/approval-items", headers=browser(workspace["member"].session_token),
                         timeout=30)
    assert response.status_code == 401


def test_the_authorization_header_works_too(gateway: Gateway, workspace: Workspace,
                                            scripted: ScriptedModelServer) -> None:
    bearer = {"authorization": f"Bearer {workspace['member'].session_token}"}
    response = _agui(gateway, bearer, {"method": "agent/run", "params": {"agentId": "dashboard_gateway"},
                                       "body": _run_input("hello")})
    assert response.status_code == 200, response.text
    events = _events(response)
    assert events[-1]["type"] == "RUN_FINISHED"
    assert "".join(e.get("delta", "") for e in events if e["type"] == "TEXT_MESSAGE_CONTENT") == "Scripted reply: hello"


def test_another_workspaces_thread_is_404(
    gateway: Gateway, node: NodeSide, workspace: Workspace, scripted: ScriptedModelServer
) -> None:
    other = node.workspace(roles=("member",))
    thread = str(uuid.uuid4())
    theirs = _agui(gateway, {"authorization": f"Bearer {other['member'].session_token}"},
                   {"method": "agent/run", "params": {"agentId": "dashboard_gateway"},
                    "body": _run_input("my secret plans", thread_id=thread)})
    assert theirs.status_code == 200, theirs.text

    mine = browser(workspace["member"].session_token)
    for payload in (
        {"method": "agent/run", "params": {"agentId": "dashboard_gateway"}, "body": _run_input("hi", thread)},
        {"method": "agent/connect", "params": {"agentId": "dashboard_gateway"}, "body": _run_input("hi", thread)},
    ):
        response = _agui(gateway, mine, payload)
        assert response.status_code == 404, response.text
        assert "secret plans" not in response.text


def test_a_viewer_sees_the_agents_but_cannot_run_them(gateway: Gateway, workspace: Workspace) -> None:
    viewer = browser(workspace["viewer"].session_token)
    assert _agui(gateway, viewer, {"method": "info"}).status_code == 200
    response = _agui(gateway, viewer, {"method": "agent/run", "params": {"agentId": "dashboard_gateway"},
                                       "body": _run_input("hi")})
    assert response.status_code == 403


def test_unreadable_calls_are_clear_4xx(gateway: Gateway, workspace: Workspace) -> None:
    mine = browser(workspace["member"].session_token)
    cases = [
        ({"method": "agent/run", "params": {"agentId": "nobody"}, "body": _run_input("hi")}, 404),
        ({"method": "agent/run", "params": {}, "body": _run_input("hi")}, 400),
        ({"method": "agent/run", "params": {"agentId": "dashboard_gateway"}, "body": {"threadId": 5}}, 400),
        ({"method": "dance"}, 422),
    ]
    for payload, status in cases:
        response = _agui(gateway, mine, payload)
        assert response.status_code == status, (payload, response.text)
        assert "error" in response.json()
