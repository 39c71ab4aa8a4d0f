"""A paper's rewrite of a press release that pastes the release's press-contact block at its
end is still the release's rewrite: the copied block is no release mark of the paper's own,
so the two are not weighed as two releases filled in from one form (a review: the rewrite's
sentences, figures rounded, were flagged as the form, and its share fell from 0.76 to 0.15)."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article

CONTACT = (
    "Press contact:\n"
    "Jonas Brettschneider\n"
    "Corporate Communications\n"
    "Phone: 05121 448-210\n"
    "Email: press@kelmbach-utilities.example"
)
RELEASE_BODY = (
    "Press release\n"
    "\n"
    "Kelmbach Utilities cut district heating price from 1 April\n"
    "\n"
    "Kelmbach, 9 March 2026 - Kelmbach Utilities will cut the unit price of district "
    "heating by 14 per cent from 1 April. Around 9,200 households in Kelmbach and Ostrode "
    "benefit from the cut. An average household will save around 210 euros a year.\n"
    "\n"
    '"Gas procurement costs have fallen significantly, and we are passing this advantage '
    'on in full to our customers," says managing director Dr Marlene Voss. The utility '
    "last raised prices in winter 2022.\n"
    "\n"
    "At the same time, the utility will invest 18 million euros over the next three years "
    'in expanding the heating network in the Hollerfeld district. "This will allow us to '
    'connect a further 1,400 homes by 2029," said Voss.\n'
    "\n"
    "Customers do not need to do anything. The new prices will be included automatically "
    "in the next instalment bill.\n"
    "\n"
    "About Kelmbach Utilities\n"
    "\n"
    "Kelmbach Utilities supplies around 41,000 customers in the region with electricity, "
    "gas, district heating and water. The company employs 320 people and is wholly owned "
    "by the town of Kelmbach.\n"
    "\n"
)
RELEASE = RELEASE_BODY + CONTACT
REWRITE_BODY = (
    "Good news for district heating customers in Kelmbach: the utility will cut its price "
    "noticeably from 1 April. As the company announced yesterday, the unit price falls by "
    "14 per cent, affecting just over 9,000 households in Kelmbach and Ostrode.\n"
    "\n"
    '"Gas procurement costs have fallen significantly, and we are passing this advantage '
    'on in full to our customers," says managing director Dr Marlene Voss.\n'
    "\n"
    "For a typical household that means savings of about 210 euros a year. The supplier "
    "last raised prices three years ago, in the middle of the energy crisis.\n"
    "\n"
    'The tenants\' association welcomed the cut. "It is overdue, but we welcome it," '
    "chairman Holger Timm said when asked. He also called for more transparency in how "
    "the standing charges, which remain unchanged, are calculated.\n"
    "\n"
    "The utility also wants to put 18 million euros into the Hollerfeld heating network. "
    '"This will allow us to connect a further 1,400 homes by 2029," said Voss.\n'
    "\n"
)
REWRITE = REWRITE_BODY + CONTACT


def _share(rewrite: str) -> float:
    records = RecordSet(
        articles=(
            make_article(
                RELEASE, id="r", source="Kelmbach Utilities", published="2026-03-09T10:00Z"
            ),
            make_article(rewrite, id="n", source="Kelmbach Online", published="2026-03-10T06:00Z"),
        )
    )
    out = align.run(dedup.run(records, Settings()), Settings())
    (prov,) = [p for p in out.provenance if p.article_id == "n"]
    return prov.sources.get("r", 0.0)


def test_a_rewrite_pasting_the_releases_contact_block_keeps_its_share() -> None:
    without = _share(REWRITE_BODY.rstrip())
    assert without > 0.5
    assert _share(REWRITE) > 0.5


# Two companies' third-quarter releases on one PR firm's template, and a company's second
# quarter's release beside a distributor's copy of its third quarter's (a review's corpora).
Q3_LEAD = (
    "Kestle Outdoor reports third quarter 2026 results\n\nKESTLE, 28 October 2026 - Kestle "
    "Outdoor today reported revenue of \u00a3412.6 million for the third quarter ended 30 "
    "September 2026, up 12% from \u00a3368.4 million a year earlier.\n\nAdjusted earnings per "
    "share were 18.4p, and the company reaffirmed its full-year guidance.\n\n"
)
KESTLE = (
    "Kestle Outdoor, founded in Kestle in 1987, designs tents, sleeping bags and walking "
    "boots sold in 40 countries."
)
PR_FIRM = (
    "The board will announce the interim dividend with the full-year results in February."
    "\n\n{about}\n\nEnds\n\nFor further information please contact:\nJo Parr, Brightline "
    "Communications\n+44 20 7946 0321 / jo.parr@brightline.example"
)
PR_ONE = (
    Q3_LEAD + '"Camping gear demand stayed strong through the quarter and our order book has '
    'never been fuller," said Mara Voss, chief executive of Kestle Outdoor.\n\n'
    + PR_FIRM.format(about=KESTLE)
)
PR_TWO = (
    "Westby Gas reports third quarter 2026 results\n\nWESTBY, 28 October 2026 - Westby Gas "
    "today reported revenue of \u00a397.3 million for the third quarter ended 30 September "
    "2026, up 7% from \u00a391.0 million a year earlier.\n\nAdjusted earnings per share were "
    "6.2p, and the company reaffirmed its full-year guidance.\n\n"
    '"Natural gas demand stayed strong through the quarter and our order book has never been '
    'fuller," said Owen Pryce, chief executive of Westby Gas.\n\n'
    + PR_FIRM.format(
        about="Westby Gas supplies piped natural gas to homes and small businesses across the "
        "north-east from its terminal at Saltholme."
    )
)
KESTLE_TAIL = (
    "Ends\n\nNotes to editors\n" + KESTLE + "\n\nMedia enquiries: Jo Parr, Kestle Outdoor "
    "press office, +44 20 7946 0321"
)
Q2 = (
    "Kestle Outdoor reports second quarter 2026 results\n\nKESTLE, 29 July 2026 - Kestle "
    "Outdoor today reported revenue of \u00a3371.2 million for the second quarter ended 30 June "
    "2026, up 9% from \u00a3340.5 million a year earlier.\n\nAdjusted earnings per share were "
    "15.1p, and the company reaffirmed its full-year guidance.\n\n"
    '"Our new lightweight tent range sold out twice in the spring," said Mara Voss, chief '
    "executive.\n\n" + KESTLE_TAIL
)
Q3_DISTRIBUTED = (
    "Source: Kestle Outdoor\n\n" + Q3_LEAD + '"Camping gear demand stayed strong through the '
    'summer and our order book has never been fuller," said Mara Voss, chief executive.\n\n'
    + KESTLE_TAIL
    + "\n\nThis content was distributed by Brightwire on behalf of the issuer. Brightwire is "
    "not responsible for its accuracy."
)


def _pairs(*rows: tuple[str, str, str, str]) -> list[tuple[str, str]]:
    arts = tuple(make_article(t, id=i, source=s, published=p) for i, s, p, t in rows)
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    return [(p.source_id, p.target_id) for p in out.pairs]


def test_two_companies_sharing_one_pr_firms_contact_block_are_two_releases() -> None:
    """The block names neither company: a form both fill in, so the two releases are
    weighed as one form refilled and not linked."""
    assert (
        _pairs(
            ("a", "Kestle Outdoor", "2026-10-28T07:00:00Z", PR_ONE),
            ("b", "Westby Gas", "2026-10-28T07:05:00Z", PR_TWO),
        )
        == []
    )


def test_a_distributors_copy_of_a_release_is_still_a_release() -> None:
    """A distributor's copy of the third quarter's release shares the company's whole tail
    ("Ends", "Notes to editors", contacts) with its second quarter's release: its own
    structure lines make it a release, and the two quarters one form."""
    assert (
        _pairs(
            ("q2", "Kestle Outdoor", "2026-07-29T07:00:00Z", Q2),
            ("q3", "Brightwire", "2026-10-28T07:02:00Z", Q3_DISTRIBUTED),
        )
        == []
    )


PR_BLOCK = (
    "Media contact:\nJo Parr\nBrightline Communications\nPhone: 020 7946 0321\n"
    "Email: jo.parr@brightline.example"
)


def test_a_rewrite_pasting_a_pr_firms_block_or_the_notes_to_editors_keeps_its_share() -> None:
    """The block names the PR firm, not the issuer, and "Notes to editors" is a release's
    own line: the rewrite, about the issuer ("Kelmbach") and not named by the release, is
    its copier all the same (a review: both fell to "non", 0.15 and 0.12)."""
    noted = RELEASE_BODY.replace("About Kelmbach Utilities", "Notes to editors")
    notes = noted[noted.index("Notes to editors") :].rstrip()
    for release, rewrite in (
        (RELEASE_BODY + PR_BLOCK, REWRITE_BODY + PR_BLOCK),
        (noted + CONTACT, REWRITE_BODY + notes),
    ):
        arts = (
            make_article(release, id="r", source="Kelmbach Utilities", published="2026-03-09T10Z"),
            make_article(rewrite, id="n", source="Kelmbach Online", published="2026-03-10T06Z"),
        )
        out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
        (prov,) = [p for p in out.provenance if p.article_id == "n"]
        assert prov.sources.get("r", 0.0) > 0.5
