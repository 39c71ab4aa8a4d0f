"""What the invented-corpus gold tests share: the corpora under ``tests/data`` analysed once a
session and seen by their gold's keys, the standard checks of a gold item (one per gold key,
see :data:`CHECKS`), gold shares, and gold items that the engine gets wrong today (strict
xfails: an item's ``"xfail"`` reason)."""

from __future__ import annotations

import functools
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newstrace
from newstrace.records import Article, DuplicateGroup, RecordSet, ReusePair
from newstrace.store.sqlite import IngestReport

SHARE_SLACK = 0.1  # a gold share "~x" is met within this
DATA = Path(__file__).resolve().parent / "data"
# Corpora whose gold is in the newsroom format ("either" relations, "wholly or partially"
# labels, optional links), checked a corpus at a time by tests/test_newsroom_gold.py.
NEWSROOM_FORMAT = ("newsroom", "newsroom2", "syndication")


def record_id(article: Article) -> str:
    """The id a JSONL record gave its article."""
    return str(article.metadata["id"])


class Analysed:
    """An analysed corpus by the keys its gold uses (``key_of``: an article's key)."""

    def __init__(
        self,
        records: RecordSet,
        key_of: Callable[[Article], str] = record_id,
        report: IngestReport | None = None,
    ) -> None:
        self.records = records
        self.report = report  # what the ingest of the whole corpus said, when it was kept
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


def aligned(corpus: Path) -> RecordSet:
    """The dedup and align stages' records of a JSONL corpus (id, text, source, optional
    published), with the default settings: for tests of a handful of articles."""
    from newstrace.config import Settings
    from newstrace.stages import align, dedup
    from newstrace.stages.ingest.article import make_article

    arts = tuple(
        make_article(r["text"], id=r["id"], source=r["source"], published=r.get("published"))
        for r in records(corpus)
    )
    return align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())


def records(corpus: Path) -> list[dict[str, Any]]:
    """The records of a JSONL corpus."""
    return [json.loads(x) for x in corpus.read_text("utf-8").splitlines() if x.strip()]


def run_batches(
    corpus: Path,
    batches: list[list[str]],
    tmp: Path,
    key_of: Callable[[Article], str] = record_id,
) -> Analysed:
    """``corpus`` ingested and analysed in batches of record ids, in that order."""
    lines = {r["id"]: json.dumps(r, ensure_ascii=False) for r in records(corpus)}
    with newstrace.open(tmp / "n.db") as opened:
        for i, ids in enumerate(batches):
            path = tmp / f"batch{i}.jsonl"
            path.write_text("".join(lines[k] + "\n" for k in ids), "utf-8")
            opened.add(path)
            opened.analyze()
        return Analysed(opened.records(), key_of)


@functools.cache
def gold(name: str) -> dict[str, Any]:
    """The gold of ``tests/data/<name>``."""
    loaded: dict[str, Any] = json.loads((DATA / name / "gold.json").read_text("utf-8"))
    return loaded


def gold_corpora() -> list[str]:
    """The corpora whose gold the standard checks read (all but the newsroom format)."""
    names = sorted(p.parent.name for p in DATA.glob("*/gold.json"))
    return [n for n in names if n not in NEWSROOM_FORMAT]


def page_name(article: Article) -> str:
    """A page's key: its file's name ("pages/nc/nc-fire.html" -> "nc-fire")."""
    return Path((article.input or "").split("@")[0]).stem


def key_function(name: str) -> Callable[[Article], str]:
    """How the gold of ``name`` names an article: a page by its file's name when the corpus
    is read from its ``inputs``, else by record id, a record read as the same article as an
    earlier one by the earlier one's key (the gold's ``same_article``)."""
    want = gold(name)
    if "inputs" in want:
        return page_name
    same = {r: k for k, rs in want.get("same_article", {}).items() for r in rs}

    def key(article: Article) -> str:
        rid = record_id(article)
        return same.get(rid, rid)

    return key


