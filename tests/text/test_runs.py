"""Exact common word runs: pasted, lightly edited and rewritten passages."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newstrace.text.runs import Runs, common_runs, merge, words

SOURCE = (
    "The algorithm may be applied to any collection of entities with reciprocal quotations "
    "and references, and the numerical weight that it assigns to any given element is "
    "also called the rank of that element."
)


def test_words_casefold_and_ignore_punctuation() -> None:
    assert words("PageRank? is (roughly) Google's-score.") == [
        "pagerank",
        "is",
        "roughly",
        "google",
        "s",
        "score",
    ]


def test_pasted_passage_is_one_run() -> None:
    w = words(SOURCE)
    runs = common_runs(w, list(w))
    assert runs.lengths == (len(w),)
    assert runs.edits == 0 and runs.gaps == 0
    assert runs.run_weighted_mean() == len(w)


def test_substitutions_cut_runs_and_count_events() -> None:
    src = words(SOURCE)
    tgt = list(src)
    tgt[5] = "set"  # collection -> set
    tgt[15] = "numeric"  # numerical -> numeric
    runs = common_runs(src, tgt)
    assert runs.gaps == 2
    assert runs.edits == 4  # each substitution: one word out, one word in
    assert runs.matched == len(src) - 2
    assert max(runs.lengths) < len(src) - 2
    assert runs.run_weighted_mean() < common_runs(src, list(src)).run_weighted_mean()


def test_insertion_and_deletion_are_one_event_each() -> None:
    src = words(SOURCE)
    tgt = src[:4] + ["in", "practice"] + src[4:10] + src[14:]
    runs = common_runs(src, tgt)
    assert runs.gaps == 2
    assert runs.edits == 2 + 4
    assert runs.lengths == (4, 6, len(src) - 14)


def test_unrelated_texts_have_short_runs() -> None:
    runs = common_runs(words(SOURCE), words("Cats sleep most of the day in warm places."))
    assert runs.run_weighted_mean() <= 2
    assert runs.matched <= 2


def test_empty_sides() -> None:
    runs = common_runs([], ["a", "b"])
    assert runs.lengths == () and runs.matched == 0 and runs.edits == 2
    assert runs.run_weighted_mean() == 0.0
    assert common_runs([], []).gaps == 0


def test_merge_pools_passages() -> None:
    a = Runs((3, 2), 6, 5, 1)
    b = Runs((4,), 4, 7, 1)
    m = merge([a, b])
    assert m == Runs((3, 2, 4), 10, 12, 2)
    assert m.run_weighted_mean() == (9 + 4 + 16) / 9
    assert merge([]) == Runs((), 0, 0, 0)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from("abcde"), max_size=30),
    st.lists(st.sampled_from("abcde"), max_size=30),
)
def test_runs_are_consistent(a: list[str], b: list[str]) -> None:
    runs = common_runs(a, b)
    assert all(r > 0 for r in runs.lengths)
    assert runs.matched <= min(len(a), len(b))
    assert runs.edits == len(a) + len(b) - 2 * runs.matched >= 0
    # an edit event holds at least one token, and events alternate with runs
    assert runs.gaps <= runs.edits
    assert runs.gaps <= len(runs.lengths) + 1
    if runs.lengths:
        assert 1 <= runs.run_weighted_mean() <= max(runs.lengths)
    assert (runs.gaps == 0) == (a == b)
