"""HYVVE's NestJS AgentOSService works unchanged against `/bridge/v1`: its JSON, headers, statuses and SSE."""

from __future__ import annotations

import base64
import json
import subprocess
import uuid

import httpx
import pytest
import sqlalchemy as sa

from agents.providers.crypto import KeyCipher
from tests import harness
from tests.conftest import MASTER_KEY, SERVICE_TOKEN
from tests.harness import ServiceProcess, free_port, fresh_database
from tests.node_side import NodeSide, Workspace, create_hyvve_tables


class AgentOSService:
    """What NestJS's AgentOSService sends and parses (apps/api), in Python."""

    def __init__(self, base_url: str, workspace_id: str) -> None:
        self.base = f"{base_url}/bridge/v1"
        self.workspace_id = workspace_id

    def headers(self, correlation_id: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {SERVICE_TOKEN}", "x-workspace-id": self.workspace_id,
                "x-correlation-id": correlation_id, "Content-Type": "application/json"}

    def run(self, agent_id: str, message: str, user_id: str, stream: bool = False, kind: str = "agents",
            params: dict | None = None) -> httpx.Response:
        correlation_id = str(uuid.uuid4())
        body = {"message": message, "stream": stream, "userId": user_id,
                "metadata": {"workspaceId": self.workspace_id, "correlationId": correlation_id}}
        if params:
            body["params"] = params
        return httpx.post(f"{self.base}/{kind}/{agent_id}/runs", content=json.dumps(body),
                          headers=self.headers(correlation_id), timeout=60)

    def get(self, agent_id: str, run_id: str) -> httpx.Response:
        return httpx.get(f"{self.base}/agents/{agent_id}/runs/{run_id}", headers=self.headers(str(uuid.uuid4())))

    def stream(self, agent_id: str, run_id: str) -> list[dict]:
        events = []
        with httpx.stream("GET", f"{self.base}/agents/{agent_id}/runs/{run_id}/stream",
                          headers=self.headers(str(uuid.uuid4())), timeout=120) as response:
            assert response.status_code == 200
            for line in response.iter_lines():
                if line.startswith("data: "):
                    events.append(json.loads(line[6:]))
        return events


@pytest.fixture
def nest(service: ServiceProcess, workspace: Workspace) -> AgentOSService:
    return AgentOSService(service.base_url, workspace.id)


def test_a_run_answers_with_the_agent_run_response_nestjs_expects(nest: AgentOSService, workspace: Workspace, scripted) -> None:
    response = nest.run("scribe", "Draft a welcome note", workspace["member"].user_id)

    assert response.status_code == 200, response.text
    run = response.json()
    assert run["status"] == "completed" and run["agentId"] == "scribe"
    assert run["content"] == "Scripted reply: Draft a welcome note"
    assert run["metadata"]["model"] == "gpt-4o-mini" and run["metadata"]["tokensUsed"] > 0
    again = nest.get("scribe", run["runId"]).json()
    assert (again["status"], again["content"], again["sessionId"]) == ("completed", run["content"], run["sessionId"])


def test_a_streamed_run_sends_start_chunks_and_end(nest: AgentOSService, workspace: Workspace, scripted) -> None:
    started = nest.run("scribe", "stream this please", workspace["member"].user_id, stream=True).json()

    assert started["status"] == "running"
    events = nest.stream("scribe", started["runId"])

    kinds = [e["type"] for e in events]
    assert kinds[0] == "start" and kinds[-1] == "end" and "chunk" in kinds
    assert "".join(e["content"] for e in events if e["type"] == "chunk") == "Scripted reply: stream this please"
    assert all(e["runId"] == started["runId"] and e["timestamp"] for e in events)


def test_a_failing_run_ends_the_stream_with_an_error_event(nest: AgentOSService, workspace: Workspace, scripted) -> None:
    scripted.add_fault({"status": 500, "count": 3})

    started = nest.run("scribe", "this fails", workspace["member"].user_id, stream=True).json()
    events = nest.stream("scribe", started["runId"])

    assert events[-1]["type"] == "error" and events[-1]["error"]
    assert nest.get("scribe", started["runId"]).json()["status"] == "failed"


def test_an_action_needing_approval_is_pending_with_its_approval_id(nest: AgentOSService, workspace: Workspace, scripted) -> None:
    args = {"title": "Supplier terms", "content": "Net 30.", "reason": "asked", "confidence": 90}

    run = nest.run("scribe", f"call save_to_knowledge {json.dumps(args)}", workspace["member"].user_id).json()

    assert run["status"] == "pending" and run["data"]["approvalId"]


def test_teams_are_reachable_the_same_way(nest: AgentOSService, workspace: Workspace, scripted) -> None:
    response = nest.run("pm_team", "hello team", workspace["member"].user_id, kind="teams")

    assert response.status_code == 200 and response.json()["status"] == "completed"


