"""An agency dateline opening a line is left out of its sentence: a rewrite or reprint drops
it, and its words kept the wire's lead from matching the rewrite's."""

from __future__ import annotations

import pytest

from newstrace.stages.align.sentences import split_sentences
from newstrace.text.credits import dateline_end

LEAD = "A fire at the Ostler plant forced the evacuation of about 300 homes overnight."


@pytest.mark.parametrize(
    "dateline",
    [
        "BRACKWELL, March 10 (Norland Press Agency) - ",
        "LONDON (Reuters) \u2014 ",
        "Springfield, Ill., Nov. 3 (AP) \u2013 ",
        # the agencies of other languages (a review)
        "Hannover (dpa/lni) - ",
        "D\u00fcsseldorf (NPA) - ",
        "PARIS, 10 mars (AFP) - ",
        "Sevilla, 10 mar (EFE).- ",
    ],
)
def test_a_dateline_opening_the_text_or_a_line_is_left_out(dateline: str) -> None:
    text = dateline + LEAD
    (span,) = split_sentences(text)
    assert text[span[0] : span[1]] == LEAD
    titled = "Chemical plant fire\n\n" + text
    spans = split_sentences(titled)
    assert titled[spans[-1][0] : spans[-1][1]] == LEAD


def test_no_dateline_no_change_and_party_labels_are_not_datelines() -> None:
    assert split_sentences(LEAD) == [(0, len(LEAD))]
    results = "Holborn (Labour) - Keir Starmer held the seat with a majority of 11,572 votes."
    assert split_sentences(results) == [(0, len(results))]
    inside = "He said that LONDON (Reuters) - style openings are a habit of agency copy."
    assert split_sentences(inside) == [(0, len(inside))]


def test_a_dateline_with_almost_nothing_after_it_stays() -> None:
    text = "BRACKWELL (Norland Press Agency) - Fire out."
    assert dateline_end(text, 0, len(text)) > 0
    assert split_sentences(text) == [(0, len(text))]


@pytest.mark.parametrize(
    "line",
    [
        # a name and its abbreviation opening a line
        "World Health Organization (WHO) - the United Nations agency - warned that cases "
        "were rising again.",
        # a title-case headline joined to its first sentence
        "Old Town Market Stalls Face Closure As Rents Rise Again In Hollins (Updated) - "
        "Traders say they cannot pay the new fees.",
    ],
)
def test_a_line_shaped_like_a_dateline_keeps_its_words(line: str) -> None:
    assert dateline_end(line, 0, len(line)) == 0
    assert split_sentences(line)[0][0] == 0


WIRE = (
    "Hannover (npa) - Die Stadt Hannover will bis 2030 alle Ampeln in der Innenstadt auf "
    "sparsame LED-Technik umstellen. Das beschloss der Rat am Donnerstag mit breiter "
    "Mehrheit.\n\nDie Umr\u00fcstung soll rund 4,2 Millionen Euro kosten und den Stromverbrauch "
    "der Anlagen um zwei Drittel senken. Die ersten Kreuzungen am Steintor werden im "
    "Fr\u00fchjahr umgebaut."
)


def test_two_papers_printing_one_agency_story_share_it_as_an_unseen_source() -> None:
    """Two papers print a German agency's story ("Hannover (npa) -"), one with a local
    paragraph, the agency's own copy not in the corpus: neither is the other's source (a
    review: the small-letter initials were no credit, and the cut copy was traced to the
    longer one by containment)."""
    from newstrace.config import Settings
    from newstrace.records import RecordSet
    from newstrace.stages import align, dedup
    from newstrace.stages.ingest.article import make_article

    local = (
        WIRE + "\n\nAuch in Linden sollen die Ampeln bis 2027 erneuert werden, sagte ein Sprecher."
    )
    cut = WIRE[: WIRE.index("\n\n")]
    records = RecordSet(
        articles=(
            make_article(local, id="local", source="Lindener Anzeiger", language="de"),
            make_article(cut, id="cut", source="Kelmbacher Zeitung", language="de"),
        )
    )
    out = align.run(dedup.run(records, Settings()), Settings())
    assert [(p.relation, p.evidence) for p in out.pairs] == [("unseen_source", "credit")]
