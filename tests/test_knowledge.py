"""Workspace knowledge: ingestion (text, markdown, PDF, URL) with status, dedupe and deletion; hybrid search
that never leaves the caller's workspace, through the API and through agents; the HNSW index in use."""

from __future__ import annotations

import contextlib
import json
import random
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from agents.knowledge.sources import SourceError, fetch_url
from agents.knowledge.store import EXACT_MAX_CHUNKS, WorkspaceVectors
from agents.providers.crypto import KeyCipher
from tests.harness import ServiceProcess
from tests.node_side import NodeSide, Workspace


def marker() -> str:
    return "zq" + uuid.uuid4().hex[:10]  # one token no other document contains


def member(service: ServiceProcess, workspace: Workspace, role: str = "member") -> httpx.Client:
    return service.client(headers={"authorization": f"Bearer {workspace[role].session_token}"})


def add_text(http: httpx.Client, content: str, kind: str = "text", **extra: Any) -> httpx.Response:
    return http.post("/knowledge/documents", json={"type": kind, "content": content, **extra})


def wait_indexed(http: httpx.Client, document_id: str, status: str = "completed", timeout: float = 90) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    current: dict[str, Any] = {}
    while time.monotonic() < deadline:
        current = http.get(f"/knowledge/documents/{document_id}").json()
        if current.get("status") == status:
            return current
        if current.get("status") == "failed" and status != "failed":
            break
        time.sleep(0.2)
    raise AssertionError(f"document {document_id} is {current.get('status')}, not {status}: {current}")


def query(http: httpx.Client, text: str, **extra: Any) -> list[dict[str, Any]]:
    response = http.post("/knowledge/query", json={"query": text, **extra})
    assert response.status_code == 200, response.text
    return response.json()["data"]


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with `text` in Helvetica, offsets computed: what a real PDF library reads."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@pytest.fixture(scope="module")
def two_workspaces(node: NodeSide) -> tuple[Workspace, Workspace]:
    return node.workspace(), node.workspace()


@pytest.fixture(scope="module")
def web_page() -> Iterator[dict[str, Any]]:
    """A small web server: the pages a URL ingestion fetches."""
    pages: dict[str, tuple[str, bytes]] = {}
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            requests.append(self.path)
            content_type, body = pages.get(self.path, ("text/plain", b""))
            self.send_response(200 if self.path in pages else 404)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield {"pages": pages, "requests": requests, "url": f"http://127.0.0.1:{server.server_address[1]}"}
    server.shutdown()


# -- ingestion ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["text", "markdown", "pdf", "url"])
def test_each_kind_of_document_is_ingested_and_found(
    service: ServiceProcess, two_workspaces: tuple[Workspace, Workspace], web_page: dict[str, Any], kind: str
) -> None:
    a, _ = two_workspaces
    word = marker()
    with member(service, a) as http:
        if kind == "text":
            response = add_text(http, f"Our refund window is 30 days. Code {word}.", name="Refunds")
        elif kind == "markdown":
            response = add_text(http, f"# Pricing\n\n## Plans\n\nThe pro plan costs 49 dollars. Code {word}.", "markdown")
        elif kind == "pdf":
            pdf = minimal_pdf(f"Shipping takes 3 days {word}")
            response = http.post("/knowledge/documents", files={"file": ("handbook.pdf", pdf, "application/pdf")})
        else:
            web_page["pages"][f"/{word}.html"] = (
                "text/html", f"<html><head><script>var x='{marker()}'</script></head><body><h1>About</h1>"
                             f"<p>We roast coffee in Lisbon. Code {word}.</p></body></html>".encode())
            response = http.post("/knowledge/documents", json={"type": "url", "url": f"{web_page['url']}/{word}.html"})
        assert response.status_code == 202, response.text
        document = response.json()
        assert document["status"] in ("pending", "processing", "completed")
        assert document["source_type"] == kind

        indexed = wait_indexed(http, document["id"])

        assert indexed["chunk_count"] >= 1 and indexed["embedder"] == "local-minilm"
        hits = query(http, word)
        assert hits and hits[0]["document_id"] == document["id"] and word in hits[0]["content"]
        assert "<script>" not in hits[0]["content"]


