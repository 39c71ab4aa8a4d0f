"""The reuse engine against the gold of an invented corpus of news briefs of 40-120 words
(tests/data/briefs, written by its make.py).

An agency's one-paragraph briefs reprinted word for word, trimmed to their first sentence
(under 150 characters) and lightly edited; a paper's "News in brief" column holding three
free rewrites of agency briefs and one brief of its own; independent briefs of one road
closure and of one council vote, and a rival's rewrite of one of them; a long story's first
paragraph run as a brief, and a long story built on an agency brief; unrelated briefs of the
same day, two of them ending with one stock police-appeal sentence.  Each gold item is its own
test case, so an item the engine gets wrong today is marked xfail (strict) with the reason,
and the rest must hold.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from goldkit import (
    Analysed,
    check_alone,
    check_group,
    check_link,
    check_not_source,
    ends_sorted,
    ids,
    item,
    records,
    run_batches,
    thirds,
)

DATA = Path(__file__).resolve().parent / "data" / "briefs"
GOLD: dict[str, Any] = json.loads((DATA / "gold.json").read_text("utf-8"))


def _run(batches: list[list[str]], tmp: Path) -> Analysed:
    return run_batches(DATA / "corpus.jsonl", batches, tmp)


@pytest.fixture(scope="module")
def an(tmp_path_factory: pytest.TempPathFactory) -> Analysed:
    return _run([ids(DATA / "corpus.jsonl")], tmp_path_factory.mktemp("briefs"))


@pytest.mark.parametrize("link", [item(x, f"{x['source']}->{x['target']}") for x in GOLD["links"]])
def test_link(an: Analysed, link: dict[str, Any]) -> None:
    check_link(an, link)


@pytest.mark.parametrize("want", [item(x, x["article"]) for x in GOLD["labels"]])
def test_label(an: Analysed, want: dict[str, str]) -> None:
    assert an.label(want["article"]) == want["label"], an.prov.get(want["article"])


@pytest.mark.parametrize("want", [item(x, "+".join(x["members"])) for x in GOLD["duplicates"]])
def test_duplicates(an: Analysed, want: dict[str, Any]) -> None:
    check_group(an, want)


def _pair_items(xs: list[Any]) -> list[Any]:
    return [item(x, "-".join(x["pair"] if isinstance(x, dict) else x)) for x in xs]


@pytest.mark.parametrize("want", _pair_items(GOLD["no_link"]))
def test_not_linked(an: Analysed, want: Any) -> None:
    a, b = want["pair"] if isinstance(want, dict) else want
    pair = an.pair(a, b)
    assert pair is None or pair.relation not in ("derived", "unseen_source"), pair


@pytest.mark.parametrize("want", _pair_items(GOLD["related_only"]))
def test_a_stock_sentence_relates_two_briefs_at_most(an: Analysed, want: dict[str, Any]) -> None:
    a, b = want["pair"]
    pair = an.pair(a, b)
    assert pair is not None and pair.relation == "related", pair
    assert an.label(b) == "non", an.prov.get(b)


@pytest.mark.parametrize("pair", [item(x, "-".join(x)) for x in GOLD["not_source"]])
def test_not_the_source(an: Analysed, pair: list[str]) -> None:
    check_not_source(an, pair)


@pytest.mark.parametrize(
    "key",
    [*GOLD["not_derived"]]
    + [item(k, k, reason) for k, reason in GOLD["not_derived_xfail"].items()],
)
def test_not_derived(an: Analysed, key: str) -> None:
    assert an.label(key) == "non", an.prov.get(key)


@pytest.mark.parametrize("key", GOLD["unlinked"])
def test_unrelated_briefs_of_the_day_are_not_linked(an: Analysed, key: str) -> None:
    check_alone(an, key)


def test_three_batches_in_order_and_in_reverse_agree_with_one_run(
    an: Analysed, tmp_path_factory: pytest.TempPathFactory
) -> None:
    recs = sorted(records(DATA / "corpus.jsonl"), key=lambda r: r["published"])
    ids_ = [r["id"] for r in recs]
    chrono, reverse = thirds(ids_), thirds(ids_[::-1])
    for batches in (chrono, reverse):
        assert ends_sorted(_run(batches, tmp_path_factory.mktemp("batches"))) == ends_sorted(an)
