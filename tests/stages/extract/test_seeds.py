"""The five seed articles: every direct quote with its speaker, key numbers, stage contract."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newstrace.config import Settings
from newstrace.records import Article, Claim, Quote, RecordSet
from newstrace.stages import extract
from newstrace.stages.ingest.article import make_article


def _seed(seeds_dir: Path, prefix: str) -> Article:
    (path,) = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    return make_article(path.read_text(encoding="utf-8"), id=f"seed{prefix}")


def _text(article: Article, quote: Quote) -> str:
    return " ".join(article.text[quote.content.start : quote.content.end].split())


def _quote(article: Article, quotes: list[Quote], needle: str) -> Quote:
    hits = [q for q in quotes if needle in _text(article, q)]
    assert len(hits) == 1, f"{needle!r}: {[_text(article, q)[:40] for q in quotes]}"
    return hits[0]


# (seed, words inside the quote, speaker found inside the article)
EXPECTED = [
    ("000", "Europe is facing unprecedented threats", "Rishi Sunak"),
    ("000", "We cannot address these problems", "Rishi Sunak"),
    ("000", "The UK will be at the heart of this international effort", "Rishi Sunak"),
    ("000", "We have a close partnership with Turkey", "Home Office spokesperson"),
    ("001", "tackling illegal migration is firmly on the international agenda", "Rishi Sunak"),
    ("002", "We have a criminal empire on our continent", "Keir Starmer"),
    ("002", "at the heart of efforts to end the scourge", "Keir Starmer"),
    ("002", "We need to go further, faster", "Keir Starmer"),
    ("002", "We will work more closely with Serbia", "Yvette Cooper"),
    ("003", "There is a criminal empire operating on our continent", "Prime Minister"),
    ("003", "Our work with our partners in the Western Balkans", "Home Secretary"),
    ("004", "the world’s most vulnerable are “paying the price”", "Rishi Sunak"),
    ("004", "Every single point on each route", "Rishi Sunak"),
    ("004", "unbearable pressures on countries throughout Europe", "Downing Street official"),
]


@pytest.mark.parametrize(("seed", "needle", "speaker"), EXPECTED)
def test_direct_quotes_and_speakers(seeds_dir: Path, seed: str, needle: str, speaker: str) -> None:
    article = _seed(seeds_dir, seed)
    quotes, _, _ = extract.extract_article(article)
    quote = _quote(article, quotes, needle)
    assert quote.kind in {"direct", "mixed"}
    assert quote.speaker == speaker
    assert quote.evidence


def test_multi_paragraph_quotes_of_003_are_whole(seeds_dir: Path) -> None:
    article = _seed(seeds_dir, "003")
    quotes, _, _ = extract.extract_article(article)
    pm = _quote(article, quotes, "There is a criminal empire")
    assert "Backed by our new Border Security Command" in _text(article, pm)
    assert _text(article, pm).endswith("European Political Community meeting today.")
    home = _quote(article, quotes, "Our work with our partners")
    assert _text(article, home).endswith("they have nowhere to hide.")


def _claim(article: Article, claims: list[Claim], surface: str) -> Claim:
    hits = [c for c in claims if article.text[c.span.start : c.span.end] == surface]
    assert len(hits) == 1, [article.text[c.span.start : c.span.end] for c in claims]
    return hits[0]


def _counts(article: Article, claim: Claim) -> str:
    assert claim.counts is not None
    return " ".join(article.text[claim.counts.start : claim.counts.end].split())


def test_numbers_of_002(seeds_dir: Path) -> None:
    article = _seed(seeds_dir, "002")
    _, claims, _ = extract.extract_article(article)
    money = _claim(article, claims, "£75 million")
    assert (money.value, money.unit, _counts(article, money)) == (75e6, "GBP", "funding")
    migrants = _claim(article, claims, "nearly 100,000")
    assert (migrants.value, migrants.hedge) == (100000, "nearly")
    assert _counts(article, migrants) == "migrants transiting through the Western Balkans"
    people = _claim(article, claims, "more than 31,000")
    assert (people.value, people.hedge, _counts(article, people)) == (31000, "more than", "people")


def test_numbers_of_003(seeds_dir: Path) -> None:
    article = _seed(seeds_dir, "003")
    _, claims, _ = extract.extract_article(article)
    returned = _claim(article, claims, "9,400")
    assert (returned.value, _counts(article, returned)) == (9400, "people")
    share = _claim(article, claims, "19%")
    assert (share.value, share.unit, _counts(article, share)) == (19, "%", "increase")
    assert _counts(article, _claim(article, claims, "£75 million")) == "additional funding"
    assert not [c for c in claims if c.value == 2023]  # a year, not a claim


def test_rule_39_is_not_a_claim(seeds_dir: Path) -> None:
    article = _seed(seeds_dir, "004")
    _, claims, _ = extract.extract_article(article)
    assert [c.value for c in claims] == [50]


def test_run_only_touches_new_articles(seeds_dir: Path) -> None:
    a, b = _seed(seeds_dir, "000"), _seed(seeds_dir, "002")
    records = RecordSet(articles=(a, b), new_ids=frozenset({a.id}))
    first = extract.run(records, Settings())
    assert {q.article_id for q in first.quotes} == {a.id}
    assert {m.article_id for m in first.mentions} == {a.id}
    second = extract.run(dataclasses.replace(first, new_ids=frozenset({b.id})), Settings())
    assert {q.article_id for q in second.quotes} == {a.id, b.id}
    assert [q for q in second.quotes if q.article_id == a.id] == list(first.quotes)
    off = Settings().with_overrides({"extract.enabled": False})
    assert extract.run(records, off) is records
