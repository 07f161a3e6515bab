"""The pooled SQLAlchemy engine shared by agno's PostgresDb and our own HYVVE-table code."""

from __future__ import annotations

import select
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DisconnectionError, SQLAlchemyError

from agno.db.postgres.engine import create_postgres_engine

from agents.database import tenant
from agents.settings import Settings


class DatabaseNotReady(Exception):
    """The database cannot serve us; the message says which part failed, never a password."""


class VectorExtensionMissing(DatabaseNotReady):
    """Reachable, but pgvector is not installed in the database."""


def create_engine(url: str, settings: Settings) -> Engine:
    # agno's factory gives agno's JSON serializer, which its own tables rely on, and pool_pre_ping, which
    # we replace: a `SELECT 1` round trip on every checkout (~9 per run, each on the caller's thread,
    # often the event loop) to notice connections the server has closed. `_drop_closed` notices them
    # without one.
    engine = create_postgres_engine(
        url,
        pool_size=settings.database_pool_size,
        max_overflow=settings.database_max_overflow,
        pool_timeout=10,
        pool_pre_ping=False,
        # A failed statement's error text would otherwise carry its parameters into logs and spans: session
        # tokens (the better-auth lookup), messages, tool arguments.
        hide_parameters=True,
        connect_args={
            "connect_timeout": settings.database_connect_timeout,
            "application_name": "hyvve-agentos",
        },
    )
    event.listen(engine, "checkout", _drop_closed)
    tenant.install(engine)  # every transaction names its workspace, for row-level security
    return engine


def _drop_closed(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """On checkout: an idle connection has nothing to read unless the server closed it (a restart, a failover,
    an idle timeout, pg_terminate_backend all send an error and close). Then the pool opens a new one."""
    try:
        closed = dbapi_connection.closed
        if not closed:
            poller = select.poll()  # not select(): descriptors above 1024 are common with many open streams
            poller.register(dbapi_connection.fileno(), select.POLLIN)
            closed = bool(poller.poll(0))
    except Exception as exc:  # psycopg's own error for a connection it knows is gone
        raise DisconnectionError(str(exc)) from None
    if closed:
        raise DisconnectionError("the server closed this pooled connection")


def describe(engine: Engine) -> str:
    """Where the engine points, for messages: host, port and database, without credentials."""
    url = engine.url
    host = url.host or url.query.get("host") or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"{host}{port}/{url.database}"


def vector_extension_version(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return conn.execute(text("SELECT extversion FROM pg_extension WHERE extname = 'vector'")).scalar()


def check_database(engine: Engine) -> str:
    """Connect and confirm pgvector is installed; return its version or raise DatabaseNotReady."""
    try:
        version = vector_extension_version(engine)
    except SQLAlchemyError as exc:
        raise DatabaseNotReady(f"database unreachable at {describe(engine)} ({_reason(exc)})") from None
    if version is None:
        raise VectorExtensionMissing(f"the 'vector' extension is not installed in {describe(engine)}")
    return version


def ensure_vector_extension(engine: Engine) -> str:
    """At start-up: install pgvector if this role may, else fail with what an operator must do."""
    try:
        return check_database(engine)
    except VectorExtensionMissing:
        pass
    try:
        with engine.begin() as conn:
            available = conn.execute(
                text("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'")
            ).scalar()
            if not available:
                raise DatabaseNotReady(
                    f"the 'vector' extension is not available on the server at {describe(engine)}: "
                    "install pgvector (e.g. the pgvector/pgvector:pg16 image)"
                )
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS vector"))
    except SQLAlchemyError as exc:
        raise DatabaseNotReady(
            f"the 'vector' extension is not installed in {describe(engine)} and this role cannot create it "
            f"({_reason(exc)}): run CREATE EXTENSION vector as a superuser"
        ) from None
    return check_database(engine)


def _reason(exc: SQLAlchemyError) -> str:
    # The driver's first line says what went wrong (refused, timeout, auth) without the URL's password.
    original = getattr(exc, "orig", None) or exc
    first_line = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    return first_line[:200]
