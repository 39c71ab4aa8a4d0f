"""An "About <Name>" heading word in another language ("Over", "Über") opening a headline or
a subheading of a news story does not make the story an organisation's standard material."""

from __future__ import annotations

from pathlib import Path

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align
from newstrace.stages.align.boilerplate import _tail_end, release_paragraph
from newstrace.stages.ingest.article import make_article

BODY = (
    "The harbour town's football club won the county cup on Saturday, beating the league "
    "leaders 2-1 in front of a record crowd.\n\n"
    "The winning goal came in the last minute from a free kick by the club's youngest "
    "player, who is seventeen.\n\n"
    "The mayor said the town would hold a parade for the team along the seafront on Sunday."
)


def test_a_copied_story_under_an_over_headline_is_reuse() -> None:
    head = "Over The Moon: Harbour Town Lift The Cup"
    wire = make_article(f"{head}\n\n{BODY}", id="w", source="Wire", published="2026-03-01T09:00Z")
    paper = make_article(
        f"Cup win\n\n{BODY}", id="p", source="Paper", published="2026-03-01T12:00Z"
    )
    out = align.run(RecordSet(articles=(wire, paper)), Settings())
    assert [x.boilerplate for x in out.alignments] == [False]
    assert {p.article_id: p.label for p in out.provenance}["p"] == "wholly"


def test_a_subheading_naming_an_article_word_opens_no_tail() -> None:
    text = f"Cup win\n\n{BODY}\n\nOver The Years\n\n{BODY}"
    assert _tail_end(text) > len(text)
    assert not release_paragraph(text, (len(text) - 20, len(text)))


def test_a_headline_is_no_heading() -> None:
    text = (
        "Über Nacht: Stadtwerke erhöhen Preise\n\n"
        "Die Stadtwerke haben über Nacht den Strompreis um zwölf Prozent erhöht, wie ein "
        "Sprecher am Montag sagte."
    )
    assert _tail_end(text) > len(text)
    assert not release_paragraph(text, (text.index("Die"), len(text)))


def test_a_release_heading_with_an_article_still_heads_its_paragraph() -> None:
    about = "The Harbour Trust is a charity that looks after the old quays of Port Averil."
    text = f"Trust buys crane\n\n{BODY}\n\nAbout The Harbour Trust\n\n{about}"
    assert _tail_end(text) == text.index(about) - 2
    assert release_paragraph(text, (text.index(about), len(text)))


def test_a_release_heading_with_a_lower_case_article_heads_its_paragraph() -> None:
    about = "The Harbour Trust is a charity that looks after the old quays of Port Averil."
    text = f"Trust buys crane\n\n{BODY}\n\nAbout the Harbour Trust\n\n{about}"
    assert _tail_end(text) == text.index(about) - 2
    assert release_paragraph(text, (text.index(about), len(text)))


def test_an_about_the_subheading_in_lower_case_opens_no_tail() -> None:
    text = f"Cup win\n\n{BODY}\n\nAbout the final\n\n{BODY}"
    assert _tail_end(text) > len(text)


def test_a_series_box_is_a_footer_and_a_report_one_of_many_is_news() -> None:
    box = "About this series: Left Behind is a six-month investigation into rural services."
    part = "This article is part of a series on the closure of rural services."
    news = "This report is one of the most critical ever published about a maternity service."
    for paragraph, footer in ((box, True), (part, True), (news, False)):
        text = f"Headline\n\nFirst paragraph.\n\n{paragraph}\n\nLast paragraph."
        start = text.index(paragraph)
        assert release_paragraph(text, (start, start + 20)) is footer, paragraph


def test_a_numbered_part_s_standfirst_is_the_series_furniture() -> None:
    """ "This is the third part of Running Dry, our series on ..." opens every part with its
    ordinal refilled: no link between the parts, no one story of them (a review of series
    and columns); "This is the third time ..." is news."""
    from goldkit import aligned

    for paragraph, footer in (
        ("This is the third part of Running Dry, our series on water bills.", True),
        ("This is part three of our series on water bills.", True),
        ("This is the third time the company has been fined this year.", False),
    ):
        text = f"Headline\n\nFirst paragraph.\n\n{paragraph}\n\nLast paragraph."
        start = text.index(paragraph)
        assert release_paragraph(text, (start, start + 20)) is footer, paragraph
    data = Path(__file__).parents[2] / "data" / "forms" / "series_parts.jsonl"
    assert not aligned(data).pairs


def test_a_chapter_or_episode_in_news_prose_is_no_series_furniture() -> None:
    for paragraph in (
        "This is the latest chapter in the long-running row over the harbour.",
        "This is the final chapter in a saga that began in 2019.",
        "This is the second episode of the drama, and the best so far.",
    ):
        text = f"Headline\n\nFirst paragraph.\n\n{paragraph}\n\nLast paragraph."
        start = text.index(paragraph)
        assert not release_paragraph(text, (start, start + 20)), paragraph


def test_a_part_of_something_unnamed_is_no_series_part() -> None:
    paragraph = "This is the second part of the deal to be completed this year."
    text = f"Headline\n\nFirst paragraph.\n\n{paragraph}\n\nLast paragraph."
    start = text.index(paragraph)
    assert not release_paragraph(text, (start, start + 20))
