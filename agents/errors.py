"""One JSON error shape for every route, ours and agno's: `{"error": {"code", "message"}}`.

agno's own clients (the Control Plane UI) read `detail`, so the body carries it too, with the same message.
Server errors never echo exception text: it routinely holds connection strings or SQL.
"""

from __future__ import annotations

import logging
import re
from enum import StrEnum
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from opentelemetry import trace
from opentelemetry.trace import Status, StatusCode
from psycopg.errors import UntranslatableCharacter
from sqlalchemy.exc import DataError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agno.exceptions import AgnoError, SessionBusyError

log = logging.getLogger(__name__)


class ErrorCode(StrEnum):
    """Every code a client can see in an error body (`error.code`), in one place: clients branch on these."""

    ALREADY_DECIDED = "already_decided"
    APPROVAL_CONTINUING = "approval_continuing"
    APPROVAL_PENDING = "approval_pending"
    BAD_REQUEST = "bad_request"
    CONFLICT = "conflict"
    DATABASE_UNAVAILABLE = "database_unavailable"
    DOCUMENT_NOT_FOUND = "document_not_found"
    DOCUMENT_TOO_LARGE = "document_too_large"
    ERROR = "error"
    FORBIDDEN = "forbidden"
    HEADERS_TOO_LARGE = "headers_too_large"
    INTERNAL_ERROR = "internal_error"
    INVALID_DOCUMENT = "invalid_document"
    INVALID_REQUEST = "invalid_request"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    NO_MODEL_CONFIGURED = "no_model_configured"
    NOT_A_MEMBER = "not_a_member"
    NOT_FOUND = "not_found"
    ORIGIN_NOT_ALLOWED = "origin_not_allowed"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    PROVIDER_KEY_UNUSABLE = "provider_key_unusable"
    PROVIDER_NOT_CONFIGURED = "provider_not_configured"
    RATE_LIMITED = "rate_limited"
    RUN_CANCELLED = "run_cancelled"
    RUN_FAILED = "run_failed"
    SESSION_ID_REQUIRED = "session_id_required"
    TIMEOUT = "timeout"
    TOKEN_EXPIRED = "token_expired"
    TOKEN_INVALID = "token_invalid"
    TOKEN_LIMIT_EXCEEDED = "token_limit_exceeded"
    TOKEN_MISSING = "token_missing"
    UNAUTHENTICATED = "unauthenticated"
    UNAVAILABLE = "unavailable"
    UNKNOWN_PROVIDER = "unknown_provider"
    UNSUPPORTED_DOCUMENT_TYPE = "unsupported_document_type"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    URL_NOT_ALLOWED = "url_not_allowed"
    WORKSPACE_REQUIRED = "workspace_required"


_CODES_BY_STATUS = {
    400: ErrorCode.BAD_REQUEST,
    401: ErrorCode.UNAUTHENTICATED,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.METHOD_NOT_ALLOWED,
    409: ErrorCode.CONFLICT,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
    415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    422: ErrorCode.INVALID_REQUEST,
    429: ErrorCode.RATE_LIMITED,
    431: ErrorCode.HEADERS_TOO_LARGE,
    503: ErrorCode.UNAVAILABLE,
}


