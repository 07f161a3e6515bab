"""HYVVE's own clients, compiled from HYVVE's checkout as they are, against two replicas behind the real gateway.

- NestJS: `AgentOSService` (apps/api/src/agentos/agentos.service.ts) with `AGENTOS_URL={gateway}/bridge/v1`,
  passing a credential as its `token` argument (the one change HYVVE makes: docs/hyvve-integration.md).
- The web app: `agentClient` (lib/agent-client.ts, validated by lib/agent-schemas.ts) and the `useAgentStream`
  hook (hooks/use-agent-stream.ts, in a minimal React host) with `NEXT_PUBLIC_AGENT_API_URL` = the gateway.
Each call ends in the state HYVVE's own code expects; what HYVVE throws carries our message. How HYVVE's files are
found (`HYVVE_REPO`), installed and compiled: tests/hyvve_clients/build.py.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from agents.devtools.scripted_model import ScriptedModelServer
from agents.providers.crypto import KeyCipher
from tests import harness
from tests.conftest import MASTER_KEY, SERVICE_TOKEN
from tests.gateway_harness import Gateway
from tests.harness import ServiceProcess
from tests.hyvve_clients import build
from tests.node_side import NestJsServer, NodeSide, Workspace

# Agent ids HYVVE's NestJS can name through AgentOSService.invokeAgent: `pm_team` (its PM chat,
# apps/api/src/pm/agents/agents.service.ts), `approval` (the example its client documents; HYVVE's agent service
# serves it) and `scribe`: each must complete through HYVVE's AgentOSService.
NEST_AGENT_IDS = ["pm_team", "approval", "scribe"]
ONBOARDING_TEAMS = ["validation", "planning", "branding"]
NOTE = {"title": "Supplier terms", "content": "Net 30.", "reason": "Ada asked", "confidence": 90}
SAVE = {"section": "pricing", "content": "Three tiers", "reason": "agreed", "confidence": 60}
# What HYVVE's PM chat sends as `params` (apps/api/src/pm/agents/agents.service.ts): data for the run.
PM_PARAMS = {"projectId": "proj_1", "agentName": "navi", "isCommand": False,
             "history": [{"role": "user", "content": "Earlier question"}, {"role": "agent", "content": "Earlier answer"}]}


def new_business(node: NodeSide, workspace: Workspace) -> str:
    """A business of the workspace, as the onboarding teams need: a row of HYVVE's `businesses` table."""
    return node.business(workspace)


def _built(side: build.Side) -> Path:
    try:
        return build.build(side)
    except build.HyvveUnavailable as missing:
        pytest.fail(str(missing), pytrace=False)


@pytest.fixture(scope="module")
def replicas(service_env: dict[str, str]) -> Iterator[list[ServiceProcess]]:
    with harness.replicas(service_env) as started:
        yield started


@pytest.fixture(scope="module")
def gateway(replicas: list[ServiceProcess], nestjs: NestJsServer) -> Iterator[Gateway]:
    with Gateway([f"127.0.0.1:{r.port}" for r in replicas], nestjs.url.removeprefix("http://")) as running:
        yield running


class Nest:
    """HYVVE's AgentOSService, one call per node process (each a fresh service, as after a NestJS restart)."""

    def __init__(self, driver: Path, gateway: Gateway, workspace: Workspace) -> None:
        self.driver = driver
        self.config: dict[str, Any] = {"AGENTOS_URL": f"{gateway.base_url}/bridge/v1"}
        self.workspace = workspace
        self.member = workspace["member"]

    def call(self, call: str, token: str | None = None, config: dict[str, Any] | None = None,
             **arguments: Any) -> build.Outcome:
        command = {"call": call, "config": {**self.config, **(config or {})}, "workspaceId": self.workspace.id,
                   "userId": self.member.user_id, "token": token, **arguments}
        return build.run(self.driver, command, env={"NO_COLOR": "1"})

    def invoke(self, agent_id: str, message: str, token: str | None = None, **dto: Any) -> build.Outcome:
        return self.call("invoke", token or self.member.session_token, agentId=agent_id,
                         dto={"message": message, **dto})


