"""Request dependencies our routes declare: the verified caller, as the tenancy middleware set it."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from agents.errors import ApiError, ErrorCode
from agents.middleware.principal import Principal


def current_principal(request: Request) -> Principal:
    principal = getattr(request.state, "principal", None)
    if not isinstance(principal, Principal):  # only reachable if a route was classified PUBLIC by mistake
        raise ApiError(401, ErrorCode.TOKEN_MISSING, "Send a credential: Authorization: Bearer <token>")
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]
