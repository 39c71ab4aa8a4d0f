"""The reuse engine against the gold of an invented corpus of news in other languages than
English (tests/data/languages, written by its make.py).

A German agency story reprinted word for word by two papers (one under its own headline with
a local paragraph, one undated whose text dates it) and freely rewritten by a third; a French
ministry's two releases (press contacts, "À propos du ministère ...") and two papers'
rewrites of one, one of them undated; independent Spanish and Italian reports of one event
each, and a Spanish paper copying one paragraph; a Dutch story and its English translation
(a rewrite into another language is not found, and must not be linked by accident); articles
of the same topics written independently.  Each gold item is its own test case, so an item
the engine gets wrong today is marked xfail (strict) with the reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from goldkit import Analysed, item, records, run_batches, share_ok, thirds

DATA = Path(__file__).resolve().parent / "data" / "languages"
GOLD: dict[str, Any] = json.loads((DATA / "gold.json").read_text("utf-8"))
def _records() -> list[dict[str, Any]]:
    return records(DATA / "corpus.jsonl")


def _run(batches: list[list[str]], tmp: Path) -> Analysed:
    return run_batches(DATA / "corpus.jsonl", batches, tmp)


@pytest.fixture(scope="module")
def an(tmp_path_factory: pytest.TempPathFactory) -> Analysed:
    return _run([[r["id"] for r in _records()]], tmp_path_factory.mktemp("languages"))


@pytest.mark.parametrize("key", list(GOLD["languages"]))
def test_language(an: Analysed, key: str) -> None:
    assert an.article[key].language == GOLD["languages"][key]


@pytest.mark.parametrize("key", list(GOLD["inferred"]))
def test_an_undated_article_is_placed_by_the_dates_of_its_language(an: Analysed, key: str) -> None:
    art = an.article[key]
    assert art.published is None
    assert art.metadata.get("published_after") == GOLD["inferred"][key], art.metadata


@pytest.mark.parametrize("link", [item(x, f"{x['source']}->{x['target']}") for x in GOLD["links"]])
def test_link(an: Analysed, link: dict[str, Any]) -> None:
    src, tgt = link["source"], link["target"]
    pair, group = an.pair(src, tgt), an.group(src, tgt)
    if pair is None and group is not None:  # a reprint: one text, the source its first copy
        assert (group.canonical, group.ordered) == (an.id[src], True), group
    else:
        assert pair is not None, f"{src} and {tgt} are not linked"
        assert (pair.relation, pair.source_id) == (link["relation"], an.id[src]), pair
    assert an.label(tgt) == link["label"], an.prov.get(tgt)
    if "kind" in link:
        assert an.kinds(src, tgt) <= set(link["kind"]), an.kinds(src, tgt)
    if "share" in link:
        assert share_ok(link["share"], an.prov[tgt].sources.get(an.id[src], 0.0)), an.prov[tgt]


@pytest.mark.parametrize(
    "item",
    [item(x, "-".join(x["pair"] if isinstance(x, dict) else x)) for x in GOLD["no_link"]],
)
def test_not_linked(an: Analysed, item: Any) -> None:
    a, b = item["pair"] if isinstance(item, dict) else item
    pair = an.pair(a, b)
    assert pair is None or pair.relation not in ("derived", "unseen_source"), pair
    assert an.group(a, b) is None


@pytest.mark.parametrize("key", GOLD["not_derived"])
def test_not_derived(an: Analysed, key: str) -> None:
    assert an.label(key) == "non", an.prov.get(key)


@pytest.mark.parametrize("text", GOLD["boilerplate"])
def test_release_contacts_and_about_paragraph_are_boilerplate(an: Analysed, text: str) -> None:
    texts = {a.id: a.text for a in an.records.articles}
    for x in an.records.alignments:
        if not x.boilerplate:
            for side in (x.source, x.target):
                assert text not in texts[side.article_id][side.start : side.end], x


def test_batches_in_order_and_in_reverse_agree_with_one_run(
    an: Analysed, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # the undated copies go after what they copy
    after = {"de-wr-strom-undated": "2026-03-03T23", "fr-dm-fibre-undated": "2026-05-13"}
    records = _records()
    ids = [r["id"] for r in sorted(records, key=lambda r: r.get("published") or after[r["id"]])]
    chrono, reverse = thirds(ids), thirds(ids[::-1])
    for batches in (chrono, reverse):
        assert _run(batches, tmp_path_factory.mktemp("batches")).summary() == an.summary()