def test_semantic_search_finds_a_document_by_meaning(service: ServiceProcess, node: NodeSide) -> None:
    ws = node.workspace(roles=("member",))
    with member(service, ws) as http:
        about_refunds = add_text(http, "Customers can return any product within thirty days for their money back.").json()
        add_text(http, "Our bakery opens at seven in the morning and bakes sourdough bread daily.")
        wait_indexed(http, about_refunds["id"])
        time.sleep(0.5)

        hits = query(http, "what is the policy for reimbursing a purchase?", limit=1)  # no word in common

        assert hits[0]["document_id"] == about_refunds["id"]


def test_search_scores_are_normalised_with_one_for_first_by_meaning_and_keywords(
    service: ServiceProcess, node: NodeSide
) -> None:
    ws = node.workspace(roles=("member",))
    with member(service, ws) as http:
        candles = add_text(http, "Customers may return a candle within thirty days.").json()
        add_text(http, "Our bakery opens at seven in the morning and bakes sourdough bread daily.")
        wait_indexed(http, candles["id"])
        time.sleep(0.5)

        hits = query(http, "return a candle")

    assert hits[0]["document_id"] == candles["id"]
    assert hits[0]["score"] == pytest.approx(1.0)  # first by meaning and by keywords
    assert all(0 < hit["score"] <= 1 for hit in hits)


def test_the_same_content_twice_is_one_document(
    service: ServiceProcess, two_workspaces: tuple[Workspace, Workspace], db: sa.Engine
) -> None:
    a, b = two_workspaces
    content = f"Opening hours are 9 to 5. {marker()}"
    with member(service, a) as http:
        first = add_text(http, content, name="Hours")
        indexed = wait_indexed(http, first.json()["id"])
        again = add_text(http, content, name="Hours (again)")

        assert first.status_code == 202
        assert again.status_code == 200, again.text
        assert again.json()["id"] == first.json()["id"] and again.json()["duplicate"] is True
        listed = [d for d in http.get("/knowledge/documents", params={"limit": 200}).json()["data"]
                  if d["content_sha256"] == first.json()["content_sha256"]]
        assert len(listed) == 1
    with db.connect() as conn:
        chunks = conn.execute(sa.text("SELECT count(*) FROM ai.knowledge_local_minilm WHERE content_id = :d"),
                              {"d": first.json()["id"]}).scalar()
    assert chunks == indexed["chunk_count"] >= 1
    # Another workspace adding the same content gets its own document.
    with member(service, b) as http:
        other = add_text(http, content)
        assert other.status_code == 202 and other.json()["id"] != first.json()["id"]


def test_deleting_a_document_removes_every_chunk(service: ServiceProcess, node: NodeSide, db: sa.Engine) -> None:
    ws = node.workspace(roles=("member",))
    word = marker()
    with member(service, ws) as http:
        document = add_text(http, ("Paragraph about logistics. " * 60 + f"{word}\n\n") * 5).json()
        assert wait_indexed(http, document["id"])["chunk_count"] > 1

        assert http.delete(f"/knowledge/documents/{document['id']}").status_code == 204

        assert http.get(f"/knowledge/documents/{document['id']}").status_code == 404
        assert query(http, word) == []
        assert http.delete(f"/knowledge/documents/{document['id']}").status_code == 404
    with db.connect() as conn:
        left = conn.execute(sa.text("SELECT count(*) FROM ai.knowledge_local_minilm WHERE content_id = :d"),
                            {"d": document["id"]}).scalar()
    assert left == 0


def test_a_document_that_cannot_be_read_fails_with_a_reason(service: ServiceProcess, node: NodeSide) -> None:
    ws = node.workspace(roles=("member",))
    with member(service, ws) as http:
        response = http.post("/knowledge/documents", files={"file": ("fake.pdf", b"this is not a pdf", "application/pdf")})
        assert response.status_code == 202

        failed = wait_indexed(http, response.json()["id"], status="failed")

        assert failed["error"] == "The file is not a PDF"