@pytest.mark.parametrize(
    ("change", "status", "code"),
    [
        ({"agent": "no-such-agent"}, 404, "not_found"),
        ({"user": "not-a-member"}, 403, "not_a_member"),
        ({"model": "claude"}, 409, "provider_not_configured"),
    ],
)
def test_client_errors_are_4xx_so_nestjs_does_not_retry(
    nest: AgentOSService, workspace: Workspace, change: dict, status: int, code: str, scripted
) -> None:
    user = str(uuid.uuid4()) if change.get("user") else workspace["member"].user_id
    params = {"model": change["model"]} if "model" in change else None

    response = nest.run(change.get("agent", "scribe"), "hi", user, params=params)

    # NestJS's AgentOSService reads {statusCode, message, error}: the message reaches HYVVE's logs and users.
    body = response.json()
    assert response.status_code == status and body["code"] == code
    assert body["statusCode"] == status and body["message"] and isinstance(body["error"], str)


def test_a_body_naming_another_workspace_is_refused(service: ServiceProcess, workspace: Workspace, node: NodeSide) -> None:
    other = node.workspace(roles=("owner",))
    nest = AgentOSService(service.base_url, workspace.id)
    body = {"message": "hi", "userId": workspace["member"].user_id, "metadata": {"workspaceId": other.id}}

    response = httpx.post(f"{nest.base}/agents/scribe/runs", json=body, headers=nest.headers("c"))

    assert response.status_code == 403 and response.json()["code"] == "forbidden"


def test_another_workspace_cannot_read_the_run(
    service: ServiceProcess, nest: AgentOSService, workspace: Workspace, node: NodeSide, scripted
) -> None:
    run = nest.run("scribe", "private", workspace["member"].user_id).json()
    other = node.workspace(roles=("owner",))

    outsider = AgentOSService(service.base_url, other.id)

    assert outsider.get("scribe", run["runId"]).status_code == 404


def test_onboarding_teams_need_a_business_of_the_workspace(
    nest: AgentOSService, workspace: Workspace, node, scripted
) -> None:
    refused = nest.run("validation", "hello", workspace["member"].user_id, kind="teams")
    accepted = nest.run("validation", "hello", workspace["member"].user_id, kind="teams",
                        params={"business_id": node.business(workspace)})

    assert refused.status_code == 403
    assert accepted.status_code == 200 and accepted.json()["status"] == "completed"


@pytest.mark.parametrize("correlation_id", ["nul\u0000byte", "x" * 100_000, "tab\there", ""],
                         ids=["nul", "100kb", "control", "empty"])
def test_an_unusable_correlation_id_is_a_400_before_any_run(
    nest: AgentOSService, workspace: Workspace, correlation_id: str, scripted
) -> None:
    body = {"message": "hi", "userId": workspace["member"].user_id,
            "metadata": {"workspaceId": workspace.id, "correlationId": correlation_id}}

    response = httpx.post(f"{nest.base}/agents/scribe/runs", json=body, headers=nest.headers("c"))

    assert response.status_code == 400, response.text
    assert "correlationId" in response.json()["message"]
    assert scripted.requests() == []


def test_a_streamed_run_is_refused_with_503_while_redis_is_down_never_accepted_and_dropped(
    service_env: dict[str, str], pg_server_url: str, tmp_path, scripted
) -> None:
    port = free_port()
    url = f"redis://127.0.0.1:{port}/0"

    def start_redis() -> subprocess.Popen[bytes]:
        return harness.start_redis(port, tmp_path)

    bus = start_redis()
    # Its own database: this replica's outbox must not drain the session's events to its own Redis.
    with fresh_database(pg_server_url) as database_url:
        db = sa.create_engine(database_url)
        create_hyvve_tables(db)
        workspace = NodeSide(db).workspace(roles=("member",))
        env = {**service_env, "REDIS_URL": url, "DATABASE_URL": database_url}
        member = {"authorization": f"Bearer {workspace['member'].session_token}"}
        try:
            with ServiceProcess(env) as service, service.client(headers=member) as http:
                bus.terminate()
                bus.wait(10)

                refused = http.post("/bridge/v1/agents/scribe/runs", json={"message": "stream me", "stream": True})
                plain = http.post("/bridge/v1/agents/scribe/runs", json={"message": "no stream"})

                assert refused.status_code == 503, refused.text
                assert refused.headers["retry-after"] and refused.json()["code"] == "unavailable"
                assert plain.status_code == 200 and plain.json()["status"] == "completed"  # degraded, not down
                with db.connect() as conn:
                    stored = conn.execute(sa.text("SELECT count(*) FROM ai.agno_runs WHERE run_data::text LIKE "
                                                  "'%stream me%'")).scalar()
                assert stored == 0, "a refused run was stored"

                bus = start_redis()
                accepted = http.post("/bridge/v1/agents/scribe/runs", json={"message": "stream me", "stream": True})
                assert accepted.status_code == 200, accepted.text
                run_id = accepted.json()["runId"]
                with http.stream("GET", f"/bridge/v1/agents/scribe/runs/{run_id}/stream") as events:
                    last = [line for line in events.iter_lines() if line.startswith("data: ")][-1]
                assert json.loads(last[6:])["type"] == "end"
        finally:
            bus.terminate()
            db.dispose()


