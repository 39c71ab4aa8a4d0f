"""A newsletter credits each item it takes from another outlet on a line of the item's own:
"Read the full story in the Ashby Herald.", "Source: Harwick Standard", "(Dunmore Courier)"
closing the item's heading.  Undated, a newsletter copying a paragraph of each story was read
as sharing an unseen source with each (a review); with the item credits read, each story is
its source, by credit."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article

RAIL = (
    "Engineers will close the line between Ashby and Portmellin from Saturday to replace a "
    "bridge deck, with buses running in place of trains for the whole of the following week."
)
LIDO = (
    "Dunmore's open-air pool will open on the first of May, a month earlier than usual, after "
    "the council found money to pay for lifeguards through the spring."
)
MARKET = (
    "Stallholders voted by a large majority to leave the square, where roadworks have cut the "
    "number of pitches from sixty to thirty-five since the winter."
)
STORIES = {
    "rail": (
        "Ashby Herald",
        RAIL + "\n\nThe rail operator said the work had been planned for "
        "two years and could not be moved to the summer, when the line carries more "
        "holidaymakers. Season ticket holders will be offered a refund for the week.\n\n"
        "Passenger groups said the replacement buses would add forty minutes to the "
        "journey and urged commuters to travel early.",
    ),
    "lido": (
        "Dunmore Courier",
        LIDO + "\n\nThe pool, built in 1936, was saved from closure by "
        "a campaign of swimmers ten years ago and is now run by a trust. Its chairman "
        "said the early opening would bring in families during the Easter holidays.\n\n"
        "Tickets will cost the same as last year.",
    ),
    "market": (
        "Harwick Standard",
        MARKET + "\n\nThe market has been held in Church Square "
        "since 1820. Traders said footfall had fallen by a third since the roadworks "
        "began and that the quay offered more room and parking for customers.\n\n"
        "The first market on the quay will be held next month.",
    ),
}
NEWSLETTER = (
    "Good morning. Here is what you need to know.\n\n"
    "RAIL: Trains to the coast will stop for a week.\n\n" + RAIL + "\n\n"
    "Read the full story in the Ashby Herald.\n\n"
    "PARKS: The lido will open early. (Dunmore Courier)\n\n" + LIDO + "\n\n"
    "MARKETS: The Thursday market is moving to the quay.\n\n" + MARKET + "\n\n"
    "Source: Harwick Standard\n\n"
    "That's all for today. Forward this email to a friend."
)


def _articles() -> tuple[Article, ...]:
    stories = tuple(
        make_article(text, id=key, source=outlet) for key, (outlet, text) in STORIES.items()
    )
    return (*stories, make_article(NEWSLETTER, id="daily", source="The Morning Note"))


def test_each_credited_item_has_its_story_as_source() -> None:
    out = align.run(dedup.run(RecordSet(articles=_articles()), Settings()), Settings())
    got = {(p.source_id, p.target_id, p.relation, p.evidence) for p in out.pairs}
    assert got == {(key, "daily", "derived", "credit") for key in STORIES}
    daily = next(p for p in out.provenance if p.article_id == "daily")
    assert set(daily.sources) == set(STORIES) and not daily.unseen_source_with


def test_an_item_credit_ending_in_its_link_is_read() -> None:
    """ "Via the Ashby Herald: https://..." closing an item, on its line or after the item's
    last sentence, credits it (a review of newsletters: undated, those items shared an unseen
    source with their stories); a "via" that is no credit is not one."""
    from newstrace.text.credits import attributions, outlet_key

    known = frozenset({outlet_key("Ashby Herald")})
    link = "https://ashbyherald.example/news/rail-closure"
    for item in (
        f"{RAIL}\n\nVia the Ashby Herald: {link}",
        f"{RAIL} Via the Ashby Herald: {link}",
        f"{RAIL}\n\nRead the full story in the Ashby Herald: {link}",
        f"{RAIL}\n\nVia the Ashby Herald.",
    ):
        assert attributions(item, known), item
    assert not attributions(f"{RAIL} Buses will run via the Ashby Herald office.", known)
    newsletter = NEWSLETTER.replace(
        "Read the full story in the Ashby Herald.", f"Via the Ashby Herald: {link}"
    )
    stories = _articles()[:-1]
    arts = (*stories, make_article(newsletter, id="daily", source="The Morning Note"))
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    assert ("rail", "daily", "derived", "credit") in {
        (p.source_id, p.target_id, p.relation, p.evidence) for p in out.pairs
    }