@pytest.mark.parametrize(
    "request_kwargs, status, code",
    [
        ({"content": b"plain", "headers": {"content-type": "text/plain"}}, 415, "unsupported_media_type"),
        ({"json": {"type": "text"}}, 422, "invalid_document"),
        ({"json": {"type": "video", "content": "x"}}, 422, "invalid_document"),
        ({"json": {"type": "url", "url": "file:///etc/passwd"}}, 400, "url_not_allowed"),
        ({"files": {"file": ("a.exe", b"MZ", "application/octet-stream")}}, 415, "unsupported_document_type"),
    ],
)
def test_bad_documents_are_refused_with_a_clear_error(
    service: ServiceProcess, two_workspaces: tuple[Workspace, Workspace], request_kwargs: dict, status: int, code: str
) -> None:
    with member(service, two_workspaces[0]) as http:
        response = http.post("/knowledge/documents", **request_kwargs)
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code


def test_viewers_search_but_cannot_change_the_knowledge_base(
    service: ServiceProcess, two_workspaces: tuple[Workspace, Workspace], anonymous: httpx.Client
) -> None:
    a, _ = two_workspaces
    with member(service, a, "viewer") as viewer:
        assert viewer.post("/knowledge/query", json={"query": "anything"}).status_code == 200
        assert add_text(viewer, "a viewer's note").status_code == 403
    assert anonymous.get("/knowledge/documents").status_code == 401


# -- tenancy ------------------------------------------------------------------------------------------


def test_another_workspace_never_reaches_a_document(
    service: ServiceProcess, two_workspaces: tuple[Workspace, Workspace]
) -> None:
    a, b = two_workspaces
    word = marker()
    with member(service, a) as http_a:
        document = add_text(http_a, f"Supplier contract terms: net 60. {word}").json()
        wait_indexed(http_a, document["id"])
        assert query(http_a, word)
    with member(service, b, "owner") as http_b:
        add_text(http_b, f"B's own note: {marker()}")  # B has documents of its own: its searches return hits
        for filters in (None, {"workspace_id": a.id}, {"document_id": document["id"]}):
            hits = query(http_b, word, filters=filters)
            assert all(h["document_id"] != document["id"] and word not in h["content"] for h in hits), filters
        assert http_b.get(f"/knowledge/documents/{document['id']}").status_code == 404
        assert http_b.delete(f"/knowledge/documents/{document['id']}").status_code == 404
        assert all(d["id"] != document["id"] for d in http_b.get("/knowledge/documents").json()["data"])
    with member(service, a) as http_a:
        assert http_a.get(f"/knowledge/documents/{document['id']}").json()["status"] == "completed"


def test_agents_search_only_their_own_workspace(
    service: ServiceProcess, two_workspaces: tuple[Workspace, Workspace], scripted
) -> None:
    a, b = two_workspaces
    word = marker()
    with member(service, a) as http_a:
        wait_indexed(http_a, add_text(http_a, f"The warehouse door code is {word}.").json()["id"])
        found = http_a.post("/agents/scribe/runs", data={
            "message": f'call search_knowledge_base {json.dumps({"query": word})}', "stream": "false"}).json()
    assert found["status"] == "COMPLETED" and f"door code is {word}" in found["content"]

    # B's agent, asking with filters that name A's workspace and document, gets nothing of A's.
    with member(service, b) as http_b:
        for filters in ({"workspace_id": a.id}, {}):
            run = http_b.post("/agents/scribe/runs", data={
                "message": f'call search_knowledge_base {json.dumps({"query": word})}', "stream": "false",
                "knowledge_filters": json.dumps(filters)}).json()
            assert run["status"] == "COMPLETED", run
            assert word not in run["content"] and "door code" not in run["content"]
    for request in scripted.requests():
        if request["authorization"] and request["path"].endswith("/chat/completions"):
            messages = json.dumps(request["body"].get("messages", []))
            if a.id not in messages and "door code" in messages:
                raise AssertionError("workspace B's model saw workspace A's document")


