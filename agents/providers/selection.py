"""Which model a run uses: the workspace's own keys first, in HYVVE's order, with fallbacks.

Order for the primary model:
1. a per-request override (`x-model: provider[:model]`): the provider must be known and configured
   (valid) for this workspace, else 400 unknown_provider / 409 provider_not_configured;
2. `workspace_settings.agent_model_preferences[<HYVVE agent id>]` = {providerId, model}, keyed by the ids
   HYVVE's settings page offers (`PREFERENCE_KEYS`: our onboarding teams are its `bmv-team`, `bmp-team`,
   `bm-brand-team`, the approval agent its `approval-router`; the other agents have no preference there);
3. the workspace's default provider as HYVVE defines it: its first valid config by `created_at`
   (ai-providers.service.ts `isDefault`, assistant-client-factory.service.ts) with its `default_model`;
4. the platform's `DEFAULT_MODEL` on the platform's key, if `ALLOW_PLATFORM_MODEL`.
Fallbacks: the workspace's other valid providers, then the platform model (if allowed). A config whose
key cannot be decrypted is skipped (logged, never raised with key material). No usable model: 409
no_model_configured. The primary's daily budget spent: 429 token_limit_exceeded.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, text

from agents.database.tenant import workspace_scope
from agents.errors import ErrorCode
from agents.providers.catalog import DEFAULT_BASE_URLS, KEYLESS, ModelSpec, is_known
from agents.providers.crypto import KeyCipher, KeyDecryptionError
from agents.settings import Settings

log = logging.getLogger(__name__)

PLATFORM = "platform"

# Our component id -> the key HYVVE's agent-preferences.service.ts stores its preference under.
PREFERENCE_KEYS = {"validation": "bmv-team", "planning": "bmp-team", "branding": "bm-brand-team",
                   "approval": "approval-router"}

# The workspace's settings (at most one row) beside each of its valid configs, in one round trip: read
# fresh for every run, so a rotated key or a changed preference applies to the next run.
_LOAD_SQL = text(
    """
    SELECT s.agent_model_preferences, c.id, c.provider, c.api_key_encrypted,
        c.default_model, c.max_tokens_per_day, c.tokens_used_today, c.updated_at
    FROM (SELECT CAST(:ws AS text) AS workspace_id) w
    LEFT JOIN workspace_settings s ON s.workspace_id = w.workspace_id
    LEFT JOIN ai_provider_configs c ON c.workspace_id = w.workspace_id AND c.is_valid = true
    ORDER BY c.created_at, c.id
    """
)
_CONFIG_COLUMNS = ("id", "provider", "api_key_encrypted", "default_model", "max_tokens_per_day", "tokens_used_today",
                   "updated_at")


class SelectionError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def _until_budget_reset() -> dict[str, str]:
    """Retry-After for a spent daily budget: HYVVE's token-reset cron zeroes it at midnight (UTC servers)."""
    now = datetime.now(UTC)
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return {"retry-after": str(max(1, int((midnight - now).total_seconds())))}


@dataclass(frozen=True)
class ProviderConfig:
    id: str
    provider: str
    default_model: str
    max_tokens_per_day: int
    tokens_used_today: int
    updated_at: datetime
    api_key_encrypted: str = field(repr=False)

    @property
    def budget_spent(self) -> bool:
        return self.tokens_used_today >= self.max_tokens_per_day


@dataclass(frozen=True)
class Candidate:
    spec: ModelSpec
    config: ProviderConfig | None  # None: the platform's own key


@dataclass(frozen=True)
class Selection:
    primary: Candidate
    fallbacks: tuple[Candidate, ...]
    reason: str  # override | preference | workspace_default | platform


