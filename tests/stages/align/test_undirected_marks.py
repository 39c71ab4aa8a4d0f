"""Pairs with no evidence of direction: a shared unseen source needs shared wording; pairs
that share only paraphrased facts are *related*, and pairs sharing only boilerplate nothing."""

from __future__ import annotations

import dataclasses

from newstrace.records import Alignment, Article, Span
from newstrace.stages.align import UNSEEN_MIN_WORDING, _split_marks
from newstrace.stages.align.provenance import provenance
from newstrace.text.offsets import OffsetMap

W = UNSEEN_MIN_WORDING


def _al(kind: str, a: tuple[int, int], b: tuple[int, int], boiler: bool = False) -> Alignment:
    return Alignment(Span("A", *a), Span("B", *b), kind, 0.9, boilerplate=boiler)


MARKED = {"A": {"B"}, "B": {"A"}}


def test_shared_wording_is_an_unseen_source() -> None:
    unseen, related = _split_marks([_al("verbatim", (0, W), (50, 50 + W))], MARKED)
    assert unseen == MARKED and not related


def test_paraphrased_facts_alone_are_related() -> None:
    found = [_al("paraphrase", (0, 400), (0, 380)), _al("paraphrase", (500, 700), (600, 820))]
    unseen, related = _split_marks(found, MARKED)
    assert related == MARKED and not unseen


def test_a_shared_clause_is_not_shared_wording() -> None:
    # a short edited fragment beside paraphrases (two reports naming the same meeting)
    found = [_al("edited", (0, W - 1), (0, W - 1)), _al("paraphrase", (100, 400), (100, 380))]
    assert _split_marks(found, MARKED)[1] == MARKED
    found[0] = _al("edited", (0, W), (0, W))
    assert _split_marks(found, MARKED)[0] == MARKED


def test_wording_must_reach_the_floor_in_both_articles() -> None:
    # long in A, short in B (an edited passage that condenses)
    unseen, related = _split_marks([_al("edited", (0, 3 * W), (0, W // 2))], MARKED)
    assert related == MARKED and not unseen


def test_boilerplate_alone_leaves_no_mark() -> None:
    found = [_al("verbatim", (0, 300), (0, 300), boiler=True)]
    unseen, related = _split_marks(found, MARKED)
    assert not unseen and not related


def test_unmarked_pairs_are_left_alone() -> None:
    found = [_al("verbatim", (0, 300), (0, 300))]
    assert _split_marks(found, {}) == ({}, {})


def _article(aid: str, n: int) -> Article:
    text = "x" * n
    return Article(aid, text, text, OffsetMap.identity(n))


def test_related_passages_are_listed_not_counted() -> None:
    arts = [_article("A", 1000), _article("B", 1000), _article("S", 1000)]
    found = [
        _al("paraphrase", (0, 300), (0, 300)),
        dataclasses.replace(_al("verbatim", (0, 200), (500, 700)), source=Span("S", 0, 200)),
    ]
    got = {p.article_id: p for p in provenance(arts, found, {}, {}, MARKED)}
    assert got["A"].related_with == ("B",) and got["B"].related_with == ("A",)
    assert not got["A"].unseen_source_with and not got["A"].sources
    assert got["B"].sources == {"S": 0.2} and got["B"].reused_share == 0.2
    assert got["A"].label == "non" and got["B"].label == "partially"


def test_shared_passages_are_not_own_text_on_either_side() -> None:
    """An undirected pair's alignment has an arbitrary source side: its passages are shared,
    not the article's own text, on both sides (here A would keep a 35% own block otherwise)."""
    arts = [_article("A", 1000), _article("B", 1000), _article("S", 1000)]
    found = [
        Alignment(Span("S", 0, 650), Span("A", 0, 650), "verbatim", 1.0),
        Alignment(Span("A", 650, 1000), Span("B", 0, 350), "paraphrase", 0.5),
    ]
    got = {p.article_id: p for p in provenance(arts, found, {}, {}, MARKED)}
    assert got["A"].reused_share == 0.65 and got["A"].label == "wholly"
