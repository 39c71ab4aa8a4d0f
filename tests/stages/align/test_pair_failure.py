"""A pair whose alignment raises is logged and left out; the other pairs are still aligned,
the analysis reports it, and the next analysis aligns it again."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import newstrace
from newstrace.cli import main
from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align import align as align_module
from newstrace.stages.align.heldlinks import HeldLinks
from newstrace.stages.ingest.article import make_article

SHARED = (
    "The health ministry confirmed that hospital waiting lists fell by twelve percent in "
    "March. Officials credited the drop to extra weekend clinics staffed by retired "
    "consultants. Opposition leaders questioned whether the improvement could last."
)


OWN = {
    "a1": "Harbour news first: the ferry timetable changes next month, with two extra "
    "sailings on Fridays and a new stop at the marina pontoon.",
    "a2": "The choir sang at the town hall on Sunday evening, raising money for the roof "
    "repairs that the parish council has delayed twice.",
    "a3": "Cycling lanes opened on the ring road after three years of works, and the council "
    "promised more bicycle parking near the station.",
}


def _corpus() -> RecordSet:
    arts = (
        make_article(OWN["a1"] + " " + SHARED, id="a1", source="Harbour Post",
                     published="2026-03-02"),
        make_article(SHARED + " " + OWN["a2"], id="a2", source="Valley Times",
                     published="2026-03-03"),
        make_article(OWN["a3"] + " " + SHARED, id="a3", source="Hill Echo",
                     published="2026-03-04"),
    )  # fmt: skip
    return RecordSet(articles=arts, new_ids=frozenset(a.id for a in arts))


def _break(monkeypatch: pytest.MonkeyPatch, texts: set[str]) -> None:
    """Make the alignment of the two given texts raise."""
    real = align_module.align_texts

    def broken(src_text: str, *args: object, **kwargs: object) -> object:
        if {src_text, args[1]} == texts:
            raise MemoryError("std::bad_alloc")
        return real(src_text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(align, "align_texts", broken)


def _texts(*ids: str) -> set[str]:
    return {a.text for a in _corpus().articles if a.id in ids}


def test_a_failing_pair_is_logged_and_the_others_are_aligned(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _break(monkeypatch, _texts("a1", "a3"))
    with caplog.at_level(logging.WARNING, logger="newstrace.stages.align"):
        out, stats = align.run_with_stats(_corpus(), Settings())
    pairs = {frozenset((p.source_id, p.target_id)) for p in out.pairs}
    assert frozenset(("a1", "a2")) in pairs and frozenset(("a2", "a3")) in pairs
    assert frozenset(("a1", "a3")) not in pairs
    assert stats is not None and stats.failed_pairs == 1
    assert [set(p) for p in stats.failed] == [{"a1", "a3"}]
    assert any("a1" in r.message and "a3" in r.message and "MemoryError" in r.message
               for r in caplog.records)  # fmt: skip


def _records(arts: tuple[object, ...]) -> str:
    return "\n".join(
        json.dumps({"id": a.id, "text": a.text, "source": a.source, "published": a.published})  # type: ignore[attr-defined]
        for a in arts
    )


@pytest.fixture
def batches(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """Two input files: the three articles, then one unrelated article."""
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(_records(_corpus().articles), "utf-8")
    late = make_article("The county fair opens on Saturday with a vintage tractor parade.",
                        id="a4", source="Hill Echo", published="2026-03-09")  # fmt: skip
    second.write_text(_records((late,)), "utf-8")
    yield first, second


def _linked(corpus: newstrace.Corpus) -> set[frozenset[str]]:
    return {frozenset((p.source_id, p.target_id)) for p in corpus.store.record_set().pairs}


def _ids(corpus: newstrace.Corpus, *keys: str) -> frozenset[str]:
    """The store's ids of the articles written as ``keys`` (ingest gives its own ids)."""
    return frozenset(a.id for a in corpus.articles() if any(OWN[k] in a.text for k in keys))


def test_a_failed_pair_is_reported_and_aligned_by_the_next_analysis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batches: tuple[Path, Path]
) -> None:
    first, second = batches
    with newstrace.open(tmp_path / "n.db") as corpus:
        corpus.add(first)
        with monkeypatch.context() as m:
            _break(m, _texts("a1", "a3"))
            report = corpus.analyze()
        pair = _ids(corpus, "a1", "a3")
        assert [frozenset(p) for p in report.failed_pairs] == [pair]
        assert pair not in _linked(corpus) and _ids(corpus, "a1", "a2") in _linked(corpus)
        corpus.add(second)  # a batch that does not touch the failed pair
        report = corpus.analyze()
        assert report.failed_pairs == []
        assert pair in _linked(corpus)


def test_a_pair_that_fails_again_stays_to_be_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batches: tuple[Path, Path]
) -> None:
    first, second = batches
    _break(monkeypatch, _texts("a1", "a3"))
    with newstrace.open(tmp_path / "n.db") as corpus:
        corpus.add(first)
        corpus.analyze()
        corpus.add(second)
        failed = corpus.analyze().failed_pairs
        assert [frozenset(p) for p in failed] == [_ids(corpus, "a1", "a3")]


