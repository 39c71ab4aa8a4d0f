"""Two reports sharing only a speaker's quotes are not each other's copy.

A speech, statement or ruling is quoted by every paper that covers it: when the passages two
articles share lie mostly inside quotation marks, the pair shares an unseen source (the
speaker) rather than one being derived from the other by date.  Wire and press-release
evidence still decide: a release's quotes are its own text.
"""

from __future__ import annotations

import time

from newstrace.config import Settings
from newstrace.records import RecordSet, ReusePair
from newstrace.stages import align
from newstrace.stages.align.provenance import mostly_quoted, own_words
from newstrace.stages.ingest.article import make_article

SPEECH = [
    '"For too long we have treated the coast as somewhere to visit rather than somewhere to '
    'live, and the result is towns where young people cannot find a job or a home."',
    '"Over the next five years every coastal town under fifty thousand people will be able to '
    'bid for a share of the fund, and the bids will be judged by local panels."',
    '"This is not a one-off grant but a promise that the seaside will not be left behind '
    'again, whoever holds this office after me."',
]
EAST = (
    "The housing minister unveiled a £300m coastal towns fund in Eastbrook on Thursday, "
    "speaking to an audience of council leaders at the harbour museum. ",
    " Local traders welcomed the plan but said the money was small beside the losses of the "
    "last decade, when two ferry routes closed and the pier was shut for repairs.",
)
WEST = (
    "Westfield's council leader said he would bid on the first day after the minister set "
    "out her plans in a speech that drew protesters angry about bus cuts. ",
    " The opposition called the fund a repackaging of money already promised in the spring "
    "budget, and asked why inland market towns had been left out.",
)
RELEASE = (
    "PRESS RELEASE\n\nCoastal towns fund opens for bids\n\nThe Minister for Housing said:\n\n"
    + "\n\n".join(SPEECH)
    + "\n\nEnds\n\nNotes to editors\n\n1. For media enquiries contact the press office."
)


def _pair(first: str, second: str, **meta: dict[str, str]) -> tuple[ReusePair, RecordSet]:
    a = make_article(first, id="a", **meta.get("a", {}))
    b = make_article(second, id="b", **meta.get("b", {}))
    rs = align.run(RecordSet(articles=(a, b)), Settings())
    (pair,) = rs.pairs
    return pair, rs


def test_reports_sharing_only_quotes_share_an_unseen_source() -> None:
    east = EAST[0] + " ".join(SPEECH) + EAST[1]
    west = WEST[0] + " ".join(SPEECH) + WEST[1]
    pair, rs = _pair(
        east,
        west,
        a={"source": "Eastbrook Post", "published": "2026-11-19T14:00:00+00:00"},
        b={"source": "Westfield Chronicle", "published": "2026-11-19T18:30:00+00:00"},
    )
    assert (pair.relation, pair.evidence) == ("unseen_source", "quotation")
    prov = {p.article_id: p for p in rs.provenance}
    assert prov["b"].reused_share == 0.0 and prov["b"].unseen_source_with == ("a",)


def test_a_reprint_with_quotes_and_narrative_is_still_derived_by_date() -> None:
    story = EAST[0] + " ".join(SPEECH) + EAST[1]
    pair, _ = _pair(
        story,
        "Seaside towns get new hope. " + story,
        a={"source": "Eastbrook Post", "published": "2026-11-19T14:00:00+00:00"},
        b={"source": "Westfield Chronicle", "published": "2026-11-19T18:30:00+00:00"},
    )
    assert (pair.source_id, pair.relation, pair.evidence) == ("a", "derived", "date")


def test_a_press_release_is_the_source_of_its_quotes() -> None:
    pair, _ = _pair(
        RELEASE,
        WEST[0] + " ".join(SPEECH) + WEST[1],
        a={"source": "Department for Housing", "published": "2026-11-19T10:00:00+00:00"},
        b={"source": "Westfield Chronicle", "published": "2026-11-19T18:30:00+00:00"},
    )
    assert (pair.source_id, pair.relation) == ("a", "derived")


