"""What HYVVE's Node side does, for the tests: its tables and rows, better-auth's JWKS and JWTs.

The tables come from HYVVE's own migrations (`HYVVE_REPO`); rows are inserted as Prisma writes them, naming
every NOT NULL column that has no default there.
Keys are generated per test session and served by a real HTTP JWKS endpoint.
"""

from __future__ import annotations

import json
import os
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jwt
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from jwt.algorithms import ECAlgorithm, OKPAlgorithm, RSAAlgorithm, RSAPSSAlgorithm

from agents.database.hyvve_migrations import HyvveRepoMissing, apply_hyvve_migrations

ROOT = Path(__file__).resolve().parents[1]
ISSUER = "http://hyvve.test"  # BETTER_AUTH_URL in the tests: iss and aud default to it


def hyvve_repo() -> Path | None:
    repo = os.environ.get("HYVVE_REPO")
    return Path(repo).resolve() if repo else None


def create_hyvve_tables(engine: sa.Engine) -> None:
    """HYVVE's tables, built by its own migrations; fails the test with one line when HYVVE_REPO is unset."""
    try:
        apply_hyvve_migrations(engine, hyvve_repo())
    except HyvveRepoMissing as exc:
        missing = str(exc)
    else:
        return
    pytest.fail(missing, pytrace=False)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# -- rows -----------------------------------------------------------------------------------------


@dataclass
class Member:
    user_id: str
    workspace_id: str
    role: str
    session_token: str


@dataclass
class Workspace:
    id: str
    members: dict[str, Member] = field(default_factory=dict)

    def __getitem__(self, role: str) -> Member:
        return self.members[role]