def test_the_cli_names_the_pairs_it_could_not_align(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batches: tuple[Path, Path]
) -> None:
    _break(monkeypatch, _texts("a1", "a3"))
    db = tmp_path / "n.db"
    result = CliRunner().invoke(main, ["--db", str(db), "-q", "run", str(batches[0]),
                                       "-o", str(tmp_path / "out")])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "1 candidate pair(s) could not be aligned" in result.output
    with newstrace.open(db) as corpus:
        a, b = sorted(_ids(corpus, "a1", "a3"))
    assert f"{a} / {b}" in result.output or f"{b} / {a}" in result.output


def test_an_analysis_with_nothing_new_says_which_failed_pairs_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batches: tuple[Path, Path]
) -> None:
    db = tmp_path / "n.db"
    with monkeypatch.context() as m:
        _break(m, _texts("a1", "a3"))
        result = CliRunner().invoke(main, ["--db", str(db), "-q", "run", str(batches[0]),
                                           "-o", str(tmp_path / "out")])  # fmt: skip
    assert result.exit_code == 0, result.output
    with newstrace.open(db) as corpus:
        report = corpus.analyze()  # nothing new: no stage runs, the pair is still pending
        assert report.analyzed == 0 and report.failed_pairs == []
        assert [frozenset(p) for p in report.pending_pairs] == [_ids(corpus, "a1", "a3")]
    result = CliRunner().invoke(main, ["--db", str(db), "analyze"])
    assert result.exit_code == 0, result.output
    assert "nothing new to analyse" in result.output
    assert "1 candidate pair(s) that earlier analyses could not align wait" in result.output
    result = CliRunner().invoke(main, ["--db", str(db), "analyze", "--force"])
    assert result.exit_code == 0, result.output
    with newstrace.open(db) as corpus:  # aligned by the forced run: nothing waits
        assert corpus.analyze().pending_pairs == []
        assert _ids(corpus, "a1", "a3") in _linked(corpus)


def test_a_retried_pair_linked_by_credit_alone_is_linked_as_by_a_full_analysis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from test_attributed import BRIEFING, CHOIR, HOSPITAL, RETOLD  # the credit-only pair

    arts = (
        make_article(HOSPITAL, id="hs", source="Harwick Standard", published="2026-05-05T06:00Z"),
        make_article(CHOIR, id="choir", source="Harwick Standard", published="2026-05-05"),
        make_article(BRIEFING.format(retold=RETOLD.format(credit="the Harwick Standard says")),
                     id="brief", source="The Briefly", published="2026-05-06T06:30Z"),
    )  # fmt: skip
    late = make_article("The county fair opens on Saturday with a vintage tractor parade.",
                        id="late", source="Hill Echo", published="2026-05-07")  # fmt: skip
    held = HeldLinks()
    with monkeypatch.context() as m:
        _break(m, {arts[0].text, arts[2].text})
        first = RecordSet(articles=arts, new_ids=frozenset(a.id for a in arts))
        first, stats = align.run_with_stats(dedup.run(first, Settings()), Settings(), None, held)
    assert stats is not None and stats.failed_pairs == 1 and first.pairs == ()
    second = dataclasses.replace(first, articles=(*arts, late), new_ids=frozenset({"late"}))
    second, stats = align.run_with_stats(dedup.run(second, Settings()), Settings(), None, held)
    full = align.run(dedup.run(RecordSet(articles=(*arts, late)), Settings()), Settings())
    assert [(p.source_id, p.target_id, p.evidence) for p in full.pairs] == [
        ("hs", "brief", "credit")
    ]
    assert second.pairs == full.pairs and second.alignments == full.alignments


def test_a_pair_failing_in_every_analysis_is_given_up_on_until_forced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batches: tuple[Path, Path]
) -> None:
    from newstrace.stages.align.heldlinks import ALIGN_ATTEMPTS

    real, broken = align_module.align_texts, _texts("a1", "a3")
    tries = []

    def failing(src_text: str, *args: object, **kwargs: object) -> object:
        if {src_text, args[1]} == broken:
            tries.append(1)
            raise MemoryError("std::bad_alloc")
        return real(src_text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(align, "align_texts", failing)
    with newstrace.open(tmp_path / "n.db") as corpus:
        corpus.add(batches[0])
        reports = [corpus.analyze()]
        for n in range(ALIGN_ATTEMPTS):  # batches of one unrelated article each
            late = tmp_path / f"late{n}.jsonl"
            text = f"Item {n}: the library opens late on Thursdays."
            late.write_text(json.dumps({"id": f"x{n}", "source": "Hill Echo", "text": text}))
            corpus.add(late)
            reports.append(corpus.analyze())
        pair = _ids(corpus, "a1", "a3")
        assert len(tries) == ALIGN_ATTEMPTS  # not tried again after the last failure
        assert [frozenset(p) for p in reports[ALIGN_ATTEMPTS - 1].given_up_pairs] == [pair]
        assert not any(r.given_up_pairs for r in reports[: ALIGN_ATTEMPTS - 1])
        assert reports[-1].failed_pairs == []
        assert [frozenset(p) for p in corpus.analyze(force=True).failed_pairs] == [pair]
        assert len(tries) == ALIGN_ATTEMPTS + 1
