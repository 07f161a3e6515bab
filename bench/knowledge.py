"""Knowledge search: the service's workspace-scoped hybrid search against agno's PgVector, over 10k and 100k
chunks of 384 dimensions, in one run on the same PostgreSQL and the same synthetic chunks.

- agno: `PgVector(search_type=hybrid, HNSW())` as agno ships it (m 16, ef_construction 200, ef_search 5,
  cosine, the GIN full-text index from `optimize()`), unfiltered and with a `workspace_id` metadata filter
  (what a workspace-scoped search would cost on agno's own search).
- service: what `KnowledgeService.search` runs for one of the 20 workspaces (1/20 of the chunks each): its
  documents' chunks through `agents.knowledge.store.WorkspaceVectors.search_workspace` (stored tsvector + GIN,
  the workspace predicate in SQL, reciprocal-rank fusion) and its HYVVE KB pages through
  `agents.knowledge.hyvve_pages.HyvvePages.search`, one ranking by score. The pages are rows of HYVVE's own
  `knowledge_pages` (its migrations' table; applied from `HYVVE_REPO` when the database has none), as many as
  there are documents (one per 20 chunks), ~2 KB of text each, on the same topics as their workspace's chunks.
  They are searched by full text only, as production does on the local embedder: its 384-dim query vector is
  not of the pages' model, so `page_embeddings` is not read and gets no rows here. Also measured apart: the
  documents alone and the pages alone, and the service's recall@5 against the same search computed exactly
  (no index scans: every chunk of the workspace compared).

Embeddings are synthetic, never downloaded: 200 topic centroids (seeded random unit vectors); a chunk is its
topic's centroid plus noise, normalised; a query naming `topicN` embeds near centroid N. Rows are generated
inside PostgreSQL (one INSERT ... SELECT), so filling 100k rows takes seconds, not minutes of Python.
Latencies are measured in this process around agno's `search()` calls: they include agno's Python work and
the query embedding (a hash, ~0.2 ms), never an embedding API call.

    python -m bench.knowledge --db-url postgresql+psycopg://... --sizes 10000,100000 --queries 200
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import math
import os
import random
import re
import statistics
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from agno.knowledge.embedder.base import Embedder
from agno.vectordb.pgvector import PgVector
from agno.vectordb.pgvector.index import HNSW
from agno.vectordb.search import SearchType

from agents.database.hyvve_migrations import apply_hyvve_migrations
from agents.knowledge.embedders import OPENAI_MODEL
from agents.knowledge.hyvve_pages import HyvvePages
from agents.knowledge.store import Chunk, WorkspaceVectors

DIMENSIONS = 384
TOPICS = 200
WORKSPACES = 20  # meta_data.workspace_id takes this many values: what a workspace filter would select
SCHEMA = "knowledge"
WORKSPACE = "ws-3"  # the workspace the service searches as
PAGE_TENANT = "bench-knowledge"  # the KB pages' tenant_id: the rows this script adds to HYVVE's table (and deletes)
CHUNKS_PER_PAGE = 20  # as many KB pages as documents
NOISE = 0.08  # uniform(-0.04, 0.04) per dimension on a unit centroid: cosine to the centroid ~0.9
WORDS = (
    "invoice payment refund shipping order customer supplier delivery stock inventory price discount margin "
    "revenue expense budget forecast quarter tax receipt account balance ledger payroll contract lease rent "
    "campaign newsletter email social post audience lead prospect deal pipeline proposal quote follow meeting "
    "schedule calendar booking appointment service product catalog bundle subscription renewal churn retention "
    "review rating feedback complaint support ticket return warranty repair policy compliance privacy consent "
    "website checkout cart coupon promotion season holiday launch event store branch warehouse courier parcel "
    "label packaging vendor wholesale retail import export currency bank loan grant insurance license permit "
    "staff hiring training shift holiday overtime bonus commission target goal plan strategy market competitor"
).split()


def _unit(values: list[float]) -> list[float]:
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [v / norm for v in values]


def centroid(topic: int) -> list[float]:
    rng = random.Random(f"topic-{topic}")
    return _unit([rng.gauss(0.0, 1.0) for _ in range(DIMENSIONS)])


class TopicEmbedder(Embedder):
    """Text naming `topicN` lands near centroid N (with a little noise from the text's hash); other text is random."""

    dimensions = DIMENSIONS

    def __init__(self) -> None:
        self._centroids = [centroid(t) for t in range(TOPICS)]

    def get_embedding(self, text: str) -> list[float]:
        rng = random.Random(hashlib.sha256(text.encode()).digest())
        topic = next((int(w[5:]) for w in text.split() if w.startswith("topic") and w[5:].isdigit()), None)
        if topic is None:
            return _unit([rng.gauss(0.0, 1.0) for _ in range(DIMENSIONS)])
        base = self._centroids[topic % TOPICS]
        return _unit([b + (rng.random() - 0.5) * NOISE for b in base])

    def get_embedding_and_usage(self, text: str) -> tuple[list[float], dict | None]:
        return self.get_embedding(text), None

    async def async_get_embedding(self, text: str) -> list[float]:
        return self.get_embedding(text)

    async def async_get_embedding_and_usage(self, text: str) -> tuple[list[float], dict | None]:
        return self.get_embedding(text), None


def _vector_literal(values: list[float]) -> str:
    return "[" + ",".join(f"{v:.6f}" for v in values) + "]"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def _summary(latencies: list[float]) -> dict[str, float]:
    return {"p50_ms": round(_percentile(latencies, 0.5) * 1000, 2), "p99_ms": round(_percentile(latencies, 0.99) * 1000, 2),
            "mean_ms": round(statistics.fmean(latencies) * 1000, 2), "n": len(latencies)}


def _populate(engine: sa.Engine, table: str, size: int, owner_column: bool = False) -> None:
    vocabulary = "ARRAY[" + ",".join(f"'{w}'" for w in WORDS) + "]"
    # `WHERE g > 0` ties each subquery to its row, so PostgreSQL draws new words and noise per row; `0 * s.i`
    # keeps each aggregate in its subquery (an aggregate over outer columns only belongs to the outer query).
    sql = f"""
        INSERT INTO "{SCHEMA}"."{table}" (id, name, meta_data, filters, content, embedding, content_hash, content_id{
            ", user_id" if owner_column else ""})
        SELECT 'chunk-' || g, 'doc-' || (g / 20),
               jsonb_build_object('workspace_id', 'ws-' || (g % {WORKSPACES}), 'topic', g % {TOPICS}), '{{}}'::jsonb,
               'topic' || (g % {TOPICS}) || ' ' || (
                   SELECT string_agg(v.w[1 + floor(random() * array_length(v.w, 1))::int + 0 * s.i], ' ')
                   FROM generate_series(1, 60) AS s(i) WHERE g > 0),
               l2_normalize(c.v + (
                   SELECT array_agg(((random() - 0.5) * {NOISE} + 0 * s.i)::real)::vector
                   FROM generate_series(1, {DIMENSIONS}) AS s(i) WHERE g > 0)),
               md5(g::text), 'doc-' || (g / 20){", 'ws-' || (g % " + str(WORKSPACES) + ")" if owner_column else ""}
        FROM generate_series(1, {size}) g
        JOIN "{SCHEMA}".bench_centroids c ON c.id = g % {TOPICS}
        CROSS JOIN (SELECT {vocabulary} AS w) v
    """
    with engine.begin() as conn:
        conn.execute(sa.text(sql))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        # What autovacuum does after a bulk load, now rather than at some point of the measurements: statistics,
        # and the visibility map that index-only scans read.
        conn.execute(sa.text(f'VACUUM ANALYZE "{SCHEMA}"."{table}"'))


def _populate_pages(engine: sa.Engine, count: int) -> None:
    """`count` KB pages as HYVVE's PagesService writes them (Tiptap JSON and its plain text, tenant = workspace's
    tenant), spread over the workspaces like the chunks: page g is in workspace g % 20 and on topic g % 200."""
    vocabulary = "ARRAY[" + ",".join(f"'{w}'" for w in WORDS) + "]"
    sql = f"""
        WITH page AS (
            SELECT g, 'topic' || (g % {TOPICS}) || ' ' || (
                       SELECT string_agg(v.w[1 + floor(random() * array_length(v.w, 1))::int + 0 * s.i], ' ')
                       FROM generate_series(1, 300) AS s(i) WHERE g > 0) AS body
            FROM generate_series(1, {count}) g CROSS JOIN (SELECT {vocabulary} AS w) v
        )
        INSERT INTO knowledge_pages (id, tenant_id, workspace_id, title, slug, content, content_text, owner_id,
                                     updated_at)
        SELECT '{PAGE_TENANT}-' || g, '{PAGE_TENANT}', 'ws-' || (g % {WORKSPACES}), 'Page ' || g, 'page-' || g,
               jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph',
                   'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', body))))),
               body, 'bench-owner', now() - make_interval(secs => g)
        FROM page
    """
    if not _has_pages_table(engine):  # a direct run on a database of its own: HYVVE's tables from its migrations
        repo = os.environ.get("HYVVE_REPO")
        apply_hyvve_migrations(engine, Path(repo) if repo else None)
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM knowledge_pages WHERE tenant_id = :t"), {"t": PAGE_TENANT})
        conn.execute(sa.text(sql))
        conn.execute(sa.text("ANALYZE knowledge_pages"))


def _has_pages_table(engine: sa.Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(sa.text("SELECT to_regclass('knowledge_pages')")).scalar() is not None


def _exact_recall(service: WorkspaceVectors, texts: list[str], embeddings: list[list[float]]) -> float:
    """The service's top 5 against the same statement with index scans off: every chunk of the workspace compared
    (full-text matches found by bitmap scans, which stay on), the ranking an exhaustive search gives."""
    hits = total = 0
    for text, embedding in zip(texts, embeddings, strict=True):
        found = {c.id for c in service.search_workspace(WORKSPACE, text, embedding, 5)}
        with service.db_engine.begin() as conn:
            conn.execute(sa.text("SET LOCAL enable_indexscan = off"))
            statement, params = service.hybrid_statement(WORKSPACE, text, embedding, 5, None)
            exact = {row.id for row in conn.execute(statement, params)}
        hits += len(found & exact)
        total += len(exact)
    return round(hits / total, 3) if total else 0.0


def _centroids(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA IF NOT EXISTS "{SCHEMA}"'))
        conn.execute(sa.text(
            f'CREATE TABLE IF NOT EXISTS "{SCHEMA}".bench_centroids (id int PRIMARY KEY, v vector({DIMENSIONS}))'))
        conn.execute(sa.text(f'TRUNCATE "{SCHEMA}".bench_centroids'))
        conn.execute(sa.text(f'INSERT INTO "{SCHEMA}".bench_centroids VALUES (:id, CAST(:v AS vector))'),
                     [{"id": t, "v": _vector_literal(centroid(t))} for t in range(TOPICS)])


def _queries(n: int, seed: str) -> list[str]:
    rng = random.Random(seed)
    return [f"topic{rng.randrange(TOPICS)} " + " ".join(rng.sample(WORDS, 3)) for _ in range(n)]


def _plan(engine: sa.Engine, table: str, embedding: list[float], hybrid: bool) -> str:
    vector = _vector_literal(embedding)
    if hybrid:  # the shape of agno's hybrid query: ORDER BY a blend of cosine similarity and ts_rank_cd
        order = (f"0.5 * greatest(0, 1 - (embedding <=> '{vector}')) + 0.5 * ts_rank_cd(to_tsvector('english', content), "
                 "websearch_to_tsquery('english', 'invoice refund')) DESC")
    else:
        order = f"embedding <=> '{vector}'"
    with engine.begin() as conn:
        conn.execute(sa.text("SET LOCAL hnsw.ef_search = 5"))
        lines = conn.execute(sa.text(f'EXPLAIN SELECT id FROM "{SCHEMA}"."{table}" ORDER BY {order} LIMIT 5')).scalars().all()
    return next((line.strip().lstrip("-> ").split("  ")[0] for line in lines if "Scan" in line), lines[0])


def _recall(engine: sa.Engine, table: str, embeddings: list[list[float]], ef_search: int) -> float:
    hits = total = 0
    with engine.connect() as conn:
        for embedding in embeddings:
            vector = _vector_literal(embedding)
            query = sa.text(f'SELECT id FROM "{SCHEMA}"."{table}" ORDER BY embedding <=> CAST(:v AS vector) LIMIT 5')
            with conn.begin():
                conn.execute(sa.text(f"SET LOCAL hnsw.ef_search = {ef_search}"))
                approximate = set(conn.execute(query, {"v": vector}).scalars())
            with conn.begin():
                conn.execute(sa.text("SET LOCAL enable_indexscan = off"))
                exact = set(conn.execute(query, {"v": vector}).scalars())
            hits += len(approximate & exact)
            total += len(exact)
    return round(hits / total, 3) if total else 0.0


def _build_hnsw(store: PgVector) -> None:
    """What `optimize()` does first: agno's HNSW statement with agno's defaults (m 16, ef_construction 200,
    maintenance_work_mem 2GB), with the values written into the SQL.

    agno 3.1.10 sends them as bound parameters (`SET maintenance_work_mem = :value`, `WITH (m = :m, ...)`),
    which PostgreSQL refuses under psycopg 3's server-side binding: `optimize()` raises on a
    `postgresql+psycopg` engine, the driver this service uses.
    """
    index = store.vector_index
    assert isinstance(index, HNSW)
    name = index.name or f"{store.table_name}_hnsw_index"
    with store.db_engine.begin() as conn:
        for key, value in index.configuration.items():
            conn.execute(sa.text(f"SET LOCAL {key} = '{value}'"))
        conn.execute(sa.text(
            f'CREATE INDEX "{name}" ON {store.table.fullname} USING hnsw (embedding vector_cosine_ops) '
            f"WITH (m = {int(index.m)}, ef_construction = {int(index.ef_construction)})"
        ))


def _build_gin(store: PgVector) -> None:
    """What `optimize()` does second, the GIN full-text index. agno 3.1.10 writes the language unquoted
    (`to_tsvector(english, content)`: column "english" does not exist), so `optimize()` cannot create it;
    this is its statement with the language quoted, the expression agno's keyword and hybrid queries use."""
    with store.db_engine.begin() as conn:
        conn.execute(sa.text(
            f'CREATE INDEX "{store.table_name}_content_gin_index" ON {store.table.fullname} '
            f"USING GIN (to_tsvector('{store.content_language}', content))"
        ))


def measure(db_url: str, size: int, queries: int, mode_budget_s: float) -> dict[str, Any]:
    engine = sa.create_engine(db_url, pool_size=2)
    table = f"bench_chunks_{size}"
    embedder = TopicEmbedder()
    result: dict[str, Any] = {"chunks": size, "dimensions": DIMENSIONS}
    try:
        _centroids(engine)
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP TABLE IF EXISTS "{SCHEMA}"."{table}"'))
        store = PgVector(table_name=table, schema=SCHEMA, db_engine=engine, embedder=embedder,
                         search_type=SearchType.hybrid, vector_index=HNSW())
        store.create()
        started = time.perf_counter()
        _populate(engine, table, size)
        result["fill_s"] = round(time.perf_counter() - started, 1)
        started = time.perf_counter()
        _build_hnsw(store)
        result["hnsw_build_s"] = round(time.perf_counter() - started, 1)
        started = time.perf_counter()
        _build_gin(store)
        result["gin_build_s"] = round(time.perf_counter() - started, 1)

        # The service's table: same chunks, the workspace in the owner column; indexes built after the fill.
        service = WorkspaceVectors(engine, SCHEMA, f"bench-{size}", DIMENSIONS)
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP TABLE IF EXISTS "{SCHEMA}"."{service.table_name}"'))
            service.table.create(conn)
        started = time.perf_counter()
        _populate(engine, service.table_name, size, owner_column=True)
        service.create()
        result["service_fill_and_build_s"] = round(time.perf_counter() - started, 1)
        pages = HyvvePages(engine, OPENAI_MODEL)
        result["kb_pages"] = size // CHUNKS_PER_PAGE
        _populate_pages(engine, result["kb_pages"])

        def service_search(q: str) -> list[Chunk]:
            # KnowledgeService.search on the local embedder: the documents' hybrid search and the KB pages' full
            # text (no vector: the pages are of OpenAI's model), one ranking by reciprocal-rank score.
            hits = service.search_workspace(WORKSPACE, q, embedder.get_embedding(q), 5)
            hits += pages.search(WORKSPACE, q, None, 5)
            return sorted(hits, key=lambda c: c.score, reverse=True)[:5]

        texts = _queries(queries, f"queries-{size}")
        for text in texts[:5]:  # warm the caches
            store.search(text, limit=5)
            service_search(text)
        # The pair the report compares goes first.
        modes = {
            # The service: one workspace's search, documents and KB pages (the query embedding included, as in
            # agno's calls).
            "service_hybrid": service_search,
            "hybrid_ws_filter": lambda q: store.hybrid_search(q, limit=5, filters={"workspace_id": "ws-3"}),
            # Its two sources apart.
            "service_documents": lambda q: service.search_workspace(WORKSPACE, q, embedder.get_embedding(q), 5),
            "service_pages": lambda q: pages.search(WORKSPACE, q, None, 5),
            # What a workspace filter on agno's metadata would do today: HNSW's 5 candidates, then the filter.
            "vector_ws_filter": lambda q: store.vector_search(q, limit=5, filters={"workspace_id": "ws-3"}),
            "vector": lambda q: store.vector_search(q, limit=5),
            "hybrid": lambda q: store.hybrid_search(q, limit=5),
            "keyword": lambda q: store.keyword_search(q, limit=5),
        }
        for mode, search in modes.items():
            latencies, found = [], []
            # agno's hybrid and keyword searches rank every row (to_tsvector per row, per query): seconds per
            # query at 100k chunks, so they get a time budget and report how many queries fit in it.
            stop = time.monotonic() + mode_budget_s
            for text in texts:
                if len(latencies) >= 2 and time.monotonic() > stop:
                    break
                started = time.perf_counter()
                documents = search(text)
                latencies.append(time.perf_counter() - started)
                found.append(len(documents))
            result[mode] = {**_summary(latencies), "mean_results": round(statistics.fmean(found), 2) if found else 0}
        sample = [embedder.get_embedding(t) for t in texts[:20]]
        result["recall_at_5"] = {"ef_search_5": _recall(engine, table, sample, 5),
                                 "ef_search_40": _recall(engine, table, sample, 40),
                                 "service": _exact_recall(service, texts[:50], [embedder.get_embedding(t) for t in texts[:50]])}
        # The indexes the search read (EXPLAIN ANALYZE: the vector branch that did not run is left out).
        service_plan = "\n".join(line for line in service.explain(WORKSPACE, texts[0], sample[0], 5, analyze=True)
                                  .splitlines() if "never executed" not in line)
        result["plan"] = {"hybrid": _plan(engine, table, sample[0], True), "vector": _plan(engine, table, sample[0], False),
                          "service_indexes": sorted(set(re.findall(
                              r"Index (?:Only )?Scan (?:Backward )?(?:using|on) (\S+)", service_plan)))}
        with engine.connect() as conn:
            result["table_mb"] = round(conn.execute(sa.text(
                f"SELECT pg_total_relation_size('\"{SCHEMA}\".\"{table}\"')")).scalar() / 1048576, 1)
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP TABLE IF EXISTS "{SCHEMA}"."{table}"'))
            conn.execute(sa.text(f'DROP TABLE IF EXISTS "{SCHEMA}"."knowledge_bench_{size}"'))
            if conn.execute(sa.text("SELECT to_regclass('knowledge_pages')")).scalar() is not None:
                conn.execute(sa.text("DELETE FROM knowledge_pages WHERE tenant_id = :t"), {"t": PAGE_TENANT})
        engine.dispose()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db-url", required=True)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--mode-budget-s", type=float, default=20, help="time budget per search mode and size")
    args = parser.parse_args()
    logging.getLogger("agno").setLevel(logging.WARNING)  # agno logs every search at INFO
    results = [measure(args.db_url, int(size), args.queries, args.mode_budget_s)
               for size in args.sizes.split(",")]
    print(json.dumps({"sizes": results}), flush=True)


if __name__ == "__main__":
    main()
