"""Tenant isolation, as a cross-tenant matrix over real HTTP.

Two workspaces, A and B, each with a member who has a session (with runs) and a memory, created
through the API. A's member then aims every data route at B's ids and filters. The specification:
- B's data answers exactly as if it did not exist (404, or a list holding only A's own data), and
  the same request with A's own ids succeeds, so every 404 is the scoping, not a broken route;
- nothing of B (session, run and memory ids, memory text and topics, user and workspace ids, the
  words of B's conversation) appears in any response A gets, unless A itself sent it;
- nothing of B changes in storage, and nothing is written into B's session or memory space;
- a person who is a member of both workspaces has two separate histories and memory spaces;
- routes agno cannot scope to a workspace are for operators only: a member gets 403 forbidden;
- the admin key sees both workspaces, proving the data exists and it is the scoping that hides it.

"Nothing of B changes" is checked against storage itself (a snapshot of B's rows in agno's tables
taken after set-up), so it holds whatever the HTTP answer was.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote_plus

import httpx
import pytest
import sqlalchemy as sa

from agents.devtools.scripted_model import ScriptedModelServer
from agents.middleware.route_policy import ROUTE_POLICY, Access, find_rule
from tests.conftest import ADMIN_KEY
from tests.harness import ServiceProcess
from tests.node_side import NodeSide

AGENT = "scribe"
SCHEMA = "ai"  # AGNO_DB_SCHEMA in the tests


# -- the tenants ---------------------------------------------------------------------------------------


@dataclass
class Seeded:
    """One (workspace, user), signed in, with its own session, runs and memory."""

    label: str
    http: httpx.Client
    workspace_id: str
    user_id: str
    secret: str  # a unique word in every message and memory of this (workspace, user)
    session_id: str
    run_ids: list[str] = field(default_factory=list)
    memory_id: str = ""
    memory_text: str = ""
    topic: str = ""

    @property
    def agno_user_id(self) -> str:
        return f"{self.workspace_id}:{self.user_id}"

    def markers(self, *, with_user_id: bool = True) -> set[str]:
        """Every string that would betray this tenant's data if another tenant saw it."""
        found = {self.secret, self.session_id, *self.run_ids, self.memory_id, self.memory_text, self.topic,
                 self.workspace_id}
        if with_user_id:  # not for the dual member: the same person legitimately sees its own user id
            found |= {self.user_id, self.agno_user_id}
        return {m for m in found if m}


@dataclass
class Tenants:
    a: Seeded  # the attacker: workspace A's member
    b: Seeded  # the victim: workspace B's member
    dual_a: Seeded  # one person, member of both A and B, signed in to A
    dual_b: Seeded  # the same person signed in to B
    db: sa.Engine
    a_guest: httpx.Client  # workspace A's guest: may read, never run
    snapshots: dict[str, dict[str, Any]] = field(default_factory=dict)

    def everyone(self) -> list[Seeded]:
        return [self.a, self.b, self.dual_a, self.dual_b]


def _seed(http: httpx.Client, label: str, workspace_id: str, user_id: str, runs: int) -> Seeded:
    secret = f"{label}-secret-{uuid.uuid4().hex[:12]}"
    seeded = Seeded(label, http, workspace_id, user_id, secret, session_id=f"{label}-session-{uuid.uuid4().hex}")
    for turn in range(runs):
        response = http.post(
            f"/agents/{AGENT}/runs",
            data={"message": f"turn {turn} about {secret}", "stream": "false", "session_id": seeded.session_id},
        )
        assert response.status_code == 200, response.text
        run = response.json()
        assert run["content"] == f"Scripted reply: turn {turn} about {secret}"
        assert run["session_id"] == seeded.session_id
        seeded.run_ids.append(run["run_id"])

    seeded.memory_text = f"{label} keeps the supplier list in {secret}"
    seeded.topic = f"topic-{secret}"
    body = {"memory": seeded.memory_text, "topics": [seeded.topic]}
    memory = http.post("/memories", json=body)
    assert memory.status_code == 200, memory.text
    assert memory.json()["user_id"] == seeded.agno_user_id
    seeded.memory_id = memory.json()["memory_id"]
    return seeded


def _snapshot(db: sa.Engine, owner: Seeded) -> dict[str, Any]:
    """The owner's rows in agno's tables: its session, its runs, its memories."""
    with db.connect() as conn:
        session = conn.execute(
            sa.text(f"SELECT session_id, session_type, agent_id, user_id, session_data::text AS data, "
                    f"metadata::text AS metadata, summary::text AS summary, updated_at "
                    f"FROM {SCHEMA}.agno_sessions WHERE session_id = :id"),
            {"id": owner.session_id},
        ).mappings().one_or_none()
        runs = conn.execute(
            sa.text(f"SELECT run_id, user_id, status, run_data::text AS data, updated_at FROM {SCHEMA}.agno_runs "
                    f"WHERE session_id = :id ORDER BY run_index, created_at"),
            {"id": owner.session_id},
        ).mappings().all()
        memories = conn.execute(
            sa.text(f"SELECT memory_id, memory::text AS memory, topics::text AS topics, updated_at "
                    f"FROM {SCHEMA}.agno_memories WHERE user_id = :user ORDER BY memory_id"),
            {"user": owner.agno_user_id},
        ).mappings().all()
    return {
        "session": dict(session) if session else None,
        "runs": [dict(r) for r in runs],
        "memories": [dict(m) for m in memories],
    }


