"""The reuse engine against the gold of an invented corpus of templated and automated news
(tests/data/templates, written by its make.py): the checks of this corpus only (its standard
gold checks are in tests/test_gold.py).

An agency's automated earnings stories of one day (one template, nine companies), a paper's
word-for-word reprint of one and another paper's rewrite of it; automated match reports of one
league round and a paper's reprint of one; a radio station's daily weather, pollen and traffic
bulletin; one outlet's market-close report for each day of a week and a partner site's reprint
of one; a company's second- and third-quarter releases (one structure, one boilerplate) and a
paper's story on each.  A template filled with other figures and names is not news: no two
members of one template's family are linked, and a copy of one member is linked to that
member alone.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from goldkit import Analysed, gold, item

CORPUS = "templates"
GOLD = gold(CORPUS)


def _family_items() -> list[Any]:
    return [item(dict(v, name=k), k) for k, v in GOLD["families"].items()]


@pytest.mark.parametrize("family", _family_items())
def test_a_template_refilled_is_not_reuse(an: Analysed, family: dict[str, Any]) -> None:
    members = family["members"]
    for a, b in itertools.combinations(members, 2):
        assert an.pair(a, b) is None, (a, b, an.pair(a, b))
        assert an.group(a, b) is None, (a, b)


@pytest.mark.parametrize("family", _family_items())
def test_a_copy_of_one_report_is_linked_to_that_report_alone(
    an: Analysed, family: dict[str, Any]
) -> None:
    members = set(family["members"])
    for copy in family["copies"]:
        linked = {k for k in members if an.pair(k, copy) or an.group(k, copy)}
        assert len(linked) == 1, (copy, sorted(linked))
        named = {an.key[s] for s in an.prov[copy].sources} & members
        assert named == linked, (copy, sorted(named))


@pytest.mark.parametrize("want", [item(x, x["article"]) for x in GOLD["copies"]])
def test_a_reprint_is_its_reports_copy(an: Analysed, want: dict[str, str]) -> None:
    prov = an.prov[want["article"]]
    assert prov.label == want["label"], prov
    assert {an.key[s] for s in prov.sources} == {want["source"]}, prov
