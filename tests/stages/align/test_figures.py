"""Figures are whole numbers as written ("1.8", "3.000"), not their digit runs: two sentences
agree on their numbers only when they share a figure (a review: "1.8%" and "1.6%" shared the
figure "1", and a statistics office's release was linked as the paraphrase of another
month's newspaper story)."""

from __future__ import annotations

import numpy as np
import pytest

from newstrace.stages.align.paraphrase import paraphrase_scores
from newstrace.stages.align.sentences import (
    SentenceTable,
    Vocabulary,
    doc_sentences,
    figures,
    figures_agree,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pay grew by 5.4% a year, or 1.8% after inflation", {"5.4", "1.8"}),
        ("About 3,000 jobs at 8:00 on 12 March 2026", {"3.000", "8.00", "12", "2026"}),
        ("No figures here", set()),
        # a year is a figure of its own, whatever follows it (a review)
        ("In 2023, 4,500 properties were sold", {"2023", "4.500"}),
        ("By 2030, 20,000 homes", {"2030", "20.000"}),
    ],
)
def test_a_figure_is_its_digit_runs_joined(text: str, expected: set[str]) -> None:
    import re

    assert figures(re.findall(r"\w+", text)) == expected
    # the table reads them back from its token positions the same way
    assert SentenceTable.build([text + "."]).doc(0).numbers == (frozenset(expected),)


def _agree(a: str, b: str) -> bool:
    vocab = Vocabulary()
    src, tgt = doc_sentences(a, vocab), doc_sentences(b, vocab)
    one = np.zeros(1, dtype=np.int64)
    return bool(paraphrase_scores(src, tgt, one, one, np.ones(1), np.ones(1))[0])


def test_sentences_with_other_figures_are_no_paraphrase() -> None:
    pay = "Regular pay grew by 5.4% a year, or 1.8% once inflation is taken into account."
    assert not _agree(pay, "Adjusted for inflation, regular pay grew by 1.6%.")
    assert _agree(pay, "Adjusted for inflation, regular pay grew by 1.8%.")


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ({"9.200"}, {"14", "9.000"}, True),  # "rund 9.200 Haushalte" -> "gut 9.000 Haushalte"
        ({"4.97"}, {"5"}, True),  # "£4.97m" -> "nearly £5m"
        ({"48.6"}, {"50"}, True),
        ({"1.8", "5.4"}, {"1.6"}, False),  # another month's figures
        ({"2.4"}, {"2.3"}, False),  # neither is rounder
        ({"2026"}, {"2020"}, False),  # a year rounds nothing
        ({"3"}, {"3.500.000"}, True),  # "£3.5m" (its "5m" a word) and "£3,500,000"
        # a year in common is no agreement when other figures differ (a review)
        ({"12.03", "2026"}, {"13.03", "2026"}, False),
        ({"2025", "12"}, {"2025", "15"}, False),
        ({"2024", "1.8"}, {"2024"}, True),
        ({"3.000"}, {"3000"}, True),  # "3,000" and "3000"
        ({"3.500"}, {"3500", "12"}, True),
        (set(), {"7"}, True),
    ],
)
def test_a_rounded_figure_agrees_with_the_exact_one(a: set[str], b: set[str], agree: bool) -> None:
    assert figures_agree(frozenset(a), frozenset(b)) is agree
    assert figures_agree(frozenset(b), frozenset(a)) is agree


def test_a_rewrite_rounding_a_figure_is_still_its_paraphrase() -> None:
    release = "Rund 9.200 Haushalte in Kelmbach und Ostrode profitieren von der Senkung."
    story = "Betroffen sind gut 9.000 Haushalte in Kelmbach und Ostrode, die davon profitieren."
    assert _agree(release, story)
