"""Quotes a write-up says were given to another outlet ("Speaking to Lustre, ...", "..., she
told Lustre.") are that outlet's interview, counted in the write-up's reused share: a
write-up made of a magazine's interview quotes was "non" (a review of celebrity news)."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import Provenance, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article

Q1 = (
    "I was photographed leaving a chemist's with a cold and it was on a front page. I thought "
    "that was normal. It took me years to understand that it was a kind of weather I was "
    "living in"
)
Q2 = (
    "I used to think the fear was the fuel. It turns out the fuel was just fuel, and the fear "
    "was a passenger I had been giving a lift to for twenty years"
)
INTERVIEW = (
    "Tamsin Avery arrives at the cafe in Kellbridge ten minutes early and orders a pot of mint "
    "tea. At 41, the actor has the calm of someone who has stopped performing off screen.\n\n"
    f'Fame came early. "{Q1}," she says, stirring her tea.\n\n'
    "She spent three years away from sets after the last series of the drama ended.\n\n"
    f'"{Q2}," she says of her return. "Now I leave it at the kerb."'
)
WRITE_UP = (
    "Tamsin Avery has spoken about the fame that followed her first television role.\n\n"
    f'Speaking to Lustre, the 41-year-old said: "{Q1}."\n\n'
    f'Of her return to acting, she told the magazine: "{Q2}."'
)


def _prov(speaking: str) -> dict[str, Provenance]:
    arts = (
        make_article(INTERVIEW, id="mag", source="Lustre", published="2026-03-05T07:00:00Z"),
        make_article(
            WRITE_UP.replace("Speaking to Lustre", speaking),
            id="wire", source="StarWire", published="2026-03-05T15:00:00Z",
        ),
    )  # fmt: skip
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    return {p.article_id: p for p in out.provenance}


def test_quotes_given_to_the_source_s_outlet_count_as_reused() -> None:
    prov = _prov("Speaking to Lustre")
    assert prov["wire"].sources.get("mag", 0) > 0.3
    assert prov["wire"].label == "partially", prov["wire"]
    # quotes the write-up does not say it had from that outlet are the speaker's
    other = _prov("In a podcast interview")
    assert other["wire"].label == "non", other["wire"]


def test_only_the_paragraphs_saying_so_count() -> None:
    """A press conference's quotes both papers carry stay the speaker's though one of them
    quotes her elsewhere '"...," she told the Tolbridge Courier.' (a second review: every
    shared quote counted)."""
    said = f'At a press conference on Monday, the actor said: "{Q1}."'
    courier = make_article(
        "Tamsin Avery spoke to reporters in Kellbridge.\n\n" + said,
        id="courier", source="Tolbridge Courier", published="2026-03-05T10:00:00Z",
    )  # fmt: skip
    gazette = make_article(
        "The actor Tamsin Avery faced the press on Monday.\n\n"
        f'Speaking in Kellbridge, Avery told reporters: "{Q1}."\n\n'

        'Last spring she was more guarded. "I have done my bit," she told the Tolbridge '
        "Courier.",
        id="gazette", source="Gazette", published="2026-03-05T12:00:00Z",
    )  # fmt: skip
    out = align.run(dedup.run(RecordSet(articles=(courier, gazette)), Settings()), Settings())
    prov = {p.article_id: p for p in out.provenance}
    assert prov["gazette"].label == "non", prov["gazette"]