def test_a_workspace_with_its_own_openai_key_embeds_with_it(
    service: ServiceProcess, node: NodeSide, db: sa.Engine, scripted
) -> None:
    import base64

    from tests.conftest import MASTER_KEY

    ws = node.workspace(roles=("member",))
    workspace_key = f"sk-ws-{uuid.uuid4().hex}"
    node.provider(ws.id, "openai", KeyCipher(base64.b64decode(MASTER_KEY)).encrypt(workspace_key), "gpt-4o-mini")
    word = marker()
    with member(service, ws) as http:
        document = add_text(http, f"Delivery radius is 12 km. {word}").json()

        indexed = wait_indexed(http, document["id"])

        assert indexed["embedder"] == "openai-3-small"
        assert query(http, word)[0]["document_id"] == document["id"]
    embedding_calls = [r for r in scripted.requests() if r["path"].endswith("/embeddings")]
    assert embedding_calls and all(r["authorization"] == f"Bearer {workspace_key}" for r in embedding_calls)
    # Metered on the workspace's key: the indexing once, then the search's query embedding.
    with db.connect() as conn:
        usage = conn.execute(sa.text("SELECT agent_id, model, prompt_tokens, total_tokens FROM token_usage "
                                     "WHERE workspace_id = :ws ORDER BY created_at"), {"ws": ws.id}).all()
        used_today = conn.execute(sa.text("SELECT tokens_used_today FROM ai_provider_configs WHERE workspace_id = :ws"),
                                  {"ws": ws.id}).scalar_one()
    indexed_words, query_words = len(f"Delivery radius is 12 km. {word}".split()), 1
    assert [(u.agent_id, u.model, u.prompt_tokens) for u in usage] == [
        ("knowledge", "text-embedding-3-small", indexed_words), ("knowledge", "text-embedding-3-small", query_words)]
    assert used_today == indexed_words + query_words


def test_a_document_waits_while_the_workspaces_own_key_has_used_its_daily_budget(
    service: ServiceProcess, node: NodeSide, db: sa.Engine, scripted
) -> None:
    import base64

    from tests.conftest import MASTER_KEY

    ws = node.workspace(roles=("member",))
    workspace_key = f"sk-ws-{uuid.uuid4().hex}"
    config_id = node.provider(ws.id, "openai", KeyCipher(base64.b64decode(MASTER_KEY)).encrypt(workspace_key),
                              "gpt-4o-mini", max_tokens_per_day=1000)
    with db.begin() as conn:  # the day's budget is spent (runs on this key are refused too)
        conn.execute(sa.text("UPDATE ai_provider_configs SET tokens_used_today = 1000 WHERE id = :id"), {"id": config_id})
    word = marker()
    with member(service, ws) as http:
        document = add_text(http, f"Opening hours are 8 to 18. {word}").json()
        waiting: dict[str, Any] = {}
        deadline = time.monotonic() + 30
        while not (waiting.get("error") or "").startswith("Waiting") and time.monotonic() < deadline:
            time.sleep(0.2)
            waiting = http.get(f"/knowledge/documents/{document['id']}").json()
        assert waiting["status"] == "pending" and "daily openai token limit" in waiting["error"], waiting
        time.sleep(2.5)  # it looks again every second (KNOWLEDGE_BUDGET_WAIT_SECONDS): it keeps waiting
        assert http.get(f"/knowledge/documents/{document['id']}").json()["status"] == "pending"
        assert not [r for r in scripted.requests() if r["authorization"] == f"Bearer {workspace_key}"]

        with db.begin() as conn:  # HYVVE's daily reset
            conn.execute(sa.text("UPDATE ai_provider_configs SET tokens_used_today = 0 WHERE id = :id"), {"id": config_id})
        indexed = wait_indexed(http, document["id"], timeout=30)

        assert indexed["embedder"] == "openai-3-small" and indexed["error"] is None
        assert query(http, word)[0]["document_id"] == document["id"]
    with db.connect() as conn:  # waiting cost no attempt: it was indexed on its first real one
        attempts = conn.execute(sa.text("SELECT attempts FROM ai.agentos_knowledge_documents WHERE id = :id"),
                                {"id": document["id"]}).scalar_one()
    assert attempts == 1


# -- the index ----------------------------------------------------------------------------------------


