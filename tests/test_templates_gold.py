"""The reuse engine against the gold of an invented corpus of templated and automated news
(tests/data/templates, written by its make.py).

An agency's automated earnings stories of one day (one template, nine companies), a paper's
word-for-word reprint of one and another paper's rewrite of it; automated match reports of one
league round and a paper's reprint of one; a radio station's daily weather, pollen and traffic
bulletin; one outlet's market-close report for each day of a week and a partner site's reprint
of one; a company's second- and third-quarter releases (one structure, one boilerplate) and a
paper's story on each.  A template filled with other figures and names is not news: no two
members of one template's family are linked, and a copy of one member is linked to that
member alone.  Each gold item is its own test case, so an item the engine gets wrong today is
marked xfail (strict) with the reason, and the rest must hold.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from goldkit import (
    Analysed,
    check_group,
    check_link,
    ends_sorted,
    ids,
    item,
    records,
    run_batches,
    thirds,
)

DATA = Path(__file__).resolve().parent / "data" / "templates"
GOLD: dict[str, Any] = json.loads((DATA / "gold.json").read_text("utf-8"))


def _run(batches: list[list[str]], tmp: Path) -> Analysed:
    return run_batches(DATA / "corpus.jsonl", batches, tmp)


@pytest.fixture(scope="module")
def an(tmp_path_factory: pytest.TempPathFactory) -> Analysed:
    return _run([ids(DATA / "corpus.jsonl")], tmp_path_factory.mktemp("templates"))


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


@pytest.mark.parametrize("want", [item(x, "+".join(x["members"])) for x in GOLD["duplicates"]])
def test_duplicates(an: Analysed, want: dict[str, Any]) -> None:
    check_group(an, want)


@pytest.mark.parametrize("want", [item(x, x["article"]) for x in GOLD["copies"]])
def test_a_reprint_is_its_reports_copy(an: Analysed, want: dict[str, str]) -> None:
    prov = an.prov[want["article"]]
    assert prov.label == want["label"], prov
    assert {an.key[s] for s in prov.sources} == {want["source"]}, prov


@pytest.mark.parametrize("link", [item(x, f"{x['source']}->{x['target']}") for x in GOLD["links"]])
def test_link(an: Analysed, link: dict[str, Any]) -> None:
    check_link(an, link)


@pytest.mark.parametrize("pair", [item(x, "-".join(x)) for x in GOLD["not_source"]])
def test_not_the_source(an: Analysed, pair: list[str]) -> None:
    src, tgt = pair
    assert not any(p.source_id == an.id[src] for p in an.linked(tgt)), an.linked(tgt)
    assert an.id[src] not in an.prov[tgt].sources, an.prov[tgt]


@pytest.mark.parametrize("key", GOLD["not_derived"])
def test_not_derived(an: Analysed, key: str) -> None:
    assert an.label(key) == "non", an.prov.get(key)


def test_three_batches_in_order_and_in_reverse_agree_with_one_run(
    an: Analysed, tmp_path_factory: pytest.TempPathFactory
) -> None:
    recs = sorted(records(DATA / "corpus.jsonl"), key=lambda r: r["published"])
    ids_ = [r["id"] for r in recs]
    chrono, reverse = thirds(ids_), thirds(ids_[::-1])
    for batches in (chrono, reverse):
        assert ends_sorted(_run(batches, tmp_path_factory.mktemp("batches"))) == ends_sorted(an)
