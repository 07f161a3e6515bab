"""better-auth JWTs, verified against the JWKS the web app publishes.

- The algorithm comes from the JWKS key, never from the token: EdDSA, ES256, RS256 or PS256. `none` and
  HMAC are never accepted, so a token "signed" with a public key as an HMAC secret is just invalid.
- `iss` and `aud` are pinned; `exp` and `sub` are required; `nbf`/`iat`/`exp` get at most 30 s leeway.
- The JWKS is cached. A token naming an unknown `kid` may trigger a refetch (key rotation), but at
  most one per cooldown window, and concurrent refetches coalesce: random kids cannot cause a storm.
- Fetching is async (httpx), so it never blocks the event loop.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any

import httpx
import jwt
from jwt import PyJWK

from agents.errors import ErrorCode

log = logging.getLogger(__name__)

LEEWAY_SECONDS = 30
ALLOWED_ALGORITHMS = frozenset({"EdDSA", "ES256", "RS256", "PS256"})
# What a JWK without an `alg` member means (better-auth always sets it; other issuers may not).
_DEFAULT_ALG = {("OKP", "Ed25519"): "EdDSA", ("EC", "P-256"): "ES256", ("RSA", None): "RS256"}


class TokenRejected(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class _Key:
    key: Any
    algorithm: str


class JwksCache:
    def __init__(self, url: str, max_age: float, refetch_cooldown: float, timeout: float = 5.0) -> None:
        self.url = url
        self.max_age = max_age
        self.refetch_cooldown = refetch_cooldown
        self.timeout = timeout
        self._keys: dict[str, _Key] = {}
        self._fetched_at = float("-inf")
        self._lock = asyncio.Lock()
        self._client: httpx.AsyncClient | None = None

    async def key_for(self, kid: str) -> _Key | None:
        now = time.monotonic()
        if now - self._fetched_at > self.max_age:
            await self._refresh(force=True)
        elif kid not in self._keys:
            await self._refresh(force=False)
        return self._keys.get(kid)

    async def _refresh(self, force: bool) -> None:
        async with self._lock:
            since = time.monotonic() - self._fetched_at
            # Another request refreshed while we waited, or the cooldown has not passed.
            if since < self.refetch_cooldown or (force and since <= self.max_age):
                return
            self._fetched_at = time.monotonic()
            try:
                self._keys = await self._fetch()
            except (httpx.HTTPError, ValueError) as exc:
                # Keep the keys we had: a JWKS outage must not log everyone out.
                log.warning("JWKS fetch from %s failed: %s", self.url, type(exc).__name__)

    async def _fetch(self) -> dict[str, _Key]:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.timeout)
        response = await self._client.get(self.url)
        response.raise_for_status()
        keys: dict[str, _Key] = {}
        for jwk in response.json().get("keys", []):
            parsed = _parse_jwk(jwk)
            if parsed is not None:
                keys[jwk["kid"]] = parsed
        log.info("JWKS fetched from %s: %d usable keys", self.url, len(keys))
        return keys

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()


def _parse_jwk(jwk: dict[str, Any]) -> _Key | None:
    if not isinstance(jwk, dict) or not jwk.get("kid") or jwk.get("use", "sig") != "sig":
        return None
    kty, crv = str(jwk.get("kty")), jwk.get("crv")
    algorithm = jwk.get("alg") or _DEFAULT_ALG.get((kty, crv)) or _DEFAULT_ALG.get((kty, None))
    if algorithm not in ALLOWED_ALGORITHMS:
        return None
    try:
        return _Key(key=PyJWK(jwk, algorithm=algorithm).key, algorithm=algorithm)
    except (jwt.PyJWKError, jwt.InvalidKeyError, ValueError, TypeError):
        return None


def looks_like_jwt(token: str) -> bool:
    return token.count(".") == 2


class JwtVerifier:
    def __init__(self, jwks: JwksCache, issuer: str, audience: str) -> None:
        self.jwks = jwks
        self.issuer = issuer
        self.audience = audience

    async def verify(self, token: str) -> dict[str, Any]:
        """The token's claims, or TokenRejected(token_invalid | token_expired)."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise TokenRejected(ErrorCode.TOKEN_INVALID, "The token is not a well-formed JWT") from None
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise TokenRejected(ErrorCode.TOKEN_INVALID, "The token names no signing key")
        key = await self.jwks.key_for(kid)
        if key is None:
            raise TokenRejected(ErrorCode.TOKEN_INVALID, "The token's signing key is unknown")
        if header.get("alg") != key.algorithm:
            raise TokenRejected(ErrorCode.TOKEN_INVALID, "The token's algorithm does not match its key")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key=key.key,
                algorithms=[key.algorithm],
                issuer=self.issuer,
                audience=self.audience,
                leeway=LEEWAY_SECONDS,
                options={"require": ["exp", "sub"], "verify_iat": True},
            )
        except jwt.ExpiredSignatureError:
            raise TokenRejected(ErrorCode.TOKEN_EXPIRED, "The token has expired") from None
        except jwt.ImmatureSignatureError:
            raise TokenRejected(ErrorCode.TOKEN_INVALID, "The token is not valid yet") from None
        except jwt.PyJWTError as exc:
            raise TokenRejected(ErrorCode.TOKEN_INVALID, f"The token is invalid: {_reason(exc)}") from None
        if not isinstance(claims.get("sub"), str) or not claims["sub"]:
            raise TokenRejected(ErrorCode.TOKEN_INVALID, "The token has no subject")
        return claims


def _reason(exc: jwt.PyJWTError) -> str:
    # PyJWT's messages name the failing claim ("Invalid issuer") and never echo the token.
    return str(exc).rstrip(".")[:120] or type(exc).__name__


class ControlPlaneVerifier:
    """JWTs the agno Control Plane (os.agno.com) issues for operators: RS256, signed with the key pair the
    Control Plane generated for this OS, verified with its public key by agno's own JWTValidator. Their key,
    audience (the OS id unless configured) and scopes are their own, never better-auth's: a token this key did
    not sign is not one of them, and goes on to the better-auth verifier."""

    def __init__(self, public_key: str, audience: str) -> None:
        from agno.os.middleware.jwt import JWTValidator

        self.audience = audience
        self.validator = JWTValidator(verification_keys=[public_key], algorithm="RS256", leeway=LEEWAY_SECONDS)

    def verify(self, token: str) -> dict[str, Any] | None:
        """The claims of a Control Plane token; None for a token it did not sign; TokenRejected for one it
        signed that is expired or not for this OS."""
        try:
            if jwt.get_unverified_header(token).get("alg") != "RS256":
                return None
            claims: dict[str, Any] = self.validator.validate_token(token, expected_audience=self.audience)
        except (jwt.InvalidSignatureError, jwt.InvalidAlgorithmError, jwt.DecodeError):
            return None  # PyJWT checks the signature first: anything after it is about a token we signed
        except jwt.ExpiredSignatureError:
            raise TokenRejected(ErrorCode.TOKEN_EXPIRED, "The Control Plane token has expired") from None
        except jwt.PyJWTError as exc:
            raise TokenRejected(ErrorCode.TOKEN_INVALID, f"The Control Plane token is invalid: {_reason(exc)}") from None
        if not isinstance(claims.get("exp"), (int, float)):
            raise TokenRejected(ErrorCode.TOKEN_INVALID, "The Control Plane token has no expiry")
        return claims
