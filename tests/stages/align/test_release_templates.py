"""Companies' results releases filled in from one form (one law firm's safe-harbour paragraph,
"Revenue rose X% to $Y million") and an agency's results stories reprinted by papers: the
form is no reuse between two companies' texts; a copy of one release still is."""

from __future__ import annotations

import json
from pathlib import Path

import newstrace
from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align
from newstrace.stages.align.boilerplate import release_paragraph, template_like
from newstrace.stages.ingest.article import make_article

# (company, city, revenue growth, revenue, last year's, EBITDA, margin, last year's, guidance)
FIRMS = [
    ("Corvane Systems", "COLUMBUS", "12", "412.6", "368.4", "96.8", "23.5", "79.1", "1.62", "1.65"),
    ("Brightwater Logistics", "ATLANTA", "9", "286.4", "262.8", "41.7", "14.6", "36.2", "1.10",
     "1.13"),
]  # fmt: skip


def _release(firm: tuple[str, ...], dated: bool = False) -> str:
    name, city, growth, rev, prior, ebitda, margin, prior_e, low, high = firm
    when, ended, last = (" October 28, 2026", " ended September 30, 2026", "2025")
    if not dated:
        when, ended, last = "", "", "last year"
    return (
        f"{name} Reports Third Quarter Results\n\n"
        f"{city},{when} -- {name}, Inc. today reported financial results for its third "
        f"quarter{ended}.\n\n"
        f"Revenue rose {growth}% to ${rev} million, compared with ${prior} million in the third "
        f"quarter of {last}. Adjusted EBITDA was ${ebitda} million, or {margin}% of revenue, "
        f"compared with ${prior_e} million a year earlier.\n\n"
        f"{name} reaffirms full-year guidance: it expects revenue of ${low} billion to ${high} "
        f"billion for the year.\n\n"
        f"Media contact: press office, +1 614 555 0{len(name)}"
    )


def _align(texts: list[str], outlets: list[str]) -> RecordSet:
    arts: list[Article] = [
        make_article(t, id=f"r{i}", source=o, published=f"2026-10-28T1{i}:00:00+00:00")
        for i, (t, o) in enumerate(zip(texts, outlets, strict=True))
    ]
    return align.run(RecordSet(articles=tuple(arts)), Settings())


def test_two_companies_releases_in_one_form_are_not_linked() -> None:
    out = _align([_release(f) for f in FIRMS], [f[0] for f in FIRMS])
    assert out.alignments, "the common form is still aligned (and shown)"
    assert all(a.boilerplate for a in out.alignments), out.alignments
    assert not out.pairs, out.pairs


def test_a_release_posted_by_another_outlet_is_still_its_copy() -> None:
    text = _release(FIRMS[0])
    edited = text.replace("Inc. today reported", "Inc. on Wednesday reported")
    out = _align([text, edited], [FIRMS[0][0], "InvestorDesk"])
    assert [(p.source_id, p.target_id, p.relation) for p in out.pairs] == [("r0", "r1", "derived")]


def test_dates_are_no_figures_of_two_organisations_form() -> None:
    a, b = (_release(f, dated=True).split("\n\n")[1] for f in FIRMS)
    a += " Revenue rose 12% to $412.6 million."
    b += " Revenue rose 9% to $286.4 million."
    assert not template_like(a, b)  # the dates shared: half the numbers, a copy's share
    assert template_like(a, b, dates=False)


def test_a_safe_harbour_heading_opens_the_release_tail() -> None:
    text = (
        "Corvane Systems Reports Results\n\nRevenue rose 12% to $412.6 million.\n\n"
        "Forward-looking statements\n"
        "This press release contains forward-looking statements about Corvane's outlook."
    )
    start = text.index("This press release")
    assert release_paragraph(text, (start, start + 40))
    assert not release_paragraph(text, (text.index("Revenue"), text.index("Revenue") + 20))


AGENCY = "Continental Press Agency"


def _story(firm: tuple[str, ...]) -> str:
    name, _, growth, rev, prior, *_ = firm
    return (
        f"NEW YORK (CPA) - {name} Inc reported a {growth}% rise in third-quarter revenue on "
        f"Wednesday, and the company stood by its full-year forecast.\n\n"
        f"Revenue rose to ${rev} million from ${prior} million a year earlier, against the "
        f"average analyst estimate compiled by Fairlane Analytics."
    )


def test_papers_reprinting_an_agencys_stories_on_two_companies_are_not_linked(
    tmp_path: Path,
) -> None:
    # each paper prints one of the agency's two results stories whole: the two papers share
    # the agency's form, not each other's text
    rows = [
        ("cpa-a", AGENCY, _story(FIRMS[0]), "10:00"),
        ("cpa-b", AGENCY, _story(FIRMS[1]), "10:05"),
        ("paper-a", "Harbourside Herald", _story(FIRMS[0]), "12:00"),
        ("paper-b", "Midland Post", _story(FIRMS[1]).replace("Wednesday", "Wednesday."), "13:00"),
    ]
    path = tmp_path / "c.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": k, "source": s, "text": t, "published": f"2026-10-28T{h}:00Z"}) + "\n"
            for k, s, t, h in rows
        ),
        "utf-8",
    )
    with newstrace.open(tmp_path / "n.db") as opened:
        opened.add(path)
        opened.analyze()
        rec = opened.records()
    key = {a.id: a.metadata["id"] for a in rec.articles}
    ends = {frozenset((key[p.source_id], key[p.target_id])) for p in rec.pairs}
    assert frozenset(("paper-a", "paper-b")) not in ends, rec.pairs
    assert {key[m] for g in rec.duplicates for m in g.members} >= {"cpa-a", "paper-a"}
