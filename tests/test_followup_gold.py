"""The reuse engine against the gold of an invented corpus of stories that develop over time
(tests/data/followup, written by its make.py).

An article updated three times the same day and its correction as a separate article; an
outlet's follow-ups over months repeating its first report's background paragraph, and a
rival's follow-up copying that paragraph; an anniversary piece quoting the first report; a
dated report and undated copies whose text dates them; independent reports of the same
events; a lifeboat station's two reports sharing a background paragraph.  Each gold item is
its own test case, so an item the engine gets wrong today is marked xfail (strict) with the
reason, and the rest must hold.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from goldkit import Analysed, check_link, ids, item, run_batches, thirds

DATA = Path(__file__).resolve().parent / "data" / "followup"
GOLD: dict[str, Any] = json.loads((DATA / "gold.json").read_text("utf-8"))
def _ids() -> list[str]:
    return ids(DATA / "corpus.jsonl")


def _run(batches: list[list[str]], tmp: Path) -> Analysed:
    return run_batches(DATA / "corpus.jsonl", batches, tmp)


@pytest.fixture(scope="module")
def an(tmp_path_factory: pytest.TempPathFactory) -> Analysed:
    return _run([_ids()], tmp_path_factory.mktemp("followup"))


LINKS = [x for x in GOLD["links"] if "optional" not in x]


@pytest.mark.parametrize(
    "link", [item(x, f"{x['source']}->{x['target']}") for x in LINKS]
)
def test_link(an: Analysed, link: dict[str, Any]) -> None:
    check_link(an, link)


@pytest.mark.parametrize(
    "want", [item(x, f"{x['source']}->{x['target']}") for x in GOLD["exact_source"]]
)
def test_a_quote_of_an_update_names_that_update(an: Analysed, want: dict[str, str]) -> None:
    assert [an.key[p.source_id] for p in an.linked(want["target"])] == [want["source"]]


@pytest.mark.parametrize(
    "item",
    [
        item(x, "-".join(x["pair"] if isinstance(x, dict) else x))
        for x in GOLD["no_link"]
    ],
)
def test_not_linked(an: Analysed, item: Any) -> None:
    a, b = item["pair"] if isinstance(item, dict) else item
    pair = an.pair(a, b)
    assert pair is None or pair.relation not in ("derived", "unseen_source"), pair


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


def test_updates_are_one_group_with_the_first_version_canonical(an: Analysed) -> None:
    for want in GOLD["duplicates"]:
        members = {an.id[k] for k in want["members"]}
        (group,) = [g for g in an.records.duplicates if members & set(g.members)]
        assert set(group.members) == members
        assert (group.canonical, group.ordered) == (an.id[want["canonical"]], want["ordered"])


def _storyline_items() -> Iterator[Any]:
    for i, line in enumerate(GOLD["storylines"]):
        yield pytest.param(line, None, id=f"storyline{i}")
        for other in line["not"]:
            reason = line.get("xfail_not", {}).get(other)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(line, other, id=f"storyline{i}-not-{other}", marks=marks)


@pytest.mark.parametrize(("line", "other"), list(_storyline_items()))
def test_storylines(an: Analysed, line: dict[str, Any], other: str | None) -> None:
    lines = {an.storyline[k] for k in line["members"]}
    assert len(lines) == 1, {k: an.storyline[k] for k in line["members"]}
    if other is not None:
        assert an.storyline[other] not in lines


def test_batches_in_order_and_in_reverse_agree_with_one_run(
    an: Analysed, tmp_path_factory: pytest.TempPathFactory
) -> None:
    records = [json.loads(x) for x in (DATA / "corpus.jsonl").read_text("utf-8").splitlines()]
    # the undated copies go after what they copy
    after = {"tg-furnace-undated": "2025-06-06", "bw-layoffs-undated": "2025-05-20",
             "mn-yacht-undated": "2025-05-25"}  # fmt: skip
    ids = [r["id"] for r in sorted(records, key=lambda r: r.get("published") or after[r["id"]])]
    chrono, reverse = thirds(ids), thirds(ids[::-1])
    for batches in (chrono, reverse):
        assert _run(batches, tmp_path_factory.mktemp("batches")).summary() == an.summary()