@pytest.fixture(scope="module")
def tenants(
    service: ServiceProcess, node: NodeSide, db: sa.Engine, model_server: ScriptedModelServer
) -> Iterator[Tenants]:
    model_server.reset()
    workspace_a, workspace_b = node.workspace(), node.workspace()
    dual_user = node.user()
    node.join(workspace_a, dual_user, "member")
    node.join(workspace_b, dual_user, "member")

    def client(token: str, business: str = "") -> httpx.Client:
        # x-test-business: the caller's own business, for the web route's entry (the service ignores it)
        return service.client(headers={"authorization": f"Bearer {token}", "x-test-business": business})

    operator = client(ADMIN_KEY)
    clients = [
        client(workspace_a["member"].session_token, node.business(workspace_a)),
        client(workspace_b["member"].session_token, node.business(workspace_b)),
        client(node.session(dual_user, workspace_a.id)),
        client(node.session(dual_user, workspace_b.id)),
        client(workspace_a["guest"].session_token),
    ]
    try:
        seeded = Tenants(
            a=_seed(clients[0], "tenant-a", workspace_a.id, workspace_a["member"].user_id, runs=2),
            b=_seed(clients[1], "tenant-b", workspace_b.id, workspace_b["member"].user_id, runs=2),
            dual_a=_seed(clients[2], "dual-in-a", workspace_a.id, dual_user, runs=1),
            dual_b=_seed(clients[3], "dual-in-b", workspace_b.id, dual_user, runs=1),
            db=db,
            a_guest=clients[4],
        )
        for owner in seeded.everyone():
            seeded.snapshots[owner.label] = _snapshot(db, owner)
            assert seeded.snapshots[owner.label]["session"] is not None
            assert [r["run_id"] for r in seeded.snapshots[owner.label]["runs"]] == owner.run_ids
        yield seeded
    finally:
        model_server.reset()
        for http in (operator, *clients):
            http.close()


# -- assertions ----------------------------------------------------------------------------------------


def _sent(response: httpx.Response) -> str:
    request = response.request
    return unquote_plus(str(request.url)) + unquote_plus(request.content.decode(errors="replace"))


def assert_nothing_of(victim: Seeded, response: httpx.Response, *, with_user_id: bool = True) -> None:
    """No marker of the victim's data in the response, except what the request itself carried."""
    sent = _sent(response)
    leaked = sorted(m for m in victim.markers(with_user_id=with_user_id) if m in response.text and m not in sent)
    assert not leaked, (
        f"{response.request.method} {response.request.url} leaked {leaked} of {victim.label}: {response.text[:800]}"
    )


def assert_untouched(tenants: Tenants, owner: Seeded) -> None:
    """The owner's session, runs and memories in storage are exactly as they were after set-up."""
    assert _snapshot(tenants.db, owner) == tenants.snapshots[owner.label], f"{owner.label}'s stored data changed"


def _listed(caller: Seeded, listing: httpx.Response) -> list[dict[str, Any]]:
    """The items of a paginated list, all of which must be the caller's own."""
    assert listing.status_code == 200, listing.text
    items = listing.json()["data"]
    assert {item["user_id"] for item in items} <= {caller.agno_user_id}, "a list holds another user's items"
    return items


def _made_up(ids: dict[str, str]) -> dict[str, str]:
    return {**ids, "session": f"absent-{uuid.uuid4().hex}", "run": str(uuid.uuid4()), "memory": str(uuid.uuid4())}


# -- reads: B's ids answer 404, A's own ids answer 200 -------------------------------------------------

READ_ROUTES = [
    "/sessions/{session}",
    "/sessions/{session}?type=agent",
    "/sessions/{session}/runs",
    "/sessions/{session}/run-previews",
    "/sessions/{session}/runs/{run}",
    "/sessions/{session}/runs/{run}?type=agent",
    f"/agents/{AGENT}/runs/{{run}}?session_id={{session}}",
    f"/agents/{AGENT}/runs?session_id={{session}}",
    f"/agents/{AGENT}/runs/{{run}}/checkpoints?session_id={{session}}",
    f"/agents/{AGENT}/runs/{{run}}/checkpoints/0?session_id={{session}}",
    "/memories/{memory}",
]


