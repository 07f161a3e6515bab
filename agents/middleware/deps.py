"""Request dependencies our routes declare: the verified caller, as the tenancy middleware set it.

The only readers of `request.state` identity outside the middleware itself go through here."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from agents.errors import ApiError, ErrorCode
from agents.middleware.principal import Principal
from agents.providers.selection import Selection


def current_principal(request: Request) -> Principal:
    principal = getattr(request.state, "principal", None)
    if not isinstance(principal, Principal):  # only reachable if a route was classified PUBLIC by mistake
        raise ApiError(401, ErrorCode.TOKEN_MISSING, "Send a credential: Authorization: Bearer <token>")
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def record_business(request: Request, business_id: str) -> None:
    """Add the checked business to the scope agno carries for this request's run (so a continuation rebuilds
    the same team): the dicts the tenancy middleware put on the request are the ones agno passes on."""
    for carried in (getattr(request.state, "dependencies", None), getattr(request.state, "metadata", None)):
        if isinstance(carried, dict):
            carried["business_id"] = business_id


def model_selection(request: Request) -> Selection | None:
    """The model the admission middleware chose for this request's run (agents/providers/admission.py)."""
    selection = getattr(request.state, "model_selection", None)
    return selection if isinstance(selection, Selection) else None
