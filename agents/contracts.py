"""The HTTP contract: `contracts/openapi.json`, built from the app itself and refined where FastAPI cannot know.

`python -m agents openapi` writes it, `--check` compares; `python -m agents contracts` also writes
`contracts/db/hyvve.sql` (agents/database/hyvve_schema.py). The document is the app's own OpenAPI with:
- every operation marked with its access level from the route policy (`x-hyvve-access`), its security (none
  for public probes, Bearer otherwise) and the headers the auth contract accepts (contracts/auth.md);
- every error response typed as the one error body all routes answer with (agents/errors.py), in place of
  FastAPI's and agno's `{"detail"}` shapes;
- agno's untyped run responses typed (`RunOutput`, `RunAccepted`), the JSON bodies its form routes also take
  (agents/transport.py), and the BYOAI refusals and `x-model` header on routes that start runs (contracts/byoai.md);
- routes the policy refuses to everyone (OFF, or unclassified) left out: they answer 404.
The build needs no database: the app is created with placeholder settings and never started.
"""

from __future__ import annotations

import copy
import difflib
import json
import warnings
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field

from agents.error_dialects import dialect_name
from agents.middleware.route_policy import Access, find_rule
from agents.transport import FORM_ROUTES, MAX_PAGING_VALUE, PAGING_PARAMETERS

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = ROOT / "contracts"
OPENAPI_PATH = CONTRACTS / "openapi.json"
HYVVE_SQL_PATH = CONTRACTS / "db" / "hyvve.sql"

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_RUN_STARTS = {"/agents/{agent_id}/runs", "/teams/{team_id}/runs"}
_RUN_READS = {"/agents/{agent_id}/runs/{run_id}", "/teams/{team_id}/runs/{run_id}"}
_RUN_CONTINUES = {"/agents/{agent_id}/runs/{run_id}/continue", "/teams/{team_id}/runs/{run_id}/continue"}
_RUN_LISTS = {"/agents/{agent_id}/runs": "RunSchema", "/teams/{team_id}/runs": "TeamRunSchema"}
# FastAPI's and agno's error bodies: every error actually goes through agents/errors.py.
_GENERIC_ERRORS = {
    "BadRequestResponse", "UnauthenticatedResponse", "NotFoundResponse", "InternalServerErrorResponse",
    "ValidationErrorResponse", "HTTPValidationError",
}


# -- schemas the app does not declare -------------------------------------------------------------------


class FieldProblem(BaseModel):
    field: str = Field(description="dotted path of the offending field ('' for the whole body)")
    problem: str


class ErrorDetail(BaseModel):
    model_config = ConfigDict(extra="allow")
    code: str = Field(description="stable, lower_snake_case: e.g. token_invalid, forbidden, not_found, already_decided")
    message: str = Field(description="human-readable; never echoes credentials or server internals")
    fields: list[FieldProblem] | None = Field(default=None, description="422 only: every invalid field")


class ErrorBody(BaseModel):
    """Every error of every route, ours and agno's (agents/errors.py)."""

    error: ErrorDetail
    detail: str = Field(description="the same message, for agno's own clients")


class NestJsErrorBody(BaseModel):
    """Errors on /bridge/...: the shape HYVVE's AgentOSService reads (agents/error_dialects.py)."""

    model_config = ConfigDict(extra="allow")
    statusCode: int  # noqa: N815 (NestJS's field names)
    message: str
    error: str = Field(description="the HTTP reason phrase")
    code: str | None = Field(default=None, description="our stable error code")
    correlationId: str | None = None  # noqa: N815


class WebErrorBody(BaseModel):
    """Errors on the web app's onboarding routes: `error` is the message, as HYVVE's agent client shows it."""

    model_config = ConfigDict(extra="allow")
    success: bool
    error: str
    code: str | None = None


class RunToolExecution(BaseModel):
    model_config = ConfigDict(extra="allow")
    tool_call_id: str | None = None
    tool_name: str | None = None
    tool_args: dict[str, Any] | None = None
    result: Any = None
    requires_confirmation: bool | None = None
    confirmed: bool | None = None
    approval_type: str | None = None
    approval_id: str | None = Field(default=None, description="the HYVVE approval item id (GET /approval-items/{id})")


