"""One JSON error shape for every route, ours and agno's: `{"error": {"code", "message"}}`.

agno's own clients (the Control Plane UI) read `detail`, so the body carries it too, with the same message.
Server errors never echo exception text: it routinely holds connection strings or SQL.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from agno.exceptions import AgnoError, SessionBusyError

log = logging.getLogger(__name__)

_CODES_BY_STATUS = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "rate_limited",
    503: "unavailable",
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
    return "internal_error" if status >= 500 else "error"


async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
    return error_response(exc.status, exc.code, exc.message, exc.headers)


async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
    if exc.status_code >= 500:
        message = HTTPStatus(exc.status_code).phrase
    else:
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    return error_response(exc.status_code, _code_for(exc.status_code), message, getattr(exc, "headers", None))


async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
    fields = [
        {"field": ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")), "problem": err.get("msg")}
        for err in exc.errors()
    ]
    first = fields[0] if fields else {"field": "", "problem": "invalid request"}
    message = f"{first['field']}: {first['problem']}" if first["field"] else str(first["problem"])
    return error_response(422, "invalid_request", message, fields=fields)


async def _agno_error(_: Request, exc: AgnoError) -> JSONResponse:
    status = getattr(exc, "status_code", 500) or 500
    message = str(exc) if status < 500 else HTTPStatus(status).phrase
    return error_response(status, _code_for(status), message)


async def _data_error(request: Request, exc: DataError) -> JSONResponse:
    # psycopg refuses NUL characters before PostgreSQL sees them: the client's input, not our failure.
    if "NUL (0x00)" in str(exc.orig):
        return error_response(400, "invalid_request", "Text cannot contain NUL (0x00) characters")
    return await _unhandled(request, exc)


async def _unhandled(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return error_response(500, "internal_error", "Internal server error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    # Registering these stops AgentOS from installing its own `{"detail"}`-only handlers.
    app.add_exception_handler(SessionBusyError, _agno_error)  # type: ignore[arg-type]
    app.add_exception_handler(AgnoError, _agno_error)  # type: ignore[arg-type]
    app.add_exception_handler(DataError, _data_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unhandled)