def test_the_bridge_health_route_answers_without_a_credential(service: ServiceProcess) -> None:
    response = httpx.get(f"{service.base_url}/bridge/v1/health")

    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_a_retried_start_with_the_same_correlation_id_starts_nothing_new(
    nest: AgentOSService, workspace: Workspace, db: sa.Engine, scripted
) -> None:
    # NestJS times out on a slow model and posts the same request again (same correlationId): one run.
    scripted.state.latency_ms = 1500
    marker = uuid.uuid4().hex[:10]
    args = {"title": marker, "content": "Net 30.", "reason": "asked", "confidence": 90}
    correlation_id = str(uuid.uuid4())
    body = {"message": f"call save_to_knowledge {json.dumps(args)}", "userId": workspace["member"].user_id,
            "metadata": {"workspaceId": workspace.id, "correlationId": correlation_id}}
    url = f"{nest.base}/agents/scribe/runs"

    with pytest.raises(httpx.TimeoutException):
        httpx.post(url, json=body, headers=nest.headers(correlation_id), timeout=0.5)
    retried = [httpx.post(url, json=body, headers=nest.headers(correlation_id), timeout=30) for _ in range(2)]

    assert [r.status_code for r in retried] == [200, 200], retried[0].text
    first, second = (r.json() for r in retried)
    assert first["runId"] == second["runId"] and first["status"] == "pending" and first["data"]["approvalId"]
    with db.connect() as conn:
        items = conn.execute(sa.text("SELECT count(*) FROM approval_items WHERE preview_data::text LIKE :m"),
                             {"m": f"%{marker}%"}).scalar()
        runs = conn.execute(sa.text("SELECT count(*) FROM ai.agno_runs WHERE run_data::text LIKE :m"),
                            {"m": f"%{marker}%"}).scalar()
    assert (items, runs) == (1, 1)
    assert sum(marker in json.dumps(r["body"]) for r in scripted.requests()) == 1  # the model was asked once


def test_another_correlation_id_is_another_run(nest: AgentOSService, workspace: Workspace, scripted) -> None:
    first = nest.run("scribe", "same words", workspace["member"].user_id).json()
    second = nest.run("scribe", "same words", workspace["member"].user_id).json()

    assert first["runId"] != second["runId"]


def test_a_refused_start_claims_nothing_so_its_retry_is_decided_afresh(
    service: ServiceProcess, node: NodeSide, db: sa.Engine, scripted
) -> None:
    # HYVVE's AgentOSService retries a 429 with the same correlationId: the retry must be refused (or run)
    # again, not wait for a first run that never started.
    workspace = node.workspace(roles=("member",))
    key = KeyCipher(base64.b64decode(MASTER_KEY)).encrypt("sk-openai-" + uuid.uuid4().hex)
    config = node.provider(workspace.id, "openai", key, "gpt-4o-mini", max_tokens_per_day=100)
    with db.begin() as conn:
        conn.execute(sa.text("UPDATE ai_provider_configs SET tokens_used_today = 100 WHERE id = :c"), {"c": config})
    nest = AgentOSService(service.base_url, workspace.id)
    correlation_id = str(uuid.uuid4())
    body = {"message": "after the reset", "userId": workspace["member"].user_id,
            "metadata": {"workspaceId": workspace.id, "correlationId": correlation_id}}
    url = f"{nest.base}/agents/scribe/runs"

    refused = httpx.post(url, json=body, headers=nest.headers(correlation_id), timeout=30)
    again = httpx.post(url, json=body, headers=nest.headers(correlation_id), timeout=30)
    with db.begin() as conn:  # HYVVE's midnight reset
        conn.execute(sa.text("UPDATE ai_provider_configs SET tokens_used_today = 0 WHERE id = :c"), {"c": config})
    after_reset = httpx.post(url, json=body, headers=nest.headers(correlation_id), timeout=30)

    assert (refused.status_code, again.status_code) == (429, 429), again.text
    # HYVVE resets the budget at midnight (its token-reset cron): Retry-After says how long until then, at most.
    assert 0 < int(refused.headers["retry-after"]) <= 86_400
    assert after_reset.status_code == 200 and after_reset.json()["status"] == "completed", after_reset.text
    assert after_reset.json()["content"] == "Scripted reply: after the reset"
