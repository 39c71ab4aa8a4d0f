"""A report of a long speech quotes it in a few places, picked in its own order: its passages
jump about the speech as a summary's do, but it is no summary of the whole speech (a review:
the summary widening made the whole speech its source and its share 0.87, "wholly", though
12% of it is quotation and a third other people's reactions)."""

from __future__ import annotations

from pathlib import Path

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align import align as align_module
from newstrace.stages.align.sentences import Vocabulary, doc_sentences
from newstrace.stages.ingest.article import make_article

DATA = Path(__file__).resolve().parents[2] / "data" / "speech"


def test_a_report_quoting_a_speech_is_not_widened_into_a_summary() -> None:
    speech, report = (DATA / "speech.txt").read_text(), (DATA / "report.txt").read_text()
    vocab = Vocabulary()
    found = align_module.align_texts(
        speech, doc_sentences(speech, vocab), report, doc_sentences(report, vocab)
    )
    assert found
    assert all(d.src_end - d.src_start < len(speech) / 4 for d in found)
    records = RecordSet(
        articles=(
            make_article(speech, id="speech", source="Ministry of Energy"),
            make_article(report, id="report", source="Castlemere Courier"),
        )
    )
    out = align.run(dedup.run(records, Settings()), Settings())
    (prov,) = [p for p in out.provenance if p.article_id == "report"]
    assert prov.label == "partially" and set(prov.sources) == {"speech"}
    assert prov.sources["speech"] < 0.6


def test_a_quote_of_the_records_own_words_is_what_stops_the_widening() -> None:
    """The quotes are what tells the report from a summary: with its quotation marks taken
    out, the same report is widened as before."""
    speech, report = (DATA / "speech.txt").read_text(), (DATA / "report.txt").read_text()
    plain = report.replace('"', "")
    vocab = Vocabulary()
    found = align_module.align_texts(
        speech, doc_sentences(speech, vocab), plain, doc_sentences(plain, vocab)
    )
    assert any(d.src_end - d.src_start > len(speech) / 2 for d in found)


def _pair(speech_day: str) -> tuple[str, str, str]:
    speech, report = (DATA / "speech.txt").read_text(), (DATA / "report.txt").read_text()
    records = RecordSet(
        articles=(
            make_article(report, id="report", source="Castlemere Courier",
                         published="2026-05-14T19:00:00+00:00"),
            make_article(speech, id="speech", source="Ministry of Energy",
                         published=speech_day),
        )
    )  # fmt: skip
    out = align.run(dedup.run(records, Settings()), Settings())
    (pair,) = out.pairs
    return pair.source_id, pair.target_id, pair.evidence


def test_a_record_posted_after_the_report_is_still_its_source() -> None:
    """The transcript gives the quoted words plainly, the report inside quotation marks: the
    transcript is the record of what was said, and the source, though posted the next day
    (a review: the speech was made the copy of the stories quoting it, by date)."""
    assert _pair("2026-05-15T09:00:00+00:00") == ("speech", "report", "record")
    # dated first, the dates say it
    assert _pair("2026-05-14T09:00:00+00:00") == ("speech", "report", "date")
    # a text posted weeks later is no record of the day
    assert _pair("2026-06-20T09:00:00+00:00")[0] == "report"


def test_a_quoted_phrase_does_not_stop_a_summarys_widening() -> None:
    """A summary quotes a phrase at most ("a culture of ... denial"); only a quoted sentence
    (opening with a capital) tells a report (a review: a digest quoting one phrase of a
    report lost its coverage, 1.0 -> 0.62)."""
    from newstrace.stages.align.align import _quotes_source

    src = "The inquiry found a culture of defensiveness and denial at the top of the office."
    group = [(0, 10, 0, 200, 0.5)]
    phrase = 'It found "a culture of defensiveness and denial at the top" of the office.'
    sentence = '"The inquiry found a culture of defensiveness and denial," she said.'
    assert not _quotes_source(group, src, phrase)
    assert _quotes_source(group, src, sentence)


def test_a_records_word_runs_do_not_reach_across_its_quotes() -> None:
    """The record's own words are the runs between its quotes: the words either side of a
    quote it carries are no run of its own (they were joined once the quote was cut out)."""
    from newstrace.stages.align.align import QUOTE_RUN_WORDS, _word_runs

    text = 'Members heard the minister say "we will act" before the vote was taken late.'
    runs = _word_runs(text)
    assert ("members", "heard", "the", "minister", "say", "we")[:QUOTE_RUN_WORDS] not in runs
    assert all("we" not in run and "act" not in run for run in runs)
    # ("minister", "say", "before", "the", "vote", "was") joined the two sides
    assert not any("say" in run and "before" in run for run in runs)
    assert ("before", "the", "vote", "was", "taken", "late") in runs
