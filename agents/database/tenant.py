"""Row-level security: the workspace every transaction of the service acts for.

HYVVE enables RLS on `approval_items`, `ai_provider_configs`, `token_usage` (and more) with
`USING (workspace_id::text = current_setting('app.tenant_id', true))`; the service's own tables in `ai` carry the
same wall (agents/database/rls.py). A role that has no BYPASSRLS (the service in production,
docs/adr/0009-least-privilege-role.md) sees and writes only the rows of the workspace set here, and nothing when
none is set.

The workspace lives in a context variable, set once where it is known for certain: by the tenancy middleware from
the verified principal (a request), or by a background job from the row it claimed (its recorded workspace). An
engine hook (`install`) turns it into `set_config('app.tenant_id', ..., true)` at the start of every transaction
on the service's engine, agno's own sessions included, so no query can forget it. Never request input.

Operators (the `OS_SECURITY_KEY`) and the background scans that claim work across workspaces run under
`operator_scope()`: `app.tenant_id = '*'`, which our own tables' policies admit and HYVVE's never match
(docs/adr/0010-rls-on-the-service-tables.md).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

import psycopg
from psycopg import sql
from psycopg.pq import ExecStatus, PipelineStatus, TransactionStatus
from sqlalchemy import Connection, Engine, event, text

ALL_WORKSPACES = "*"
P = ParamSpec("P")
R = TypeVar("R")

_tenant: ContextVar[str | None] = ContextVar("tenant", default=None)

# `SET LOCAL app.tenant_id = ...` takes no bind parameter; set_config(..., true) is the same, scoped to the
# transaction, so a pooled connection never carries one workspace into another's transaction.
_SET_TENANT = text("SELECT set_config('app.tenant_id', :ws, true)")
_SET_TENANT_DRIVER = "SELECT set_config('app.tenant_id', %s, true)"
_SET_TENANT_LITERAL = b"SELECT set_config('app.tenant_id', "  # + the quoted tenant (libpq's escaping) + ", true)"
# In a pooled connection's `info`: the tenant the hook began the connection's current transaction for.
_BEGUN_FOR = "hyvve.tenant_begun_for"


def _checked(workspace_id: str) -> str:
    if not isinstance(workspace_id, str) or not workspace_id or workspace_id == ALL_WORKSPACES:
        raise ValueError("a tenant is one workspace id")
    return workspace_id


def current_tenant() -> str | None:
    return _tenant.get()


def bind_workspace(workspace_id: str | None) -> None:
    """From here on in this context (a request, a job's task): transactions act for `workspace_id` (None: none)."""
    _tenant.set(_checked(workspace_id) if workspace_id is not None else None)


def bind_operator() -> None:
    """From here on in this context: the operator's cross-workspace scope (the verified operator credential)."""
    _tenant.set(ALL_WORKSPACES)


@contextmanager
def workspace_scope(workspace_id: str) -> Iterator[None]:
    """Transactions begun inside act for `workspace_id` (a background job's recorded workspace)."""
    token = _tenant.set(_checked(workspace_id))
    try:
        yield
    finally:
        _tenant.reset(token)


@contextmanager
def operator_scope() -> Iterator[None]:
    """Transactions begun inside see every workspace's rows of the service's own tables (none of HYVVE's).

    Only for work that is cross-workspace by nature: claiming queued jobs, publishing the outbox, operator routes.
    """
    token = _tenant.set(ALL_WORKSPACES)
    try:
        yield
    finally:
        _tenant.reset(token)


def in_operator_scope(function: Callable[P, R]) -> Callable[P, R]:
    """`function` runs in `operator_scope()` (a scan that claims work across workspaces)."""

    @functools.wraps(function)
    def scoped(*args: P.args, **kwargs: P.kwargs) -> R:
        with operator_scope():
            return function(*args, **kwargs)

    return scoped


def set_tenant(conn: Connection, workspace_id: str) -> None:
    """Within a transaction: its rows are `workspace_id`'s (overrides the context's tenant for the transaction).

    A transaction the engine hook began for this very workspace (a request's own, the usual case) already acts
    for it: no second round trip. Anything else (another tenant, none, no transaction yet) sets it."""
    workspace_id = _checked(workspace_id)
    if conn.in_transaction() and conn.info.get(_BEGUN_FOR) == workspace_id:
        return
    conn.execute(_SET_TENANT, {"ws": workspace_id})
    conn.info.pop(_BEGUN_FOR, None)  # set by hand now (a savepoint's rollback may undo it): no longer vouched for


def install(engine: Engine) -> None:
    """Every transaction on `engine` starts by naming the context's tenant (nothing when there is none)."""
    event.listen(engine, "begin", _on_begin)


def _on_begin(conn: Connection) -> None:
    tenant = _tenant.get()
    conn.info[_BEGUN_FOR] = tenant  # every transaction on the engine passes here: always the current one's
    if tenant is None:
        return  # app.tenant_id stays unset: RLS shows nothing
    # Called before SQLAlchemy's own BEGIN: the transaction starts here, with the setting local to exactly the
    # transaction SQLAlchemy is beginning.
    dbapi: Any = conn.connection.dbapi_connection
    if getattr(dbapi, "autocommit", False):
        raise RuntimeError("a tenant-scoped transaction needs a connection that is not in autocommit")
    if _plain_begin(dbapi):
        # BEGIN and the setting in one round trip (psycopg would send its BEGIN alone first: every transaction of
        # the service would pay one more). libpq's own call, as psycopg documents `pgconn` for; the GIL is
        # released while it waits. psycopg reads the transaction state from libpq, so it sends no BEGIN of its own.
        result = dbapi.pgconn.exec_(b"BEGIN; " + _SET_TENANT_LITERAL + sql.Literal(tenant).as_bytes(dbapi) + b", true)")
        if result.status != ExecStatus.TUPLES_OK:
            raise psycopg.OperationalError(f"setting the transaction's tenant failed: {result.get_error_message()}")
        return
    with dbapi.cursor() as cursor:
        cursor.execute(_SET_TENANT_DRIVER, (tenant,))


def _plain_begin(dbapi: Any) -> bool:
    """Whether psycopg would begin with a bare `BEGIN` right now (idle, no pipeline, no transaction options)."""
    return (isinstance(dbapi, psycopg.Connection) and dbapi.pgconn.transaction_status == TransactionStatus.IDLE
            and dbapi.pgconn.pipeline_status == PipelineStatus.OFF
            and dbapi.isolation_level is None and dbapi.read_only is None and dbapi.deferrable is None)
