"""The reuse engine against the gold of an invented corpus of aggregators and excerpts
(tests/data/aggregators, written by its make.py).

Four outlets' stories; two aggregators republishing the first one or two paragraphs of eight
of them under their own headlines, each item ending "Read the full story at <Outlet>." or
"Continue reading on <Outlet>." (one item dated before the outlet's updated time; one
excerpt carried by both aggregators); an aggregator's morning briefing of five one-sentence
summaries; a scraper copying four of one outlet's stories whole with its footer "Source:
<Outlet>. All rights belong to their owners." (two with the dateline stripped, two undated);
unrelated stories of the same outlets.  Each gold item is its own test case, so an item the
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
    check_group,
    check_link,
    check_not_source,
    ids,
    item,
    records,
    run_batches,
    thirds,
)

DATA = Path(__file__).resolve().parent / "data" / "aggregators"
GOLD: dict[str, Any] = json.loads((DATA / "gold.json").read_text("utf-8"))
# the undated items go right after what they excerpt or copy
UNDATED_AFTER = {
    "nn-hospital": "2026-05-05T06:00:01+01:00",
    "nn-hosepipe": "2026-05-04T16:00:01+01:00",
    "br-cycle": "2026-05-05T22:40:01+01:00",
    "br-manuscript": "2026-05-07T10:00:01+01:00",
    "nf-cycle": "2026-05-05T22:40:02+01:00",
    "nf-derby": "2026-05-08T11:00:01+01:00",
}


def _ids() -> list[str]:
    return ids(DATA / "corpus.jsonl")


def _run(batches: list[list[str]], tmp: Path) -> Analysed:
    return run_batches(DATA / "corpus.jsonl", batches, tmp)


@pytest.fixture(scope="module")
def an(tmp_path_factory: pytest.TempPathFactory) -> Analysed:
    return _run([_ids()], tmp_path_factory.mktemp("aggregators"))


@pytest.mark.parametrize("link", [item(x, f"{x['source']}->{x['target']}") for x in GOLD["links"]])
def test_link(an: Analysed, link: dict[str, Any]) -> None:
    check_link(an, link)


@pytest.mark.parametrize("want", [item(x, x["article"]) for x in GOLD["labels"]])
def test_label(an: Analysed, want: dict[str, str]) -> None:
    assert an.label(want["article"]) == want["label"], an.prov.get(want["article"])


@pytest.mark.parametrize("want", [item(x, "+".join(x["members"])) for x in GOLD["duplicates"]])
def test_duplicates(an: Analysed, want: dict[str, Any]) -> None:
    check_group(an, want)


@pytest.mark.parametrize("pair", [item(x, "-".join(x)) for x in GOLD["no_link"]])
def test_not_linked(an: Analysed, pair: list[str]) -> None:
    found = an.pair(*pair)
    assert found is None, found


@pytest.mark.parametrize("pair", [item(x, "-".join(x)) for x in GOLD["not_source"]])
def test_not_the_source(an: Analysed, pair: list[str]) -> None:
    check_not_source(an, pair)


@pytest.mark.parametrize("key", GOLD["not_derived"])
def test_an_outlets_story_is_not_derived(an: Analysed, key: str) -> None:
    assert an.label(key) == "non", an.prov.get(key)
    assert not an.linked(key), an.linked(key)


@pytest.mark.parametrize("key", GOLD["unlinked"])
def test_unrelated_stories_of_the_outlets_are_not_linked(an: Analysed, key: str) -> None:
    check_alone(an, key)


def test_three_batches_in_order_and_in_reverse_agree_with_one_run(
    an: Analysed, tmp_path_factory: pytest.TempPathFactory
) -> None:
    recs = records(DATA / "corpus.jsonl")
    recs.sort(key=lambda r: r.get("published") or UNDATED_AFTER[r["id"]])
    ids = [r["id"] for r in recs]
    chrono, reverse = thirds(ids), thirds(ids[::-1])
    for batches in (chrono, reverse):
        assert _run(batches, tmp_path_factory.mktemp("batches")).summary() == an.summary()