class Web:
    """HYVVE's web app code, signed in as `token`, with NEXT_PUBLIC_AGENT_API_URL set to the gateway."""

    def __init__(self, driver: Path, gateway: Gateway, token: str) -> None:
        self.driver = driver
        self.env = {"NEXT_PUBLIC_AGENT_API_URL": gateway.base_url, "HYVVE_SESSION_TOKEN": token}

    def call(self, call: str, team: str, **request: Any) -> dict[str, Any]:
        outcome = build.run(self.driver, {"call": call, "team": team, "request": request or None}, env=self.env)
        assert outcome.result["zodRejections"] == 0, outcome.result["warnings"]  # HYVVE's schemas accept every event
        return dict(outcome.result)


@pytest.fixture(scope="module")
def nest(gateway: Gateway, workspace: Workspace) -> Nest:
    return Nest(_built(build.API), gateway, workspace)


@pytest.fixture(scope="module")
def web(gateway: Gateway, workspace: Workspace) -> Web:
    return Web(_built(build.WEB), gateway, workspace["member"].session_token)


@pytest.fixture
def business(node: NodeSide, workspace: Workspace) -> str:
    return new_business(node, workspace)


# -- NestJS: AgentOSService ------------------------------------------------------------------------------------


@pytest.mark.parametrize("agent_id", NEST_AGENT_IDS)
@pytest.mark.parametrize("credential", ["session", "service"])
def test_nestjs_invokes_an_agent_and_reads_the_completed_run(
    nest: Nest, workspace: Workspace, scripted: ScriptedModelServer, agent_id: str, credential: str
) -> None:
    # The acting user's session token, or the service token with x-workspace-id and the user in the body.
    token = workspace["member"].session_token if credential == "session" else SERVICE_TOKEN

    run = nest.invoke(agent_id, "Draft a welcome note", token=token, params=PM_PARAMS).result["value"]

    assert run["status"] == "completed" and run["content"].startswith("Scripted reply: Draft a welcome note"), run
    if agent_id == "pm_team":  # HYVVE's project context reaches Navi as data, never as identity
        prompts = json.dumps([r["body"].get("messages") for r in scripted.requests()])
        assert "proj_1" in prompts and "Earlier question" in prompts
    again = nest.call("get", token, agentId=agent_id, runId=run["runId"]).result["value"]
    assert (again["status"], again["content"], again["sessionId"]) == ("completed", run["content"], run["sessionId"])


def test_nestjs_sees_an_action_needing_approval_as_pending_with_its_approval_id(
    nest: Nest, scripted: ScriptedModelServer
) -> None:
    run = nest.invoke("scribe", f"call save_to_knowledge {json.dumps(NOTE)}").result["value"]

    assert run["status"] == "pending" and run["data"]["approvalId"], run
    again = nest.call("get", nest.member.session_token, agentId="scribe", runId=run["runId"]).result["value"]
    assert again["status"] == "pending" and again["data"]["approvalId"] == run["data"]["approvalId"]


def test_nestjs_streams_a_run_to_its_end(nest: Nest, scripted: ScriptedModelServer) -> None:
    started = nest.invoke("scribe", "stream this please", stream=True).result["value"]
    assert started["status"] == "running", started

    events = nest.call("stream", nest.member.session_token, agentId="scribe", runId=started["runId"]).result["value"]

    kinds = [e["type"] for e in events]
    assert kinds[0] == "start" and kinds[-1] == "end", kinds
    assert "".join(e.get("content", "") for e in events if e["type"] == "chunk") == "Scripted reply: stream this please"
    assert events[-1]["data"]["status"] == "completed"


def test_nestjs_streams_a_pause_for_approval_to_an_end_with_its_approval_id(
    nest: Nest, scripted: ScriptedModelServer
) -> None:
    started = nest.invoke("scribe", f"call save_to_knowledge {json.dumps(NOTE)}", stream=True).result["value"]

    events = nest.call("stream", nest.member.session_token, agentId="scribe", runId=started["runId"]).result["value"]

    assert events[-1]["type"] == "end" and events[-1]["data"]["status"] == "pending", events
    approval_id = events[-1]["data"]["approvalId"]
    again = nest.call("get", nest.member.session_token, agentId="scribe", runId=started["runId"]).result["value"]
    assert approval_id and again["data"]["approvalId"] == approval_id