class RunRequirement(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str | None = None
    created_at: str | None = None
    tool_execution: RunToolExecution | None = None


class RunMetrics(BaseModel):
    model_config = ConfigDict(extra="allow")
    input_tokens: int | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None
    duration: float | None = Field(default=None, description="seconds")
    time_to_first_token: float | None = None
    details: dict[str, Any] | None = Field(
        default=None, description="`model`: one entry per answering model `{provider, id, input_tokens, ...}`"
    )


class RunCallerMetadata(BaseModel):
    """What every run carries from the verified caller (contracts/auth.md); client values are ignored."""

    model_config = ConfigDict(extra="allow")
    workspace_id: str | None = None
    user_id: str | None = None
    role: str | None = None
    correlation_id: str | None = None
    credential: str | None = None


RunStatusValue = Literal["PENDING", "RUNNING", "COMPLETED", "PAUSED", "CANCELLED", "ERROR", "REGENERATED"]


class RunOutput(BaseModel):
    """A run as agno returns it (`stream=false`, or read back): the fields clients rely on; agno adds more."""

    model_config = ConfigDict(extra="allow")
    run_id: str
    session_id: str | None = None
    agent_id: str | None = None
    agent_name: str | None = None
    team_id: str | None = None
    team_name: str | None = None
    user_id: str | None = Field(default=None, description="agno's user id: `<workspace_id>:<user_id>`")
    status: RunStatusValue | None = None
    content: Any = None
    content_type: str | None = None
    created_at: int | None = Field(default=None, description="unix seconds")
    model: str | None = None
    model_provider: str | None = None
    metrics: RunMetrics | None = None
    metadata: RunCallerMetadata | None = None
    session_state: dict[str, Any] | None = None
    tools: list[RunToolExecution] | None = None
    requirements: list[RunRequirement] | None = Field(
        default=None, description="when PAUSED: the tool calls awaiting a decision, with their approval ids"
    )
    messages: list[dict[str, Any]] | None = None
    member_responses: list[dict[str, Any]] | None = Field(default=None, description="team runs: member runs")
    input: dict[str, Any] | None = None


class RunAccepted(BaseModel):
    """`background=true`: the run was accepted and continues; poll it with GET .../runs/{run_id}."""

    run_id: str
    session_id: str | None = None
    status: RunStatusValue


_MODELS: tuple[type[BaseModel], ...] = (ErrorBody, NestJsErrorBody, WebErrorBody, RunOutput, RunAccepted)


def _component_schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for model in _MODELS:
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[model.__name__] = schema
    return schemas


# -- the document -------------------------------------------------------------------------------------


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref("ErrorBody")}}}


def _header(name: str, description: str, **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": "header", "required": False, "description": description,
            "schema": {"type": "string", **schema}}


_PARAMETERS = {
    "XWorkspaceId": _header(
        "x-workspace-id",
        "The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's "
        "must equal its credential's workspace (else 403 forbidden).",
    ),
    "XUserId": _header(
        "x-user-id", "NestJS only (else 403 forbidden): act on behalf of this member, with their role."
    ),
    "XCorrelationId": _header(
        "x-correlation-id",
        "1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run "
        "metadata and events; a missing or other value is replaced by a new UUID.",
    ),
    "XModel": _header(
        "x-model",
        "Model override for this run: `provider` or `provider:model` of a provider the workspace configured.",
    ),
}

_AUTH_DESCRIPTION = (
    "`Authorization: Bearer <credential>`: a better-auth session token or JWT, NestJS's AGENT_SERVICE_TOKEN "
    "(with x-workspace-id), or the operator key. Rules and error codes: contracts/auth.md."
)


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in doc.get("paths", {}).items()
        for method, op in item.items()
        if method in _METHODS
    ]


def _endpoint_names(app: FastAPI) -> dict[tuple[str, str], str]:
    from agno.os.utils import flatten_routes

    names = {}
    for route in flatten_routes(app.routes):
        endpoint = getattr(route, "endpoint", None)
        for method in getattr(route, "methods", None) or ():
            if endpoint is not None:
                names[(method.lower(), route.path)] = endpoint.__name__
    return names


