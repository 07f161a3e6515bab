"""Default deny: every route the app serves is classified in the policy table, and every rule matches a route.
What each class of route answers to each caller is tests/test_route_policy.py's."""

from __future__ import annotations

from agno.os.utils import flatten_routes

from agents.main import create_app
from agents.middleware.route_policy import ROUTE_POLICY, find_rule
from agents.settings import load_settings


def _app_routes(environment: str = "development") -> set[tuple[str, str]]:
    settings = load_settings(
        _env_file=None,
        environment=environment,
        database_url="postgresql+psycopg://unused@127.0.0.1:1/unused",
        better_auth_url="http://hyvve.test",
        agent_service_token="t" * 64,
        encryption_master_key="A" * 43 + "=",
        os_security_key="k" * 32,
    )
    app = create_app(settings)
    pairs = set()
    for route in flatten_routes(app.routes):
        for method in getattr(route, "methods", None) or {"WEBSOCKET"}:
            if method != "HEAD":
                pairs.add((method, route.path))
    return pairs


def test_every_route_of_the_app_is_classified_in_the_policy_table() -> None:
    unclassified = sorted(f"{m} {p}" for m, p in _app_routes() if find_rule(m, p) is None)

    assert unclassified == [], "classify these routes in agents/middleware/route_policy.py"


def test_every_rule_in_the_policy_table_matches_a_route() -> None:
    routes = _app_routes()
    stale = [
        f"{method} {rule.path}"
        for rule in ROUTE_POLICY
        for method in rule.methods
        if not any(m == method and rule.pattern.match(p) for m, p in routes)
    ]

    assert stale == []
