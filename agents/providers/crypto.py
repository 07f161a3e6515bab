"""HYVVE's encryption of provider keys (`ai_provider_configs.api_key_encrypted`), exactly as the Node side does it.

Format: base64( salt[64] | iv[16] | gcm_tag[16] | ciphertext ), AES-256-GCM with the key
PBKDF2-HMAC-SHA256(password = base64-decoded ENCRYPTION_MASTER_KEY, salt, 100,000 iterations, 32 bytes).

PBKDF2 costs tens of milliseconds of CPU, so derived keys are cached per salt (a salt is random per
ciphertext; a re-encrypted key brings a new salt and so a new derivation).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import threading
from collections import OrderedDict

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SALT_BYTES, IV_BYTES, TAG_BYTES = 64, 16, 16
ITERATIONS = 100_000


class KeyDecryptionError(Exception):
    """The stored key cannot be decrypted. The message never contains key material."""


class KeyCipher:
    def __init__(self, master_key: bytes, cache_size: int = 1024) -> None:
        if len(master_key) != 32:
            raise ValueError("the master key must be 32 bytes")
        self._master = master_key
        self._derived: OrderedDict[bytes, bytes] = OrderedDict()
        self._lock = threading.Lock()
        self._cache_size = cache_size

    def decrypt(self, encoded: str) -> str:
        try:
            blob = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise KeyDecryptionError("the stored key is not base64") from None
        if len(blob) <= SALT_BYTES + IV_BYTES + TAG_BYTES:
            raise KeyDecryptionError("the stored key is too short to be HYVVE's format (truncated?)")
        salt = blob[:SALT_BYTES]
        iv = blob[SALT_BYTES : SALT_BYTES + IV_BYTES]
        tag = blob[SALT_BYTES + IV_BYTES : SALT_BYTES + IV_BYTES + TAG_BYTES]
        ciphertext = blob[SALT_BYTES + IV_BYTES + TAG_BYTES :]
        try:
            # A 16-byte IV is valid for GCM (it is hashed to the nonce), as Node's crypto allows.
            plaintext = AESGCM(self._key_for(salt)).decrypt(iv, ciphertext + tag, None)
        except InvalidTag:
            raise KeyDecryptionError("the stored key does not authenticate: wrong master key or tampered data") from None
        try:
            return plaintext.decode("utf-8")
        except UnicodeDecodeError:
            raise KeyDecryptionError("the decrypted key is not UTF-8 text") from None

    def encrypt(self, api_key: str) -> str:
        """HYVVE's format, for seeding local and test databases."""
        salt, iv = os.urandom(SALT_BYTES), os.urandom(IV_BYTES)
        sealed = AESGCM(self._key_for(salt)).encrypt(iv, api_key.encode("utf-8"), None)
        ciphertext, tag = sealed[:-TAG_BYTES], sealed[-TAG_BYTES:]
        return base64.b64encode(salt + iv + tag + ciphertext).decode()

    def _key_for(self, salt: bytes) -> bytes:
        with self._lock:
            key = self._derived.get(salt)
            if key is not None:
                self._derived.move_to_end(salt)
                return key
        key = hashlib.pbkdf2_hmac("sha256", self._master, salt, ITERATIONS, dklen=32)
        with self._lock:
            self._derived[salt] = key
            while len(self._derived) > self._cache_size:
                self._derived.popitem(last=False)
        return key
