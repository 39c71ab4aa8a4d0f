"""The reuse engine against the gold of an invented corpus of political and government news
(tests/data/politics, written by its make.py).

A prime minister's speech transcript, her office's release summarising it, an agency story,
three papers (a rewrite of the release, an analysis quoting the speech, an undated copy of the
agency story); the opposition's response release quoted by two papers; a minister's statement
quoted verbatim by five outlets; two summits a year apart whose coverage repeats one stock
background sentence; a fact-check quoting a paper's claim; unrelated political news of the
same week.  Each gold item is its own test case, so an item the engine gets wrong today is
marked xfail (strict) with the reason, and the rest must hold.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from goldkit import Analysed, check_link, check_not_source, ids, item, records, run_batches, thirds

DATA = Path(__file__).resolve().parent / "data" / "politics"
GOLD: dict[str, Any] = json.loads((DATA / "gold.json").read_text("utf-8"))
# the undated copies go after what they copy
UNDATED_AFTER = {"herald-plan": "2026-03-10T18:00", "ledger-plan": "2026-03-10T18:00"}


def _ids() -> list[str]:
    return ids(DATA / "corpus.jsonl")


def _run(batches: list[list[str]], tmp: Path) -> Analysed:
    return run_batches(DATA / "corpus.jsonl", batches, tmp)


@pytest.fixture(scope="module")
def an(tmp_path_factory: pytest.TempPathFactory) -> Analysed:
    return _run([_ids()], tmp_path_factory.mktemp("politics"))


@pytest.mark.parametrize("link", [item(x, f"{x['source']}->{x['target']}") for x in GOLD["links"]])
def test_link(an: Analysed, link: dict[str, Any]) -> None:
    check_link(an, link)


def test_the_copy_of_the_wire_is_its_near_duplicate(an: Analysed) -> None:
    for want in GOLD["duplicates"]:
        members = {an.id[k] for k in want["members"]}
        (group,) = [g for g in an.records.duplicates if members & set(g.members)]
        assert set(group.members) == members
        assert (group.canonical, group.ordered) == (an.id[want["canonical"]], want["ordered"])
        for k in want["members"]:
            assert an.label(k) == ("non" if k == want["canonical"] else "wholly") or k in (
                "mpa-speech",  # the wire itself derives from the release
            ), an.prov.get(k)


@pytest.mark.parametrize(
    "item",
    [item(x, "-".join(x["pair"] if isinstance(x, dict) else x)) for x in GOLD["no_link"]],
)
def test_not_linked(an: Analysed, item: Any) -> None:
    a, b = item["pair"] if isinstance(item, dict) else item
    pair = an.pair(a, b)
    assert pair is None or pair.relation not in ("derived", "unseen_source"), pair


@pytest.mark.parametrize("pair", [item(x, "-".join(x)) for x in GOLD["not_source"]])
def test_not_the_source(an: Analysed, pair: list[str]) -> None:
    check_not_source(an, pair)


@pytest.mark.parametrize(
    "key",
    [*GOLD["not_derived"]]
    + [
        pytest.param(k, id=k, marks=[pytest.mark.xfail(strict=True, reason=r)])
        for k, r in GOLD["not_derived_xfail"].items()
    ],
)
def test_not_derived(an: Analysed, key: str) -> None:
    assert an.label(key) == "non", an.prov.get(key)


@pytest.mark.parametrize("key", GOLD["unlinked"])
def test_unrelated_news_of_the_week_is_not_linked(an: Analysed, key: str) -> None:
    mine = an.id[key]
    assert not [p for p in an.records.pairs if mine in (p.source_id, p.target_id)]


@pytest.mark.parametrize(
    "want", [item(x, f"{x['article']}:{x['starts'][:20]}") for x in GOLD["quote_speakers"]]
)
def test_quote_speaker(an: Analysed, want: dict[str, str]) -> None:
    aid = an.id[want["article"]]
    text = an.text[aid]
    found = [
        q for q in an.records.quotes
        if q.article_id == aid and text[q.content.start : q.content.end].startswith(want["starts"])
    ]  # fmt: skip
    assert found, f"no quote starting {want['starts']!r}"
    assert {q.speaker for q in found} == {want["speaker"]}, found


def test_batches_in_order_and_in_reverse_agree_with_one_run(
    an: Analysed, tmp_path_factory: pytest.TempPathFactory
) -> None:
    recs = records(DATA / "corpus.jsonl")
    recs.sort(key=lambda r: r.get("published") or UNDATED_AFTER[r["id"]])
    ids = [r["id"] for r in recs]
    chrono, reverse = thirds(ids), thirds(ids[::-1])
    for batches in (chrono, reverse):
        assert _run(batches, tmp_path_factory.mktemp("batches")).summary() == an.summary()
