"""The reuse engine against the gold of an invented corpus of partial and noisy copies of
articles as they are collected (tests/data/paywall, written by its make.py).

Paywalled outlets' stories collected whole and as their paywall stubs (English and German:
"Subscribe to continue reading", "Weiterlesen mit Abo"), rivals rewriting two whole stories,
two stubs of other stories sharing only the paywall and share/ad lines; one story as its web,
AMP, print and mobile pages (other chrome lines only); truncated RSS items of four stories; a
story with its comments section scraped into it, carrying another outlet's quote while a
commenter pastes a third story's sentence.  Each gold item is its own test case, so an item
the engine gets wrong today is marked xfail (strict) with the reason, and the rest must hold.
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
    record_id,
    records,
    run_batches,
    thirds,
)
from newstrace.records import Article

DATA = Path(__file__).resolve().parent / "data" / "paywall"
GOLD: dict[str, Any] = json.loads((DATA / "gold.json").read_text("utf-8"))
# a record read as the same article as an earlier one is known by the earlier one's key
SAME = {r: k for k, rs in GOLD["same_article"].items() for r in rs}


def _key(article: Article) -> str:
    key = record_id(article)
    return SAME.get(key, key)


def _ids() -> list[str]:
    return ids(DATA / "corpus.jsonl")


def _run(batches: list[list[str]], tmp: Path) -> Analysed:
    return Analysed(run_batches(DATA / "corpus.jsonl", batches, tmp).records, _key)


@pytest.fixture(scope="module")
def an(tmp_path_factory: pytest.TempPathFactory) -> Analysed:
    return _run([_ids()], tmp_path_factory.mktemp("paywall"))


@pytest.mark.parametrize("key", sorted(GOLD["same_article"]))
def test_pages_differing_only_in_chrome_are_one_article(an: Analysed, key: str) -> None:
    assert len(an.records.articles) == len(_ids()) - len(SAME)
    assert key in an.article
    text = an.article[key].text
    for line in ("Share this article", "Advertisement", "Listen to", "Related:", "Printed"):
        assert line not in text


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
def test_an_outlets_whole_story_is_not_derived(an: Analysed, key: str) -> None:
    assert an.label(key) == "non", an.prov.get(key)
    assert not an.linked(key), an.linked(key)


@pytest.mark.parametrize("key", GOLD["unlinked"])
def test_unrelated_stories_are_not_linked(an: Analysed, key: str) -> None:
    check_alone(an, key)


def test_comments_are_left_out(an: Analysed) -> None:
    text = an.article["wc-stadium"].text
    assert "wrote:" not in text and "comments" not in text
    assert text.endswith("before any move.")


def test_three_batches_in_order_and_in_reverse_agree_with_one_run(
    an: Analysed, tmp_path_factory: pytest.TempPathFactory
) -> None:
    recs = records(DATA / "corpus.jsonl")
    recs.sort(key=lambda r: r["published"])
    ids = [r["id"] for r in recs]
    chrono, reverse = thirds(ids), thirds(ids[::-1])
    for batches in (chrono, reverse):
        assert _run(batches, tmp_path_factory.mktemp("batches")).summary() == an.summary()
