"""Cleanup helpers: character normalisation, unwrapping, captions, titles, offset maps."""

from __future__ import annotations

import textwrap
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newstrace.text.normalize import (
    clean_text,
    find_title,
    is_caption,
    is_hard_wrapped,
    normalize_chars,
    wrap_width,
)


def assert_maps_back(original: str, clean: str, offsets: object) -> None:
    """Every clean non-space character maps to the identical character in the original."""
    for i, ch in enumerate(clean):
        if not ch.isspace():
            j = offsets.to_original(i)  # type: ignore[attr-defined]
            assert original[j] == ch, (i, ch, j, original[j])


PARAGRAPHS = [
    "The minister said on Tuesday that the new rules would come into force next spring, "
    "after a long consultation with councils, charities and the police across the country.",
    "Critics said the plan was rushed. The opposition called for a vote in parliament before "
    "any change is made, and several backbenchers said they would support such a motion.",
    "Officials expect the scheme to cost about 40 million pounds a year, paid from the "
    "existing budget of the department rather than from new borrowing or higher taxes.",
]


# --- characters -----------------------------------------------------------------------------


def test_nfc_and_odd_spaces_and_zero_width() -> None:
    original = "Cafe\u0301\u00a0au\u2009lait\u200b here\u00ad.\tTab"
    text, _ = normalize_chars(original)
    assert text == "Caf\u00e9 au lait here. Tab"


def test_line_breaks_unified() -> None:
    text, pos = normalize_chars("a\r\nb\rc\u2028d")
    assert text == "a\nb\nc\nd"
    assert list(pos) == [0, 1, 3, 4, 5, 6, 7]


def test_character_references_left_in_plain_text_are_decoded() -> None:
    original = (
        "Ren&eacute;e said: &quot;Crews &amp; staff&#8217;s work&nbsp;here.&#x201D; R&D; AT&T"
    )
    text, offsets = clean_text(original)
    # &nbsp; decodes to a non-breaking space, then a space; unknown references stay as written
    assert text == 'Ren\u00e9e said: "Crews & staff\u2019s work here.\u201d R&D; AT&T'
    for word in ("Crews", "work", "R&D;"):
        assert original[offsets.to_original(text.index(word)) :].startswith(word)
    # a decoded character maps to its reference's "&"
    assert original[offsets.to_original(text.index("\u2019"))] == "&"
    assert normalize_chars("no references here")[0] == "no references here"


def test_whitespace_collapsed_and_paragraphs_separated_by_one_blank_line() -> None:
    original = "  First   paragraph  here.  \n\n\n\n   Second\u00a0\u00a0one.\r\n\r\nThird.  "
    text, offsets = clean_text(original)
    assert text == "First paragraph here.\n\nSecond one.\n\nThird."
    assert_maps_back(original, text, offsets)


def test_quotes_and_dashes_kept_as_written() -> None:
    original = 'He said \u201cno \u2013 never\u201d and \u2018maybe\u2019 -- or "so".'
    text, _ = clean_text(original)
    assert text == original


def test_one_paragraph_per_line_when_not_wrapped() -> None:
    original = "\n".join(PARAGRAPHS)
    text, _ = clean_text(original)
    assert text.split("\n\n") == PARAGRAPHS


# --- unwrapping -----------------------------------------------------------------------------


def wrapped(paragraphs: list[str], width: int = 65, blank: bool = False) -> str:
    sep = "\n\n" if blank else "\n"
    return sep.join(textwrap.fill(p, width) for p in paragraphs)


@pytest.mark.parametrize("width", [60, 65, 72, 80])
def test_unwraps_hard_wrapped_paragraphs(width: int) -> None:
    original = wrapped(PARAGRAPHS, width)
    assert is_hard_wrapped(original)
    text, offsets = clean_text(original)
    assert text.split("\n\n") == PARAGRAPHS
    assert_maps_back(original, text, offsets)


