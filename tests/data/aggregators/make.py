"""Write corpus.jsonl: an invented corpus of aggregators and excerpts (every outlet, person,
place and event is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).

1. Four outlets (Harwick Standard, Lowmoor Courier, Brackenfield Post, Calder Bay Times), two
   stories each that aggregators excerpt, and two or three unrelated stories each.
2. Two aggregators (NewsNest, The Briefly) republishing the first one or two paragraphs of
   those stories under their own headline, each item ending "Read the full story at
   <Outlet>." or "Continue reading on <Outlet>."; one item per story, except one story's
   excerpt carried by both; some items dated (one before the outlet's own, updated, time),
   some not.
3. The Briefly's morning briefing: five one-sentence summaries of five stories, each naming
   its outlet.
4. A scraper site (newsfeed24.net) republishing four whole Lowmoor Courier stories verbatim
   with its own footer ("Source: Lowmoor Courier. All rights belong to their owners."), two
   with the Courier's dateline stripped.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus.jsonl"

records: list[dict[str, str]] = []

HS = "Harwick Standard"
LC = "Lowmoor Courier"
BP = "Brackenfield Post"
CT = "Calder Bay Times"
NN = "NewsNest"
BR = "The Briefly"
SCRAPER = "newsfeed24.net"
STORIES: dict[str, list[str]] = {}


def add(id_: str, source: str, title: str, paras: list[str], published: str | None = None) -> None:
    rec = {"id": id_, "source": source, "title": title, "text": "\n\n".join(paras)}
    if published:
        rec["published"] = published
    records.append(rec)
    STORIES[id_] = paras


# 1. The outlets' stories -------------------------------------------------------------------

add(
    "hs-bridge",
    HS,
    "Old Mill Bridge shut indefinitely after engineers find cracks",
    [
        "The Old Mill Bridge in Harwick will stay closed to all traffic for the foreseeable future "
        "after a routine inspection found cracks in two of its three stone arches, the county "
        "highways department said on Monday.",
        "About 14,000 vehicles cross the Grade II-listed bridge every day, and the closure forces "
        "drivers onto a nine-mile diversion through Pelling and Ashcombe. Buses on the 41 and 42 "
        "routes will be rerouted from Tuesday morning.",
        "Engineers were called in after a council worker noticed loose mortar falling into the "
        "river below last week. Divers will examine the foundations of the central pier before any "
        "decision on repairs is made, a process expected to take at least a month.",
        "Councillor Mary Fenwick, the cabinet member for transport, said the council had no "
        'choice. "Nobody wants to see this bridge closed, but we will not take risks with '
        "people's safety,\" she said.",
        "Traders on Mill Street said they feared a repeat of 2019, when a six-week closure for "
        "resurfacing cut footfall in the town centre by a third. The chamber of commerce has asked "
        "for free parking in the town's two council car parks while the work goes on.",
    ],
    "2026-05-04T07:30:00+01:00",
)

add(
    "hs-hospital",
    HS,
    "Harwick General opens £9m urgent treatment centre",
    [
        "A new urgent treatment centre has opened at Harwick General Hospital in an attempt to cut "
        "waiting times in its overstretched emergency department.",
        "The £9 million unit, built on the site of a former staff car park, will treat minor "
        "injuries and illnesses such as sprains, cuts and infections, leaving the emergency "
        "department free for the most seriously ill patients. It will be open from 8am to 10pm "
        "every day.",
        "Last winter, fewer than half of patients arriving at the emergency department were seen "
        "within four hours, one of the worst figures in the region.",
        "Dr Anil Raheja, the hospital's medical director, said the centre would see up to 150 "
        'patients a day. "People with a sprained wrist should not have to wait behind people '
        'having heart attacks, and now they will not have to," he said.',
    ],
    "2026-05-05T06:00:00+01:00",
)

add(
    "hs-allotments",
    HS,
    "Allotment waiting list in Harwick tops 600",
    [
        "More than 600 people are now waiting for an allotment in Harwick, some of them for up to "
        "eight years, according to figures obtained by the Standard.",
        "The town council manages 212 plots on four sites. Only 19 became free last year, mostly "
        "after their holders moved away or died.",
        "The council is considering splitting full-size plots in half when they fall vacant, as "
        "several other towns have done, and is looking for land for a fifth site near the "
        "cemetery on Ferry Lane.",
    ],
    "2026-05-06T08:00:00+01:00",
)

add(
    "hs-choir",
    HS,
    "Harwick Male Voice Choir celebrates its centenary",
    [
        "The Harwick Male Voice Choir will mark a hundred years of singing with a concert at St "
        "Oswald's Church on Saturday, joined by former members from as far away as Canada.",
        "The choir was founded in 1926 by miners from the Ashcombe pit and rehearsed in the back "
        "room of the Red Lion for its first forty years. It now has 38 members, the youngest of "
        "them 19.",
        "Its musical director, Gareth Pryce, said the choir was always looking for new voices. "
        '"You do not need to read music, you just need to turn up on a Thursday," he said.',
    ],
    "2026-05-07T09:00:00+01:00",
)

add(
    "lc-biscuits",
    LC,
    "Biscuit factory to close with loss of 300 jobs",
    [
        "LOWMOOR, May 4 \u2014 Hartley's, the biscuit maker that has baked in Lowmoor since 1911, "
        "will close its factory on Canal Road next spring with the loss of about 300 jobs, its "
        "owners announced on Monday.",
        "Parent company Dunmore Foods said production of the factory's best-known lines, including "
        "the Lowmoor Crunch, would move to its plant in the Netherlands, which it said was newer "
        "and cheaper to run.",
        "Workers were told at a meeting at the start of the morning shift. One packing line "
        'operator, who asked not to be named, said many of her colleagues had been in tears. "My '
        'mother worked here, my aunt worked here. It is the heart of this town," she said.',
        "The Bakers' Union said it would fight the closure and called on Dunmore to open talks on "
        "a sale of the site to a buyer who would keep it running.",
        "Lowmoor's MP, Rachel Odell, said she would seek an urgent meeting with the company's "
        "chief executive.",
    ],
    "2026-05-04T12:15:00+01:00",
)

add(
    "lc-cycle",
    LC,
    "Council backs 11 miles of new cycle lanes",
    [
        "LOWMOOR, May 5 \u2014 Eleven miles of protected cycle lanes will be built across Lowmoor "
        "over the next three years after councillors approved the plan by 31 votes to 12 on "
        "Tuesday night.",
        "The first route will link the railway station with the university campus along Queen's "
        "Road, where a cyclist was killed in a collision with a lorry in 2024.",
        "The scheme will cost £14.5 million, most of it from a regional transport grant. About 160 "
        "parking spaces will be removed along the routes, which opponents said would hurt shops.",
        "Councillor Dev Malhotra, who proposed the plan, said it would make the city safer for "
        'everyone. "This is about letting a twelve-year-old ride to school without their parents '
        'being terrified," he said.',
    ],
    "2026-05-05T22:40:00+01:00",
)

add(
    "lc-library",
    LC,
    "Lowmoor Central Library to reopen after two-year refurbishment",
    [
        "LOWMOOR, May 6 \u2014 Lowmoor Central Library will reopen to the public on June 1 after a "
        "two-year refurbishment that has restored its Victorian reading room and added a cafe and "
        "a children's floor.",
        "The building, a gift to the town from the mill owner Samuel Greaves in 1889, closed in "
        "2024 when water was found coming through the dome.",
        "The £6.2 million project was paid for by the council and a heritage lottery grant. The "
        "library's 80,000 books, kept in a warehouse during the work, are being returned to the "
        "shelves this month.",
    ],
    "2026-05-06T10:00:00+01:00",
)

add(
    "lc-market",
    LC,
    "Lowmoor market traders win rent freeze",
    [
        "LOWMOOR, May 7 \u2014 Traders at Lowmoor's indoor market have won a two-year freeze on "
        "their rents after a campaign that saw more than 4,000 people sign a petition.",
        "The council had planned to raise stall rents by 12 per cent from July to help pay for "
        "repairs to the market hall's roof. Traders said the rise would have forced at least a "
        "dozen of them out of business.",
        "The council's finance chief, Councillor Joan Abbott, said the roof repairs would now be "
        "paid for from reserves.",
    ],
    "2026-05-07T15:00:00+01:00",
)

add(
    "lc-derby",
    LC,
    "Lowmoor Rovers fans plan march over ticket prices",
    [
        "LOWMOOR, May 8 \u2014 Supporters of Lowmoor Rovers will march from the town hall to the "
        "club's Brook Lane ground before Saturday's derby in protest at a 20 per cent rise in "
        "season ticket prices.",
        "The Rovers Supporters' Trust said the club had not consulted fans before announcing the "
        "new prices, which will see an adult season ticket cost £560.",
        "A club spokesman said the rise was needed to keep the team competitive and that "
        "under-18s and over-65s would still pay last season's prices.",
    ],
    "2026-05-08T11:00:00+01:00",
)

add(
    "bp-hosepipe",
    BP,
    "Hosepipe ban for Brackenfield as reservoirs fall to 41%",
    [
        "A hosepipe ban will come into force across Brackenfield and the surrounding villages from "
        "Friday after the driest spring in the region for more than fifty years left reservoirs "
        "at 41 per cent of capacity.",
        "Moorside Water said it had no choice but to act now to protect supplies for the summer. "
        "Anyone caught using a hosepipe to water a garden or wash a car could be fined up to "
        "£1,000.",
        "Rainfall at the Brackenfield weather station was 38 per cent of the average between "
        "February and April. The company said it was also fixing leaks at a rate of 400 a week.",
        "Farmers said the dry weather was already hurting crops, and the National Farmers' Union "
        "asked that agricultural users be given priority.",
    ],
    "2026-05-04T16:00:00+01:00",
)

add(
    "bp-takeover",
    BP,
    "American investor agrees to buy Brackenfield Athletic",
    [
        "Brackenfield Athletic have agreed to be sold to an American investment group led by the "
        "Ohio businessman Carl Westbrook, ending two years of uncertainty over the club's future.",
        "The deal, thought to be worth about £18 million, still needs the approval of the league. "
        "Westbrook has promised to clear the club's debts and to expand the main stand at Holme "
        "Park.",
        "The club's chairman, Peter Lyle, who has tried to sell since 2024, said he was handing "
        "over to someone who shared the fans' ambitions. \"This club needs investment I cannot "
        'give it," he said.',
        "Supporters' groups gave the news a cautious welcome but asked to meet the new owners.",
    ],
    "2026-05-06T18:30:00+01:00",
)

add(
    "bp-roadworks",
    BP,
    "Three months of roadworks for Brackenfield ring road",
    [
        "Drivers on the Brackenfield ring road face three months of delays from Monday as work "
        "begins to replace a gas main under the eastern carriageway.",
        "One lane will be closed in each direction between the Foundry roundabout and Sheep Lane, "
        "and a 30mph limit will apply. Work will stop over the August bank holiday weekend.",
        "Northgrid Gas said the old cast-iron main had reached the end of its life.",
    ],
    "2026-05-05T09:00:00+01:00",
)

add(
    "bp-bakery",
    BP,
    "Brackenfield bakery named best in the county",
    [
        "A family bakery in Brackenfield has been named the best in the county at an awards "
        "ceremony in Calder Bay.",
        "Marsh & Daughters, on Kiln Street, has been making bread in the same ovens since 1952. "
        "Judges praised its sourdough and its Eccles cakes.",
        'Owner Helen Marsh said she would celebrate by sleeping in for once. "I have been up at '
        'three every morning for thirty years," she said.',
    ],
    "2026-05-07T12:00:00+01:00",
)

add(
    "ct-ferry",
    CT,
    "Calder Bay ferries cancelled as crews strike",
    [
        "All ferry crossings between Calder Bay and the Holm Islands have been cancelled for 48 "
        "hours after crew members walked out in a dispute over pay and rest breaks.",
        "Islands Ferry Company said about 2,000 passengers had been booked to travel, and that it "
        "would offer full refunds. Freight, including food deliveries to the islands' two "
        "supermarkets, will also be stopped.",
        "The Maritime Workers' Union said its members had been offered a 2 per cent pay rise, "
        "which it called an insult after two years of rising prices on the islands.",
        "The company said its offer was fair and that it was ready to return to talks at any time.",
    ],
    "2026-05-05T11:30:00+01:00",
)

add(
    "ct-manuscript",
    CT,
    "Lost medieval manuscript found in Calder Bay museum store",
    [
        "A medieval manuscript thought lost for more than two centuries has been found in a box of "
        "uncatalogued papers in the store of the Calder Bay Museum.",
        "The book, a 14th-century psalter made for the priory on Holm Island, was last recorded in "
        "1789, when the priory's library was sold off. Curators believe it came to the museum as "
        "part of a bequest in the 1930s and was never unpacked.",
        "Dr Fiona Blake, the museum's keeper of collections, said she had to sit down when she "
        'realised what she was holding. "It is the most important thing to come out of our store '
        'in my lifetime," she said.',
        "The psalter will go on display in the autumn after conservation work.",
    ],
    "2026-05-07T10:00:00+01:00",
)

add(
    "ct-harbour",
    CT,
    "Calder Bay harbour wall to be raised by a metre",
    [
        "The harbour wall at Calder Bay is to be raised by a metre to protect the old town from "
        "rising sea levels and winter storms, under plans approved by the district council.",
        "The £11 million project will begin next year and take about eighteen months. The "
        "harbour will stay open throughout.",
        "Storm surges flooded homes on Quay Street twice in the past three winters.",
    ],
    "2026-05-06T07:00:00+01:00",
)

add(
    "ct-regatta",
    CT,
    "Record entry for Calder Bay regatta",
    [
        "A record 240 boats have entered this year's Calder Bay regatta, which returns to the "
        "harbour at the end of July for its 150th edition.",
        "Organisers said crews were coming from as far away as Brittany and the Faroe Islands, and "
        "that the anniversary race for traditional gig boats had filled in a day.",
    ],
    "2026-05-08T14:00:00+01:00",
)


# 2. The aggregators' items -----------------------------------------------------------------


def excerpt(
    id_: str,
    agg: str,
    of: str,
    title: str,
    n: int,
    ending: str,
    published: str | None = None,
    strip_dateline: bool = False,
) -> None:
    paras = list(STORIES[of][:n])
    if strip_dateline:
        paras[0] = paras[0].split(" \u2014 ", 1)[1]
    add(id_, agg, title, [*paras, ending], published)


excerpt(
    "nn-bridge",
    NN,
    "hs-bridge",
    "Harwick's Old Mill Bridge closed: cracks found in arches",
    1,
    f"Read the full story at {HS}.",
    "2026-05-04T08:05:00+01:00",
)
excerpt(
    "nn-hospital",
    NN,
    "hs-hospital",
    "New urgent care unit opens in Harwick",
    2,
    f"Read the full story at {HS}.",
)
excerpt(
    "nn-biscuits",
    NN,
    "lc-biscuits",
    "300 jobs to go as Hartley's biscuit factory shuts",
    2,
    f"Read the full story at {LC}.",
    "2026-05-04T13:00:00+01:00",
)
excerpt(
    "nn-hosepipe",
    NN,
    "bp-hosepipe",
    "Hosepipe ban: what Brackenfield residents need to know",
    2,
    f"Continue reading on {BP}.",
)
excerpt(
    "nn-ferry",
    NN,
    "ct-ferry",
    "Holm Islands cut off as ferry crews walk out",
    1,
    f"Read the full story at {CT}.",
    "2026-05-05T09:10:00+01:00",
)  # before the updated time
excerpt(
    "br-bridge",
    BR,
    "hs-bridge",
    "Harwick bridge closure: 9-mile diversion for drivers",
    1,
    f"Read the full story at {HS}.",
    "2026-05-04T09:20:00+01:00",
)
excerpt(
    "br-cycle",
    BR,
    "lc-cycle",
    "Lowmoor votes for cycle lanes",
    1,
    f"Continue reading on {LC}.",
    strip_dateline=True,
)
excerpt(
    "br-takeover",
    BR,
    "bp-takeover",
    "Brackenfield Athletic sold to US group",
    2,
    f"Continue reading on {BP}.",
    "2026-05-06T19:00:00+01:00",
)
excerpt(
    "br-manuscript",
    BR,
    "ct-manuscript",
    "Museum finds psalter missing since 1789",
    2,
    f"Read the full story at {CT}.",
)


# 3. The Briefly's morning briefing ---------------------------------------------------------

add(
    "br-briefing",
    BR,
    "Your morning briefing: Thursday",
    [
        "Good morning. Here is what you need to know today.",
        "A medieval psalter missing since 1789 has turned up in a box in the store of the Calder "
        "Bay Museum, the Calder Bay Times reports.",
        "Brackenfield Athletic are to be sold to an American group led by Carl Westbrook for about "
        "£18 million, according to the Brackenfield Post.",
        "Lowmoor councillors have voted 31 to 12 for eleven miles of protected cycle lanes, the "
        "Lowmoor Courier says.",
        "Harwick General Hospital has opened a £9 million urgent treatment centre for minor "
        "injuries, reports the Harwick Standard.",
        "Drivers face a nine-mile diversion after cracks were found in the arches of Harwick's Old "
        "Mill Bridge, the Harwick Standard says.",
        "That's all for today. See you tomorrow.",
    ],
    "2026-05-07T06:30:00+01:00",
)


# 4. The scraper's copies -------------------------------------------------------------------

FOOTER = f"Source: {LC}. All rights belong to their owners."


def scrape(id_: str, of: str, published: str | None, strip_dateline: bool) -> None:
    paras = list(STORIES[of])
    if strip_dateline:
        paras[0] = paras[0].split(" \u2014 ", 1)[1]
    title = next(r["title"] for r in records if r["id"] == of)
    add(id_, SCRAPER, title, [*paras, FOOTER], published)


scrape("nf-biscuits", "lc-biscuits", "2026-05-04T14:02:00+01:00", strip_dateline=False)
scrape("nf-cycle", "lc-cycle", None, strip_dateline=True)
scrape("nf-market", "lc-market", "2026-05-07T18:45:00+01:00", strip_dateline=True)
scrape("nf-derby", "lc-derby", None, strip_dateline=False)


def main() -> None:
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
