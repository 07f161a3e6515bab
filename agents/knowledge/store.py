"""Where chunks live: agno's PgVector table, one per embedder, made fit for many workspaces.

agno's table layout is kept (its readers, chunkers, Documents and migrations stay usable). What we add:
- the owner column (`user_id`) holds the chunk's **workspace** id: knowledge belongs to the workspace,
  not to one member; every statement here has `user_id = :workspace` and no chunk is ever shared (NULL);
- `content_tsv`, a stored tsvector with a GIN index: agno's hybrid search computes `to_tsvector` per row
  on every query (1.2 s at 10k chunks, bench/knowledge.py);
- a covering index `(user_id COLLATE "C") INCLUDE (id, embedding)`, where a vector fits in a btree entry (the
  local model's 384 dimensions; not OpenAI's 1536): a workspace of fewer than EXACT_MAX_CHUNKS chunks is
  searched exactly, every one of its vectors compared, read from that index alone (~1 µs a chunk);
- an HNSW index (cosine) for the others, with `ef_search` 40 and, on pgvector >= 0.8, iterative scans, so a
  workspace predicate does not starve the index of results. agno's `optimize()` cannot create it with psycopg 3.
Hybrid search = the nearest CANDIDATES by vector and the full-text top CANDIDATES, each within the workspace,
fused by reciprocal rank. agno's own search methods are refused here: they take the scope from their caller.
At 100k chunks in 20 workspaces of 5,000 (bench/knowledge.py; 2 cores shared with other work, old and new
alternating on one table) the exact search took p50 16 / p99 76 ms where HNSW took 66 / 407, and its recall@5
against an exhaustive search is 1.0 where HNSW's was 0.52. Building the statement once (`_unfiltered`) took
another ~2 ms off each search (12 / 33 ms in a second such run).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import (
    Column,
    Computed,
    Engine,
    Integer,
    Select,
    Table,
    Text,
    and_,
    bindparam,
    func,
    literal,
    select,
    text,
    union_all,
)
from sqlalchemy.dialects.postgresql import REGCONFIG as _REGCONFIG
from sqlalchemy.dialects.postgresql import TSVECTOR, insert
from sqlalchemy.sql.elements import ColumnElement

from agno.filters import FilterExpr
from agno.knowledge.document import Document
from agno.knowledge.embedder.base import Embedder
from agno.vectordb.distance import Distance
from agno.vectordb.pgvector import PgVector
from agno.vectordb.pgvector.index import HNSW
from agno.vectordb.search import SearchType

log = logging.getLogger(__name__)

LANGUAGE = "english"
EF_SEARCH = 40  # unscoped recall@5 ~0.98 at 100k chunks (bench/knowledge.py); agno's default 5 gave 0.6
CANDIDATES = 40  # per half of the hybrid search, before fusion
RRF_K = 60  # reciprocal rank fusion constant (Cormack et al.)
# A workspace with fewer chunks is searched exactly (every one of its vectors compared, read from a covering index,
# ~1 µs a chunk); from this many on, through HNSW. See `hybrid_statement`.
EXACT_MAX_CHUNKS = 10_000
# A btree entry holds at most 2,704 bytes: a vector of 384 dimensions (1.5 KB) fits in the covering index, one of
# 1536 (6 KB) does not; tables of such vectors are searched through HNSW only.
EXACT_MAX_DIMENSIONS = 512


class UnscopedSearchError(RuntimeError):
    """agno's own search was called on a workspace store: it would take the scope from the caller."""


DOCUMENT = "document"  # a hit's source: a document uploaded to this service (hyvve_pages.SOURCE: a HYVVE KB page)


@dataclass(frozen=True)
class Chunk:
    """One search hit: an excerpt of a document (`source` "document") or of a HYVVE KB page ("hyvve_kb_page")."""

    id: str
    document_id: str  # the document's id; for a KB page, the page's id
    name: str | None  # the document's name; for a KB page, its title
    content: str
    meta_data: dict[str, Any]
    score: float  # reciprocal-rank fusion score: comparable across sources (each adds 1/(RRF_K + rank) per list)
    source: str = DOCUMENT