class Corpora:
    """The corpora of ``tests/data``, each analysed once (whole, in its order) when first
    asked for and kept for the session."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self.tmp = tmp_path_factory
        self.done: dict[str, Analysed] = {}

    def __getitem__(self, name: str) -> Analysed:
        if name not in self.done:
            self.done[name] = self._analyse(name)
        return self.done[name]

    def _analyse(self, name: str) -> Analysed:
        tmp = self.tmp.mktemp(name)
        inputs = gold(name).get("inputs") if (DATA / name / "gold.json").exists() else None
        if not inputs:
            return self.run(name, [ids(DATA / name / "corpus.jsonl")], tmp)
        with newstrace.open(tmp / "n.db") as opened:
            report = opened.add(*(DATA / name / x for x in inputs))
            opened.analyze()
            return Analysed(opened.records(), key_function(name), report)

    def run(self, name: str, batches: list[list[str]], tmp: Path) -> Analysed:
        """``name``'s corpus analysed in ``batches`` of record ids, seen by its gold's keys."""
        key_of = key_function(name) if (DATA / name / "gold.json").exists() else record_id
        return run_batches(DATA / name / "corpus.jsonl", batches, tmp, key_of)


def share_ok(want: str, got: float) -> bool:
    """A gold share: "~x" (within :data:`SHARE_SLACK`) or "a-b" (inclusive), maybe followed by
    a note in brackets; anything else is a mistake in the gold."""
    m = re.fullmatch(r"~?(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?(?:\s+\(.*\))?", want)
    assert m, f"not a gold share: {want!r}"
    if m[2]:
        return float(m[1]) <= got <= float(m[2])
    return abs(got - float(m[1])) <= SHARE_SLACK


def xfail_marks(value: Any) -> list[pytest.MarkDecorator]:
    """A strict xfail when a gold item (a dict) gives an ``"xfail"`` reason: what the engine
    gets wrong today.  The one way a gold item is marked: a key or a pair given as a dict
    (``{"key": ..., "xfail": ...}``, ``{"pair": [...], "xfail": ...}``) to carry it."""
    reason = value.get("xfail") if isinstance(value, dict) else None
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def item(value: Any, name: str) -> Any:
    """A test case of a gold item, a strict xfail when its ``"xfail"`` says what the engine
    gets wrong."""
    return pytest.param(value, id=name, marks=xfail_marks(value))


def key_of_item(value: Any) -> str:
    """A gold article key, given as is or as ``{"key": ...}``."""
    return str(value["key"] if isinstance(value, dict) else value)


def pair_of_item(value: Any) -> list[str]:
    """A gold pair of keys, given as is or as ``{"pair": [...]}``."""
    return list(value["pair"] if isinstance(value, dict) else value)


def ids(corpus: Path) -> list[str]:
    """The record ids of a JSONL corpus, in its order."""
    return [r["id"] for r in records(corpus)]


def check_link(an: Analysed, link: dict[str, Any]) -> None:
    """A gold link: the target is derived (``relation``) from its ``source`` (or one of its
    ``sources``), with the gold's ``evidence`` (one, or one of a list), ``label``, passage
    ``kind``, ``share`` and ``max_share`` where it gives them.  A ``reprint`` may instead be
    one duplicate group with its source as the first copy (one text: no pair between them).
    With ``sources``, the target may be only related to the sources it did not take from (a
    story crediting an op-ed that took its line from a release is related to the release)."""
    tgt = link["target"]
    named = link.get("sources", [link["source"]])
    pairs = [p for p in an.linked(tgt) if p.source_id in {an.id[k] for k in named}]
    if "sources" in link and len(pairs) > 1:
        pairs = [p for p in pairs if p.relation == link["relation"]] or pairs
    reprint = link.get("reprint") and an.pair(link["source"], tgt) is None
    group = an.group(link["source"], tgt) if reprint else None
    if group is not None:
        assert (group.canonical, group.ordered) == (an.id[link["source"]], True), group
        src = link["source"]
    else:
        assert pairs, f"{tgt} is not linked to any of {sorted(named)}"
        (pair,) = pairs
        src = an.key[pair.source_id]
        assert pair.relation == link["relation"], pair
        if "evidence" in link:
            evidence = link["evidence"]
            assert pair.evidence in (evidence if isinstance(evidence, list) else [evidence]), pair
    if "label" in link:
        assert an.label(tgt) == link["label"], an.prov.get(tgt)
    if "kind" in link:
        assert an.kinds(src, tgt) <= set(link["kind"]), an.kinds(src, tgt)
    if "share" in link:
        assert share_ok(link["share"], an.prov[tgt].sources.get(an.id[src], 0.0)), an.prov[tgt]
    if "max_share" in link:
        assert an.prov[tgt].reused_share <= link["max_share"] + 1e-9, an.prov[tgt]


def check_label(an: Analysed, want: dict[str, str]) -> None:
    """A gold label: the article's provenance label."""
    assert an.label(want["article"]) == want["label"], an.prov.get(want["article"])


