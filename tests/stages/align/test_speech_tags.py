"""A passage that is only a speech tag ("Chief executive Rhona Galbraith said: “") is no reuse:
two releases of one organisation share it whenever the same person speaks in both."""

from __future__ import annotations

import pytest

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align
from newstrace.stages.align.align import _tags_say_other_things, speech_tag
from newstrace.stages.ingest.article import make_article

TAIL = (
    "\n\nEnds\n\nNotes to editors\n\nKelport Harbour Trust is an independent statutory body "
    "that runs the port of Kelport. Media enquiries: press@kelportharbour.example, "
    "01632 960 111.\n"
)
MARCH = (
    "PRESS RELEASE\n\nCaptain Moira Dunlop has been appointed harbour master of Kelport, the "
    "first woman to hold the post in the port's 200-year history.\n\nCaptain Dunlop joins "
    "from the port of Aberlin, where she was deputy harbour master for six years.\n\n"
    "Chief executive Rhona Galbraith said: \u201cMoira brings a wealth of experience of busy "
    "working ports.\u201d" + TAIL
)
APRIL = (
    "PRESS RELEASE\n\nHarbour Trust to dredge Kelport channel as cargo ships grow\n\n"
    "The Kelport Harbour Trust will spend \u00a338 million dredging the port's main channel to "
    "a depth of 14.5 metres, so that container ships of up to 9,000 containers can berth at all "
    "states of the tide.\n\nWork will start in September and take 18 months. About 2.1 "
    "million cubic metres of silt will be removed and taken to a licensed disposal site 12 "
    "miles offshore.\n\nThe trust expects the deeper channel to bring 300 new jobs to the port "
    "by 2030 and to double the number of ships calling each week.\n\nChief executive Rhona "
    "Galbraith said: \u201cShips are getting bigger every year. Without this work, Kelport "
    "would be shut out of the trade routes that keep this town working.\u201d\n\nMarine "
    "scientist Dr Ewan Tolley, who led the environmental survey, said: \u201cThe survey found "
    "no seagrass or protected species in the channel itself, and the work will pause during "
    "the spring fish migration.\u201d" + TAIL
)


@pytest.mark.parametrize(("text", "tag"), [
    ("Chief executive Rhona Galbraith said: \u201c", True),
    ("Mayor Ann Lee told reporters: \"", True),
    ("He said:", True),
    ("Chief executive Rhona Galbraith said the dredging would start in May.", False),
    ("The council said on Monday that the bridge would close for a month.", False),
])  # fmt: skip
def test_speech_tags(text: str, tag: bool) -> None:
    assert speech_tag(text) is tag


def test_two_releases_sharing_only_a_speech_tag_are_not_linked() -> None:
    arts = (
        make_article(MARCH, id="m", source="Kelport Harbour Trust", published="2026-03-02"),
        make_article(APRIL, id="a", source="Kelport Harbour Trust", published="2026-04-14"),
    )
    out = align.run(RecordSet(articles=arts), Settings())
    assert not out.pairs
    assert all(x.boilerplate for x in out.alignments)


@pytest.mark.parametrize(("src", "tgt", "other"), [
    # one speaker, two different quotes (a review: two releases of one council were "derived"
    # through the tag, which opens the quote's sentence)
    ("Councillor Priya Landen, cabinet member for culture, said: \"This is a building the "
     "whole town can be proud of.",
     "Councillor Priya Landen, cabinet member for culture and leisure, said: \"Our parks were "
     "a lifeline for many families during difficult times, and this grant lets us give "
     "something back.", True),
    # the same quote, word for word or reworded: what was said is shared
    ("Councillor Priya Landen said: \"This is a building the whole town can be proud of.",
     "Councillor Priya Landen said: \"This is a building the whole town can be proud of.",
     False),
    ("Councillor Priya Landen said: \"This is a building the whole town can be proud of.",
     "Councillor Priya Landen said: \"The whole town will be proud of this building.", False),
    # no quotation opened: a reported statement's words are what it says
    ("The council said the library would open on Saturday after a two-year delay.",
     "The council said the pool would reopen in May.", False),
])  # fmt: skip
def test_one_speaker_saying_other_things_is_no_reuse(src: str, tgt: str, other: bool) -> None:
    assert _tags_say_other_things(src, tgt) is other


def test_a_seed_matched_by_its_speech_tag_is_no_seed() -> None:
    """Two sentences opening with one speaker's tag, whose quotes share two words ("I thought
    the lads"), pass the paraphrase test only through the tag: no seed (a review: a club's
    reports of two matches were linked through the manager's tag, 0.48)."""
    from newstrace.stages.align.align import _tag_made_the_match

    one = (
        'Manager Tomasz Reyes said: "I thought the lads were excellent today from first '
        "minute to last."
    )
    two = (
        'Manager Tomasz Reyes said: "It was not our best performance, but I thought the lads '
        "showed great character to keep going."
    )
    assert _tag_made_the_match(one, two)
    trimmed = 'Manager Tomasz Reyes said: "I thought the lads were excellent today."'
    assert not _tag_made_the_match(one, trimmed)  # the quote itself, trimmed
    assert not _tag_made_the_match("The lads were excellent.", two)  # one tag only
