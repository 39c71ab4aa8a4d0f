"""Two short texts that are each other's best short partner are a sentence-index pair below
the index's cosine floor (a flash or a brief rewritten in other words shares few rare
stems), and an incremental search finds the same such pairs as a search of the whole
corpus."""

from __future__ import annotations

import random

import numpy as np
import pytest

from newstrace.records import Article
from newstrace.stages.align import candidates
from newstrace.stages.align.candidates import CandidateParams, Recheck, sentence_candidates
from newstrace.stages.align.sentences import SentenceTable
from newstrace.stages.ingest.article import make_article

TEXTS = [
    "The Harwick council approved a new cycle lane along Mill Road on Tuesday.",
    "On Tuesday councillors in Harwick voted through plans for a Mill Road bike lane.",
    "Harwick library approved new opening hours for the summer.",
    "Councillors in Ostend shelved a bike park.",
    "A cycle race closed the coast road in Ostend on Sunday.",
    "The council in Brell approved a budget for new street lights.",
    "A new bus lane opened along the river in Brell.",
    "Voters in Kelby approved plans for a new cycle museum.",
    "The Kelby councillors voted through a ban on night flights.",
]
# a floor no pair of these reaches: only the short-text rule pairs them
STRICT = CandidateParams(sentence_cosine=0.95)


def _keys(pairs: np.ndarray) -> list[tuple[int, int]]:
    return [(int(k >> 32), int(k & 0xFFFFFFFF)) for k in pairs]


def test_two_short_texts_that_are_each_others_best_partner_are_a_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    arts = [make_article(t, id=f"a{i}", published="2024-01-01") for i, t in enumerate(TEXTS)]
    table = SentenceTable.build(TEXTS)
    # the library's best short partner is the cycle lane story, whose best is its rewrite:
    # only the story and its rewrite are each other's best
    assert _keys(sentence_candidates(arts, table, STRICT)) == [(0, 1)]
    monkeypatch.setattr(candidates, "SHORT_COSINE", 1.01)
    assert _keys(sentence_candidates(arts, table, STRICT)) == []


def test_a_long_article_gets_no_pair_from_the_short_text_rule() -> None:
    long = " ".join([TEXTS[0], *TEXTS[5:8]])  # four sentences
    texts = [long, *TEXTS[1:5]]
    arts = [make_article(t, id=f"a{i}", published="2024-01-01") for i, t in enumerate(texts)]
    pairs = _keys(sentence_candidates(arts, SentenceTable.build(texts), STRICT))
    assert (1, 3) in pairs  # the short ones are still paired: the councillors and the bikes
    assert all(0 not in pair for pair in pairs)


WORDS = "harbour comet sapling tapestry stadium flour minister bridge council storm"
NAMES = "Quistgaard Vellmoor Brackwater Tarrow Amberly Oskarine"


def test_an_old_best_pair_lapses_when_a_new_text_is_one_ends_better_partner() -> None:
    # y and x were each other's best; the new z is closer to x than y is, and x to z (below
    # the strict floor, so x is no partner of z in the top-k search): one search pairs x
    # with z and no longer x with y, nor must the batch's search keep it
    texts = [
        "Quistgaard harbour comet sapling tapestry stadium.",  # x
        "Quistgaard harbour comet stadium minister bridge.",  # y
        "Vellmoor storm council.",
        "Tarrow storm council.",
        "Quistgaard harbour comet sapling tapestry budget.",  # z, new
    ]
    arts = [make_article(t, id=f"a{i}", published="2024-01-01") for i, t in enumerate(texts)]
    before = sentence_candidates(arts[:4], SentenceTable.build(texts[:4]), STRICT)
    assert _keys(before) == [(0, 1), (2, 3)]
    table = SentenceTable.build(texts)
    assert _keys(sentence_candidates(arts, table, STRICT)) == [(0, 4), (2, 3)]
    query = np.arange(len(texts)) == 4
    recheck = Recheck(before, np.zeros(len(texts), dtype=bool))
    got = sentence_candidates(arts, table, STRICT, query=query, recheck=recheck)
    assert _keys(got) == [(0, 4)]
    assert _keys(recheck.lapsed) == [(0, 1)]


