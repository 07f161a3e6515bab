"""BYOAI: each workspace's own provider keys choose the model of its runs, with fallback, limits and metering.

The scripted stand-in answers for every provider over real HTTP; its request log shows which key and
model each request used.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import redis
import sqlalchemy as sa

from agents.devtools.scripted_model import ScriptedModelServer
from agents.providers.crypto import KeyCipher
from tests.conftest import MASTER_KEY
from tests.harness import ServiceProcess
from tests.node_side import NodeSide

CIPHER = KeyCipher(base64.b64decode(MASTER_KEY))
NODE_ENCRYPT = """
const crypto = require('crypto');
const master = Buffer.from(process.argv[1], 'base64');
const salt = crypto.randomBytes(64), iv = crypto.randomBytes(16);
const key = crypto.pbkdf2Sync(master, salt, 100000, 32, 'sha256');
const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
const ct = Buffer.concat([cipher.update(process.argv[2], 'utf8'), cipher.final()]);
process.stdout.write(Buffer.concat([salt, iv, cipher.getAuthTag(), ct]).toString('base64'));
"""


def secret_key(tag: str) -> str:
    return f"sk-{tag}-{uuid.uuid4().hex}"


@pytest.fixture
def tenant(node: NodeSide, service: ServiceProcess):
    """A fresh workspace (owner + member) and an HTTP client signed in as its member."""
    workspace = node.workspace(roles=("owner", "member"))
    with service.client(headers={"authorization": f"Bearer {workspace['member'].session_token}"}) as http:
        yield workspace, http


def run(http: httpx.Client, message: str, model: str | None = None, component: str = "agents/scribe") -> httpx.Response:
    headers = {"x-model": model} if model else {}
    return http.post(f"/{component}/runs", data={"message": message, "stream": "false"}, headers=headers)


def sent_for(scripted: ScriptedModelServer, marker: str) -> list[dict]:
    return [r for r in scripted.requests() if marker in json.dumps(r["body"])]


# -- HYVVE's ciphertext format -------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js to produce HYVVE's ciphertext")
def test_keys_encrypted_by_nodes_crypto_decrypt() -> None:
    plaintext = "sk-proj-" + uuid.uuid4().hex
    encrypted = subprocess.run(
        ["node", "-e", NODE_ENCRYPT, MASTER_KEY, plaintext], capture_output=True, text=True, check=True
    ).stdout

    assert CIPHER.decrypt(encrypted) == plaintext


# -- the workspace's key reaches the provider --------------------------------------------------------------


def test_a_run_uses_the_workspaces_own_key_and_default_model(tenant, node: NodeSide, scripted) -> None:
    workspace, http = tenant
    key = secret_key("ws")
    node.provider(workspace.id, "openai", CIPHER.encrypt(key), "gpt-4.1")
    marker = uuid.uuid4().hex

    response = run(http, f"hello {marker}")

    assert response.status_code == 200, response.text
    assert response.json()["model_provider"] == "openai"
    (sent,) = sent_for(scripted, marker)
    assert sent["authorization"] == f"Bearer {key}" and sent["body"]["model"] == "gpt-4.1"


def test_claude_and_gemini_keys_reach_their_apis(tenant, node: NodeSide, scripted) -> None:
    workspace, http = tenant
    claude_key, gemini_key = secret_key("ant"), secret_key("goog")
    node.provider(workspace.id, "claude", CIPHER.encrypt(claude_key), "claude-sonnet-4-5")
    node.provider(workspace.id, "gemini", CIPHER.encrypt(gemini_key), "gemini-2.0-flash")

    for provider, key in (("claude", claude_key), ("gemini", gemini_key)):
        marker = uuid.uuid4().hex
        response = run(http, f"hello {marker}", model=provider)
        assert response.status_code == 200, response.text
        assert response.json()["content"] == f"Scripted reply: hello {marker}"
        assert response.json()["model_provider"] == provider
        assert sent_for(scripted, marker)[0]["authorization"] in (key, f"Bearer {key}")


def test_concurrent_runs_of_two_workspaces_never_swap_keys(node: NodeSide, service: ServiceProcess, scripted) -> None:
    tenants = []
    for tag in ("alpha", "beta"):
        workspace = node.workspace(roles=("member",))
        key = secret_key(tag)
        node.provider(workspace.id, "openai", CIPHER.encrypt(key), "gpt-4o-mini")
        tenants.append((tag, key, workspace["member"].session_token))

    def one(i: int) -> str:
        tag, _, token = tenants[i % 2]
        response = httpx.post(
            f"{service.base_url}/agents/scribe/runs",
            data={"message": f"tenant {tag} run {i}", "stream": "false"},
            headers={"authorization": f"Bearer {token}"},
            timeout=60,
        )
        return str(response.status_code)

    with ThreadPoolExecutor(16) as pool:
        statuses = list(pool.map(one, range(200)))

    assert set(statuses) == {"200"}
    checked = 0
    for tag, key, _ in tenants:
        for sent in sent_for(scripted, f"tenant {tag} run"):
            assert sent["authorization"] == f"Bearer {key}", f"a {tag} request carried another key"
            checked += 1
    assert checked == 200


# -- the order of choice ------------------------------------------------------------------------------------


def test_override_preference_and_default_are_chosen_in_that_order(tenant, node: NodeSide, scripted) -> None:
    """HYVVE's order: the request's override, the agent's preference under HYVVE's own agent id, the workspace's
    default provider as HYVVE defines it (its first valid config by creation), the platform model."""
    workspace, http = tenant
    openai_key, deepseek_key, router_key = secret_key("oa"), secret_key("ds"), secret_key("or")
    node.provider(workspace.id, "claude", CIPHER.encrypt(secret_key("cl")), "claude-3-5-haiku", is_valid=False)
    node.provider(workspace.id, "openai", CIPHER.encrypt(openai_key), "gpt-4o-mini")
    deepseek = node.provider(workspace.id, "deepseek", CIPHER.encrypt(deepseek_key), "deepseek-chat")
    node.provider(workspace.id, "openrouter", CIPHER.encrypt(router_key), "meta/llama-3")
    business = node.business(workspace)

    def used(model: str | None = None, team: str | None = None, agent: str = "scribe") -> tuple[str, str]:
        marker = uuid.uuid4().hex
        if team:
            response = http.post(f"/teams/{team}/runs", data={
                "message": f"which model {marker}", "stream": "false",
                "factory_input": json.dumps({"business_id": business})})
        else:
            response = run(http, f"which model {marker}", model=model, component=f"agents/{agent}")
        assert response.status_code == 200, response.text
        sent = sent_for(scripted, marker)[0]
        return sent["authorization"], sent["body"]["model"]

    assert used() == (f"Bearer {openai_key}", "gpt-4o-mini")  # the first valid config (the older one is invalid)
    assert used(team="validation") == (f"Bearer {openai_key}", "gpt-4o-mini")
    # HYVVE's settings page stores preferences under its agent ids: bmv-team is the validation team,
    # approval-router the approval agent.
    node.workspace_settings(workspace.id, agent_model_preferences={
        "bmv-team": {"providerId": deepseek, "model": "deepseek-reasoner"},
        "approval-router": {"providerId": deepseek, "model": "deepseek-chat"}})
    assert used(team="validation") == (f"Bearer {deepseek_key}", "deepseek-reasoner")
    assert used(agent="approval") == (f"Bearer {deepseek_key}", "deepseek-chat")
    assert used(team="planning") == (f"Bearer {openai_key}", "gpt-4o-mini")  # bmp-team has none
    assert used() == (f"Bearer {openai_key}", "gpt-4o-mini")  # Scribe has no HYVVE preference key
    assert used("openai:gpt-4.1") == (f"Bearer {openai_key}", "gpt-4.1")  # the request's override


def test_models_lists_hyvves_default_provider(tenant, node: NodeSide, service: ServiceProcess) -> None:
    workspace, http = tenant
    node.provider(workspace.id, "claude", CIPHER.encrypt(secret_key("cl")), "claude-3-5-haiku", is_valid=False)
    first = node.provider(workspace.id, "openai", CIPHER.encrypt(secret_key("oa")), "gpt-4o-mini")
    node.provider(workspace.id, "deepseek", CIPHER.encrypt(secret_key("ds")), "deepseek-chat")

    listed = http.get("/models").json()["data"]

    assert [m["provider_id"] for m in listed if m["is_default"]] == [first]


def test_a_workspace_without_keys_runs_on_the_platform_model(tenant, scripted) -> None:
    _, http = tenant
    marker = uuid.uuid4().hex

    response = run(http, f"no keys {marker}")

    assert response.json()["model_provider"] == "platform"
    assert sent_for(scripted, marker)[0]["authorization"] == "Bearer sk-platform-test"


@pytest.mark.parametrize(
    ("override", "status", "code"),
    [("mistral-unknown:x", 400, "unknown_provider"), ("claude:claude-3-5-haiku", 409, "provider_not_configured")],
)
def test_an_override_must_name_a_configured_provider(tenant, scripted, override: str, status: int, code: str) -> None:
    _, http = tenant

    response = run(http, "hello", model=override)

    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert scripted.requests() == []


def test_no_usable_model_fails_fast(service_env: dict[str, str], node: NodeSide, scripted) -> None:
    workspace = node.workspace(roles=("member",))
    node.provider(workspace.id, "openai", "not-a-ciphertext", "gpt-4o-mini")  # undecryptable: skipped

    with ServiceProcess({**service_env, "ALLOW_PLATFORM_MODEL": "false"}) as service:
        response = httpx.post(
            f"{service.base_url}/agents/scribe/runs", data={"message": "hi", "stream": "false"},
            headers={"authorization": f"Bearer {workspace['member'].session_token}"},
        )
        logs = service.logs()

    assert response.status_code == 409 and response.json()["error"]["code"] == "no_model_configured"
    assert "not base64" in logs  # the operator learns why the key was skipped
    assert scripted.requests() == []


# -- retries and fallback ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", [{"status": 500}, {"status": 429, "retry_after": 0}, {"timeout": 10}],
                         ids=["5xx", "429", "timeout"])
def test_a_failing_provider_is_retried_then_the_next_one_answers(tenant, node: NodeSide, scripted, fault: dict) -> None:
    workspace, http = tenant
    primary, backup = secret_key("primary"), secret_key("backup")
    node.provider(workspace.id, "openai", CIPHER.encrypt(primary), "gpt-4o-mini")
    node.provider(workspace.id, "deepseek", CIPHER.encrypt(backup), "deepseek-chat")
    scripted.add_fault({**fault, "count": 3})  # the first try and both retries
    marker = uuid.uuid4().hex

    response = run(http, f"fallback {marker}")

    assert response.status_code == 200
    answer = response.json()
    assert answer["status"] == "COMPLETED"
    # The run records the model that actually answered (agno's per-model metrics).
    assert [(m["provider"], m["id"]) for m in answer["metrics"]["details"]["model"]] == [("deepseek", "deepseek-chat")]
    keys = [s["authorization"] for s in sent_for(scripted, marker)]
    assert keys == [f"Bearer {primary}"] * 3 + [f"Bearer {backup}"]


def test_a_rejected_key_is_not_retried_nor_masked_by_fallback(tenant, node: NodeSide, scripted) -> None:
    workspace, http = tenant
    node.provider(workspace.id, "openai", CIPHER.encrypt(secret_key("revoked")), "gpt-4o-mini")
    node.provider(workspace.id, "deepseek", CIPHER.encrypt(secret_key("backup")), "deepseek-chat")
    scripted.add_fault({"status": 401, "message": "Incorrect API key provided"})
    marker = uuid.uuid4().hex

    response = run(http, f"bad key {marker}")

    assert response.json()["status"] == "ERROR"
    assert "key" in response.json()["content"].lower()
    assert len(sent_for(scripted, marker)) == 1


# -- limits and metering --------------------------------------------------------------------------------------


def test_usage_is_metered_exactly_under_concurrency_and_the_limit_refuses_the_next_run(
    tenant, node: NodeSide, db: sa.Engine, service: ServiceProcess, redis_url: str, scripted
) -> None:
    workspace, http = tenant
    config = node.provider(workspace.id, "openai", CIPHER.encrypt(secret_key("meter")), "gpt-4o-mini", 1_000_000)
    token = workspace["member"].session_token

    def one(i: int) -> int:
        return httpx.post(f"{service.base_url}/agents/scribe/runs", data={"message": f"count me {i}", "stream": "false"},
                          headers={"authorization": f"Bearer {token}"}, timeout=60).status_code

    with ThreadPoolExecutor(16) as pool:
        assert set(pool.map(one, range(50))) == {200}

    with db.connect() as conn:
        used = conn.execute(sa.text("SELECT tokens_used_today FROM ai_provider_configs WHERE id = :c"), {"c": config}).scalar()
        rows = conn.execute(
            sa.text("SELECT count(*), sum(total_tokens), min(estimated_cost) FROM token_usage WHERE provider_id = :c"),
            {"c": config},
        ).one()
    assert rows[0] == 50 and used == rows[1] > 0 and rows[2] > 0
    with db.begin() as conn:
        conn.execute(sa.text("UPDATE ai_provider_configs SET max_tokens_per_day = :m WHERE id = :c"), {"m": used, "c": config})

    refused = run(http, "one more")

    assert refused.status_code == 429 and refused.json()["error"]["code"] == "token_limit_exceeded"
    assert 0 < int(refused.headers["retry-after"]) <= 86_400  # until HYVVE's midnight reset, at most


def test_crossing_the_limit_warns_and_then_announces_it_once_each(
    tenant, node: NodeSide, redis_url: str, scripted
) -> None:
    workspace, http = tenant
    config = node.provider(workspace.id, "openai", CIPHER.encrypt(secret_key("limit")), "gpt-4o-mini", 300)

    statuses = [run(http, f"message number {i}").status_code for i in range(12)]  # ~60 tokens each

    assert 200 in statuses and statuses[-1] == 429
    assert statuses == sorted(statuses)  # once refused, always refused today
    bus = redis.Redis.from_url(redis_url)
    mine: list[str] = []
    for _ in range(50):  # the outbox publishes within a second or so
        events = [json.loads(f[b"event"]) for _, f in bus.xrange("hyvve:events:main")]
        mine = [e["type"] for e in events if e["data"].get("providerId") == config]
        if "ai.token.limit_exceeded" in mine:
            break
        time.sleep(0.2)
    assert mine.count("ai.token.limit_warning") == 1 and mine.count("ai.token.limit_exceeded") == 1
    # With the field names of HYVVE's own TokenLimitService (apps/api/src/ai-providers/token-limit.service.ts)
    warning, exceeded = (next(e["data"] for e in events if e["data"].get("providerId") == config and e["type"] == kind)
                         for kind in ("ai.token.limit_warning", "ai.token.limit_exceeded"))
    assert warning["provider"] == "openai" and warning["maxTokens"] == 300 and warning["threshold"] == 80
    assert warning["tokensUsed"] >= 240 and warning["percentageUsed"] == round(warning["tokensUsed"] / 3)
    assert exceeded["maxTokens"] == 300 and exceeded["tokensUsed"] >= 300
    assert set(exceeded) == {"providerId", "provider", "tokensUsed", "maxTokens"}


# -- what the caller sees, and what nobody sees ---------------------------------------------------------------------


def test_models_lists_what_the_workspace_can_use(tenant, node: NodeSide) -> None:
    workspace, http = tenant
    node.provider(workspace.id, "openai", CIPHER.encrypt(secret_key("list")), "gpt-4o-mini")
    node.provider(workspace.id, "claude", CIPHER.encrypt(secret_key("off")), "claude-sonnet-4-5", is_valid=False)

    listed = http.get("/models").json()["data"]

    assert [(m["provider"], m["model"], m["source"]) for m in listed] == [
        ("openai", "gpt-4o-mini", "workspace"), ("openai", "gpt-4o-mini", "platform")
    ]
    assert "sk-list" not in json.dumps(listed)


def test_a_changed_key_is_used_at_once(tenant, node: NodeSide, db: sa.Engine, scripted) -> None:
    workspace, http = tenant
    config = node.provider(workspace.id, "openai", CIPHER.encrypt(secret_key("old")), "gpt-4o-mini")
    run(http, "warm the cache")
    new_key = secret_key("new")
    with db.begin() as conn:
        conn.execute(sa.text("UPDATE ai_provider_configs SET api_key_encrypted = :k, updated_at = now() WHERE id = :c"),
                     {"k": CIPHER.encrypt(new_key), "c": config})
    marker = uuid.uuid4().hex

    run(http, f"after rotation {marker}")

    assert sent_for(scripted, marker)[0]["authorization"] == f"Bearer {new_key}"


def test_decrypted_keys_appear_in_no_log_row_or_response(
    service_env: dict[str, str], node: NodeSide, db: sa.Engine, scripted
) -> None:
    workspace = node.workspace(roles=("member",))
    key = secret_key("canary")
    node.provider(workspace.id, "openai", CIPHER.encrypt(key), "gpt-4o-mini")
    node.provider(workspace.id, "deepseek", CIPHER.encrypt(key + "-2"), "deepseek-chat")
    bodies = []
    with ServiceProcess({**service_env, "LOG_LEVEL": "debug"}) as service, service.client(
        headers={"authorization": f"Bearer {workspace['member'].session_token}"}
    ) as http:
        scripted.add_fault({"status": 401, "message": f"Incorrect API key provided: {key[:8]}"})
        bodies.append(run(http, "fails").text)
        bodies.append(run(http, "works").text)
        bodies.append(http.get("/models").text)
        bodies.append(http.get("/sessions", params={"type": "agent"}).text)
        logs = service.logs()

    with db.connect() as conn:
        agno_rows = " ".join(
            str(row) for table in ("agno_sessions", "agno_runs")
            for row in conn.execute(sa.text(f"SELECT * FROM ai.{table} WHERE user_id LIKE :ws"), {"ws": f"{workspace.id}:%"})
        )
    for where, text in [("logs", logs), ("responses", " ".join(bodies)), ("agno tables", agno_rows)]:
        assert key not in text, f"the decrypted key leaked into {where}"
