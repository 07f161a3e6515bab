"""Run answers without the system prompt: agno's run output carries every message the model saw, the
system prompt (our agents' instructions, several KB) first among them. Members read the answer; operators
debug prompts. So for non-operators, the JSON run answers of agno's run routes (non-streamed runs, continues,
a run read back, a session's runs) lose their `role: system` messages, unless the caller asks with
`?system_prompt=true`. Only entries of `messages` lists are dropped: agno's response schema stays valid.

Also agno's `GET /info`: agno reports the auth it installed itself (none: ours is a middleware it does not know),
so it said `"auth_mode": "none", "user_isolation": false` although every call needs a credential and every
member's data is isolated per user. It reports `jwt` (a bearer credential names the user; the client names
nobody) and `user_isolation: true`, values of agno's own schema.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Receive, Scope, Send

from agents.json_responses import rewriting_json_send

RUN_ANSWERS = re.compile(
    r"^/(?:(?:agents|teams)/[^/]+/runs(?:/[^/]+(?:/continue)?)?|sessions/[^/]+/runs(?:/[^/]+)?)$"
)


def without_system_messages(value: Any) -> Any:
    """`value` with every `role: system` entry of every `messages` list removed (team members' runs too)."""
    if isinstance(value, dict):
        return {
            key: [without_system_messages(m) for m in item if not (isinstance(m, dict) and m.get("role") == "system")]
            if key == "messages" and isinstance(item, list) else without_system_messages(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [without_system_messages(item) for item in value]
    return value


def with_our_auth(info: Any) -> Any:
    return {**info, "auth_mode": "jwt", "user_isolation": True} if isinstance(info, dict) else info


def _rewrite_for(scope: Scope) -> Callable[[Any], Any] | None:
    if scope["type"] != "http":
        return None
    if scope["path"] == "/info":
        return with_our_auth
    principal = scope.get("state", {}).get("principal")
    asked = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"))).get("system_prompt") == "true"
    if RUN_ANSWERS.match(scope["path"]) and not asked and principal is not None and not principal.is_admin:
        return without_system_messages
    return None


class SystemPromptFilterMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        rewrite = _rewrite_for(scope)
        if rewrite is None:
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, rewriting_json_send(send, lambda _, body: rewrite(body)))