def _short_corpus(seed: int, n: int) -> list[Article]:
    words, names = WORDS.split(), NAMES.split()
    rng = random.Random(seed)
    out = []
    for k in range(n):
        sents = []
        for _ in range(rng.randrange(1, 4)):
            sent = [rng.choice(words) for _ in range(rng.randrange(5, 10))]
            sent.insert(rng.randrange(len(sent)), rng.choice(names) + str(rng.randrange(20)))
            sents.append(" ".join(sent).capitalize() + ".")
        out.append(make_article(" ".join(sents), id=f"s{k:03d}", published="2024-01-01"))
    return out


@pytest.mark.parametrize("seed", [1, 6, 7])  # seeds whose batch lapses an old pair
def test_an_incremental_search_finds_one_searchs_best_short_partners(seed: int) -> None:
    # random texts of one to three sentences (most pairs through the short-text rule; a
    # shared name alone passes the strict floor): the batch's pairs are those of one search
    # touching it, and the old pairs it lapses are ones one search no longer makes
    arts = _short_corpus(seed, 120)
    old = arts[:80]
    before = sentence_candidates(old, SentenceTable.build([a.text for a in old]), STRICT)
    table = SentenceTable.build([a.text for a in arts])
    full = set(sentence_candidates(arts, table, STRICT).tolist())
    query = np.arange(len(arts)) >= len(old)
    recheck = Recheck(before, np.zeros(len(arts), dtype=bool))
    got = set(sentence_candidates(arts, table, STRICT, query=query, recheck=recheck).tolist())
    assert got == {k for k in full if k >> 32 >= len(old) or k & 0xFFFFFFFF >= len(old)}
    assert got, "the batch has no best short partner: the check checks nothing"
    lapsed = set(recheck.lapsed.tolist())
    assert lapsed, "the batch takes no old best partner: the check checks nothing"
    assert lapsed <= set(before.tolist()) - full


def test_a_text_whose_best_partner_went_through_a_word_that_became_common_is_decided_again() -> (
    None
):
    # y's best short partner was x through "harbour" (x's best is w); the batch, one long
    # article, makes "harbour" common and gives y no new partner: one search pairs y with z
    # (each other's best now), and the incremental search hands that pair on to be aligned
    old = [
        "Harbour ferry Quillon.",  # x
        "Ferry Quillon Ostend.",  # w
        "Harbour Pellow.",  # y
        "Pellow lighthouse Amberly Tarrow Kestrel Morrow.",  # z
    ]
    new = ["Harbour fees rose. Harbour staff left. Harbour lights dimmed. Harbour cranes rusted."]
    texts = old + new
    arts = [make_article(t, id=f"a{i}", published="2024-01-01") for i, t in enumerate(texts)]
    params = CandidateParams(sentence_cosine=0.95, max_df=3)
    before = sentence_candidates(arts[:4], SentenceTable.build(old), params)
    assert _keys(before) == [(0, 1)]
    table = SentenceTable.build(texts)
    assert _keys(sentence_candidates(arts, table, params)) == [(0, 1), (2, 3)]
    query = np.arange(len(texts)) == 4
    recheck = Recheck(before, np.zeros(len(texts), dtype=bool))
    sentence_candidates(arts, table, params, query=query, recheck=recheck)
    assert _keys(recheck.promoted) == [(2, 3)]


def test_two_best_short_partners_of_the_old_search_are_not_aligned_again() -> None:
    # x and w were each other's best before the batch and still are; their pair found
    # nothing then (no carried passages): the new text, a short partner of both, makes the
    # search decide them again, and it must not hand them on as a pair no earlier run made
    texts = [
        "Harbour ferry Quillon.",  # x
        "Ferry Quillon Ostend.",  # w
        "Gulls circled the harbour and the Ostend pier.",
        "Quillon lighthouse Amberly Tarrow Kestrel Morrow.",  # new
    ]
    arts = [make_article(t, id=f"a{i}", published="2024-01-01") for i, t in enumerate(texts)]
    before = sentence_candidates(arts[:3], SentenceTable.build(texts[:3]), STRICT)
    assert _keys(before) == [(0, 1)]
    table = SentenceTable.build(texts)
    assert (0, 1) in _keys(sentence_candidates(arts, table, STRICT))
    query = np.arange(len(texts)) == 3
    recheck = Recheck(np.zeros(0, np.int64), np.zeros(len(texts), dtype=bool))
    sentence_candidates(arts, table, STRICT, query=query, recheck=recheck)
    assert _keys(recheck.promoted) == []
