"""A near copy's own paragraph is not its canonical copy's text when links are withdrawn.

A wire story W and a paper's reprint D of it with a local paragraph of D's own (a near
duplicate of W); a third paper T takes a wire sentence and D's local paragraph.  W does not
hold that paragraph, so the D -> T link is not explained by W and stays.
"""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import Alignment, DuplicateGroup, RecordSet, Span
from newstrace.stages import align
from newstrace.stages.align import _withdraw_explained
from newstrace.stages.ingest.article import make_article


def _al(src: str, s: tuple[int, int], tgt: str, t: tuple[int, int]) -> Alignment:
    return Alignment(Span(src, *s), Span(tgt, *t), "verbatim", 1.0)


def test_a_near_copys_own_paragraph_is_not_held_by_its_canonical_copy() -> None:
    # D = W's text (D[0:300]) + its own paragraph (D[300:500]); T has D[0:100] and D[300:500]
    def found() -> list[Alignment]:
        return [
            _al("W", (0, 100), "T", (0, 100)),
            _al("D", (0, 100), "T", (0, 100)),
            _al("D", (300, 500), "T", (100, 300)),
        ]

    kept = found()
    _withdraw_explained(kept, {}, copies={"D": ("W", 500)}, copied={"D": [(0, 300)]})
    assert {x.source.article_id for x in kept} == {"W", "D"}
    # told nothing of what D copied, the canonical copy holds all of D: the link goes
    gone = found()
    _withdraw_explained(gone, {}, copies={"D": ("W", 500)})
    assert {x.source.article_id for x in gone} == {"W"}


SENTENCES = [
    "Heavy rain closed the coast road near Tallow Point on Monday after a slope gave way.",
    "Engineers said the road would stay shut for at least a week while they checked the cliff.",
    "Buses are running on the inland route, adding about twenty minutes to each journey.",
    "The council said it had warned for years that the slope above the road needed work.",
    "A spokeswoman for the highways department said a full survey would follow next month.",
    "Residents said lorries had used the road as a shortcut despite a weight limit.",
    "The ferry company added two crossings a day to carry people around the closed stretch.",
    "Farmers on the headland said milk tankers could not reach them and asked for a permit.",
    "Police closed a footpath along the cliff top after walkers were seen near the edge.",
    "The last slip on the same stretch, six years ago, kept the road shut for a month.",
]
LOCAL = (
    "Shopkeepers in Harbour Street told the Gazette that Monday's takings were the lowest "
    "they could remember for a summer weekday, and the owner of the Anchor cafe said she would "
    "close early until the road reopened."
)
OWN = (
    "Our reporter visited the village on Tuesday and found the square empty, the car park "
    "closed and a queue of walkers waiting for a minibus the parish council had hired."
)


def test_a_paper_that_took_a_reprints_local_paragraph_is_traced_to_the_reprint() -> None:
    wire = " ".join(SENTENCES)
    arts = (
        make_article(wire, id="W", source="Wire", published="2024-03-01"),
        make_article(wire + "\n\n" + LOCAL, id="D", source="Gazette", published="2024-03-02"),
        make_article(
            SENTENCES[0] + "\n\n" + LOCAL + "\n\n" + OWN,
            id="T",
            source="Herald",
            published="2024-03-03",
        ),
    )
    group = DuplicateGroup("g1", "near", "W", ("W", "D"), 0.85)
    rs = align.run(RecordSet(articles=arts, duplicates=(group,)), Settings())
    prov = {p.article_id: p for p in rs.provenance}
    assert prov["D"].reused_share < 1.0  # its local paragraph is its own
    assert "D" in prov["T"].sources  # T took that paragraph from D
    assert prov["T"].sources["D"] > len(LOCAL) / len(arts[2].text) - 0.01


def test_an_exact_copy_in_other_quotation_marks_and_case_is_copied_whole() -> None:
    # an exact group's texts are the same words; their marks and case may differ
    wire = "\u201cWe will not reopen it until it is safe,\u201d the engineer said. " + " ".join(
        SENTENCES
    )
    copy = wire.replace("\u201c", '"').replace("\u201d", '"').upper()
    arts = (
        make_article(wire, id="W", source="Wire", published="2024-03-01"),
        make_article(copy, id="D", source="Gazette", published="2024-03-02"),
    )
    group = DuplicateGroup("g1", "exact", "W", ("W", "D"), 1.0)
    rs = align.run(RecordSet(articles=arts, duplicates=(group,)), Settings())
    prov = {p.article_id: p for p in rs.provenance}
    assert prov["D"].reused_share == 1.0 and prov["D"].sources == {"W": 1.0}


def test_an_exact_copy_in_a_near_group_is_derived_from_its_exact_twin() -> None:
    # X and Y are word for word the same; Z, the near group's canonical copy, lacks X's
    # paragraph: Y is wholly X's copy, not 90% Z's
    story = " ".join(SENTENCES)
    own = "Shopkeepers on the front said trade had halved since the road was closed last week."
    x_text = f"{story}\n\n{own}"
    x = make_article(x_text, id="x", source="A", published="2026-03-02")
    y = make_article(x_text, id="y", source="B", published="2026-03-03")
    z = make_article(story, id="z", source="C", published="2026-03-01")
    groups = (
        DuplicateGroup("e", "exact", "x", ("x", "y"), 1.0),
        DuplicateGroup("n", "near", "z", ("x", "y", "z"), 0.85),
    )
    out = align.run(RecordSet(articles=(x, y, z), duplicates=groups), Settings())
    prov = {p.article_id: p for p in out.provenance}
    assert prov["y"].sources == {"x": 1.0} and prov["y"].reused_share == 1.0
    assert set(prov["x"].sources) == {"z"} and prov["x"].reused_share < 0.95
