"""What the invented-corpus gold tests share: the analysed corpus seen by the corpus's own
record ids, gold shares, and gold items that the engine gets wrong today (strict xfails)."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newstrace
from newstrace.records import Article, DuplicateGroup, RecordSet, ReusePair

SHARE_SLACK = 0.1  # a gold share "~x" is met within this


def record_id(article: Article) -> str:
    """The id a JSONL record gave its article."""
    return str(article.metadata["id"])


class Analysed:
    """An analysed corpus by the keys its gold uses (``key_of``: an article's key)."""

    def __init__(self, records: RecordSet, key_of: Callable[[Article], str] = record_id) -> None:
        self.records = records
        self.article = {key_of(a): a for a in records.articles}
        assert len(self.article) == len(records.articles), "two articles with one gold key"
        self.id = {k: a.id for k, a in self.article.items()}
        self.key = {v: k for k, v in self.id.items()}
        self.text = {a.id: a.text for a in records.articles}
        self.prov = {self.key[p.article_id]: p for p in records.provenance}
        self.storyline = {self.key[a]: s.storyline for s in records.stories for a in s.articles}

    def pair(self, a: str, b: str) -> ReusePair | None:
        ends = {self.id[a], self.id[b]}
        return next((p for p in self.records.pairs if {p.source_id, p.target_id} == ends), None)

    def group(self, a: str, b: str) -> DuplicateGroup | None:
        ends = {self.id[a], self.id[b]}
        return next((g for g in self.records.duplicates if ends <= set(g.members)), None)

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
        """What the gold checks, in the corpus's keys (for comparing runs)."""
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


def records(corpus: Path) -> list[dict[str, Any]]:
    """The records of a JSONL corpus."""
    return [json.loads(x) for x in corpus.read_text("utf-8").splitlines() if x.strip()]


def run_batches(corpus: Path, batches: list[list[str]], tmp: Path) -> Analysed:
    """``corpus`` ingested and analysed in batches of record ids, in that order."""
    lines = {r["id"]: json.dumps(r, ensure_ascii=False) for r in records(corpus)}
    with newstrace.open(tmp / "n.db") as opened:
        for i, ids in enumerate(batches):
            path = tmp / f"batch{i}.jsonl"
            path.write_text("".join(lines[k] + "\n" for k in ids), "utf-8")
            opened.add(path)
            opened.analyze()
        return Analysed(opened.records())


def share_ok(want: str, got: float) -> bool:
    """A gold share: "~x" (within :data:`SHARE_SLACK`) or "a-b" (inclusive), maybe followed by
    a note in brackets; anything else is a mistake in the gold."""
    m = re.fullmatch(r"~?(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?(?:\s+\(.*\))?", want)
    assert m, f"not a gold share: {want!r}"
    if m[2]:
        return float(m[1]) <= got <= float(m[2])
    return abs(got - float(m[1])) <= SHARE_SLACK


def item(value: Any, name: str, reason: str | None = None) -> Any:
    """A test case of a gold item, a strict xfail when ``reason`` (or the item's "xfail")
    says what the engine gets wrong."""
    if reason is None and isinstance(value, dict):
        reason = value.get("xfail")
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(value, id=name, marks=marks)


def ids(corpus: Path) -> list[str]:
    """The record ids of a JSONL corpus, in its order."""
    return [r["id"] for r in records(corpus)]


def check_link(an: Analysed, link: dict[str, Any]) -> None:
    """A gold link: the target is derived (``relation``) from its ``source`` (or one of its
    ``sources``), with the gold's ``evidence``, ``label``, passage ``kind``, ``share`` and
    ``max_share`` where it gives them."""
    tgt = link["target"]
    named = link.get("sources", [link["source"]])
    pairs = [p for p in an.linked(tgt) if p.source_id in {an.id[k] for k in named}]
    assert pairs, f"{tgt} is not linked to any of {sorted(named)}"
    (pair,) = pairs
    src = an.key[pair.source_id]
    assert pair.relation == link["relation"], pair
    if "evidence" in link:
        assert pair.evidence in link["evidence"], pair
    if "label" in link:
        assert an.label(tgt) == link["label"], an.prov.get(tgt)
    if "kind" in link:
        assert an.kinds(src, tgt) <= set(link["kind"]), an.kinds(src, tgt)
    if "share" in link:
        assert share_ok(link["share"], an.prov[tgt].sources.get(an.id[src], 0.0)), an.prov[tgt]
    if "max_share" in link:
        assert an.prov[tgt].reused_share <= link["max_share"] + 1e-9, an.prov[tgt]


def check_group(an: Analysed, want: dict[str, Any]) -> None:
    """A gold duplicate group: exactly its ``members``, its ``canonical`` copy and whether
    the copies are ``ordered``."""
    members = {an.id[k] for k in want["members"]}
    (group,) = [g for g in an.records.duplicates if members & set(g.members)]
    assert set(group.members) == members
    assert (group.canonical, group.ordered) == (an.id[want["canonical"]], want["ordered"])


def check_not_source(an: Analysed, pair: list[str]) -> None:
    """A gold "not the source": ``pair[0]`` is not a source of ``pair[1]``'s links (a pair
    with no direction names no source: its ``source_id`` is only the first in the corpus)."""
    src, tgt = pair
    called = [p for p in an.linked(tgt) if p.source_id == an.id[src] and p.relation == "derived"]
    assert not called, an.linked(tgt)


def check_alone(an: Analysed, key: str) -> None:
    """A gold unrelated article: in no pair and no duplicate group."""
    mine = an.id[key]
    assert not [p for p in an.records.pairs if mine in (p.source_id, p.target_id)]
    assert not [g for g in an.records.duplicates if mine in g.members]


def thirds(keys: list[str]) -> list[list[str]]:
    """``keys`` in three batches, in order (the last takes what is left)."""
    third = len(keys) // 3
    return [keys[:third], keys[third : 2 * third], keys[2 * third :]]


def ends_sorted(an: Analysed) -> tuple[Any, ...]:
    """:meth:`Analysed.summary` with an undirected pair's two ends sorted (which end a
    batch run names first is no finding)."""
    pairs, *rest = an.summary()
    ends = [(*(sorted(p[:2]) if p[2] != "derived" else p[:2]), *p[2:]) for p in pairs]
    return (sorted(ends), *rest)


def shuffled_thirds(keys: list[str], seed: int, count: int) -> list[list[list[str]]]:
    """``count`` random orders of ``keys`` (from ``seed``), each in :func:`thirds`."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        order = keys[:]
        rng.shuffle(order)
        out.append(thirds(order))
    return out


def named_as(an: Analysed, like: Analysed) -> Analysed:
    """``an`` with its articles named as ``like`` names them: two records of one text (one
    outlet) are one article, known by the id of the record read first, so batches in another
    order know it by the other record's id (article ids are the same in every order)."""
    return Analysed(an.records, lambda a: like.key.get(a.id, record_id(a)))
