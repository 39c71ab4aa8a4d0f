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