def check_group(an: Analysed, want: dict[str, Any]) -> None:
    """A gold duplicate group: exactly its ``members`` (no other group holds one of them), its
    ``canonical`` copy and whether the copies are ``ordered``."""
    members = {an.id[k] for k in want["members"]}
    (group,) = [g for g in an.records.duplicates if members & set(g.members)]
    assert set(group.members) == members
    assert (group.canonical, group.ordered) == (an.id[want["canonical"]], want["ordered"])


def check_near_copies(an: Analysed, want: dict[str, Any]) -> None:
    """Gold near copies: one ordered duplicate group holds all the ``members``, exactly them,
    with the ``canonical`` copy first (another group may hold one of them).  ``nested``
    copies are a group inside a larger one: a group of exactly them, every such group
    ordered with the ``canonical`` copy first."""
    members = {an.id[k] for k in want["members"]}
    match = set.__eq__ if want.get("nested") else set.__le__
    groups = [g for g in an.records.duplicates if match(members, set(g.members))]
    assert groups, [sorted(an.key[m] for m in g.members) for g in an.records.duplicates]
    if not want.get("nested"):
        (group,) = groups
        assert set(group.members) == members, group
    canonical = an.id[want["canonical"]]
    assert all((g.canonical, g.ordered) == (canonical, True) for g in groups), groups


def check_exact_sources(an: Analysed, want: dict[str, Any]) -> None:
    """Gold exact sources: the target's provenance names exactly its ``sources``, none with
    more than ``max_share`` where the gold gives it."""
    prov = an.prov[want["target"]]
    assert {an.key[s] for s in prov.sources} == set(want["sources"]), prov
    if "max_share" in want:
        assert max(prov.sources.values()) <= want["max_share"], prov


def check_no_link(an: Analysed, want: Any) -> None:
    """A gold "no link": no derived pair and no shared unseen source between the two (they
    may be related), and no duplicate group."""
    a, b = pair_of_item(want)
    pair = an.pair(a, b)
    assert pair is None or pair.relation not in ("derived", "unseen_source"), pair
    assert an.group(a, b) is None, an.group(a, b)


def check_no_pair(an: Analysed, want: Any) -> None:
    """A gold "no pair": no pair of any relation between the two, and no duplicate group."""
    a, b = pair_of_item(want)
    assert an.pair(a, b) is None, an.pair(a, b)
    assert an.group(a, b) is None, an.group(a, b)


def check_not_source(an: Analysed, want: Any) -> None:
    """A gold "not the source": the first is not a source of the second's links (a pair
    with no direction names no source: its ``source_id`` is only the first in the corpus)."""
    src, tgt = pair_of_item(want)
    called = [p for p in an.linked(tgt) if p.source_id == an.id[src] and p.relation == "derived"]
    assert not called, an.linked(tgt)


def check_not_named(an: Analysed, want: Any) -> None:
    """A gold "not named": the first is in no pair as the second's source, of any relation,
    and not among its provenance's sources."""
    src, tgt = pair_of_item(want)
    assert not any(p.source_id == an.id[src] for p in an.linked(tgt)), an.linked(tgt)
    assert an.id[src] not in an.prov[tgt].sources, an.prov[tgt]


