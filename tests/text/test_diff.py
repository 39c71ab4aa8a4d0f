"""Word-level changes between two versions of a text."""

from __future__ import annotations

from typing import Any

import pytest

from newstrace.text import diff
from newstrace.text.diff import copied_spans, word_changes


def _shown(a: str, b: str) -> list[tuple[str, str]]:
    return [(a[c.a_start : c.a_end], b[c.b_start : c.b_end]) for c in word_changes(a, b)]


def test_a_changed_figure_an_added_and_a_removed_sentence() -> None:
    a = "Fire crews saved 40 homes. The road stays shut. Police asked drivers to avoid it."
    b = "Fire crews saved 45 homes. Police asked drivers to avoid it. Schools are open."
    assert _shown(a, b) == [
        ("40", "45"),
        ("The road stays shut.", ""),
        ("", "Schools are open."),
    ]


def test_identical_texts_and_edges() -> None:
    assert word_changes("Same words here.", "Same  words\nhere.") == []
    assert _shown("", "New text.") == [("", "New text.")]
    assert _shown("Old text.", "") == [("Old text.", "")]
    change = word_changes("one two.", "zero one two.")[0]
    assert (change.a_start, change.a_end) == (0, 0)  # inserted before the first word


WIRE = (
    "Heavy rain closed the coast road near Tallow Point on Monday after a slope gave way. "
    "Engineers said the road would stay shut for at least a week while they checked the cliff. "
    "Buses are running on the inland route, adding about twenty minutes to each journey."
)
LOCAL = (
    "Shopkeepers in the harbour told this newspaper that Monday's takings were the lowest "
    "they could remember for a summer weekday."
)


def _copied(a: str, b: str) -> list[str]:
    return [b[s:e] for s, e in copied_spans(a, b)]


def test_copied_spans_leave_out_a_copy_s_own_paragraph() -> None:
    copy = WIRE.replace("Monday", "Monday morning", 1) + "\n\n" + LOCAL
    assert _copied(WIRE, copy) == [copy[: copy.index("\n\n")]]  # the edit is copied text
    first = LOCAL + "\n\n" + WIRE
    assert _copied(WIRE, first) == [WIRE]
    # an own paragraph inside the copy splits it: it is long enough to be text of its own
    head, tail = WIRE.split(". Engineers", 1)
    inside = f"{head}. {LOCAL} Engineers{tail}"
    assert _copied(WIRE, inside) == [f"{head}.", f"Engineers{tail}"]


def test_copied_spans_of_identical_unrelated_and_trimmed_texts() -> None:
    assert copied_spans(WIRE, WIRE) == [(0, len(WIRE))]
    assert copied_spans(WIRE, "") == []
    # chance words in common ("the", "of") are no copying
    assert copied_spans(WIRE, LOCAL) == []
    trimmed = WIRE[: WIRE.index(" Buses")]
    assert _copied(WIRE, trimmed) == [trimmed]
    # a run's words are not lost to an earlier chance match of its first word
    story = "The " + WIRE[0].lower() + WIRE[1:]
    lead = "The mayor of Tallow Point was on the road when it happened. " + story
    assert _copied(story, lead) == [story]


def test_copied_spans_of_long_texts_keep_the_lcs_small(monkeypatch: pytest.MonkeyPatch) -> None:
    # the LCS's bit matrix grows with the product of the two texts' lengths (11 GB for two
    # copies of a 2 MB text): beyond MAX_LCS_CELLS word pairs it is not used
    paras = [f"{WIRE} Report number {i} of the day." for i in range(40)]
    a = "\n\n".join(paras)
    b = "\n\n".join([LOCAL, *paras[1:20], LOCAL, *paras[20:-1], LOCAL])
    mid, last = b.index(LOCAL, len(LOCAL)), b.rindex(LOCAL)
    want = [b[len(LOCAL) + 2 : mid - 2], b[mid + len(LOCAL) + 2 : last - 2]]
    assert _copied(a, b) == want
    cells: list[int] = []
    real = diff.Indel.opcodes

    def opcodes(x: list[str], y: list[str]) -> Any:
        cells.append(len(x) * len(y))
        return real(x, y)

    monkeypatch.setattr(diff.Indel, "opcodes", opcodes)
    monkeypatch.setattr(diff, "MAX_LCS_CELLS", 10_000)
    assert _copied(a, b) == want
    assert all(n <= diff.MAX_LCS_CELLS for n in cells)


def _report(n: int) -> list[str]:
    """``n`` paragraphs of a long report that repeats its own wording, each with one figure."""
    return [
        f"{WIRE} Section {k} counted {k * 7} closures, and the council said section {k} "
        f"would be checked again. {LOCAL}"
        for k in range(n)
    ]


def test_anchored_runs_give_the_lcs_answer_on_a_long_near_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # beyond MAX_LCS_CELLS two copies are lined up on n-grams found once in each (difflib's
    # matching blocks, before, took minutes on two 1 MB copies that repeat their wording)
    paras = _report(60)
    a = "\n\n".join(paras)
    edited = [p.replace(" 14 closures", " 41 closures") for p in paras]
    b = "\n\n".join([*edited[:30], "An aside of the reprint's own. " * 4, *edited[30:]])
    want_copied, want_changes = _copied(a, b), _shown(a, b)
    monkeypatch.setattr(diff, "SequenceMatcher", _no_difflib)
    monkeypatch.setattr(diff, "MAX_LCS_CELLS", 20_000)
    assert len(a.split()) * len(b.split()) > diff.MAX_LCS_CELLS
    assert _copied(a, b) == want_copied
    assert _shown(a, b) == want_changes
    assert ("", "An aside of the reprint's own. " * 3 + "An aside of the reprint's own.") in (
        want_changes
    )


def _no_difflib(*_: object, **__: object) -> object:
    raise AssertionError("difflib used on long texts")


def test_anchored_runs_of_unrelated_and_empty_texts() -> None:
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    assert diff.anchored_runs(words, words) == [(0, 10, 0, 10)]
    assert diff.anchored_runs(words, []) == []
    assert diff.anchored_runs([], []) == []
    other = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
    assert diff.anchored_runs(words, other) == []


def test_copied_spans_count_a_moved_paragraph_as_copied() -> None:
    """A republished story with a paragraph moved to the top: every word is the original's
    (the in-order runs alone left the moved paragraph out, a review of versions)."""
    first, second, third = WIRE.split(". ")
    original = f"{first}.\n\n{second}.\n\n{third}\n\n{LOCAL}"
    moved = f"{LOCAL}\n\n{first}.\n\n{second}.\n\n{third}"
    assert _copied(original, moved) == [moved]
    # the original's own paragraph is still no copy of a text that lacks it
    assert _copied(WIRE, moved) == [moved[moved.index(first) :]]
