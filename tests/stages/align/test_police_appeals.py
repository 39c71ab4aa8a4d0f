"""A police force's standard lines in the papers: its closing appeal for information,
copied word for word up to the log number that differs, is no sign that two papers' stories
of unrelated crimes are copies or one story; undated, the force's own appeal is the original
of a paper's copy, and the paper's copy is not traced to the force's other appeals through
those lines (a review of police appeals and crime reporting).  The corpora in
``tests/data/forms`` are invented."""

from __future__ import annotations

from pathlib import Path

from goldkit import aligned
from newstrace.records import Alignment, Span
from newstrace.stages.align import _stock_sentences_only
from newstrace.stages.cluster import reuse_links

DATA = Path(__file__).parents[2] / "data" / "forms"
BRIEFS = ("van", "shed", "sheep", "fight")  # four papers' stories of four crimes


def test_a_closing_line_cut_at_its_log_number_links_no_stories() -> None:
    out = aligned(DATA / "police_briefs.jsonl")
    between = [p for p in out.pairs if {p.source_id, p.target_id} <= set(BRIEFS)]
    assert between  # the stock line is found ...
    assert all(p.relation == "related" and p.evidence == "stock-sentence" for p in between)
    links = reuse_links(out.duplicates, out.alignments, out.pairs)
    for brief in BRIEFS:  # ... and makes no story of two crimes
        assert not links.get(brief, set()) & set(BRIEFS)
    # the police-log column's item on the pub fight is the fight story's, word for word
    assert any(p.source_id == "fight" and p.relation == "derived" for p in out.pairs)


def _passage(end: int) -> Alignment:
    return Alignment(Span("a", 0, end), Span("b", 0, end), "verbatim", 1.0)


def test_a_verbatim_stock_line_is_one_only_where_figures_follow_on_both_sides() -> None:
    line = "Anyone with information is asked to call Eastmoor Police on 101 quoting log"
    a, b = line + " 12 of 31 May.", line + " 56 of 1 June."
    x = _passage(len(line))
    assert _stock_sentences_only([x], {"a": a, "b": b})
    assert not _stock_sentences_only([x], {"a": a, "b": line + ", or online."})
    assert not _stock_sentences_only([x])  # no texts: nothing read as cut


def test_an_undated_appeal_is_the_original_of_a_papers_copy() -> None:
    out = aligned(DATA / "police_appeals_undated.jsonl")
    (group,) = [g for g in out.duplicates if "gaz1" in g.members]
    assert group.canonical == "rel1"  # the force's appeal, naming the force itself
    prov = {p.article_id: p for p in out.provenance}
    # the copies are not traced to the force's crash appeal through its closing lines
    assert "rel3" not in prov["gaz1"].sources
    assert "rel3" not in prov["echo1"].sources
    assert prov["echo1"].sources.get("rel1", 0) > 0.8


def test_a_source_the_fuller_source_took_the_words_from_stays() -> None:
    """A fact-check quoting one line of a debate's transcript keeps the transcript though a
    paper it also draws on printed the line: the paper took it from the transcript (a third
    review); a source with no such link to the fuller one goes."""
    from newstrace.stages.align import _drop_given_word_for_word

    line = "You can't cancel a contract that ended in January."
    paper = "The minister hit back. " + line + " Critics were unconvinced by the claim made."
    check = "Our verdict on the claim. " + paper + " The contract ran until May."
    texts = {"transcript": "MINISTER: " + line, "paper": paper, "check": check}
    at, pa = check.index(line), paper.index(line)

    def quote(src: str, start: int, end: int) -> Alignment:
        return Alignment(Span(src, start, end), Span("check", at, at + len(line)), "verbatim", 1.0)

    took = Alignment(Span("transcript", 10, 10 + len(line)), Span("paper", pa, pa + len(line)),
                     "verbatim", 1.0)  # fmt: skip
    whole = Alignment(Span("paper", 0, len(paper)), Span("check", 26, 26 + len(paper)),
                      "verbatim", 1.0)  # fmt: skip
    found = [quote("transcript", 10, 10 + len(line)), whole, took]
    _drop_given_word_for_word(found, {}, {}, texts)
    assert len(found) == 3  # the transcript is the paper's source: it stays
    found = [quote("transcript", 10, 10 + len(line)), whole]
    _drop_given_word_for_word(found, {}, {}, texts)
    assert [x.source.article_id for x in found] == ["paper"]