class NodeSide:
    """Seeds HYVVE rows the way Prisma and better-auth write them."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    def user(self) -> str:
        user_id = str(uuid.uuid4())
        with self.engine.begin() as conn:
            conn.execute(
                sa.text("INSERT INTO users (id, email, name, updated_at) VALUES (:id, :email, :name, :now)"),
                {"id": user_id, "email": f"{user_id[:8]}@example.test", "name": f"User {user_id[:8]}", "now": _now()},
            )
        return user_id

    def workspace(self, roles: tuple[str, ...] = ("owner", "admin", "member", "viewer", "guest")) -> Workspace:
        workspace = Workspace(id=str(uuid.uuid4()))
        with self.engine.begin() as conn:
            conn.execute(
                sa.text("INSERT INTO workspaces (id, name, slug, updated_at) VALUES (:id, :name, :slug, :now)"),
                {"id": workspace.id, "name": f"Shop {workspace.id[:8]}", "slug": f"shop-{workspace.id[:8]}",
                 "now": _now()},
            )
        for role in roles:
            user_id = self.user()
            self.join(workspace, user_id, role)
            workspace.members[role] = Member(user_id, workspace.id, role, self.session(user_id, workspace.id))
        return workspace

    def join(self, workspace: Workspace, user_id: str, role: str, accepted: bool = True) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO workspace_members (id, user_id, workspace_id, role, accepted_at) "
                    "VALUES (:id, :user_id, :workspace_id, :role, :accepted_at)"
                ),
                {
                    "id": str(uuid.uuid4()),
                    "user_id": user_id,
                    "workspace_id": workspace.id,
                    "role": role,
                    "accepted_at": _now() if accepted else None,
                },
            )

    def session(self, user_id: str, workspace_id: str | None, expires_in: timedelta = timedelta(days=7)) -> str:
        token = secrets.token_urlsafe(24)  # better-auth: 32 random characters, no dots
        with self.engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO sessions (id, user_id, token, expires_at, active_workspace_id, updated_at) "
                    "VALUES (:id, :user_id, :token, :expires_at, :workspace_id, :now)"
                ),
                {
                    "id": str(uuid.uuid4()),
                    "user_id": user_id,
                    "token": token,
                    "expires_at": _now() + expires_in,
                    "workspace_id": workspace_id,
                    "now": _now(),
                },
            )
        return token

    def provider(
        self,
        workspace_id: str,
        provider: str,
        encrypted_key: str,
        default_model: str,
        max_tokens_per_day: int = 100_000,
        is_valid: bool = True,
    ) -> str:
        """An `ai_provider_configs` row, as HYVVE's settings page saves one."""
        config_id = str(uuid.uuid4())
        with self.engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO ai_provider_configs (id, workspace_id, provider, api_key_encrypted, default_model, "
                    "is_valid, max_tokens_per_day, created_at, updated_at) VALUES (:id, :ws, :provider, :key, :model, "
                    ":valid, :max, :now, :now)"
                ),
                {"id": config_id, "ws": workspace_id, "provider": provider, "key": encrypted_key,
                 "model": default_model, "valid": is_valid, "max": max_tokens_per_day, "now": _now()},
            )
        return config_id

    def workspace_settings(self, workspace_id: str, **values: Any) -> None:
        columns = {"id": str(uuid.uuid4()), "workspace_id": workspace_id, "updated_at": _now(), **values}
        if "agent_model_preferences" in columns:
            columns["agent_model_preferences"] = json.dumps(columns["agent_model_preferences"])
        names = ", ".join(columns)
        params = ", ".join(
            f"CAST(:{k} AS jsonb)" if k == "agent_model_preferences" else f":{k}" for k in columns
        )
        updates = ", ".join(f"{k} = EXCLUDED.{k}" for k in columns if k not in ("id", "workspace_id"))
        with self.engine.begin() as conn:
            conn.execute(
                sa.text(f"INSERT INTO workspace_settings ({names}) VALUES ({params}) "
                        f"ON CONFLICT (workspace_id) DO UPDATE SET {updates}"),
                columns,
            )

    def business(self, workspace: Workspace, name: str | None = None) -> str:
        """A `businesses` row, as HYVVE's onboarding wizard creates one (id: a cuid)."""
        business_id = "c" + uuid.uuid4().hex[:24]
        owner = next(iter(workspace.members.values())).user_id
        with self.engine.begin() as conn:
            conn.execute(
                sa.text("INSERT INTO businesses (id, workspace_id, user_id, name, updated_at) "
                        "VALUES (:id, :ws, :user, :name, :now)"),
                {"id": business_id, "ws": workspace.id, "user": owner, "name": name or f"Candle Co {business_id[-6:]}",
                 "now": _now()},
            )
        return business_id

    def delete_session(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM sessions WHERE token = :token"), {"token": token})

    def soft_delete_workspace(self, workspace_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(sa.text("UPDATE workspaces SET deleted_at = now() WHERE id = :id"), {"id": workspace_id})


# -- small HTTP stand-ins -----------------------------------------------------------------------------------


class _JsonHandler(BaseHTTPRequestHandler):
    def reply(self, body: Any, status: int = 200) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


def _serve(handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


# -- better-auth keys, JWKS and tokens -----------------------------------------------------------------


@dataclass
class SigningKey:
    kid: str
    alg: str
    private_key: Any
    public_jwk: dict[str, Any]


def make_key(alg: str = "EdDSA") -> SigningKey:
    kid = uuid.uuid4().hex
    if alg == "EdDSA":
        private = ed25519.Ed25519PrivateKey.generate()
        jwk = json.loads(OKPAlgorithm.to_jwk(private.public_key()))
    elif alg == "ES256":
        private = ec.generate_private_key(ec.SECP256R1())
        jwk = json.loads(ECAlgorithm.to_jwk(private.public_key()))
    elif alg in ("RS256", "PS256"):
        private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        algorithm = RSAAlgorithm if alg == "RS256" else RSAPSSAlgorithm
        jwk = json.loads(algorithm.to_jwk(private.public_key()))
    else:
        raise ValueError(alg)
    jwk.update({"kid": kid, "alg": alg})  # better-auth publishes kid and alg, no `use`
    return SigningKey(kid, alg, private, jwk)


class JwksServer:
    """better-auth's `/api/auth/jwks`, on a free port, counting how often it is fetched."""

    def __init__(self) -> None:
        self.keys: list[SigningKey] = []
        self.fetches = 0
        server = self

        class Handler(_JsonHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                server.fetches += 1
                self.reply({"keys": [k.public_jwk for k in server.keys]})

        self._httpd = _serve(Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/api/auth/jwks"

    def add(self, alg: str = "EdDSA") -> SigningKey:
        key = make_key(alg)
        self.keys.append(key)
        return key

    def stop(self) -> None:
        self._httpd.shutdown()


def mint(
    key: SigningKey,
    sub: str | None,
    workspace_id: str | None = None,
    *,
    claim: str = "workspaceId",
    expires_in: int = 900,
    headers: dict[str, Any] | None = None,
    **claims: Any,
) -> str:
    """A better-auth JWT with HYVVE's planned payload (sub, sessionId, workspaceId, email, name)."""
    now = int(time.time())
    payload: dict[str, Any] = {
        "iss": ISSUER,
        "aud": ISSUER,
        "iat": now,
        "exp": now + expires_in,
        "sessionId": uuid.uuid4().hex,
        "email": "someone@example.test",
        "name": "Someone",
    }
    if sub is not None:
        payload["sub"] = sub
    if workspace_id is not None:
        payload[claim] = workspace_id
    payload.update(claims)
    return jwt.encode(payload, key.private_key, algorithm=key.alg, headers={"kid": key.kid, **(headers or {})})


# -- NestJS, as the tools' side effects see it --------------------------------------------------------------

# CreatePageDto (apps/api/src/kb/pages/dto/create-page.dto.ts); NestJS's ValidationPipe forbids other fields.
_PAGE_FIELDS = {"workspaceId", "title", "parentId", "content", "isTemplate", "templateCategory"}
_PAGE_ROLES = {"owner", "admin", "member"}  # @Roles on PagesController.createPage


class NestJsServer:
    """HYVVE's NestJS as our tools may reach it: only the routes agents/hyvve_api.py names, with HYVVE's guards.

    `POST /kb/pages`: AuthGuard (a live `sessions.token` as Bearer), TenantGuard (workspace from the body or the
    session; accepted membership of a live workspace), RolesGuard (owner, admin, member), CreatePageDto. Any other
    path is NestJS's 404. Every request is kept in `actions`, whatever the answer. While `holding` is set, a request
    is recorded and then never answered (NestJS hangs).
    """

    def __init__(self, engine: sa.Engine | None = None) -> None:
        self.engine = engine  # HYVVE's database, for the guards; without it every credential is refused
        self.actions: list[dict[str, Any]] = []
        self.pages: list[dict[str, Any]] = []
        self.holding = threading.Event()
        self._released = threading.Event()
        server = self

        class Handler(_JsonHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("content-length", 0))
                try:
                    body = json.loads(self.rfile.read(length) or b"{}") if length else {}
                except ValueError:
                    body = None
                server.actions.append({
                    "method": self.command, "path": self.path, "body": body,
                    "authorization": self.headers.get("authorization"),
                    "idempotency_key": self.headers.get("idempotency-key"),
                })
                if server.holding.is_set():
                    server._released.wait()
                    return
                if (self.command, self.path.split("?")[0]) == ("POST", "/kb/pages"):
                    status, answer = server._create_page(self.headers.get("authorization"), body)
                else:
                    status, answer = 404, _nest_error(404, f"Cannot {self.command} {self.path}")
                self.reply(answer, status)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _handle

        self._httpd = _serve(Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def _create_page(self, authorization: str | None, body: Any) -> tuple[int, dict[str, Any]]:
        scheme, _, token = (authorization or "").partition(" ")
        session = self._session(token) if scheme == "Bearer" and token else None
        if session is None:
            return 401, _nest_error(401, "Invalid or expired authentication token")
        if not isinstance(body, dict):
            return 400, _nest_error(400, "Invalid JSON body")
        workspace_id = body.get("workspaceId") or session["active_workspace_id"]
        if not workspace_id:
            return 400, _nest_error(400, "Workspace context required.")
        role = self._role(session["user_id"], workspace_id)
        if role is None:
            return 403, _nest_error(403, "Access denied. You are not a member of this workspace.")
        if role not in _PAGE_ROLES:
            return 403, _nest_error(403, f"Insufficient permissions. Your role: {role}")
        problems = [f"property {name} should not exist" for name in body if name not in _PAGE_FIELDS]
        title, content = body.get("title"), body.get("content")
        if not isinstance(title, str) or len(title) > 500:
            problems.append("title must be a string of at most 500 characters")
        if content is not None and not (isinstance(content, dict) and content.get("type") == "doc"
                                        and isinstance(content.get("content"), list)):
            problems.append('Content root must be type "doc"')
        if problems:
            return 400, _nest_error(400, problems)
        page = {"id": uuid.uuid4().hex, "workspaceId": workspace_id, "title": title, "content": content,
                "ownerId": session["user_id"]}
        self.pages.append(page)
        return 201, page

    def _session(self, token: str) -> dict[str, Any] | None:
        if self.engine is None:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(sa.text("SELECT user_id, active_workspace_id FROM sessions "
                                       "WHERE token = :t AND expires_at > now()"), {"t": token}).first()
        return dict(row._mapping) if row else None

    def _role(self, user_id: str, workspace_id: str) -> str | None:
        assert self.engine is not None
        with self.engine.connect() as conn:
            return conn.execute(sa.text(
                "SELECT m.role FROM workspace_members m JOIN workspaces w ON w.id = m.workspace_id "
                "WHERE m.user_id = :u AND m.workspace_id = :w AND w.deleted_at IS NULL"),
                {"u": user_id, "w": workspace_id}).scalar()

    def actions_for(self, marker: str) -> list[dict[str, Any]]:
        return [a for a in self.actions if marker in json.dumps(a["body"])]

    def stop(self) -> None:
        self._released.set()  # held requests end unanswered
        self._httpd.shutdown()


def _nest_error(status: int, message: Any) -> dict[str, Any]:
    """NestJS's error body (HttpException): {statusCode, message, error}."""
    names = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found"}
    return {"statusCode": status, "message": message, "error": names[status]}


# -- an OpenTelemetry collector, as the service's OTLP exporter sees it --------------------------------------


class OtlpReceiver:
    """`POST /v1/traces` (OTLP/HTTP protobuf): keeps every span the service exports."""

    def __init__(self) -> None:
        from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

        self.spans: list[dict[str, Any]] = []
        server = self

        class Handler(_JsonHandler):
            def do_POST(self) -> None:  # noqa: N802
                request = ExportTraceServiceRequest()
                request.ParseFromString(self.rfile.read(int(self.headers.get("content-length", 0))))
                for resource_spans in request.resource_spans:
                    for scope_spans in resource_spans.scope_spans:
                        for span in scope_spans.spans:
                            server.spans.append({
                                "trace_id": span.trace_id.hex(), "span_id": span.span_id.hex(),
                                "parent_id": span.parent_span_id.hex(), "name": span.name,
                                "start_ns": span.start_time_unix_nano, "end_ns": span.end_time_unix_nano,
                                "attributes": {a.key: _otlp_value(a.value) for a in span.attributes},
                            })
                self.reply({})

        self._httpd = _serve(Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def trace(self, trace_id: str) -> list[dict[str, Any]]:
        return [s for s in self.spans if s["trace_id"] == trace_id]

    def stop(self) -> None:
        self._httpd.shutdown()


def _otlp_value(value: Any) -> Any:
    kind = value.WhichOneof("value")
    return getattr(value, kind) if kind in ("string_value", "int_value", "double_value", "bool_value") else str(value)
