"""Staff credit lines ("(Reporting by X; Editing by Y)") are left out of the aligner's
sentences, as an agency dateline is: two stories of one agency share their editor's credit
line, which must neither seed a passage nor join an unrelated sentence to one.  A reprint
that keeps the wire's credit line copied it: a copied passage next to it takes it in."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align
from newstrace.stages.align.sentences import split_sentences
from newstrace.stages.ingest.article import make_article

AGENCY = "Kestrel News Agency"
SCHOOLS = (
    "HARLOW BAY, May 4 (Kestrel News Agency) - The education minister, Tomas Reyne, on Monday "
    "ordered an inspection of every secondary school in the northern province after exam "
    "results fell for a third year.\n\n"
    "Inspectors will visit 212 schools before the end of the autumn term and publish a report "
    "on each, the ministry said.\n\n"
    "Teachers' unions said the inspections would add to the workload of staff already stretched "
    "by vacancies, and asked for more money instead.\n\n"
    "The Harbour League, the main opposition party, said the order came too late.\n\n"
    "(Reporting by Lena Okafor; Editing by Rupert Vance)"
)
FERRY = (
    "HARLOW BAY, May 6 (Kestrel News Agency) - The island ferry service will run two extra "
    "crossings a day from June, the transport ministry said on Wednesday, after a summer of "
    "queues at the harbour.\n\n"
    '"Islanders have waited long enough for a service that works," the ministry said in a '
    "statement.\n\n"
    "The opposition Harbour League party said the extra crossings were overdue and called "
    "for a new vessel.\n\n"
    "(Reporting by Piet Moreau; Editing by Rupert Vance)"
)
CREDIT = "(Reporting by Lena Okafor; Editing by Rupert Vance)"


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_credit_line_is_no_sentence() -> None:
    got = _sentences(SCHOOLS)
    assert got[-1] == "The Harbour League, the main opposition party, said the order came too late."
    assert not any("Reporting by" in s for s in got)


def test_a_credit_after_the_last_sentence_and_a_contact_line_are_left_out() -> None:
    text = (
        "The ferry will run two extra crossings a day. (Reporting by Piet Moreau)\n"
        "To contact the reporter on this story: Piet Moreau in Harlow Bay at pm@example.com"
    )
    assert _sentences(text) == ["The ferry will run two extra crossings a day."]


def test_news_about_reporting_stays_a_sentence() -> None:
    text = "Reporting by the council showed the scheme was two years late and over budget."
    assert _sentences(text) == [text]


def test_two_stories_of_one_agency_are_not_linked_by_their_editor() -> None:
    # the two last sentences name the same party, and the credit lines differ only in the
    # reporter: together they made a paraphrase passage linking the stories
    arts = (
        make_article(SCHOOLS, id="schools", source=AGENCY, published="2026-05-04T10:00Z"),
        make_article(FERRY, id="ferry", source=AGENCY, published="2026-05-06T10:00Z"),
    )
    out = align.run(RecordSet(articles=arts), Settings())
    assert out.alignments == ()
    assert out.pairs == ()
    assert {p.label for p in out.provenance} == {"non"}


def test_a_reprint_keeping_the_credit_line_copied_it() -> None:
    lead = "Parents in Harlow Bay welcomed the news on Monday, the school board said.\n\n"
    copy = lead + SCHOOLS.split(" - ", 1)[1]
    arts = (
        make_article(SCHOOLS, id="w", source=AGENCY, published="2026-05-04T10:00Z"),
        make_article(copy, id="p", source="Harlow Bay Courier", published="2026-05-04T15:00Z"),
    )
    out = align.run(RecordSet(articles=arts), Settings())
    (al,) = out.alignments
    assert (al.kind, al.boilerplate) == ("verbatim", False)
    assert copy[al.target.start : al.target.end].endswith(CREDIT)
    assert SCHOOLS[al.source.start : al.source.end].endswith(CREDIT)
    prov = {p.article_id: p for p in out.provenance}["p"]
    assert prov.reused_share == round((len(copy) - len(lead)) / len(copy), 4)
