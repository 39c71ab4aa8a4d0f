"""A source's text that reached an article through an intermediary of the corpus: a paper
printing an agency story that quotes a press release has the quote from the agency story,
so the release is no source of the paper (audits of science, police and earnings news; the
gold items of ``tests/data`` that name it).  The sibling rule covers the other way round: an
intermediary that gives nothing of its own is a sibling copy, and the common source stays."""

from __future__ import annotations

import json
from pathlib import Path

import newstrace
from newstrace.records import Alignment, Span
from newstrace.stages.align import (
    COMMON_SOURCE_HOLDS,
    RELAY_OWN,
    UNHELD_KEEP,
    _drop_outclassed,
    _withdraw_explained,
)


def _al(src: str, s: tuple[int, int], tgt: str, t: tuple[int, int]) -> Alignment:
    return Alignment(Span(src, *s), Span(tgt, *t), "verbatim", 1.0)


def _links(found: list[Alignment]) -> set[tuple[str, str]]:
    return {(x.source.article_id, x.target.article_id) for x in found}


def test_a_quote_printed_through_an_agency_story_is_the_agency_storys() -> None:
    # S (a release) gives M (an agency story) its quote, M[200:300]; T printed M[0:400],
    # quote included, so it also matches S there
    found = [
        _al("S", (0, 100), "M", (200, 300)),
        _al("M", (0, 400), "T", (0, 400)),
        _al("S", (0, 100), "T", (200, 300)),
    ]
    _withdraw_explained(found, {})
    assert _links(found) == {("S", "M"), ("M", "T")}


def test_an_intermediary_giving_nothing_of_its_own_is_a_sibling() -> None:
    # M gives T only what S gives it: two copies of S, and S is the source of both
    found = [
        _al("S", (0, 100), "M", (200, 300)),
        _al("M", (200, 300), "T", (0, 100)),
        _al("S", (0, 100), "T", (0, 100)),
    ]
    _withdraw_explained(found, {})
    assert _links(found) == {("S", "M"), ("S", "T")}


def test_the_sources_text_beyond_the_intermediarys_keeps_the_link() -> None:
    # T also has a sentence of S (S[500:600]) that M does not carry
    assert UNHELD_KEEP <= 100 and COMMON_SOURCE_HOLDS > 100 / 200
    found = [
        _al("S", (0, 100), "M", (200, 300)),
        _al("M", (0, 400), "T", (0, 400)),
        _al("S", (0, 100), "T", (200, 300)),
        _al("S", (500, 600), "T", (600, 700)),
    ]
    _withdraw_explained(found, {})
    assert ("S", "T") in _links(found)


def test_the_intermediarys_own_wording_of_the_text_keeps_the_link() -> None:
    # where T matches S, the intermediary's passage carries M[0:100], which is not the text
    # M took from S (M[300:400]): M and T share M's own sentence, and S says it too
    found = [
        _al("S", (0, 100), "M", (300, 400)),
        _al("M", (0, 250), "T", (0, 250)),
        _al("S", (0, 100), "T", (0, 100)),
    ]
    _withdraw_explained(found, {})
    assert ("S", "T") in _links(found)


def test_an_undirected_pair_is_no_intermediary() -> None:
    # M and T share an unseen source: M is not T's source, so S's link with T stays
    found = [
        _al("S", (0, 100), "M", (200, 300)),
        _al("M", (0, 400), "T", (0, 400)),
        _al("S", (0, 100), "T", (200, 300)),
    ]
    unseen = {"M": {"T"}, "T": {"M"}}
    _withdraw_explained(found, unseen)
    assert ("S", "T") in _links(found) and unseen == {"M": {"T"}, "T": {"M"}}


def test_a_passage_of_other_lengths_is_mapped_in_proportion() -> None:
    # T's passage from M is an edited one, half again as long on T's side: T[300:450] is
    # M[200:300] carried over, which is the text M took from S
    found = [
        _al("S", (0, 100), "M", (200, 300)),
        _al("M", (0, 400), "T", (0, 600)),
        _al("S", (0, 100), "T", (300, 450)),
    ]
    _withdraw_explained(found, {})
    assert _links(found) == {("S", "M"), ("M", "T")}


