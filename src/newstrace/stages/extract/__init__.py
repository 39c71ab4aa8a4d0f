"""Extraction stage: quotes and speakers, entities, numeric claims and dates.

``run`` fills ``quotes``, ``claims`` and ``mentions`` for the articles in ``records.new_ids``
and keeps the existing records of the other articles.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from newstrace.config import ExtractSettings, Settings
from newstrace.records import (
    Article,
    Claim,
    Mention,
    Quote,
    R,
    RecordSet,
    extended,
    holds_any,
)
from newstrace.stages.extract.accel import tagger
from newstrace.stages.extract.dates import date_mentions
from newstrace.stages.extract.entities import find_entities
from newstrace.stages.extract.numbers import find_claims
from newstrace.stages.extract.quotes import find_quotes
from newstrace.stages.extract.speakers import resolve_speakers

log = logging.getLogger(__name__)

NAME = "extract"


def extract_article(
    article: Article, settings: ExtractSettings | None = None
) -> tuple[list[Quote], list[Claim], list[Mention]]:
    """Quotes, claims and mentions (entities, roles, dates) of one article."""
    opts = settings or ExtractSettings()
    tag = tagger(opts.spacy_model)
    ents = find_entities(article, tag(article.text) if tag else ())
    quotes = resolve_speakers(article.text, ents, find_quotes(article.text)) if opts.quotes else []
    claims = find_claims(article) if opts.claims else []
    mentions = ents.mentions() + date_mentions(article) if opts.mentions else []
    mentions.sort(key=lambda m: (m.span.start, m.span.end, m.kind))
    return quotes, claims, mentions


def run(records: RecordSet, settings: Settings) -> RecordSet:
    """Extract from the new articles; keep what earlier runs found for the others."""
    if not settings.extract.enabled:
        return records
    new = records.new_ids
    quotes = [q for q in records.quotes if q.article_id not in new]
    claims: list[Claim] = []
    mentions: list[Mention] = []
    for article in records.articles:
        if article.id not in new:
            continue
        try:
            q, c, m = extract_article(article, settings.extract)
        except Exception as exc:  # one article's failure must not sink the analysis
            log.warning("extract: nothing extracted from article %s (%s): %s: %s",
                        article.id, article.input or article.title or "?",
                        type(exc).__name__, exc)  # fmt: skip
            continue
        quotes += q
        claims += c
        mentions += m
    return dataclasses.replace(
        records,
        quotes=tuple(quotes),
        claims=extended(_others(records.claims, new), claims),
        mentions=extended(_others(records.mentions, new), mentions),
    )


def _others(found: Sequence[R], new: frozenset[str]) -> Sequence[R]:
    """The records of articles not extracted again; those kept in the store stay unread
    unless some belong to the articles extracted again."""
    if not holds_any(found, new):
        return found
    return tuple(r for r in found if r.article_id not in new)