def refine(doc: dict[str, Any], app: FastAPI) -> dict[str, Any]:
    """The app's OpenAPI document made into the contract (see the module docstring). Idempotent."""
    doc = copy.deepcopy(doc)
    components = doc.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    ours = _component_schemas()
    clashes = [name for name in ours if name in schemas and schemas[name] != ours[name]]
    if clashes:
        raise RuntimeError(f"contract schema names already used by the app: {clashes}")
    schemas.update(ours)
    components.setdefault("parameters", {}).update(_PARAMETERS)
    components["securitySchemes"] = {"HTTPBearer": {"type": "http", "scheme": "bearer", "description": _AUTH_DESCRIPTION}}

    names = _endpoint_names(app)
    seen_ids: set[str] = set()
    for path, method, op in sorted(_operations(doc), key=lambda o: (o[0], o[1])):
        rule = find_rule(method.upper(), path)
        if rule is None or rule.access is Access.OFF:
            del doc["paths"][path][method]
            continue
        op["x-hyvve-access"] = str(rule.access)
        _describe(path, op, rule)
        op_id = op.get("operationId")
        if op_id in seen_ids:  # agno reuses some; generated clients need them unique
            op["operationId"] = names.get((method, path), f"{op_id}_{method}")
        seen_ids.add(op["operationId"])
        _refine_operation(path, method, op, public=rule.access is Access.PUBLIC)
    doc["paths"] = {path: item for path, item in doc["paths"].items() if any(m in item for m in _METHODS)}
    return doc


# Who may call, stated in every operation's description; operators' routes also carry the OPERATORS_TAG so
# Swagger UI lists them apart and members do not try them.
OPERATORS_TAG = "Operators only"
_WHO = {
    Access.PUBLIC: "Public: no credential.",
    Access.READ: "Any member of the caller's workspace (viewers and guests included); NestJS.",
    Access.RUN: "Owners, admins and members of the caller's workspace; NestJS.",
    Access.APPROVE: "Owners and admins of the caller's workspace; NestJS on behalf of one.",
    Access.ADMIN: "Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.",
}


def _describe(path: str, op: dict[str, Any], rule: Any) -> None:
    """Every operation gets a summary and a description (the route policy's reason when the code has none)
    ending with who may call it. Idempotent."""
    why = rule.why[:1].upper() + rule.why[1:]
    summary = (op.get("summary") or "").strip()
    if not summary or summary == "Disabled":  # agno's stub for a feature not configured here
        op["summary"] = why.split(";")[0]
    if path == "/queue" and "disabled" in op.get("operationId", ""):
        op["summary"] = "Background job queue (not enabled here: answers 503)"
    description = (op.get("description") or "").strip() or f"{why}."
    who = f"**Who may call:** {_WHO[rule.access]}"
    op["description"] = description if who in description else f"{description}\n\n{who}"
    if rule.access is Access.ADMIN and OPERATORS_TAG not in op.setdefault("tags", []):
        op["tags"].append(OPERATORS_TAG)


_SYSTEM_PROMPT = {
    "name": "system_prompt", "in": "query", "required": False, "schema": {"type": "boolean", "default": False},
    "description": "`true`: keep the system prompt (role `system`) in the run's `messages`; without it members get "
                   "the run without it (operators always get it)",
}


def _bound_paging(parameters: list[dict[str, Any]]) -> None:
    """The bounds PagingBoundsMiddleware (agents/transport.py) holds every route to, stated on each route."""
    for parameter in parameters:
        if parameter.get("in") != "query" or parameter.get("name") not in PAGING_PARAMETERS:
            continue
        schema = parameter.get("schema", {})
        for integer in (s for s in (schema, *schema.get("anyOf", [])) if s.get("type") == "integer"):
            if parameter["name"] == "page":
                integer["minimum"] = max(integer.get("minimum", 1), 1)
            integer["maximum"] = min(integer.get("maximum", MAX_PAGING_VALUE), MAX_PAGING_VALUE)


