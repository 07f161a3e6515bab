"""HYVVE's own knowledge base (KB pages) as a source of agents' knowledge search, read where HYVVE keeps it.

HYVVE's users write pages in HYVVE's web app; Prisma stores them in `knowledge_pages` (`content_text` is the plain
text of the Tiptap JSON) and HYVVE's embeddings worker chunks and embeds them into `page_embeddings`
(`vector(1536)`, `embedding_model` `text-embedding-3-small` by default). We only read both tables
(agents/database/hyvve_schema.py declares the columns; docs/adr/0009 grants them) and search them the way HYVVE's
own KB search does (apps/api/src/kb/search, rag): the workspace's pages, not soft-deleted, not templates.

- Full text: `to_tsvector('english'::regconfig, content_text)`, the exact expression of HYVVE's GIN index
  `knowledge_pages_content_text_fts_idx` (migration add_kb_fts_index), written as a constant so the planner can
  use that index for every execution (a bound regconfig parameter would not match it in a generic plan).
- Vectors: only when the caller has a query vector from the same model as the page's chunks (`embedding_model`);
  a page's rank is that of its nearest chunk. HYVVE has no vector index on `page_embeddings` (its ivfflat index
  was dropped again by migration add_agent_conversation_model): the scan is over the workspace's chunks only,
  reached through `knowledge_pages_workspace_id_idx` and `page_embeddings_page_id_idx`.
- Ranking recomputes each matching page's tsvector (HYVVE stores none): only the newest `RANKED` matches are ranked.
- The two rankings are fused by reciprocal rank (the constants of store.py), in one statement.

HYVVE puts no row-level security on these tables: the workspace predicate here is the wall, and it is always the
caller's verified workspace (never a filter's). A caller's dict filters narrow further, matched against the page's
metadata (`source`, `workspace_id`, `page_id`, `slug`, `title`), so they can never widen the search.
"""

from __future__ import annotations

import json
from typing import Any

from pgvector.sqlalchemy import Vector
from sqlalchemy import Engine, bindparam, text
from sqlalchemy.dialects.postgresql import JSONB

from agents.knowledge.store import CANDIDATES, RRF_K, Chunk, UnscopedSearchError

SOURCE = "hyvve_kb_page"
DIMENSIONS = 1536  # page_embeddings.embedding is vector(1536)
# Full-text matches ranked per search. HYVVE stores no tsvector, so ranking recomputes it per page (~0.25 ms for a
# 2 KB page): a word every page has would cost seconds in a big KB. Beyond this many matches, the newest are ranked.
RANKED = 200
# The ts_headline of a full-text hit: a few fragments around the query's words, plain text.
_HEADLINE = 'MaxFragments=3, MaxWords=35, MinWords=12, StartSel="", StopSel="", FragmentDelimiter=" … "'

_PAGE_SCOPE = """kp.workspace_id = :workspace AND kp.deleted_at IS NULL AND NOT kp.is_template
        AND jsonb_build_object('source', 'hyvve_kb_page', 'workspace_id', kp.workspace_id, 'page_id', kp.id,
                               'slug', kp.slug, 'title', kp.title) @> :filters"""

_BY_VECTOR = f"""
    SELECT best.page_id AS id, best.chunk_text,
           row_number() OVER (ORDER BY best.distance, best.page_id) AS rnk
    FROM (
        SELECT DISTINCT ON (pe.page_id) pe.page_id, pe.chunk_text, pe.embedding <=> :vector AS distance
        FROM knowledge_pages kp JOIN page_embeddings pe ON pe.page_id = kp.id
        WHERE {_PAGE_SCOPE} AND pe.embedding_model = :model
        ORDER BY pe.page_id, distance
    ) best
    ORDER BY best.distance, best.page_id
    LIMIT {CANDIDATES}"""

_NO_VECTOR = "SELECT NULL::text AS id, NULL::text AS chunk_text, NULL::bigint AS rnk WHERE false"

