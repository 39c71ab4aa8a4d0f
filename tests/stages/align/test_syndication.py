"""Syndication networks (an audit of invented ones): press-release signals inside quotation
marks are a speaker's words, not a release's (a paper quoting a spokesman's "we are ... we
will" became the source of the paper it copied six hours earlier); a paper whose own dateline
credits an agency that is not in the corpus is not the source of another paper's copy of the
agency's text; an agency's write-thrus of one story are one story, so their common lead is
news, not the agency's boilerplate."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article

FERRY = (
    "The Kelport to Isle of Rhu ferry service was suspended on Monday after an engine fault "
    "was found on the MV Islander during a routine check, the operator said.\n\n"
    "About 600 passengers a day use the crossing in May, and the island's only shop said it "
    "had bread and milk for three days.\n\n"
    "The operator, Rhu Ferries, said engineers were waiting for a replacement part from the "
    "manufacturer in Norway and could not yet say when sailings would resume."
)
QUOTE = (
    "\n\n\u201cWe are doing everything we can, and we will run an extra sailing as soon as the "
    "part is fitted,\u201d the company's managing director, Iain Corr, told the Coast Times."
)
OWN = (
    "Islanders on Rhu were stocking up on Monday afternoon as they faced a second day "
    "without a ferry.\n\n"
)

DL = "BRENMOOR, May 18 (Northern News Agency) - "
A = (
    "Engineers were checking the Callow Edge dam above the village of Brenmoor on Monday after "
    "heavy rain raised the reservoir to within 40 centimetres of its spillway crest, the Upland "
    "Water Board said."
)
B1 = (
    "About 1,200 residents living below the dam were told to leave their homes overnight and "
    "were being housed in schools and a leisure centre in Tarrow, the county council said."
)
B2 = B1.replace("1,200", "2,400")
C = (
    "The Met Office has an amber warning for rain in force across the hills until Tuesday "
    "evening, with up to 90 millimetres expected on high ground."
)
D = (
    "Drone footage released by the water board showed water pouring over a damaged section of "
    "the concrete spillway, where a slab of about six metres had broken away."
)
E = (
    "Two Chinook helicopters were lowering bags of aggregate onto the damaged section, and fire "
    "crews were pumping water from the reservoir into a nearby river."
)
F = (
    "The dam, built in 1911, was last inspected in October, when engineers found no structural "
    "faults, according to the board's annual safety return."
)
Q = (
    "\u201cNobody can say yet that the dam is safe, and nobody goes back until it is,\u201d the "
    "water board's chief engineer, Morwenna Lusk, told reporters in Tarrow."
)
LEDE = "Farmers in the Tarrow valley moved sheep to higher ground by torchlight on Sunday.\n\n"
LOCAL = (
    "\n\nThe National Farmers' Union said about 3,000 sheep had been moved from fields "
    "in the flood zone."
)


def _run(*arts: tuple[str, str, str, str | None]) -> RecordSet:
    records = RecordSet(
        articles=tuple(make_article(t, id=i, source=s, published=p) for i, t, s, p in arts)
    )
    return align.run(dedup.run(records, Settings()), Settings())


def test_a_spokesmans_we_will_in_quotes_does_not_make_a_later_article_a_press_release() -> None:
    out = _run(
        ("gazette", FERRY, "Harbour Gazette", "2026-05-18T09:00:00+00:00"),
        ("times", OWN + FERRY + QUOTE, "Coast Times", "2026-05-18T15:00:00+00:00"),
    )
    (pair,) = out.pairs
    assert (pair.source_id, pair.target_id, pair.evidence) == ("gazette", "times", "date")


def test_a_real_release_dated_hours_after_the_paper_is_still_its_source() -> None:
    # guard: unquoted release markers still outrank a same-day date
    release = (
        "PRESS RELEASE\n\n" + FERRY + "\n\nWe will update passengers on our website.\n\nEnds\n\n"
        "Notes to editors\n\nMedia enquiries: press@rhuferries.example"
    )
    out = _run(
        ("paper", OWN + FERRY, "Harbour Gazette", "2026-05-18T09:00:00+00:00"),
        ("release", release, "Rhu Ferries", "2026-05-18T15:00:00+00:00"),
    )
    (pair,) = out.pairs
    assert (pair.source_id, pair.evidence) == ("release", "press-release")


def test_a_paper_that_credits_an_absent_agency_is_not_the_source_of_the_same_agency_text() -> None:
    story = "\n\n".join([A, B2, C, D])
    out = _run(
        ("credits", LEDE + DL + story, "Saltmere Star", "2026-05-18T10:20:00+00:00"),
        (
            "plain",
            "Schools were closed.\n\n" + story + LOCAL,
            "Greyfold Post",
            "2026-05-18T11:45:00+00:00",
        ),
    )
    (pair,) = out.pairs
    assert pair.relation == "unseen_source"


def _wire(*paras: str) -> str:
    return DL + "\n\n".join(paras)


def test_a_wire_story_filed_three_times_keeps_its_lead_as_news() -> None:
    out = _run(
        ("v1", _wire(A, B1, C), "Northern News Agency", "2026-05-18T06:10:00+00:00"),
        ("v2", _wire(A, B2, C, D, E, F), "Northern News Agency", "2026-05-18T09:40:00+00:00"),
        ("v3", _wire(A, B2, Q, C, D, E, F), "Northern News Agency", "2026-05-18T13:15:00+00:00"),
        (
            "paper",
            LEDE + A + "\n\n" + B1 + LOCAL,
            "Tarrow Valley Times",
            "2026-05-18T08:05:00+00:00",
        ),
    )
    prov = {p.article_id: p for p in out.provenance}
    assert "v1" in prov["v2"].sources and "paper" not in prov["v2"].sources
    assert not any(
        x.boilerplate
        for x in out.alignments
        if {x.source.article_id, x.target.article_id} == {"v1", "v2"}
    )


def test_copies_of_two_writethrus_are_traced_to_the_wire_not_to_each_other() -> None:
    out = _run(
        ("v1", _wire(A, B1, C), "Northern News Agency", "2026-05-18T06:10:00+00:00"),
        ("v2", _wire(A, B2, C, D, E, F), "Northern News Agency", "2026-05-18T09:40:00+00:00"),
        ("v3", _wire(A, B2, Q, C, D, E, F), "Northern News Agency", "2026-05-18T13:15:00+00:00"),
        ("p1", LEDE + _wire(A, B1, C), "Hollin Cross Courier", "2026-05-18T07:30:00+00:00"),
        (
            "p2",
            "Schools were closed.\n\n" + "\n\n".join([A, B2, C, D, E]),
            "Greyfold Post",
            "2026-05-18T11:45:00+00:00",
        ),
    )
    papers = {"p1", "p2"}
    assert not [p for p in out.pairs if {p.source_id, p.target_id} == papers]