def test_mostly_quoted_needs_both_sides() -> None:
    quoted = 'He said: "' + "word " * 40 + '" and left.'
    plain = "word " * 40
    a = make_article(quoted, id="a")
    b = make_article(plain, id="b")
    inside = (a.text.index('"'), a.text.rindex('"') + 1)
    assert mostly_quoted(a, [inside], a, [inside])
    assert not mostly_quoted(a, [inside], b, [(0, len(b.text))])


def test_a_wire_dated_after_a_paper_is_not_the_copy_of_their_shared_quotes() -> None:
    east = EAST[0] + " ".join(SPEECH) + EAST[1]
    west = WEST[0] + " ".join(SPEECH) + WEST[1]
    paper = {"source": "Eastbrook Post", "published": "2026-11-19T14:00:00+00:00"}
    wire = {"source": "Albion News Agency", "published": "2026-11-19T18:30:00+00:00"}
    pair, _ = _pair(east, west, a=paper, b=wire)
    assert (pair.relation, pair.evidence) == ("unseen_source", "quotation")
    # a wire first is the source of the paper's copy of its quotes
    earlier = {**wire, "published": "2026-11-19T09:00:00+00:00"}
    pair, _ = _pair(east, west, a=paper, b=earlier)
    assert (pair.source_id, pair.relation) == ("b", "derived")


def test_a_release_dated_days_after_a_paper_is_not_the_copy_of_their_shared_quotes() -> None:
    pair, _ = _pair(
        RELEASE,
        WEST[0] + " ".join(SPEECH) + WEST[1],
        a={"source": "Department for Housing", "published": "2026-11-23T10:00:00+00:00"},
        b={"source": "Westfield Chronicle", "published": "2026-11-19T18:30:00+00:00"},
    )
    assert (pair.relation, pair.evidence) == ("unseen_source", "quotation")


def test_an_article_quoting_only_a_release_is_not_derived_from_it() -> None:
    # the release is still the source of the quotes (the pair), but what the article took
    # lies inside its quotation marks: it quoted the statement, it did not copy the release
    pair, rs = _pair(
        RELEASE,
        WEST[0] + " ".join(SPEECH) + WEST[1],
        a={"source": "Department for Housing", "published": "2026-11-19T10:00:00+00:00"},
        b={"source": "Westfield Chronicle", "published": "2026-11-19T18:30:00+00:00"},
    )
    assert (pair.source_id, pair.relation) == ("a", "derived") and pair.target_share > 0.5
    prov = {p.article_id: p for p in rs.provenance}
    assert (prov["b"].reused_share, prov["b"].label) == (0.0, "non")
    assert prov["b"].sources["a"] > 0.5  # the source it quotes is still named


def test_sentences_of_a_report_quoted_with_attribution_are_not_copied_text() -> None:
    report = EAST[0] + EAST[1]
    opinion = (
        "Nobody on the seafront doubts that the town needs the money, but the debate has "
        f'been oddly thin. As the Eastbrook Post reported, "{EAST[1].strip()}" That is the '
        "whole problem in a sentence: a fund that arrives after the ferries have gone."
    )
    pair, rs = _pair(
        report,
        opinion,
        a={"source": "Eastbrook Post", "published": "2026-11-19T14:00:00+00:00"},
        b={"source": "Carrow Review", "published": "2026-11-21T08:00:00+00:00"},
    )
    assert (pair.source_id, pair.relation) == ("a", "derived")
    prov = {p.article_id: p for p in rs.provenance}
    assert (prov["b"].reused_share, prov["b"].label) == (0.0, "non")


def test_a_copy_that_keeps_the_quotes_among_its_narrative_counts_them() -> None:
    story = EAST[0] + " ".join(SPEECH) + EAST[1]
    _, rs = _pair(
        story,
        "Seaside towns get new hope. " + story,
        a={"source": "Eastbrook Post", "published": "2026-11-19T14:00:00+00:00"},
        b={"source": "Westfield Chronicle", "published": "2026-11-19T18:30:00+00:00"},
    )
    prov = {p.article_id: p for p in rs.provenance}
    assert prov["b"].label == "wholly" and prov["b"].reused_share > 0.9


