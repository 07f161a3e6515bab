"""`python -m agents db init`: an empty database made ready for the service, as HYVVE's owner (once per stack).

1. pgvector, 2. HYVVE's tables: HYVVE's own migrations when a checkout is given (`HYVVE_REPO`), else our DDL
(contracts/db/hyvve.sql), and neither when HYVVE's tables are there already, 3. the service's least-privilege
role with its grants (agents/database/service_role.py). Safe to run again: each step leaves done work alone.
The replicas then start as that role (docker-compose.yml) and create their own schema (`ai`).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text

from agents.database.engine import ensure_vector_extension
from agents.database.hyvve_migrations import apply_hyvve_migrations
from agents.database.hyvve_schema import create_hyvve_tables, require_hyvve_schema
from agents.database.service_role import create_service_role


def initialize(engine: Engine, repo: Path | None, role: str, password: str) -> list[str]:
    """Make the engine's database ready; returns what was done, one line each."""
    done = [f"pgvector {ensure_vector_extension(engine)}"]
    with engine.connect() as conn:
        present = conn.execute(text("SELECT to_regclass('public.workspaces') IS NOT NULL")).scalar()
    if present:
        done.append("HYVVE's tables: present, left alone")
    elif repo is not None:
        applied = apply_hyvve_migrations(engine, repo)
        done.append(f"HYVVE's tables: {len(applied)} migrations of {repo} applied")
    else:
        create_hyvve_tables(engine)
        done.append("HYVVE's tables: created from contracts/db/hyvve.sql (no HYVVE_REPO)")
    require_hyvve_schema(engine)  # what the replicas will check at start-up, said here first
    created = create_service_role(engine, role, password)
    done.append(f"role {role}: {'created' if created else 'present; password and grants renewed'}")
    return done