def _refine_operation(path: str, method: str, op: dict[str, Any], public: bool) -> None:
    responses = op.setdefault("responses", {})
    for status, response in responses.items():
        if status.isdigit() and int(status) >= 400:
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if not schema or schema.get("$ref", "").rsplit("/", 1)[-1] in _GENERIC_ERRORS or schema == _ref("ErrorBody"):
                response["content"] = {"application/json": {"schema": _ref("ErrorBody")}}
    parameters = op.setdefault("parameters", [])
    has_input = bool(parameters) or "requestBody" in op
    _bound_paging(parameters)
    if public:
        op["security"] = []
    else:
        op["security"] = [{"HTTPBearer": []}]
        refs = {p.get("$ref") for p in parameters}
        for name in ("XWorkspaceId", "XUserId", "XCorrelationId"):
            if f"#/components/parameters/{name}" not in refs:
                parameters.append({"$ref": f"#/components/parameters/{name}"})
        responses.setdefault("401", _error("No, malformed, expired or unknown credential (TOKEN_*)"))
        responses.setdefault("403", _error("Not a member, or the role lacks the right (contracts/auth.md)"))
        responses.setdefault("404", _error("Not found, or another workspace's"))
        has_input = True
    if has_input:
        responses.setdefault("422", _error("Invalid request"))
    responses.setdefault("500", _error("Internal server error"))
    if not parameters:
        del op["parameters"]
    for response in responses.values():
        sse = response.get("content", {}).get("text/event-stream")
        if sse is not None and not sse.get("schema"):
            sse["schema"] = {"type": "string", "description": "`event: <name>` / `data: <JSON>` frames"}
    if dialect_name(path) == "web" and path.endswith("/runs"):
        op["x-hyvve-sse-events"] = "contracts/sse/web-run-event.schema.json"
    if path.startswith("/bridge/") and path.endswith("/stream"):
        op["x-hyvve-sse-events"] = "contracts/sse/bridge-stream-event.schema.json"
        content = responses.get("200", {}).get("content", {})
        if "text/event-stream" in content and not content.get("application/json", {}).get("schema"):
            content.pop("application/json", None)  # FastAPI's default; the stream is all it sends
    form = op.get("requestBody", {}).get("content", {}).get("multipart/form-data")
    if form is not None and FORM_ROUTES.match(path):  # agents/transport.py: JSON objects are accepted too
        op["requestBody"]["content"]["application/json"] = copy.deepcopy(form)

    run_answer = (path in _RUN_STARTS and method == "post" or path in _RUN_CONTINUES and method == "post"
                  or method == "get" and (path in _RUN_READS or path in _RUN_LISTS))
    if run_answer and not any(p.get("name") == "system_prompt" for p in op.get("parameters", [])):
        op.setdefault("parameters", []).append(_SYSTEM_PROMPT)  # agents/middleware/run_output.py
    if path in _RUN_STARTS and method == "post":
        if {"$ref": "#/components/parameters/XModel"} not in op["parameters"]:
            op["parameters"].append({"$ref": "#/components/parameters/XModel"})
        responses["200"] = {
            "description": "`stream=false`: the finished (or PAUSED) run. `stream=true`: agno's SSE events.",
            "content": {
                "application/json": {"schema": _ref("RunOutput")},
                "text/event-stream": {"schema": {"type": "string"}},
            },
        }
        responses["202"] = {"description": "`background=true`: accepted",
                            "content": {"application/json": {"schema": _ref("RunAccepted")}}}
        responses["400"] = _error("unknown_provider (x-model), or an invalid input")
        responses["409"] = _error("provider_not_configured, provider_key_unusable or no_model_configured")
        responses["429"] = _error("token_limit_exceeded: the provider's daily token budget is used up")
    elif path in _RUN_READS and method == "get" or path in _RUN_CONTINUES and method == "post":
        content = responses.setdefault("200", {"description": "The run"}).setdefault("content", {})
        content["application/json"] = {"schema": _ref("RunOutput")}
    elif path in _RUN_LISTS and method == "get":
        content = responses.setdefault("200", {"description": "The runs"}).setdefault("content", {})
        content["application/json"] = {"schema": {"type": "array", "items": _ref(_RUN_LISTS[path])}}
    dialect = {"nestjs": "NestJsErrorBody", "web": "WebErrorBody"}.get(dialect_name(path) or "")
    if dialect is not None:  # these paths' errors are rewritten for their client (agents/error_dialects.py)
        for status, response in responses.items():
            json_content = response.get("content", {}).get("application/json", {})
            if status.isdigit() and int(status) >= 400 and json_content.get("schema") == _ref("ErrorBody"):
                json_content["schema"] = _ref(dialect)