def check_not_derived(an: Analysed, want: Any) -> None:
    """A gold "not derived": the article's label is "non" (it may share passages)."""
    key = key_of_item(want)
    assert an.label(key) == "non", an.prov.get(key)


def check_original(an: Analysed, want: Any) -> None:
    """A gold original: labelled "non", the target of no pair, and its provenance (there is
    one) names no source."""
    key = key_of_item(want)
    assert an.label(key) == "non", an.prov.get(key)
    assert not an.linked(key), an.linked(key)
    assert key in an.prov and not an.prov[key].sources, an.prov.get(key)


def check_alone(an: Analysed, want: Any) -> None:
    """A gold unrelated article: in no pair and no duplicate group."""
    mine = an.id[key_of_item(want)]
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


def _link_name(link: dict[str, Any]) -> str:
    return f"{'|'.join(link.get('sources', [link.get('source')]))}->{link['target']}"


def _members_name(want: dict[str, Any]) -> str:
    return "+".join(want["members"])


def _pair_name(want: Any) -> str:
    return "-".join(pair_of_item(want))


Check = Callable[[Analysed, Any], None]
# The standard checks: a gold key -> how a test case of one of its items is named, and the
# check of the item (a gold item marked "optional" is no test case).
CHECKS: dict[str, tuple[Callable[[Any], str], Check]] = {
    "links": (_link_name, check_link),
    "labels": (lambda want: str(want["article"]), check_label),
    "duplicates": (_members_name, check_group),
    "near_copies": (_members_name, check_near_copies),
    "exact_sources": (lambda want: str(want["target"]), check_exact_sources),
    "no_link": (_pair_name, check_no_link),
    "no_pair": (_pair_name, check_no_pair),
    "not_source": (_pair_name, check_not_source),
    "not_named": (_pair_name, check_not_named),
    "not_derived": (key_of_item, check_not_derived),
    "originals": (key_of_item, check_original),
    "unlinked": (key_of_item, check_alone),
}


def gold_cases(name: str) -> list[Any]:
    """The test cases (corpus, gold key, item) of the standard checks of ``name``'s gold."""
    return [
        pytest.param(name, kind, x, id=f"{name}:{kind}:{named(x)}", marks=xfail_marks(x))
        for kind, (named, _) in CHECKS.items()
        for x in gold(name).get(kind, [])
        if not (isinstance(x, dict) and "optional" in x)
    ]


def batch_cases(name: str) -> list[Any]:
    """The test cases (corpus, order) of the gold's ``batches``: orders of the corpus whose
    three batches must give what one run gives."""
    orders = gold(name).get("batches", {}).get("orders", [])
    return [
        pytest.param(name, o["order"] if isinstance(o, dict) else o, marks=xfail_marks(o),
                     id=f"{name}:{o['order'] if isinstance(o, dict) else o}")
        for o in orders
    ]  # fmt: skip


def batches_in_order(name: str, order: str) -> list[list[str]]:
    """``name``'s record ids in :func:`thirds`: in the corpus's order ("corpus"), by date
    ("chrono"; an undated record at its gold ``undated_after`` time), that reversed
    ("reverse") or sorted newest first ("newest_first": records of one time keep their
    order)."""
    spec = gold(name)["batches"]
    recs = records(DATA / name / "corpus.jsonl")
    if order != "corpus":
        after = spec.get("undated_after", {})
        recs = sorted(
            recs,
            key=lambda r: r.get("published") or after[r["id"]],
            reverse=order == "newest_first",
        )
    keys = [r["id"] for r in recs]
    return thirds(keys[::-1] if order == "reverse" else keys)


def compared(an: Analysed, name: str) -> tuple[Any, ...]:
    """What the gold's ``batches`` compares between runs: :meth:`Analysed.summary`, or
    :func:`ends_sorted` ("compare": "ends_sorted")."""
    if gold(name)["batches"].get("compare") == "ends_sorted":
        return ends_sorted(an)
    return an.summary()
