"""Workspace knowledge: documents a workspace ingests, searchable only by that workspace's runs.

- `embedders`: which embedding model a workspace's chunks use (its own OpenAI key, else local MiniLM).
- `store`: agno's PgVector table per embedder, with an HNSW index, a stored tsvector (GIN) and a
  hybrid search whose workspace predicate is added in code, never taken from the caller.
- `documents`: the document ledger (status, dedupe by content digest, deletion).
- `ingestion`: text, markdown, PDF and URL sources through agno's readers and chunkers, run by a
  leased worker so a restart or a second replica never loses or double-ingests a document.
- `hyvve_pages`: HYVVE's own KB pages (`knowledge_pages`, `page_embeddings`), read-only, as a second source.
- `retrieval`: the agno Knowledge agents search, scoped to the run's verified workspace.
"""
