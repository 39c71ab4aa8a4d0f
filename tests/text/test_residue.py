"""A crawled page's residue (text.residue, cut by text.normalize.clean_text): teaser blocks,
cookie and sign-up prompts, author boxes, comment furniture, share buttons.  A review of
crawled pages found each of them linking unrelated stories of one site or one group."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article
from newstrace.text.normalize import clean_text
from newstrace.text.residue import author_boxes, is_prompt, teaser_blocks

STORY = [
    "Harrowgate Council will move to fortnightly general waste collections from October, "
    "after councillors voted 31 to 19 on Wednesday night.",
    "Recycling and food waste will still be collected every week. The council says the "
    "switch will save about £410,000 a year.",
    "The petition was organised by Lowfield resident Anita Marsh, who handed it in at the "
    "start of the meeting. She said she would ask for larger bins.",
]
BAKERY_HEAD = "Family bakery gutted by fire on Mill Street"
BAKERY_LEAD = (
    "Firefighters spent four hours tackling a blaze at a family bakery on Mill Street in "
    "Harrowgate on Sunday night, and the owners say it could be months before they reopen."
)


def _clean(paragraphs: list[str]) -> str:
    return clean_text("\n\n".join(paragraphs))[0]


def test_a_tail_teaser_block_of_headlines_and_leads_is_cut() -> None:
    text = _clean(
        [
            *STORY,
            "Related stories",
            BAKERY_HEAD,
            BAKERY_LEAD,
            "Wendle Bridge to close for eleven weeks of repairs | 3 hours ago",
            "The bridge will close in August, the highways department has said.",
        ]
    )
    assert text == "\n\n".join(STORY)


def test_a_numbered_most_read_list_is_cut() -> None:
    most = [
        "Most read",
        "1. Harrowgate Town sign striker Breck from Dunsford",
        "2. Hospital staff face parking charges of up to £90 a month",
    ]
    assert _clean([*STORY, *most]) == "\n\n".join(STORY)


def test_a_mid_text_teaser_stops_where_the_story_goes_on() -> None:
    pars = [STORY[0], "Read more:", BAKERY_HEAD, BAKERY_LEAD, STORY[1], STORY[2]]
    assert teaser_blocks(pars) == [(1, 4)]
    assert _clean(pars) == "\n\n".join(STORY)


def test_a_subheading_over_several_sentences_is_no_teaser() -> None:
    pars = [STORY[0], "Latest news", "What happens next for bin collections", STORY[1], STORY[2]]
    assert teaser_blocks(pars) == []
    assert "What happens next" in _clean(pars)


def test_leads_without_headlines_are_cut_only_stamped_at_the_end() -> None:
    """The extractor dropped the teasers' linked headlines, leaving their leads: they go
    where they run to the text's end with a crawl's stamp; unstamped they may be the story's
    own one-sentence paragraphs under a lone label (a second review: an HTML page's kept
    "Most read" heading cut the rest of a story), and only the label goes."""
    tail = [*STORY, "Related stories", BAKERY_LEAD + " 3 hours ago"]
    assert teaser_blocks(tail) == [(3, 5)]
    story = [
        STORY[0],
        "Most read",
        "Police said the road would reopen on Friday.",
        "Residents said they had warned the council for years.",
    ]
    assert teaser_blocks(story) == [(1, 2)]
    assert _clean(story) == "\n\n".join([story[0], *story[2:]])
    middle = [STORY[0], "Related stories", BAKERY_LEAD, STORY[1], STORY[2]]
    assert teaser_blocks(middle) == [(1, 2)]


def test_headlines_alone_take_no_lead_and_stamps_on_their_own_lines_are_skipped() -> None:
    """A block of headlines alone ends at the story's next paragraph (it was taken as the
    last headline's lead); an age on a line of its own under a headline stops no block."""
    pars = [
        STORY[0],
        "Related stories",
        BAKERY_HEAD,
        "Wendle Bridge to close for repairs",
        "Councillors said the vote was the hardest of the year.",
        STORY[1],
    ]
    assert teaser_blocks(pars) == [(1, 4)]
    aged = [
        *STORY,
        "Most read",
        BAKERY_HEAD,
        "3 hours ago",
        BAKERY_LEAD,
        "Wendle Bridge to close for repairs",
        "1 day ago",
        "The bridge will close in August, the highways department has said.",
    ]
    assert teaser_blocks(aged) == [(3, 10)]