def test_nestjs_health_check_is_healthy_without_a_credential(nest: Nest) -> None:
    health = nest.call("health").result["value"]

    assert health["healthy"] is True and health["status"] == "ok", health


@pytest.mark.parametrize(
    ("agent_id", "params", "message"),
    [("no_such_agent", None, "No agent 'no_such_agent'"), ("scribe", {"model": "claude"}, "claude")],
    ids=["unknown-agent", "refused-model"],
)
def test_nestjs_errors_reach_hyvves_exception_and_logs_with_our_message(
    nest: Nest, scripted: ScriptedModelServer, agent_id: str, params: dict | None, message: str
) -> None:
    outcome = nest.invoke(agent_id, "hi", **({"params": params} if params else {}))

    thrown = outcome.result["thrown"]
    assert message.lower() in thrown["message"].lower(), thrown
    assert f"message={thrown['message']}" in outcome.logs  # HYVVE's "AgentOS error: ..." log line
    assert "Retrying" not in outcome.logs  # a 4xx is not retried
    assert scripted.requests() == []


def test_nestjs_a_spent_daily_budget_reaches_hyvves_exception_with_our_message(
    nest: Nest, node: NodeSide, db: sa.Engine, scripted: ScriptedModelServer
) -> None:
    workspace = node.workspace(roles=("member",))
    key = KeyCipher(base64.b64decode(MASTER_KEY)).encrypt("sk-openai-" + uuid.uuid4().hex)
    config = node.provider(workspace.id, "openai", key, "gpt-4o-mini", max_tokens_per_day=100)
    with db.begin() as conn:
        conn.execute(sa.text("UPDATE ai_provider_configs SET tokens_used_today = 100 WHERE id = :c"), {"c": config})
    member = workspace["member"]

    outcome = nest.call("invoke", member.session_token, config={"AGENTOS_RETRY_ATTEMPTS": 1},
                        workspaceId=workspace.id, userId=member.user_id, agentId="scribe", dto={"message": "hi"})

    assert "daily token limit for openai is used up" in outcome.result["thrown"]["message"], outcome.result
    assert scripted.requests() == []


def test_nestjs_retrying_a_timed_out_start_makes_one_run_and_one_approval_item(
    nest: Nest, db: sa.Engine, scripted: ScriptedModelServer
) -> None:
    # The model answers after 1.5 s; HYVVE's client gives up after 1 s and POSTs the same request again.
    scripted.state.latency_ms = 1500
    marker = uuid.uuid4().hex[:10]
    args = {**NOTE, "title": marker}

    outcome = nest.call("invoke", nest.member.session_token, config={"AGENTOS_TIMEOUT_MS": 1000},
                        agentId="scribe", dto={"message": f"call save_to_knowledge {json.dumps(args)}"})

    assert "Retrying agent invocation" in outcome.logs  # HYVVE's client did time out and re-POST
    run = outcome.result["value"]
    assert run["status"] == "pending" and run["data"]["approvalId"], outcome.result
    with db.connect() as conn:
        items = conn.execute(sa.text("SELECT count(*) FROM approval_items WHERE preview_data::text LIKE :m"),
                             {"m": f"%{marker}%"}).scalar()
        runs = conn.execute(sa.text("SELECT count(*) FROM ai.agno_runs WHERE run_data::text LIKE :m"),
                            {"m": f"%{marker}%"}).scalar()
    assert (items, runs) == (1, 1)
    assert sum(marker in json.dumps(r["body"]) for r in scripted.requests()) == 1  # the model was asked once


# -- the web app: agentClient and useAgentStream ---------------------------------------------------------------