def test_unwraps_with_blank_lines_between_paragraphs() -> None:
    original = wrapped(PARAGRAPHS, 70, blank=True)
    text, _ = clean_text(original)
    assert text.split("\n\n") == PARAGRAPHS


def test_unwrap_keeps_colon_line_and_quote_paragraphs() -> None:
    quote1 = (
        "\u201cWe will work with our partners across the continent to stop the gangs "
        "and to protect the most vulnerable people."
    )
    quote2 = "\u201cThis is only the start of our work.\u201d"
    pars = [*PARAGRAPHS, "The Home Secretary said:", quote1, quote2]
    original = wrapped(pars, 66)
    text, _ = clean_text(original)
    assert text.split("\n\n") == pars


def test_unwrap_keeps_list_items_and_qa_lines_apart() -> None:
    """A wrapper never opens a line with a list's marker, a Q&A's label or a timed entry:
    two bullet items that fit the wrap width were joined into one sentence (a review)."""
    items = [
        "* Average bills rise 9% to 557 pounds a year from 1 April",
        "* Customers on the Helping Hand tariff will see no increase this year",
        "\u2022 The regulator rejected a request for a further 180 million pounds a year",
        "Q: Who will pay more from April under the new charges for water?",
        "A: Every household on a meter, and most without one, the company said.",
        "14:05 - Firefighters say the blaze on the industrial estate is under control",
    ]
    head = "Households will pay more for water from April, the regulator said on Monday. Key"
    original = "\n".join([head, "points of the plan agreed by the board:", *items]) + "\n"
    text, _ = clean_text(original)
    assert text.split("\n\n")[-len(items) :] == items
    # a clock time opening a wrapped line of a sentence is no timed entry
    prose = textwrap.fill(
        "Passengers were stranded for hours on Friday night after a signal failure near the "
        "junction, the operator said. The last train from the coast, which had been running "
        "late all evening because of the storm, was due to leave at 10.45 - an hour after the "
        "fault on the signals was first reported to the control room - but it was cancelled "
        "by the operator. Buses were laid on for some passengers, but many waited on the "
        "platform until the early hours of the morning.",
        75,
    )
    assert "\n10.45 - an hour" in prose
    text, _ = clean_text(prose + "\n")
    assert "\n" not in text


def test_unwrap_joins_word_final_hyphen_without_space() -> None:
    lines = [
        "The government said on Monday that closer and more international co-",
        "operation would be needed for years to come, and that the plan was only a",
        "first step in a much longer process of reform of the asylum system in the",
        "country, officials told reporters at a briefing in London on Monday morning,",
        "adding that the details would be set out in a paper to be published in the",
        "spring, once the consultation with local councils and charities has closed.",
    ]
    text, _ = clean_text("\n".join(lines))
    assert "international co-operation would" in text
    assert "\n" not in text


def test_unwrap_rules_for_lowercase_and_overlong_lines() -> None:
    headline = "Council backs the new housing plan after a long debate in the town hall on Tuesday"
    lines = [
        headline,  # much longer than the wrap width: never part of a wrapped paragraph
        "Tuesday, 7 November 2024",
        *textwrap.wrap(PARAGRAPHS[0], 60),
        "A short hand-broken line in the",  # room to spare, but a paragraph never starts
        "middle of a sentence that goes on",  # with a lower-case letter
        *textwrap.wrap(PARAGRAPHS[1], 60),
    ]
    text, _ = clean_text("\n".join(lines))
    pars = text.split("\n\n")
    assert pars[:3] == [headline, "Tuesday, 7 November 2024", PARAGRAPHS[0]]
    assert pars[3].startswith("A short hand-broken line in the middle of a sentence")


def test_unwrap_can_be_switched_off() -> None:
    original = wrapped(PARAGRAPHS, 65)
    text, _ = clean_text(original, unwrap=False)
    assert text.count("\n\n") == original.count("\n")