def test_a_statement_dated_before_the_agency_story_quoting_it_is_its_source() -> None:
    # the wire and the release are both sources of quotes: the date decides between them
    pair, _ = _pair(
        RELEASE,
        "LONDON, Nov 19 (Coastline News Agency) - " + WEST[0] + " ".join(SPEECH) + WEST[1],
        a={"source": "Department for Housing", "published": "2026-11-19T10:00:00+00:00"},
        b={"source": "Coastline News Agency", "published": "2026-11-19T11:30:00+00:00"},
    )
    assert (pair.source_id, pair.relation, pair.evidence) == ("a", "derived", "date")


def test_a_live_blog_dated_before_the_agency_story_is_no_source_of_its_quotes() -> None:
    # a paper's live blog speaks as "we" (press-release signals) but carries no release mark:
    # it quoted the speech as the agency did, so the date does not make it the agency's source
    blog = (
        "Live: minister sets out coastal towns fund\n\nWe will bring you updates as the "
        "minister speaks in Eastbrook.\n\n" + "\n\n".join(SPEECH)
        + "\n\nWe are pausing our live coverage here."
    )  # fmt: skip
    pair, _ = _pair(
        blog,
        "LONDON, Nov 19 (Coastline News Agency) - " + WEST[0] + " ".join(SPEECH) + WEST[1],
        a={"source": "Eastbrook Post", "published": "2026-11-19T10:00:00+00:00"},
        b={"source": "Coastline News Agency", "published": "2026-11-19T11:30:00+00:00"},
    )
    assert (pair.relation, pair.evidence) == ("unseen_source", "quotation")


def test_a_live_blog_dated_before_a_papers_story_is_no_source_of_its_quotes() -> None:
    # as beside the agency: the blog's "we" is no release mark, and the paper quoted the speech
    blog = (
        "Live: minister sets out coastal towns fund\n\nWe will bring you updates as the "
        "minister speaks in Eastbrook.\n\n" + "\n\n".join(SPEECH)
        + "\n\nWe are pausing our live coverage here."
    )  # fmt: skip
    pair, _ = _pair(
        blog,
        WEST[0] + " ".join(SPEECH) + WEST[1],
        a={"source": "Eastbrook Post", "published": "2026-11-19T10:00:00+00:00"},
        b={"source": "Westfield Chronicle", "published": "2026-11-19T11:30:00+00:00"},
    )
    assert (pair.relation, pair.evidence) == ("unseen_source", "quotation")


HEADING = "Statement by the Minister for Housing on the coastal towns fund"
STATEMENT = HEADING + "\n\n" + "\n\n".join(SPEECH)


def test_a_statement_all_in_quotes_is_the_source_of_the_story_quoting_it() -> None:
    # the speaker's office issued the words alone, in quotation marks and with no release
    # mark: it is where the quotes were published, not a fellow quoter of the speaker
    story = EAST[0] + " ".join(SPEECH) + EAST[1]
    pair, _ = _pair(
        STATEMENT,
        story,
        a={"source": "Department for Housing", "published": "2026-11-19T10:00:00+00:00"},
        b={"source": "Eastbrook Post", "published": "2026-11-19T14:00:00+00:00"},
    )
    assert (pair.source_id, pair.relation, pair.evidence) == ("a", "derived", "date")
    # dated after the story, it is not the story's copy: both quoted the speaker
    pair, _ = _pair(
        STATEMENT,
        story,
        a={"source": "Department for Housing", "published": "2026-11-19T18:00:00+00:00"},
        b={"source": "Eastbrook Post", "published": "2026-11-19T14:00:00+00:00"},
    )
    assert (pair.relation, pair.evidence) == ("unseen_source", "quotation")


def _nested(quote: str) -> str:
    return "'" + quote.strip('"') + "'"


def _reported(quote: str) -> str:
    words = quote.strip('".')
    return words[0].lower() + words[1:]


