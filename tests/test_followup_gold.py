"""The reuse engine against the gold of an invented corpus of stories that develop over time
(tests/data/followup, written by its make.py): the checks of this corpus only (its standard
gold checks are in tests/test_gold.py).

An article updated three times the same day and its correction as a separate article; an
outlet's follow-ups over months repeating its first report's background paragraph, and a
rival's follow-up copying that paragraph; an anniversary piece quoting the first report; a
dated report and undated copies whose text dates them; independent reports of the same
events; a lifeboat station's two reports sharing a background paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from goldkit import Analysed, gold, item, key_of_item, xfail_marks

CORPUS = "followup"
GOLD = gold(CORPUS)


@pytest.mark.parametrize(
    "want", [item(x, f"{x['source']}->{x['target']}") for x in GOLD["exact_source"]]
)
def test_a_quote_of_an_update_names_that_update(an: Analysed, want: dict[str, str]) -> None:
    assert [an.key[p.source_id] for p in an.linked(want["target"])] == [want["source"]]


def _storyline_items() -> Iterator[Any]:
    for i, line in enumerate(GOLD["storylines"]):
        yield pytest.param(line, None, id=f"storyline{i}")
        for other in line["not"]:
            key = key_of_item(other)
            yield pytest.param(line, key, id=f"storyline{i}-not-{key}", marks=xfail_marks(other))


@pytest.mark.parametrize(("line", "other"), list(_storyline_items()))
def test_storylines(an: Analysed, line: dict[str, Any], other: str | None) -> None:
    lines = {an.storyline[k] for k in line["members"]}
    assert len(lines) == 1, {k: an.storyline[k] for k in line["members"]}
    if other is not None:
        assert an.storyline[other] not in lines