def test_cookie_and_sign_up_prompts_but_not_news() -> None:
    assert is_prompt(
        "We use cookies to give you the best experience on our website. By "
        "continuing to browse, you agree to our use of cookies. Accept all"
    )
    assert is_prompt(
        "Get the latest Harrowgate news sent straight to your inbox every "
        "morning. Sign up to our free newsletter. Subscribe"
    )
    assert is_prompt("We use your sign-up to provide content in ways you've consented to.")
    assert not is_prompt(
        "By continuing to use coal, the plant will miss its 2030 target, the inspectors said."
    )
    assert not is_prompt('"We use cookies on the site," a spokesman for the shop said.')


def test_an_author_box_with_its_name_line_but_not_a_story_about_a_reporter() -> None:
    box = (
        "Kate Morland is the Echo's local democracy reporter, covering Harrowgate Council."
        " Email kate.morland@harrowgateecho.co.uk"
    )
    assert author_boxes([*STORY, "Kate Morland", box]) == {3, 4}
    news = (
        "Evan Marsh is a reporter for the Dunsford Star who was detained at the border "
        "on Monday, his editor said."
    )
    assert author_boxes([news, *STORY]) == set()


def test_a_comment_section_with_ages_and_buttons_is_cut() -> None:
    comments = [
        "23 comments",
        "LowfieldLad",
        "2 hours ago",
        "How much will fly-tipping cost?",
        "Reply",
        "Report",
    ]
    assert _clean([*STORY, *comments]) == "\n\n".join(STORY)
    sorted_ = [
        "Comments (6)",
        "Sort by: Newest",
        "KelbyGran \u00b7 4h",
        "Well done.",
        "Reply \u00b7 Report \u00b7 3 likes",
    ]
    assert _clean([*STORY, *sorted_]) == "\n\n".join(STORY)
    # a count with no comment furniture under it is news left alone
    assert "12 comments" in _clean([STORY[0], "12 comments", STORY[1], STORY[2]])


def test_share_buttons_ad_slots_and_picture_credits_are_chrome() -> None:
    junk = [
        "Share on Facebook Tweet Email",
        "WhatsApp",
        "Story continues below advertisement",
        "Fire crews at the bakery on Sunday night. Picture by Sam Hewitt, Harrowgate Echo",
    ]
    assert _clean([STORY[0], *junk, STORY[1], STORY[2]]) == "\n\n".join(STORY)
    assert "picture by Monet" in _clean(["The gallery bought a picture by Monet", *STORY])


def _pairs(*texts: str) -> list[tuple[str, str]]:
    arts = tuple(
        make_article(t, id=f"a{k}", source="Harrowgate Echo", published=f"2026-06-{k + 8}")
        for k, t in enumerate(texts)
    )
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    return [(p.source_id, p.target_id) for p in out.pairs]


def test_a_teaser_of_a_later_story_makes_no_story_a_copy() -> None:
    bakery = "\n\n".join(
        [
            BAKERY_LEAD,
            "Six fire engines were called to Crust and Crumb "
            "shortly after 10.40pm, when a neighbour saw smoke from the roof.",
        ]
    )
    bins = "\n\n".join([*STORY, "You may also like", BAKERY_HEAD, BAKERY_LEAD])
    assert _pairs(bins, bakery) == []


