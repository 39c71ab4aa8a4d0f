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
from newstrace.config import Settings
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


def _random_batch(seed: int) -> tuple[set[int], set[int], Recheck, np.ndarray, np.ndarray]:
    """150 random articles, the last 50 a batch: the pairs of a search of the first 100,
    of one of all 150, the batch's search with its recheck, the pairs it returned, and
    those of a search of the batch without the recheck."""
    params = CandidateParams(max_df=8, top_k=1)
    arts = _corpus(seed, 150)
    old = arts[:100]
    before = sentence_candidates(old, SentenceTable.build([a.text for a in old]), params)
    table = SentenceTable.build([a.text for a in arts])
    full = set(sentence_candidates(arts, table, params).tolist())
    query = np.arange(len(arts)) >= len(old)
    recheck = Recheck(before, np.zeros(len(arts), dtype=bool))
    got = sentence_candidates(arts, table, params, query=query, recheck=recheck)
    plain = sentence_candidates(arts, table, params, query=query)
    return set(before.tolist()), full, recheck, got, plain


def test_rechecked_pairs_lapse_only_when_a_full_search_drops_them() -> None:
    before, full, recheck, got, plain = _random_batch(7)
    lapsed = set(recheck.lapsed.tolist())
    assert lapsed, "the later articles outrank no old pair: the check checks nothing"
    assert lapsed <= before - full
    # the pairs touching new articles are those of a search without the recheck
    assert np.array_equal(got, plain)


def _pair_ids(path: Path) -> set[frozenset[str]]:
    with newstrace.open(path) as opened:
        records = opened.records()
    key = {a.id: str(a.metadata["id"]) for a in records.articles}
    return {frozenset((key[p.source_id], key[p.target_id])) for p in records.pairs}


