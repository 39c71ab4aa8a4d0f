"""The reuse benchmark's score (bench/bench_align.py): what counts as found, and which way."""

from __future__ import annotations

from typing import Any

from benchmod import bench_module
from newstrace import records as R


def _gold(source: str, target: str) -> dict[str, Any]:
    return {"type": "passage", "kind": "verbatim", "source": source, "target": target}


def _score(
    provenance: tuple[R.Provenance, ...], duplicates: tuple[R.DuplicateGroup, ...] = ()
) -> dict[str, Any]:
    rs = R.RecordSet(provenance=provenance, duplicates=duplicates)
    return bench_module("bench_align").score(rs, [_gold("S", "T")])


def test_direct_links_right_reversed_and_undirected() -> None:
    assert _score((R.Provenance("T", 0.2, "partially", {"S": 0.2}),))["recall"]["verbatim"] == 1
    back = _score((R.Provenance("S", 0.2, "partially", {"T": 0.2}),))
    assert back["recall"]["verbatim"] == 0 and back["reversed"]["verbatim"] == 1
    related = _score((R.Provenance("T", 0.0, "non", {}, related_with=("S",)),))
    assert related["related"]["verbatim"] == 1 and related["recall_any_direction"]["verbatim"] == 1
    assert _score(())["recall_any_direction"]["verbatim"] == 0


def test_a_copy_of_the_source_counts_but_the_source_itself_first() -> None:
    group = R.DuplicateGroup("g", "near", "D", ("D", "S"), 0.9)
    via_copy = _score((R.Provenance("T", 0.2, "partially", {"D": 0.2}),), (group,))
    assert via_copy["recall"]["verbatim"] == 1  # (the D-S copy link is not in this gold)
    # a related mark on S itself wins over a reversed link through the copy
    both = (
        R.Provenance("T", 0.0, "non", {}, related_with=("S",)),
        R.Provenance("D", 0.2, "partially", {"T": 0.2}),
    )
    got = _score(both, (group,))
    assert got["related"]["verbatim"] == 1 and got["reversed"]["verbatim"] == 0
    unrelated = _score((R.Provenance("T", 0.2, "partially", {"X": 0.2}),), (group,))
    assert unrelated["recall_any_direction"]["verbatim"] == 0 and unrelated["precision"] == 0


def test_missed_lists_the_gold_found_in_no_direction() -> None:
    rs = R.RecordSet(provenance=(R.Provenance("T", 0.2, "partially", {"S": 0.2}),))
    gold = [_gold("S", "T"), _gold("T", "S"), _gold("S", "U")]
    missed: list[dict[str, Any]] = []
    bench_module("bench_align").score(rs, gold, missed)
    assert missed == [_gold("S", "U")]  # the reversed pair was found, the other way round