def _reaction(first: str, second: str) -> str:
    return (
        "Coastal Alliance responds to the coastal towns fund\n\n"
        f'"When the minister tells us {first}, she is right, but she forgets who closed the '
        'ferries."\n\n'
        f'"She promises that {second} Local panels cannot spend money that is not there."\n\n'
        '"Jo Bell, chair of the Coastal Alliance"'
    )


def test_a_statement_quoting_the_speaker_is_a_fellow_quoter_not_the_source() -> None:
    # a campaign group's reaction is all in quotes, but the words it shares with the story
    # are the minister's, quoted inside its quotes or given as what she says: the two quoted
    # the minister, the reaction dated first is not where the story found her words
    story = WEST[0] + " ".join(SPEECH) + WEST[1]
    dates = {
        "a": {"source": "Coastal Alliance", "published": "2026-11-19T16:00:00+00:00"},
        "b": {"source": "Westfield Chronicle", "published": "2026-11-19T18:30:00+00:00"},
    }
    nested = _reaction(_nested(SPEECH[0]), _nested(SPEECH[1]) + ".")
    pair, _ = _pair(nested, story, **dates)
    assert (pair.relation, pair.evidence) == ("unseen_source", "quotation")
    reported = _reaction("that " + _reported(SPEECH[0]), _reported(SPEECH[1]) + ".")
    pair, _ = _pair(reported, story, **dates)
    assert (pair.relation, pair.evidence) == ("unseen_source", "quotation")


def test_a_statement_is_the_source_of_its_own_words_beside_the_words_it_quotes() -> None:
    # the passages are the speaker's own words ("I said ..." is still the speaker's), not
    # the words quoted within them
    text = (
        '"As I said last year, our plan is a promise that the coast will not be left behind '
        "again, and we will keep it.\"\n\n\"'Nobody will be left behind' was the minister's "
        "line on Monday. When the minister tells us that the plan is hers, she is wrong. It was "
        'drawn up by our members."'
    )
    own = text.index("our plan"), text.index(", and we")
    assert own_words(text, [own])
    nested = text.index("Nobody"), text.index("' was")
    assert not own_words(text, [nested])
    reported = text.index("the plan is"), text.index(", she is")
    assert not own_words(text, [reported])
    # what another says runs to the end of its sentence; the next sentence is the speaker's
    assert own_words(text, [(text.index("It was"), text.rindex('."'))])


def _typeset(text: str, opening: str, closing: str) -> str:
    """``text`` with its straight double quotes as ``opening`` and ``closing`` marks."""
    parts = text.split('"')
    return (
        "".join(p + (opening if k % 2 == 0 else closing) for k, p in enumerate(parts[:-1]))
        + parts[-1]
    )


def test_a_statement_in_curly_or_single_quotes_is_the_source_of_its_own_words() -> None:
    # the statement's own marks are no quote nested in it, whatever their typography
    for opening, closing in (("\u201c", "\u201d"), ("\u2018", "\u2019")):
        speech = [_typeset(s, opening, closing) for s in SPEECH]
        pair, _ = _pair(
            HEADING + "\n\n" + "\n\n".join(speech),
            EAST[0] + " ".join(speech) + EAST[1],
            a={"source": "Department for Housing", "published": "2026-11-19T10:00:00+00:00"},
            b={"source": "Eastbrook Post", "published": "2026-11-19T14:00:00+00:00"},
        )
        assert (pair.source_id, pair.relation, pair.evidence) == ("a", "derived", "date")


def test_a_quote_reopened_for_each_paragraph_is_its_speakers_own_words() -> None:
    # a quote running over paragraphs reopens each with a mark (no quote nested in it, up
    # to the next closing apostrophe); a quote nested inside still is another's words
    text = (
        "\u201cOur plan is a promise that the coast will not be left behind again.\n\n"
        "\u201cWe will keep it, and we\u2019ll say so to the councils\u2019 leaders.\n\n"
        "\u201c\u2018Nobody will be left behind\u2019 was the minister\u2019s line.\u201d"
    )
    assert own_words(text, [(text.index("We will"), text.index("leaders."))])
    assert not own_words(text, [(text.index("Nobody"), text.index("\u2019 was"))])


