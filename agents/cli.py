"""`python -m agents serve`: start-up checks that fail with one clear line, then uvicorn."""

from __future__ import annotations

import argparse
import logging
import sys

from agents.database import DatabaseNotReady, create_engine, ensure_vector_extension
from agents.database.embedded import EmbeddedPostgres
from agents.settings import SettingsError, load_settings


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # The parent holds the embedded server for the whole run, so workers join one server and it
    # stops when the service does.
    embedded = EmbeddedPostgres(settings.embedded_db_dir) if settings.uses_embedded_database else None
    try:
        url = embedded.start() if embedded else settings.database_url
        assert url is not None
        engine = create_engine(url, settings)
        try:
            ensure_vector_extension(engine)
        finally:
            engine.dispose()
    except DatabaseNotReady as exc:
        print(f"error: cannot start: {exc}", file=sys.stderr)
        if embedded:
            embedded.stop()
        return 1
    try:
        uvicorn.run(
            "agents.main:app",
            host=args.host,
            port=args.port,
            workers=args.workers,
            proxy_headers=True,
            forwarded_allow_ips=args.forwarded_allow_ips,
            timeout_graceful_shutdown=args.graceful_timeout,
            timeout_keep_alive=args.keep_alive,
            log_level=args.log_level,
        )
    finally:
        if embedded:
            embedded.stop()
    return 0


def _contracts(args: argparse.Namespace) -> int:
    from agents.contracts import sync

    names = ("openapi",) if args.command == "openapi" else ("openapi", "hyvve-sql")
    stale = sync(names, check=args.check)
    for summary in stale:
        print(summary, file=sys.stderr)
    if stale:
        print("error: contracts/ is out of date with the code; run `make contracts` and commit the result",
              file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m agents", description="HYVVE AgentOS")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the service with uvicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=7777)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1", help="proxies trusted for X-Forwarded-*")
    serve.add_argument("--graceful-timeout", type=int, default=30, help="seconds to finish in-flight requests")
    serve.add_argument("--keep-alive", type=int, default=75, help="seconds an idle connection stays open (> proxy's)")
    serve.add_argument("--log-level", default="info")
    serve.set_defaults(handler=_serve)

    # contracts/ files generated from the code (agents/contracts.py); --check compares instead of writing.
    for name, what in (("openapi", "contracts/openapi.json"), ("contracts", "contracts/openapi.json and db/hyvve.sql")):
        command = commands.add_parser(name, help=f"write {what} from the code")
        command.add_argument("--check", action="store_true", help="exit 1 with a diff summary if the file differs")
        command.set_defaults(handler=_contracts)

    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    return int(args.handler(args))
