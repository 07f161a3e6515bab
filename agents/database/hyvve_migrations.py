"""HYVVE's own schema: its Prisma migrations, applied in name order to an empty database.

HYVVE's checkout (`HYVVE_REPO`) is the source of truth for its tables; nothing of it is copied here. The tests
build their database this way, so every HYVVE table they touch is the one production has.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

MIGRATIONS = Path("packages/db/prisma/migrations")


class HyvveRepoMissing(Exception):
    """`HYVVE_REPO` is unset or does not hold HYVVE's migrations; the message says how to set it."""


def migration_files(repo: Path | None) -> list[Path]:
    """Every `migrations/*/migration.sql` of the checkout, in name order (Prisma's)."""
    how = "set HYVVE_REPO to a HYVVE checkout (e.g. HYVVE_REPO=$PWD/../shared/hyvve/upstream)"
    if repo is None:
        raise HyvveRepoMissing(f"HYVVE's schema is needed: {how}")
    folder = repo / MIGRATIONS
    files = sorted(folder.glob("*/migration.sql"), key=lambda p: p.parent.name)
    if not files:
        raise HyvveRepoMissing(f"no HYVVE migrations under {folder}: {how}")
    return files


def apply_hyvve_migrations(engine: Engine, repo: Path | None) -> list[str]:
    """Apply HYVVE's migrations to an empty database; returns their names.

    Each file is sent as one simple query (its statements commit together, as `prisma migrate deploy` runs
    them); autocommit, because a file holding only `CREATE INDEX CONCURRENTLY` cannot run in a transaction.
    """
    files = migration_files(repo)
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None  # a fresh raw connection from the pool is open
        connection.autocommit = True
        for path in files:
            connection.execute(path.read_text())  # no parameters: `%` in comments stays text
        connection.autocommit = False  # as the pool hands connections out
    finally:
        raw.close()
    return [p.parent.name for p in files]
