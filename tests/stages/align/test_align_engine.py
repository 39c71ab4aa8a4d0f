"""Candidates, boilerplate, provenance and the stage contract of the align package."""

from __future__ import annotations

import dataclasses

from newstrace.config import Settings
from newstrace.records import Alignment, Article, DuplicateGroup, RecordSet, Span
from newstrace.stages import align
from newstrace.stages.align.boilerplate import boilerplate_spans
from newstrace.stages.align.candidates import CandidateParams, candidate_pairs, ngram_pairs
from newstrace.stages.align.provenance import (
    WHOLLY_SHARE,
    direction,
    label,
    longest_gap,
    press_signals,
    provenance,
)
from newstrace.stages.align.sentences import SentenceCache
from newstrace.stages.ingest.article import make_article

TOPICS = [
    "The harbour master reported calm seas and light winds across the northern bay today.",
    "Astronomers observed a faint comet passing close to the orbit of Jupiter last week.",
    "Volunteers planted four hundred oak saplings on the hills above the old quarry.",
    "Museum curators restored a medieval tapestry damaged by moths and damp air.",
    "The football club announced that its stadium roof would be replaced next summer.",
    "Local bakers said flour prices had doubled since the beginning of the spring season.",
]
STORY = (
    "The health ministry confirmed that hospital waiting lists fell by twelve percent in March. "
    "Officials credited the drop to extra weekend clinics staffed by retired consultants. "
    "Opposition leaders questioned whether the improvement could last through the winter."
)
FOOTER = (
    "Sign up to our morning newsletter for the best stories delivered to your inbox. "
    "Follow our reporters on social media for live updates throughout the day."
)
EXTRA = [
    "Ticket sales for the summer concert series opened on Friday morning.",
    "The town council voted to repaint the old lighthouse in red and white stripes.",
]


def _corpus() -> list[Article]:
    arts = [make_article(t, id=f"u{i}") for i, t in enumerate(TOPICS)]
    arts.append(make_article(STORY + " " + EXTRA[0], id="src", published="2024-03-01"))
    arts.append(make_article(EXTRA[1] + " " + STORY, id="copy", published="2024-03-02"))
    return arts


def test_candidates_pair_only_articles_sharing_text() -> None:
    arts = _corpus()
    cache = SentenceCache()
    docs = [cache.get(a.id, a.text) for a in arts]
    pairs = candidate_pairs(arts, docs, cache.vocab.n_stop)
    ids = {(arts[i].id, arts[j].id) for i, j in pairs}
    assert ("src", "copy") in ids
    assert len(pairs) < len(arts) * (len(arts) - 1) // 2
    window = CandidateParams(window_days=0)
    assert candidate_pairs(arts, docs, cache.vocab.n_stop, window) == [
        p for p in pairs if {arts[p[0]].id, arts[p[1]].id} != {"src", "copy"}
    ]


def test_ngram_index_respects_document_frequency_cap() -> None:
    texts = [STORY] * 5
    assert len(ngram_pairs(texts, CandidateParams())) == 10
    assert ngram_pairs(texts, CandidateParams(max_df=4)) == {}


def test_stage_links_copy_to_earlier_source_and_labels() -> None:
    rs = align.run(RecordSet(articles=tuple(_corpus())), Settings())
    links = [a for a in rs.alignments if not a.boilerplate]
    assert links and all(
        (a.source.article_id, a.target.article_id) == ("src", "copy") for a in links
    )
    prov = {p.article_id: p for p in rs.provenance}
    assert set(prov) == {a.id for a in rs.articles}
    assert prov["copy"].sources["src"] > 0.5
    assert prov["copy"].label != "non"
    assert prov["src"].reused_share == 0.0 and prov["u0"].label == "non"


def test_own_paragraph_makes_a_copy_partially_derived() -> None:
    own = "Back home, the county hospital's chief nurse said her team had worked every weekend."
    arts = _corpus()[:-1]  # "src" holds STORY, published first
    arts.append(make_article(STORY, id="copy", source="Courier", published="2024-03-02"))
    mixed = STORY + " " + own
    arts.append(make_article(mixed, id="mixed", source="Gazette", published="2024-03-02"))
    prov = {
        p.article_id: p for p in align.run(RecordSet(articles=tuple(arts)), Settings()).provenance
    }
    assert prov["copy"].label == "wholly"
    # mostly copied (a share that alone reads "wholly"), but with a block of its own
    assert prov["mixed"].reused_share >= WHOLLY_SHARE
    assert prov["mixed"].label == "partially"


def test_label_thresholds_and_own_block() -> None:
    assert label(0.9) == "wholly" and label(0.9, own_block=0.1) == "wholly"
    assert label(0.8, own_block=0.22) == "partially"  # copy plus a paragraph of its own
    assert label(0.3) == "partially" and label(0.1) == "non"
    assert longest_gap([(10, 20), (15, 30), (40, 45)], 50) == 10
    assert longest_gap([], 7) == 7 and longest_gap([(0, 7)], 7) == 0


def test_stage_time_window_drops_pairs_published_too_far_apart() -> None:
    arts = tuple(_corpus())  # src and copy are published one day apart
    near = align.run(
        RecordSet(articles=arts), Settings().with_overrides({"reuse.align_window_days": 1})
    )
    assert any(a.target.article_id == "copy" for a in near.alignments)
    far = align.run(
        RecordSet(articles=arts), Settings().with_overrides({"reuse.align_window_days": 0})
    )
    assert not far.alignments


