"""The one settings object of the service.

Every setting is read here, from the environment (or a `.env` file), and nowhere else.
`.env.example` documents each one. Secrets are `SecretStr` so they never print by accident.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

# Settings a production deployment cannot run without (development runs on embedded defaults).
PRODUCTION_REQUIRED = (
    "database_url",
    "better_auth_url",
    "agent_service_token",
    "encryption_master_key",
    "os_security_key",
)


CONTROL_PLANE_ORIGIN = "https://os.agno.com"
LOCAL_WEB_ORIGIN = "http://localhost:3000"  # HYVVE's web app in development (apps/web: `next dev`)


class SettingsError(Exception):
    """A missing or malformed setting; the message is one line naming it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    environment: Literal["development", "production"] = "development"

    # Database: HYVVE's PostgreSQL. Unset -> an embedded PostgreSQL+pgvector under `embedded_db_dir`.
    database_url: str | None = None
    embedded_db_dir: Path = Path(".data/postgres")
    database_pool_size: int = Field(default=10, ge=1, le=200)
    database_max_overflow: int = Field(default=10, ge=0, le=200)
    database_connect_timeout: int = Field(default=5, ge=1, le=60)
    agno_db_schema: str = "ai"
    # A HYVVE checkout: its Prisma migrations build HYVVE's tables (the tests' database).
    hyvve_repo: Path | None = None
    # `python -m agents db init` (run as the owner): the password it gives the service's least-privilege role.
    agentos_db_password: SecretStr | None = None

    redis_url: str | None = None

    # Auth (better-auth on the Node side, NestJS service token, operators).
    better_auth_url: str | None = None
    auth_jwks_url: str | None = None
    auth_jwt_issuer: str | None = None
    auth_jwt_audience: str | None = None
    agent_service_token: SecretStr | None = None
    os_security_key: SecretStr | None = None
    # better-auth's secret (HYVVE's BETTER_AUTH_SECRET): verifies the signed `hyvve.session_token` cookie on
    # the routes that accept it (/agui, which CopilotKit calls with cookies only). Unset: no cookie is accepted.
    better_auth_secret: SecretStr | None = None
    auth_jwks_max_age_seconds: float = Field(default=600, ge=1)
    auth_jwks_refetch_cooldown_seconds: float = Field(default=30, ge=0.1)
    # Session and membership lookups are cached this long: revocation takes effect within it.
    auth_cache_seconds: float = Field(default=5, ge=0, le=10)
    # Operator access with tokens the agno Control Plane issues (RS256): the public key it generated for this OS
    # (PEM; `\n` escapes allowed) and the audience they must carry (the OS id unless set).
    control_plane_jwt_public_key: str | None = None
    control_plane_jwt_audience: str = "hyvve-agentos"
    # agno's own auth, switched on by these variables, would bypass ours: refuse them.
    jwt_verification_key: str | None = None
    jwt_jwks_file: str | None = None

    # Browser origins allowed by CORS (comma-separated). The Control Plane's is added when enabled.
    cors_origins: str = ""

    # BYOAI: decrypts HYVVE's ai_provider_configs.api_key_encrypted.
    encryption_master_key: SecretStr | None = None

    # The platform's own model, used when a workspace has none of its own.
    default_model: str = "openai:gpt-4o-mini"
    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    # Whether runs may use the platform's own key when a workspace has none (or as the last fallback).
    allow_platform_model: bool = True
    # Per-provider API base URLs (JSON object), e.g. {"ollama": "http://ollama:11434/v1"}; a name not
    # otherwise known becomes an OpenAI-compatible provider.
    provider_base_urls: str = "{}"
    provider_timeout_seconds: float = Field(default=60, gt=0, le=600)
    # Retries (with backoff) of 5xx, 429 and timeouts before falling back to the next provider.
    provider_max_retries: int = Field(default=2, ge=0, le=10)

    control_plane_enabled: bool = False

    log_level: Literal["debug", "info", "warning", "error"] = "info"
    # Record message content in traces (off: prompts and answers are customer data).
    trace_capture_content: bool = False
    # Share of traces written to agno's trace tables (the Control Plane reads them); traces with an error or an
    # approval are always kept whole. OTLP receives every trace regardless.
    trace_db_sample_ratio: float = Field(default=1.0, ge=0, le=1)

    # An SSE stream silent this long gets a `: keepalive` comment, so idle proxies do not cut it.
    sse_keepalive_seconds: float = Field(default=15, gt=0, le=300)
    # A run start repeated with the same idempotency key (NestJS's correlationId) within this window starts
    # nothing and answers with the first run; a repeat waits up to run_wait_seconds for that run to settle.
    run_idempotency_window_seconds: int = Field(default=900, ge=1)
    run_wait_seconds: float = Field(default=120, gt=0)

    # NestJS (no path prefix: `{HYVVE_API_URL}/kb/pages`), for tools that act on HYVVE through the routes in
    # agents/hyvve_api.py. Unset (local mode): approved actions are carried out or recorded by this service.
    hyvve_api_url: str | None = None
    # Redis consumer group reading decisions from hyvve:events:main.
    events_consumer_group: str = "hyvve-agentos"
    # An event another replica read but never acknowledged (it died) is taken over after this long.
    events_reclaim_idle_ms: int = Field(default=30_000, ge=100)
    # A pending approval this long past its due time ends its run (NestJS escalates before that).
    approval_expiry_grace_hours: float = Field(default=72, ge=0)
    # Decided approvals one replica continues at once.
    approval_continuation_concurrency: int = Field(default=8, ge=1, le=64)
    # Lease on a continuation and on an action being sent, renewed every third of it while the process lives:
    # a dead process's work is taken over this long after its last renewal.
    approval_lease_seconds: float = Field(default=30, ge=1, le=600)
    # A replica renews the lease of each run it executes every quarter of this; a run whose lease ran out
    # (its replica died) is failed by any replica within 1.25x this (agents/runs/reconciler.py).
    run_lease_seconds: float = Field(default=60, ge=2, le=3600)

    # Workspace knowledge (agents/knowledge/). `auto`: a workspace's own OpenAI key embeds its documents,
    # else the local all-MiniLM-L6-v2; `local`: always the local model (no document leaves the platform).
    knowledge_embedder: Literal["auto", "local"] = "auto"
    # Largest document (upload, text or fetched page) in bytes.
    knowledge_max_bytes: int = Field(default=10 * 1024 * 1024, ge=1024, le=100 * 1024 * 1024)
    # URL ingestion refuses loopback/private/link-local addresses; only development stand-ins need this on.
    knowledge_allow_private_urls: bool = False
    # A document waiting for a workspace's used-up daily token budget (its own key) looks again this often.
    knowledge_budget_wait_seconds: float = Field(default=300, gt=0, le=86400)

    @field_validator("hyvve_repo", mode="before")
    @classmethod
    def _no_empty_path(cls, value: object) -> object:
        return None if value == "" else value  # `HYVVE_REPO=` (compose passes it empty) is no checkout, not `.`

    @field_validator("database_url")
    @classmethod
    def _postgres_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError("must be a SQLAlchemy URL like postgresql+psycopg://user:pass@host:5432/db") from None
        if url.get_backend_name() != "postgresql":
            raise ValueError("must be a PostgreSQL URL (postgresql+psycopg://...)")
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)

    @field_validator("redis_url")
    @classmethod
    def _redis_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must start with redis://, rediss:// or unix://")
        return value or None

    @field_validator("better_auth_url", "auth_jwks_url", "openai_base_url", "hyvve_api_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value and not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http(s) URL")
        return value.rstrip("/") if value else None

    @field_validator("provider_base_urls")
    @classmethod
    def _base_urls(cls, value: str) -> str:
        try:
            parsed = json.loads(value or "{}")
        except ValueError:
            raise ValueError("must be a JSON object of provider name -> URL") from None
        if not isinstance(parsed, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and re.match(r"^https?://", v) for k, v in parsed.items()
        ):
            raise ValueError("must be a JSON object of provider name -> http(s) URL")
        return value or "{}"

    @field_validator("agno_db_schema")
    @classmethod
    def _schema_name(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", value):
            raise ValueError("must be a lowercase SQL identifier")
        if value == "public":
            raise ValueError("must not be 'public': Prisma owns it and would see agno's tables as drift")
        return value

    @field_validator("encryption_master_key")
    @classmethod
    def _master_key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        try:
            raw = base64.b64decode(value.get_secret_value(), validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("must be base64") from None
        if len(raw) != 32:
            raise ValueError("must decode to exactly 32 bytes")
        return value

    @field_validator("default_model")
    @classmethod
    def _model_ref(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z][a-z0-9_-]*:\S+", value):
            raise ValueError("must be provider:model, e.g. openai:gpt-4o-mini")
        return value

    @field_validator("agent_service_token", "os_security_key", "openai_api_key", "better_auth_secret")
    @classmethod
    def _blank_is_unset(cls, value: SecretStr | None) -> SecretStr | None:
        return value if value is not None and value.get_secret_value() else None

    @field_validator("control_plane_jwt_public_key")
    @classmethod
    def _pem(cls, value: str | None) -> str | None:
        if not value:
            return None
        from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
        from cryptography.hazmat.primitives.serialization import load_pem_public_key

        value = value.replace("\\n", "\n").strip()
        try:
            key = load_pem_public_key(value.encode())
        except ValueError:
            key = None
        if not isinstance(key, RSAPublicKey):
            raise ValueError("must be the RSA public key (PEM) the Control Plane generated for this OS")
        return value

    @field_validator("jwt_verification_key", "jwt_jwks_file")
    @classmethod
    def _no_agno_auth(cls, value: str | None) -> str | None:
        if value:
            raise ValueError("is agno's own auth and would bypass HYVVE's; unset it (use BETTER_AUTH_URL / AUTH_JWKS_URL)")
        return None

    @field_validator("cors_origins")
    @classmethod
    def _origins(cls, value: str) -> str:
        for origin in filter(None, (o.strip() for o in value.split(","))):
            if origin == "*" or not re.fullmatch(r"https?://[^\s/]+", origin):
                raise ValueError(f"'{origin}' is not an origin like https://app.hyvve.com")
        return value

    @model_validator(mode="after")
    def _production_requirements(self) -> Settings:
        if self.environment == "production":
            for name in PRODUCTION_REQUIRED:
                if getattr(self, name) is None:
                    raise ValueError(f"{name.upper()} is required when ENVIRONMENT=production")
            if self.knowledge_allow_private_urls:
                raise ValueError("KNOWLEDGE_ALLOW_PRIVATE_URLS must be off when ENVIRONMENT=production")
        return self

    # -- derived values -------------------------------------------------------------------

    @property
    def uses_embedded_database(self) -> bool:
        return self.database_url is None

    @cached_property
    def jwks_url(self) -> str | None:
        if self.auth_jwks_url:
            return self.auth_jwks_url
        return f"{self.better_auth_url}/api/auth/jwks" if self.better_auth_url else None

    @cached_property
    def provider_base_url_map(self) -> dict[str, str]:
        return {k.lower(): v.rstrip("/") for k, v in json.loads(self.provider_base_urls).items()}

    @property
    def cors_origin_list(self) -> list[str]:
        origins = [o.strip() for o in self.cors_origins.split(",") if o.strip()]
        if self.database_url is None:  # local mode: HYVVE's web app on its dev server may call us
            origins.append(LOCAL_WEB_ORIGIN)
        if self.control_plane_enabled:
            origins.append(CONTROL_PLANE_ORIGIN)
        return list(dict.fromkeys(origins))

    @property
    def cookie_origins(self) -> list[str]:
        """Origins whose cookie-authenticated requests are accepted (CSRF): CORS_ORIGINS and better-auth's own.

        Never the Control Plane's: it is an operator tool that authenticates with a key, not with cookies.
        """
        origins = [o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip()]
        if self.better_auth_url:
            origins.append("/".join(self.better_auth_url.split("/")[:3]))
        return list(dict.fromkeys(origins))

    @property
    def jwt_issuer(self) -> str | None:
        return self.auth_jwt_issuer or self.better_auth_url

    @property
    def jwt_audience(self) -> str | None:
        return self.auth_jwt_audience or self.better_auth_url

    @property
    def master_key_bytes(self) -> bytes | None:
        if self.encryption_master_key is None:
            return None
        return base64.b64decode(self.encryption_master_key.get_secret_value())

    def database_url_object(self) -> URL | None:
        return make_url(self.database_url) if self.database_url else None


def load_settings(**overrides: object) -> Settings:
    """Read the settings, turning validation failures into one line that names the setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        error = exc.errors()[0]
        location = "_".join(str(part) for part in error.get("loc", ()) if part != "__root__")
        message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
        name = location.upper() if location else "settings"
        raise SettingsError(f"Invalid setting {name}: {message}" if location else f"Invalid settings: {message}") from None
