"""Where a text names an outlet: one reader for a paper naming itself, a later text naming
an earlier one's outlet and an outlet named as the speaker of shared words.  The texts are
invented."""

from __future__ import annotations

from newstrace.text.outlets import bare_name, names_outlet_in, names_outlet_speaking


def _at(text: str, part: str) -> list[tuple[int, int]]:
    at = text.index(part)
    return [(at, at + len(part))]


def test_a_leading_the_in_the_name_reads_as_any_the() -> None:
    text = "Forecasters at the Met Office said gusts of 80mph were likely on the coast."
    assert names_outlet_in(text, "The Met Office")
    assert names_outlet_speaking(text, "The Met Office", _at(text, "the Met Office said gusts"))
    assert names_outlet_speaking("Met Office said gusts were likely.", "The Met Office",
                                 [(0, 10)])  # fmt: skip


def test_a_one_word_name_after_the_needs_its_the() -> None:
    text = "The New York Times reported the deal on Monday."
    assert not names_outlet_in(text, "The Times")
    assert names_outlet_in("Sources told the Times the deal was close.", "The Times")


def test_names_are_whole_words_and_their_possessive_names_them() -> None:
    assert not names_outlet_in("Police in Metroville searched the flat.", "Metro")
    assert names_outlet_in("Metro's reporters saw the search.", "Metro")
    assert not names_outlet_in("the metro line was closed", "Metro")  # case as written


def test_the_short_form_is_asked_for_and_not_a_longer_name() -> None:
    text = "Documents seen by the Courier show the plan."
    assert names_outlet_in(text, "Lowmoor Courier", short=True)
    assert not names_outlet_in(text, "Lowmoor Courier")
    post_office = "Queues formed at the Post Office on Monday."
    assert not names_outlet_in(post_office, "Harwick Post", short=True)


def test_a_trailing_bracket_is_no_part_of_the_name() -> None:
    assert bare_name(" Maya Rendell (Instagram) ") == "Maya Rendell"
    assert names_outlet_in("In a video, Maya Rendell asked for help.", "Maya Rendell (Instagram)")


def test_a_name_counts_only_where_it_starts_in_the_spans() -> None:
    text = "The bridge is shut. Caledon Roads said the bridge would reopen on Friday."
    named = _at(text, "Caledon Roads said the bridge")
    assert names_outlet_in(text, "Caledon Roads", named)
    assert not names_outlet_in(text, "Caledon Roads", [(0, 18)])
    # a name starting just before a span's end and running past it still counts
    end = text.index("Caledon") + 3
    assert names_outlet_speaking(text, "Caledon Roads", [(0, end)])
    assert not names_outlet_speaking(text, "Caledon Roads", [(0, end - 4)])


def test_a_speaker_is_named_before_a_speech_verb_or_after_according_to() -> None:
    said = "Caledon Roads, the operator, said the bridge would reopen."
    assert names_outlet_speaking(said, "Caledon Roads", [(0, len(said))])
    per = "The bridge will reopen, according to the Caledon Roads team."
    assert names_outlet_speaking(per, "Caledon Roads", [(0, len(per))])
    for mention in ("the Harwick Courier's campaign won", "published in the Harwick Courier"):
        assert not names_outlet_speaking(mention, "Harwick Courier", [(0, len(mention))])


def test_an_agency_is_named_like_any_outlet() -> None:
    assert names_outlet_in("As Reuters reported on Monday, the mine closed.", "Reuters")


def test_a_one_word_name_is_no_part_of_a_longer_name() -> None:
    """ "The Independent" is not named by "The Independent Schools Council said ..." (an
    attack review: undated, an agency's story was traced to the paper's reprint of it)."""
    assert not names_outlet_in("The Independent Schools Council said fees would rise.",
                               "The Independent")  # fmt: skip
    # a brand's name before its product's is the brand's (a sweep of review corpora)
    assert names_outlet_in("The Torvik AirCrisp 6L cooks with less oil.", "Torvik")
    assert names_outlet_in("A source told the Independent.", "The Independent")
    assert names_outlet_in("The Independent's reporter saw the fire.", "The Independent")