def test_wrap_width_rejects_ragged_long_lines() -> None:
    assert wrap_width(PARAGRAPHS) is None
    lines = textwrap.wrap(" ".join(PARAGRAPHS), 65)
    assert wrap_width(lines) == max(len(line) for line in lines)
    assert wrap_width(lines[:3]) is None  # too few lines to tell


def test_one_sentence_per_line_is_not_wrapping() -> None:
    sentences = [
        "The fire broke out at the church late on Friday night.",
        "No one was hurt, the fire chief said on Saturday.",
        "Damage is estimated at one million dollars by officials.",
        "Police said the fire was being treated as suspicious.",
        "The church was empty at the time of the blaze on Friday.",
    ]
    assert wrap_width(sentences) is None
    text, _ = clean_text(
        "Church fire treated as arson\nSaturday, 13 December 2008\n" + "\n".join(sentences)
    )
    assert text.split("\n\n")[:2] == ["Church fire treated as arson", "Saturday, 13 December 2008"]


# --- captions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "The minister arriving at the summit in Prague last year (PA)",
        "Crowds gather outside the court on Monday (Reuters)",
        "Police at the scene (Image: Getty Images)",
        "The harbour at dawn (Photo: Jane Doe)",
        "Protesters in the square (Reuters/John Smith)",
        "Fans celebrate the win (AP Photo/Jane Roe)",
        "Ministers at the meeting. Photograph: Stefan Rousseau/PA",
        "Rescue boats in the Channel. Picture: PA Wire",
        "A view of the port. Credit: Shutterstock",
        "Getty Images",
        "AFP via Getty Images",
        "Lead: Talks on the new treaty in BrusselsTalks on the new treaty in Brussels",
        "Pictured: Workers at the Harwick depot on the first day of the strike",
        "Pictured above: The new footbridge over the Carrow",
        "File photo: Waves break over the harbour wall at Saltmarsh",
        "Main picture: Floodwater on the A40 near Kelmouth on Sunday",
    ],
)
def test_captions_detected(caption: str) -> None:
    assert is_caption(caption)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The minister said the deal was signed in Paris (France) on Monday.",
        "Picture this: a city without cars.",
        "The AP reported that talks had stalled, while Reuters said they would resume.",
        PARAGRAPHS[0] + " (PA)" + " More text." * 30,  # long body paragraph
        "Image: the team said the results were clear, and that it would publish them.",
        "He said it again and again and again.",
        "Picture this: a city without cars",
        "Unemployment fell to 4.2 per cent in the quarter. Source: Office for National Statistics",
        "Pictured by the council as a quiet cul-de-sac, the street now carries 900 cars a day.",
        "Top: The council wants to build 400 homes on the field. Residents say it floods.",
    ],
)
def test_body_paragraphs_are_not_captions(paragraph: str) -> None:
    assert not is_caption(paragraph)


def test_captions_removed_from_text() -> None:
    original = "\n\n".join(
        [PARAGRAPHS[0], "The harbour at dawn (Image: PA)", PARAGRAPHS[1], "Getty Images"]
    )
    text, offsets = clean_text(original)
    assert text.split("\n\n") == PARAGRAPHS[:2]
    assert_maps_back(original, text, offsets)
    kept, _ = clean_text(original, drop_captions=False)
    assert "(Image: PA)" in kept


def test_caption_repeated_as_two_paragraphs_removed() -> None:
    cap = "Boats in the Channel at sunrise"
    original = "\n\n".join([PARAGRAPHS[0], cap, cap, PARAGRAPHS[1]])
    text, _ = clean_text(original)
    assert text.split("\n\n") == PARAGRAPHS[:2]


def test_sentence_repeated_as_two_paragraphs_kept_once() -> None:
    original = "\n".join([PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[1], PARAGRAPHS[2]])
    text, _ = clean_text(original)
    assert text.split("\n\n") == PARAGRAPHS


