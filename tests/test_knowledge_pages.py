"""HYVVE's own KB pages in agents' knowledge search: written into HYVVE's tables as HYVVE's Node side writes them,
found by the workspace's agents and POST /knowledge/query (full text, and by vector with the workspace's OpenAI
key), fused with uploaded documents into one ranking, and never found from another workspace or once deleted."""

from __future__ import annotations

import base64
import json
import random
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from agents.devtools.scripted_model import _embed
from agents.knowledge.hyvve_pages import HyvvePages
from agents.providers.crypto import KeyCipher
from tests.conftest import MASTER_KEY
from tests.harness import ServiceProcess
from tests.node_side import NodeSide, Workspace
from tests.test_knowledge import add_text, marker, member, query, wait_indexed


def kb_page(db: sa.Engine, workspace: Workspace, title: str, text: str, **columns: Any) -> str:
    """A `knowledge_pages` row as HYVVE's PagesService.create writes it (tenant = workspace, Tiptap JSON content
    and its plain text); `columns` overrides (deleted_at, is_template)."""
    page_id = str(uuid.uuid4())
    now = datetime.now(UTC).replace(tzinfo=None)
    content = {"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "text", "text": text}]}]}
    owner = (workspace.members.get("owner") or next(iter(workspace.members.values()))).user_id
    row = {"id": page_id, "tenant_id": workspace.id, "workspace_id": workspace.id, "title": title,
           "slug": f"{title.lower().replace(' ', '-')}-{page_id[:8]}", "content": json.dumps(content),
           "content_text": text, "owner_id": owner, "updated_at": now, **columns}
    values = ", ".join("CAST(:content AS jsonb)" if n == "content" else f":{n}" for n in row)
    with db.begin() as conn:
        conn.execute(sa.text(f"INSERT INTO knowledge_pages ({', '.join(row)}) VALUES ({values})"), row)
    return page_id


def page_chunk(db: sa.Engine, page_id: str, chunk_text: str, vector: list[float],
               model: str | None = None) -> None:
    """A `page_embeddings` row as HYVVE's embeddings worker writes it (model: the column's default)."""
    with db.begin() as conn:
        conn.execute(
            sa.text("INSERT INTO page_embeddings (id, page_id, chunk_index, chunk_text, embedding"
                    + (", embedding_model" if model else "") + ") VALUES (:id, :page, 0, :chunk, CAST(:vector AS vector)"
                    + (", :model" if model else "") + ")"),
            {"id": str(uuid.uuid4()), "page": page_id, "chunk": chunk_text, "vector": str(vector).replace(" ", ""),
             "model": model},
        )


def pages_of(hits: list[dict[str, Any]]) -> list[str]:
    return [h["page_id"] for h in hits if h["source"] == "hyvve_kb_page"]


def ask_agent(http: Any, agent: str, words: str, filters: dict[str, Any] | None = None) -> dict[str, Any]:
    data = {"message": f"call search_knowledge_base {json.dumps({'query': words})}", "stream": "false"}
    if filters is not None:
        data["knowledge_filters"] = json.dumps(filters)
    run = http.post(f"/agents/{agent}/runs", data=data).json()
    assert run["status"] == "COMPLETED", run
    return run


def test_a_kb_page_is_found_by_its_workspace_and_by_no_other(
    service: ServiceProcess, node: NodeSide, db: sa.Engine, scripted
) -> None:
    a, b = node.workspace(roles=("owner", "member")), node.workspace(roles=("owner", "member"))
    word = marker()
    page = kb_page(db, a, "Warehouse access", f"The warehouse alarm code is {word}. Ask Ines for a badge.")
    kb_page(db, b, "B's own page", f"B keeps its own notes about {word[:4]} here.")
    with member(service, a) as http_a:
        hits = query(http_a, f"warehouse alarm {word}")
        assert hits and hits[0]["source"] == "hyvve_kb_page" and hits[0]["page_id"] == page, hits
        assert hits[0]["title"] == "Warehouse access" and hits[0]["document_id"] is None
        assert f"alarm code is {word}" in hits[0]["content"]

        run = ask_agent(http_a, "scribe", f"alarm code {word}")
        assert f"alarm code is {word}" in run["content"] and "Warehouse access" in run["content"]
        assert "hyvve_kb_page" in run["content"] and page in run["content"]

    # B, even naming A's workspace or page in its filters, never gets A's page: not by query, not by its agents.
    with member(service, b) as http_b:
        assert pages_of(query(http_b, f"notes {word[:4]}"))  # B's search works: it finds B's own page
        for filters in (None, {"workspace_id": a.id}, {"page_id": page}, {"source": "hyvve_kb_page"}):
            hits = query(http_b, f"warehouse alarm {word}", filters=filters)
            assert page not in pages_of(hits) and all(word not in h["content"] for h in hits), filters
        for filters in ({"workspace_id": a.id}, {"page_id": page}, {}):
            run = ask_agent(http_b, "scribe", f"alarm code {word}", filters)
            assert word not in run["content"] and "alarm code" not in run["content"], filters
    for request in scripted.requests():
        if request["path"].endswith("/chat/completions") and b.id in json.dumps(request["body"]):
            assert "alarm code is" not in json.dumps(request["body"]), "workspace B's model saw workspace A's page"


def test_a_deleted_page_and_a_template_are_not_found(service: ServiceProcess, node: NodeSide, db: sa.Engine) -> None:
    ws = node.workspace(roles=("owner", "member"))
    word = marker()
    now = datetime.now(UTC).replace(tzinfo=None)
    deleted = kb_page(db, ws, "Old pricing", f"Old price list {word}", deleted_at=now)
    template = kb_page(db, ws, "Meeting template", f"Template for meetings {word}", is_template=True)
    live = kb_page(db, ws, "Current pricing", f"Current price list {word}")
    with member(service, ws) as http:
        assert pages_of(query(http, word)) == [live]
        assert word not in ask_agent(http, "scribe", f"Old price list {word}")["content"].replace(
            f"Current price list {word}", "")

        with db.begin() as conn:  # HYVVE's restore (POST /kb/pages/:id/restore) and delete
            conn.execute(sa.text("UPDATE knowledge_pages SET deleted_at = NULL WHERE id = :id"), {"id": deleted})
            conn.execute(sa.text("UPDATE knowledge_pages SET deleted_at = now() WHERE id = :id"), {"id": live})
        assert pages_of(query(http, word)) == [deleted]
        assert template not in pages_of(query(http, f"Template for meetings {word}"))


def test_pages_and_documents_are_one_ranking(service: ServiceProcess, node: NodeSide, db: sa.Engine) -> None:
    ws = node.workspace(roles=("member",))
    word = marker()
    with member(service, ws) as http:
        documents = [add_text(http, f"Shipping note {i}: parcels leave on {day}. {word}", name=f"Note {i}").json()
                     for i, day in enumerate(("Monday", "Friday"))]
        for document in documents:
            wait_indexed(http, document["id"])
        pages = [kb_page(db, ws, f"Shipping page {i}", f"Shipping page {i}: couriers {word} {word} twice.")
                 for i in range(3)]

        merged = query(http, f"shipping {word}", limit=4)
        only_documents = query(http, f"shipping {word}", limit=4, filters={"source": "document"})
        only_pages = query(http, f"shipping {word}", limit=4, filters={"source": "hyvve_kb_page"})

    assert {h["source"] for h in merged} == {"document", "hyvve_kb_page"}
    assert {h["document_id"] for h in only_documents} == {d["id"] for d in documents}
    assert set(pages_of(only_pages)) == set(pages) and {h["source"] for h in only_pages} == {"hyvve_kb_page"}
    # One ranking: the best four of both sources together, by the same fused score.
    scores = [h["score"] for h in merged]
    assert scores == sorted(scores, reverse=True) and len(merged) == 4
    best = sorted(only_documents + only_pages, key=lambda h: h["score"], reverse=True)[:4]
    assert sorted(scores) == sorted(h["score"] for h in best)
    assert all(h in only_documents + only_pages for h in merged)


def test_pages_are_searched_by_vector_with_the_workspaces_own_openai_key(
    service: ServiceProcess, node: NodeSide, db: sa.Engine, scripted
) -> None:
    words = f"how do couriers reach us {marker()}"
    matching = _embed(words, 1536)  # the chunk HYVVE embedded is the query's nearest neighbour
    with_key, without_key = node.workspace(roles=("owner", "member")), node.workspace(roles=("owner", "member"))
    cipher = KeyCipher(base64.b64decode(MASTER_KEY))
    node.provider(with_key.id, "openai", cipher.encrypt(f"sk-ws-{uuid.uuid4().hex}"), "gpt-4o-mini")
    pages = {}
    for ws in (with_key, without_key):
        pages[ws.id] = kb_page(db, ws, "Deliveries", "Use the back gate on Rua Augusta after nine.")
        page_chunk(db, pages[ws.id], "Use the back gate on Rua Augusta after nine.", matching)
    other_model = kb_page(db, with_key, "Deliveries (ada)", "Loading dock B, ring twice.")
    page_chunk(db, other_model, "Loading dock B, ring twice.", matching, model="text-embedding-ada-002")

    with member(service, with_key) as http:
        hits = query(http, words)
        assert pages_of(hits)[:1] == [pages[with_key.id]], hits
        assert hits[0]["content"] == "Use the back gate on Rua Augusta after nine."  # the chunk that matched
        assert other_model not in pages_of(hits)  # another model's vectors are not compared with ours
        assert "back gate" in ask_agent(http, "scribe", words)["content"]
    with member(service, without_key) as http:  # local embedder: pages are searched by their words only
        assert pages_of(query(http, words)) == []


def test_a_page_search_is_one_statement_on_hyvves_full_text_index(service: ServiceProcess, database_url: str,
                                                                   db: sa.Engine) -> None:
    engine = sa.create_engine(database_url)
    workspace_id, other = f"kbbench-{uuid.uuid4().hex[:8]}", f"kbbench-{uuid.uuid4().hex[:8]}"
    rows = """
        INSERT INTO knowledge_pages (id, tenant_id, workspace_id, title, slug, content, content_text, owner_id, updated_at)
        SELECT :ws || '-' || g, :ws, :ws, 'Page ' || g, 'page-' || g, '{}'::jsonb,
               'Notes on topic ' || g || ' with words ' || md5(g::text) || ' ' || repeat('filler text ', 150)
               || CASE WHEN g % 500 = 0 THEN ' widgets' ELSE '' END,
               'owner', now()
        FROM generate_series(1, :n) AS g"""
    chunks = """
        INSERT INTO page_embeddings (id, page_id, chunk_index, chunk_text, embedding)
        SELECT p.id || '-' || c, p.id, c, 'chunk',
               (SELECT array_agg(random() - 0.5)::vector(1536) FROM generate_series(1, 1536) WHERE c >= 0)
        FROM knowledge_pages p, generate_series(0, 2) AS c WHERE p.workspace_id = :ws"""
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(rows), {"ws": workspace_id, "n": 5_000})
            conn.execute(sa.text(rows), {"ws": other, "n": 5_000})
            conn.execute(sa.text(chunks), {"ws": workspace_id})
            conn.execute(sa.text("ANALYZE knowledge_pages; ANALYZE page_embeddings"))
        pages = HyvvePages(engine, "text-embedding-3-small")
        probe = [random.gauss(0, 1) for _ in range(1536)]

        text_plan = pages.explain(workspace_id, "widgets", None)
        started = time.perf_counter()
        text_hits = pages.search(workspace_id, "widgets", None, 5)
        text_ms = (time.perf_counter() - started) * 1000
        hybrid_plan = pages.explain(workspace_id, "widgets", probe)
        started = time.perf_counter()
        hybrid_hits = pages.search(workspace_id, "widgets", probe, 5)
        hybrid_ms = (time.perf_counter() - started) * 1000
        print(f"\nKB pages, 5,000 per workspace (3 chunks each): full text {text_ms:.1f} ms, hybrid {hybrid_ms:.1f} ms")

        assert "knowledge_pages_content_text_fts_idx" in text_plan, text_plan
        assert "knowledge_pages_content_text_fts_idx" in hybrid_plan, hybrid_plan
        assert [h.document_id for h in text_hits] and all(h.document_id.startswith(workspace_id) for h in text_hits)
        assert len(text_hits) == 5
        assert len(hybrid_hits) == 5 and all(h.document_id.startswith(workspace_id) for h in hybrid_hits)
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM knowledge_pages WHERE workspace_id IN (:a, :b)"),
                         {"a": workspace_id, "b": other})
        engine.dispose()