class ModelSelector:
    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.settings = settings
        master = settings.master_key_bytes
        self.cipher = KeyCipher(master) if master else None
        self._keys: dict[tuple[str, datetime, str], str | None] = {}
        self._lock = threading.Lock()

    # -- the decision ---------------------------------------------------------------------------------

    def select(self, workspace_id: str | None, agent_id: str, override: str | None, enforce_limit: bool = True) -> Selection:
        configs, preferences = self._load(workspace_id) if workspace_id else ([], {})
        usable = {c.id: c for c in configs if self._key(c) is not None or c.provider in KEYLESS}
        pref = preferences.get(PREFERENCE_KEYS.get(agent_id, ""))

        primary: Candidate | None = None
        reason = ""
        if override:
            primary, reason = self._override(override, configs, usable), "override"
        elif isinstance(pref, dict) and pref.get("providerId") in usable:
            primary = self._candidate(usable[pref["providerId"]], pref.get("model"))
            reason = "preference"
        elif usable:  # configs come oldest first: HYVVE's default is the first valid one
            primary, reason = self._candidate(next(iter(usable.values()))), "workspace_default"
        elif self.settings.allow_platform_model:
            primary, reason = self._platform(), "platform"
        if primary is None:
            raise SelectionError(409, ErrorCode.NO_MODEL_CONFIGURED, "This workspace has no usable AI provider configured")
        if enforce_limit and primary.config is not None and primary.config.budget_spent:
            raise SelectionError(
                429, ErrorCode.TOKEN_LIMIT_EXCEEDED,
                f"The workspace's daily token limit for {primary.config.provider} is used up",
                _until_budget_reset(),
            )

        fallbacks = [self._candidate(c) for c in usable.values() if primary.config is None or c.id != primary.config.id]
        fallbacks = [f for f in fallbacks if not (f.config and f.config.budget_spent)]
        if self.settings.allow_platform_model and primary.config is not None:
            fallbacks.append(self._platform())
        return Selection(primary, tuple(fallbacks), reason)

    def available(self, workspace_id: str | None) -> list[dict[str, Any]]:
        """What `GET /models` shows: the models this workspace can use now."""
        configs, _ = self._load(workspace_id) if workspace_id else ([], {})
        default_id = configs[0].id if configs else None
        listed = [
            {
                "provider": c.provider,
                "model": c.default_model,
                "provider_id": c.id,
                "source": "workspace",
                "is_default": c.id == default_id,
                "tokens_used_today": c.tokens_used_today,
                "max_tokens_per_day": c.max_tokens_per_day,
                "usable": (self._key(c) is not None or c.provider in KEYLESS) and not c.budget_spent,
            }
            for c in configs
        ]
        if self.settings.allow_platform_model:
            provider, model_id = self.settings.default_model.split(":", 1)
            listed.append({"provider": provider, "model": model_id, "provider_id": None, "source": PLATFORM,
                           "is_default": not configs, "tokens_used_today": None, "max_tokens_per_day": None,
                           "usable": True})
        return listed

    # -- pieces ---------------------------------------------------------------------------------------

    def _override(self, override: str, configs: list[ProviderConfig], usable: dict[str, ProviderConfig]) -> Candidate:
        provider, _, model_id = override.strip().partition(":")
        provider = provider.lower()
        if not is_known(provider, self.settings.provider_base_url_map):
            raise SelectionError(400, ErrorCode.UNKNOWN_PROVIDER, f"'{provider}' is not a provider HYVVE supports")
        config = next((c for c in configs if c.provider == provider), None)
        if config is None:
            raise SelectionError(409, ErrorCode.PROVIDER_NOT_CONFIGURED, f"This workspace has no valid '{provider}' key")
        if config.id not in usable:
            raise SelectionError(409, ErrorCode.PROVIDER_KEY_UNUSABLE, f"This workspace's '{provider}' key cannot be decrypted")
        return self._candidate(config, model_id or None)

    def _candidate(self, config: ProviderConfig, model_id: str | None = None) -> Candidate:
        spec = ModelSpec(
            provider=config.provider,
            label=config.provider,
            model_id=model_id or config.default_model,
            api_key=self._key(config),
            base_url=self.settings.provider_base_url_map.get(config.provider) or DEFAULT_BASE_URLS.get(config.provider),
            timeout=self.settings.provider_timeout_seconds,
            max_retries=self.settings.provider_max_retries,
        )
        return Candidate(spec, config)

    def _platform(self) -> Candidate:
        provider, model_id = self.settings.default_model.split(":", 1)
        key = self.settings.openai_api_key.get_secret_value() if self.settings.openai_api_key else None
        base_url = self.settings.openai_base_url or self.settings.provider_base_url_map.get(provider)
        spec = ModelSpec(provider, PLATFORM, model_id, key, base_url or DEFAULT_BASE_URLS.get(provider),
                         self.settings.provider_timeout_seconds, self.settings.provider_max_retries)
        return Candidate(spec, None)

    def _load(self, workspace_id: str) -> tuple[list[ProviderConfig], dict[str, Any]]:
        # ai_provider_configs is under HYVVE's RLS: the transaction acts for the workspace from its start (the
        # engine's begin hook names it, one round trip; not a second set_config after the request's own).
        with workspace_scope(workspace_id), self.engine.begin() as conn:
            rows = conn.execute(_LOAD_SQL, {"ws": workspace_id}).all()
        configs = [ProviderConfig(**{k: row._mapping[k] for k in _CONFIG_COLUMNS}) for row in rows if row.id is not None]
        preferences = rows[0].agent_model_preferences or {}
        return configs, preferences if isinstance(preferences, dict) else {}

    def _key(self, config: ProviderConfig) -> str | None:
        """The decrypted key, cached until the row's `updated_at` or ciphertext changes."""
        if self.cipher is None:
            return None
        cache_key = (config.id, config.updated_at, hashlib.sha256(config.api_key_encrypted.encode()).hexdigest())
        with self._lock:
            if cache_key in self._keys:
                return self._keys[cache_key]
        try:
            plaintext: str | None = self.cipher.decrypt(config.api_key_encrypted)
        except KeyDecryptionError as exc:
            log.error("provider config %s (%s): %s", config.id, config.provider, exc)
            plaintext = None
        with self._lock:
            self._keys = {k: v for k, v in self._keys.items() if k[0] != config.id}  # drop stale versions
            self._keys[cache_key] = plaintext
        return plaintext
