"""The reuse engine against the gold of an invented corpus of company results and financial
news (tests/data/earnings, written by its make.py): the checks of this corpus only (its
standard gold checks are in tests/test_gold.py).

A company's quarterly results release (figures, the chief executive's quote, the outlook, a
figures table as text lines, a safe-harbour paragraph, an "About" block) and its corrected
re-issue with one figure changed; an agency's flash and story, papers and a site printing the
story (one with a figure mistyped), a trade site's rewrite, an analyst's comment; two other
companies' releases the same day in the same form, with the same law firm's safe-harbour
paragraph, and their coverage; the next day's market report condensing one story per
company into one sentence each; a story a month later with one background sentence.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from goldkit import Analysed, gold, item
from newstrace.text.diff import word_changes

CORPUS = "earnings"
GOLD = gold(CORPUS)


@pytest.mark.parametrize("want", [item(x, x["copy"]) for x in GOLD["number_changes"]])
def test_a_changed_figure_shows_as_a_number_change(an: Analysed, want: dict[str, Any]) -> None:
    assert an.group(want["canonical"], want["copy"]) is not None
    old, new = an.article[want["canonical"]].text, an.article[want["copy"]].text
    figure = re.compile(r"\d+(?:\.\d+)?")
    changed = [
        (figure.findall(old[c.a_start : c.a_end]), figure.findall(new[c.b_start : c.b_end]))
        for c in word_changes(old, new)
    ]
    numbers = [(a[0], b[0]) for a, b in changed if len(a) == len(b) == 1]
    assert numbers == [tuple(x) for x in want["changes"]], changed