@pytest.mark.parametrize("template", READ_ROUTES)
def test_member_reads_its_own_data(tenants: Tenants, template: str) -> None:
    a = tenants.a

    response = a.http.get(template.format(session=a.session_id, run=a.run_ids[0], memory=a.memory_id))

    assert response.status_code == 200, response.text
    assert a.secret in response.text
    assert_nothing_of(tenants.b, response)


@pytest.mark.parametrize("template", READ_ROUTES)
def test_member_cannot_read_another_workspaces_data(tenants: Tenants, template: str) -> None:
    a, b = tenants.a, tenants.b

    response = a.http.get(template.format(session=b.session_id, run=b.run_ids[0], memory=b.memory_id))

    assert response.status_code == 404, response.text
    assert_nothing_of(b, response)


@pytest.mark.parametrize(
    "template", ["/sessions/{session}/runs/{run}", f"/agents/{AGENT}/runs/{{run}}?session_id={{session}}"]
)
def test_member_cannot_read_another_workspaces_run_through_its_own_session(tenants: Tenants, template: str) -> None:
    a, b = tenants.a, tenants.b

    response = a.http.get(template.format(session=a.session_id, run=b.run_ids[0]))

    assert response.status_code == 404, response.text
    assert_nothing_of(b, response)


# -- lists: only the caller's own items, whatever the filter -------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"type": "agent"},
        {"component_id": AGENT},
        {"user_id": "<b-user>"},
        {"user_id": "<b-user>", "type": "agent"},
        {"session_name": "<b-secret>"},
        {"limit": 100, "sort_by": "updated_at", "sort_order": "asc"},
    ],
    ids=["plain", "type", "component", "b-user", "b-user-and-type", "b-name", "paged"],
)
def test_member_lists_only_its_own_sessions(tenants: Tenants, params: dict[str, Any]) -> None:
    a, b = tenants.a, tenants.b
    params = {k: {"<b-user>": b.agno_user_id, "<b-secret>": b.secret}.get(v, v) for k, v in params.items()}

    response = a.http.get("/sessions", params=params)

    listed = {item["session_id"] for item in _listed(a, response)}
    assert b.session_id not in listed
    if "session_name" not in params:
        assert a.session_id in listed
    assert_nothing_of(b, response)


@pytest.mark.parametrize(
    "params",
    [{}, {"user_id": "<b-user>"}, {"topics": "<b-topic>"}, {"search_content": "<b-secret>"}],
    ids=["plain", "b-user", "b-topic", "b-content"],
)
def test_member_lists_only_its_own_memories(tenants: Tenants, params: dict[str, Any]) -> None:
    a, b = tenants.a, tenants.b
    params = {k: {"<b-user>": b.agno_user_id, "<b-topic>": b.topic, "<b-secret>": b.secret}.get(v, v)
              for k, v in params.items()}

    response = a.http.get("/memories", params=params)

    listed = {item["memory_id"] for item in _listed(a, response)}
    assert b.memory_id not in listed
    if not params or "user_id" in params:
        assert a.memory_id in listed
    assert_nothing_of(b, response)


@pytest.mark.parametrize("params", [{}, {"user_id": "<b-user>"}], ids=["plain", "b-user"])
def test_memory_topics_hold_only_the_members_own_topics(tenants: Tenants, params: dict[str, Any]) -> None:
    a, b = tenants.a, tenants.b
    params = {k: b.agno_user_id if v == "<b-user>" else v for k, v in params.items()}

    response = a.http.get("/memory_topics", params=params)

    assert response.status_code == 200, response.text
    assert a.topic in response.json()
    assert b.topic not in response.json()
    assert_nothing_of(b, response)


# -- writes: B's ids answer as if absent, and B's stored data does not change ---------------------------

# (name, method, path, JSON body, the statuses allowed). Every attack must also answer exactly as the
# same request with made-up ids does: no status tells "this exists, but is not yours".
WRITE_ATTACKS = [
    ("patch-session", "PATCH", "/sessions/{session}", {"session_name": "pwned", "session_state": {"x": 1}}, {404}),
    ("patch-session-typed", "PATCH", "/sessions/{session}?type=agent", {"metadata": {"owner": "A"}}, {404}),
    ("patch-session-as-b", "PATCH", "/sessions/{session}?user_id={b_user}", {"session_name": "pwned"}, {404}),
    ("rename-session", "POST", "/sessions/{session}/rename", {"session_name": "pwned"}, {404}),
    ("rename-session-as-b", "POST", "/sessions/{session}/rename?user_id={b_user}", {"session_name": "pwned"}, {404}),
    ("delete-session", "DELETE", "/sessions/{session}", None, {204, 404}),
    ("delete-session-as-b", "DELETE", "/sessions/{session}?user_id={b_user}", None, {204, 404}),
    ("delete-sessions-bulk", "DELETE", "/sessions", {"session_ids": ["{session}"], "session_types": ["agent"]},
     {204, 404}),
    ("delete-sessions-bulk-as-b", "DELETE", "/sessions?user_id={b_user}",
     {"session_ids": ["{session}"], "session_types": ["agent"]}, {204, 404}),
    ("patch-memory", "PATCH", "/memories/{memory}", {"memory": "pwned", "topics": ["pwned"]}, {404}),
    ("patch-memory-as-b", "PATCH", "/memories/{memory}", {"memory": "pwned", "user_id": "{b_user}"}, {404}),
    ("delete-memory", "DELETE", "/memories/{memory}", None, {204, 404}),
    ("delete-memory-as-b", "DELETE", "/memories/{memory}?user_id={b_user}", None, {204, 404}),
    ("delete-memories-bulk", "DELETE", "/memories", {"memory_ids": ["{memory}"]}, {204, 404}),
    ("delete-memories-bulk-as-b", "DELETE", "/memories", {"memory_ids": ["{memory}"], "user_id": "{b_user}"},
     {204, 404}),
    ("cancel-run", "POST", f"/agents/{AGENT}/runs/{{run}}/cancel?session_id={{session}}", None, {404}),
    ("compact-session", "POST", f"/agents/{AGENT}/sessions/{{session}}/compact", None, {404}),
    ("fork-session", "POST", f"/agents/{AGENT}/sessions/{{session}}/fork", None, {400, 404}),
]