def test_acronym_in_parentheses_is_not_a_credit() -> None:
    assert not is_caption("Environmental Protection Agency (EPA)")
    assert not is_caption("The statement was issued by the Press Association (PA)")
    assert is_caption("Police outside the Environment Agency offices (PA)")


# --- titles ---------------------------------------------------------------------------------


def test_find_title_headline_followed_by_blank_line() -> None:
    original = "Sunak to urge leaders to tackle migration\n\n" + PARAGRAPHS[0]
    title, start = find_title(original)
    assert title == "Sunak to urge leaders to tackle migration"
    assert original[start:].lstrip() == PARAGRAPHS[0]


def test_find_title_markdown_heading() -> None:
    title, start = find_title("# Budget day\n" + PARAGRAPHS[0])
    assert title == "Budget day"
    assert start == len("# Budget day\n")


@pytest.mark.parametrize("blank", [False, True])
def test_find_title_over_hard_wrapped_text_without_a_blank_line(blank: bool) -> None:
    body = wrapped(PARAGRAPHS, blank=blank)
    original = "Leaders agree new migration plan\n" + body
    title, start = find_title(original)
    assert title == "Leaders agree new migration plan"
    assert original[start:] == body


def test_no_title_when_a_hard_wrapped_first_line_runs_on() -> None:
    # the first line of wrapped text is a sentence's start, not a headline
    assert find_title(wrapped(PARAGRAPHS)) == (None, 0)
    runs_on = "The Prime Minister\nsaid on Tuesday that " + wrapped(PARAGRAPHS)
    assert find_title(runs_on) == (None, 0)


@pytest.mark.parametrize(
    "original",
    [
        PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1],  # first line is a sentence
        "A major upgrade in co-operation is needed to tackle\nthe gangs who trade in misery.",
        "Only one line here",
        "lower case start of a line\n\n" + PARAGRAPHS[0],
        "Minister says:\n\n" + PARAGRAPHS[0],
    ],
)
def test_find_title_none(original: str) -> None:
    assert find_title(original) == (None, 0)


# --- offset map properties ------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("abcXYZ .,:;\u201c\u201d-\n\n\r\t")
    + ["\u00a0", "\u200b", "\u2009", "\u00ad", "e\u0301", "\ufeff", "(PA)", "\u2028"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_clean_chars_map_to_identical_original_chars(original: str) -> None:
    text, offsets = clean_text(original)
    assert offsets.clean_length == len(text)
    nfc = unicodedata.normalize("NFC", original)
    for i, ch in enumerate(text):
        j = offsets.to_original(i)
        assert 0 <= j < len(original)
        if ch.isspace():
            assert original[j].isspace() or unicodedata.category(original[j]) in ("Zs", "Cf")
        elif ch != original[j]:  # only NFC may change a character
            assert ch in nfc and unicodedata.normalize("NFC", original[j : j + 2])[0] == ch
    for i in range(len(text)):
        for k in range(i + 1, min(len(text), i + 5) + 1):
            a, b = offsets.span(i, k)
            assert 0 <= a < b <= len(original)


_WORDS = st.sampled_from(
    [
        "the",
        "a",
        "minister",
        "said",
        "on",
        "Monday",
        "that",
        "talks",
        "with",
        "Serbia",
        "would",
        "co-operate",
        "gangs",
        "boats,",
        "Channel",
        "migration",
        "UK",
        "£75",
        "million",
        "19%",
        "“not",
        "working”",
        "–",
        "crime",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORDS, min_size=30, max_size=120), st.integers(min_value=40, max_value=80))
def test_unwrapped_text_keeps_every_word_in_order(words: list[str], width: int) -> None:
    original = textwrap.fill(" ".join(words) + ".", width)
    assume(original.count("\n") >= 5)
    assert is_hard_wrapped(original)
    text, offsets = clean_text(original)
    # textwrap may break after the hyphen of "co-operate"; unwrapping joins it back
    assert text.split() == original.replace("-\n", "-").split()
    assert "\n" not in text
    assert_maps_back(original, text, offsets)