class ApiError(Exception):
    """Raised by our routes and dependencies for a client-facing error with a stable code."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **extra}, "detail": message}


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    return JSONResponse(status_code=status, content=jsonable_encoder(error_body(code, message, **extra)), headers=headers)


def _code_for(status: int) -> str:
    if status in _CODES_BY_STATUS:
        return _CODES_BY_STATUS[status]
    return ErrorCode.INTERNAL_ERROR if status >= 500 else ErrorCode.ERROR


async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
    return error_response(exc.status, exc.code, exc.message, exc.headers)


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    if exc.status_code >= 500:
        message = HTTPStatus(exc.status_code).phrase
    else:
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    if exc.status_code == 404 and (component := _COMPONENT_PATH.match(request.url.path)):
        message = unknown_component(component["kind"][:-1], component["id"]) or message
    return error_response(exc.status_code, _code_for(exc.status_code), message, getattr(exc, "headers", None))


_COMPONENT_PATH = re.compile(r"^/(?P<kind>agents|teams)/(?P<id>[^/]+)(?:/|$)")


def unknown_component(kind: str, component_id: str) -> str | None:
    """What to do about an agent or team id that does not exist (None when it does): the valid ids, and the
    right route when the id is of the other kind."""
    from agents.teams.registry import AGENTS, TEAMS

    mine, other, other_kind = (AGENTS, TEAMS, "team") if kind == "agent" else (TEAMS, AGENTS, "agent")
    if component_id in mine:
        return None
    message = f"No {kind} '{component_id}'"
    if component_id in other:
        message += f": '{component_id}' is a {other_kind}, use /{other_kind}s/{component_id}/..."
    return f"{message} (the {kind}s: {', '.join(sorted(mine))})"


_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    fields = [
        {"field": ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")), "problem": err.get("msg")}
        for err in exc.errors()
    ]
    first = fields[0] if fields else {"field": "", "problem": "invalid request"}
    message = f"{first['field']}: {first['problem']}" if first["field"] else str(first["problem"])
    sent = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if sent in _FORMS and _wants_json(request):  # the commonest mistake: curl -F / -d where JSON is needed
        message = f"This route takes a JSON body: send JSON (content-type: application/json), not a form ({message})"
    return error_response(422, ErrorCode.INVALID_REQUEST, message, fields=fields)


def _wants_json(request: Request) -> bool:
    from fastapi import params

    body = getattr(request.scope.get("route"), "body_field", None)
    return body is not None and not isinstance(body.field_info, params.Form)


async def _agno_error(_: Request, exc: AgnoError) -> JSONResponse:
    status = getattr(exc, "status_code", 500) or 500
    message = str(exc) if status < 500 else HTTPStatus(status).phrase
    return error_response(status, _code_for(status), message)


async def _data_error(request: Request, exc: DataError) -> JSONResponse:
    # NUL is the client's input, not our failure: psycopg refuses it in text before PostgreSQL sees it, and
    # PostgreSQL refuses `\u0000` inside jsonb (agno's memories and topics, knowledge metadata).
    nul_in_json = isinstance(exc.orig, UntranslatableCharacter) and "\\u0000" in str(exc.orig)
    if nul_in_json or "NUL (0x00)" in str(exc.orig):
        return error_response(400, ErrorCode.INVALID_REQUEST, "Text cannot contain NUL (0x00) characters")
    return await _unhandled(request, exc)


async def _too_deep(request: Request, exc: RecursionError) -> JSONResponse:
    # JSON nested past Python's recursion limit, in a field agno's run routes parse themselves (`dependencies`,
    # `knowledge_filters`, ...): the routes we own refuse it precisely; this is the net for agno's.
    log.warning("recursion limit reached on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(400, ErrorCode.INVALID_REQUEST, "The request's JSON nests too deeply")


def server_error(method: str, path: str, exc: Exception) -> JSONResponse:
    """The answer to an exception nothing else handled. A lost or exhausted database is a 503 the caller may
    retry (a failover, a restart, every pooled connection busy); anything else is our bug, a 500."""
    span = trace.get_current_span()
    span.set_status(Status(StatusCode.ERROR, type(exc).__name__))  # the type only: messages can hold content
    if isinstance(exc, (OperationalError, PoolTimeout)):
        log.error("database unavailable on %s %s", method, path, exc_info=exc)
        return error_response(503, ErrorCode.DATABASE_UNAVAILABLE, "The database is unavailable; retry shortly",
                              {"retry-after": "1"})
    log.error("unhandled error on %s %s", method, path, exc_info=exc)
    return error_response(500, ErrorCode.INTERNAL_ERROR, "Internal server error")


async def _unhandled(request: Request, exc: Exception) -> JSONResponse:
    return server_error(request.method, request.url.path, exc)


class UnhandledErrorMiddleware:
    """Answers an exception that escaped every handler (our middleware's included) and keeps the connection.

    Starlette's last resort answers too, but then re-raises, and uvicorn closes the keep-alive connection
    after it: a client (nginx's upstream keepalive included) that already sent its next request on that
    connection reads a reset for a request nobody processed. Only an exception after the response started
    still closes the connection, the one way left to tell the client that response is broken."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started:
                raise
            await server_error(scope.get("method", ""), scope.get("path", ""), exc)(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    # Registering these stops AgentOS from installing its own `{"detail"}`-only handlers.
    app.add_exception_handler(SessionBusyError, _agno_error)  # type: ignore[arg-type]
    app.add_exception_handler(AgnoError, _agno_error)  # type: ignore[arg-type]
    app.add_exception_handler(DataError, _data_error)  # type: ignore[arg-type]
    app.add_exception_handler(RecursionError, _too_deep)  # type: ignore[arg-type]
    # Here (inside the middleware) a route's lost database still gets CORS and correlation headers.
    app.add_exception_handler(OperationalError, _unhandled)
    app.add_exception_handler(PoolTimeout, _unhandled)
    app.add_exception_handler(Exception, _unhandled)
