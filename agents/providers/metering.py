"""Usage metering: every finished run's tokens become a `token_usage` row and count against the provider's
daily budget (`ai_provider_configs.tokens_used_today`, incremented atomically in SQL, so concurrent runs
lose no update). Crossing 80% and 100% of `max_tokens_per_day` publishes `ai.token.limit_warning` and
`ai.token.limit_exceeded` (HYVVE's payloads), once each per provider per day. Runs on the platform's own key
have no `ai_provider_configs` row to meter against (HYVVE's `token_usage.provider_id` requires one).
"""

from __future__ import annotations

import logging
import math
import uuid
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from agents.database.tables import ServiceTables, first_time
from agents.database.tenant import set_tenant
from agents.events.envelope import make_event
from agents.events.outbox import enqueue

log = logging.getLogger(__name__)

# USD per million tokens (input, output), by model-id prefix; unknown models cost 0 (still metered).
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.0),
    "gpt-4.1": (2.00, 8.00),
    "claude-3-5-haiku": (0.80, 4.00),
    "claude-sonnet": (3.00, 15.0),
    "claude-3-5-sonnet": (3.00, 15.0),
    "gemini-2.0-flash": (0.10, 0.40),
    "deepseek-chat": (0.27, 1.10),
}
WARNING_SHARE = 0.8

# One round trip per answering model: count the tokens against the workspace's config for that provider
# (atomic in SQL, so concurrent runs lose no update) and write the usage row. No config (the platform's
# key): neither happens. (workspace_id, provider) is unique in HYVVE's schema.
_METER_SQL = text(
    """
    WITH config AS (
        UPDATE ai_provider_configs SET tokens_used_today = tokens_used_today + :total
        WHERE workspace_id = :ws AND provider = :provider
        RETURNING id, tokens_used_today, max_tokens_per_day, provider
    ), usage AS (
        INSERT INTO token_usage (id, workspace_id, provider_id, agent_id, session_id, model, prompt_tokens,
            completion_tokens, total_tokens, estimated_cost, requested_at, duration, created_at)
        SELECT :id, :ws, config.id, :agent_id, :session_id, :model, :prompt, :completion, :total, :cost,
            (now() AT TIME ZONE 'utc'), :duration, (now() AT TIME ZONE 'utc')
        FROM config
    )
    SELECT id, tokens_used_today, max_tokens_per_day, provider FROM config
    """
)


def estimated_cost(model: str, prompt: int, completion: int) -> float:
    price = next((p for prefix, p in sorted(PRICES.items(), key=lambda i: -len(i[0])) if model.startswith(prefix)), (0.0, 0.0))
    return round((prompt * price[0] + completion * price[1]) / 1_000_000, 8)


class UsageMeter:
    def __init__(self, tables: ServiceTables) -> None:
        self.tables = tables

    def meter(self, conn: Connection, run: dict[str, Any], workspace_id: str, user_id: str) -> None:
        """Within the caller's transaction (the one that announces the run).

        agno's per-model metrics (`metrics.details.model`) say which provider and model answered, so a
        run that fell back is charged to the provider that did the work.
        """
        metrics = run.get("metrics") or {}
        per_model = (metrics.get("details") or {}).get("model") or [
            {**metrics, "provider": run.get("model_provider"), "id": run.get("model")}
        ]
        duration_ms = int(float(metrics.get("duration") or 0) * 1000)
        for usage in per_model:
            self._meter_one(conn, run, usage, duration_ms, workspace_id, user_id)

    def meter_tokens(
        self, conn: Connection, workspace_id: str, user_id: str, *, provider: str, model: str, prompt: int,
        completion: int = 0, component: str | None = None, duration_ms: int = 0,
    ) -> None:
        """Usage that is not a run's (knowledge embeddings), within the caller's transaction."""
        usage = {"input_tokens": prompt, "output_tokens": completion, "provider": provider, "id": model}
        self._meter_one(conn, {"agent_id": component, "model": model}, usage, duration_ms, workspace_id, user_id)

    def _meter_one(
        self, conn: Connection, run: dict[str, Any], usage: dict[str, Any], duration_ms: int, workspace_id: str,
        user_id: str,
    ) -> None:
        prompt, completion = int(usage.get("input_tokens") or 0), int(usage.get("output_tokens") or 0)
        total = int(usage.get("total_tokens") or prompt + completion)
        # Our label, as agno reports it: OpenAIChat's comes back with its API flavour appended ("openai Chat").
        provider = str(usage.get("provider") or "").split(" ")[0]
        if total <= 0 or not provider:
            return
        model = str(usage.get("id") or run.get("model") or "")
        set_tenant(conn, workspace_id)  # ai_provider_configs and token_usage are under HYVVE's RLS
        counted = conn.execute(
            _METER_SQL,
            {
                "id": str(uuid.uuid4()), "ws": workspace_id, "provider": provider,
                "agent_id": run.get("team_id") or run.get("agent_id"), "session_id": run.get("session_id"),
                "model": model, "prompt": prompt, "completion": completion, "total": total,
                "cost": estimated_cost(model, prompt, completion),
                "duration": duration_ms,
            },
        ).first()
        if counted is None:
            return  # the platform's key
        provider_id, used, limit, provider_name = counted
        for kind, reached in (("limit_warning", used >= WARNING_SHARE * limit), ("limit_exceeded", used >= limit)):
            if reached and first_time(conn, self.tables, f"{kind}:{provider_id}:{date.today().isoformat()}"):
                data = limit_event(kind, provider_id, provider_name, used, limit)
                enqueue(conn, self.tables, make_event(f"ai.token.{kind}", workspace_id, user_id, data))


def limit_event(kind: str, provider_id: str, provider: str, used: int, limit: int) -> dict[str, Any]:
    """The payload HYVVE's TokenLimitService publishes (apps/api/src/ai-providers/token-limit.service.ts)."""
    data: dict[str, Any] = {"providerId": provider_id, "provider": provider, "tokensUsed": used, "maxTokens": limit}
    if kind == "limit_warning":
        # Math.round, as HYVVE rounds its percentage
        data |= {"percentageUsed": math.floor(used * 100 / limit + 0.5) if limit > 0 else 0,
                 "threshold": round(WARNING_SHARE * 100)}
    return data

