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
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newstrace
from newstrace.records import RecordSet, ReusePair

DATA = Path(__file__).resolve().parent / "data" / "followup"
GOLD: dict[str, Any] = json.loads((DATA / "gold.json").read_text("utf-8"))
SHARE_SLACK = 0.1  # a gold share "~x" is met within this


class Analysed:
    def __init__(self, records: RecordSet) -> None:
        self.records = records
        self.id = {a.metadata["id"]: a.id for a in records.articles}
        self.key = {v: k for k, v in self.id.items()}
        self.prov = {self.key[p.article_id]: p for p in records.provenance}
        self.storyline = {
            self.key[a]: s.storyline for s in records.stories for a in s.articles
        }

    def pair(self, a: str, b: str) -> ReusePair | None:
        ends = {self.id[a], self.id[b]}
        return next((p for p in self.records.pairs if {p.source_id, p.target_id} == ends), None)

    def linked(self, target: str) -> list[ReusePair]:
        return [p for p in self.records.pairs if p.target_id == self.id[target]]

    def label(self, key: str) -> str:
        p = self.prov.get(key)
        return p.label if p else "non"

    def kinds(self, a: str, b: str) -> set[str]:
        ends = {self.id[a], self.id[b]}
        return {
            x.kind
            for x in self.records.alignments
            if {x.source.article_id, x.target.article_id} == ends and not x.boilerplate
        }

    def summary(self) -> tuple[Any, ...]:
        """What the gold checks, in ids of the corpus (for comparing runs)."""
        pairs = sorted(
            (self.key[p.source_id], self.key[p.target_id], p.relation, p.evidence)
            for p in self.records.pairs
        )
        prov = sorted(
            (k, p.label, round(p.reused_share, 2), sorted(self.key[s] for s in p.sources))
            for k, p in self.prov.items()
        )
        groups = sorted(
            (sorted(self.key[m] for m in g.members), self.key[g.canonical], g.ordered)
            for g in self.records.duplicates
        )
        return pairs, prov, groups


def _run(batches: list[list[str]], tmp: Path) -> Analysed:
    corpus = (DATA / "corpus.jsonl").read_text("utf-8").splitlines()
    lines = {json.loads(x)["id"]: x for x in corpus}
    with newstrace.open(tmp / "n.db") as opened:
        for i, ids in enumerate(batches):
            path = tmp / f"batch{i}.jsonl"
            path.write_text("".join(lines[k] + "\n" for k in ids), "utf-8")
            opened.add(path)
            opened.analyze()
        return Analysed(opened.records())


def _ids() -> list[str]:
    return [json.loads(x)["id"] for x in (DATA / "corpus.jsonl").read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def an(tmp_path_factory: pytest.TempPathFactory) -> Analysed:
    return _run([_ids()], tmp_path_factory.mktemp("followup"))


def _item(item: Any, name: str) -> Any:
    reason = item.get("xfail") if isinstance(item, dict) else None
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(item, id=name, marks=marks)


def _share_ok(want: str, got: float) -> bool:
    m = re.match(r"~?([\d.]+)", want)
    assert m, want
    return abs(got - float(m[1])) <= SHARE_SLACK


LINKS = [x for x in GOLD["links"] if "optional" not in x]


@pytest.mark.parametrize(
    "link", [_item(x, f"{x['source']}->{x['target']}") for x in LINKS]
)
def test_link(an: Analysed, link: dict[str, Any]) -> None:
    tgt = link["target"]
    sources = {an.id[k] for k in link.get("sources", [link["source"]])}
    pairs = [p for p in an.linked(tgt) if p.source_id in sources]
    assert pairs, f"{tgt} is not linked to any of {sorted(link.get('sources', [link['source']]))}"
    (pair,) = pairs
    src = an.key[pair.source_id]
    assert pair.relation == link["relation"], pair
    assert an.label(tgt) == link["label"], an.prov.get(tgt)
    if "kind" in link:
        assert an.kinds(src, tgt) <= set(link["kind"]), an.kinds(src, tgt)
    if "share" in link:
        assert _share_ok(link["share"], an.prov[tgt].sources.get(an.id[src], 0.0)), an.prov[tgt]


@pytest.mark.parametrize(
    "want", [_item(x, f"{x['source']}->{x['target']}") for x in GOLD["exact_source"]]
)
def test_a_quote_of_an_update_names_that_update(an: Analysed, want: dict[str, str]) -> None:
    assert [an.key[p.source_id] for p in an.linked(want["target"])] == [want["source"]]


@pytest.mark.parametrize(
    "item",
    [
        _item(x, "-".join(x["pair"] if isinstance(x, dict) else x))
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
    third = len(ids) // 3
    chrono = [ids[:third], ids[third : 2 * third], ids[2 * third :]]
    back = ids[::-1]
    reverse = [back[:third], back[third : 2 * third], back[2 * third :]]
    for batches in (chrono, reverse):
        assert _run(batches, tmp_path_factory.mktemp("batches")).summary() == an.summary()
