"""Liveness and readiness, deliberately public (load balancers and orchestrators call them unauthenticated).

`GET /health`: the process answers. `GET /ready`: it can serve runs right now: the database is reachable
with pgvector installed, and Redis answers when one is configured. A failing dependency is named in a
503 body, with no connection strings or credentials in it.
"""

from __future__ import annotations

from typing import Literal

import redis.asyncio as aioredis
from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import Engine

from agents.database import DatabaseNotReady, check_database


class HealthResponse(BaseModel):
    status: Literal["ok"]


class DependencyCheck(BaseModel):
    ok: bool
    detail: str


class ReadinessResponse(BaseModel):
    status: Literal["ready", "unavailable"]
    failing: list[str]
    checks: dict[str, DependencyCheck]


def get_health_router(engine: Engine, redis: aioredis.Redis | None) -> APIRouter:
    router = APIRouter(tags=["Health"])

    @router.get("/health", response_model=HealthResponse, operation_id="health")
    async def health() -> HealthResponse:
        return HealthResponse(status="ok")

    @router.get(
        "/ready",
        response_model=ReadinessResponse,
        operation_id="ready",
        responses={503: {"model": ReadinessResponse, "description": "A dependency is failing"}},
    )
    async def ready() -> JSONResponse:
        checks = {"database": await _check_database(engine)}
        if redis is not None:
            checks["redis"] = await _check_redis(redis)
        failing = [name for name, check in checks.items() if not check.ok]
        body = ReadinessResponse(status="unavailable" if failing else "ready", failing=failing, checks=checks)
        return JSONResponse(status_code=503 if failing else 200, content=body.model_dump())

    return router


async def _check_database(engine: Engine) -> DependencyCheck:
    try:
        version = await run_in_threadpool(check_database, engine)
    except DatabaseNotReady as exc:
        return DependencyCheck(ok=False, detail=str(exc))
    return DependencyCheck(ok=True, detail=f"pgvector {version}")


async def _check_redis(redis: aioredis.Redis) -> DependencyCheck:
    try:
        await redis.ping()
    except (aioredis.RedisError, OSError) as exc:
        return DependencyCheck(ok=False, detail=f"redis unreachable ({type(exc).__name__})")
    return DependencyCheck(ok=True, detail="pong")
