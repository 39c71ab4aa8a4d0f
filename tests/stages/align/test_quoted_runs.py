"""Words of one text quoted inside another's sentence are a verbatim passage, whatever the
sentences around them; a text's title line alone is no paraphrase passage."""

from __future__ import annotations

import pytest

from newstrace.stages.align.align import AlignParams, align_texts
from newstrace.stages.align.cited import MIN_WORDS, quoted_runs
from newstrace.stages.align.sentences import Vocabulary, doc_sentences

REPORT = (
    "Harbour traffic doubled last year.\n\n"
    "Figures out this month show youth unemployment has halved since 2024, falling to 9 per "
    "cent, and wages have risen faster than prices for the first time in three years.\n\n"
    "Employers in the valley say they are hiring again, and the steel works has orders "
    "until the autumn."
)
CLAIM = "youth unemployment has halved since 2024, falling to 9 per cent"
CHECK = (
    "Fact check: youth jobs\n\n"
    f'The claim: The Evening Sentinel reported on Monday that "{CLAIM}".\n\n'
    "Our verdict: False. The statistics office puts the rate for 16 to 24-year-olds at 14.2 "
    "per cent, down from 16.8 per cent two years earlier."
)
PARAMS = AlignParams(min_chars=40)


def _align(a: str, b: str, params: AlignParams = PARAMS) -> list[tuple[str, str, str]]:
    vocab = Vocabulary()
    dets = align_texts(a, doc_sentences(a, vocab), b, doc_sentences(b, vocab), params)
    return [(a[d.src_start : d.src_end], b[d.tgt_start : d.tgt_end], d.kind) for d in dets]


def test_a_quoted_clause_of_the_other_text_is_a_verbatim_passage() -> None:
    assert _align(REPORT, CHECK) == [(CLAIM, CLAIM, "verbatim")]
    assert _align(CHECK, REPORT) == [(CLAIM, CLAIM, "verbatim")]  # either side may quote


def test_quoted_runs_can_be_turned_off() -> None:
    from dataclasses import replace

    assert _align(REPORT, CHECK, replace(PARAMS, quoted_runs=False)) == []


def test_two_texts_quoting_one_speaker_are_not_matched_by_their_quotes() -> None:
    words = "we will build the homes this country needs within five years"
    a = f'The minister said: "{words}". Critics were unconvinced by the plan on Monday.'
    b = f'Speaking in the north, she promised that "{words}", to applause from the hall.'
    assert quoted_runs(b, a, 40) == []
    assert quoted_runs(b, a.replace('"', ""), 40) != []  # the release's unquoted block


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("'", "'"), ("\u201a", "\u2018"), ("\u2039", "\u203a"), ("\u300c", "\u300d")],
)
def test_a_speaker_quoted_in_other_marks_is_no_origin(opening: str, closing: str) -> None:
    words = "we will build the homes this country needs within five years"
    a = f"The minister told delegates {opening}{words}{closing}, to applause on Monday."
    b = f'Speaking in the north, she promised that "{words}", to applause from the hall.'
    assert quoted_runs(b, a, 40) == []
    # an apostrophe is no quotation mark: the words after it are the origin's own
    own = f"The council's report says {words}, and the mayor's office agrees."
    assert quoted_runs(b, own, 40) != []


def test_a_run_shorter_than_the_minimum_or_off_by_a_word_is_not_matched() -> None:
    short = " ".join(CLAIM.split()[: MIN_WORDS - 1])
    assert quoted_runs(f'It said "{short}" on Monday.', REPORT, 10) == []
    changed = CLAIM.replace("halved", "fallen")  # no 8 words in a row left the same
    assert quoted_runs(f'It said "{changed}" on Monday.', REPORT, 10) == []
    assert quoted_runs(f'It said "{CLAIM}" on Monday.', REPORT, 10) != []
    assert quoted_runs(f"It said ''{CLAIM}'' on Monday.", REPORT, 10) != []  # tokenised marks


def test_a_run_found_already_is_not_added_twice() -> None:
    quoting = f'It said "{CLAIM}" on Monday.'
    ((q0, q1, o0, o1),) = quoted_runs(quoting, REPORT, 40)
    assert quoting[q0:q1] == REPORT[o0:o1] == CLAIM
    assert quoted_runs(quoting, REPORT, 40, taken=[(q0 - 3, q1)]) == []


