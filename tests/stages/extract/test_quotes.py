"""Quote rules on synthetic sentences: marks, attribution patterns, mixed and indirect."""

from __future__ import annotations

import pytest

from newstrace.stages.extract.marks import find_quoted
from newstrace.stages.extract.quotes import RawQuote, find_quotes


def _one(text: str, needle: str) -> RawQuote:
    hits = [q for q in find_quotes(text) if needle in text[q.start : q.end]]
    assert len(hits) == 1, [text[q.start : q.end] for q in find_quotes(text)]
    return hits[0]


def _speaker(text: str, q: RawQuote) -> str | None:
    return text[q.speaker[0] : q.speaker[1]] if q.speaker else None


def _cue(text: str, q: RawQuote) -> str | None:
    return text[q.cue[0] : q.cue[1]] if q.cue else None


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("He said “we will win the vote” today.", "we will win the vote"),
        ('He said "we will win the vote" today.', "we will win the vote"),
        ("He said «we will win the vote» today.", "we will win the vote"),
        ("He said ‘we will win the vote’ today.", "we will win the vote"),
        ("He said ``we will win the vote'' today.", "we will win the vote"),
        ("He said ''we will win the vote'' today.", "we will win the vote"),
    ],
)
def test_all_quote_mark_styles(text: str, inside: str) -> None:
    found = find_quoted(text)
    assert [text[q.start : q.end] for q in found] == [inside]
    assert found[0].closed


def test_apostrophes_are_not_quotes() -> None:
    text = "The parents’ group met at Britain’s border and didn’t stop."
    assert find_quoted(text) == []


def test_british_reopened_paragraphs_make_one_quote() -> None:
    text = (
        "Ms Smith said:\n\n“We will act now.\n\n“We will not stop until it is done.”\n\nLater text."
    )
    (q,) = find_quoted(text)
    assert text[q.start : q.end].startswith("We will act now.")
    assert text[q.start : q.end].endswith("until it is done.")
    assert q.paragraphs == 2 and q.closed


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "Mr Jones said: “We will act now and fast.\n\nThe council met on Monday to discuss it."
    (q,) = find_quoted(text)
    assert text[q.start : q.end] == "We will act now and fast."
    assert not q.closed


def test_hard_wrapped_quote_continues_over_line_breaks() -> None:
    text = "She said:\n“We will act now,\nand we will act fast.”\nOther things happened."
    (q,) = find_quoted(text)
    assert text[q.start : q.end] == "We will act now,\nand we will act fast."


def test_speaker_after_quote() -> None:
    text = "“We will not back down on this policy,” Mr Sunak said."
    q = _one(text, "back down")
    assert q.kind == "direct"
    assert _speaker(text, q) == "Mr Sunak" and _cue(text, q) == "said"


def test_inverted_speaker_after_quote() -> None:
    text = "“We will not back down on this policy,” said the Home Secretary."
    q = _one(text, "back down")
    assert _speaker(text, q) == "the Home Secretary" and _cue(text, q) == "said"


def test_speaker_before_quote_with_colon() -> None:
    text = "Sir Keir added: “We need to go further and faster with our partners.”"
    q = _one(text, "go further")
    assert q.kind == "direct"
    assert _speaker(text, q) == "Sir Keir" and _cue(text, q) == "added"


def test_headed_block_attributes_the_following_quote() -> None:
    text = "Home Secretary said:\n\n“Our work with partners is key to dismantling the networks.”"
    q = _one(text, "Our work")
    assert _speaker(text, q) == "Home Secretary" and _cue(text, q) == "said"


def test_mixed_quote_runs_from_cue_to_sentence_end() -> None:
    text = "He said the UK would be “at the heart of efforts” but “we cannot do this alone”."
    q = _one(text, "heart of efforts")
    assert q.kind == "mixed"
    assert text[q.start : q.end].startswith("the UK would be")
    assert "we cannot do this alone" in text[q.start : q.end]
    assert _speaker(text, q) == "He"


def test_continuation_quote_inherits_speaker() -> None:
    text = (
        "“Europe is facing threats at its borders,” Mr Sunak said.\n\n"
        "“We cannot address these problems without working together as governments.”"
    )
    quotes = find_quotes(text)
    second = next(q for q in quotes if "cannot address" in text[q.start : q.end])
    assert second.inherit_from is not None
    assert (
        "Europe is facing"
        in text[quotes[second.inherit_from].start : quotes[second.inherit_from].end]
    )


def test_short_scare_quote_without_speaker_is_dropped() -> None:
    text = "The “bold” plan was dropped by the council on Monday."
    assert not [q for q in find_quotes(text) if q.kind == "direct"]


def test_indirect_with_that() -> None:
    text = "The minister warned that the new rules would cost jobs across the region."
    q = _one(text, "new rules")
    assert q.kind == "indirect"
    assert text[q.start : q.end] == "that the new rules would cost jobs across the region"
    assert _speaker(text, q) == "The minister" and _cue(text, q) == "warned"


def test_indirect_without_that() -> None:
    text = "He said the UK would return foreign nationals who broke the law."
    q = _one(text, "foreign nationals")
    assert q.kind == "indirect" and _speaker(text, q) == "He"


def test_indirect_postposed_speaker() -> None:
    text = "The campaign decided to change course at the last minute, a source said."
    q = _one(text, "change course")
    assert text[q.start : q.end].startswith("The campaign decided")
    assert _speaker(text, q) == "a source" and _cue(text, q) == "said"


def test_according_to() -> None:
    text = "According to the Home Office, only 17 people arrived by that route this year."
    q = _one(text, "only 17")
    assert _cue(text, q) == "According to"
    assert _speaker(text, q) == "the Home Office"


def test_appositive_is_part_of_the_source() -> None:
    text = "Alan Jeffers, a spokesman for the company, said on Tuesday that the article was wrong."
    q = _one(text, "article was wrong")
    assert _speaker(text, q) == "Alan Jeffers, a spokesman for the company,"
    assert text[q.start : q.end].startswith("that the article")


def test_purpose_infinitive_is_not_a_cue() -> None:
    text = "Rishi Sunak is set to use a gathering of leaders to urge co-operation on migration."
    assert all(_speaker(text, q) != "a gathering of leaders" for q in find_quotes(text))