def _fill(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        return value.format(**ids)
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    return value


def _request(http: httpx.Client, method: str, template: str, body: Any, ids: dict[str, str]) -> httpx.Response:
    if body is None:
        return http.request(method, _fill(template, ids))
    return http.request(method, _fill(template, ids), json=_fill(body, ids))


@pytest.mark.parametrize(
    ("method", "template", "body", "allowed"), [w[1:] for w in WRITE_ATTACKS], ids=[w[0] for w in WRITE_ATTACKS]
)
def test_member_cannot_change_or_delete_another_workspaces_data(
    tenants: Tenants, scripted: ScriptedModelServer, method: str, template: str, body: Any, allowed: set[int]
) -> None:
    a, b = tenants.a, tenants.b
    ids = {"session": b.session_id, "run": b.run_ids[-1], "memory": b.memory_id, "b_user": b.agno_user_id}

    response = _request(a.http, method, template, body, ids)

    assert_untouched(tenants, b)
    assert response.status_code in allowed, response.text
    made_up = _request(a.http, method, template, body, _made_up(ids))
    assert response.status_code == made_up.status_code, (response.text, made_up.text)
    assert_nothing_of(b, response)
    assert scripted.requests() == [], "the attack reached the model"


def test_member_cannot_fork_another_workspaces_conversation_into_its_own(tenants: Tenants) -> None:
    a, b = tenants.a, tenants.b

    response = a.http.post(f"/agents/{AGENT}/sessions/{b.session_id}/fork")

    assert response.status_code in (400, 404), response.text
    assert_nothing_of(b, response)
    with tenants.db.connect() as conn:
        copied = conn.execute(
            sa.text(f"SELECT count(*) FROM {SCHEMA}.agno_runs WHERE user_id = :a AND run_data::text LIKE :secret"),
            {"a": a.agno_user_id, "secret": f"%{b.secret}%"},
        ).scalar()
    assert copied == 0, "B's conversation was copied into A's history"
    assert_untouched(tenants, b)


def test_member_cannot_create_a_session_over_another_workspaces_session_id(tenants: Tenants) -> None:
    a, b = tenants.a, tenants.b

    response = a.http.post("/sessions", json={"session_id": b.session_id, "session_name": "pwned"})

    # agno refuses a taken id with a 409 that names no owner. It still tells that the id exists, as
    # any client-chosen global key must; session ids are random, so the oracle needs the id already.
    assert response.status_code == 409, response.text
    assert_nothing_of(b, response)
    assert_untouched(tenants, b)


def test_member_cannot_fetch_another_workspaces_session_media(tenants: Tenants) -> None:
    a, b = tenants.a, tenants.b

    response = a.http.get(f"/sessions/{b.session_id}/media/{uuid.uuid4().hex}.png")
    made_up = a.http.get(f"/sessions/absent-{uuid.uuid4().hex}/media/{uuid.uuid4().hex}.png")

    assert response.status_code == made_up.status_code, (response.text, made_up.text)
    assert response.status_code in (404, 503), response.text  # 503: no media storage configured
    assert_nothing_of(b, response)


def test_memory_optimization_is_off(tenants: Tenants, scripted: ScriptedModelServer) -> None:
    # agno 3.1.10 answers 500 from its own response validation here; the route policy turns it off.
    a, b = tenants.a, tenants.b

    response = a.http.post("/optimize-memories", json={"user_id": b.agno_user_id, "apply": False})

    assert response.status_code == 404, response.text
    assert scripted.requests() == []
    assert_untouched(tenants, b)


def test_member_creates_its_own_memory(tenants: Tenants) -> None:
    a = tenants.a
    text = f"A's own note {uuid.uuid4().hex}"

    response = a.http.post("/memories", json={"memory": text, "topics": ["own-note"]})

    assert response.status_code == 200, response.text
    assert response.json()["user_id"] == a.agno_user_id
    assert a.http.delete(f"/memories/{response.json()['memory_id']}").status_code == 204


def test_member_cannot_plant_a_memory_in_another_workspaces_memory_space(tenants: Tenants) -> None:
    a, b = tenants.a, tenants.b
    planted = f"planted by A {uuid.uuid4().hex}"

    response = a.http.post("/memories", json={"memory": planted, "user_id": b.agno_user_id, "topics": ["planted"]})

    assert_untouched(tenants, b)  # B's memory space holds exactly what it held
    assert response.status_code == 200, response.text
    assert response.json()["user_id"] == a.agno_user_id  # the owner is the verified caller, never the body
    assert a.http.delete(f"/memories/{response.json()['memory_id']}").status_code == 204


# -- runs ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("stream", ["false", "true"])
def test_member_cannot_run_in_another_workspaces_session(
    tenants: Tenants, scripted: ScriptedModelServer, stream: str
) -> None:
    a, b = tenants.a, tenants.b

    response = a.http.post(
        f"/agents/{AGENT}/runs", data={"message": "intrusion", "stream": stream, "session_id": b.session_id}
    )

    assert response.status_code == 404, response.text
    assert_nothing_of(b, response)
    assert scripted.requests() == [], "the intruding run reached the model"
    assert_untouched(tenants, b)  # B's session holds exactly B's runs, unchanged


def test_member_cannot_run_in_another_workspaces_session_by_naming_its_user(
    tenants: Tenants, scripted: ScriptedModelServer
) -> None:
    a, b = tenants.a, tenants.b

    response = a.http.post(
        f"/agents/{AGENT}/runs",
        data={"message": "as B", "stream": "false", "session_id": b.session_id, "user_id": b.agno_user_id},
    )

    assert response.status_code == 404, response.text
    assert scripted.requests() == []
    assert_untouched(tenants, b)


def test_another_workspaces_member_sees_an_unchanged_run_count_after_the_intrusion(
    tenants: Tenants, scripted: ScriptedModelServer
) -> None:
    a, b = tenants.a, tenants.b
    a.http.post(f"/agents/{AGENT}/runs", data={"message": "intrusion", "stream": "false", "session_id": b.session_id})

    runs = b.http.get(f"/agents/{AGENT}/runs", params={"session_id": b.session_id})

    assert runs.status_code == 200, runs.text
    assert [run["run_id"] for run in runs.json()] == b.run_ids
    assert "intrusion" not in runs.text


@pytest.mark.parametrize("session", ["b-session", "a-session"])
def test_member_cannot_continue_another_workspaces_run(
    tenants: Tenants, scripted: ScriptedModelServer, session: str
) -> None:
    a, b = tenants.a, tenants.b
    session_id = a.session_id if session == "a-session" else b.session_id

    response = a.http.post(
        f"/agents/{AGENT}/runs/{b.run_ids[-1]}/continue",
        data={"session_id": session_id, "input": "continue as A", "stream": "false"},
    )

    assert response.status_code == 403, response.text  # continuing is the approval flow's, never a client's
    assert_nothing_of(b, response)
    assert scripted.requests() == []
    assert_untouched(tenants, b)


@pytest.mark.parametrize("session", ["b-session", "a-session"])
def test_member_cannot_reattach_to_another_workspaces_run_stream(tenants: Tenants, session: str) -> None:
    a, b = tenants.a, tenants.b
    session_id = a.session_id if session == "a-session" else b.session_id

    response = a.http.post(f"/agents/{AGENT}/runs/{b.run_ids[-1]}/resume", data={"session_id": session_id})

    assert response.status_code == 404, response.text
    assert_nothing_of(b, response)


def test_member_cannot_cancel_another_workspaces_run_through_its_own_session(tenants: Tenants) -> None:
    a, b = tenants.a, tenants.b

    response = a.http.post(f"/agents/{AGENT}/runs/{b.run_ids[-1]}/cancel", params={"session_id": a.session_id})

    assert response.status_code == 404, response.text
    assert_nothing_of(b, response)
    assert_untouched(tenants, b)


# -- every way of starting a run: another tenant's session id is "not found", never joined --------------

TEAM = "pm_team"


def _start(entry: str, http: httpx.Client, session_id: str, stream: bool, message: str = "intrusion") -> httpx.Response:
    """One run start through each entry point a client can use, naming `session_id`."""
    if entry == "web-team":  # the web app's onboarding route, for a business of the caller's own workspace
        business = http.headers["x-test-business"]
        body = {"message": message, "business_id": business, "session_id": session_id, "stream": stream}
        return http.post("/agents/validation/runs", json=body)
    kind, component = ("teams", TEAM) if entry.endswith("team") else ("agents", AGENT)
    if entry.startswith("bridge"):
        body = {"message": message, "sessionId": session_id, "stream": stream}
        return http.post(f"/bridge/v1/{kind}/{component}/runs", json=body)
    form = {"message": message, "stream": str(stream).lower(), "session_id": session_id}
    return http.post(f"/{kind}/{component}/runs", data=form)


RUN_ENTRIES = ["agno-agent", "agno-team", "bridge-agent", "bridge-team", "web-team"]


def _runs_in(db: sa.Engine, session_id: str) -> list[dict[str, Any]]:
    with db.connect() as conn:
        rows = conn.execute(sa.text(f"SELECT run_id, user_id, run_data::text AS data FROM {SCHEMA}.agno_runs "
                                    f"WHERE session_id = :id"), {"id": session_id}).mappings().all()
    return [dict(r) for r in rows]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
@pytest.mark.parametrize("entry", RUN_ENTRIES)
def test_no_entry_point_runs_in_another_workspaces_session(
    tenants: Tenants, scripted: ScriptedModelServer, entry: str, stream: bool
) -> None:
    a, b = tenants.a, tenants.b

    response = _start(entry, a.http, b.session_id, stream)

    assert response.status_code == 404, response.text
    assert_nothing_of(b, response)
    assert scripted.requests() == [], "the intruding run reached the model"
    assert_untouched(tenants, b)  # B's session holds exactly B's runs: nothing of A is replayed to B's model


@pytest.mark.parametrize("entry", RUN_ENTRIES)
def test_no_entry_point_runs_in_another_workspaces_session_of_another_type(
    tenants: Tenants, scripted: ScriptedModelServer, entry: str
) -> None:
    a, b = tenants.a, tenants.b
    team_session = f"b-team-session-{uuid.uuid4().hex}"
    owned = _start("agno-team", b.http, team_session, stream=False, message=f"team words {b.secret}")
    assert owned.status_code == 200, owned.text
    scripted.reset()

    response = _start(entry, a.http, team_session, stream=False)

    assert response.status_code == 404, response.text
    assert scripted.requests() == []
    assert {run["user_id"] for run in _runs_in(tenants.db, team_session)} == {b.agno_user_id}


@pytest.mark.parametrize("entry", RUN_ENTRIES)
def test_a_session_id_another_workspace_took_first_is_never_joined(
    tenants: Tenants, scripted: ScriptedModelServer, entry: str
) -> None:
    a, b = tenants.a, tenants.b
    squatted = f"squatted-{uuid.uuid4().hex}"
    taken = _start("bridge-agent", a.http, squatted, stream=False, message="squatting")
    assert taken.status_code == 200, taken.text

    response = _start(entry, b.http, squatted, stream=False, message=f"private words {b.secret}")

    assert response.status_code == 404, response.text
    runs = _runs_in(tenants.db, squatted)
    assert {run["user_id"] for run in runs} == {a.agno_user_id}, "B's run landed in the squatter's session"
    assert all(b.secret not in run["data"] for run in runs)
    assert b.secret not in a.http.get(f"/sessions/{squatted}/runs").text


# -- every way of reading a run: another tenant's run is "not found", alive or stored -------------------


def _bridge_reads(kind: str, component: str, run_id: str) -> list[str]:
    base = f"/bridge/v1/{kind}/{component}/runs/{run_id}"
    return [base, f"{base}/stream"]


def _assert_reads_look_absent(http: httpx.Client, victim: Seeded, kind: str, component: str, run_id: str) -> None:
    made_up = str(uuid.uuid4())
    for path, absent_path in zip(_bridge_reads(kind, component, run_id), _bridge_reads(kind, component, made_up), strict=False):
        response = http.get(path)
        absent = http.get(absent_path)
        assert response.status_code == 404, (path, response.text)
        # The same answer as for a run that does not exist: nothing tells "it exists, but is not yours".
        unrelated = ("correlationId",)  # each request's own id
        assert {k: v for k, v in response.json().items() if k not in unrelated} == \
            {k: v for k, v in absent.json().items() if k not in unrelated}, (response.text, absent.text)
        assert_nothing_of(victim, response)


@pytest.mark.parametrize("reader", ["member", "guest"])
def test_no_one_reads_another_workspaces_stored_run_through_the_bridge(tenants: Tenants, reader: str) -> None:
    a, b = tenants.a, tenants.b
    http = a.http if reader == "member" else tenants.a_guest

    _assert_reads_look_absent(http, b, "agents", AGENT, b.run_ids[-1])
    _assert_reads_look_absent(http, b, "teams", TEAM, b.run_ids[-1])
    assert b.http.get(_bridge_reads("agents", AGENT, b.run_ids[-1])[0]).status_code == 200  # it is there


@pytest.mark.parametrize("kind", ["agents", "teams"])
def test_no_one_reads_or_follows_another_workspaces_live_run(
    tenants: Tenants, scripted: ScriptedModelServer, kind: str
) -> None:
    a, b = tenants.a, tenants.b
    component = TEAM if kind == "teams" else AGENT
    scripted.state.chunk_delay_ms = 150  # the victim's run streams for a few seconds
    started = b.http.post(f"/bridge/v1/{kind}/{component}/runs",
                          json={"message": f"live words {b.secret} " * 3, "stream": True})
    assert started.status_code == 200, started.text
    run_id = started.json()["runId"]

    for http in (a.http, tenants.a_guest):
        _assert_reads_look_absent(http, b, kind, component, run_id)
        cancel = http.post(f"/{kind}/{component}/runs/{run_id}/cancel", params={"session_id": a.session_id})
        assert cancel.status_code in (403, 404), cancel.text
        resume = http.post(f"/{kind}/{component}/runs/{run_id}/resume", data={"session_id": a.session_id})
        assert resume.status_code in (403, 404), resume.text
        assert_nothing_of(b, resume)

    with b.http.stream("GET", f"/bridge/v1/{kind}/{component}/runs/{run_id}/stream") as own:
        assert own.status_code == 200
        events = [json.loads(line[6:]) for line in own.iter_lines() if line.startswith("data: ")]
    assert events[-1]["type"] == "end", events  # the owner follows its own run to the end


# -- switching workspaces is not a way in --------------------------------------------------------------


def test_member_cannot_switch_to_another_workspace_with_a_header(tenants: Tenants) -> None:
    a, b = tenants.a, tenants.b

    response = a.http.get(f"/agents/{AGENT}/runs", params={"session_id": b.session_id},
                          headers={"x-workspace-id": b.workspace_id})

    assert response.status_code == 403, response.text
    assert response.json()["error"]["code"] == "forbidden"
    assert_nothing_of(b, response)


def test_member_cannot_act_as_another_user_with_a_header(tenants: Tenants) -> None:
    a, b = tenants.a, tenants.b

    response = a.http.get(f"/agents/{AGENT}/runs", params={"session_id": b.session_id},
                          headers={"x-user-id": b.user_id, "x-workspace-id": a.workspace_id})

    assert response.status_code == 403, response.text
    assert_nothing_of(b, response)


# -- one person in two workspaces: two histories, two memory spaces -------------------------------------

DIRECTIONS = ["signed-in-to-a", "signed-in-to-b"]


def _me_and_other(tenants: Tenants, direction: str) -> tuple[Seeded, Seeded]:
    return (tenants.dual_a, tenants.dual_b) if direction == "signed-in-to-a" else (tenants.dual_b, tenants.dual_a)


@pytest.mark.parametrize("direction", DIRECTIONS)
def test_dual_member_cannot_reach_its_other_workspaces_runs(tenants: Tenants, direction: str) -> None:
    me, other = _me_and_other(tenants, direction)

    for path in (f"/agents/{AGENT}/runs?session_id={other.session_id}",
                 f"/agents/{AGENT}/runs/{other.run_ids[0]}?session_id={other.session_id}"):
        response = me.http.get(path)
        assert response.status_code == 404, (path, response.text)
        assert_nothing_of(other, response, with_user_id=False)
    assert me.http.get(f"/agents/{AGENT}/runs", params={"session_id": me.session_id}).status_code == 200


@pytest.mark.parametrize("direction", DIRECTIONS)
def test_dual_member_sees_only_the_active_workspaces_session(tenants: Tenants, direction: str) -> None:
    me, other = _me_and_other(tenants, direction)

    for path in (f"/sessions/{other.session_id}", f"/sessions/{other.session_id}/runs",
                 f"/sessions/{other.session_id}/runs/{other.run_ids[0]}"):
        response = me.http.get(path)
        assert response.status_code == 404, (path, response.text)
        assert_nothing_of(other, response, with_user_id=False)

    for params in ({"limit": 100}, {"user_id": other.agno_user_id}):
        listing = me.http.get("/sessions", params=params)
        listed = {item["session_id"] for item in _listed(me, listing)}
        assert me.session_id in listed
        assert other.session_id not in listed
        assert_nothing_of(other, listing, with_user_id=False)


@pytest.mark.parametrize("direction", DIRECTIONS)
def test_dual_member_sees_only_the_active_workspaces_memories(tenants: Tenants, direction: str) -> None:
    me, other = _me_and_other(tenants, direction)

    one = me.http.get(f"/memories/{other.memory_id}")
    assert one.status_code == 404, one.text
    assert_nothing_of(other, one, with_user_id=False)

    for params in ({"limit": 100}, {"user_id": other.agno_user_id}):
        listing = me.http.get("/memories", params=params)
        assert {item["memory_id"] for item in _listed(me, listing)} == {me.memory_id}
        assert_nothing_of(other, listing, with_user_id=False)

    topics = me.http.get("/memory_topics")
    assert topics.status_code == 200, topics.text
    assert me.topic in topics.json()
    assert other.topic not in topics.json()


@pytest.mark.parametrize("direction", DIRECTIONS)
def test_dual_members_agent_is_given_only_the_active_workspaces_memories(
    tenants: Tenants, scripted: ScriptedModelServer, direction: str
) -> None:
    me, other = _me_and_other(tenants, direction)

    # Sentinel (`approval`) keeps the user's memories, as HYVVE's does.
    run = me.http.post("/agents/approval/runs", data={"message": "what do you remember about me?", "stream": "false"})

    assert run.status_code == 200, run.text
    prompts = json.dumps([r["body"].get("messages") for r in scripted.requests()])
    assert me.memory_text in prompts  # agno puts the user's memories in the agent's context...
    assert other.memory_text not in prompts and other.secret not in prompts  # ...of this workspace only


@pytest.mark.parametrize("direction", DIRECTIONS)
def test_dual_member_cannot_write_into_its_other_workspace(
    tenants: Tenants, scripted: ScriptedModelServer, direction: str
) -> None:
    me, other = _me_and_other(tenants, direction)

    run = me.http.post(
        f"/agents/{AGENT}/runs", data={"message": "cross-workspace", "stream": "false", "session_id": other.session_id}
    )
    deleted_session = me.http.delete(f"/sessions/{other.session_id}")
    deleted_memory = me.http.delete(f"/memories/{other.memory_id}")

    assert_untouched(tenants, other)
    assert run.status_code == 404, run.text
    assert scripted.requests() == []
    assert deleted_session.status_code in (204, 404), deleted_session.text
    assert deleted_memory.status_code in (204, 404), deleted_memory.text


# -- routes agno cannot scope: operators only -----------------------------------------------------------


def _admin_routes() -> list[tuple[str, str]]:
    def dummy(match: re.Match[str]) -> str:
        return "dummy-" + match.group(1).replace("_", "-")

    routes = set()
    for rule in ROUTE_POLICY:
        if rule.access is Access.ADMIN:
            path = re.sub(r"\{(\w+)(?::\w+)?\}", dummy, rule.path)
            routes |= {(method, path) for method in rule.methods}
    return sorted(routes, key=lambda r: (r[1], r[0]))


ADMIN_ROUTES = _admin_routes()


def test_the_operator_only_matrix_covers_the_admin_rules_of_the_policy() -> None:
    assert len(ADMIN_ROUTES) >= 40
    for method, path in ADMIN_ROUTES:
        rule = find_rule(method, path)
        assert rule is not None and rule.access is Access.ADMIN, (method, path)


@pytest.mark.parametrize(("method", "path"), ADMIN_ROUTES, ids=[f"{m} {p}" for m, p in ADMIN_ROUTES])
def test_member_is_refused_routes_that_cannot_be_scoped(tenants: Tenants, method: str, path: str) -> None:
    a, b = tenants.a, tenants.b

    response = a.http.request(method, path, json={} if method in ("POST", "PUT", "PATCH") else None)

    assert response.status_code == 403, response.text
    assert response.json()["error"]["code"] == "forbidden"
    assert_nothing_of(b, response)


# -- the data is there: the admin sees both, and each owner still has everything -------------------------


def test_admin_key_sees_both_workspaces_sessions_and_memories(tenants: Tenants, admin: httpx.Client) -> None:
    for owner in tenants.everyone():
        one = admin.get(f"/sessions/{owner.session_id}")
        assert one.status_code == 200, one.text
        assert one.json()["user_id"] == owner.agno_user_id

        sessions = admin.get("/sessions", params={"user_id": owner.agno_user_id})
        assert sessions.status_code == 200, sessions.text
        assert owner.session_id in {item["session_id"] for item in sessions.json()["data"]}

        memories = admin.get("/memories", params={"user_id": owner.agno_user_id})
        assert memories.status_code == 200, memories.text
        assert owner.memory_id in {item["memory_id"] for item in memories.json()["data"]}

    everything = admin.get("/sessions", params={"limit": 1000})
    assert everything.status_code == 200, everything.text
    listed = {item["session_id"] for item in everything.json()["data"]}
    assert {owner.session_id for owner in tenants.everyone()} <= listed


@pytest.mark.parametrize("who", ["b", "a", "dual_a", "dual_b"])
def test_after_every_attack_each_owner_still_has_its_session_runs_and_memory(tenants: Tenants, who: str) -> None:
    owner: Seeded = getattr(tenants, who)
    assert_untouched(tenants, owner)

    session = owner.http.get(f"/sessions/{owner.session_id}")
    assert session.status_code == 200, session.text
    assert session.json()["user_id"] == owner.agno_user_id
    runs = owner.http.get(f"/sessions/{owner.session_id}/runs")
    assert runs.status_code == 200, runs.text
    assert [run["run_id"] for run in runs.json()] == owner.run_ids
    memory = owner.http.get(f"/memories/{owner.memory_id}")
    assert memory.status_code == 200, memory.text
    assert memory.json()["memory"] == owner.memory_text
    assert memory.json()["topics"] == [owner.topic]