SYNOPSIS = (
    "Lantern Pictures presents Low Tide at Corran, in cinemas from 9 October.\n\n"
    "When a fishing boat vanishes off the island of Corran, the harbourmaster's daughter sets "
    "out to prove that her father was not to blame, uncovering a conspiracy that reaches from "
    "the quayside to the mainland."
)
PHRASE = "a conspiracy that reaches from the quayside to the mainland"
REVIEW = (
    f'The synopsis promises that the heroine\'s search will uncover "{PHRASE}", and for once '
    "the film delivers on its poster.\n\nVance gives her a watchful stillness that suits "
    "a place where everybody knows everybody."
)


def test_a_sentence_framing_a_quote_of_the_other_gives_way_to_the_quote() -> None:
    # the review's sentence matches the synopsis's as a paraphrase for the ten words it
    # quotes: the passage is the quote, not the reviewer's sentence around it
    assert _align(SYNOPSIS, REVIEW) == [(PHRASE, PHRASE, "verbatim")]
    assert _align(REVIEW, SYNOPSIS) == [(PHRASE, PHRASE, "verbatim")]
    unquoted = REVIEW.replace('"', "")  # no quote: the sentence stays one paraphrase passage
    ((src, tgt, kind),) = _align(SYNOPSIS, unquoted)
    assert kind == "paraphrase" and tgt == unquoted.split("\n")[0]


LIBRARY = (
    "Brindle council will close the Canal Street library at the end of March after engineers "
    "found the building beyond economic repair following the damage done by the winter floods."
    "\n\nThe mobile library will visit the street twice a week from April, the council said."
)
REPAIR = "beyond economic repair following the damage done by the winter floods"
REWRITE = (
    "Readers in Brindle are losing their branch library: the town hall says the Canal Street "
    f'site shuts when March ends, with surveyors calling it "{REPAIR}".\n\n'
    "Readers have until then to return their books."
)


def test_a_sentence_retelling_the_rest_of_what_it_quotes_stays_a_paraphrase() -> None:
    # the rewrite quotes the end of the council's sentence and retells the rest of it (the
    # library, the street, the month): the passage is the sentence, not only the quote
    ((src, tgt, kind),) = _align(LIBRARY, REWRITE)
    assert kind == "paraphrase"
    assert src == LIBRARY.split("\n")[0] and tgt == REWRITE.split("\n")[0]


SPEECH_BODY = (
    "Madam Speaker, I rise to set out the programme of this government for the coming year. "
    "We have rebuilt the harbour at Tolvane and reopened the northern railway line. "
    "The hospitals of the south have four hundred more nurses than they had last spring. "
    "Our farmers have sold more grain abroad than in any year since the war. "
    "And yet too many of our young people still wait at the door of the labour market. "
)
ANALYSIS_BODY = (
    "Her party trails the opposition by six points in every poll published this month. "
    "The budget leaves the treasury little room for the promises her backbenchers want. "
    "Two ministers have resigned since January, one of them over the ferry contract. "
    "The opposition leader called the speech a list of old announcements in new paper. "
)
LINE = "I will not rest while a single young Morvanian who wants a job cannot find one"


def test_a_title_line_alone_is_no_paraphrase_passage() -> None:
    title = "Address by Prime Minister Irena Castell to the National Assembly, Tolvane."
    speech = f"{title}\n\n{SPEECH_BODY}{LINE}."
    analysis = (
        "Irena Castell's address to the National Assembly yesterday was the speech of a "
        f"prime minister who knows she is behind.\n\n{ANALYSIS_BODY}"
        f'"{LINE}," she told the chamber.'
    )
    assert _align(speech, analysis) == [(LINE, LINE, "verbatim")]
    # the same sentence in the text's body, not its title line, is matched
    body = f"The text below is the address as it was delivered in the chamber.\n\n{speech}"
    assert [k for _, _, k in _align(body, analysis)] == ["paraphrase", "verbatim"]


def test_a_lead_sentence_full_of_names_on_the_first_line_is_no_title() -> None:
    lead = (
        "Prime Minister Irena Castell of the Labour Party resigned on Tuesday over the "
        "Tolvane Harbour Authority scandal."
    )
    report = (
        f"{lead}\n\nShe had led the government for six years. Her deputy will take over until "
        "the party chooses a new leader in the autumn, officials said."
    )
    rival = (
        "The Labour Party's Irena Castell quit as Prime Minister on Tuesday over the scandal "
        "at the Tolvane Harbour Authority.\n\nMarkets barely moved. Analysts in the capital "
        "expect the coalition to survive the change without an early election being called."
    )
    assert [(a, k) for a, _, k in _align(report, rival)] == [(lead, "paraphrase")]
    # the same line in title case is a headline
    headline = "Prime Minister Irena Castell Resigns Over Tolvane Harbour Authority Scandal."
    assert _align(report.replace(lead, headline), rival) == []
