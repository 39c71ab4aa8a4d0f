"""Sites under many names filling in one form: a chain of town-named "local news" sites each
printing the machine-made tax story of its own town, figures and names refilled, are weighed
as one outlet (a review: the towns' stories were one another's copies, wholly or 100%/100%,
and a paper pasting two sentences of its own town's story was traced to the other towns')."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align.boilerplate import template_networks
from newstrace.stages.ingest.article import make_article

# town, county, change, median, median a year before, parcels, levy, rank, treasurer
TOWNS = (
    ("Millbrook", "Carver County", "4.2", "3,412", "3,274", "9,840", "18.6", "7th", "Dana Whit"),
    ("Ashford", "Carver County", "2.9", "2,987", "2,903", "6,215", "11.2", "14th", "Dana Whit"),
    ("Kenley", "Oster County", "6.1", "4,105", "3,869", "12,470", "24.9", "2nd", "Ruben Achter"),
    ("Dunmore", "Oster County", "1.7", "2,240", "2,203", "4,108", "7.4", "22nd", "Ruben Achter"),
    ("Westbury", "Penner County", "5.0", "3,780", "3,600", "10,915", "20.1", "4th", "Lucia Marsh"),
)  # fmt: skip


def _town(town: str, county: str, pct: str, med: str, prev: str, parcels: str, levy: str,
          rank: str, treasurer: str) -> Article:  # fmt: skip
    text = "\n\n".join((
        f"Property taxes in {town} rose {pct}% in 2025, according to {county} records.",
        f"The median residential tax bill in {town} was ${med} last year, up from ${prev} in "
        f"2024, according to an analysis of data from the {county} Treasurer's Office.",
        f"The total levy collected from {parcels} parcels in {town} came to ${levy} million, "
        f"ranking the community {rank} among municipalities in {county} by total collections.",
        "Property taxes in the state are assessed on a property's assessed value multiplied by "
        "the combined rate of every taxing body that serves it. Homeowners may appeal an "
        "assessment they believe is too high.",
        f"{county} Treasurer {treasurer} is responsible for collecting the tax. Bills are mailed "
        "each spring and are due in two installments.",
    ))  # fmt: skip
    return make_article(
        text, id=town.lower(), source=f"{town} Today", published="2026-03-10T06:00:00Z"
    )


GAZETTE = (
    "Ashford council members on Monday pointed to the county's reassessment as the reason "
    "residents' bills went up again this year.\n\n"
    "The median residential tax bill in Ashford was $2,987 last year, up from $2,903 in 2024, "
    "according to an analysis of data from the Carver County Treasurer's Office. The total "
    "levy collected from 6,215 parcels in Ashford came to $11.2 million, ranking the community "
    "14th among municipalities in Carver County by total collections.\n\n"
    "Council member Priya Oduya said the town's own rate had been frozen for two years. \"The "
    'reassessment moved values up across the board, and our residents are paying for it," she '
    "said.\n\n"
    "Mayor Glen Haverty said he would ask the county assessor to explain the new values."
)


def _run(arts: tuple[Article, ...]) -> RecordSet:
    return align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())


def test_a_network_s_towns_are_not_one_another_s_copies() -> None:
    towns = tuple(_town(*t) for t in TOWNS)
    gazette = make_article(
        GAZETTE, id="gazette", source="Ashford Gazette", published="2026-03-11T08:00:00Z"
    )
    out = _run((*towns, gazette))
    prov = {p.article_id: p for p in out.provenance}
    for t in towns:
        assert prov[t.id].label == "non" and not prov[t.id].sources, prov[t.id]
    # the paper pasted its own town's sentences: that story alone is its source
    assert set(prov["gazette"].sources) == {"ashford"}, prov["gazette"]
    # the towns' passages, read before they were flagged, make one network
    raw = [dataclasses.replace(al, boilerplate=False) for al in out.alignments]
    network = template_networks(raw, {a.id: a for a in (*towns, gazette)}, {}, {})
    assert len({network.get(t.source or "") for t in towns} - {None}) == 1
    assert all(t.source in network for t in towns)


def test_two_outlets_refilling_one_form_are_no_network() -> None:
    """Two sites are one pair of outlets: a rival refilling a story with its own figures is
    weighed as a rewrite, not as one outlet's form (NETWORK_OUTLETS)."""
    towns = tuple(_town(*t) for t in TOWNS)
    raw = align.run(dedup.run(RecordSet(articles=towns), Settings()), Settings())
    assert raw.alignments  # linked, flagged as the network's form
    assert all(al.boilerplate for al in raw.alignments)
    two = _run(towns[:2])
    assert any(not al.boilerplate for al in two.alignments)


def test_papers_updating_one_agency_story_are_no_network() -> None:
    """Three papers printing one agency story with its figures updated through the day (a
    death toll, the injured, the missing) change every figure but name the same places: no
    form filled for other subjects, their copies stand (a second review: all four were
    "non", the copying hidden as one network's form).  The corpus is invented."""
    path = Path(__file__).parents[2] / "data" / "updates" / "rolling.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    arts = tuple(
        make_article(r["text"], id=r["id"], source=r["source"], published=r["published"])
        for r in rows
    )
    prov = {p.article_id: p for p in _run(arts).provenance}
    for paper in ("p1", "p2", "p3"):
        assert prov[paper].label == "wholly" and set(prov[paper].sources) == {"w1"}, prov[paper]
