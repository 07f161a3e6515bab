"""PostgreSQL for the service: the pooled engines, start-up/readiness checks, and the embedded default."""

from agents.database.engine import (
    DatabaseNotReady,
    VectorExtensionMissing,
    check_database,
    create_async_engine,
    create_engine,
    describe,
    ensure_vector_extension,
)

__all__ = [
    "DatabaseNotReady",
    "VectorExtensionMissing",
    "check_database",
    "create_async_engine",
    "create_engine",
    "describe",
    "ensure_vector_extension",
]
