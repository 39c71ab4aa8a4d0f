"""Per-article features for story clustering: terms, lead terms and entities.

Pure functions over text; no state.  Vectors are sparse ``dict[str, float]`` of sublinear term
frequencies (``1 + log tf``); IDF weighting happens later against running document
frequencies (:mod:`newstrace.stages.cluster.state`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newstrace.records import Article, Mention

Vector = dict[str, float]

ENTITY_KINDS = frozenset({"person", "org", "place"})

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# A thousands separator: a comma between a digit and a group of exactly three digits.
_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# A run of capitalised words (allowing "of", "de", "al-" style joiners inside).
_CAPWORD = r"[A-Z](?:[\w'&-]|\.(?=\w))*"  # a period only inside, as in "U.S"
_CAPS = re.compile(rf"\b{_CAPWORD}(?:[ \t]+(?:(?:of|de|del|la|van|von|al|the)[ \t]+)?{_CAPWORD})*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"'`]\s*|\n\s*)$")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "mr", "mrs", "ms", "told", "year"}
_ENTITY_STOP = frozenset(ENGLISH_STOP_WORDS) | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "i",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ArticleFeatures:
    """What the clusterer keeps of one article: three sparse sub-vectors and display names."""

    article_id: str
    body: Vector
    lead: Vector
    entities: Vector
    numbers: Vector  # the numeric body terms (years, counts, ages, amounts)
    names: Mapping[str, str]  # entity key -> display form
    title: str | None
    published: str | None


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens without stop words or one-letter words.  Digit groups are
    joined first ("12,000" is the token ``12000``, not ``12`` and ``000``)."""
    text = _DIGIT_GROUP.sub("", text.lower())
    return [t for t in _WORD.findall(text) if len(t) > 1 and t not in _STOP]


def sublinear(counts: Mapping[str, int]) -> Vector:
    """``1 + log(tf)`` for each term."""
    return {t: 1.0 + math.log(c) for t, c in counts.items()}


def lead_text(article: Article, max_chars: int) -> str:
    """The title, or else the first line of the text (cut to ``max_chars``)."""
    if article.title:
        return article.title
    first = article.text.lstrip().split("\n", 1)[0]
    return first[:max_chars]


def capitalised_entities(text: str) -> list[str]:
    """Cheap entity candidates: runs of capitalised words.  A single word at the start of a
    sentence counts only if the text also capitalises it elsewhere (so "Police" opening a
    sentence is dropped, "Reid" is kept)."""
    found: list[tuple[str, bool]] = []  # (name, single word at sentence start)
    inside: set[str] = set()
    for m in _CAPS.finditer(text):
        words = m.group(0).strip("-'&").split()
        initial = bool(_SENTENCE_START.search(text[max(0, m.start() - 4) : m.start()]))
        while words and words[0].lower() in _ENTITY_STOP:
            words, initial = words[1:], False
        if not words:
            continue
        name = " ".join(words)
        single_initial = initial and len(words) == 1
        if not single_initial:
            inside.update(words)
        found.append((name, single_initial))
    return [name for name, single_initial in found if not single_initial or name in inside]


def entity_vector(names: Iterable[str]) -> tuple[Vector, dict[str, str]]:
    """Entity sub-vector: each full name plus, for multi-word names, each content word
    (so "Tara Reid" also matches a later bare "Reid")."""
    counts: Counter[str] = Counter()
    display: dict[str, str] = {}
    for name in names:
        key = " ".join(name.lower().split())
        if not key or key in _ENTITY_STOP:
            continue
        counts[key] += 1
        display.setdefault(key, name)
        parts = key.split()
        if len(parts) > 1:
            for part in parts:
                if part not in _ENTITY_STOP and len(part) > 2:
                    counts[part] += 1
    return sublinear(counts), display


def article_features(
    article: Article, mentions: Iterable[Mention] = (), lead_chars: int = 300
) -> ArticleFeatures:
    """Features of one article; ``mentions`` (kinds person/org/place) replace the built-in
    capitalised-word extractor when any are given."""
    names = [m.name for m in mentions if m.kind in ENTITY_KINDS]
    if not names:
        names = capitalised_entities(article.text)
        if article.title:
            names += capitalised_entities(article.title)
    ents, display = entity_vector(names)
    body = sublinear(Counter(tokens(article.text)))
    return ArticleFeatures(
        article_id=article.id,
        body=body,
        lead=sublinear(Counter(tokens(lead_text(article, lead_chars)))),
        entities=ents,
        numbers={t: v for t, v in body.items() if t.isdigit()},
        names=display,
        title=article.title,
        published=article.published,
    )
