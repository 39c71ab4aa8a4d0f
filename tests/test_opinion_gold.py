"""The reuse engine against the gold of an invented corpus of opinion, analysis and
commentary (tests/data/opinion, written by its make.py).

A column quoting a news report's sentences to argue with them, and letters to the editor
quoting the column (one quote of fourteen words, others of three to five); a column restating
a report's paragraph in its own words without naming it, and one of opinion only; an MP's
op-ed reusing paragraphs of her party's press release, and news stories quoting the op-ed; a
paper's news story and editorial of one day on one flood; a publisher's blurb on two other
sites and in a review, a film distributor's synopsis on a cinema's page and in a review; a
"week in review" column retelling five of the week's stories.  Each gold item is its own test
case, so an item the engine gets wrong today is marked xfail (strict) with the reason, and
the rest must hold.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from goldkit import Analysed, check_alone, check_link, ids, item, records, run_batches, thirds

DATA = Path(__file__).resolve().parent / "data" / "opinion"
GOLD: dict[str, Any] = json.loads((DATA / "gold.json").read_text("utf-8"))


def _run(batches: list[list[str]], tmp: Path) -> Analysed:
    return run_batches(DATA / "corpus.jsonl", batches, tmp)


def _name(link: dict[str, Any]) -> str:
    return f"{'|'.join(link.get('sources', [link.get('source')]))}->{link['target']}"


@pytest.fixture(scope="module")
def an(tmp_path_factory: pytest.TempPathFactory) -> Analysed:
    return _run([ids(DATA / "corpus.jsonl")], tmp_path_factory.mktemp("opinion"))


@pytest.mark.parametrize("link", [item(x, _name(x)) for x in GOLD["links"]])
def test_link(an: Analysed, link: dict[str, Any]) -> None:
    check_link(an, link)


@pytest.mark.parametrize("want", [item(x, x["article"]) for x in GOLD["labels"]])
def test_label(an: Analysed, want: dict[str, str]) -> None:
    assert an.label(want["article"]) == want["label"], an.prov.get(want["article"])


def test_a_week_in_review_is_derived_from_the_five_stories_it_retells(an: Analysed) -> None:
    want = GOLD["week_in_review"]
    sources = {an.key[p.source_id] for p in an.linked(want["article"])}
    assert sources == set(want["sources"])


@pytest.mark.parametrize("pair", [item(x, "-".join(x)) for x in GOLD["no_link"]])
def test_not_linked(an: Analysed, pair: list[str]) -> None:
    found = an.pair(*pair)
    assert found is None, found


@pytest.mark.parametrize("key", GOLD["not_derived"])
def test_a_first_report_is_not_derived(an: Analysed, key: str) -> None:
    assert an.label(key) == "non", an.prov.get(key)
    assert not an.linked(key), an.linked(key)


@pytest.mark.parametrize("key", GOLD["unlinked"])
def test_articles_sharing_facts_or_nothing_are_not_linked(an: Analysed, key: str) -> None:
    check_alone(an, key)


@pytest.mark.parametrize("order", ["chrono", "reverse"])
def test_three_batches_agree_with_one_run(
    an: Analysed, tmp_path_factory: pytest.TempPathFactory, order: str
) -> None:
    recs = sorted(records(DATA / "corpus.jsonl"), key=lambda r: r["published"])
    keys = [r["id"] for r in recs]
    if order == "reverse":
        keys = keys[::-1]
    batches = thirds(keys)
    assert _run(batches, tmp_path_factory.mktemp("batches")).summary() == an.summary()