def serving_routes(app: FastAPI) -> list[Any]:
    """The routes that answer, in matching order: a route shadowed by an earlier one for the same method and path
    (agno's own /health and resume routes behind ours) is left out, where FastAPI's document would show it."""
    from agno.os.utils import flatten_routes

    seen: set[tuple[str, str]] = set()
    routes = []
    for route in flatten_routes(app.routes):
        keys = {(method, route.path) for method in getattr(route, "methods", None) or ()}
        if keys and keys <= seen:
            continue
        seen |= keys
        routes.append(route)
    return routes


def contract_openapi(app: FastAPI) -> dict[str, Any]:
    from fastapi.openapi.utils import get_openapi

    with warnings.catch_warnings():  # agno reuses operation ids (`get_config`); refine() makes them unique
        warnings.filterwarnings("ignore", message="Duplicate Operation ID", category=UserWarning)
        raw = _raw_openapi(app, get_openapi)
    return refine(raw, app)


def _raw_openapi(app: FastAPI, get_openapi: Any) -> dict[str, Any]:
    spec: dict[str, Any] = get_openapi(
        title=app.title,
        version=app.version,
        openapi_version=app.openapi_version,
        summary=app.summary,
        description=app.description,
        routes=serving_routes(app),
        tags=app.openapi_tags,
        servers=app.servers,
        separate_input_output_schemas=app.separate_input_output_schemas,
    )
    return spec


def install_contract_openapi(app: FastAPI) -> None:
    """Serve the contract document itself at /openapi.json (and in /docs), built once on first request."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = contract_openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def contract_app() -> FastAPI:
    """The app as deployed, built with placeholder settings: nothing connects, nothing starts."""
    from agents.main import create_app
    from agents.settings import load_settings

    settings = load_settings(
        _env_file=None,
        environment="development",
        database_url="postgresql+psycopg://unused@127.0.0.1:1/unused",
        redis_url=None,
        better_auth_url="http://hyvve.invalid",
        agent_service_token="t" * 64,
        encryption_master_key="A" * 43 + "=",
        os_security_key="k" * 32,
        cors_origins="",
    )
    return create_app(settings)


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def build_openapi() -> str:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # FastAPI warns about agno's duplicate operation ids; refine fixes them
        return render(contract_openapi(contract_app()))


def build_hyvve_sql() -> str:
    from agents.database.hyvve_schema import render_ddl

    return render_ddl()


def diff_summary(path: Path, expected: str, limit: int = 20) -> str:
    """A short unified diff of the committed file against what the code produces now."""
    current = path.read_text() if path.exists() else ""
    lines = list(
        difflib.unified_diff(
            current.splitlines(), expected.splitlines(), f"{path.relative_to(ROOT)} (committed)", "generated", n=0,
            lineterm="",
        )
    )
    shown = "\n".join(lines[:limit])
    more = f"\n... {len(lines) - limit} more diff lines" if len(lines) > limit else ""
    return shown + more


GENERATED: dict[str, tuple[Path, Any]] = {
    "openapi": (OPENAPI_PATH, build_openapi),
    "hyvve-sql": (HYVVE_SQL_PATH, build_hyvve_sql),
}


def sync(names: tuple[str, ...], check: bool) -> list[str]:
    """Write (or with check, compare) the generated contract files; returns the stale ones' diff summaries."""
    stale = []
    for name in names:
        path, build = GENERATED[name]
        expected = build()
        current = path.read_text() if path.exists() else None
        if current == expected:
            continue
        if check:
            stale.append(diff_summary(path, expected))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(expected)
    return stale