def test_duplicates_are_not_aligned_and_their_own_text_is_measured() -> None:
    arts = _corpus()
    copy = next(a for a in arts if a.id == "copy")
    twin = make_article(copy.text, id="twin", published="2024-03-03")
    group = DuplicateGroup("g1", "near", "src", ("src", "copy", "twin"), 0.9)
    rs = align.run(RecordSet(articles=(*arts, twin), duplicates=(group,)), Settings())
    assert not rs.alignments
    prov = {p.article_id: p for p in rs.provenance}
    # "copy" opens with a sentence of its own (EXTRA[1]) before the canonical's story: that
    # sentence is not reused, and at 22% of the copy it is a block of its own
    own = copy.text.index(STORY[:40]) / len(copy.text)
    assert prov["copy"].sources["src"] == prov["copy"].reused_share
    assert abs(prov["copy"].reused_share - (1 - own)) < 0.01
    assert prov["copy"].label == "partially"
    # "twin" holds nothing the canonical copy lacks but that sentence
    assert prov["twin"].sources == {"src": prov["copy"].reused_share}


def test_an_exact_copy_is_wholly_derived_from_its_canonical_copy() -> None:
    arts = _corpus()
    dup = make_article(arts[-2].text, id="dup", published="2024-03-03")
    group = DuplicateGroup("g1", "exact", "src", ("src", "dup"), 1.0)
    rs = align.run(RecordSet(articles=(*arts, dup), duplicates=(group,)), Settings())
    prov = {p.article_id: p for p in rs.provenance}
    assert prov["dup"].label == "wholly" and prov["dup"].sources == {"src": 1.0}
    assert prov["dup"].reused_share == 1.0


def test_boilerplate_footer_is_flagged_and_not_counted() -> None:
    arts = [make_article(f"{TOPICS[i]} {FOOTER}", id=f"b{i}", source="Daily") for i in range(4)]
    cache = SentenceCache()
    spans = boilerplate_spans(arts, [cache.get(a.id, a.text) for a in arts])
    assert set(spans) == {a.id for a in arts}
    rs = align.run(RecordSet(articles=tuple(arts)), Settings())
    assert rs.alignments and all(a.boilerplate for a in rs.alignments)
    for a in rs.alignments:
        assert rs.article(a.source.article_id).text[a.source.start : a.source.end] == FOOTER
    assert all(p.reused_share == 0.0 for p in rs.provenance)


def test_direction_evidence_order() -> None:
    a = make_article(STORY, id="a", published="2024-01-02")
    b = make_article(STORY, id="b", published="2024-01-01")
    assert direction(a, b, 0.5, 0.5).source == 1
    release = make_article(
        "Notes to editors\nThe minister will announce new plans. We will act.\nENDS\n", id="r"
    )
    plain = make_article("The minister announced new plans on Monday.", id="p")
    assert press_signals(release.text) >= 3 > press_signals(plain.text)
    assert direction(plain, release, 0.5, 0.5).source == 1
    undated = dataclasses.replace(a, published=None), dataclasses.replace(b, published=None)
    assert direction(*undated, 0.9, 0.3).source == 1
    assert direction(*undated, 0.4, 0.45).source is None


def test_merge_overlaps_joins_source_overlapping_detections() -> None:
    from newstrace.stages.align.align import _merge_overlaps

    dets = [(0, 100, 500, 600, 0.5), (80, 300, 620, 700, 0.7), (400, 450, 10, 60, 0.4)]
    sentences = [(i, i + 10) for i in range(0, 2000, 20)]  # target sentences of 10 characters
    merged = _merge_overlaps(dets, sentences)
    assert merged == [(400, 450, 10, 60, 0.4), (0, 300, 500, 700, 0.7)]


def test_merge_overlaps_keeps_detections_far_apart_in_the_target() -> None:
    """A summary's widened source side overlaps other passages' sources; their target sides
    far apart, with the target's own sentences between, are not one passage."""
    from newstrace.stages.align.align import _merge_overlaps

    sentences = [(i, i + 10) for i in range(0, 2000, 20)]
    dets = [(0, 900, 1500, 1560, 0.5), (200, 300, 100, 160, 0.7)]
    merged = _merge_overlaps(dets, sentences)
    assert merged == [(200, 300, 100, 160, 0.7), (0, 900, 1500, 1560, 0.5)]


def test_text_shared_with_an_unseen_source_peer_is_not_own_text() -> None:
    art = make_article("x" * 1000, id="t")
    links = [
        Alignment(Span("s", 0, 700), Span("t", 0, 700), "verbatim", 1.0),
        Alignment(Span("p", 0, 300), Span("t", 700, 1000), "verbatim", 1.0),
    ]
    (prov,) = provenance([art], links, unseen={"t": {"p"}})
    assert prov.reused_share == 0.7 and prov.sources == {"s": 0.7}
    assert prov.label == "wholly"  # the last 30% is wire copy, not the writer's own block
    (alone,) = provenance([art], links[:1])
    assert alone.label == "partially"  # without the peer, 30% is text of its own