def test_the_sources_wording_that_the_intermediary_changed_keeps_the_link() -> None:
    # M reworded S's sentence (an edited passage of 0.72 with T); T prints S's own words
    # (verbatim with S): T cannot have them from M
    found = [
        _al("S", (0, 300), "M", (100, 400)),
        Alignment(Span("M", 0, 600), Span("T", 0, 600), "edited", 0.72),
        _al("S", (0, 300), "T", (100, 400)),
    ]
    _withdraw_explained(found, {})
    assert ("S", "T") in _links(found)


def test_the_intermediarys_own_text_elsewhere_is_no_sign_of_relaying() -> None:
    # M and T share S's paragraphs and, apart from them, a contact footer: M gives T nothing
    # of its own around S's text
    found = [
        _al("S", (0, 300), "M", (100, 400)),
        _al("M", (100, 400), "T", (200, 500)),
        _al("M", (900, 1037), "T", (800, 937)),
        _al("S", (0, 300), "T", (200, 500)),
    ]
    _withdraw_explained(found, {})
    assert ("S", "T") in _links(found)


def test_a_line_of_the_intermediarys_own_is_no_sign_of_relaying() -> None:
    # the footer follows S's paragraphs in one passage: 137 characters of M's own, a line
    assert RELAY_OWN > 137
    found = [
        _al("S", (0, 300), "M", (100, 400)),
        _al("M", (100, 537), "T", (200, 637)),
        _al("S", (0, 300), "T", (200, 500)),
    ]
    _withdraw_explained(found, {})
    assert ("S", "T") in _links(found)


def test_the_sources_text_in_the_intermediarys_words_is_the_intermediarys() -> None:
    # M rewrote S (a paraphrase); T reprints M word for word and matches S only as a
    # paraphrase: M gives T nothing around S's text, but T has it in M's words.  As the
    # stage runs them: the outclass rule drops S's paraphrase under M's verbatim passage,
    # and the sibling rule then finds no common source of M and T
    def found() -> list[Alignment]:
        return [
            Alignment(Span("S", 0, 900), Span("M", 0, 400), "paraphrase", 0.7),
            _al("M", (0, 400), "T", (0, 400)),
            Alignment(Span("S", 0, 900), Span("T", 0, 400), "paraphrase", 0.86),
        ]

    staged = found()
    _drop_outclassed(staged, {})
    _withdraw_explained(staged, {})
    assert _links(staged) == {("S", "M"), ("M", "T")}


def test_the_intermediarys_words_stand_for_text_of_its_own() -> None:
    # M's passage with T holds 80 characters of M's own (too few to count around S's text)
    # but T gives S's text in M's words, where S's passage is only a paraphrase
    assert 80 < RELAY_OWN <= 330 and UNHELD_KEEP < 80
    found = [
        Alignment(Span("S", 0, 900), Span("M", 0, 320), "paraphrase", 0.7),
        _al("M", (0, 400), "T", (0, 400)),
        Alignment(Span("S", 0, 900), Span("T", 0, 330), "paraphrase", 0.86),
    ]
    _withdraw_explained(found, {})
    assert _links(found) == {("S", "M"), ("M", "T")}
    # the same with S's passage word for word: no rewording of M's in T, S stays
    found = [
        Alignment(Span("S", 0, 900), Span("M", 0, 320), "paraphrase", 0.7),
        _al("M", (0, 400), "T", (0, 400)),
        Alignment(Span("S", 0, 900), Span("T", 0, 330), "edited", 0.9),
    ]
    _withdraw_explained(found, {})
    assert ("S", "T") in _links(found)


