"""The compact corpus-wide sentence table gives the same sentence data as per-text building."""

from __future__ import annotations

import numpy as np
import pytest

from newstrace.records import Article
from newstrace.stages.align import sentences
from newstrace.stages.align.boilerplate import MIN_ARTICLES, boilerplate_spans, table_spans
from newstrace.stages.align.sentences import (
    DocCache,
    SentenceTable,
    Vocabulary,
    doc_sentences,
    repeated_sentences,
)
from newstrace.stages.ingest.article import make_article

TEXTS = [
    "The minister opened the bridge on Tuesday. It cost 4 million pounds, or 4.5 by 2024.",
    "",
    "Short. Tiny one. A much longer sentence follows the two short ones here.",
    "Councillors voted 12 to 3 in 2023s budget talks; the 1990s were mentioned twice, 1990!",
    "Ünïcode wörds and naïve café owners said 42 times: 42 is the answer. ²³ are digits too.",
    "Sign up to our newsletter for more stories. The council met again on Friday evening.",
    "Sign up to our newsletter for more stories. Bridges were closed after the storm hit.",
]


def _same(old: sentences.DocSentences, new: sentences.DocSentences) -> None:
    assert new.spans == old.spans
    assert new.terms == old.terms
    assert new.content == old.content
    assert new.numbers == old.numbers
    width = new.counts.shape[1]
    a, b = old.matrix(width), new.counts
    assert b.data.dtype == a.data.dtype and b.indices.dtype == a.indices.dtype
    assert np.array_equal(a.indptr, b.indptr)
    assert np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)
    assert np.array_equal(old.cols, new.cols)
    assert np.array_equal(old.local, new.local)
    assert np.array_equal(old.rows, new.rows)


@pytest.mark.parametrize("chunk", [1, 2, 1000])
def test_table_gives_the_same_sentence_data(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(sentences, "_BUILD_CHUNK", chunk)
    table = SentenceTable.build(TEXTS)
    vocab = Vocabulary()  # the same texts in the same order: the same stem ids
    for d, text in enumerate(TEXTS):
        _same(doc_sentences(text, vocab), table.doc(d))
    assert len(table.vocab) == len(vocab)
    assert len(table) == len(TEXTS)
    assert table.nbytes > 0


def test_numbers_and_content_are_built_on_first_use() -> None:
    table = SentenceTable.build(TEXTS)
    doc = table.doc(3)
    assert doc._content is None and doc._numbers is None and doc._terms is None
    assert doc.numbers[0] == frozenset({"12", "3", "1990"})  # not "2023s" (its stem: "2023")
    assert doc._numbers is not None and doc._content is None


def test_doc_cache_is_bounded_and_counts_builds() -> None:
    table = SentenceTable.build(TEXTS)
    cache = DocCache(table, size=2)
    first = cache[0]
    assert cache[0] is first and cache.built == 1
    cache[2], cache[3]  # 0 is evicted (least recently used)
    assert cache[0] is not first and cache.built == 4
    _same(first, cache[0])


def _articles() -> list[Article]:
    out = []
    for k, text in enumerate(TEXTS * 2):
        out.append(make_article(text, id=f"a{k}", source="paper" if k % 7 >= 4 else "other"))
    return out


def test_repeated_sentences_match_the_boilerplate_definition() -> None:
    arts = _articles()
    table = SentenceTable.build([a.text for a in arts])
    vocab = Vocabulary()
    docs = [doc_sentences(a.text, vocab) for a in arts]
    outlet = {s: i for i, s in enumerate(sorted({a.source or "" for a in arts}))}
    groups = np.array([outlet[a.source or ""] for a in arts])
    for min_docs in (2, MIN_ARTICLES, 4, 5):
        mask = repeated_sentences(table, groups, min_docs)
        got: dict[str, list[tuple[int, int]]] = {}
        for s in np.flatnonzero(mask).tolist():
            d = int(np.searchsorted(table.doc_ptr, s, side="right")) - 1
            got.setdefault(arts[d].id, []).append(tuple(table.spans[s].tolist()))
        if min_docs == MIN_ARTICLES:
            # the boilerplate adds sentences of two articles in a footer-like paragraph
            spans = boilerplate_spans(arts, docs)
            assert spans == table_spans(arts, table)
            assert all(set(v) <= set(spans[k]) for k, v in got.items())
        assert mask.any() == (min_docs <= 4)  # the newsletter line: 4 articles of "paper"
        if min_docs == 2:  # every text is there twice, from one outlet
            assert mask.sum() > 8
