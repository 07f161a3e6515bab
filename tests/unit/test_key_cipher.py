"""HYVVE's ciphertext format for provider keys: what a broken or foreign ciphertext gives (agents/providers/crypto.py).
That Node's own encryption decrypts here is tests/test_byoai.py's (it runs node)."""

from __future__ import annotations

import base64

import pytest

from agents.providers.crypto import KeyCipher, KeyDecryptionError

CIPHER = KeyCipher(b"\x07" * 32)


@pytest.mark.parametrize(
    ("mangle", "reason"),
    [
        (lambda blob: blob[:60], "too short"),
        (lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]), "does not authenticate"),
        (lambda blob: blob[:80] + bytes([blob[80] ^ 1]) + blob[81:], "does not authenticate"),
    ],
    ids=["truncated", "tampered-ciphertext", "tampered-tag"],
)
def test_broken_ciphertexts_give_a_clear_error_without_key_material(mangle, reason: str) -> None:
    blob = base64.b64decode(CIPHER.encrypt("sk-secret-value"))

    with pytest.raises(KeyDecryptionError, match=reason) as raised:
        CIPHER.decrypt(base64.b64encode(mangle(blob)).decode())

    assert "sk-secret-value" not in str(raised.value)


def test_a_wrong_master_key_does_not_decrypt() -> None:
    other = KeyCipher(b"\x01" * 32)

    with pytest.raises(KeyDecryptionError, match="wrong master key"):
        other.decrypt(CIPHER.encrypt("sk-secret-value"))


def test_not_base64_is_a_clear_error() -> None:
    with pytest.raises(KeyDecryptionError, match="not base64"):
        CIPHER.decrypt("%%% not base64 %%%")
