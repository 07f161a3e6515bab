"""API docs that work offline: Swagger UI from the packaged `swagger-ui-bundle` (PyPI), not a CDN.

Outside production only (agents/main.py); the route policy makes these routes public.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import FileResponse, HTMLResponse
from swagger_ui_bundle import swagger_ui_path

ASSETS = "/docs/assets"
# The files Swagger UI's page loads; nothing else of the package directory is served.
_ASSET_FILES = frozenset({"swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"})


def get_docs_router(title: str, openapi_url: str) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/docs")
    async def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{title} - API docs",
            oauth2_redirect_url="/docs/oauth2-redirect",
            swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS}/favicon-32x32.png",
        )

    @router.get("/docs/oauth2-redirect")
    async def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @router.get(ASSETS + "/{name}")
    async def swagger_ui_asset(name: str) -> FileResponse:
        if name not in _ASSET_FILES:
            raise HTTPException(status_code=404, detail="Not Found")
        return FileResponse(str(swagger_ui_path / name), headers={"cache-control": "public, max-age=86400"})

    return router
