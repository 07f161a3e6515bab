"""Scribe's approved note: a HYVVE KB page only through HYVVE's own route, or our knowledge base in local mode.

HYVVE creates KB pages at `POST /kb/pages` for a member's own session (AuthGuard); an approved action runs after
the decision, when the service holds only its service token (agents/hyvve_api.py). So with HYVVE_API_URL set the
approved note is refused with a clear message and nothing is sent or saved; without it the note is saved here.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from tests.harness import ServiceProcess, fresh_database
from tests.node_side import NestJsServer, NodeSide, Workspace, create_hyvve_tables
from tests.test_approvals import item_for_run, wait_for_run
from tests.test_knowledge import query, wait_indexed


def _member(service: ServiceProcess, workspace: Workspace, role: str = "member") -> httpx.Client:
    return service.client(headers={"authorization": f"Bearer {workspace[role].session_token}"})


def _note(word: str) -> dict[str, str]:
    return {"title": "Supplier", "content": f"Our flour supplier is Moinho {word}."}


def _save_and_approve(
    service: ServiceProcess, db: sa.Engine, workspace: Workspace, word: str, before_decision: Any = None
) -> dict:
    note = {**_note(word), "reason": "asked", "confidence": 90}
    with _member(service, workspace) as http:
        run = http.post("/agents/scribe/runs", data={
            "message": f"call save_to_knowledge {json.dumps(note)}", "stream": "false"}).json()
        assert run["status"] == "PAUSED", run
        item = item_for_run(db, run["run_id"])
        if before_decision is not None:
            before_decision(run)
        assert item["preview_data"]["toolName"] == "save_to_knowledge"
        assert http.get("/knowledge/documents").json()["total"] == 0  # nothing saved before the decision
    with _member(service, workspace, "owner") as owner:
        decided = owner.post(f"/approval-items/{item['id']}/resolve", json={"decision": "approve"})
        assert decided.status_code == 200, decided.text
    with _member(service, workspace) as http:
        return wait_for_run(http, run, component="agents/scribe")


def test_with_hyvve_an_approved_note_is_refused_because_hyvve_takes_kb_pages_only_from_a_member_session(
    service: ServiceProcess, node: NodeSide, db: sa.Engine, nestjs: NestJsServer, scripted
) -> None:
    workspace = node.workspace(roles=("owner", "member"))
    word = "zq" + uuid.uuid4().hex[:10]

    done = _save_and_approve(service, db, workspace, word)

    assert "was not carried out" in done["content"] and "POST /kb/pages" in done["content"]
    assert "member's own session" in done["content"]
    assert nestjs.actions_for(word) == []  # no credential HYVVE would refuse was tried, nothing was faked
    with _member(service, workspace) as http:
        assert http.get("/knowledge/documents").json()["total"] == 0  # not quietly kept here instead
    with db.connect() as conn:
        states = conn.execute(sa.text("SELECT state FROM ai.agentos_actions WHERE run_id = :r"),
                              {"r": done["run_id"]}).scalars().all()
    assert states == ["refused"]


def test_an_action_left_started_by_a_dead_process_is_taken_over_and_finished_once(
    service: ServiceProcess, node: NodeSide, db: sa.Engine, nestjs: NestJsServer, scripted
) -> None:
    workspace = node.workspace(roles=("owner", "member"))
    word = "zq" + uuid.uuid4().hex[:10]

    def dead_process_claimed_it(run: dict) -> None:  # its lease ran out: the process that claimed it is gone
        key = hashlib.sha256(json.dumps([run["run_id"], "save_to_knowledge", _note(word)], sort_keys=True).encode())
        with db.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO ai.agentos_actions (action_key, workspace_id, run_id, tool_name, arguments, state, "
                "lease_owner, lease_until) VALUES (:k, :ws, :r, 'save_to_knowledge', CAST(:a AS jsonb), 'started', "
                "'dead-replica:1', now() - interval '1 minute')"),
                {"k": key.hexdigest(), "ws": workspace.id, "r": run["run_id"], "a": json.dumps(_note(word))})

    done = _save_and_approve(service, db, workspace, word, before_decision=dead_process_claimed_it)

    assert "was not carried out" in done["content"] and "POST /kb/pages" in done["content"]
    with db.connect() as conn:
        rows = conn.execute(sa.text("SELECT state, lease_owner FROM ai.agentos_actions WHERE run_id = :r"),
                            {"r": done["run_id"]}).all()
    assert len(rows) == 1 and rows[0].state == "refused" and rows[0].lease_owner != "dead-replica:1"
    assert nestjs.actions_for(word) == []


def test_the_stand_in_kb_page_route_takes_a_member_session_and_refuses_the_service_token(
    node: NodeSide, nestjs: NestJsServer
) -> None:
    # The stand-in answers as HYVVE's guards and DTO do, so a tool sending the wrong credential or body would fail.
    workspace = node.workspace(roles=("member", "viewer"))
    page = {"workspaceId": workspace.id, "title": "Hours", "content": {"type": "doc", "content": []}}

    def create(token: str, body: dict) -> httpx.Response:
        return httpx.post(f"{nestjs.url}/kb/pages", json=body, headers={"authorization": f"Bearer {token}"})

    assert create(workspace["member"].session_token, page).status_code == 201
    assert create("the-service-token", page).status_code == 401
    assert create(workspace["viewer"].session_token, page).status_code == 403
    assert create(workspace["member"].session_token, {**page, "tags": ["x"]}).status_code == 400
    assert httpx.post(f"{nestjs.url}/api/agent-actions", json={}).status_code == 404


@pytest.fixture
def local_mode(service_env: dict[str, str], pg_server_url: str) -> Iterator[tuple[ServiceProcess, sa.Engine]]:
    # Its own database: the shared service's continuation worker must not pick up these runs, nor this one theirs.
    with fresh_database(pg_server_url) as database_url:
        db = sa.create_engine(database_url)
        create_hyvve_tables(db)
        env = {k: v for k, v in service_env.items() if k != "HYVVE_API_URL"} | {"DATABASE_URL": database_url}
        try:
            with ServiceProcess(env) as process:
                yield process, db
        finally:
            db.dispose()


def test_in_local_mode_an_approved_note_goes_into_this_service_s_knowledge_base(
    local_mode: tuple[ServiceProcess, sa.Engine], scripted
) -> None:
    service, db = local_mode
    workspace = NodeSide(db).workspace(roles=("owner", "member"))
    word = "zq" + uuid.uuid4().hex[:10]

    done = _save_and_approve(service, db, workspace, word)

    assert "Saved 'Supplier' to the knowledge base" in done["content"]
    with _member(service, workspace) as http:
        documents = http.get("/knowledge/documents").json()["data"]
        assert [d["name"] for d in documents] == ["Supplier"]
        wait_indexed(http, documents[0]["id"])
        assert query(http, word)[0]["document_id"] == documents[0]["id"]
