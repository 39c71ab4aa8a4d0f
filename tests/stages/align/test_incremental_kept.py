"""Incremental analysis with the sentence data of earlier runs kept in the store: only the new
articles are tokenised, and the results are those of tokenising every article again."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

import newstrace
from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align import sentences
from newstrace.stages.align.sentences import KeptSentences, packed_format

ROOT = Path(__file__).resolve().parents[3]
CORPUS, MORE = ROOT / "examples" / "corpus", ROOT / "examples" / "more"


@pytest.fixture()
def tokenised(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the texts tokenised into sentence tables."""
    seen: list[int] = []
    real = sentences._doc_arrays

    def counting(
        texts: Sequence[str], vocab: sentences.Vocabulary, languages: Sequence[str | None]
    ) -> sentences._Arrays:
        seen.append(len(texts))
        return real(texts, vocab, languages)

    monkeypatch.setattr(sentences, "_doc_arrays", counting)
    return seen


def _incremental(records: RecordSet, n_new: int, kept: KeptSentences | None) -> RecordSet:
    """``records`` analysed without the last ``n_new`` articles, then with them as new."""
    settings = Settings()
    old = records.articles[:-n_new]
    first = dedup.run(RecordSet(articles=old, new_ids=frozenset(a.id for a in old)), settings)
    first, _ = align.run_with_stats(first, settings, kept)
    if kept is not None:  # what the store keeps after the first run
        kept.rows, kept.added = kept.added, {}
    later = dataclasses.replace(
        first,
        articles=records.articles,
        new_ids=frozenset(a.id for a in records.articles[-n_new:]),
    )
    return align.run_with_stats(dedup.run(later, settings), settings, kept)[0]


def _records(tmp_path: Path) -> RecordSet:
    with newstrace.open(tmp_path / "c.db") as c:
        c.add(CORPUS)
        c.add(MORE)
        return RecordSet(articles=tuple(c.articles()))


@pytest.mark.parametrize("n_new", [1, 3, 9])
def test_kept_rows_give_the_same_results_and_only_new_texts_are_tokenised(
    tmp_path: Path, tokenised: list[int], n_new: int
) -> None:
    records = _records(tmp_path)
    plain = _incremental(records, n_new, None)
    tokenised.clear()
    kept = KeptSentences([], {})
    got = _incremental(records, n_new, kept)
    assert sum(tokenised) == len(records.articles)  # first run: the old ones; then the new ones
    assert tokenised[-1] <= n_new
    assert not kept.reset and set(kept.added) == {a.id for a in records.articles[-n_new:]}
    assert got.alignments == plain.alignments and plain.alignments
    assert got.provenance == plain.provenance


def test_kept_rows_not_of_the_first_articles_are_not_used(
    tmp_path: Path, tokenised: list[int]
) -> None:
    records = _records(tmp_path)
    settings = Settings()
    full = dedup.run(dataclasses.replace(records, new_ids=frozenset()), settings)
    kept = KeptSentences([], {})
    want, _ = align.run_with_stats(full, settings, kept)
    table = sentences.SentenceTable.build(
        [a.text for a in records.articles], languages=[a.language for a in records.articles]
    )
    assert [kept.added[a.id] for a in records.articles] == [
        table.pack(d) for d in range(len(records.articles))
    ]
    rows = dict(kept.added)
    del rows[records.articles[0].id]  # a gap at the start: stem ids would come in another order
    tokenised.clear()
    again = KeptSentences(list(kept.names), rows)
    got, _ = align.run_with_stats(full, settings, again)
    assert again.reset and sum(tokenised) == len(records.articles)
    assert got.alignments == want.alignments


def test_analyze_keeps_sentence_data_in_the_store(tmp_path: Path, tokenised: list[int]) -> None:
    packed_format()  # the format key tokenises its probe text once: not counted below
    tokenised.clear()
    with newstrace.open(tmp_path / "c.db") as c:
        c.add(CORPUS)
        c.analyze()
        first = sum(tokenised)
        names, rows = c.store.sentence_data(packed_format())
        assert set(rows) == {a.id for a in c.articles()} and len(names) > 100
        added = c.add(MORE).added
        tokenised.clear()
        c.analyze()
        assert sum(tokenised) == added > 0  # only the new articles
        names2, rows2 = c.store.sentence_data(packed_format())
        assert names2[: len(names)] == names and set(rows2) == {a.id for a in c.articles()}
        tokenised.clear()
        c.analyze(force=True)  # a forced analysis tokenises everything again
        assert sum(tokenised) == first + added
        assert np.array_equal(
            np.frombuffer(c.store.sentence_data(packed_format())[1][c.articles()[0].id], "<i4"),
            np.frombuffer(rows2[c.articles()[0].id], "<i4"),
        )


def test_the_format_key_follows_the_sentence_splitter(monkeypatch: pytest.MonkeyPatch) -> None:
    from newstrace.stages.align import sentences

    before = packed_format()
    packed_format.cache_clear()
    assert packed_format() == before  # deterministic
    whole = lambda text: [(0, len(text))] if text.strip() else []  # noqa: E731
    monkeypatch.setattr(sentences, "sentence_spans", whole)
    packed_format.cache_clear()
    try:
        assert packed_format() != before  # a changed splitter discards kept rows
    finally:
        packed_format.cache_clear()


def test_no_sentence_data_when_reuse_is_off(tmp_path: Path, tokenised: list[int]) -> None:
    off = Settings().with_overrides({"reuse.enabled": False})
    packed_format.cache_clear()  # reading kept data would tokenise the key's probe text
    with newstrace.open(tmp_path / "c.db", off) as c:
        c.add(CORPUS)
        c.analyze()
        assert sum(tokenised) == 0  # nothing tokenised (the format key's probe neither)
        assert c.store.sentence_data(packed_format()) == ([], {})