def test_a_reprint_of_a_rewrite_with_a_sentence_of_the_source_names_both() -> None:
    # M, a news agency, rewrote S; T reprints M word for word (0-600) and adds a sentence of
    # S that M left out (600-700): S's paraphrase covers all M and T share, but T has M's
    # words, so M is a source (the sibling rule compares coverage alone), and S is one too
    outlets = {"S": "Brenmoor University", "M": "Meridian Press Agency", "T": "Ashby Herald"}

    def found(first: Alignment) -> list[Alignment]:
        return [
            first,
            _al("M", (0, 600), "T", (0, 600)),
            Alignment(Span("S", 0, 900), Span("T", 0, 700), "paraphrase", 0.8),
        ]

    rewrite = Alignment(Span("S", 0, 900), Span("M", 0, 600), "paraphrase", 0.7)
    staged = found(rewrite)
    _withdraw_explained(staged, {}, outlets=outlets)
    assert _links(staged) == {("S", "M"), ("M", "T"), ("S", "T")}
    # M copied S's words (a verbatim passage): T's words are S's, the sibling rule decides
    staged = found(_al("S", (0, 600), "M", (0, 600)))
    _withdraw_explained(staged, {}, outlets=outlets)
    assert _links(staged) == {("S", "M"), ("S", "T")}
    # M a paper: two papers printing one rewrite share its words, T is no copy of M for that
    staged = found(rewrite)
    _withdraw_explained(staged, {}, outlets={**outlets, "M": "Kelford Gazette"})
    assert _links(staged) == {("S", "M"), ("S", "T")}


def test_a_loose_edit_of_the_source_over_the_rewrite_does_not_hide_it() -> None:
    # as above, but the sentence T adds is S's word for word, so S's passage over T is one
    # loose edit (0.74) and no paraphrase: it still gives T none of M's words, M stays
    # (a review: the reprint was traced to the release alone)
    outlets = {"S": "Brenmoor University", "M": "Meridian Press Agency", "T": "Ashby Herald"}

    def found(score: float) -> list[Alignment]:
        return [
            Alignment(Span("S", 0, 900), Span("M", 0, 600), "paraphrase", 0.9),
            _al("M", (0, 600), "T", (0, 600)),
            Alignment(Span("S", 0, 900), Span("T", 0, 700), "edited", score),
        ]

    staged = found(0.74)
    _withdraw_explained(staged, {}, outlets=outlets)
    assert _links(staged) == {("S", "M"), ("M", "T"), ("S", "T")}
    # S's passage a close edit (0.9): T's words there are S's as much as M's, M goes
    staged = found(0.9)
    _withdraw_explained(staged, {}, outlets=outlets)
    assert _links(staged) == {("S", "M"), ("S", "T")}


SCOOP = [
    "The Ashby Herald has learned that the county council plans to sell Millbrook Park, the "
    "town's largest green space, to a housing developer for 4.2 million pounds.",
    "Papers seen by the Herald show that officials have held three private meetings with "
    "Harbourline Homes since March to discuss building 240 houses on the site.",
    "Residents who campaigned to save the park's bandstand in 2019 said they had not been "
    "told of the plan and would fight it at every stage.",
    "The council's cabinet is due to vote on the sale at a closed session on 14 July, "
    "according to an agenda circulated to members last week.",
]
WIRE = [
    "A county council in the north of England plans to sell Millbrook Park, the largest green "
    "space in Ashby, to a housing developer for 4.2 million pounds, the Ashby Herald reported.",
    "Papers seen by the newspaper show officials have held three private meetings with "
    "Harbourline Homes since March to discuss building 240 houses on the site.",
    "The council's cabinet is due to vote on the sale at a closed session on 14 July.",
    "A council spokeswoman said no decision had been taken and that any sale would follow a "
    "full public consultation lasting at least twelve weeks.",
    "Harbourline Homes, which has built more than 3,000 homes across the region since 2011, "
    "declined to comment on what it called commercially sensitive discussions.",
    "The Open Spaces Society said selling a public park for housing set a dangerous precedent "
    "at a time when towns were being urged to protect their green spaces.",
]
LOCAL = [
    "In Dunmere, where the council sold the Riverside Gardens in 2016, campaigners said the "
    "news from Ashby felt painfully familiar and offered to share what they had learned.",
    "The Dunmere Evening Post will follow the consultation and report on the cabinet vote.",
]


def _record(key: str, source: str, published: str, paras: list[str]) -> str:
    text = "\n\n".join(paras)
    return json.dumps({"id": key, "source": source, "published": published, "title": key,
                       "text": text})  # fmt: skip


