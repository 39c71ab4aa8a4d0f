"""A passage of a weaker source is dropped where a better source of the same target covers
it: the target took those words from the better one."""

from __future__ import annotations

import dataclasses

from newstrace.records import Alignment, Span
from newstrace.stages.align import OUTCLASS_MARGIN, _drop_outclassed, _drop_own_words_returned


def _al(src: str, tgt: tuple[int, int], kind: str, score: float) -> Alignment:
    return Alignment(Span(src, 0, 100), Span("T", *tgt), kind, score)


def test_a_weaker_edited_passage_under_a_better_source_goes() -> None:
    found = [_al("old", (0, 100), "edited", 0.71), _al("new", (0, 300), "edited", 0.94)]
    _drop_outclassed(found, {})
    assert [x.source.article_id for x in found] == ["new"]


def test_ties_verbatim_partial_cover_and_undirected_pairs_stay() -> None:
    def run(found: list[Alignment], undirected: dict[str, set[str]] | None = None) -> set[str]:
        _drop_outclassed(found, undirected or {})
        return {x.source.article_id for x in found}

    close = 0.71 + OUTCLASS_MARGIN / 2  # not better by the margin
    assert run([_al("a", (0, 100), "edited", 0.71), _al("b", (0, 100), "edited", close)]) == {
        "a",
        "b",
    }
    assert run([_al("a", (0, 100), "verbatim", 0.8), _al("b", (0, 100), "verbatim", 1.0)]) == {
        "a",
        "b",
    }
    # the better source covers only half of the weaker passage
    assert run([_al("a", (0, 100), "paraphrase", 0.5), _al("b", (50, 100), "edited", 0.9)]) == {
        "a",
        "b",
    }
    # no direction between the weaker source and the target: its orientation means nothing
    found = [_al("a", (0, 100), "paraphrase", 0.5), _al("b", (0, 100), "edited", 0.9)]
    assert run(found, {"T": {"a"}, "a": {"T"}}) == {"a", "b"}


def test_a_paraphrase_does_not_outclass_an_edited_passage() -> None:
    # a paraphrase's score is a cosine, an edited passage's a character ratio: an edited
    # passage of A at 0.7 holds the target's words more closely than B's paraphrase at 0.9
    found = [_al("A", (0, 100), "edited", 0.7), _al("B", (0, 100), "paraphrase", 0.9)]
    _drop_outclassed(found, {})
    assert {x.source.article_id for x in found} == {"A", "B"}
    # a better paraphrase still outclasses a weaker paraphrase
    found = [_al("A", (0, 100), "paraphrase", 0.6), _al("B", (0, 100), "paraphrase", 0.9)]
    _drop_outclassed(found, {})
    assert [x.source.article_id for x in found] == ["B"]


def test_a_paraphrase_where_the_target_is_another_sources_word_for_word_goes() -> None:
    # a reprint of an agency story (verbatim, 1.0) matches the release the agency rewrote as a
    # paraphrase of 0.86: less than the margin apart, but the words are the agency's
    assert 0.86 + OUTCLASS_MARGIN > 1.0
    found = [
        _al("release", (0, 1000), "paraphrase", 0.86),
        _al("agency", (0, 1000), "verbatim", 1.0),
    ]
    _drop_outclassed(found, {})
    assert [x.source.article_id for x in found] == ["agency"]
    # an edited passage is no paraphrase: two wordings close to the target, both kept
    found = [_al("release", (0, 1000), "edited", 0.9), _al("agency", (0, 1000), "verbatim", 1.0)]
    _drop_outclassed(found, {})
    assert {x.source.article_id for x in found} == {"release", "agency"}
    # a loose edited passage is no word-for-word source either
    found = [_al("release", (0, 1000), "paraphrase", 0.7), _al("agency", (0, 1000), "edited", 0.8)]
    _drop_outclassed(found, {})
    assert {x.source.article_id for x in found} == {"release", "agency"}


