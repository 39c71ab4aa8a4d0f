"""Word-level changes between two versions of a text."""

from __future__ import annotations

from newstrace.text.diff import word_changes


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
