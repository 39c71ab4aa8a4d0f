"""The reuse engine against the gold of an invented newsroom corpus (tests/data/newsroom):
a wire story and three outlets' versions (a light edit, half a copy with a local paragraph,
a sentence-by-sentence rewrite), a story's write-thrus, market reports and football results
from templates, independent reports of one event, a press release rewritten and quoted, an
opinion piece quoting a report, a credited undated reprint and two copies of an agency story
that is not in the corpus.  One analysis is shared by the tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newstrace
from newstrace.records import RecordSet, ReusePair

DATA = Path(__file__).resolve().parent / "data" / "newsroom"
GOLD = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))


class Analysed:
    def __init__(self, records: RecordSet) -> None:
        self.records = records
        self.id = {a.metadata["id"]: a.id for a in records.articles}
        self.key = {v: k for k, v in self.id.items()}
        self.prov = {self.key[p.article_id]: p for p in records.provenance}

    def pair(self, a: str, b: str) -> ReusePair | None:
        ends = {self.id[a], self.id[b]}
        return next((p for p in self.records.pairs if {p.source_id, p.target_id} == ends), None)

    def label(self, key: str) -> str:
        p = self.prov.get(key)
        return p.label if p else "non"


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Analysed]:
    db = tmp_path_factory.mktemp("newsroom") / "n.db"
    with newstrace.open(db) as corpus:
        corpus.add(DATA / "corpus.jsonl")
        corpus.analyze()
        yield Analysed(corpus.records())


def _links() -> list[Any]:
    return [
        pytest.param(x, id=f"{x['source']}->{x['target']}")
        for x in GOLD["links"]
        if "optional" not in x
    ]


@pytest.mark.parametrize("link", _links())
def test_planted_reuse_is_found_with_its_direction_and_label(
    analysed: Analysed, link: dict[str, Any]
) -> None:
    src, tgt = link["source"], link["target"]
    pair = analysed.pair(src, tgt)
    ends = {analysed.id[src], analysed.id[tgt]}
    group = next((g for g in analysed.records.duplicates if ends <= set(g.members)), None)
    if pair is None and group is not None:  # a reprint: one text, the source its first copy
        assert (group.canonical, group.ordered) == (analysed.id[src], True)
        return
    assert pair is not None, f"{src} and {tgt} are not linked"
    if link["relation"] == "unseen_source":
        assert pair.relation == "unseen_source"
        return
    assert (pair.relation, pair.source_id) == ("derived", analysed.id[src])
    if "label" in link:
        assert analysed.label(tgt) == link["label"]


@pytest.mark.parametrize(
    "pair", [pytest.param(x["pair"], id="|".join(x["pair"])) for x in GOLD["no_link"]]
)
def test_unrelated_articles_and_siblings_are_not_linked(
    analysed: Analysed, pair: list[str]
) -> None:
    found = analysed.pair(*pair)
    assert found is None or found.relation not in ("derived", "unseen_source"), found


def test_originals_quotes_and_templates_are_not_derived(analysed: Analysed) -> None:
    derived = {k for k in GOLD["not_derived"] if analysed.label(k) != "non"}
    assert not derived


def test_write_thrus_form_a_near_duplicate_group_with_the_earlier_first(
    analysed: Analysed,
) -> None:
    (want,) = GOLD["duplicates"]
    members = {analysed.id[k] for k in want["members"]}
    (group,) = [g for g in analysed.records.duplicates if members <= set(g.members)]
    assert group.canonical == analysed.id[want["canonical"]]
