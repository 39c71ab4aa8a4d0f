"""Sentence data kept between runs: a table built from packed rows of an earlier table plus
newly tokenised texts equals the table built from all the texts."""

from __future__ import annotations

import numpy as np
import pytest

from newstrace.stages.align import sentences
from newstrace.stages.align.sentences import SentenceTable, Vocabulary

TEXTS = [
    "The minister opened the bridge on Tuesday. It cost 4 million pounds, or 4.5 by 2024.",
    "",
    "Short. Tiny one. A much longer sentence follows the two short ones here.",
    "Councillors voted 12 to 3 in 2023s budget talks; the 1990s were mentioned twice, 1990!",
    "Ünïcode wörds and naïve café owners said 42 times: 42 is the answer. ²³ are digits too.",
    "Sign up to our newsletter for more stories. The council met again on Friday evening.",
    "Brand new words arrive later: zeppelins, quokkas and 77 trombones paraded on 5 May.",
]

FIELDS = ("doc_ptr", "spans", "tok_ptr", "ids", "digits", "row_ptr", "stems", "stem_counts")
FIELDS += ("keys",)


def _equal(a: SentenceTable, b: SentenceTable) -> None:
    for name in FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype, name
        assert np.array_equal(x, y), name
    assert a.vocab.names == b.vocab.names
    assert a.vocab.ids == b.vocab.ids


@pytest.mark.parametrize("chunk", [1, 2, 1000])
@pytest.mark.parametrize("old", [0, 1, 4, len(TEXTS)])
def test_packed_rows_give_the_same_table(
    monkeypatch: pytest.MonkeyPatch, chunk: int, old: int
) -> None:
    monkeypatch.setattr(sentences, "_BUILD_CHUNK", chunk)
    full = SentenceTable.build(TEXTS)
    first = SentenceTable.build(TEXTS[:old])  # an earlier run over the first articles
    packed: list[bytes | None] = [first.pack(d) for d in range(old)]
    packed += [None] * (len(TEXTS) - old)
    vocab = Vocabulary.from_names(list(first.vocab.names))
    again = SentenceTable.build(TEXTS, vocab, packed)
    _equal(full, again)
    assert [again.pack(d) for d in range(len(TEXTS))] == [full.pack(d) for d in range(len(TEXTS))]


def test_texts_are_not_read_for_packed_rows() -> None:
    first = SentenceTable.build(TEXTS)
    packed = [first.pack(d) for d in range(len(TEXTS))]
    blank = [""] * len(TEXTS)  # the rows alone make the table
    _equal(first, SentenceTable.build(blank, Vocabulary.from_names(first.vocab.names), packed))


def test_packed_rows_need_their_vocabulary() -> None:
    first = SentenceTable.build(TEXTS)
    packed: list[bytes | None] = [first.pack(d) for d in range(len(TEXTS))]
    with pytest.raises(ValueError, match="vocabulary lacks"):
        SentenceTable.build(TEXTS, Vocabulary(), packed)  # stems beyond the stop words unknown
    vocab = Vocabulary.from_names(first.vocab.names)
    row = packed[0]
    assert row is not None
    negative = np.frombuffer(row, dtype="<i4").copy()
    negative[2] = -1  # digit tokens
    for bad in (row[:-4], row + b"\0\0\0\0", row[:-2], row[:8], b"", negative.tobytes()):
        with pytest.raises(ValueError, match="wrong length"):
            SentenceTable.build(TEXTS[:2], vocab, [packed[1], bad])


def test_vocabulary_from_names_checks_the_stop_words() -> None:
    names = SentenceTable.build(TEXTS).vocab.names
    assert Vocabulary.from_names(names).names == names
    with pytest.raises(ValueError, match="stop-word"):
        Vocabulary.from_names(["zzz", *names[1:]])
    with pytest.raises(ValueError, match="twice"):
        Vocabulary.from_names([*names, names[-1]])