def _statement(quote: str, opening: str = '"', closing: str = '"') -> str:
    return (
        "Statement from the Mayor\n\n" + opening + quote + " The homes will be ready for "
        "families who have waited far too long for a place of their own." + closing + "\n"
    )


def _own(text: str, words: str = "build five hundred new") -> bool:
    at = text.index(words)
    return own_words(text, [(at, at + len(words))])


def test_a_speaker_agreeing_with_another_or_naming_their_own_side_speaks_their_own_words() -> None:
    # "As X said, ..." asserts what follows; "our"/"this" government is the speaker's own
    # side; "It says a great deal" has no one as its subject
    for quote in (
        "As the Prime Minister said, we will build five hundred new homes this year.",
        "As the minister told us on Monday, we will build five hundred new homes this year.",
        "Our government has promised to build five hundred new homes this year.",
        "This Government has promised to build five hundred new homes this year.",
        "It says a great deal about this city that we will build five hundred new homes.",
    ):
        for opening, closing in (('"', '"'), ("\u201c", "\u201d")):
            assert _own(_statement(quote, opening, closing)), quote
    # still another's words: a report whose subject is someone else
    for quote in (
        "The Prime Minister said we will build five hundred new homes, and she is wrong.",
        "As we heard, the minister said we will build five hundred new homes, but she won't.",
        "Their government has promised to build five hundred new homes this year.",
    ):
        assert not _own(_statement(quote)), quote


def test_an_apostrophe_eliding_letters_or_a_century_opens_no_quote() -> None:
    # a straight or curly single mark before "tis", "em", "cause" or a decade elides, it does
    # not open a quote running to the next closing apostrophe ("the members' families")
    for quote in (
        "'Tis the season, and we will build five hundred new homes for the members' families.",
        "Back in the '90s we said we would build five hundred new homes for the members' families.",
        "We told 'em we will build five hundred new homes for the members' families.",
        "'Cause we will build five hundred new homes for the members' families.",
        "Back in the \u201890s we said we would build five hundred new homes for the members\u2019 "
        "families.",
    ):
        assert _own(_statement(quote)), quote
    # a quote nested in the statement still is another's words
    nested = "'We will build five hundred new homes' was the minister's line."
    assert not _own(_statement(nested))


def test_a_long_statement_of_reporting_clauses_is_read_in_linear_time() -> None:
    # each reporting clause once looked for its sentence's end to the quote's end: 200 KB of
    # clauses without a full stop took 14 seconds
    text = '"' + "he said, " * 22_000 + 'we will build five hundred new homes."\n'
    started = time.perf_counter()
    assert not _own(text)
    assert time.perf_counter() - started < 2.0


def test_a_paper_naming_itself_in_the_text_an_agency_shares_is_the_original() -> None:
    # an agency's uncredited brief of a paper's undated scoop: without dates the agency was
    # the source by its outlet name (a review); the paper names itself in the shared text
    from newstrace.stages.align.provenance import direction

    scoop = (
        "The council plans to sell Millbrook Park to a developer for 4.2 million pounds, the "
        "Lowmoor Courier can reveal. Papers seen by the Courier show three private meetings."
    )
    brief = (
        "The council plans to sell Millbrook Park to a developer for 4.2 million pounds. "
        "Papers show three private meetings."
    )
    paper = make_article(scoop, id="p", source="Lowmoor Courier")
    agency = make_article(brief, id="a", source="Albion News Agency")
    spans = (((0, len(brief)),), ((0, len(scoop)),))
    assert direction(agency, paper, 1.0, 0.8, passages=spans).source == 1
    assert direction(agency, paper, 1.0, 0.8, passages=spans).evidence == "credit"
    # a paper's own quote outside what the two share leaves the agency the source
    local = brief + " Shopkeeper Ann Lee told the Courier she was shocked."
    paper = make_article(local, id="p", source="Lowmoor Courier")
    spans = (((0, len(brief)),), ((0, len(brief)),))
    assert direction(agency, paper, 1.0, 0.7, passages=spans).evidence == "wire"
