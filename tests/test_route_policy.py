"""The route policy table covers every route, roles map to rights, and production hides the docs."""

from __future__ import annotations

import httpx
import pytest

from agents.middleware.route_policy import ROUTE_POLICY, Access, find_rule
from tests.conftest import ADMIN_KEY, SERVICE_TOKEN
from tests.harness import ServiceProcess
from tests.node_side import Workspace


def test_a_route_agno_might_add_later_is_refused_even_to_admins(admin: httpx.Client) -> None:
    assert find_rule("GET", "/agents/scribe/new-feature") is None

    response = admin.get("/agents/scribe/new-feature")

    assert response.status_code == 404


@pytest.mark.parametrize("role", ["viewer", "guest"])
def test_viewers_and_guests_read_but_cannot_run(service: ServiceProcess, workspace: Workspace, role: str) -> None:
    with service.client(headers={"authorization": f"Bearer {workspace[role].session_token}"}) as http:
        assert http.get("/agents").status_code == 200
        run = http.post("/agents/scribe/runs", data={"message": "hi", "stream": "false"})

    assert run.status_code == 403
    assert run.json()["error"]["code"] == "forbidden"


@pytest.mark.parametrize("role", ["owner", "admin", "member"])
def test_owners_admins_and_members_run_agents(service: ServiceProcess, workspace: Workspace, role: str, scripted) -> None:
    with service.client(headers={"authorization": f"Bearer {workspace[role].session_token}"}) as http:
        run = http.post("/agents/scribe/runs", data={"message": "hi", "stream": "false"})

    assert run.status_code == 200, run.text


@pytest.mark.parametrize("path", ["/metrics", "/components", "/registry", "/traces", "/approvals", "/eval-runs"])
def test_unscopable_routes_are_for_operators_only(client: httpx.Client, admin: httpx.Client, path: str) -> None:
    refused = client.get(path)

    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "forbidden"
    assert admin.get(path).status_code == 200


def test_service_principal_without_a_user_cannot_reach_operator_routes(service: ServiceProcess, workspace) -> None:
    headers = {"authorization": f"Bearer {SERVICE_TOKEN}", "x-workspace-id": workspace.id}
    assert httpx.get(f"{service.base_url}/metrics", headers=headers).status_code == 403


def test_public_probes_need_no_credential(anonymous: httpx.Client) -> None:
    assert anonymous.get("/health").status_code == 200
    assert anonymous.get("/ready").status_code == 200
    assert anonymous.get("/agents").status_code == 401


def test_correlation_id_is_echoed_or_created(client: httpx.Client) -> None:
    assert client.get("/agents", headers={"x-correlation-id": "req-42"}).headers["x-correlation-id"] == "req-42"
    assert client.get("/agents").headers["x-correlation-id"]


def test_control_plane_origin_is_not_admitted_unless_enabled(anonymous: httpx.Client) -> None:
    preflight = anonymous.options(
        "/agents", headers={"origin": "https://os.agno.com", "access-control-request-method": "GET"}
    )

    assert "access-control-allow-origin" not in preflight.headers


@pytest.fixture(scope="module")
def production_service(service_env: dict[str, str]):
    env = {
        **service_env,
        "ENVIRONMENT": "production",
        "ENCRYPTION_MASTER_KEY": "A" * 43 + "=",
        "CONTROL_PLANE_ENABLED": "true",
        "CORS_ORIGINS": "https://app.hyvve.test",
        "KNOWLEDGE_ALLOW_PRIVATE_URLS": "false",  # production refuses to start with it on
    }
    with ServiceProcess(env) as process:
        yield process


@pytest.mark.parametrize("path", ["/docs", "/openapi.json", "/docs/assets/swagger-ui-bundle.js"])
def test_api_docs_are_off_in_production(production_service: ServiceProcess, path: str) -> None:
    response = httpx.get(f"{production_service.base_url}{path}", headers={"authorization": f"Bearer {ADMIN_KEY}"})

    assert response.status_code == 404


@pytest.mark.parametrize("origin", ["https://os.agno.com", "https://app.hyvve.test"])
def test_enabled_control_plane_and_configured_origins_pass_cors(production_service: ServiceProcess, origin: str) -> None:
    base = production_service.base_url
    preflight = httpx.options(
        f"{base}/config",
        headers={"origin": origin, "access-control-request-method": "GET", "access-control-request-headers": "authorization"},
    )
    assert preflight.headers.get("access-control-allow-origin") == origin

    response = httpx.get(f"{base}/config", headers={"origin": origin, "authorization": f"Bearer {ADMIN_KEY}"})
    assert response.status_code == 200
    assert response.headers.get("access-control-allow-origin") == origin


def test_other_origins_do_not_pass_cors(production_service: ServiceProcess) -> None:
    response = httpx.get(
        f"{production_service.base_url}/config",
        headers={"origin": "https://evil.example", "authorization": f"Bearer {ADMIN_KEY}"},
    )
    assert "access-control-allow-origin" not in response.headers


def test_refusals_carry_cors_headers_so_the_browser_can_read_them(production_service: ServiceProcess) -> None:
    response = httpx.get(f"{production_service.base_url}/config", headers={"origin": "https://app.hyvve.test"})

    assert response.status_code == 401
    assert response.headers.get("access-control-allow-origin") == "https://app.hyvve.test"


def test_policy_table_has_no_public_data_route() -> None:
    public = {rule.path for rule in ROUTE_POLICY if rule.access is Access.PUBLIC}
    # Probes and docs, plus the health checks HYVVE's clients make without a credential (no data in them).
    assert public == {"/health", "/ready", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/docs/assets/{name}",
                      "/bridge/v1/health", "/agents/validation/health", "/agents/planning/health",
                      "/agents/branding/health"}


def test_info_says_every_call_needs_a_credential_and_data_is_per_user(client: httpx.Client) -> None:
    info = client.get("/info")

    assert info.status_code == 200, info.text
    assert (info.json()["auth_mode"], info.json()["user_isolation"]) == ("jwt", True)
    assert info.json()["agent_count"] >= 3  # the rest of agno's answer as it was
