"""Sentence splitting with offsets (newstrace.text.sentences)."""

from __future__ import annotations

from newstrace.text.sentences import sentence_spans, sentences


def test_abbreviations_titles_and_numbers_do_not_split() -> None:
    text = (
        "Mr. Smith met Dr. Jones at No. 10 on Monday. The U.S. deficit rose 3.5% to $1.2bn. "
        "J. R. Smith agreed."
    )
    assert sentences(text) == [
        "Mr. Smith met Dr. Jones at No. 10 on Monday.",
        "The U.S. deficit rose 3.5% to $1.2bn.",
        "J. R. Smith agreed.",
    ]


def test_quotes_and_question_marks() -> None:
    text = '"Is it over?" she asked. He said: "Yes." Then he left!'
    assert sentences(text) == ['"Is it over?" she asked.', 'He said: "Yes."', "Then he left!"]


def test_hard_wrapped_lines_join_and_blank_lines_split() -> None:
    text = (
        "The minister will say\nthat gangs must be stopped.\n\nHeadline without stop\n\nNext one."
    )
    assert sentences(text) == [
        "The minister will say\nthat gangs must be stopped.",
        "Headline without stop",
        "Next one.",
    ]


def test_spans_point_at_the_text() -> None:
    text = "  First one here.  Second one there.\n"
    spans = sentence_spans(text)
    assert spans == [(2, 17), (19, 36)]
    assert [text[s:e] for s, e in spans] == ["First one here.", "Second one there."]
    assert sentence_spans("") == []