def test_a_scoop_taken_up_by_a_wire_story_is_no_source_of_its_reprint(tmp_path: Path) -> None:
    # the Herald's scoop -> the agency's story (the scoop's sentences, lightly edited, and
    # reactions of its own) -> a paper printing the agency story with local paragraphs: the
    # paper has the scoop's sentences from the agency story, not from the Herald
    corpus = tmp_path / "chain.jsonl"
    rows = [
        _record("scoop", "Ashby Herald", "2026-06-30T06:00:00Z", SCOOP),
        _record("wire", "Meridian Press Agency", "2026-06-30T11:00:00Z", WIRE),
        _record("paper", "Dunmere Evening Post", "2026-06-30T17:00:00Z", WIRE + LOCAL),
    ]
    corpus.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with newstrace.open(tmp_path / "n.db") as c:
        c.add(corpus)
        c.analyze()
        key = {a.id: str(a.metadata["id"]) for a in c.articles()}
        sources = {key[p.article_id]: {key[s] for s in p.sources} for p in c.provenance()}
    assert sources.get("wire") == {"scoop"}
    assert sources.get("paper") == {"wire"}


def test_two_copies_of_a_joint_release_with_their_own_tails_are_siblings() -> None:
    # a university and a health trust put out one release, each with its own "About" tail; a
    # paper's short rewrite matches each whole release as one summary passage, tails
    # included: the trust's copy is the university's (a source of both), so the paper is
    # the university's alone (a review: it was traced to both copies)
    body = "Researchers found that a ten-minute walk after meals lowers blood sugar. " * 10
    uni = body + "\n\nEnds\n\nAbout Halvern University\n\n" + "Halvern University teaches. " * 8
    trust = body + "\n\nEnds\n\nAbout Carrick Health Trust\n\n" + "The trust runs clinics. " * 9
    texts = {"uni": uni, "trust": trust, "paper": "A short walk helps. " * 20}

    def found() -> list[Alignment]:
        return [
            _al("uni", (0, len(body)), "trust", (0, len(body))),
            Alignment(Span("uni", 0, len(uni)), Span("paper", 0, 400), "paraphrase", 0.97),
            Alignment(Span("trust", 0, len(trust)), Span("paper", 0, 400), "paraphrase", 0.98),
        ]

    staged = found()
    _withdraw_explained(staged, {}, texts=texts)
    assert _links(staged) == {("uni", "trust"), ("uni", "paper")}
    # without the texts the tails count, as before: both copies stay
    staged = found()
    _withdraw_explained(staged, {})
    assert ("trust", "paper") in _links(staged)


def test_a_rewrite_crediting_the_agency_keeps_it_as_its_source() -> None:
    # R (a release) -> W (an agency's copy of it) -> C (a rewrite of W crediting the agency):
    # what W and C share lies in R, and the sibling rule dropped W -> C (a review: C was
    # traced to the release alone); C's credit names W's outlet, so W stays
    outlets = {"R": "Brennock Water", "W": "Meridian Press Agency", "C": "Tollbridge Courier"}
    said = "Work starts in June, according to Meridian Press Agency. " * 8
    texts = {"R": "x" * 900, "W": "y" * 900, "C": said}

    def found() -> list[Alignment]:
        return [
            _al("R", (0, 800), "W", (0, 800)),
            Alignment(Span("W", 0, 800), Span("C", 0, 400), "paraphrase", 0.6),
            Alignment(Span("R", 0, 800), Span("C", 0, 300), "paraphrase", 0.5),
        ]

    staged = found()
    _withdraw_explained(staged, {}, outlets=outlets, texts=texts)
    assert ("W", "C") in _links(staged)
    # no credit: the sibling rule decides, as before
    staged = found()
    _withdraw_explained(staged, {}, outlets=outlets, texts={**texts, "C": "z" * 480})
    assert ("W", "C") not in _links(staged)
    # a credit for another fact, past what C took from W, keeps nothing (a review)
    credit = "A lorry hit it, according to Meridian Press Agency."
    other = "The bridge shuts in June. " * 17 + credit
    staged = found()
    _withdraw_explained(staged, {}, outlets=outlets, texts={**texts, "C": other})
    assert ("W", "C") not in _links(staged)