def test_a_sentence_only_the_weaker_source_gives_keeps_its_passage() -> None:
    # the better source covers 85% of the weaker passage, but the 150 characters it leaves
    # are a sentence only the weaker source gives: the target took that sentence from it
    found = [_al("wire", (0, 1000), "edited", 0.7), _al("paper", (0, 850), "edited", 0.95)]
    _drop_outclassed(found, {})
    assert {x.source.article_id for x in found} == {"wire", "paper"}
    found = [_al("wire", (0, 1000), "paraphrase", 0.7), _al("paper", (0, 850), "verbatim", 1.0)]
    _drop_outclassed(found, {})
    assert {x.source.article_id for x in found} == {"wire", "paper"}


def test_a_sentence_a_fuller_source_gives_as_well_is_not_a_second_source() -> None:
    # a rewrite of the second quarter's results (q2: two passages) and the guidance sentence
    # both quarters' releases give, scoring alike: the first quarter's release is no source
    # (a review)
    def run(*found: Alignment) -> set[str]:
        kept = list(found)
        _drop_outclassed(kept, {})
        return {x.source.article_id for x in kept}

    guidance = _al("q2", (0, 100), "paraphrase", 0.65)
    results = _al("q2", (200, 400), "edited", 0.91)
    assert run(_al("q1", (0, 100), "paraphrase", 0.63), guidance, results) == {"q2"}
    # q1 closer, q1 with text of its own besides, or q2 with no other text: both stay
    assert run(_al("q1", (0, 100), "paraphrase", 0.7), guidance, results) == {"q1", "q2"}
    own = _al("q1", (500, 600), "paraphrase", 0.5)
    assert run(_al("q1", (0, 100), "paraphrase", 0.63), own, guidance, results) == {"q1", "q2"}
    assert run(_al("q1", (0, 100), "paraphrase", 0.63), guidance) == {"q1", "q2"}
    # a verbatim passage is weighed only against verbatim passages: a second agency's quote
    # that a paper printed inside the first agency's story word for word (a review)
    assert run(_al("q1", (0, 100), "verbatim", 1.0), guidance, results) == {"q1", "q2"}
    story = _al("q2", (0, 400), "verbatim", 1.0)
    assert run(_al("q1", (100, 200), "verbatim", 1.0), story) == {"q2"}


def test_a_copy_of_a_source_never_outclasses_that_source() -> None:
    # an agency's write-thru S; a paper P printed it word for word; T mixes the first version
    # with a paragraph of S, which P's exact copy matches better (1.0) than S itself (0.75):
    # P's text there is S's, so S's passage stays (a review: T lost the write-thru)
    def found(copy: str) -> list[Alignment]:
        return [
            Alignment(
                Span("S", 0, 300), Span("P", 0, 300), copy, 1.0 if copy == "verbatim" else 0.7
            ),
            Alignment(Span("S", 100, 200), Span("T", 500, 600), "edited", 0.75),
            Alignment(Span("P", 100, 200), Span("T", 500, 600), "verbatim", 1.0),
        ]

    kept = found("verbatim")
    _drop_outclassed(kept, {})
    assert ("S", "T") in {(x.source.article_id, x.target.article_id) for x in kept}
    # P's own rewording of S (a paraphrase) is P's: it outclasses S's looser passage
    kept = found("paraphrase")
    _drop_outclassed(kept, {})
    assert ("S", "T") not in {(x.source.article_id, x.target.article_id) for x in kept}
    # a duplicate's copied text counts as a copy too
    kept = found("paraphrase")[1:]
    _drop_outclassed(kept, {}, {"P": ("S", [(0, 300)])})
    assert ("S", "T") in {(x.source.article_id, x.target.article_id) for x in kept}