@pytest.mark.parametrize("team", ONBOARDING_TEAMS)
def test_web_agent_client_runs_each_onboarding_team(
    web: Web, workspace: Workspace, business: str, scripted: ScriptedModelServer, team: str
) -> None:
    answer = web.call("run", team, message=f"Size the market ({team})", business_id=business)

    assert answer["schema"] is True, answer  # AgentResponseSchema
    value = answer["value"]
    assert value["success"] is True and value["content"] == f"Scripted reply: Size the market ({team})"
    assert value["metadata"]["business_id"] == business and value["metadata"]["team"] == team


def test_web_agent_client_health(web: Web) -> None:
    assert web.call("health", "validation")["value"] == {"status": "ok", "team": "validation"}


def test_web_stream_hook_goes_from_connecting_to_completed_with_the_content(
    web: Web, business: str, scripted: ScriptedModelServer
) -> None:
    scripted.state.chunk_delay_ms = 100  # pieces arrive apart, so the hook renders while streaming

    streamed = web.call("stream", "planning", message="Plan it", business_id=business)["value"]

    assert streamed["statuses"] == ["idle", "connecting", "streaming", "completed"], streamed["statuses"]
    state = streamed["state"]
    assert state["content"] == "Scripted reply: Plan it" and streamed["completed"] == [state["content"]]
    assert state["runId"] and state["error"] is None and streamed["errors"] == []
    kinds = [e["type"] for e in state["events"]]
    assert kinds[0] == "RUN_STARTED" and kinds[-1] == "RUN_FINISHED" and "TEXT_MESSAGE_CHUNK" in kinds


def test_web_stream_hook_follows_a_tool_call_to_its_result(
    web: Web, business: str, scripted: ScriptedModelServer
) -> None:
    streamed = web.call("stream", "validation", message="call get_business {}", business_id=business)["value"]

    state = streamed["state"]
    assert state["status"] == "completed" and state["error"] is None, state
    (call,) = state["toolCalls"].values()
    assert call["name"] == "get_business" and call["status"] == "completed", call
    assert "Candle Co" in call["result"]  # the business NestJS knows


def test_web_stream_hook_shows_a_pause_for_approval(web: Web, business: str, scripted: ScriptedModelServer) -> None:
    streamed = web.call("stream", "branding", message=f"call save_to_business {json.dumps(SAVE)}",
                        business_id=business)["value"]

    state = streamed["state"]
    assert state["status"] == "completed" and state["error"] is None, state
    hint = state["renderHints"][-1]
    assert hint["component"] == "approval_required" and hint["props"]["approvalId"]
    assert hint["props"]["tools"] == ["save_to_business"]


def test_web_agent_client_sees_a_paused_run_with_its_approval_id(
    web: Web, business: str, scripted: ScriptedModelServer
) -> None:
    answer = web.call("run", "validation", message=f"call save_to_business {json.dumps(SAVE)}", business_id=business)

    assert answer["schema"] is True and answer["value"]["success"] is True, answer
    assert answer["value"]["metadata"]["status"] == "paused" and answer["value"]["metadata"]["approval_id"]


def test_web_errors_arrive_as_readable_strings(
    web: Web, node: NodeSide, nestjs: NestJsServer, scripted: ScriptedModelServer
) -> None:
    foreign = new_business(node, node.workspace(roles=("owner",)))

    thrown = web.call("run", "validation", message="hi", business_id=foreign)["thrown"]
    streamed = web.call("stream", "validation", message="hi", business_id=foreign)["value"]

    assert thrown["statusCode"] == 403 and "business" in thrown["message"], thrown
    assert streamed["state"]["status"] == "error" and "business" in streamed["state"]["error"], streamed
    for text in (thrown["message"], streamed["state"]["error"]):
        assert "[object Object]" not in text
    assert scripted.requests() == []


def test_web_refused_model_override_is_a_readable_error(web: Web, business: str, scripted: ScriptedModelServer) -> None:
    thrown = web.call("run", "planning", message="hi", business_id=business, model_override="claude")["thrown"]

    assert thrown["statusCode"] == 409 and "claude" in thrown["message"].lower(), thrown
    assert scripted.requests() == []
