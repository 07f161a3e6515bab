"""Local mode: what `python -m agents serve` adds on the embedded database, so a fresh clone can do something.

Local mode is the embedded PostgreSQL (no `DATABASE_URL`). Before uvicorn starts, the CLI parent:
- creates the HYVVE tables from the contract (`contracts/db/hyvve.sql`) where they are missing and seeds
  one workspace (slug `demo`), its owner and membership, a business (id `demo-business`, so the onboarding
  teams run), and a better-auth `sessions` row whose token is
  the demo credential (reused across restarts while it has more than a day left; written to
  `<data dir>/demo-token`). None of this ever happens against a real `DATABASE_URL`: HYVVE owns those rows;
- with no key for the platform model (`DEFAULT_MODEL` openai:*, no `OPENAI_API_KEY`, no `OPENAI_BASE_URL`),
  starts the scripted model server (a test double, agents/devtools/scripted_model.py) in-process and points
  the app at it through `OPENAI_BASE_URL`/`OPENAI_API_KEY`, so runs work offline;
- prints one banner when the service answers: URLs, the token, the model, and what is not configured.

`python -m agents token` mints more session tokens in the local database (any role, 12 h by default).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import secrets
import socket
import sys
import threading
import time
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import psutil
from sqlalchemy import Connection, Engine, text

from agents.database.engine import DatabaseNotReady
from agents.observability.logs import human_output
from agents.settings import Settings
from agents.workers import utc_now_naive

if TYPE_CHECKING:
    from agents.database.embedded import EmbeddedPostgres
    from agents.devtools.scripted_model import ScriptedModelServer

DEMO_SLUG = "demo"
DEMO_BUSINESS_ID = "demo-business"  # a `businesses` row of the demo workspace, for the onboarding teams
ROLES = ("owner", "admin", "member", "viewer", "guest")
BANNER_TOKEN_LIFETIME = timedelta(days=7)  # better-auth's default session length
BANNER_TOKEN_MIN_LEFT = timedelta(days=1)  # a start-up with less left than this issues a new one
MINTED_TOKEN_HOURS = 12
TOKEN_FILE = "demo-token"
SERVICE_FILE = "service.json"  # {"pid", "url"} of the running local service, for `make demo` without PORT
DEFAULT_PORT = 7777
_BANNER_AGENT = "hyvve-agentos local mode"
_MINTED_AGENT = "hyvve-agentos token command"
# Placeholder key the app sends to the scripted stand-in (which accepts any key).
STAND_IN_KEY = "sk-scripted-stand-in"


log = logging.getLogger(__name__)


class LocalModeError(Exception):
    """Local mode cannot do what was asked; the message is one line saying what to do."""


@dataclass(frozen=True)
class LocalWorkspace:
    workspace_id: str
    slug: str
    owner_email: str
    token: str
    token_expires_at: datetime
    token_file: Path


def token_file(settings: Settings) -> Path:
    """Where the server writes the demo token: beside the embedded data directory (`.data/demo-token`)."""
    return settings.embedded_db_dir.expanduser().resolve().parent / TOKEN_FILE


def service_file(settings: Settings) -> Path:
    """Where the running local service names its URL and pid (`.data/service.json`), beside the demo token."""
    return token_file(settings).parent / SERVICE_FILE


def running_service_url(settings: Settings) -> str | None:
    """The URL of the local service that wrote `.data/service.json`, if its process still runs."""
    try:
        found = json.loads(service_file(settings).read_text())
        pid, url = int(found["pid"]), str(found["url"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return url if psutil.pid_exists(pid) else None


def forget_service(settings: Settings) -> None:
    """On shutdown: remove `.data/service.json` if it names this process."""
    path = service_file(settings)
    try:
        if json.loads(path.read_text()).get("pid") == os.getpid():
            path.unlink()
    except (OSError, ValueError, AttributeError):
        pass


def demo_command(base_url: str) -> str:
    """The exact `make demo` for a service at base_url (PORT/HOST only where they differ from the Makefile's)."""
    host, _, port = base_url.removeprefix("http://").rpartition(":")
    command = "make demo"
    if port != str(DEFAULT_PORT):
        command += f" PORT={port}"
    if host != "127.0.0.1":
        command += f" HOST={host}"
    return command


def require_local(settings: Settings) -> None:
    if not settings.uses_embedded_database:
        raise LocalModeError(
            "DATABASE_URL is set: local mode (demo workspace, demo tokens) only uses the embedded database; "
            "against HYVVE's database, sign in through HYVVE"
        )


# -- start-up checks ------------------------------------------------------------------------------------


def port_problem(host: str, port: int) -> str | None:
    """One line saying why uvicorn could not listen on host:port, or None when it can."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        return f"cannot listen on {host}: not an address of this machine (use --host 127.0.0.1)"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: TIME_WAIT is no conflict
        try:
            sock.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return (
                    f"port {port} on {host} is already in use (another `make run`?): stop that process "
                    f"or pick another port, e.g. `make run PORT={port + 1}` or `python -m agents serve --port {port + 1}`"
                )
            if exc.errno == errno.EACCES:
                return f"not allowed to listen on port {port}: pick a port above 1023, e.g. `make run PORT=7777`"
            if exc.errno == errno.EADDRNOTAVAIL:
                return f"cannot listen on {host}: not an address of this machine (use --host 127.0.0.1)"
            return f"cannot listen on {host}:{port}: {exc.strerror or exc}"
    return None


def start_embedded(embedded: EmbeddedPostgres) -> str:
    """Start (or join) the embedded server; a failure becomes one DatabaseNotReady line with what to do."""
    data_dir = embedded.data_dir
    stale = _stale_lock(data_dir)
    if stale:
        raise DatabaseNotReady(stale)
    try:
        return embedded.start()
    except Exception as exc:  # pgserver raises whatever its subprocesses and asserts raise
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        hint = _stale_lock(data_dir) or (
            f"its log is {data_dir / 'log'}; if that directory is from an older or broken set-up, move it away "
            f"(or set EMBEDDED_DB_DIR to a new directory) and start again"
        )
        raise DatabaseNotReady(f"the embedded PostgreSQL under {data_dir} did not start ({reason}); {hint}") from None


def _stale_lock(data_dir: Path) -> str | None:
    """postmaster.pid naming a live process that is not PostgreSQL (a crash or reboot left it; the pid was reused)."""
    pid_file = data_dir / "postmaster.pid"
    try:
        pid = int(pid_file.read_text().split("\n", 1)[0].strip())
    except (OSError, ValueError):
        return None
    try:
        name = psutil.Process(pid).name()
    except psutil.Error:
        return None  # no such process: PostgreSQL replaces a dead postmaster.pid itself
    if name.startswith("postgres"):
        return None  # a running embedded server: the service joins it
    return (
        f"the embedded PostgreSQL under {data_dir} looks locked by an earlier run: {pid_file} names process {pid} "
        f"({name}), which is not PostgreSQL (left over from a crash or reboot); make sure no PostgreSQL uses that "
        f"directory, delete {pid_file}, and start again"
    )


# -- the demo workspace ---------------------------------------------------------------------------------


def prepare(engine: Engine, settings: Settings, own_database: bool = False) -> LocalWorkspace:
    """Create the HYVVE tables if absent, seed the demo workspace and its owner, and return the demo token."""
    if not own_database:  # `token --database`: the operator named a database of their own (compose's)
        require_local(settings)
    from agents.database.hyvve_schema import create_hyvve_tables  # the DDL contracts/db/hyvve.sql is made from

    create_hyvve_tables(engine)
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('hyvve-agentos local mode'))"))
        workspace_id = _ensure_workspace(conn, DEMO_SLUG, "Demo workspace")
        owner_id, owner_email = _ensure_member(conn, workspace_id, DEMO_SLUG, "owner")
        _ensure_business(conn, workspace_id, owner_id)
        row = conn.execute(
            text(
                "SELECT token, expires_at FROM sessions WHERE user_id = :user AND active_workspace_id = :ws "
                "AND user_agent = :agent AND expires_at > :fresh ORDER BY expires_at DESC LIMIT 1"
            ),
            {"user": owner_id, "ws": workspace_id, "agent": _BANNER_AGENT, "fresh": utc_now_naive() + BANNER_TOKEN_MIN_LEFT},
        ).first()
        if row is not None:
            token, expires_at = row.token, row.expires_at
        else:
            token, expires_at = _insert_session(conn, owner_id, workspace_id, BANNER_TOKEN_LIFETIME, _BANNER_AGENT)
    path = token_file(settings)
    _write_private(path, token)
    return LocalWorkspace(workspace_id, DEMO_SLUG, owner_email, token, expires_at, path)


def _write_private(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(content + "\n")


def mint(
    engine: Engine, settings: Settings, workspace: str, role: str, hours: float, own_database: bool = False
) -> tuple[str, str, datetime]:
    """A new session token for a `role` member of `workspace` (slug or id): (token, workspace id, expiry)."""
    if not own_database:  # `token --database`: the operator named a database of their own (compose's)
        require_local(settings)
    if role not in ROLES:
        raise LocalModeError(f"unknown role '{role}': one of {', '.join(ROLES)}")
    with engine.begin() as conn:
        row = conn.execute(
            text("SELECT id, slug FROM workspaces WHERE (slug = :w OR id = :w) AND deleted_at IS NULL"),
            {"w": workspace},
        ).first()
        if row is None:
            raise LocalModeError(
                f"no workspace '{workspace}' in the local database (the demo workspace is '{DEMO_SLUG}')"
            )
        user_id, _ = _ensure_member(conn, row.id, row.slug, role)
        token, expires_at = _insert_session(conn, user_id, row.id, timedelta(hours=hours), _MINTED_AGENT)
    return token, row.id, expires_at


def _ensure_workspace(conn: Connection, slug: str, name: str) -> str:
    conn.execute(
        text("INSERT INTO workspaces (id, name, slug, updated_at) VALUES (:id, :name, :slug, :now) "
             "ON CONFLICT (slug) DO NOTHING"),
        {"id": str(uuid.uuid4()), "name": name, "slug": slug, "now": utc_now_naive()},
    )
    return str(conn.execute(text("SELECT id FROM workspaces WHERE slug = :slug"), {"slug": slug}).scalar_one())


def _ensure_business(conn: Connection, workspace_id: str, owner_id: str) -> None:
    """The demo business the onboarding teams run for (`factory_input: {"business_id": "demo-business"}`)."""
    conn.execute(
        text("INSERT INTO businesses (id, workspace_id, user_id, name, description, industry, updated_at) "
             "VALUES (:id, :ws, :user, :name, :description, :industry, :now) ON CONFLICT (id) DO NOTHING"),
        {"id": DEMO_BUSINESS_ID, "ws": workspace_id, "user": owner_id, "name": "Demo Candle Co",
         "description": "Hand-poured soy candles sold online", "industry": "Retail", "now": utc_now_naive()},
    )


def _ensure_member(conn: Connection, workspace_id: str, slug: str, role: str) -> tuple[str, str]:
    """An accepted member with this role (the first one, else a new `<role>@<slug>.hyvve.local` user)."""
    existing = conn.execute(
        text(
            "SELECT m.user_id, u.email FROM workspace_members m JOIN users u ON u.id = m.user_id "
            "WHERE m.workspace_id = :ws AND m.role = :role AND m.accepted_at IS NOT NULL ORDER BY m.invited_at LIMIT 1"
        ),
        {"ws": workspace_id, "role": role},
    ).first()
    if existing is not None:
        return existing.user_id, existing.email
    email = f"{role}@{slug}.hyvve.local"
    conn.execute(
        text("INSERT INTO users (id, email, name, updated_at) VALUES (:id, :email, :name, :now) "
             "ON CONFLICT (email) DO NOTHING"),
        {"id": str(uuid.uuid4()), "email": email, "name": f"Demo {role.capitalize()}", "now": utc_now_naive()},
    )
    user_id = str(conn.execute(text("SELECT id FROM users WHERE email = :email"), {"email": email}).scalar_one())
    conn.execute(
        text(
            "INSERT INTO workspace_members (id, user_id, workspace_id, role, accepted_at) "
            "VALUES (:id, :user, :ws, :role, :now) ON CONFLICT (user_id, workspace_id) "
            "DO UPDATE SET role = EXCLUDED.role, accepted_at = EXCLUDED.accepted_at"
        ),
        {"id": str(uuid.uuid4()), "user": user_id, "ws": workspace_id, "role": role, "now": utc_now_naive()},
    )
    return user_id, email


def _insert_session(conn: Connection, user_id: str, workspace_id: str, lifetime: timedelta, agent: str) -> tuple[str, datetime]:
    token = secrets.token_urlsafe(24)  # better-auth's shape: 32 URL-safe characters, no dots
    expires_at = (utc_now_naive() + lifetime).replace(microsecond=0)
    conn.execute(
        text(
            "INSERT INTO sessions (id, user_id, token, expires_at, active_workspace_id, user_agent, updated_at) "
            "VALUES (:id, :user, :token, :expires, :ws, :agent, :now)"
        ),
        {"id": str(uuid.uuid4()), "user": user_id, "token": token, "expires": expires_at, "ws": workspace_id,
         "agent": agent, "now": utc_now_naive()},
    )
    return token, expires_at


# -- a model without keys -------------------------------------------------------------------------------


def needs_stand_in(settings: Settings) -> bool:
    """Local mode whose platform model is OpenAI with neither a key nor another endpoint."""
    provider = settings.default_model.split(":", 1)[0]
    return (
        settings.uses_embedded_database
        and provider == "openai"
        and settings.openai_api_key is None
        and settings.openai_base_url is None
        and "openai" not in settings.provider_base_url_map
    )


def start_stand_in() -> ScriptedModelServer:
    """The scripted model server in this process; the app (imported later, or forked) reads the environment."""
    from agents.devtools.scripted_model import ScriptedModelServer

    server = ScriptedModelServer(host="127.0.0.1", port=0).start()
    os.environ["OPENAI_BASE_URL"] = server.base_url
    os.environ["OPENAI_API_KEY"] = STAND_IN_KEY
    return server


# -- the banner -----------------------------------------------------------------------------------------


Section = tuple[str, list[str]]  # a banner label and its lines


def banner_sections(
    settings: Settings, base_url: str, local: LocalWorkspace | None, stand_in: ScriptedModelServer | None
) -> tuple[str, list[Section]]:
    """The banner's title and its (label, lines) sections: printed for a terminal, one JSON record otherwise."""
    title = "HYVVE AgentOS is ready" + (" (local mode: embedded PostgreSQL)" if local else "")
    sections: list[Section] = [("API", [base_url])]
    if settings.environment != "production":
        sections.append(("API docs", [f"{base_url}/docs"]))
    if local is not None:
        shown = _relative(local.token_file)
        sections += [
            ("Workspace", [f"'{local.slug}' (id {local.workspace_id}); you are its owner, {local.owner_email}"]),
            ("Token", [
                local.token,
                f"a better-auth session token, valid until {local.token_expires_at:%Y-%m-%d %H:%M} UTC, also in {shown}",
                f"curl -H \"Authorization: Bearer $(cat {shown})\" {base_url}/agents",
                f"more: python -m agents token --workspace {local.slug} --role member",
            ]),
            ("Business", [f"'{DEMO_BUSINESS_ID}', for the onboarding teams (validation, planning, branding): "
                          f"form field factory_input='{{\"business_id\": \"{DEMO_BUSINESS_ID}\"}}'"]),
        ]
    provider, model_id = settings.default_model.split(":", 1)
    if stand_in is not None:
        sections.append(("Model", [
            f"the scripted stand-in at {stand_in.base_url}: a TEST DOUBLE, not an LLM. It answers",
            "'Scripted reply: <your message>' and turns 'call <tool> {json}' into a tool call.",
            "Real answers: set OPENAI_API_KEY=sk-... (or a local Ollama: DEFAULT_MODEL=ollama:llama3.2)",
            "and restart. In HYVVE, workspaces also bring their own keys (BYOAI).",
        ]))
    else:
        endpoint = settings.openai_base_url if provider == "openai" and settings.openai_base_url else None
        where = f" at {endpoint}" if endpoint else ""
        model = [f"{settings.default_model}{where} (the platform model; workspaces may bring their own keys)"]
        if provider == "openai" and settings.openai_api_key is None and endpoint is None:
            model.append("OPENAI_API_KEY is unset: runs on the platform model will fail until it is set")
        sections.append(("Model", model))
    if settings.redis_url:
        sections.append(("Events", ["published to Redis stream hyvve:events:main"]))
    else:
        sections.append(("Events", [
            f"REDIS_URL is unset: events wait in the outbox table {settings.agno_db_schema}.agentos_outbox "
            "and are published once Redis is configured"]))
    if not settings.hyvve_api_url:
        sections.append(("Actions", [
            f"HYVVE_API_URL is unset: approved actions are recorded here ({settings.agno_db_schema}"
            ".agentos_actions), not sent to NestJS"]))
    if local is not None:
        sections.append(("Try it", [f"{demo_command(base_url)}   (in another terminal: agents, runs, an approval "
                                    "and its decision)"]))
    return title, sections


def banner(
    settings: Settings, base_url: str, local: LocalWorkspace | None, stand_in: ScriptedModelServer | None
) -> str:
    """The banner for a person at a terminal."""
    title, sections = banner_sections(settings, base_url, local, stand_in)
    lines = ["", title]
    for label, values in sections:
        lines.append(f"  {label:<10} {values[0]}")
        lines += [f"  {'':<10} {value}" for value in values[1:]]
    return "\n".join(lines) + "\n"


def banner_record(
    settings: Settings, base_url: str, local: LocalWorkspace | None, stand_in: ScriptedModelServer | None
) -> tuple[str, dict[str, str]]:
    """The banner as one log record (production, or output to a file or pipe): the title, and each section as
    one field. Not the token itself: logs get shipped; the token file's path is there."""
    title, sections = banner_sections(settings, base_url, local, stand_in)
    fields = {label: " ".join(values[1:] if label == "Token" else values) for label, values in sections}
    return title, fields


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def announce_when_ready(
    host: str, port: int, settings: Settings, local: LocalWorkspace | None, stand_in: ScriptedModelServer | None,
    timeout: float = 300,
) -> None:
    """Print the banner once, to stdout, as soon as /health answers (after uvicorn's own start-up lines)."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "", "::") else host
    shown = f"[{shown}]" if ":" in shown else shown
    base_url = f"http://{shown}:{port}"
    human = human_output(settings.environment)
    text_ = banner(settings, base_url, local, stand_in)
    title, fields = banner_record(settings, base_url, local, stand_in)

    def wait_and_print() -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:  # urllib, not httpx: httpx would log each poll
                with urllib.request.urlopen(f"{base_url}/health", timeout=2) as response:
                    if response.status == 200:
                        if local is not None:  # `make demo` (no PORT) finds this service here
                            _write_private(service_file(settings), json.dumps({"pid": os.getpid(), "url": base_url}))
                        if human:
                            print(text_, file=sys.stdout, flush=True)
                        else:
                            log.info(title, extra={"fields": {"banner": fields}})
                        return
            except OSError:  # URLError, refused, timeouts
                pass
            time.sleep(0.2)

    threading.Thread(target=wait_and_print, name="start-up-banner", daemon=True).start()

