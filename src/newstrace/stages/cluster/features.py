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

import numpy as np

from newstrace.records import Article, Mention
from newstrace.text.stopwords import ENGLISH_STOP_WORDS

Vector = dict[str, float]

ENTITY_KINDS = frozenset({"person", "org", "place"})
# How much each word of a multi-word name weighs against the whole name when the extract
# stage's recogniser gave the names: it has already resolved a bare "Sunak" to "Rishi Sunak",
# so the words only back it up, and at full weight one often-named person outweighed the
# places that tell two events apart (the seeds' two summits).  Without the recogniser (the
# capitalised runs alone) a bare "Reid" is not resolved and the words weigh 1.0.  Chosen on
# ECB+ (event B3 F1, all articles 5 orders / the 10-topic gate slice 3 orders, its worst
# order) at the unchanged join threshold 0.28: 0.4 0.925 / 0.884 / 0.870 (under the gate's
# floors), 0.5 0.925 / 0.900 / 0.894, 0.6 0.924 / 0.908 / 0.906, 0.7 0.925 / 0.906 / 0.901
# but the seeds' 004 joins 000/001 in 5 of 24 orders; before, with a name's words counted
# with it at full weight, 0.924 / 0.911 / 0.902 and 004 joined in 20 of 24.  0.6: the seeds
# right in all 24 orders with the most room above the gate's floors.
NAME_WORD_WEIGHT = 0.6

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
    dense: np.ndarray | None = None  # lead sentence embedding (embed mode only)


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
    return [name for _, _, name in capitalised_spans(text)]


def capitalised_spans(text: str) -> list[tuple[int, int, str]]:
    """:func:`capitalised_entities` with the character span of each match."""
    found: list[tuple[int, int, str, bool]] = []  # (start, end, name, single word at start)
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
        found.append((m.start(), m.end(), name, single_initial))
    return [(s, e, name) for s, e, name, single in found if not single or name in inside]


def entity_vector(names: Iterable[str], word_weight: float = 1.0) -> tuple[Vector, dict[str, str]]:
    """Entity sub-vector: each full name plus, for multi-word names, each content word
    (so "Tara Reid" also matches a later bare "Reid"), the words weighing ``word_weight``
    against a whole name (both sublinear in their counts)."""
    counts: Counter[str] = Counter()
    words: Counter[str] = Counter()
    display: dict[str, str] = {}
    for name in names:
        key = " ".join(name.lower().split())
        if not key or key in _ENTITY_STOP:
            continue
        counts[key] += 1
        display.setdefault(key, name)
        parts = key.split()
        if len(parts) > 1:
            words.update(p for p in parts if p not in _ENTITY_STOP and len(p) > 2)
    vec = sublinear(counts)
    for word, n in words.items():
        vec[word] = vec.get(word, 0.0) + word_weight * (1.0 + math.log(n))
    return vec, display


def entity_names(article: Article, mentions: Iterable[Mention] = ()) -> list[str]:
    """Entity names of one article: the ``mentions`` (kinds person/org/place; the extract
    stage's recogniser, which resolves "Reid" to "Tara Reid") plus the capitalised-word runs
    they do not cover (events, titles, places missing from the gazetteer: "Staunton",
    "American Pie"); the capitalised runs alone when there are no mentions."""
    entities = [m for m in mentions if m.kind in ENTITY_KINDS]
    names = [m.name for m in entities]
    covered = {i for m in entities for i in range(m.span.start, m.span.end)}
    for start, end, name in capitalised_spans(article.text):
        if covered.isdisjoint(range(start, end)):
            names.append(name)
    if article.title:
        names += capitalised_entities(article.title)
    return names


def article_features(
    article: Article,
    mentions: Iterable[Mention] = (),
    lead_chars: int = 300,
    dense: np.ndarray | None = None,
) -> ArticleFeatures:
    """Features of one article; entities from :func:`entity_names`; ``dense`` is its lead
    embedding in embed mode."""
    mentions = list(mentions)
    resolved = any(m.kind in ENTITY_KINDS for m in mentions)
    weight = NAME_WORD_WEIGHT if resolved else 1.0
    ents, display = entity_vector(entity_names(article, mentions), weight)
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
        dense=dense,
    )
