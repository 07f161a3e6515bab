"""`python -m agents serve`: start-up checks that fail with one clear line, then uvicorn."""

from __future__ import annotations

import argparse
import logging
import sys

from agents.database import DatabaseNotReady, create_engine, ensure_vector_extension
from agents.database.embedded import EmbeddedPostgres
from agents.database.hyvve_schema import require_hyvve_schema
from agents.observability.logs import configure_logging, human_output, quiet_progress_bars
from agents.settings import SettingsError, load_settings


def _refuse(message: str, environment: str | None = None) -> None:
    """Why the service cannot start: one plain line for a person at a terminal, else one JSON log record."""
    if human_output(environment):
        print(f"error: {message}", file=sys.stderr)
    else:
        logging.getLogger("agents.cli").error(message)


def _serve(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
    except SettingsError as exc:
        _refuse(str(exc))
        return 2
    if not human_output(settings.environment):
        quiet_progress_bars()  # before anything imports huggingface_hub; workers inherit the variables
    import uvicorn

    from agents import local_mode

    if problem := local_mode.port_problem(args.host, args.port):
        _refuse(problem, settings.environment)
        return 1
    # The parent holds the embedded server for the whole run, so workers join one server and it
    # stops when the service does.
    embedded = EmbeddedPostgres(settings.embedded_db_dir) if settings.uses_embedded_database else None
    local = None
    try:
        url = local_mode.start_embedded(embedded) if embedded else settings.database_url
        assert url is not None
        engine = create_engine(url, settings)
        try:
            ensure_vector_extension(engine)
            if embedded:  # local mode: HYVVE tables, the demo workspace and its token (never on DATABASE_URL)
                local = local_mode.prepare(engine, settings)
            require_hyvve_schema(engine)  # the Node side's tables are a contract: refuse to run on others
        finally:
            engine.dispose()
    except DatabaseNotReady as exc:
        _refuse(f"cannot start: {exc}", settings.environment)
        if embedded:
            embedded.stop()
        return 1
    # No key for the platform model in local mode: the scripted stand-in answers (the banner says so).
    stand_in = local_mode.start_stand_in() if local_mode.needs_stand_in(settings) else None
    local_mode.announce_when_ready(args.host, args.port, settings, local, stand_in)
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
            log_config=None,  # the app process logs JSON lines (agents.observability.logs)
        )
    finally:
        if stand_in:
            stand_in.stop()
        if embedded:
            local_mode.forget_service(settings)
            embedded.stop()
    return 0


def _token(args: argparse.Namespace) -> int:
    from agents import local_mode

    try:
        settings = load_settings()
        if not args.database:
            local_mode.require_local(settings)
        elif settings.database_url is None:
            raise local_mode.LocalModeError("--database needs DATABASE_URL (the owner's URL of your own stack)")
    except (SettingsError, local_mode.LocalModeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    logging.getLogger().setLevel(logging.WARNING)  # stdout is the token; stderr only what went wrong
    embedded = None if args.database else EmbeddedPostgres(settings.embedded_db_dir)
    try:
        url = local_mode.start_embedded(embedded) if embedded else settings.database_url
        assert url is not None
        engine = create_engine(url, settings)
        try:
            # a fresh database gets its tables (where missing) and the demo workspace
            local_mode.prepare(engine, settings, own_database=args.database)
            token, workspace_id, expires_at = local_mode.mint(
                engine, settings, args.workspace, args.role, args.hours, own_database=args.database
            )
        finally:
            engine.dispose()
    except (DatabaseNotReady, local_mode.LocalModeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        if embedded:
            embedded.stop()
    print(f"{args.role} of workspace {workspace_id}, valid until {expires_at:%Y-%m-%d %H:%M} UTC", file=sys.stderr)
    print(token)
    return 0


def _db_init(args: argparse.Namespace) -> int:
    from agents.database.hyvve_migrations import HyvveRepoMissing
    from agents.database.init import initialize

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    password = settings.agentos_db_password.get_secret_value() if settings.agentos_db_password else ""
    if settings.database_url is None or not password:
        print("error: db init needs DATABASE_URL (as the database's owner) and AGENTOS_DB_PASSWORD (the password of "
              "the service's role)", file=sys.stderr)
        return 2
    engine = create_engine(settings.database_url, settings)
    try:
        for line in initialize(engine, settings.hyvve_repo, args.role, password):
            print(line, file=sys.stderr)
    except (DatabaseNotReady, HyvveRepoMissing, ValueError) as exc:
        print(f"error: db init: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


def _demo(args: argparse.Namespace) -> int:
    from agents.demo import run_demo

    url = args.url
    if url is None:  # the running local service (`.data/service.json`), whatever its port; else the default
        from agents.local_mode import DEFAULT_PORT, running_service_url

        try:
            url = running_service_url(load_settings())
        except SettingsError:
            url = None
        url = url or f"http://127.0.0.1:{DEFAULT_PORT}"
    return run_demo(url, args.token)


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

    # Local mode (the embedded database): session tokens for the demo workspace, and the guided demo.
    token = commands.add_parser("token", help="print a new session token for the local database (local mode)")
    token.add_argument("--workspace", default="demo", help="slug or id (default: demo)")
    token.add_argument("--role", default="owner", choices=("owner", "admin", "member", "viewer", "guest"))
    token.add_argument("--hours", type=float, default=12, help="lifetime (default: 12)")
    token.add_argument("--database", action="store_true",
                       help="seed DATABASE_URL's database instead (a stack of your own, e.g. compose's; as its owner)")
    token.set_defaults(handler=_token)
    db = commands.add_parser("db", help="database set-up").add_subparsers(dest="db_command", required=True)
    init = db.add_parser("init", help="as the owner: pgvector, HYVVE's tables (HYVVE_REPO or our DDL), the service's role")
    init.add_argument("--role", default="agentos_service", help="the service's role (default: agentos_service)")
    init.set_defaults(handler=_db_init)
    demo = commands.add_parser("demo", help="walk a running service through runs, an approval and its decision")
    demo.add_argument("--url", default=None,
                      help="default: the running local service (.data/service.json), else http://127.0.0.1:7777")
    demo.add_argument("--token", default=None, help="an owner's or admin's token (default: .data/demo-token)")
    demo.set_defaults(handler=_demo)

    args = parser.parse_args(argv)
    configure_logging("info")
    return int(args.handler(args))
