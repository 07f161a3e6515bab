"""`GET /models`: the models the caller's workspace can use now (its own providers, and the platform's)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from agents.middleware.deps import CurrentPrincipal
from agents.providers.selection import ModelSelector


class AvailableModel(BaseModel):
    provider: str
    model: str
    provider_id: str | None
    source: Literal["workspace", "platform"]
    is_default: bool
    usable: bool
    tokens_used_today: int | None
    max_tokens_per_day: int | None


class AvailableModels(BaseModel):
    data: list[AvailableModel]


def get_models_router(selector: ModelSelector) -> APIRouter:
    router = APIRouter(tags=["Models"])

    @router.get("/models", response_model=AvailableModels, operation_id="list_workspace_models")
    async def list_models(principal: CurrentPrincipal) -> AvailableModels:
        listed = await run_in_threadpool(selector.available, principal.workspace_id)
        return AvailableModels(data=[AvailableModel.model_validate(item) for item in listed])

    return router