def test_a_storys_own_subheadings_and_a_briefing_are_no_teasers() -> None:
    """Subheading labels ("More from the meeting", "Top stories", "In other news") cut only
    items with a crawl's time stamp: a council story's last paragraphs and a morning
    briefing's items are news (a code review)."""
    council = [
        STORY[0],
        "More from the meeting",
        "Councillors also approved a new bus lane.",
        "A plan for the market hall was deferred until March.",
    ]
    assert teaser_blocks(council) == []
    briefing = [
        "Good morning. Here is what you need to know today.",
        "Top stories",
        BAKERY_HEAD,
        BAKERY_LEAD,
        "Wendle Bridge to close for eleven weeks",
        "The bridge will close in August, the highways department has said.",
        "In other news",
        "Library reopens after makeover",
        "The central library reopened on Saturday after 18 months.",
    ]
    assert teaser_blocks(briefing) == []
    assert _clean(briefing) == "\n\n".join(briefing)
    # a site's name after "More from" marks the site's list, stamped or not
    site = [*STORY, "More from Harrowgate Echo", BAKERY_HEAD, BAKERY_LEAD]
    assert teaser_blocks(site) == [(3, 6)]
    # a crawl's stamp under a subheading label marks a page's list
    stamped = [*STORY, "Top stories", BAKERY_HEAD + " | 3 hours ago", BAKERY_LEAD]
    assert teaser_blocks(stamped) == [(3, 6)]


def test_news_about_newsletters_and_a_reporters_obituary_stay() -> None:
    assert not is_prompt("Subscribe numbers for newsletters on the platform doubled last year.")
    assert not is_prompt("Get this: the firm's newsletters now reach 30 million inboxes.")
    obituary = (
        "John Bell was the Echo's chief reporter for 20 years. Tributes can be sent to "
        "tributes@hallburyecho.co.uk."
    )
    assert author_boxes([*STORY, obituary]) == set()
    assert "Video by Tom Reed shows" in _clean([*STORY, "Video by Tom Reed shows the car"])


def test_second_review_prompts_boxes_labels_and_comments() -> None:
    """A second review's cases: news that opened like a prompt, named a reporter or had a
    subheading like a site's label stays; consent banners, the Local Democracy Reporter line,
    German sign-ups, chumbox labels and a comment widget with no count go."""
    assert not is_prompt("Get a letter in your inbox from the council this week? It may be a scam.")
    assert not is_prompt(
        "You can unsubscribe at any time, the firm told customers, but it kept billing."
    )
    assert is_prompt("We value your privacy. We and our partners store and/or access information.")
    assert is_prompt("Jetzt kostenlos anmelden und keine Nachricht mehr verpassen.")
    assert is_prompt("Kate Morland is a Local Democracy Reporter, a role funded by the BBC.")
    hollis = (
        "Margaret Hollis was the Echo's first female political editor. Colleagues said "
        "they would follow her example."
    )
    assert author_boxes([hollis]) == set()
    box = "Kate Morland is the Echo's local democracy reporter. Follow Kate on X."
    assert author_boxes(["Kate Morland", box]) == {0, 1}
    council = [STORY[0], "More From The Council Meeting", BAKERY_HEAD, BAKERY_LEAD]
    assert teaser_blocks(council) == []
    chum = [*STORY, "Around the Web", BAKERY_HEAD, "Wendle Bridge to close for repairs"]
    assert teaser_blocks(chum) == [(3, 6)]
    closing = [STORY[0], "12 comments", "Reply", STORY[1], STORY[2]]
    assert _clean(closing).endswith(STORY[2])
    widget = [*STORY, "Join the conversation", "LowfieldLad", "2 hours ago", "Nice.", "Reply"]
    assert _clean(widget) == "\n\n".join(STORY)
    shares = [STORY[0], "Share on Facebook Share on Twitter Share via Email", STORY[1], STORY[2]]
    assert _clean(shares) == "\n\n".join(STORY)