_SEARCH = f"""
WITH q AS (SELECT websearch_to_tsquery('english'::regconfig, :query) AS query),
matching AS (  -- HYVVE's GIN index finds them; ranking recomputes each tsvector, so rank the newest few hundred
    SELECT kp.id, kp.content_text
    FROM knowledge_pages kp, q
    WHERE {_PAGE_SCOPE} AND to_tsvector('english'::regconfig, kp.content_text) @@ q.query
    ORDER BY kp.updated_at DESC, kp.id
    LIMIT {RANKED}
),
by_text AS (
    SELECT m.id, row_number() OVER (
               ORDER BY ts_rank_cd(to_tsvector('english'::regconfig, m.content_text), q.query) DESC, m.id) AS rnk
    FROM matching m, q
    ORDER BY rnk
    LIMIT {CANDIDATES}
),
by_vector AS ({{by_vector}}),
fused AS (
    SELECT coalesce(v.id, t.id) AS id, t.rnk IS NOT NULL AS in_text, v.chunk_text,
           (coalesce(1.0 / ({RRF_K} + v.rnk), 0.0) + coalesce(1.0 / ({RRF_K} + t.rnk), 0.0))
               * ({RRF_K} + 1) / 2.0 AS score  -- normalised as documents' scores (store.py)
    FROM by_vector v FULL JOIN by_text t ON v.id = t.id
    ORDER BY score DESC, id
    LIMIT :limit
)
SELECT kp.id, kp.title, kp.slug, f.score,
       CASE WHEN f.in_text THEN ts_headline('english'::regconfig, kp.content_text, q.query, '{_HEADLINE}')
            ELSE f.chunk_text END AS content
FROM fused f JOIN knowledge_pages kp ON kp.id = f.id, q
WHERE kp.workspace_id = :workspace  -- again: the join must not reach another workspace's page
ORDER BY f.score DESC, kp.id
"""


class HyvvePages:
    """Search of the workspace's HYVVE KB pages; one statement (one round trip) per search."""

    def __init__(self, engine: Engine, embedding_model: str) -> None:
        self.engine = engine
        self.embedding_model = embedding_model  # the model of the vectors callers pass (OPENAI_MODEL)

    def statement(self, with_vector: bool, prefix: str = "") -> Any:  # a TextClause
        sql = prefix + _SEARCH.replace("{by_vector}", _BY_VECTOR if with_vector else _NO_VECTOR)
        params = [bindparam("filters", type_=JSONB)]
        if with_vector:
            params.append(bindparam("vector", type_=Vector(DIMENSIONS)))
        return text(sql).bindparams(*params)

    def search(
        self, workspace_id: str, query: str, vector: list[float] | None, limit: int, filters: Any = None
    ) -> list[Chunk]:
        """The best `limit` pages, each with the excerpt that matched; [] for filters pages cannot satisfy."""
        if not workspace_id:
            raise UnscopedSearchError("a KB page search without a workspace")
        if filters is not None and not isinstance(filters, dict):
            return []  # agno's filter expressions describe our documents' metadata, not pages: narrow to nothing
        params: dict[str, Any] = {
            "workspace": workspace_id, "query": query, "limit": limit,
            "filters": json.loads(json.dumps(filters or {}, default=str)),
        }
        if vector is not None:
            params |= {"vector": vector, "model": self.embedding_model}
        with self.engine.begin() as conn:
            rows = conn.execute(self.statement(vector is not None), params).all()
        return [
            Chunk(
                id=f"{SOURCE}:{row.id}",
                document_id=row.id,
                name=row.title,
                content=row.content,
                meta_data={"source": SOURCE, "page_id": row.id, "title": row.title, "slug": row.slug},
                score=float(row.score),
                source=SOURCE,
            )
            for row in rows
        ]

    def explain(self, workspace_id: str, query: str, vector: list[float] | None, limit: int = 5) -> str:
        """EXPLAIN ANALYZE of the statement `search` runs (tests and operators)."""
        params: dict[str, Any] = {"workspace": workspace_id, "query": query, "limit": limit, "filters": {}}
        if vector is not None:
            params |= {"vector": vector, "model": self.embedding_model}
        explained = self.statement(vector is not None, prefix="EXPLAIN (ANALYZE, BUFFERS OFF) ")
        with self.engine.begin() as conn:
            return "\n".join(row[0] for row in conn.execute(explained, params))
