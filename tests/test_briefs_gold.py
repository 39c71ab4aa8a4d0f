"""The reuse engine against the gold of an invented corpus of news briefs of 40-120 words
(tests/data/briefs, written by its make.py): the checks of this corpus only (its standard
gold checks are in tests/test_gold.py).

An agency's one-paragraph briefs reprinted word for word, trimmed to their first sentence
(under 150 characters) and lightly edited; a paper's "News in brief" column holding three
free rewrites of agency briefs and one brief of its own; independent briefs of one road
closure and of one council vote, and a rival's rewrite of one of them; a long story's first
paragraph run as a brief, and a long story built on an agency brief; unrelated briefs of the
same day, two of them ending with one stock police-appeal sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from goldkit import Analysed, gold, item, pair_of_item

CORPUS = "briefs"
GOLD = gold(CORPUS)


@pytest.mark.parametrize("want", [item(x, "-".join(pair_of_item(x))) for x in GOLD["related_only"]])
def test_a_stock_sentence_relates_two_briefs_at_most(an: Analysed, want: dict[str, Any]) -> None:
    a, b = want["pair"]
    pair = an.pair(a, b)
    assert pair is not None and pair.relation == "related", pair
    assert an.label(b) == "non", an.prov.get(b)
