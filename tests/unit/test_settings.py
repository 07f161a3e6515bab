"""Settings refuse what production cannot run with, without echoing secrets (agents/settings.py).
How a refused setting stops a real start-up is tests/test_startup.py's."""

from __future__ import annotations

import pytest

from agents.settings import SettingsError, load_settings


def test_production_requires_its_secrets() -> None:
    with pytest.raises(SettingsError, match="AGENT_SERVICE_TOKEN"):
        load_settings(
            environment="production",
            database_url="postgresql+psycopg://u:p@db/hyvve",
            better_auth_url="https://app.hyvve.test",
            _env_file=None,
        )


def test_production_refuses_fetching_private_urls_for_knowledge() -> None:
    with pytest.raises(SettingsError, match="KNOWLEDGE_ALLOW_PRIVATE_URLS"):
        load_settings(
            environment="production",
            database_url="postgresql+psycopg://u:p@db/hyvve",
            better_auth_url="https://app.hyvve.test",
            agent_service_token="t" * 32,
            encryption_master_key="A" * 43 + "=",
            os_security_key="k" * 32,
            knowledge_allow_private_urls=True,
            _env_file=None,
        )


def test_setting_errors_do_not_echo_secret_values() -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings(encryption_master_key="bm90LTMyLWJ5dGVzLXNlY3JldA==", _env_file=None)

    assert "bm90LTMy" not in str(raised.value)