def test_a_search_over_ten_thousand_chunks_uses_the_hnsw_index(service: ServiceProcess, database_url: str) -> None:
    engine = sa.create_engine(database_url)
    WorkspaceVectors(engine, "ai", "local-minilm", 384).create()  # already created by the service: must be a no-op
    # A table of its own, loaded before `create()` builds the indexes (as a bulk build, as after a restore):
    # 12k HNSW inserts one by one took most of a minute, and the plan is the same.
    store = WorkspaceVectors(engine, "ai", f"hnsw-{uuid.uuid4().hex[:8]}", 384)
    table = f'ai."{store.table_name}"'
    workspace_id, other = f"bench-{uuid.uuid4().hex[:8]}", f"bench-{uuid.uuid4().hex[:8]}"
    rows = f"""
        INSERT INTO {table}
            (id, name, meta_data, filters, content, embedding, content_hash, content_id, user_id)
        SELECT md5(:ws || g), 'chunk', jsonb_build_object('workspace_id', :ws), '{{}}'::jsonb,
               'synthetic chunk number ' || g || ' about widgets',
               (SELECT array_agg(random() - 0.5)::vector(384) FROM generate_series(1, 384) WHERE g > 0),
               'doc-' || (g / 100), 'doc-' || (g / 100), :ws
        FROM generate_series(1, :n) AS g"""
    try:
        with engine.begin() as conn:
            store.table.create(conn)
            conn.execute(sa.text(rows), {"ws": workspace_id, "n": 10_000})
            conn.execute(sa.text(rows), {"ws": other, "n": 2_000})
        store.create()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            # What autovacuum does after a bulk load: statistics, and the visibility map index-only scans read.
            conn.execute(sa.text(f"VACUUM ANALYZE {table}"))
        probe = [random.gauss(0, 1) for _ in range(384)]

        plan = store.explain(workspace_id, "widgets", probe, limit=5)
        hits = store.search_workspace(workspace_id, "widgets", probe, limit=5)
        # A workspace below EXACT_MAX_CHUNKS compares every chunk of its own, from the covering index, not HNSW.
        big, small = (store.explain(ws, "widgets", probe, limit=5, analyze=True) for ws in (workspace_id, other))
        small_hits = store.search_workspace(other, "widgets", probe, limit=5)

        assert f"{store.table_name}_embedding_hnsw" in plan, plan
        assert f"{store.table_name}_content_tsv_gin" in plan or f"idx_{store.table_name}_user_id" in plan, plan
        assert len(hits) == 5 and {h.meta_data["workspace_id"] for h in hits} == {workspace_id}
        assert 2_000 < EXACT_MAX_CHUNKS <= 10_000  # the other workspace is searched exactly, this one is not
        assert _ran(big, f"{store.table_name}_embedding_hnsw"), big
        assert not _ran(big, f"{store.table_name}_workspace_embedding"), big
        assert _ran(small, f"{store.table_name}_workspace_embedding"), small
        assert not _ran(small, f"{store.table_name}_embedding_hnsw"), small
        assert len(small_hits) == 5 and {h.meta_data["workspace_id"] for h in small_hits} == {other}
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f"DROP TABLE IF EXISTS {table}"))
        engine.dispose()


def _ran(plan: str, index: str) -> bool:
    """An EXPLAIN ANALYZE line scanning `index` that did run."""
    return any(index in line and "never executed" not in line for line in plan.splitlines())


# -- the URL guard ------------------------------------------------------------------------------------


def test_a_fetch_refuses_a_private_address(web_page: dict[str, Any]) -> None:
    with pytest.raises(SourceError, match="not a public address"):
        fetch_url(f"{web_page['url']}/anything", max_bytes=1000, allow_private=False)


def test_a_fetch_goes_to_the_address_it_checked_not_to_a_second_dns_answer(
    web_page: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the name is public when checked, then private when connected to. The stdlib resolver is
    replaced by the attacker's DNS server here: its first answer is public, every later one 127.0.0.1."""
    web_page["pages"]["/internal"] = ("text/plain", b"the internal admin page")
    port = int(web_page["url"].rsplit(":", 1)[1])
    resolve = socket.getaddrinfo
    answers = iter(["1.1.1.1"])

    def rebinding_dns(host: Any, *args: Any, **kwargs: Any) -> Any:
        return resolve(next(answers, "127.0.0.1") if host == "rebind.example" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_dns)
    fetched = None
    with contextlib.suppress(SourceError, httpx.TransportError):  # 1.1.1.1 is out of reach from the test machine
        fetched = fetch_url(f"http://rebind.example:{port}/internal", max_bytes=1000, allow_private=False, timeout=2)
    assert "/internal" not in web_page["requests"], "the fetch reached the private address of the second answer"
    assert fetched is None


