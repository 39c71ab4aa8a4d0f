"""The passages found between two articles do not depend on the order they were ingested
in, and a large article in many pairs is not rescanned for each of them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align
from newstrace.stages import ingest as ingest_stage
from newstrace.stages.ingest.article import make_article
from newstrace.stages.ingest.inputs import Skip

# the module (the package exports a function of the same name)
provenance = sys.modules["newstrace.stages.align.provenance"]


def _read(path: Path) -> Article:
    (item,) = ingest_stage.discover([path], [])
    (got,) = [a for a in ingest_stage.read(item, Settings().ingest) if not isinstance(a, Skip)]
    return got


def _passages(articles: list[Article]) -> set[tuple[object, ...]]:
    out = align.run(RecordSet(articles=tuple(articles)), Settings())
    return {(x.source, x.target, x.kind) for x in out.alignments}


def test_passages_same_in_either_corpus_order(examples_dir: Path) -> None:
    # the aligner reads its two texts as source and target and is not symmetric: taken in
    # corpus order, the courier's paraphrase of the release's funding sentence was found
    # only when the release had been ingested first
    release = _read(examples_dir / "dhc_press_release_warm_homes.txt")
    courier = _read(examples_dir / "caldermoor_courier_warm_homes.txt")
    first, second = _passages([courier, release]), _passages([release, courier])
    assert first == second
    assert len(first) >= 3


def test_press_signals_read_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    body = " ".join(f"The harbour board met on day {k} and agreed the plan." for k in range(300))
    big = make_article("FOR IMMEDIATE RELEASE\n\n" + body, id="big-order-test", source="Board")
    others = [
        make_article(f"Copy {k}. " + body[:400], id=f"o{k}", source="Paper") for k in range(8)
    ]
    scans: list[int] = []
    real = provenance.quoted_spans

    def counting(text: str) -> list[tuple[int, int]]:
        scans.append(len(text))
        return real(text)

    monkeypatch.setattr(provenance, "quoted_spans", counting)
    for other in others:
        provenance.direction(big, other, 0.1, 0.9)
    assert scans.count(len(big.text)) == 1


def _pairs(articles: list[Article]) -> set[tuple[object, ...]]:
    out = align.run(RecordSet(articles=tuple(articles)), Settings())
    return {(p.source_id, p.target_id, p.relation) for p in out.pairs}


def test_an_undirected_pair_reads_the_same_in_either_corpus_order() -> None:
    # a news site's opinion piece and a paper's report sharing one edited sentence: the pair
    # is undecided ("related"), and its passages ran from whichever was ingested first, so a
    # later batch holding both in the other order recorded the pair the other way round
    report = make_article(
        "Campaigners have promised to fight the sale of the park to a developer.\n\n"
        "The council has not signed any sale of the park, the cabinet member said.",
        id="order-report",
        source="Tollmere Post",
        published="2026-09-08T14:00:00+01:00",
    )
    opinion = make_article(
        "Every town has a place where its people meet without paying.\n\n"
        "The council insists it has signed no sale of the park. Its own minutes tell a "
        "different story, and residents are right to be angry.",
        id="order-opinion",
        source="Morrow",
        published="2026-09-09T12:00:00+01:00",
    )
    first, second = _pairs([opinion, report]), _pairs([report, opinion])
    assert first == second
    assert first == {(report.id, opinion.id, "related")}
