"""The agno Control Plane and agno's own `AgentOSClient` against the real service: every client method an
operator uses, the subset a member uses, each answer parsed by agno's own schemas (the client does that)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx
import jwt
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from agno.client.os import AgentOSClient
from agno.db.schemas.evals import EvalType
from agno.os.routers.approvals.schema import ApprovalResponse
from agno.os.routers.traces.schemas import TraceSearchGroupBy
from agno.os.schema import PaginatedResponse
from agno.run.agent import RunCancelledEvent, RunCompletedEvent, RunStartedEvent

from agents.teams.registry import AGENTS, TEAMS
from agents.teams.scribe import SCRIBE_ID
from tests.conftest import ADMIN_KEY
from tests.gateway_harness import Gateway
from tests.harness import ServiceProcess
from tests.node_side import Workspace, mint
from tests.test_approvals import item_for_run, note_request

T = TypeVar("T")


# One loop for the module: agno's client keeps one shared httpx client, bound to the loop that first used it.
_LOOP = asyncio.new_event_loop()


def run(coroutine: Any) -> Any:
    return _LOOP.run_until_complete(coroutine)


def eventually(probe: Callable[[], T | None], timeout: float = 30) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (found := probe()) is not None:
            return found
        time.sleep(0.2)
    raise AssertionError("never happened")


@pytest.fixture
def os_client(service: ServiceProcess) -> AgentOSClient:
    return AgentOSClient(service.base_url, timeout=60)


def operator(workspace: Workspace | None = None) -> dict[str, str]:
    headers = {"authorization": f"Bearer {ADMIN_KEY}"}
    if workspace is not None:
        headers["x-workspace-id"] = workspace.id
    return headers


def member(workspace: Workspace, role: str = "member") -> dict[str, str]:
    return {"authorization": f"Bearer {workspace[role].session_token}"}


async def stream(client: AgentOSClient, agent_id: str, message: str, headers: dict[str, str]) -> list[Any]:
    return [event async for event in client.run_agent_stream(agent_id, message, headers=headers)]


# -- config, agents, teams -----------------------------------------------------------------------------


def test_config_names_the_os_and_each_agents_model(os_client: AgentOSClient, workspace: Workspace) -> None:
    for headers in (operator(), member(workspace)):
        config = run(os_client.aget_config(headers=headers))
        assert config.name == "HYVVE AgentOS" and config.os_id == "hyvve-agentos"
        assert {a.id for a in config.agents} == set(AGENTS) and {t.id for t in config.teams} == set(TEAMS)
        assert all(c.model is not None and c.model.id == "gpt-4o-mini" and c.model.provider == "openai"
                   for c in [*config.agents, *config.teams])
        assert [k.name for k in config.knowledge.knowledge_instances] == ["Workspace knowledge"]
        agents = run(os_client.list_agents(headers=headers))
        teams = run(os_client.list_teams(headers=headers))
        assert {a.id for a in agents} == set(AGENTS) and {t.id for t in teams} == set(TEAMS)
        first_agent, first_team = agents[0].id, teams[0].id
        assert run(os_client.aget_agent(first_agent, headers=headers)).id == first_agent
        assert run(os_client.aget_team(first_team, headers=headers)).id == first_team


# -- runs, sessions, memories ------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["operator", "member"])
def test_runs_sessions_and_memories_through_agnos_client(
    os_client: AgentOSClient, workspace: Workspace, scripted, who: str
) -> None:
    headers = operator(workspace) if who == "operator" else member(workspace)
    agent_id = run(os_client.list_agents(headers=headers))[0].id

    output = run(os_client.run_agent(agent_id, "Hello there", headers=headers))
    assert output.status.value == "COMPLETED" and "Hello there" in str(output.content)
    events = run(stream(os_client, agent_id, "Stream a hello", headers))
    assert isinstance(events[0], RunStartedEvent) and isinstance(events[-1], RunCompletedEvent)

    # A finished run: cancelling it is accepted (agno's answer), with no session_id, as agno's client sends it.
    run(os_client.cancel_agent_run(agent_id, output.run_id, headers=headers))

    sessions = run(os_client.get_sessions(headers=headers, limit=100))
    assert output.session_id in {s.session_id for s in sessions.data}
    detail = run(os_client.get_session(output.session_id, headers=headers))
    assert detail.session_id == output.session_id
    runs = run(os_client.get_session_runs(output.session_id, headers=headers))
    assert output.run_id in {r.run_id for r in runs}

    user_id = f"{workspace.id}:{workspace['member'].user_id}"  # agno's user id: the user within the workspace
    memory = run(os_client.create_memory(f"Likes candles {uuid.uuid4().hex[:6]}", user_id=user_id,
                                         topics=["shop"], headers=headers))
    listed = run(os_client.list_memories(user_id=user_id, headers=headers, limit=100))
    assert memory.memory_id in {m.memory_id for m in listed.data}


def test_a_member_cancels_a_live_stream_with_agnos_client(
    os_client: AgentOSClient, workspace: Workspace, scripted
) -> None:
    scripted.state.chunk_delay_ms = 200  # a reply of 60 words streams for ~12 s: cancelled long before
    headers = member(workspace)
    agent_id = run(os_client.list_agents(headers=headers))[0].id
    other = member(workspace, "admin")  # another user of the same workspace

    async def scenario() -> tuple[list[Any], int, int]:
        seen: list[Any] = []
        refused = cancelled = 0
        async for event in os_client.run_agent_stream(agent_id, "word " * 60, headers=headers):
            seen.append(event)
            if isinstance(event, RunStartedEvent):
                # Not stored yet (it streams); someone else's cancel of it is 404, the owner's is accepted.
                try:
                    await os_client.cancel_agent_run(agent_id, event.run_id, headers=other)
                except httpx.HTTPStatusError as exc:
                    refused = exc.response.status_code
                await os_client.cancel_agent_run(agent_id, event.run_id, headers=headers)
                cancelled = 200
        return seen, refused, cancelled

    events, refused, cancelled = run(scenario())
    assert (refused, cancelled) == (404, 200)
    assert any(isinstance(e, RunCancelledEvent) for e in events), [type(e).__name__ for e in events[-3:]]
    streamed = "".join(str(e.content) for e in events if type(e).__name__ == "RunContentEvent")
    assert streamed.count("word") < 60  # it stopped before the reply was out


def test_an_unknown_or_foreign_run_cannot_be_cancelled(os_client: AgentOSClient, workspace: Workspace, scripted) -> None:
    agent_id = run(os_client.list_agents(headers=member(workspace)))[0].id
    mine = run(os_client.run_agent(agent_id, "mine", headers=member(workspace)))
    for headers, run_id in ((member(workspace), uuid.uuid4().hex), (member(workspace, "admin"), mine.run_id)):
        with pytest.raises(httpx.HTTPStatusError) as refused:
            run(os_client.cancel_agent_run(agent_id, run_id, headers=headers))
        assert refused.value.response.status_code == 404
        assert refused.value.response.json()["detail"]
    other_agent = next(a for a in AGENTS if a != agent_id)
    with pytest.raises(httpx.HTTPStatusError) as wrong_agent:  # the run is not one of this agent's
        run(os_client.cancel_agent_run(other_agent, mine.run_id, headers=member(workspace)))
    assert wrong_agent.value.response.status_code == 404


# -- traces ---------------------------------------------------------------------------------------


def test_a_runs_trace_is_found_by_each_filter(os_client: AgentOSClient, workspace: Workspace, scripted) -> None:
    headers = member(workspace)
    agent_id = run(os_client.list_agents(headers=headers))[0].id
    output = run(os_client.run_agent(agent_id, "trace me", headers=headers))
    user_id = f"{workspace.id}:{workspace['member'].user_id}"

    def found(**filters: str) -> Any:
        page = run(os_client.get_traces(**filters, headers=operator(), limit=100))
        return next((t for t in page.data if t.run_id == output.run_id), None)

    trace = eventually(lambda: found(run_id=output.run_id))
    assert (trace.agent_id, trace.session_id, trace.user_id) == (agent_id, output.session_id, user_id)
    for key, value in (("agent_id", agent_id), ("session_id", output.session_id), ("user_id", user_id)):
        assert found(**{key: value}) is not None, key
    assert run(os_client.get_trace(trace.trace_id, headers=operator())).trace_id == trace.trace_id

    # status and the time window, as the Control Plane's trace list sends them
    before = (datetime.now(UTC) - timedelta(minutes=10)).isoformat()
    after = (datetime.now(UTC) + timedelta(minutes=10)).isoformat()
    assert found(run_id=output.run_id, status="OK", start_time=before, end_time=after) is not None
    assert found(run_id=output.run_id, status="ERROR") is None
    assert run(os_client.get_traces(workflow_id="no-such-workflow", headers=operator())).data == []

    # A team run's trace, by team.
    team_id = next(t for t, entry in TEAMS.items() if not entry.needs_business)
    team_run = run(os_client.run_team(team_id, "team trace", headers=headers))
    team_trace = eventually(lambda: next((t for t in run(os_client.get_traces(team_id=team_id, headers=operator(),
                                                                                limit=100)).data
                                          if t.run_id == team_run.run_id), None))
    assert (team_trace.team_id, team_trace.session_id) == (team_id, team_run.session_id)

    stats = run(os_client.get_trace_session_stats(user_id=user_id, headers=operator(), limit=100))
    assert output.session_id in {s.session_id for s in stats.data}
    # A workspace's traces: agno's user id is `<workspace>:<user>`.
    searched = run(os_client.search_traces({"op": "STARTSWITH", "key": "user_id", "value": f"{workspace.id}:"},
                                           headers=operator(), limit=100))
    assert output.run_id in {t.run_id for t in searched.data}
    by_session = run(os_client.search_traces({"op": "EQ", "key": "session_id", "value": output.session_id},
                                             group_by=TraceSearchGroupBy.SESSION, headers=operator()))
    assert [s.session_id for s in by_session.data] == [output.session_id]


def test_requests_that_do_no_work_add_no_trace_row(
    service: ServiceProcess, os_client: AgentOSClient, workspace: Workspace, db: sa.Engine, scripted
) -> None:
    with service.client() as http:
        noise = [http.get("/health"), http.get("/ready"), http.get("/agents"),  # the last one refused: 401
                 http.get("/traces", headers=operator()), http.get("/sessions", headers=member(workspace))]
    noise_ids = [r.headers["x-trace-id"] for r in noise]
    assert [r.status_code for r in noise] == [200, 200, 401, 200, 200]
    # A run afterwards: once its row is written, every span that ended before it has been exported.
    agent_id = run(os_client.list_agents(headers=member(workspace)))[0].id
    output = run(os_client.run_agent(agent_id, "after the noise", headers=member(workspace)))
    eventually(lambda: run(os_client.get_traces(run_id=output.run_id, headers=operator())).data or None)

    with db.connect() as conn:
        rows = conn.execute(sa.text("SELECT trace_id FROM ai.agno_traces WHERE trace_id = ANY(:ids)"),
                            {"ids": noise_ids}).scalars().all()
    assert rows == []


# -- knowledge, metrics, evals, approvals: operators --------------------------------------------------


def test_operators_read_a_workspaces_knowledge_through_agnos_api(
    os_client: AgentOSClient, client: httpx.Client, workspace: Workspace
) -> None:
    marker = uuid.uuid4().hex[:8]
    added = client.post("/knowledge/documents", json={"type": "markdown", "name": f"Returns {marker}",
                                                      "content": f"# Returns {marker}\n\nCandles return in 30 days."})
    assert added.status_code in (200, 202), added.text
    document_id = added.json()["id"]
    headers = operator(workspace)

    assert run(os_client.get_knowledge_config(headers=headers)).remote_content_sources == []
    listed = run(os_client.list_knowledge_content(headers=headers, limit=100))
    assert document_id in {c.id for c in listed.data}
    assert run(os_client.get_knowledge_content(document_id, headers=headers)).name == f"Returns {marker}"
    eventually(lambda: run(os_client.get_knowledge_content_status(document_id, headers=headers)).status.value
               == "completed" or None, timeout=60)
    results = run(os_client.search_knowledge(f"return candles {marker}", headers=headers))
    assert document_id in {r.content_id for r in results.data}

    # The workspace is explicit, and only an operator's: none named is a 400, a member is refused.
    with pytest.raises(httpx.HTTPStatusError) as unnamed:
        run(os_client.list_knowledge_content(headers=operator()))
    assert unnamed.value.response.status_code == 400
    with pytest.raises(httpx.HTTPStatusError) as member_refused:
        run(os_client.list_knowledge_content(headers=member(workspace)))
    assert member_refused.value.response.status_code == 403
    with pytest.raises(httpx.HTTPStatusError) as read_only:
        run(os_client.delete_knowledge_content(document_id, headers=headers))
    assert read_only.value.response.status_code == 404


def test_operators_get_metrics_and_run_evals_on_a_workspaces_agents(
    os_client: AgentOSClient, workspace: Workspace, scripted
) -> None:
    metrics = run(os_client.get_metrics(headers=operator()))
    assert metrics is not None
    agent_id = run(os_client.list_agents(headers=operator()))[0].id

    evaluated = run(os_client.run_eval(EvalType.RELIABILITY, "call workspace_context", agent_id=agent_id,
                                       expected_tool_calls=["workspace_context"], headers=operator(workspace)))
    assert evaluated is not None and evaluated.agent_id == agent_id
    assert evaluated.eval_data["eval_status"] == "PASSED", evaluated.eval_data
    listed = run(os_client.list_eval_runs(agent_id=agent_id, headers=operator(), limit=100))
    assert evaluated.id in {e.id for e in listed.data}

    with pytest.raises(httpx.HTTPStatusError) as no_workspace:  # whose models and data? an operator says
        run(os_client.run_eval(EvalType.RELIABILITY, "hi", agent_id=agent_id, expected_tool_calls=["x"],
                               headers=operator()))
    assert no_workspace.value.response.status_code == 400
    with pytest.raises(httpx.HTTPStatusError) as member_refused:
        run(os_client.run_eval(EvalType.RELIABILITY, "hi", agent_id=agent_id, headers=member(workspace)))
    assert member_refused.value.response.status_code == 403


def test_resolving_on_agnos_approvals_page_decides_hyvves_item_and_continues_the_run(
    os_client: AgentOSClient, client: httpx.Client, workspace: Workspace, db: sa.Engine, scripted
) -> None:
    paused = client.post(f"/agents/{SCRIBE_ID}/runs",
                         data={"message": note_request(uuid.uuid4().hex[:8], confidence=90), "stream": "false"})
    assert paused.status_code == 200 and paused.json()["status"] == "PAUSED", paused.text
    run_id = paused.json()["run_id"]
    item = item_for_run(db, run_id)

    listed = PaginatedResponse[ApprovalResponse].model_validate(
        run(os_client._aget("/approvals", params={"status": "pending", "limit": 100}, headers=operator())))
    approval = next(a for a in listed.data if a.run_id == run_id)
    resolved = ApprovalResponse.model_validate(run(os_client._apost(
        f"/approvals/{approval.id}/resolve", {"status": "approved", "resolution_data": {"notes": "fine"}},
        headers=operator())))
    assert resolved.status == "approved"

    with db.connect() as conn:
        assert conn.execute(sa.text("SELECT status FROM approval_items WHERE id = :id"), {"id": item["id"]}).scalar() \
            == "approved"
    agno_record = eventually(lambda: (r := ApprovalResponse.model_validate(
        run(os_client._aget(f"/approvals/{approval.id}", headers=operator())))).status == "approved" and r or None)
    assert agno_record.run_status is not None
    status = eventually(lambda: (s := client.get(f"/agents/{SCRIBE_ID}/runs/{run_id}",
                                                 params={"session_id": paused.json()["session_id"]}).json()["status"])
                        == "COMPLETED" and s or None)
    assert status == "COMPLETED"

    # Exactly once: the same decision again is the same answer; the other decision is a JSON 409.
    again = httpx.post(f"{os_client.base_url}/approvals/{approval.id}/resolve", json={"status": "approved"},
                       headers=operator())
    assert again.status_code == 200
    other = httpx.post(f"{os_client.base_url}/approvals/{approval.id}/resolve", json={"status": "rejected"},
                       headers=operator())
    assert other.status_code == 409 and other.json()["error"]["code"] == "already_decided"
    unknown = httpx.post(f"{os_client.base_url}/approvals/{uuid.uuid4()}/resolve", json={"status": "approved"},
                         headers=operator())
    assert unknown.status_code == 404 and "/approval-items/" in unknown.json()["error"]["message"]


# -- what a member may not do -------------------------------------------------------------------------


def test_a_member_cannot_use_the_operators_methods(os_client: AgentOSClient, workspace: Workspace) -> None:
    headers = member(workspace)
    for call in (os_client.get_traces(headers=headers), os_client.get_metrics(headers=headers),
                 os_client.list_eval_runs(headers=headers), os_client._aget("/approvals", headers=headers)):
        with pytest.raises(httpx.HTTPStatusError) as refused:
            run(call)
        assert refused.value.response.status_code == 403


# -- the operator entry behind nginx, CORS for os.agno.com, Control Plane tokens ---------------------------

CONTROL_PLANE = "https://os.agno.com"
CONTROL_PLANE_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # the pair os.agno.com generates


def control_plane_token(key: Any = CONTROL_PLANE_KEY, *, audience: str = "hyvve-agentos",
                        scopes: list[str] | None = None, expires_in: int = 600, kid: str | None = None) -> str:
    now = int(time.time())
    claims = {"sub": f"cp-user-{uuid.uuid4().hex[:6]}", "aud": audience, "iat": now, "exp": now + expires_in,
              "scopes": ["agent_os:admin"] if scopes is None else scopes}
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": kid} if kid else None)


@pytest.fixture(scope="module")
def operator_service(service_env: dict[str, str]) -> Iterator[ServiceProcess]:
    public_pem = CONTROL_PLANE_KEY.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    env = {**service_env, "CONTROL_PLANE_ENABLED": "true",
           "CONTROL_PLANE_JWT_PUBLIC_KEY": public_pem.replace("\n", "\\n")}  # one line, as in an .env file
    with ServiceProcess(env) as process:
        yield process


@pytest.fixture(scope="module")
def operator_entry(operator_service: ServiceProcess, nestjs) -> Iterator[Gateway]:
    address = operator_service.base_url.removeprefix("http://")
    with Gateway([address, address], nestjs.url.removeprefix("http://")) as gateway:
        yield gateway


# What os.agno.com's pages fetch, from the operator's browser.
CONTROL_PLANE_CALLS = [("GET", "/config"), ("GET", "/agents"), ("GET", "/teams"), ("GET", "/sessions?type=agent"),
                       ("GET", "/memories"), ("GET", "/traces"), ("GET", "/trace_session_stats"), ("GET", "/metrics"),
                       ("GET", "/eval-runs"), ("GET", "/approvals"), ("GET", "/approvals/count"), ("GET", "/health")]


@pytest.mark.parametrize("credential", ["security_key", "control_plane_jwt"])
def test_the_control_planes_browser_calls_pass_the_operator_entry(operator_entry: Gateway, credential: str) -> None:
    token = ADMIN_KEY if credential == "security_key" else control_plane_token()
    with httpx.Client(base_url=operator_entry.operator_url, timeout=30) as browser:
        for method, path in CONTROL_PLANE_CALLS:
            preflight = browser.options(path, headers={
                "origin": CONTROL_PLANE, "access-control-request-method": method,
                "access-control-request-headers": "authorization,content-type"})
            assert preflight.status_code == 200, (path, preflight.status_code, preflight.text)
            assert preflight.headers["access-control-allow-origin"] == CONTROL_PLANE
            assert "authorization" in preflight.headers["access-control-allow-headers"].lower()
            actual = browser.request(method, path, headers={"origin": CONTROL_PLANE, "authorization": f"Bearer {token}"})
            assert actual.status_code == 200, (path, actual.status_code, actual.text)
            assert actual.headers["access-control-allow-origin"] == CONTROL_PLANE
        # A refusal carries CORS too, so the browser shows the error instead of a CORS failure.
        refused = browser.get("/config", headers={"origin": CONTROL_PLANE})
        assert refused.status_code == 401 and refused.headers["access-control-allow-origin"] == CONTROL_PLANE
        assert browser.get("/config", headers={"origin": "https://evil.example"}).headers.get(
            "access-control-allow-origin") is None


def test_the_operator_entry_admits_operators_only(operator_entry: Gateway, workspace: Workspace) -> None:
    with httpx.Client(base_url=operator_entry.operator_url, timeout=30) as http:
        for role in ("owner", "member"):
            # /agents is a member's route on the public entry; the operator entry refuses any member.
            refused = http.get("/agents", headers=member(workspace, role))
            assert refused.status_code == 403, refused.text
            assert refused.json()["error"]["code"] == "forbidden"
        # A client cannot unmark itself: nginx replaces the header.
        spoofed = http.get("/agents", headers={**member(workspace), "x-hyvve-entry": "public"})
        assert spoofed.status_code == 403
        assert http.get("/agents", headers=operator()).status_code == 200
    with httpx.Client(base_url=operator_entry.base_url, timeout=30) as public:
        assert public.get("/agents", headers=member(workspace)).status_code == 200  # the public entry is unchanged
        assert public.get("/traces", headers=operator()).status_code == 404  # operator routes are not published


def test_control_plane_tokens_are_verified_with_their_own_key_audience_and_scope(
    operator_service: ServiceProcess, workspace: Workspace, jwks, node
) -> None:
    def status(token: str, path: str = "/traces") -> tuple[int, str]:
        response = httpx.get(f"{operator_service.base_url}{path}", headers={"authorization": f"Bearer {token}"})
        return response.status_code, response.json().get("error", {}).get("code", "") if response.status_code >= 400 else ""

    assert status(control_plane_token()) == (200, "")
    assert status(control_plane_token(expires_in=-120)) == (401, "token_expired")
    assert status(control_plane_token(audience="another-os")) == (401, "token_invalid")
    assert status(control_plane_token(scopes=["agents:read"])) == (403, "forbidden")
    # Signed by any other key it is not a Control Plane token: better-auth's verifier refuses it.
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    assert status(control_plane_token(stranger)) == (401, "token_invalid")
    better_auth = jwks.add("RS256")
    assert status(control_plane_token(better_auth.private_key, kid=better_auth.kid)) == (401, "token_invalid")
    # ... and better-auth's own RS256 tokens still work beside it, for members.
    member_token = mint(better_auth, workspace["member"].user_id, workspace.id)
    assert status(member_token, "/agents") == (200, "")
    assert status(member_token) == (403, "forbidden")
