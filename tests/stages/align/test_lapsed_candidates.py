"""Old pairs that a later batch outranks among their ends' top sentence-index partners: an
incremental run decides them again and drops those no index pairs any more, as one analysis
of the whole corpus never aligns them."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

import newstrace
from newstrace.records import Article
from newstrace.stages.align.candidates import CandidateParams, Recheck, sentence_candidates
from newstrace.stages.align.sentences import SentenceTable
from newstrace.stages.ingest.article import make_article

ROOT = Path(__file__).resolve().parents[3]
NAMES = ["Quistgaard", "Vellmoor", "Brackwater", "Tarrow", "Amberly", "Oskarine", "Pellow"]
WORDS = "harbour comet sapling tapestry stadium flour minister bridge council budget storm"


def _corpus(seed: int, n: int) -> list[Article]:
    """Articles of random sentences over a small vocabulary, each with a numbered rare name
    (sentence-index pairs: the more articles, the more partners an article has to rank)."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        sents = []
        for _ in range(rng.randrange(2, 7)):
            words = [rng.choice(WORDS.split()) for _ in range(rng.randrange(5, 12))]
            words.insert(rng.randrange(len(words)), rng.choice(NAMES) + str(rng.randrange(30)))
            sents.append(" ".join(words).capitalize() + ".")
        out.append(make_article(" ".join(sents), id=f"n{k:03d}", published="2024-01-01"))
    return out


def test_rechecked_pairs_lapse_only_when_a_full_search_drops_them() -> None:
    params = CandidateParams(max_df=8, top_k=1)
    arts = _corpus(7, 150)
    old = arts[:100]
    before = sentence_candidates(old, SentenceTable.build([a.text for a in old]), params)
    table = SentenceTable.build([a.text for a in arts])
    full = set(sentence_candidates(arts, table, params).tolist())
    query = np.arange(len(arts)) >= len(old)
    recheck = Recheck(before, np.zeros(len(arts), dtype=bool))
    got = sentence_candidates(arts, table, params, query=query, recheck=recheck)
    lapsed = set(recheck.lapsed.tolist())
    assert lapsed, "the later articles outrank no old pair: the check checks nothing"
    assert lapsed <= set(before.tolist()) - full
    # the pairs touching new articles are those of a search without the recheck
    assert np.array_equal(got, sentence_candidates(arts, table, params, query=query))


def _pair_ids(path: Path) -> set[frozenset[str]]:
    with newstrace.open(path) as opened:
        records = opened.records()
    key = {a.id: str(a.metadata["id"]) for a in records.articles}
    return {frozenset((key[p.source_id], key[p.target_id])) for p in records.pairs}


@pytest.mark.parametrize(
    ("corpus", "first"),
    [
        # a police statement and a trial report share a stock phrase; each is the other's
        # only sentence partner in the first batch, and has better ones in the whole corpus
        ("police", ["wp-charge", "hg-trial"]),
        # a paper credits another outlet: its sentence is paired with that outlet's article
        # of the first batch, and with the outlet's earlier report of the story once it comes
        ("citing", ["ah-depot", "gm-depot2"]),
    ],
)
def test_a_pair_of_a_small_first_batch_is_dropped_when_one_run_never_aligns_it(
    corpus: str, first: list[str], tmp_path: Path
) -> None:
    path = ROOT / "tests" / "data" / corpus / "corpus.jsonl"
    lines = {json.loads(x)["id"]: x for x in path.read_text("utf-8").splitlines(keepends=True)}
    for i, keys in enumerate([first, [k for k in lines if k not in first]]):
        batch = tmp_path / f"b{i}.jsonl"
        batch.write_text("".join(lines[k] for k in keys), "utf-8")
        with newstrace.open(tmp_path / "n.db") as opened:
            opened.add(batch)
            opened.analyze()
        if i == 0:
            assert frozenset(first) in _pair_ids(tmp_path / "n.db")
    with newstrace.open(tmp_path / "one.db") as opened:
        opened.add(path)
        opened.analyze()
    assert frozenset(first) not in _pair_ids(tmp_path / "one.db")
    assert _pair_ids(tmp_path / "n.db") == _pair_ids(tmp_path / "one.db")


