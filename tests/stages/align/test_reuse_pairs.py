"""One ReusePair per linked article pair: relation, the evidence for its direction, shares."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

import newstrace
from goldkey import gold_key
from newstrace.records import Alignment, Article, Span
from newstrace.stages.align import reuse_pairs
from newstrace.text.offsets import OffsetMap

ROOT = Path(__file__).resolve().parents[3]
CORPUS, MORE = ROOT / "examples" / "corpus", ROOT / "examples" / "more"
GOLD = json.loads((ROOT / "examples" / "gold.json").read_text(encoding="utf-8"))


def _art(aid: str, n: int, published: str | None = None) -> Article:
    text = "x" * n
    return Article(aid, text, text, OffsetMap.identity(n), published=published)


def _al(src: str, s: tuple[int, int], tgt: str, t: tuple[int, int], **kw: object) -> Alignment:
    return Alignment(Span(src, *s), Span(tgt, *t), str(kw.get("kind", "verbatim")), 0.9,
                     boilerplate=bool(kw.get("boilerplate", False)))  # fmt: skip


def test_a_dated_pair_names_its_evidence_and_shares() -> None:
    arts = [_art("S", 1000, "2026-05-01"), _art("T", 500, "2026-05-02")]
    found = [
        _al("S", (0, 200), "T", (0, 200)),
        _al("S", (300, 400), "T", (250, 350), kind="paraphrase"),
        _al("S", (900, 1000), "T", (400, 500), boilerplate=True),  # not counted in the shares
    ]
    (pair,) = reuse_pairs(arts, found, {}, {})
    assert (pair.source_id, pair.target_id, pair.relation) == ("S", "T", "derived")
    assert pair.evidence == "date"
    assert (pair.source_share, pair.target_share) == (0.3, 0.6)
    assert pair.passages == 2 and pair.kinds == ("paraphrase", "verbatim")


def test_undirected_pairs_claim_no_direction() -> None:
    arts = [_art("A", 1000), _art("B", 1000), _art("C", 1000)]
    found = [
        _al("A", (0, 300), "B", (0, 300)),
        _al("A", (0, 300), "C", (0, 300), kind="paraphrase"),
    ]
    got = {p.target_id: p for p in reuse_pairs(arts, found, {"A": {"B"}, "B": {"A"}},
                                                {"A": {"C"}, "C": {"A"}})}  # fmt: skip
    assert got["B"].relation == "unseen_source" and got["C"].relation == "related"
    assert got["B"].evidence == got["C"].evidence == "none"


def test_boilerplate_alone_is_no_pair() -> None:
    arts = [_art("A", 1000), _art("B", 1000)]
    assert reuse_pairs(arts, [_al("A", (0, 100), "B", (0, 100), boilerplate=True)], {}, {}) == ()


def _pairs(c: newstrace.Corpus) -> dict[tuple[str, str], tuple[str, str]]:
    key = {a.id: gold_key(a) for a in c.articles()}
    return {(key[p.source_id], key[p.target_id]): (p.relation, p.evidence) for p in c.pairs()}


def test_examples_pairs_follow_the_gold_in_full_and_incremental_runs(tmp_path: Path) -> None:
    with newstrace.open(tmp_path / "f.db") as c:
        c.add(CORPUS)
        c.analyze()
        first = _pairs(c)
        # exported with the other records: a Parquet table and JSONL lines
        rows = pq.read_table(c.export(tmp_path / "pq", "parquet") / "pairs.parquet").to_pylist()
        assert len(rows) == len(first) and {r["relation"] for r in rows} >= {"derived"}
        lines = c.export(tmp_path / "x.jsonl", "jsonl").read_text(encoding="utf-8").splitlines()
        assert sum('"type": "reuse_pair"' in line for line in lines) == len(first)
        c.add(MORE)
        c.analyze()
        incremental = _pairs(c)
    copies = [set(g["members"]) for g in GOLD["duplicates"]]
    for rel in GOLD["reuse"]:
        if any({rel["source"], rel["target"]} <= g for g in copies):
            continue  # a duplicate group, not a pair of aligned passages
        relation, evidence = first[(rel["source"], rel["target"])]
        assert relation == "derived" and evidence != "none", rel
    for a, b in GOLD["unseen_source"]:
        assert first.get((a, b), first.get((b, a), ("",)))[0] == "unseen_source"
    for a, b in GOLD["independent_reports"]:
        assert "derived" not in {first.get((a, b), ("",))[0], first.get((b, a), ("",))[0]}
    with newstrace.open(tmp_path / "full.db") as c:
        c.add(CORPUS)
        c.add(MORE)
        c.analyze()
        assert _pairs(c) == incremental


def test_cli_lists_pairs_with_their_evidence(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newstrace.cli import main
    from newstrace.records import RecordSet, ReusePair
    from newstrace.stages.ingest import make_article
    from newstrace.store import Store

    a = make_article("The council approved the bridge on Monday.", source="Gazette")
    b = make_article("Councillors approved the bridge on Monday night.", source="Herald")
    pair = ReusePair(a.id, b.id, "derived", "press-release", 0.8, 0.7, 1, ("edited",))
    db = tmp_path / "p.db"
    with Store(db) as store:
        store.add_articles([a, b])
        store.save_records(RecordSet(pairs=(pair,)), ["pairs"], [])
    run = CliRunner().invoke(main, ["--db", str(db), "-q", "reuse", "--pairs"])
    assert run.exit_code == 0, run.output
    assert "Linked pairs" in run.output and "press-" in run.output  # folded to the width
    run = CliRunner().invoke(main, ["--db", str(db), "-q", "reuse", "--pairs", "--json"])
    rows = [json.loads(line) for line in run.output.splitlines() if line.startswith("{")]
    assert rows == [{"source_id": a.id, "target_id": b.id, "relation": "derived",
                     "evidence": "press-release", "source_share": 0.8, "target_share": 0.7,
                     "passages": 1, "kinds": ["edited"]}]  # fmt: skip


def test_web_api_serves_pairs(tmp_path: Path) -> None:
    import pytest

    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from newstrace.records import RecordSet, ReusePair
    from newstrace.report.web.app import create_app
    from newstrace.stages.ingest import make_article
    from newstrace.store import Store

    a = make_article("The council approved the bridge on Monday.", source="Gazette")
    b = make_article("Councillors approved the bridge on Monday night.", source="Herald")
    pair = ReusePair(a.id, b.id, "related", "none", 0.8, 0.7, 1, ("paraphrase",))
    with Store(tmp_path / "w.db") as store:
        store.add_articles([a, b])
        store.save_records(RecordSet(pairs=(pair,)), ["pairs"], [])
    got = TestClient(create_app(tmp_path / "w.db")).get("/api/pairs").json()["items"]
    assert [(p["source_id"], p["relation"]) for p in got] == [(a.id, "related")]


def test_cli_says_how_to_get_pairs_for_an_older_store(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newstrace.cli import main
    from newstrace.records import Alignment, RecordSet, Span
    from newstrace.stages.ingest import make_article
    from newstrace.store import Store

    a = make_article("The council approved the bridge on Monday.", source="Gazette")
    b = make_article("The council approved the bridge on Monday night.", source="Herald")
    al = Alignment(Span(a.id, 0, 42), Span(b.id, 0, 42), "verbatim", 1.0)
    db = tmp_path / "old.db"
    with Store(db) as store:  # alignments but no pair records: written before they existed
        store.add_articles([a, b])
        store.save_records(RecordSet(alignments=(al,)), ["alignments"], [])
    run = CliRunner().invoke(main, ["--db", str(db), "reuse", "--pairs"])
    assert run.exit_code == 0 and "analyze --force" in run.stderr


def test_cli_gives_no_old_store_hint_when_only_boilerplate_is_shared(tmp_path: Path) -> None:
    """Boilerplate passages make no pair in any version: no pair records is then the answer,
    not a sign of a store analysed before pair records existed."""
    from click.testing import CliRunner

    from newstrace.cli import main
    from newstrace.records import RecordSet
    from newstrace.stages.ingest import make_article
    from newstrace.store import Store

    a = make_article("Subscribe to the Gazette for all the local news you need.", source="G")
    b = make_article("Subscribe to the Gazette for all the local news you need!", source="G")
    al = Alignment(Span(a.id, 0, 56), Span(b.id, 0, 56), "verbatim", 1.0, boilerplate=True)
    db = tmp_path / "b.db"
    with Store(db) as store:
        store.add_articles([a, b])
        store.save_records(RecordSet(alignments=(al,)), ["alignments", "pairs"], [])
    run = CliRunner().invoke(main, ["--db", str(db), "reuse", "--pairs"])
    assert run.exit_code == 0 and "no linked pairs" in run.stderr, run.stderr
    assert "analyze --force" not in run.stderr
