"""The reuse engine against the gold of an invented corpus of police and court news
(tests/data/police, written by its make.py).

A police force's appeal after a fatal assault, its update on an arrest, its charge statement
and a family's tribute issued through it; papers and sites printing each (one merging the
appeal and the update, one adding its own interviews, one rewriting in its own words); the
force's statements on unrelated incidents the same week in the same standard phrasing and
their reprints; a court-reporting agency's hearing copy, papers printing it, its copy of an
unrelated hearing, its trial report weeks later repeating the background paragraph, its
verdict story; papers quoting the tribute and a site copying one paper's story; a national
story with one sentence on the case.  Each gold item is its own test case, so an item the
engine gets wrong today is marked xfail (strict) with the reason, and the rest must hold.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from goldkit import (
    Analysed,
    check_alone,
    check_link,
    check_not_source,
    ends_sorted,
    ids,
    item,
    records,
    run_batches,
    thirds,
)

DATA = Path(__file__).resolve().parent / "data" / "police"
GOLD: dict[str, Any] = json.loads((DATA / "gold.json").read_text("utf-8"))


def _run(batches: list[list[str]], tmp: Path) -> Analysed:
    return run_batches(DATA / "corpus.jsonl", batches, tmp)


def _pair(x: Any) -> list[str]:
    return list(x["pair"] if isinstance(x, dict) else x)


def _key(x: Any) -> str:
    return str(x["key"] if isinstance(x, dict) else x)


@pytest.fixture(scope="module")
def an(tmp_path_factory: pytest.TempPathFactory) -> Analysed:
    return _run([ids(DATA / "corpus.jsonl")], tmp_path_factory.mktemp("police"))


@pytest.mark.parametrize("link", [item(x, f"{x['source']}->{x['target']}") for x in GOLD["links"]])
def test_link(an: Analysed, link: dict[str, Any]) -> None:
    check_link(an, link)


@pytest.mark.parametrize("want", [item(x, "+".join(x["members"])) for x in GOLD["near_copies"]])
def test_copies(an: Analysed, want: dict[str, Any]) -> None:
    members = {an.id[k] for k in want["members"]}
    groups = [g for g in an.records.duplicates if set(g.members) == members]
    assert groups, [sorted(an.key[m] for m in g.members) for g in an.records.duplicates]
    assert all(g.canonical == an.id[want["canonical"]] and g.ordered for g in groups), groups


@pytest.mark.parametrize("want", [item(x, x["target"]) for x in GOLD["exact_sources"]])
def test_each_story_traces_to_the_text_it_used(an: Analysed, want: dict[str, Any]) -> None:
    prov = an.prov[want["target"]]
    assert {an.key[s] for s in prov.sources} == set(want["sources"]), prov


@pytest.mark.parametrize("pair", [item(x, "-".join(_pair(x))) for x in GOLD["not_source"]])
def test_not_source(an: Analysed, pair: Any) -> None:
    check_not_source(an, _pair(pair))


@pytest.mark.parametrize("pair", [item(x, "-".join(_pair(x))) for x in GOLD["no_link"]])
def test_not_linked(an: Analysed, pair: Any) -> None:
    found = an.pair(*_pair(pair))
    assert found is None or found.relation not in ("derived", "unseen_source"), found


@pytest.mark.parametrize("key", [item(x, _key(x)) for x in GOLD["not_derived"]])
def test_not_derived(an: Analysed, key: Any) -> None:
    assert an.label(_key(key)) == "non", an.prov.get(_key(key))


@pytest.mark.parametrize("key", GOLD["unlinked"])
def test_unrelated_articles_are_not_linked(an: Analysed, key: str) -> None:
    check_alone(an, key)


@pytest.mark.parametrize("order", ["corpus", "chrono", "reverse"])
def test_three_batches_agree_with_one_run(
    an: Analysed, tmp_path_factory: pytest.TempPathFactory, order: str
) -> None:
    recs = records(DATA / "corpus.jsonl")
    if order != "corpus":
        recs = sorted(recs, key=lambda r: r["published"], reverse=order == "reverse")
    batches = thirds([r["id"] for r in recs])
    assert ends_sorted(_run(batches, tmp_path_factory.mktemp("batches"))) == ends_sorted(an)