def test_an_old_pair_whose_credit_moved_to_a_new_article_is_aligned_again() -> None:
    from newstrace.stages import align
    from newstrace.text.credits import outlet_names

    paper = make_article(
        "Northway Buses will close its depot next spring, the Greyfield Mercury reports. "
        "Two Ashby routes are run from the depot.",
        id="ah", source="Ashby Herald",
    )  # fmt: skip
    older = make_article("Drivers voted to strike over the depot closure on Wednesday.",
                         id="gm2", source="Greyfield Mercury")  # fmt: skip
    other = make_article("A new cycle lane opened.", id="x", source="Hill Echo")
    arts = [paper, older, other]
    key = 0 << 32 | 1
    recheck = Recheck(np.array([key], dtype=np.int64), np.zeros(3, dtype=bool))
    mercury = {0: set(outlet_names("Greyfield Mercury"))}  # the paper names it; it has news
    # the credited outlet has a new article: the old credited pair is aligned again
    assert align._moved(arts, recheck, set(), mercury).tolist() == [key]
    # ... unless the paper's sentence chose the old article again
    assert align._moved(arts, recheck, {key}, mercury).tolist() == []
    # the paper's sentence names another outlet with news: not this pair's credit
    echo = {0: set(outlet_names("Hill Echo"))}
    assert align._moved(arts, recheck, set(), echo).tolist() == []
    assert align._moved(arts, recheck, set(), {}).tolist() == []


def test_an_old_pair_through_a_name_that_became_common_is_decided_again() -> None:
    # two old articles paired only through two names; the new articles make both names
    # common (past max_df) but give neither old article a new partner: one search of the
    # whole corpus does not pair them, so the recheck must not keep them
    old = [
        "Zorvath staff met Kelby officials on Tuesday.",
        "Kelby officials thanked Zorvath staff warmly.",
        "The orchestra opened its season with a Brahms symphony in Ostend.",
        "Farmers in the valley reported an early harvest of pears and plums.",
    ]
    new = [f"Zorvath staff and Kelby officials signed a {w} accord." for w in
           ("maritime", "forestry", "railway", "tramway")]  # fmt: skip
    arts = [make_article(t, id=f"a{i}", published="2024-01-01") for i, t in enumerate(old + new)]
    params = CandidateParams(max_df=3)
    before = sentence_candidates(arts[:4], SentenceTable.build(old), params)
    assert before.tolist() == [0 << 32 | 1]  # paired while the names were rare
    table = SentenceTable.build(old + new)
    assert sentence_candidates(arts, table, params).tolist() == []  # one search: not paired
    query = np.arange(len(arts)) >= len(old)
    recheck = Recheck(before, np.zeros(len(arts), dtype=bool))
    sentence_candidates(arts, table, params, query=query, recheck=recheck)
    assert recheck.lapsed.tolist() == [0 << 32 | 1]


@pytest.mark.parametrize("entries", [1, 3, 1 << 22])
def test_lost_rare_stems_counts_sentences_as_the_index_does(
    entries: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # per stem: the sentences holding it, hidden articles' left out, stop words never rare;
    # articles with no sentence and sentences with no stem included; counted in steps of
    # ``entries`` stem entries
    from newstrace.stages.align import candidates
    from newstrace.stages.align.candidates import SentenceCounts, _lost_rare_stems

    monkeypatch.setattr(candidates, "_ENTRIES", entries)
    monkeypatch.setattr(candidates, "_ARTICLES", entries)
    rng = np.random.default_rng(3)
    marked = 0
    for _ in range(300):
        n_docs, width, n_stop, max_df = (int(x) for x in rng.integers((1, 1, 0, 1), (9, 12, 3, 4)))
        docs = [[sorted(rng.choice(width, rng.integers(0, min(width, 4) + 1), replace=False))
                 for _ in range(rng.integers(0, 4))] for _ in range(n_docs)]  # fmt: skip
        rows = [r for d in docs for r in d]
        table = SentenceCounts(
            np.cumsum([0] + [len(d) for d in docs]),
            np.cumsum([0] + [len(r) for r in rows]),
            np.array([s for r in rows for s in r], dtype=np.int32),
            np.ones(sum(map(len, rows)), dtype=np.uint16),
            width,
            n_stop,
        )
        query, hidden = rng.random(n_docs) < 0.4, rng.random(n_docs) < 0.3
        before, after = Counter(), Counter()
        for d, sentences in enumerate(docs):
            for stems in sentences:
                after.update(stems if not hidden[d] else [])
                before.update(stems if not hidden[d] and not query[d] else [])
        lost = {s for s in after if s >= n_stop and 2 <= before[s] <= max_df < after[s]}
        want = [not query[d] and any(lost & set(r) for r in docs[d]) for d in range(n_docs)]
        got = _lost_rare_stems(table, max_df, query, hidden)
        assert got.tolist() == want
        marked += any(want)
    assert marked > 20  # the check checks something
