"""How ``examples/gold.json`` names an article (imported by the tests that read the gold)."""

from __future__ import annotations

from pathlib import Path

from newstrace.records import Article


def gold_key(article: Article) -> str:
    """The gold's name of an article (``examples/gold.json``): file name, or
    ``file.jsonl#record-id``."""
    path = (article.input or "").split(":")[0].split("#")[0].split("@")[0]
    name = Path(path).name
    record_id = article.metadata.get("id")
    return f"{name}#{record_id}" if record_id and name.endswith(".jsonl") else name
