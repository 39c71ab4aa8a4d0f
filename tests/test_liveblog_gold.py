"""The reuse engine against the gold of an invented corpus of long and composite articles
(tests/data/liveblog, written by its make.py from texts.py).

A live blog of 30 timestamped entries taking paragraphs, word for word or rewritten, from
six wire stories and releases of the corpus and quoting a seventh, beside an agency story on
the same flood it does not use; a 3,000-word feature lifting two paragraphs of one earlier
article and rewriting one of another; a "what we know so far" explainer summarising four
stories in bullet points; a press conference's transcript and three stories quoting and
paraphrasing different answers; a long article one sentence of which a later short one
reuses; unrelated articles.  Each gold item is its own test case, so an item the engine gets
wrong today is marked xfail (strict) with the reason, and the rest must hold.
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
    ends_sorted,
    ids,
    item,
    records,
    run_batches,
    thirds,
)

DATA = Path(__file__).resolve().parent / "data" / "liveblog"
GOLD: dict[str, Any] = json.loads((DATA / "gold.json").read_text("utf-8"))


def _run(batches: list[list[str]], tmp: Path) -> Analysed:
    return run_batches(DATA / "corpus.jsonl", batches, tmp)


@pytest.fixture(scope="module")
def an(tmp_path_factory: pytest.TempPathFactory) -> Analysed:
    return _run([ids(DATA / "corpus.jsonl")], tmp_path_factory.mktemp("liveblog"))


@pytest.mark.parametrize("link", [item(x, f"{x['source']}->{x['target']}") for x in GOLD["links"]])
def test_link(an: Analysed, link: dict[str, Any]) -> None:
    check_link(an, link)


@pytest.mark.parametrize("want", [item(x, x["article"]) for x in GOLD["labels"]])
def test_label(an: Analysed, want: dict[str, str]) -> None:
    assert an.label(want["article"]) == want["label"], an.prov.get(want["article"])


@pytest.mark.parametrize("pair", [item(x, "-".join(x)) for x in GOLD["no_link"]])
def test_not_linked(an: Analysed, pair: list[str]) -> None:
    found = an.pair(*pair)
    assert found is None or found.relation not in ("derived", "unseen_source"), found


def test_the_blog_names_only_the_sources_it_used(an: Analysed) -> None:
    used = {x["source"] for x in GOLD["links"] if x["target"] == "cd-liveblog"}
    linked = {an.key[p.source_id] for p in an.linked("cd-liveblog")}
    assert linked - {"kp-review", "vwa-transcript"} <= used, linked  # two "related" only


@pytest.mark.parametrize("key", GOLD["not_derived"])
def test_not_derived(an: Analysed, key: str) -> None:
    assert an.label(key) == "non", an.prov.get(key)


@pytest.mark.parametrize("key", GOLD["unlinked"])
def test_unrelated_articles_are_not_linked(an: Analysed, key: str) -> None:
    check_alone(an, key)


def test_three_batches_in_order_and_in_reverse_agree_with_one_run(
    an: Analysed, tmp_path_factory: pytest.TempPathFactory
) -> None:
    recs = sorted(records(DATA / "corpus.jsonl"), key=lambda r: r["published"])
    ids_ = [r["id"] for r in recs]
    chrono, reverse = thirds(ids_), thirds(ids_[::-1])
    for batches in (chrono, reverse):
        assert ends_sorted(_run(batches, tmp_path_factory.mktemp("batches"))) == ends_sorted(an)
