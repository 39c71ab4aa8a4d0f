"""A copyright notice paragraph is boilerplate, and a release's "Media contact:" line is a
press-release mark (both from an audit of invented web pages)."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align.boilerplate import footer_paragraph
from newstrace.stages.align.provenance import press_signals
from newstrace.stages.ingest.article import make_article

NOTICE = (
    "(c) 2026 Continental Press Agency. All rights reserved. This material may not be "
    "published, broadcast or redistributed without a licence."
)
STRIKE = (
    "Grain exports from three northern ports came to a standstill on Tuesday after rail "
    "freight drivers began a 72-hour strike over pay, port operators said.\n\n"
    "The union says its members have been offered a 2.1 percent rise against inflation of "
    "4.6 percent, and talks are expected to resume on Thursday."
)
MUSEUM = (
    "The National Maritime Museum in Port Averil reopened to visitors on Wednesday after a "
    "four-year restoration that rebuilt its leaking glass roof.\n\n"
    "Its star exhibit, a pilot cutter, has moved to a new gallery at the water's edge."
)


def test_every_sentence_of_a_copyright_notice_is_a_footer() -> None:
    text = STRIKE + "\n\n" + NOTICE
    start = text.index(NOTICE)
    first = (start, start + NOTICE.index(".") + 1)  # "(c) 2026 Continental Press Agency."
    last = (text.index("This material"), len(text))
    assert footer_paragraph(text, first) and footer_paragraph(text, last)
    # a news paragraph is no notice, and its list item "(c)" inside a sentence opens none
    news = "The bill was changed twice.\n\nUnder (c) 2026 rents are frozen for one year."
    assert not footer_paragraph(news, (news.index("Under"), len(news)))
    assert not footer_paragraph(STRIKE, (0, STRIKE.index("\n")))


def test_two_agency_stories_sharing_a_copyright_notice_are_not_linked() -> None:
    arts = (
        make_article(STRIKE + "\n\n" + NOTICE, id="a", source="Continental Press Agency",
                     published="2026-03-10T07:30Z"),
        make_article(MUSEUM + "\n\n" + NOTICE, id="b", source="Continental Press Agency",
                     published="2026-03-11T10:00Z"),
    )  # fmt: skip
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    assert not out.pairs
    assert all(x.boilerplate for x in out.alignments)


def test_a_media_contact_line_is_a_press_release_mark() -> None:
    body = "Brightwater Foods will build a new oat plant at Millbrook, creating 180 jobs."
    contact = "\nMedia contact: Dara Quill, communications manager, press@brightwater.example"
    assert press_signals(body + contact) == press_signals(body) + 1
    # a news sentence about contacts with the media is none
    assert press_signals(body + "\nThe minister had no media contact that week.") == 0
