"""Model admission: before a run starts, choose its model for the caller's workspace, or refuse clearly.

Runs inside the tenancy middleware (it needs the verified Principal) on the routes that start runs.
The choice (a Selection) is left in `request.state.model_selection` for the agent/team factory, so it is
made once per run. Refusals: 400 unknown_provider, 409 provider_not_configured / provider_key_unusable /
no_model_configured, 429 token_limit_exceeded. The optional override is the `x-model` header
(`provider` or `provider:model`).
"""

from __future__ import annotations

import asyncio
import re

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from agents.error_dialects import WEB_RUNS
from agents.errors import error_response
from agents.middleware.principal import Principal
from agents.providers.selection import ModelSelector, SelectionError

RUN_STARTS = re.compile(r"^/(?P<kind>agents|teams)/(?P<component>[^/]+)/runs$")


class ModelAdmissionMiddleware:
    def __init__(self, app: ASGIApp, selector: ModelSelector) -> None:
        self.app = app
        self.selector = selector

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Our own run routes (bridge, web) choose the model in agents/runs/start.py, with their overrides.
        starts_a_run = scope["type"] == "http" and scope.get("method") == "POST" and not WEB_RUNS.match(scope["path"])
        match = RUN_STARTS.match(scope["path"]) if starts_a_run else None
        principal = scope.get("state", {}).get("principal") if match else None
        if match is not None and isinstance(principal, Principal):
            override = Headers(scope=scope).get("x-model") or None
            try:
                scope["state"]["model_selection"] = await asyncio.to_thread(
                    self.selector.select, principal.workspace_id, match["component"], override
                )
            except SelectionError as refused:
                await error_response(refused.status, refused.code, refused.message, refused.headers)(scope, receive, send)
                return
        await self.app(scope, receive, send)
