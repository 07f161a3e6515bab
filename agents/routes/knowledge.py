"""The workspace's knowledge base over HTTP: add, list, read, delete and search documents.

Access (route_policy.py): any member reads and searches; members who can run agents add and delete.
Every statement is scoped to the caller's verified workspace: another workspace's document answers 404.
Adding is asynchronous: 202 with the document in status `pending`, then `processing` and `completed`
(or `failed` with a reason); poll `GET /knowledge/documents/{id}`. Adding content the workspace already
has answers 200 with that document and `duplicate: true`.

Bodies: JSON `{"type": "text"|"markdown", "content", "name"?, "metadata"?}` or `{"type": "url", "url", ...}`,
or a multipart upload (`file`, with optional `name`, `metadata` as a JSON string) of a PDF, markdown or
text file.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field, ValidationError

from agents.errors import ApiError, ErrorCode
from agents.knowledge.service import KnowledgeService
from agents.knowledge.sources import SourceError, check_public_url
from agents.middleware.deps import CurrentPrincipal
from agents.middleware.principal import Principal


class KnowledgeDocument(BaseModel):
    id: str
    workspace_id: str
    name: str
    source_type: Literal["text", "markdown", "pdf", "url"]
    source_url: str | None
    content_sha256: str
    size_bytes: int
    metadata: dict[str, Any]
    status: Literal["pending", "processing", "completed", "failed"]
    error: str | None
    embedder: str | None
    chunk_count: int
    created_by: str | None
    created_at: datetime
    updated_at: datetime
    duplicate: bool = False


class KnowledgeDocumentList(BaseModel):
    data: list[KnowledgeDocument]
    total: int
    limit: int
    offset: int


Metadata = dict[str, str | int | float | bool]


class TextDocument(BaseModel):
    type: Literal["text", "markdown"]
    content: str = Field(min_length=1)
    name: str | None = Field(default=None, max_length=300)
    metadata: Metadata = Field(default_factory=dict)


class UrlDocument(BaseModel):
    type: Literal["url"]
    url: str = Field(min_length=8, max_length=2000)
    name: str | None = Field(default=None, max_length=300)
    metadata: Metadata = Field(default_factory=dict)


class KnowledgeQuery(BaseModel):
    query: str = Field(min_length=1, max_length=2000)
    limit: int = Field(default=5, ge=1, le=20)
    filters: Metadata | None = None


class KnowledgeHit(BaseModel):
    source: Literal["document", "hyvve_kb_page"] = Field(
        description="Where the hit is from: a document added here, or a page of HYVVE's own knowledge base")
    document_id: str | None = Field(description="The document's id (source `document`), else null")
    page_id: str | None = Field(description="The HYVVE KB page's id (source `hyvve_kb_page`), else null")
    title: str | None = Field(description="The document's name or the page's title")
    name: str | None = Field(description="The same as `title` (kept for earlier clients)")
    content: str = Field(description="The excerpt that matched")
    score: float
    metadata: dict[str, Any]


class KnowledgeHits(BaseModel):
    data: list[KnowledgeHit]


_FILE_TYPES = {".pdf": "pdf", ".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text"}
_MEDIA_TYPES = {"application/pdf": "pdf", "text/markdown": "markdown", "text/x-markdown": "markdown", "text/plain": "text"}


def _workspace(principal: Principal) -> str:
    if principal.workspace_id is None:
        raise ApiError(400, ErrorCode.WORKSPACE_REQUIRED, "Knowledge belongs to a workspace: act within one (x-workspace-id)")
    return principal.workspace_id


_NO_WORKSPACE: dict[int | str, dict[str, Any]] = {
    400: {"description": "workspace_required: an operator acting within no workspace"}
}


def get_knowledge_router(service: KnowledgeService) -> APIRouter:
    router = APIRouter(tags=["Knowledge"], responses=_NO_WORKSPACE)

    @router.post(
        "/knowledge/documents",
        response_model=KnowledgeDocument,
        status_code=202,
        responses={
            200: {"model": KnowledgeDocument, "description": "The workspace already has this content"},
            400: {"description": "url_not_allowed (not a public http(s) URL) or workspace_required"},
            413: {"description": "document_too_large"},
            415: {"description": "Neither JSON nor multipart, or a file type that cannot be ingested"},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"oneOf": [TextDocument.model_json_schema(),
                                                              UrlDocument.model_json_schema()]}},
                    "multipart/form-data": {"schema": {
                        "type": "object", "required": ["file"],
                        "properties": {"file": {"type": "string", "format": "binary"}, "name": {"type": "string"},
                                       "metadata": {"type": "string", "description": "a JSON object"}},
                    }},
                },
            }
        },
    )
    async def add_document(request: Request, response: Response, principal: CurrentPrincipal) -> KnowledgeDocument:
        """Add a document (text, markdown, PDF or a URL) to the workspace's knowledge base."""
        workspace_id = _workspace(principal)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "multipart/form-data":
            fields = await _upload(request, service.max_bytes)
        elif content_type == "application/json":
            fields = await _json_document(request, service.max_bytes, service.allow_private_urls)
        else:
            raise ApiError(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json or multipart/form-data")
        submitted = await run_in_threadpool(
            lambda: service.submit(workspace_id, created_by=principal.user_id, **fields)
        )
        if not submitted.created:
            response.status_code = 200
        return KnowledgeDocument(**submitted.document, duplicate=not submitted.created)

    @router.get("/knowledge/documents", response_model=KnowledgeDocumentList)
    async def list_documents(
        principal: CurrentPrincipal,
        limit: int = Query(default=50, ge=1, le=200),
        offset: int = Query(default=0, ge=0),
    ) -> KnowledgeDocumentList:
        """The workspace's documents, newest first."""
        rows, total = await run_in_threadpool(service.list_documents, _workspace(principal), limit, offset)
        return KnowledgeDocumentList(data=[KnowledgeDocument(**r) for r in rows], total=total, limit=limit, offset=offset)

    @router.get("/knowledge/documents/{document_id}", response_model=KnowledgeDocument)
    async def get_document(document_id: str, principal: CurrentPrincipal) -> KnowledgeDocument:
        """One document and its ingestion status."""
        row = await run_in_threadpool(service.get, _workspace(principal), document_id)
        if row is None:
            raise ApiError(404, ErrorCode.DOCUMENT_NOT_FOUND, "No such document in this workspace")
        return KnowledgeDocument(**row)

    @router.delete("/knowledge/documents/{document_id}", status_code=204, response_class=Response)
    async def delete_document(document_id: str, principal: CurrentPrincipal) -> Response:
        """Remove a document and every chunk of it from the knowledge base."""
        if not await run_in_threadpool(service.delete, _workspace(principal), document_id):
            raise ApiError(404, ErrorCode.DOCUMENT_NOT_FOUND, "No such document in this workspace")
        return Response(status_code=204)

    @router.post("/knowledge/query", response_model=KnowledgeHits)
    async def query_knowledge(body: KnowledgeQuery, principal: CurrentPrincipal) -> KnowledgeHits:
        """Hybrid (semantic + keyword) search of the workspace's documents and HYVVE KB pages, in one ranking."""
        chunks = await service.asearch(_workspace(principal), body.query, body.limit, body.filters, principal.user_id)
        return KnowledgeHits(data=[
            KnowledgeHit(source=c.source, title=c.name, name=c.name, content=c.content, score=round(c.score, 6),
                         document_id=c.document_id if c.source == "document" else None,
                         page_id=c.document_id if c.source == "hyvve_kb_page" else None,
                         metadata={k: v for k, v in c.meta_data.items() if k not in ("workspace_id",)})
            for c in chunks
        ])

    return router


async def _json_document(request: Request, max_bytes: int, allow_private_urls: bool) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > max_bytes * 2:  # JSON-escaped text can be up to ~2x its bytes
        raise ApiError(413, ErrorCode.DOCUMENT_TOO_LARGE, f"Documents are limited to {max_bytes} bytes")
    try:
        data = json.loads(raw or b"null")
        kind = data.get("type") if isinstance(data, dict) else None
        doc = UrlDocument.model_validate(data) if kind == "url" else TextDocument.model_validate(data)
    except (ValueError, ValidationError) as exc:
        raise ApiError(422, ErrorCode.INVALID_DOCUMENT, _first_error(exc)) from None
    except RecursionError:
        raise ApiError(422, ErrorCode.INVALID_DOCUMENT, "The JSON body nests too deeply") from None
    if isinstance(doc, UrlDocument):
        try:
            check_public_url(doc.url, allow_private_urls)
        except SourceError as exc:
            raise ApiError(400, ErrorCode.URL_NOT_ALLOWED, str(exc)) from None
        return {"name": doc.name or doc.url, "source_type": "url", "url": doc.url, "metadata": doc.metadata}
    payload = doc.content.encode()
    if len(payload) > max_bytes:
        raise ApiError(413, ErrorCode.DOCUMENT_TOO_LARGE, f"Documents are limited to {max_bytes} bytes")
    return {"name": doc.name or "Untitled", "source_type": doc.type, "payload": payload, "metadata": doc.metadata}


async def _upload(request: Request, max_bytes: int) -> dict[str, Any]:
    form = await request.form(max_files=1, max_fields=5)
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise ApiError(422, ErrorCode.INVALID_DOCUMENT, "Send the document as the multipart field 'file'")
    payload = await upload.read(max_bytes + 1)
    if len(payload) > max_bytes:
        raise ApiError(413, ErrorCode.DOCUMENT_TOO_LARGE, f"Documents are limited to {max_bytes} bytes")
    if not payload:
        raise ApiError(422, ErrorCode.INVALID_DOCUMENT, "The file is empty")
    filename = upload.filename or "document"
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    source_type = _FILE_TYPES.get(suffix) or _MEDIA_TYPES.get((upload.content_type or "").split(";")[0].lower())
    if source_type is None:
        raise ApiError(415, ErrorCode.UNSUPPORTED_DOCUMENT_TYPE, "Upload a PDF, markdown (.md) or text (.txt) file")
    name = form.get("name")
    metadata: Any = {}
    if isinstance(form.get("metadata"), str):
        try:
            metadata = json.loads(form["metadata"])  # type: ignore[arg-type]
        except (ValueError, RecursionError):
            metadata = None
        if not isinstance(metadata, dict):
            raise ApiError(422, ErrorCode.INVALID_DOCUMENT, "metadata must be a JSON object")
    return {"name": name if isinstance(name, str) and name else filename, "source_type": source_type,
            "payload": payload, "metadata": metadata}


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError) and exc.errors():
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err.get("loc", ()))
        return f"{where}: {err.get('msg')}" if where else str(err.get("msg"))
    return "The body must be a JSON object describing the document"
