"""Build an Article from text and metadata."""

from __future__ import annotations

import xxhash

from newstrace.records import Article
from newstrace.text.offsets import OffsetMap


def article_id(clean_text: str, source: str | None) -> str:
    """Stable id: hash of the normalised text and the source (16 hex digits)."""
    h = xxhash.xxh3_64()
    h.update(" ".join(clean_text.lower().split()).encode("utf-8"))
    h.update(b"\x00")
    h.update((source or "").lower().encode("utf-8"))
    return h.hexdigest()


def make_article(
    original: str,
    *,
    id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: str | None = None,
    language: str | None = None,
    input: str | None = None,
    format: str = "txt",
) -> Article:
    """An Article from its original text (cleaned here) and metadata."""
    text, offsets = original, OffsetMap.identity(len(original))
    return Article(
        id=id or article_id(text, source),
        text=text,
        original=original,
        offsets=offsets,
        title=title,
        source=source,
        url=url,
        published=published,
        language=language,
        input=input,
        format=format,
    )
