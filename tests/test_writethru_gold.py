"""The reuse engine against the gold of an invented corpus of wire write-throughs and
versions (tests/data/writethru, written by its make.py): the checks of this corpus only (its
standard gold checks are in tests/test_gold.py).

An agency's story of a bridge collapse sent as a flash, a first lead, three write-throughs
(a minister's comment added, recast with a vote result, the toll updated: new tops, earlier
paragraphs kept and reordered) and a corrected repeat fixing one figure; a story it killed
and the kill notice; the day's advisory summarising its stories; three papers that each
printed a different version, a web site that kept updating its copy ("This story has been
updated"); a second agency covering the collapse on its own, a paper printing that agency's
update and a paper merging both agencies' versions.
"""

from __future__ import annotations

from typing import Any

import pytest

from goldkit import Analysed, gold, item

CORPUS = "writethru"
GOLD = gold(CORPUS)


@pytest.mark.parametrize("chain", [item(x, x["chain"][0]) for x in GOLD["versions"]])
def test_each_version_derives_from_an_earlier_one(an: Analysed, chain: dict[str, Any]) -> None:
    first, *later = chain["chain"]
    assert an.label(first) == "non", an.prov.get(first)
    for i, key in enumerate(later):
        earlier = {an.id[k] for k in chain["chain"][: i + 1]}
        pairs = [p for p in an.linked(key) if p.relation == "derived"]
        assert pairs and {p.source_id for p in pairs} <= earlier, (key, pairs)


@pytest.mark.parametrize("want", [item(GOLD["flash"], "flash")])
def test_the_flash_is_the_first_version(an: Analysed, want: dict[str, str]) -> None:
    pair = an.pair(want["source"], want["target"])
    assert pair is not None and pair.source_id == an.id[want["source"]], pair