def test_an_edited_passage_under_a_verbatim_source_goes_whatever_its_score() -> None:
    """The target's words there are the verbatim source's as they stand, not the edited
    one's: a paper's notices column printing two road-closure orders of one council word for
    word credited each order with both, the other filling of the form scoring 0.92 (a review
    of local government notices)."""
    council = {"other": "Larkhill Borough Council", "printed": "Larkhill Borough Council"}
    found = [_al("other", (0, 100), "edited", 0.92), _al("printed", (0, 100), "verbatim", 1.0)]
    _drop_outclassed(found, {}, None, council)
    assert [x.source.article_id for x in found] == ["printed"]
    # a verbatim source covering half of it leaves it alone
    found = [_al("other", (0, 100), "edited", 0.92), _al("printed", (50, 100), "verbatim", 1.0)]
    _drop_outclassed(found, {}, None, council)
    assert {x.source.article_id for x in found} == {"other", "printed"}
    # nor one of another outlet: undated, it may be the target's copy (see the next test)
    found = [_al("other", (0, 100), "edited", 0.92), _al("printed", (0, 100), "verbatim", 1.0)]
    _drop_outclassed(found, {}, None, {**council, "printed": "Oakbridge Mercury"})
    assert {x.source.article_id for x in found} == {"other", "printed"}


def test_an_outlet_refilling_its_form_is_no_copy_of_a_story_of_its_first_filling() -> None:
    """A rail operator's statement for the next strike refills its March statement (the
    passage flagged as its form); a paper's story of the March statement holds the same
    sentences, and was made the April statement's source (the sweep of earlier review
    corpora)."""
    outlets = {"mar": "Corriden Rail", "apr": "Corriden Rail", "paper": "Brackenford Echo"}

    def al(src: str, tgt: str, s: tuple[int, int], t: tuple[int, int], flag: bool) -> Alignment:
        return Alignment(Span(src, *s), Span(tgt, *t), "edited", 0.9, boilerplate=flag)

    form = al("mar", "apr", (0, 500), (0, 500), True)
    story = al("mar", "paper", (100, 300), (0, 200), False)
    back = al("paper", "apr", (0, 200), (100, 300), False)
    found = [form, story, back]
    _drop_own_words_returned(found, {}, outlets)
    assert found == [form, story]
    # a copy of the March statement, not its form refilled: the other rules weigh it
    found = [dataclasses.replace(form, boilerplate=False), story, back]
    _drop_own_words_returned(found, {}, outlets)
    assert back in found
    # the paper's words not taken from the March statement stay
    found = [form, al("mar", "paper", (400, 500), (300, 400), False), back]
    _drop_own_words_returned(found, {}, outlets)
    assert back in found


def test_the_words_taken_are_shown_by_copies_the_rule_keeps() -> None:
    """A wire's December story of a statistics office's December bulletin, both refilling
    their own November forms: the wire's November story's passages into the December
    bulletin are dropped (the bulletin has those words from its November form), so they
    show nothing taken, and the December bulletin stays the December story's source (a
    sweep review: it lost the bulletin to the November one)."""
    outlets = {
        "rel1": "Statistics Office",
        "rel2": "Statistics Office",
        "wire1": "Wire",
        "wire2": "Wire",
    }

    def al(src: str, tgt: str, span: tuple[int, int], flag: bool = False) -> Alignment:
        return Alignment(Span(src, *span), Span(tgt, *span), "edited", 0.9, boilerplate=flag)

    found = [
        al("rel1", "rel2", (0, 300), True),  # the office's form
        al("wire1", "wire2", (0, 300), True),  # the wire's form
        al("rel1", "wire1", (0, 300)),  # the wire's November story of the November bulletin
        al("wire1", "rel2", (0, 300)),  # its words in the December bulletin
        al("rel2", "wire2", (0, 300)),  # the December story of the December bulletin
    ]
    _drop_own_words_returned(found, {}, outlets)
    assert [(x.source.article_id, x.target.article_id) for x in found] == [
        ("rel1", "rel2"),
        ("wire1", "wire2"),
        ("rel1", "wire1"),
        ("rel2", "wire2"),
    ]
    # a boilerplate passage shows nothing taken either
    found = [al("mar", "apr", (0, 300), True), al("mar", "pap", (0, 300), True)]
    found.append(al("pap", "apr", (0, 300)))
    _drop_own_words_returned(found, {}, {"mar": "Op", "apr": "Op", "pap": "Paper"})
    assert len(found) == 3