@pytest.mark.parametrize(
    ("corpus", "first"),
    [
        # (a police statement and a trial report sharing a stock phrase were the first case:
        # "possession of a bladed article", a passage of 30 characters trimmed from a longer
        # match, is under the floor since a review, so the first batch pairs them no more;
        # test_rechecked_pairs_lapse_only_when_a_full_search_drops_them covers that path)
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


def _analysed(
    batches: list[list[dict[str, str]]], db: Path, settings: Settings | None = None
) -> dict[tuple[str, ...], object]:
    """Each batch added and analysed in turn: the pairs by ids, with their evidence, and
    the passages' offsets."""
    for i, batch in enumerate(batches):
        path = db.with_name(f"{db.stem}-{i}.jsonl")
        path.write_text("".join(json.dumps(x) + "\n" for x in batch), "utf-8")
        with newstrace.open(db, settings) as opened:
            opened.add(path)
            opened.analyze()
    with newstrace.open(db, settings) as opened:
        records = opened.records()
    key = {a.id: str(a.metadata["id"]) for a in records.articles}
    out: dict[tuple[str, ...], object] = {
        (key[p.source_id], key[p.target_id]): p.evidence for p in records.pairs
    }
    out[("passages",)] = sorted(
        (key[x.source.article_id], key[x.target.article_id], x.source.start, x.source.end,
         x.target.start, x.target.end)
        for x in records.alignments
    )  # fmt: skip
    return out


def _kestrel(w_tail: str, x_tail: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Old and new articles: the Herald's x credits the Greyfield Mercury, whose y, w and v
    are old and z new (each text ending in ``w_tail`` / ``x_tail``)."""
    mercury, herald = "Greyfield Mercury", "Ashby Herald"

    def art(i: str, source: str, day: int, text: str) -> dict[str, str]:
        return {"id": i, "source": source, "published": f"2024-03-0{day}", "text": text}

    old = [
        art("y", mercury, 1, "Kestrel bought land for riverside flats near the orchard and its "
            "old lime trees. The council will decide in June."),
        art("w", mercury, 3, "Residents fear new homes and developers' plans will spoil the "
            "avenue by the orchard, say parish councillors, church wardens, shopkeepers, bus "
            "drivers and schoolteachers across northern districts. A petition has 400 names."
            + w_tail),
        art("v", mercury, 2, "Kestrel shares rose sharply on Tuesday after strong quarterly "
            "results. Investors cheered."),
        art("x", herald, 3, "Kestrel homes plans riverside flats by the orchard lime avenue, "
            "the Greyfield Mercury reports. Our reporter" + x_tail),
    ]  # fmt: skip
    new = [art("z", mercury, 3, "Kestrel sponsors the town's cycling race again this summer. "
                                "Riders come from six counties.")]  # fmt: skip
    return old, new


SHARED = (" The ferry company said the timetable for the winter season would be published on "
          "the first Monday of October.")  # fmt: skip


@pytest.mark.parametrize("shared", ["", SHARED])
def test_a_credit_that_moves_to_another_old_article_is_aligned_there(
    shared: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the Herald credits the Mercury; its sentence chose the Mercury's article y (through
    # "Kestrel"); a new Mercury article takes "Kestrel" past the outlet's posting cap (2
    # here, for 2,000) without being chosen itself, and the sentence now chooses the old
    # article w: one analysis links w and x by the credit, and so must the second batch
    # (``shared``: w and x also share a sentence, so the old pair was aligned without it)
    from newstrace.stages.align import attributed

    monkeypatch.setattr(attributed, "MAX_POSTINGS", 2)
    old, new = _kestrel(shared, " will follow the story." + shared)
    first = _analysed([old], tmp_path / "first.db")
    assert ("y", "x") in first  # the credit chose y while "Kestrel" was counted
    assert (("w", "x") in first) == bool(shared)
    one = _analysed([old + new], tmp_path / "one.db")
    assert {k: v for k, v in one.items() if len(k) == 2} == {("w", "x"): "credit"}
    assert _analysed([old, new], tmp_path / "two.db") == one


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


def test_a_slot_freed_by_a_name_that_became_common_is_filled_by_an_old_partner() -> None:
    # P's one slot is held by Q through two names; the batch makes the names common, and one
    # search of the whole corpus gives P's slot to Y (an old article paired with Z before):
    # the incremental search hands (P, Y) on to be aligned, as one analysis aligns it
    old = [
        "Zorvath staff met Kelby officials near the Quillon ferry terminal.",  # P
        "Kelby officials thanked Zorvath staff warmly.",  # Q
        "Commuters queued at the Quillon ferry terminal all morning.",  # Y
        "Commuters queued for the Quillon ferry all morning in Brell.",  # Z
    ]
    new = [f"Zorvath staff and Kelby officials signed a {w} accord." for w in
           ("maritime", "forestry", "railway", "tramway")]  # fmt: skip
    arts = [make_article(t, id=f"a{i}", published="2024-01-01") for i, t in enumerate(old + new)]
    params = CandidateParams(max_df=3, top_k=1)
    before = sentence_candidates(arts[:4], SentenceTable.build(old), params)
    assert before.tolist() == [0 << 32 | 1, 2 << 32 | 3]
    table = SentenceTable.build(old + new)
    one_run = sentence_candidates(arts, table, params).tolist()
    assert [k for k in one_run if k >> 32 < 4 and k & 0xFFFFFFFF < 4] == [0 << 32 | 2, 2 << 32 | 3]
    query = np.arange(len(arts)) >= len(old)
    recheck = Recheck(before, np.zeros(len(arts), dtype=bool))
    sentence_candidates(arts, table, params, query=query, recheck=recheck)
    assert recheck.lapsed.tolist() == [0 << 32 | 1]
    assert recheck.promoted.tolist() == [0 << 32 | 2]


@pytest.mark.parametrize("seed", [3, 7, 11])
def test_promoted_pairs_are_pairs_of_one_run_that_the_old_search_did_not_make(seed: int) -> None:
    # whatever the batch: a promoted pair joins two old articles, one search of the whole
    # corpus pairs it and a search of the old articles did not
    before, full, recheck, _, _ = _random_batch(seed)
    promoted = set(recheck.promoted.tolist())
    assert promoted, "the batch frees no slot: the check checks nothing"
    assert promoted <= full - before
    assert all(k >> 32 < 100 and k & 0xFFFFFFFF < 100 for k in promoted)


def test_a_stem_brought_back_under_the_cap_by_a_mass_copy_group_pairs_old_articles_again() -> None:
    # batch 2: four copies of a story take two names past max_df, and the old pair through
    # them lapses; batch 3: eight more copies make the copies a mass group, hidden from the
    # index but for the canonical copy, and the names are rare again: one search of the
    # whole corpus pairs the old articles again, and so must the third batch
    from newstrace.stages.align.candidates import Copies

    first = [
        "Zorvath staff met Kelby officials on Tuesday.",
        "Kelby officials thanked Zorvath staff warmly.",
        "The orchestra opened its season with a Brahms symphony in Ostend.",
        "Farmers in the valley reported an early harvest of pears and plums.",
    ]
    texts = first + ["Zorvath staff and Kelby officials signed a maritime accord."] * 12
    arts = [make_article(t, id=f"a{i}", published="2024-01-01") for i, t in enumerate(texts)]
    params = CandidateParams(max_df=3)

    def copies(n: int) -> tuple[Copies, np.ndarray]:
        group = np.where(np.arange(n) >= 4, 0, -1)
        mass = np.where(n - 4 > 10, group, -1)  # a mass copy group past 10 members
        return Copies(mass, np.arange(n) == 4), group

    def batch(n: int, old: np.ndarray, hidden_before: np.ndarray) -> tuple[set[int], Recheck]:
        mass, group = copies(n)
        recheck = Recheck(old, np.zeros(n, dtype=bool), hidden_before)
        table = SentenceTable.build(texts[:n])
        query = np.arange(n) >= n - (4 if n == 8 else 8)
        new = sentence_candidates(arts[:n], table, params, group, query, None, mass, recheck)
        kept = set(old.tolist()) - set(recheck.lapsed.tolist())
        return kept | set(new.tolist()) | set(recheck.promoted.tolist()), recheck

    one = sentence_candidates(arts[:4], SentenceTable.build(first), params)
    assert one.tolist() == [0 << 32 | 1]
    second, _ = batch(8, one, np.zeros(8, dtype=bool))
    assert 0 << 32 | 1 not in second
    third, recheck = batch(16, np.array(sorted(second), np.int64), np.zeros(16, dtype=bool))
    mass, group = copies(16)
    whole = sentence_candidates(arts, SentenceTable.build(texts), params, group, None, None, mass)
    assert 0 << 32 | 1 in set(whole.tolist())
    assert third == set(whole.tolist())
    # all three pairs join old articles (the canonical copy came in the second batch)
    assert set(recheck.promoted.tolist()) == set(whole.tolist())


@pytest.mark.parametrize("entries", [1, 3, 1 << 22])
def test_crossed_rare_stems_counts_sentences_as_the_index_does(
    entries: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # per stem: the sentences holding it, hidden articles' left out (those hidden now after
    # the batch, those hidden before it before), stop words never rare; articles with no
    # sentence and sentences with no stem included; counted in steps of ``entries`` entries
    from newstrace.stages.align import candidates
    from newstrace.stages.align.candidates import SentenceCounts, _crossed_rare_stems

    monkeypatch.setattr(candidates, "_ENTRIES", entries)
    monkeypatch.setattr(candidates, "_ARTICLES", entries)
    rng = np.random.default_rng(3)
    marked = [0, 0]
    for _ in range(800):
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
        query, hidden = rng.random(n_docs) < 0.4, rng.random(len(rows)) < 0.3  # per sentence
        hidden_before = hidden & (rng.random(len(rows)) < 0.5)
        before, after = Counter(), Counter()
        owner = [d for d, sentences in enumerate(docs) for _ in sentences]
        for r, stems in enumerate(rows):
            after.update(stems if not hidden[r] else [])
            before.update(stems if not hidden_before[r] and not query[owner[r]] else [])
        shown = {owner[r] for r in range(len(rows)) if not hidden[r]}
        went = {s for s in after if s >= n_stop and 2 <= before[s] <= max_df < after[s]}
        came = {s for s in before if s >= n_stop and 2 <= after[s] <= max_df < before[s]}
        got = _crossed_rare_stems(table, max_df, query, hidden, hidden_before)
        if not query.any():  # no batch: nothing to re-decide
            assert not got[0].any() and not got[1].any()
            continue
        for k, stems in enumerate((went, came)):
            want = [not query[d] and d in shown and any(stems & set(r) for r in docs[d])
                    for d in range(n_docs)]  # fmt: skip
            assert got[k].tolist() == want
            marked[k] += any(want)
    assert min(marked) > 10  # the check checks something


def test_an_earlier_copy_of_a_mass_group_leaves_the_old_canonical_copy_shown_before() -> None:
    # eleven old copies of a story, the first of them the canonical copy, held P's one slot;
    # the batch brings an earlier near copy without P's sentence: it is the canonical copy
    # now, the old one is hidden (its sentences are the new canonical copy's, edited), and
    # one search of the whole corpus gives P's slot to Y.  The search of the old articles
    # alone must show the old canonical copy, as the earlier run did, or it gives P's slot
    # to Y too and (P, Y) is never aligned
    from newstrace.records import DuplicateGroup, RecordSet
    from newstrace.stages import align

    story = (
        "Zorvath staff met Kelby officials on Tuesday at the town hall in Marrow at noon. The "
        "talks lasted three long hours."
    )
    old = [
        "Zorvath staff met Kelby officials near the Quillon ferry terminal.",  # P
        "Commuters queued at the Quillon ferry terminal all morning.",  # Y
        "Commuters queued for the Quillon ferry all morning in Brell.",  # Z
        *[story] * 11,
    ]
    arts = [make_article(t, id=f"a{i:02d}", source=f"Outlet {i}", published="2024-01-02")
            for i, t in enumerate(old)]  # fmt: skip
    # half the stems of the copies' first sentence are in it: no sentence of theirs is their
    # own (candidates.OWN_SENTENCE), and the old canonical copy is wholly hidden now
    earlier = make_article(
        "The talks at noon on Tuesday at the Marrow town hall lasted three long hours.",
        id="a14", source="Outlet 14", published="2024-01-01",
    )  # fmt: skip
    arts.append(earlier)
    members = tuple(a.id for a in arts[3:])
    # as dedup gives them: the old copies' exact group, and the near group with the new one
    same = DuplicateGroup("dup-e", "exact", arts[3].id, members[:-1], 1.0)
    group = DuplicateGroup("dup-x", "near", earlier.id, members, 0.9)
    records = RecordSet(
        articles=tuple(arts), new_ids=frozenset({earlier.id}), duplicates=(same, group)
    )
    groups = np.where(np.arange(len(arts)) >= 3, 0, -1)
    copies = align._mass_copies(groups, arts, {earlier.id})
    query = np.arange(len(arts)) == len(arts) - 1
    got = align._recheck(arts, records, None, query, copies)
    assert got is not None and got.hidden_before is not None
    assert np.flatnonzero(got.hidden_before).tolist() == list(range(4, 14))  # a03 was shown
    params = CandidateParams(max_df=3, top_k=1)
    texts = [a.text for a in arts]
    before = sentence_candidates(arts[:3] + arts[3:4], SentenceTable.build(texts[:4]), params)
    assert before.tolist() == [0 << 32 | 3, 1 << 32 | 2]  # P's slot: the canonical copy
    table = SentenceTable.build(texts)
    one = sentence_candidates(arts, table, params, groups, None, None, copies).tolist()
    assert 0 << 32 | 1 in one
    recheck = Recheck(before, got.changed, got.hidden_before)
    sentence_candidates(arts, table, params, groups, query, None, copies, recheck)
    assert recheck.promoted.tolist() == [0 << 32 | 1]


def test_an_old_pair_the_credit_moves_to_keeps_its_other_credit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as above, and w credits the Herald (x) in a sentence the aligner alone does not pair:
    # the Herald has no new article, so that sentence is not read again in the second batch;
    # the pair aligned again (its carried passages replaced) must still have that credit
    from newstrace.stages.align import attributed

    monkeypatch.setattr(attributed, "MAX_POSTINGS", 2)
    old, new = _kestrel(
        " Organisers expect weeks of petition coverage from Ann Pike, says the Ashby Herald.",
        " Ann Pike will follow the petition story for weeks.",
    )
    first = _analysed([old], tmp_path / "first.db")
    assert ("y", "x") in first and ("x", "w") in first  # w's credit pairs it with x
    one = _analysed([old + new], tmp_path / "one.db")
    passages = one[("passages",)]
    assert isinstance(passages, list)
    assert [p[:2] for p in passages] == [("w", "x"), ("w", "x")]  # both credits' passages
    assert _analysed([old, new], tmp_path / "two.db") == one
