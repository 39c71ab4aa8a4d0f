"""Ingest: read files of many formats into clean :class:`~newstrace.records.Article` records."""

from newstrace.stages.ingest.article import make_article

__all__ = ["make_article"]
