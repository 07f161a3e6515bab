"""PostgreSQL for the service: the pooled engine, start-up/readiness checks, and the embedded default."""

from agents.database.engine import (
    DatabaseNotReady,
    VectorExtensionMissing,
    check_database,
    create_engine,
    describe,
    ensure_vector_extension,
)

__all__ = [
    "DatabaseNotReady",
    "VectorExtensionMissing",
    "check_database",
    "create_engine",
    "describe",
    "ensure_vector_extension",
]