class WorkspaceVectors(PgVector):
    """One embedder's chunk table. Search and delete always name the workspace."""

    def __init__(self, engine: Engine, schema: str, embedder_name: str, dimensions: int) -> None:
        self.embedder_name = embedder_name
        super().__init__(
            table_name=f"knowledge_{embedder_name.replace('-', '_')}",
            schema=schema,
            db_engine=engine,
            # Only its dimensions are used: chunks are embedded by the workspace's embedder (ingestion.py).
            embedder=Embedder(dimensions=dimensions),
            search_type=SearchType.hybrid,
            vector_index=HNSW(m=16, ef_construction=64, ef_search=EF_SEARCH),
            distance=Distance.cosine,
            content_language=LANGUAGE,
        )
        self._iterative_scan = False
        # Small workspaces are searched exactly, from a covering index, where the vectors fit in one.
        self.exact = dimensions <= EXACT_MAX_DIMENSIONS

    def get_table_v1(self) -> Table:
        table = super().get_table_v1()
        if "content_tsv" not in table.c:
            table.append_column(
                Column("content_tsv", TSVECTOR, Computed(f"to_tsvector('{LANGUAGE}'::regconfig, coalesce(content, ''))",
                                                         persisted=True))
            )
        return table

    # -- schema -----------------------------------------------------------------------------------------

    def create(self) -> None:
        """The table and its indexes; safe when several replicas start at once."""
        name, full = self.table_name, f'"{self.schema}"."{self.table_name}"'
        with self.db_engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('agentos_knowledge_tables'))"))
            conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"'))
            self.table.create(conn, checkfirst=True)
            conn.execute(text(
                f"CREATE INDEX IF NOT EXISTS {name}_embedding_hnsw ON {full} "
                "USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64)"
            ))
            conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name}_content_tsv_gin ON {full} USING gin (content_tsv)"))
            conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name}_workspace_document ON {full} (user_id, content_id)"))
            if self.exact:
                conn.execute(text(
                    f'CREATE INDEX IF NOT EXISTS {name}_workspace_embedding ON {full} (user_id COLLATE "C") '
                    "INCLUDE (id, embedding)"
                ))
                # That index is read without the table only where the visibility map says so, and VACUUM sets it;
                # by default autovacuum waits for 20% of the table in new rows, here for 2%.
                conn.execute(text(f"ALTER TABLE {full} SET (autovacuum_vacuum_insert_scale_factor = 0.02)"))
            version = conn.execute(text("SELECT extversion FROM pg_extension WHERE extname = 'vector'")).scalar()
        self._owner_column_exists = True
        self._iterative_scan = _at_least(version or "0", (0, 8))

    def exists(self) -> bool:
        return self.table_exists()

    # -- writes -----------------------------------------------------------------------------------------

    def replace_document(
        self, workspace_id: str, document_id: str, documents: Sequence[Document], vectors: Sequence[list[float]]
    ) -> int:
        """The document's chunks, replacing any earlier ones (a retried ingestion writes them again)."""
        records = [
            {
                "id": hashlib.md5(f"{workspace_id}:{document_id}:{i}".encode()).hexdigest(),
                "name": doc.name,
                "meta_data": {**(doc.meta_data or {}), "workspace_id": workspace_id, "document_id": document_id},
                "filters": {"workspace_id": workspace_id},
                "content": self._clean_content(doc.content),
                "embedding": vector,
                "usage": doc.usage,
                "content_hash": document_id,
                "content_id": document_id,
                "user_id": workspace_id,
            }
            for i, (doc, vector) in enumerate(zip(documents, vectors, strict=True))
        ]
        with self.db_engine.begin() as conn:
            conn.execute(self.table.delete().where(self._scope(workspace_id), self.table.c.content_id == document_id))
            for start in range(0, len(records), 200):
                conn.execute(insert(self.table), records[start : start + 200])
        return len(records)

    def delete_document(self, workspace_id: str, document_id: str) -> int:
        with self.db_engine.begin() as conn:
            result = conn.execute(
                self.table.delete().where(self._scope(workspace_id), self.table.c.content_id == document_id)
            )
        return result.rowcount

    # -- search -----------------------------------------------------------------------------------------

    def search_workspace(
        self,
        workspace_id: str,
        query: str,
        query_vector: list[float],
        limit: int = 5,
        filters: dict[str, Any] | list[FilterExpr] | None = None,
    ) -> list[Chunk]:
        statement, params = self.hybrid_statement(workspace_id, query, query_vector, limit, filters)
        with self.db_engine.begin() as conn:
            self._tune(conn)
            rows = conn.execute(statement, params).all()
        return [
            Chunk(row.id, row.content_id, row.name, row.content, dict(row.meta_data or {}), float(row.score))
            for row in rows
        ]

    def explain(
        self, workspace_id: str, query: str, query_vector: list[float], limit: int = 5, analyze: bool = False
    ) -> str:
        """EXPLAIN of the exact statement `search_workspace` runs (tests and operators); `analyze` runs it, and
        the branch of the vector half that did not run shows `never executed`."""
        statement, values = self.hybrid_statement(workspace_id, query, query_vector, limit, None)
        compiled = statement.compile(self.db_engine)
        # The vector goes in pgvector's text form; the server infers its type from the operator.
        params = {k: (str(v).replace(" ", "") if isinstance(v, list) else v)
                  for k, v in compiled.construct_params(values).items()}
        with self.db_engine.begin() as conn:
            self._tune(conn)
            options = "(ANALYZE, BUFFERS OFF) " if analyze else ""
            rows = conn.exec_driver_sql(f"EXPLAIN {options}{compiled}", params).all()
        return "\n".join(row[0] for row in rows)

    def hybrid_statement(
        self,
        workspace_id: str,
        query: str,
        query_vector: list[float],
        limit: int,
        filters: dict[str, Any] | list[FilterExpr] | None,
    ) -> tuple[Select[Any], dict[str, Any]]:
        """The search statement and its parameters. Without filters the statement is built once per table:
        building it took ~1.5 ms of each search (bench/knowledge.py); only the parameters change."""
        self._scope(workspace_id)  # no workspace: no statement
        statement = self._statement(self._filters(filters)) if filters else self._unfiltered
        return statement, {"workspace": workspace_id, "query": query, "vector": query_vector, "limit": limit}

    @cached_property
    def _unfiltered(self) -> Select[Any]:
        return self._statement([])

    def _statement(self, filters: list[ColumnElement[bool]]) -> Select[Any]:
        t = self.table
        workspace = bindparam("workspace", type_=t.c.user_id.type)
        vector = bindparam("vector", type_=t.c.embedding.type)
        in_workspace = t.c.user_id == workspace
        scope = and_(in_workspace, *filters)

        distance = t.c.embedding.cosine_distance(vector)  # `<=>`: the HNSW index's operator
        approximate = select(t.c.id, distance.label("distance")).where(scope).order_by(distance).limit(CANDIDATES)
        if self.exact:
            # HNSW finds a small workspace's chunks only after the other workspaces' chunks near the query: when
            # those fill the neighbourhood (one workspace asking about another's subject), the iterative scan reads
            # up to hnsw.max_scan_tuples (20,000) of them, ~300 ms at 100k chunks, and still misses some (recall@5
            # 0.5 in bench/knowledge.py). Below EXACT_MAX_CHUNKS, every chunk of the workspace is compared, its
            # vectors read from the covering `_workspace_embedding` index alone; `cosine_distance()` is `<=>`
            # under a name no index serves. That branch names the workspace in the index's collation, "C" (byte
            # equality: what `=` is under the database's deterministic collation), so no other index can serve
            # it: by cost PostgreSQL prefers the narrow `user_id` index where a workspace's rows are close together
            # in the table, then reads every vector from TOAST, ~4x slower. The count stops at the threshold and
            # runs once (a CTE); each branch is gated by it, so only one of them executes.
            size = select(func.count().label("n")).select_from(
                select(t.c.id).where(in_workspace).limit(EXACT_MAX_CHUNKS).subquery()
            ).cte("workspace_size")
            small = select(size.c.n).scalar_subquery() < EXACT_MAX_CHUNKS
            exact_distance = func.cosine_distance(t.c.embedding, vector)
            exact = select(t.c.id, exact_distance.label("distance")).where(
                t.c.user_id.collate("C") == workspace, *filters, small
            )
            nearest = union_all(
                exact.order_by(exact_distance).limit(CANDIDATES), approximate.where(~small)
            ).subquery()
        else:
            nearest = approximate.subquery()
        by_vector = select(
            nearest.c.id, func.row_number().over(order_by=nearest.c.distance).label("rnk")
        ).subquery("by_vector")

        tsquery = func.websearch_to_tsquery(literal(LANGUAGE).cast(_REGCONFIG), bindparam("query", type_=Text()))
        rank = func.ts_rank_cd(t.c.content_tsv, tsquery)
        matching = (
            select(t.c.id, rank.label("rank"))
            .where(scope, t.c.content_tsv.op("@@")(tsquery))
            .order_by(rank.desc())
            .limit(CANDIDATES)
            .subquery()
        )
        by_text = select(matching.c.id, func.row_number().over(order_by=matching.c.rank.desc()).label("rnk")).subquery(
            "by_text"
        )

        # Normalised to (0, 1]: 1.0 is first by meaning and by keywords, 0.5 first by one of them only.
        fused_score = (func.coalesce(1.0 / (RRF_K + by_vector.c.rnk), 0.0)
                       + func.coalesce(1.0 / (RRF_K + by_text.c.rnk), 0.0)) * ((RRF_K + 1) / 2.0)
        fused = (
            select(func.coalesce(by_vector.c.id, by_text.c.id).label("id"), fused_score.label("score"))
            .select_from(by_vector.outerjoin(by_text, by_vector.c.id == by_text.c.id, full=True))
            .subquery("fused")
        )
        return (
            select(t.c.id, t.c.content_id, t.c.name, t.c.content, t.c.meta_data, fused.c.score)
            .join(fused, fused.c.id == t.c.id)
            .where(in_workspace)  # again: the join must not reach another workspace's row
            .order_by(fused.c.score.desc(), t.c.id)
            .limit(bindparam("limit", type_=Integer()))
        )

    def _tune(self, conn: Any) -> None:
        # Constants only: psycopg 3 sends bound parameters, which SET does not accept.
        conn.execute(text(f"SET LOCAL hnsw.ef_search = {EF_SEARCH}"))
        if self._iterative_scan:
            # Keep scanning the graph until enough rows pass the workspace predicate (pgvector 0.8).
            conn.execute(text("SET LOCAL hnsw.iterative_scan = relaxed_order"))

    def _scope(self, workspace_id: str) -> ColumnElement[bool]:
        if not workspace_id:
            raise UnscopedSearchError("a knowledge statement without a workspace")
        return self.table.c.user_id == workspace_id

    def _filters(self, filters: dict[str, Any] | list[FilterExpr] | None) -> list[ColumnElement[bool]]:
        """The caller's filters, ANDed with the workspace: they can narrow a search, never widen it."""
        if not filters:
            return []
        if isinstance(filters, dict):
            return [self.table.c.meta_data.contains(json.loads(json.dumps(filters, default=str)))]
        return [self._dsl_to_sqlalchemy(f.to_dict() if hasattr(f, "to_dict") else f, self.table) for f in filters]

    # agno's own entry points take the owner from their caller; on this table nothing may search unscoped.
    def search(self, *args: Any, **kwargs: Any) -> list[Document]:
        raise UnscopedSearchError("use search_workspace(workspace_id, ...)")

    async def async_search(self, *args: Any, **kwargs: Any) -> list[Document]:
        raise UnscopedSearchError("use search_workspace(workspace_id, ...)")

    vector_search = keyword_search = hybrid_search = search


def _at_least(version: str, wanted: tuple[int, int]) -> bool:
    try:
        major, minor = (int(part) for part in version.split(".")[:2])
    except ValueError:
        return False
    return (major, minor) >= wanted

