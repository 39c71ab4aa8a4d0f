"""Write corpus.jsonl: an invented syndication corpus (every name, place and event is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` and ``gold.json`` beside this
file.  The gold follows from how each article is built (keys: the record ids; the format is
the one of ``tests/data/newsroom/gold.json``, plus ``shares``: an article's reused share).

1. A Calloway Press Association (CPA) wire story and 25 sites' reprints of it: verbatim under
   their own headlines, trimmed at the end, a local paragraph added at the top or bottom, the
   dateline and credit removed; half of the reprints dated, half undated.
2. Orrin Valley Foods' press release put out by BrightLine PR Wire (whose own copy is not in
   the corpus) and posted verbatim on 15 sites, each ending with the same "About Orrin Valley
   Foods" paragraph and the wire's disclaimer; two news stories that rewrite parts of it; the
   company's later release (same "About" paragraph) on its own site and on one portal.
3. The Harrow Vale Record: 20 articles, each ending with its newsletter footer, the columns
   with its columnist's standard bio; two of them share a real background paragraph.
4. 24 articles on the same company, town and week, written independently.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus.jsonl"
records: list[dict[str, str]] = []


def add(id_: str, source: str, title: str, paras: list[str], published: str | None = None) -> None:
    rec = {"id": id_, "source": source, "title": title, "text": "\n\n".join(paras)}
    if published:
        rec["published"] = published
    records.append(rec)


# --- 1. the wire story and its reprints -----------------------------------------------------
WIRE_LEAD = (
    "LANTERMOOR, June 3 (Calloway Press) - A landslip after two days of heavy rain buried a "
    "200-metre stretch of the Harrowgate branch railway near Lantermoor on Wednesday, halting "
    "trains between Lantermoor and Skelby for at least a week, the rail operator said."
)
WIRE_LEAD_BARE = WIRE_LEAD.split(" - ", 1)[1]
WIRE_BODY = [
    "No trains were on the line when the hillside gave way shortly before 5 a.m., and no one was "
    "hurt, according to Westfell Railways, which runs the service.",
    "Engineers using drones found that about 9,000 tonnes of earth and rock had slid onto the "
    "tracks from a cutting above the village of Pellingham, and that a drainage culvert beneath "
    "the line had collapsed.",
    '"This is the largest slip we have dealt with on the branch in thirty years, and we will not '
    "reopen it until we are certain the slope is stable,\" said Westfell's chief engineer, "
    "Rhiannon Gault.",
    "Replacement buses will run every half hour between Lantermoor and Skelby, adding about 40 "
    "minutes to the journey, the company said. About 4,000 passengers use the branch on a "
    "typical weekday.",
    "The county highways department closed a minor road above the cutting as a precaution and "
    "said geologists would inspect the slope on Thursday.",
    "Forecasters expect a further 30 millimetres of rain over the hills by Friday, and the "
    "Environment Office has issued flood alerts for the Skel and Harrow rivers.",
]
WIRE_CREDIT = "(Reporting by Tomas Verhey; editing by Ines Marlow)"
WIRE = [WIRE_LEAD, *WIRE_BODY, WIRE_CREDIT]
add(
    "cpa-landslip",
    "Calloway Press Association",
    "Landslip buries Harrowgate branch line, trains halted for a week",
    WIRE,
    "2026-06-03T05:40:00+00:00",
)

# (id, source, own headline, variant, local paragraph or None, published or None)
REPRINTS = [
    (
        "rp01",
        "Skelby Mercury",
        "Rail line to Skelby shut by landslip",
        "verbatim",
        None,
        "2026-06-03T07:15:00+00:00",
    ),
    (
        "rp02",
        "Northfield Post",
        "Week-long rail closure after hillside collapses",
        "verbatim",
        None,
        None,
    ),
    (
        "rp03",
        "Castlebrook Times",
        "Landslip closes branch railway",
        "verbatim",
        None,
        "2026-06-03T08:02:00+00:00",
    ),
    (
        "rp04",
        "Dunholt Advertiser",
        "Harrowgate line buried under 9,000 tonnes of earth",
        "verbatim",
        None,
        None,
    ),
    (
        "rp05",
        "Midshire Online",
        "Trains stopped as hillside slides onto railway",
        "verbatim",
        None,
        "2026-06-03T09:30:00+00:00",
    ),
    ("rp06", "Fellside Gazette", "Pellingham landslip halts trains", "verbatim", None, None),
    (
        "rp07",
        "Weardon Herald",
        "Branch line closed for a week after slip",
        "verbatim",
        None,
        "2026-06-03T10:45:00+00:00",
    ),
    ("rp08", "Ambleford Journal", "Landslip: buses replace Skelby trains", "verbatim", None, None),
    (
        "rp09",
        "Tarnfield News",
        "Railway buried by landslip near Lantermoor",
        "verbatim",
        None,
        "2026-06-03T12:10:00+00:00",
    ),
    (
        "rp10",
        "Coldharbour Chronicle",
        "Hillside gives way onto Harrowgate branch",
        "verbatim",
        None,
        None,
    ),
    (
        "rp11",
        "Brindle Valley Express",
        "Landslip shuts railway",
        "trim1",
        None,
        "2026-06-03T07:50:00+00:00",
    ),
    ("rp12", "Hollesley Echo", "Skelby trains halted by landslip", "trim2", None, None),
    (
        "rp13",
        "Rookhope Standard",
        "Landslip closes line for a week",
        "trim3",
        None,
        "2026-06-03T11:20:00+00:00",
    ),
    ("rp14", "Kirkmoor Mail", "Line buried by slip", "trim2", None, None),
    (
        "rp15",
        "Saltersby Courier",
        "Rail closure after landslip",
        "trim1",
        None,
        "2026-06-03T13:05:00+00:00",
    ),
    (
        "rp16",
        "Skelby Free Press",
        "Skelby commuters face week of buses after landslip",
        "top",
        "Commuters in Skelby face a week of slower journeys to work after the town's only rail "
        "link was cut, and the Skelby Free Press has asked the operator to add extra morning buses "
        "for pupils at Skelby Grammar.",
        "2026-06-03T08:40:00+00:00",
    ),
    (
        "rp17",
        "Pellingham Parish News",
        "Our hillside slips onto the railway",
        "top",
        "Residents of Hollow Lane in Pellingham told us they heard a long rumble before dawn and "
        "found the footpath to the station fenced off by morning.",
        None,
    ),
    (
        "rp18",
        "Dunholt Advertiser Weekly",
        "Landslip: what it means for Dunholt travellers",
        "top",
        "Dunholt passengers who change at Lantermoor for Skelby should allow an extra hour this "
        "week, the town's rail users' group warned on Wednesday.",
        "2026-06-04T06:00:00+00:00",
    ),
    (
        "rp19",
        "Harrowgate Weekly",
        "Branch line landslip",
        "bottom",
        "The Harrowgate branch was last closed for a long period in the winter of 1996, when "
        "floods washed away a bridge near Skelby; a town meeting on the closure will be held at "
        "the Corn Exchange on Monday.",
        None,
    ),
    (
        "rp20",
        "Lantermoor Gazette",
        "Landslip: line to stay shut",
        "bottom",
        "Lantermoor's market traders said Wednesday's stalls were quieter than usual, with fewer "
        "shoppers arriving from Skelby, and asked the council to waive car park charges while the "
        "line is closed.",
        "2026-06-03T14:30:00+00:00",
    ),
    ("rp21", "Midshire Radio News", "Landslip stops Skelby trains", "nodate", None, None),
    (
        "rp22",
        "Eastfell Observer",
        "Railway closed by landslip",
        "nodate",
        None,
        "2026-06-03T09:55:00+00:00",
    ),
    ("rp23", "Corbridge Clarion", "Hillside slip buries tracks", "nodate", None, None),
    (
        "rp24",
        "Wyre Vale Times",
        "Landslip halts branch line trains",
        "nodate",
        None,
        "2026-06-03T15:40:00+00:00",
    ),
    ("rp25", "Sandholme Reporter", "Trains off for a week after landslip", "nodate", None, None),
]
for key, source, title, variant, local, published in REPRINTS:
    if variant == "verbatim":
        paras = WIRE
    elif variant.startswith("trim"):
        paras = [WIRE_LEAD, *WIRE_BODY[: len(WIRE_BODY) - int(variant[-1])]]
    elif variant == "top":
        paras = [local or "", *WIRE]
    elif variant == "bottom":
        paras = [*WIRE[:-1], local or "", WIRE_CREDIT]
    else:  # dateline and credit removed
        paras = [WIRE_LEAD_BARE, *WIRE_BODY]
    add(f"{key}-landslip", source, title, paras, published)

# --- 2. the press release, its copies, two rewrites and the company's later release ----------
ABOUT = (
    "About Orrin Valley Foods\nOrrin Valley Foods makes oat-based cereals, snacks and drinks at "
    "mills in Lantermoor and Castlebrook. Founded in 1952, the family-owned company employs "
    "1,100 people and sells its products in 22 countries. For more information visit "
    "www.orrinvalley.example."
)
DISCLAIMER = (
    "BrightLine PR Wire is a distribution service. The views and claims in this release are "
    "those of the issuing organisation; the publisher of this page has not verified them and "
    "accepts no responsibility for them."
)
RELEASE = [
    "LANTERMOOR, England, June 4, 2026 /BrightLine PR Wire/ -- Orrin Valley Foods, the oat and "
    "cereal maker, today announced a £38 million expansion of its Lantermoor mill that will "
    "create 160 jobs over the next three years.",
    "The investment will add two production lines for oat drinks and a solar array on the roof "
    "of the mill's warehouse, which the company expects to supply a fifth of the site's "
    "electricity.",
    '"Lantermoor has been our home since 1952, and this expansion is a vote of confidence in the '
    'people who work here," said Delphine Awoke, chief executive of Orrin Valley Foods. "We '
    'expect the first new line to be running by the spring of 2027."',
    "Construction is due to begin in September, subject to final approval from Harrow Vale "
    "District Council. The company said it would recruit locally and offer forty "
    "apprenticeships with Lantermoor College.",
    "The mill currently processes about 85,000 tonnes of oats a year, most of it grown by "
    "farmers within 60 miles of Lantermoor, and the expansion will raise that to 120,000 tonnes.",
    ABOUT,
    DISCLAIMER,
]
RELEASE_TITLE = (
    "Orrin Valley Foods announces £38 million Lantermoor mill expansion, creating 160 jobs"
)
PORTALS = [
    ("pr01", "Northfield Business Daily", "2026-06-04T07:05:00+00:00"),
    ("pr02", "Midshire Enterprise Hub", "2026-06-04T07:20:00+00:00"),
    ("pr03", "Food Trade Bulletin", "2026-06-04T07:45:00+00:00"),
    ("pr04", "Regional Jobs Wire", None),
    ("pr05", "Harrow Vale Chamber News", "2026-06-04T08:30:00+00:00"),
    ("pr06", "Agri-Markets Today", None),
    ("pr07", "Investor Notes Online", "2026-06-04T09:10:00+00:00"),
    ("pr08", "Castlebrook Business", None),
    ("pr09", "Green Factory Review", "2026-06-04T10:00:00+00:00"),
    ("pr10", "Mill & Grain Weekly", None),
    ("pr11", "Northern Manufacturing News", "2026-06-04T11:25:00+00:00"),
    ("pr12", "Lantermoor Business Forum", None),
    ("pr13", "Oat Industry Digest", "2026-06-04T12:40:00+00:00"),
    ("pr14", "Orrin Valley Foods", "2026-06-04T07:02:00+00:00"),
    ("pr15", "Skelby Trade Directory", None),
]
for key, source, published in PORTALS:
    title = RELEASE_TITLE if key != "pr07" else "Orrin Valley Foods to invest £38m in Lantermoor"
    add(f"{key}-orrin-expansion", source, title, RELEASE, published)

add(
    "lc-orrin-jobs",
    "Lantermoor Courier",
    "160 jobs as oat mill plans £38m expansion",
    [
        "Orrin Valley Foods is to spend £38 million expanding its Lantermoor mill, creating 160 "
        "jobs over three years, the company announced on Thursday.",
        "The investment will add two production lines for oat drinks and a solar array on the "
        "warehouse roof, which the firm expects to provide a fifth of the mill's electricity.",
        "Building work is due to start in September if Harrow Vale District Council gives final "
        "approval, and the company has promised to recruit locally and offer forty "
        "apprenticeships with Lantermoor College.",
        "Councillor Agnes Threlfall, who represents the mill's ward, said she welcomed the jobs "
        "but would press the company over lorry traffic on Station Road, where residents have "
        "complained about early-morning deliveries for years.",
        "Ben Oduya of the Bakers and Food Workers' Union said members at the mill had not been "
        "consulted and that the union wanted new posts to be permanent rather than agency work.",
    ],
    "2026-06-04T13:15:00+00:00",
)
add(
    "mes-orrin-solar",
    "Midshire Evening Star",
    "Oat maker's expansion to bring solar roof and apprenticeships",
    [
        "A solar roof, two new oat-drink lines and forty apprenticeships are at the heart of "
        "a £38 million plan announced on Thursday for the Orrin Valley Foods mill in Lantermoor.",
        "The family firm, which has milled oats in the town for more than seventy years, says the "
        "panels on its warehouse will supply a fifth of the site's power.",
        '"Lantermoor has been our home since 1952, and this expansion is a vote of confidence in '
        'the people who work here," said chief executive Delphine Awoke.',
        "Lantermoor College's principal, Rohan Iles, said the apprenticeships would be the "
        "largest single intake in the college's engineering department, and that places would be "
        "advertised in the autumn.",
        "Farmers in the Skel valley, who supply much of the mill's grain, said they hoped the "
        "extra demand would bring longer contracts.",
    ],
    "2026-06-04T17:30:00+00:00",
)

LATER = [
    "LANTERMOOR, England, June 18, 2026 -- Orrin Valley Foods today named Priya Hallam as "
    "director of its Lantermoor mill, where she will lead the company's expansion programme.",
    "Hallam joins from a dairy cooperative in the west of the country, where she ran three "
    "plants and oversaw the switch of its vans to electric power.",
    '"Priya brings exactly the experience we need as we build our new lines," said Delphine '
    'Awoke, chief executive. Hallam said she was "delighted to join a business with such deep '
    'roots in its town".',
    "She succeeds Gordon Marr, who retires at the end of July after 31 years with the company.",
    ABOUT,
]
add(
    "ovf-mill-director",
    "Orrin Valley Foods",
    "Orrin Valley Foods appoints Lantermoor mill director",
    LATER,
    "2026-06-18T08:00:00+00:00",
)
add(
    "nbd-mill-director",
    "Northfield Business Daily",
    "Orrin Valley Foods appoints Lantermoor mill director",
    [*LATER, DISCLAIMER],
    "2026-06-18T08:40:00+00:00",
)

# --- 3. the Harrow Vale Record: its own footer on every article ------------------------------
HVR = "Harrow Vale Record"
NEWSLETTER = (
    "Get the Record's free morning newsletter with the day's news from across the Vale: sign "
    "up at harrowvalerecord.example/newsletter."
)
BIO = (
    "Maud Ferrier has written about Harrow Vale's council, courts and countryside for the Record "
    "since 2009. Her column appears every Thursday."
)
FLOOD_BACKGROUND = (
    "Hallow Brook, which runs in a culvert beneath the school playground and the neighbouring "
    "allotments, burst its banks twice in 2019, and the district council has twice postponed a "
    "£1.2 million scheme to widen the culvert because of rising building costs."
)
HVR_ARTICLES: list[tuple[str, str, list[str], bool]] = [
    (
        "hvr01-bins",
        "Bin collections move to Tuesdays in Lantermoor east",
        [
            "Households on the eastern side of Lantermoor will have their bins emptied on Tuesdays "
            "instead of Fridays from July, the district council has confirmed.",
            "The change follows the purchase of two electric refuse lorries, which need a midweek "
            "charge at the depot on Mill Street.",
        ],
        False,
    ),
    (
        "hvr02-school-flood",
        "Hallow Brook floods primary school playground",
        [
            "Pupils at St Bede's Primary in Lantermoor were kept indoors on Tuesday after Hallow "
            "Brook overflowed and left the playground under ankle-deep water.",
            FLOOD_BACKGROUND,
            "Headteacher Carys Penhale said lessons went ahead as normal and that parents had been "
            "asked to collect children from the front gate.",
        ],
        False,
    ),
    (
        "hvr03-column-hedges",
        "Maud Ferrier: Our hedges deserve better than a flail",
        [
            "Every June I drive the lanes above Pellingham and wince. The hedge cutters are out "
            "early again, shredding hawthorn just as the thrushes are feeding their second brood.",
            "The rules say farmers must wait until September. The rules also say nobody checks.",
        ],
        True,
    ),
    (
        "hvr04-cricket",
        "Skelby cricket club wins its first cup in 40 years",
        [
            "Skelby Cricket Club lifted the Vale Challenge Cup on Sunday, beating Kirkmoor by six "
            "wickets at the Lantermoor ground with an over to spare.",
            "Opening batter Farah Quint made an unbeaten 71, and the club's oldest member, "
            "88-year-old "
            "Wilf Baines, presented the trophy.",
        ],
        False,
    ),
    (
        "hvr05-library",
        "Lantermoor library gets a makerspace",
        [
            "A room of 3D printers, sewing machines and a laser cutter opens at Lantermoor "
            "library on "
            "Saturday, paid for by a £60,000 grant from a national arts fund.",
            "Librarian Tomasz Nowicki said sessions would be free for under-18s.",
        ],
        False,
    ),
    (
        "hvr06-column-council",
        "Maud Ferrier: The council's silence on the bypass",
        [
            "Three years ago councillors promised a decision on the Lantermoor bypass by this "
            "summer. "
            "Summer is here. The decision is not.",
            "If the scheme is dead, say so; the people of Station Road have waited long enough.",
        ],
        True,
    ),
    (
        "hvr07-court-theft",
        "Man fined for stealing lead from church roof",
        [
            "A 34-year-old man from Dunholt was fined £900 at Harrow Vale magistrates' court on "
            "Monday for stealing lead from the roof of St Anne's church in Pellingham.",
            "The court heard that rain had since damaged the organ.",
        ],
        False,
    ),
    (
        "hvr08-market",
        "Farmers' market moves to the Corn Exchange",
        [
            "Lantermoor's monthly farmers' market will move indoors to the Corn Exchange from July "
            "after traders complained about wind damage to their stalls in the square.",
        ],
        False,
    ),
    (
        "hvr09-column-rain",
        "Maud Ferrier: Two days of rain and a railway gone",
        [
            "It took two days of rain to undo a railway that the Victorians cut by hand. Nobody "
            "who "
            "walked the Pellingham cutting last winter, with its springs running down the rock, "
            "can "
            "pretend to be surprised.",
            "The operator now promises a week. I will believe it when I hear a train.",
        ],
        True,
    ),
    (
        "hvr10-school-flood-2",
        "Parents demand action on Hallow Brook after second flood",
        [
            "Parents at St Bede's Primary have started a petition calling on the district council "
            "to "
            "widen Hallow Brook's culvert after the playground flooded for the second time in a "
            "week "
            "on Friday.",
            FLOOD_BACKGROUND,
            "The petition had 640 signatures by Friday evening. A council spokesman said the "
            "scheme "
            "would be reconsidered at the cabinet meeting on 24 June.",
        ],
        False,
    ),
    (
        "hvr11-swimming",
        "Lido reopens after £300,000 repairs",
        [
            "Skelby's open-air lido reopened on Saturday after a winter of repairs to its leaking "
            "tiles and pumps, with a queue of swimmers waiting at the gate from 6 a.m.",
        ],
        False,
    ),
    (
        "hvr12-column-oats",
        "Maud Ferrier: What the mill means to this town",
        [
            "My grandfather carried sacks at the Orrin Valley mill for forty years, and my school "
            "smelled of toasted oats every morning we had a west wind.",
            "Whatever the new lines bring, I hope the company remembers the lorries on Station "
            "Road.",
        ],
        True,
    ),
    (
        "hvr13-bus",
        "New bus route links Pellingham to hospital",
        [
            "A new hourly bus, the 47, will link Pellingham and Dunholt with Harrow Vale Hospital "
            "from Monday, ending a two-bus journey for patients from the hill villages.",
        ],
        False,
    ),
    (
        "hvr14-planning",
        "Homes plan for old tannery site refused",
        [
            "Plans for 48 flats on the site of the old Lantermoor tannery were refused on "
            "Wednesday "
            "after councillors said the design was too tall for the conservation area.",
        ],
        False,
    ),
    (
        "hvr15-obit",
        "Tributes to former mayor Hilda Gatenby",
        [
            "Hilda Gatenby, who served as Lantermoor's mayor in 1988 and ran the town's hardware "
            "shop for half a century, has died aged 94.",
            "Her family said she would be remembered for the Christmas lights she paid for herself "
            "when the council could not.",
        ],
        False,
    ),
    (
        "hvr16-column-trains",
        "Maud Ferrier: Buses are no substitute",
        [
            "I took the replacement bus from Skelby on Friday. Forty minutes became seventy, and "
            "the "
            "driver had never seen the road to Pellingham before.",
        ],
        True,
    ),
    (
        "hvr17-police",
        "Police appeal after quad bikes stolen from farm",
        [
            "Police are appealing for witnesses after two quad bikes were taken from a farm near "
            "Kirkmoor overnight on Tuesday.",
        ],
        False,
    ),
    (
        "hvr18-festival",
        "Vale folk festival announces line-up",
        [
            "The Harrow Vale folk festival will return to the Lantermoor showground in August with "
            "thirty acts over three days, organisers announced.",
        ],
        False,
    ),
    (
        "hvr19-column-lido",
        "Maud Ferrier: Cold water, warm hearts",
        [
            "The lido queue on Saturday was the happiest crowd I have seen in Skelby in years.",
        ],
        True,
    ),
    (
        "hvr20-roadworks",
        "Station Road to close for resurfacing",
        [
            "Station Road in Lantermoor will close overnight for five nights from 15 June while it "
            "is resurfaced, the county council said.",
        ],
        False,
    ),
]
HVR_DATES = [
    f"2026-06-{d:02d}T{h:02d}:00:00+01:00"
    for d, h in [
        (1, 7),
        (2, 8),
        (4, 7),
        (1, 18),
        (3, 9),
        (11, 7),
        (2, 14),
        (5, 10),
        (4, 7),
        (5, 18),
        (6, 9),
        (4, 8),
        (3, 15),
        (3, 19),
        (5, 12),
        (6, 7),
        (3, 8),
        (2, 17),
        (6, 10),
        (5, 7),
    ]
]
for (key, title, paras, column), published in zip(HVR_ARTICLES, HVR_DATES, strict=True):
    add(key, HVR, title, [*paras, *([BIO] if column else []), NEWSLETTER], published)

# --- 4. same company, town and week, written independently ----------------------------------
INDEPENDENT: list[tuple[str, str, str, list[str], str | None]] = [
    (
        "lg-landslip-own",
        "Lantermoor Gazette",
        "Pellingham wakes to a hillside on the tracks",
        [
            "Dawn in Pellingham on Wednesday brought a strange silence: the first train to Skelby "
            "never came, because a slice of the hill behind the church now lies across the rails.",
            "Our reporter walked the lane above the cutting, where the fence posts hang in the air "
            "and a farmer, Ewan Tulley, pointed to the spring that has run for weeks.",
            "Westfell Railways said it could not yet say when services would return.",
        ],
        "2026-06-03T16:00:00+00:00",
    ),
    (
        "sm-landslip-farmer",
        "Skelby Mercury",
        "Farmer warned of springs above cutting months ago",
        [
            "A Pellingham farmer says he told the railway in March that water was pouring out of "
            "the "
            "rock above the Harrowgate branch line.",
            "Ewan Tulley, whose sheep graze the field above the cutting, showed the Mercury an "
            "e-mail "
            "reply from the operator promising an inspection that, he says, never happened.",
            "Westfell Railways said it would review its correspondence.",
        ],
        "2026-06-04T09:00:00+00:00",
    ),
    (
        "mo-landslip-geology",
        "Midshire Online",
        "Why the Harrowgate hills keep moving",
        [
            "The hills around Lantermoor are made of soft mudstone capped by sandstone, a pairing "
            "that geologists say is prone to slipping whenever the ground is saturated.",
            "Dr Naomi Ekwueme of Midshire University said the valley had seen at least a dozen "
            "small slips since records began, most of them on farmland rather than railways.",
        ],
        "2026-06-05T08:00:00+00:00",
    ),
    (
        "dh-landslip-buses",
        "Dunholt Advertiser",
        "Replacement buses packed on first morning",
        [
            "Standing room only: that was the verdict of commuters on the first replacement "
            "coaches "
            "from Skelby on Thursday morning.",
            "One nurse said she had missed the start of her shift at Harrow Vale Hospital, and a "
            "driver admitted he had been given the route only the night before.",
        ],
        "2026-06-04T18:00:00+00:00",
    ),
    (
        "nfp-landslip-reopen",
        "Northfield Post",
        "Branch line could reopen on Tuesday, operator says",
        [
            "Westfell Railways now hopes to run trains to Skelby again by next Tuesday, two days "
            "sooner than feared, after contractors cleared most of the spoil from the cutting.",
            "Trains will run at reduced speed past Pellingham while monitors are installed on the "
            "slope.",
        ],
        "2026-06-06T11:00:00+00:00",
    ),
    (
        "ct-orrin-strike",
        "Castlebrook Times",
        "Oat mill workers to vote on strike over night shifts",
        [
            "Workers at Orrin Valley Foods' Castlebrook mill will vote next week on strike action "
            "over changes to night-shift pay.",
            "The Bakers and Food Workers' Union says about 140 members would lose up to £2,000 a "
            "year under the new rota. The company said talks were continuing.",
        ],
        "2026-06-02T10:00:00+00:00",
    ),
    (
        "ftb-oat-prices",
        "Food Trade Bulletin",
        "Oat prices climb after wet spring",
        [
            "Milling oat prices have risen by a fifth since March as a wet spring delayed planting "
            "across the north, traders said.",
            "Buyers including Orrin Valley Foods are said to be seeking longer contracts with "
            "growers "
            "to secure next year's supply.",
        ],
        "2026-06-01T09:00:00+00:00",
    ),
    (
        "lg-orrin-smell",
        "Lantermoor Gazette",
        "Residents complain of burnt smell from mill",
        [
            "Residents near the Orrin Valley mill say a burnt-toast smell has hung over Kiln "
            "Street "
            "for a fortnight.",
            "The company blamed a faulty extractor fan and said a replacement would be fitted by "
            "the "
            "weekend.",
        ],
        "2026-06-02T12:00:00+00:00",
    ),
    (
        "mes-orrin-sponsor",
        "Midshire Evening Star",
        "Oat firm to sponsor Lantermoor Town's new shirts",
        [
            "Lantermoor Town FC will carry the Orrin Valley Foods logo on their shirts next season "
            "after agreeing a three-year sponsorship deal.",
            "Club secretary Dale Pryor said the money would pay for floodlights at the Mill Lane "
            "ground.",
        ],
        "2026-06-05T15:00:00+00:00",
    ),
    (
        "ind-orrin-results",
        "Investor Notes Online",
        "Orrin Valley Foods profit dips on energy costs",
        [
            "Orrin Valley Foods reported a 9 per cent fall in annual operating profit to £14.6 "
            "million, blaming higher gas bills at its two mills.",
            "Sales rose 6 per cent to £212 million, helped by demand for oat drinks in export "
            "markets.",
        ],
        "2026-06-01T07:30:00+00:00",
    ),
    (
        "hw-orrin-history",
        "Harrowgate Weekly",
        "Seventy years of oats: a mill and its town",
        [
            "When the Orrin family bought a derelict corn mill by the Skel in 1952, Lantermoor had "
            "three bakeries and no supermarket.",
            "Retired foreman Arthur Leck remembers loading sacks onto the branch-line goods train "
            "that ran until 1964.",
        ],
        "2026-06-05T09:00:00+00:00",
    ),
    (
        "lc-market",
        "Lantermoor Courier",
        "Market traders fear loss of square",
        [
            "Stallholders at Lantermoor's Saturday market say a plan to pedestrianise the square "
            "could push them onto a car park at the edge of town.",
        ],
        "2026-06-02T09:00:00+00:00",
    ),
    (
        "lc-council",
        "Lantermoor Courier",
        "Council tax support scheme widened",
        [
            "More low-income households in Harrow Vale will qualify for help with council tax from "
            "October after cabinet members approved a wider scheme on Tuesday.",
        ],
        "2026-06-03T09:00:00+00:00",
    ),
    (
        "skfp-school",
        "Skelby Free Press",
        "Skelby Grammar pupils win robotics final",
        [
            "A team of five Year 10 pupils from Skelby Grammar won a regional robotics final with "
            "a "
            "machine that sorts recycling by colour.",
        ],
        "2026-06-05T10:00:00+00:00",
    ),
    (
        "eo-weather",
        "Eastfell Observer",
        "Wettest start to June in a decade",
        [
            "Rain gauges at Eastfell recorded 61 millimetres in the first three days of June, more "
            "than the whole of last June, the county's volunteer weather network said.",
        ],
        "2026-06-04T07:00:00+00:00",
    ),
    (
        "wh-hospital",
        "Weardon Herald",
        "Hospital car park charges to rise",
        [
            "Parking at Harrow Vale Hospital will cost £3.20 for up to four hours from July, up "
            "from "
            "£2.60, the health trust announced.",
        ],
        "2026-06-02T11:00:00+00:00",
    ),
    (
        "tn-fete",
        "Tarnfield News",
        "Pellingham fete goes ahead despite the slip",
        [
            "Pellingham's summer fete will go ahead on Saturday on the vicarage lawn, well away "
            "from "
            "the cutting, organisers said.",
        ],
        "2026-06-05T12:00:00+00:00",
    ),
    (
        "km-quarry",
        "Kirkmoor Mail",
        "Quarry expansion plan withdrawn",
        [
            "A plan to extend Kirkmoor's limestone quarry by 20 hectares has been withdrawn after "
            "objections from more than 900 residents.",
        ],
        "2026-06-03T10:00:00+00:00",
    ),
    (
        "cc-bridge",
        "Coldharbour Chronicle",
        "Footbridge over the Skel reopens",
        [
            "The Victorian footbridge over the River Skel at Coldharbour has reopened after "
            "volunteers raised £45,000 to replace its rotten deck.",
        ],
        "2026-06-01T14:00:00+00:00",
    ),
    (
        "ambj-election",
        "Ambleford Journal",
        "By-election called for Lantermoor North ward",
        [
            "Voters in Lantermoor North will elect a new district councillor on 10 July after the "
            "resignation of Councillor Jim Haworth, who is moving abroad.",
        ],
        "2026-06-04T13:00:00+00:00",
    ),
    (
        "bve-drought",
        "Brindle Valley Express",
        "Reservoirs full after wet week",
        [
            "Reservoirs serving the Harrow Vale are at 98 per cent of capacity after the week's "
            "downpours, the water company said, ruling out a hosepipe ban this summer.",
        ],
        "2026-06-06T09:00:00+00:00",
    ),
    (
        "srep-rail-history",
        "Sandholme Reporter",
        "The branch line that refused to close",
        [
            "The Harrowgate branch survived the cuts of the 1960s because a local solicitor, "
            "Martha "
            "Pym, organised a petition of 12,000 names, a story now told in a new book.",
        ],
        "2026-06-06T12:00:00+00:00",
    ),
    (
        "he-cinema",
        "Hollesley Echo",
        "Community cinema finds a new home",
        [
            "Lantermoor's volunteer-run cinema will screen films at the Corn Exchange from "
            "September "
            "after losing its lease at the old Methodist hall.",
        ],
        "2026-06-05T16:00:00+00:00",
    ),
    (
        "rs-orrin-apprentice",
        "Rookhope Standard",
        "Former apprentice now runs the mill's laboratory",
        [
            "Sofia Brandt joined Orrin Valley Foods at 16 as an apprentice fitter. Twenty years "
            "later "
            "she runs the quality laboratory that tests every batch of oats arriving at "
            "Lantermoor.",
        ],
        "2026-06-06T08:00:00+00:00",
    ),
]
for key, source, title, paras, published in INDEPENDENT:
    add(key, source, title, paras, published)

with OUT.open("w", encoding="utf-8") as f:
    for rec in records:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(records), "records ->", OUT)

# --- the gold ----------------------------------------------------------------------------------
wire = [f"{k}-landslip" for k, *_ in REPRINTS]
copies = [f"{k}-orrin-expansion" for k, *_ in PORTALS]
rewrites = ["lc-orrin-jobs", "mes-orrin-solar"]
later = ["ovf-mill-director", "nbd-mill-director"]
hvr = [k for k, *_ in HVR_ARTICLES]
independent = [k for k, *_ in INDEPENDENT]
LOCAL = {"top", "bottom"}
links = [
    {
        "source": "cpa-landslip",
        "target": t,
        "relation": "derived",
        "label": "wholly",
        "note": variant,
    }
    for t, (_, _, _, variant, _, _) in zip(wire, REPRINTS, strict=True)
] + [
    {
        "source": "pr14-orrin-expansion",
        "target": "lc-orrin-jobs",
        "relation": "derived",
        "label": "partially",
        "kind": ["verbatim", "edited"],
        "share": "0.45-0.65",
        "note": "three paragraphs rewritten, a councillor and a union added",
    },
    {
        "source": "pr14-orrin-expansion",
        "target": "mes-orrin-solar",
        "relation": "derived",
        "label": "partially",
        "kind": ["verbatim", "edited", "paraphrase"],
        "share": "0.4-0.65",
        "note": "lead and solar paragraph reworded, the chief executive quoted, a college added",
    },
    {
        "source": "hvr02-school-flood",
        "target": "hvr10-school-flood-2",
        "relation": "derived",
        "label": "partially",
        "kind": ["verbatim"],
        "share": "~0.35",
        "note": "one background paragraph copied; the outlet's footer aside",
    },
    {
        "source": "ovf-mill-director",
        "target": "nbd-mill-director",
        "relation": "derived",
        "label": "wholly",
        "note": "the later release posted by a portal with the wire's disclaimer",
    },
]
no_link = [[a, b] for i, a in enumerate(wire) for b in wire[i + 1 :]]  # sibling reprints
no_link += [[a, b] for a in copies + rewrites for b in later]  # the About paragraph alone
no_link += [rewrites]
no_link += [
    [a, b]
    for i, a in enumerate(hvr)
    for b in hvr[i + 1 :]
    if {a, b} != {"hvr02-school-flood", "hvr10-school-flood-2"}
]
everyone = [r["id"] for r in records]
no_link += [  # each independent article with every other article (each pair once)
    [a, b] for a in independent for b in everyone if b != a and (b not in independent or a < b)
]
shares = {
    t: "0.85-0.93" if v in LOCAL else "~1.0"
    for t, (*_, v, _, _) in zip(wire, REPRINTS, strict=True)
}
shares |= {c: "~1.0" for c in copies if c != "pr14-orrin-expansion"}
shares |= {"pr14-orrin-expansion": "~0.0", "cpa-landslip": "~0.0", "ovf-mill-director": "~0.0"}
gold = {
    "about": "Gold for corpus.jsonl, written by make.py from how each article is built (every "
    "name, place and event is invented). Format as tests/data/newsroom/gold.json; 'duplicates' "
    "may say whether the group's canonical is known to come first ('ordered'); 'shares' = an "
    "article's reused share ('~x' within 0.1, or 'a-b').",
    "duplicates": [
        {
            "members": ["cpa-landslip", *wire],
            "canonical": "cpa-landslip",
            "ordered": True,
            "note": "the agency's story, 25 reprints (trimmed, local paragraph, no dateline)",
        },
        {
            "members": copies,
            "canonical": "pr14-orrin-expansion",
            "note": "the company's own copy is the earliest; five copies are undated",
        },
        {"members": later, "canonical": "ovf-mill-director", "ordered": True},
    ],
    "links": links,
    "no_link": no_link,
    "not_derived": [
        "cpa-landslip",
        "pr14-orrin-expansion",
        "ovf-mill-director",
        *independent,
        *(k for k in hvr if k != "hvr10-school-flood-2"),
    ],
    "shares": shares,
    "boilerplate": [NEWSLETTER, BIO, ABOUT.split("\n", 1)[1], DISCLAIMER],
}
(OUT.parent / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
