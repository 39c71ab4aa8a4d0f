"""Write corpus.jsonl: an invented corpus of templated and automated news (every outlet,
company, team, town and figure is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).

1. An agency's automated third-quarter earnings stories, one template filled with nine
   companies' figures on one day; a paper reprints one word for word, another rewrites the
   same one with a local angle and an analyst's comment.
2. A sports-data service's automated match reports of one league round (one template, six
   matches); a local paper reprints one word for word.
3. A radio station's daily weather, pollen and traffic bulletin for five days (one template,
   new figures every day).
4. The agency's stock-market close report for each day of one week (one template, new
   numbers and movers); a partner site reprints Wednesday's under its own headline and
   credit line.
5. A company's second- and third-quarter results releases (one structure, one boilerplate,
   new figures), and a paper's story on each.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus.jsonl"

HFW = "Harwick Financial Wire"
records: list[dict[str, str]] = []


def add(id_: str, source: str, title: str, paras: list[str], published: str) -> None:
    records.append(
        {
            "id": id_,
            "source": source,
            "title": title,
            "text": "\n\n".join(paras),
            "published": published,
        }  # fmt: skip
    )


# 1. Automated earnings stories -----------------------------------------------------------

EARNINGS = [
    # id, company, city, net income, eps, previous ni, previous eps, up/down, pct, revenue,
    # expected eps, expected revenue, shares move, what it makes, time
    (
        "veltro",
        "Veltro Systems",
        "BRANNOCK",
        "412",
        "1.38",
        "355",
        "1.19",
        "rose",
        "11",
        "3.62",
        "1.31",
        "3.55",
        "rose 4.2",
        "industrial sensors and control software",
        "16:05",
    ),
    (
        "amsel",
        "Amsel Logistics",
        "CARROW",
        "96",
        "0.74",
        "118",
        "0.91",
        "fell",
        "6",
        "1.87",
        "0.80",
        "1.93",
        "fell 3.1",
        "warehouse and freight services",
        "16:07",
    ),
    (
        "pendry",
        "Pendry Bancorp",
        "ELMSFORD",
        "231",
        "2.05",
        "214",
        "1.90",
        "rose",
        "4",
        "0.98",
        "2.01",
        "0.97",
        "rose 0.8",
        "retail and business banking services",
        "16:09",
    ),
    (
        "quillon",
        "Quillon Pharma",
        "NORTH HAVERLY",
        "58",
        "0.22",
        "31",
        "0.12",
        "rose",
        "23",
        "0.64",
        "0.18",
        "0.61",
        "rose 7.5",
        "generic and specialty medicines",
        "16:12",
    ),
    (
        "sorrel",
        "Sorrel Outdoor",
        "KESTLE",
        "17",
        "0.41",
        "24",
        "0.58",
        "fell",
        "9",
        "0.29",
        "0.47",
        "0.31",
        "fell 5.6",
        "camping gear and outdoor clothing",
        "16:15",
    ),
    (
        "tarrant",
        "Tarrant Energy",
        "WESTBY",
        "688",
        "3.12",
        "702",
        "3.18",
        "rose",
        "2",
        "7.41",
        "3.05",
        "7.30",
        "rose 1.4",
        "natural gas and power generation",
        "16:18",
    ),
    (
        "huxley",
        "Huxley Media Group",
        "PORT ALVER",
        "44",
        "0.35",
        "52",
        "0.41",
        "fell",
        "3",
        "1.12",
        "0.38",
        "1.15",
        "fell 2.2",
        "regional television and radio stations",
        "16:21",
    ),
    (
        "orrin",
        "Orrin Chemicals",
        "LINDEN",
        "163",
        "1.47",
        "149",
        "1.35",
        "rose",
        "8",
        "2.26",
        "1.52",
        "2.30",
        "fell 1.9",
        "coatings, adhesives and specialty resins",
        "16:24",
    ),
    (
        "brevik",
        "Brevik Software",
        "SELBY",
        "129",
        "0.96",
        "87",
        "0.66",
        "rose",
        "19",
        "0.88",
        "0.89",
        "0.84",
        "rose 9.3",
        "accounting and payroll software for small firms",
        "16:27",
    ),
]


def earnings_story(e: tuple[str, ...]) -> list[str]:
    (_, co, city, ni, eps, pni, peps, way, pct, rev, xeps, xrev, move, makes, _) = e
    beat = "beating" if float(eps) >= float(xeps) else "falling short of"
    return [
        f"{city}, Oct 22 (HFW) - {co} reported third-quarter net income of ${ni} million, or "
        f"${eps} a share, compared with ${pni} million, or ${peps} a share, a year earlier.",
        f"Revenue {way} {pct}% to ${rev} billion. Analysts had expected earnings of ${xeps} a "
        f"share on revenue of ${xrev} billion, according to a survey by Corvane Data, so the "
        f"result was {beat} the consensus.",
        f"{co} shares {move}% in after-hours trading. The company, based in "
        f"{city.title()}, makes {makes}.",
        "This story was generated automatically by Harwick Financial Wire from the company's "
        "results statement and Corvane Data estimates.",
    ]


for e in EARNINGS:
    way = "up" if float(e[3]) >= float(e[5]) else "down"
    title = f"{e[1]} third-quarter profit {way}"
    add(f"hfw-earn-{e[0]}", HFW, title, earnings_story(e), f"2026-10-22T{e[14]}:00-04:00")

VELTRO = earnings_story(EARNINGS[0])
add("dc-veltro-reprint", "Dunmore Courier", "Veltro Systems third-quarter profit up", VELTRO,
    "2026-10-22T18:30:00-04:00")  # fmt: skip
add(
    "bp-veltro-rewrite",
    "Brannock Post",
    "Veltro beats forecasts as sensor orders climb",
    [
        "Brannock's biggest employer had a better summer than Wall Street expected.",
        "Veltro Systems reported third-quarter net income of $412 million, or $1.38 a share, "
        "compared with $355 million, or $1.19 a share, a year earlier. Revenue rose 11% to "
        "$3.62 billion. Analysts had expected earnings of $1.31 a share on revenue of $3.55 "
        "billion, according to a survey by Corvane Data.",
        "The shares rose 4.2% in after-hours trading.",
        '"The order book for the factory sensors is the strongest it has been in three years, '
        'and that is work for the Riverside plant well into next spring," said Dana Okafor, an '
        "analyst at Millbrook Securities who follows the company. She said the results eased "
        "fears that the automotive slowdown would hit Veltro's second-largest division.",
        "Veltro employs about 2,800 people at its two Brannock sites. The company has not said "
        "whether it will go ahead with the planned extension of the Riverside plant, which the "
        "town council approved in June.",
    ],
    "2026-10-23T06:00:00-04:00",
)

# 2. Automated match reports --------------------------------------------------------------

MATCHES = [
    # id, home, away, hg, ag, scorer, minute, second scorer, minute, position, points, ground,
    # attendance
    (
        "ashby-corran",
        "Ashby Rovers",
        "Corran Athletic",
        "2",
        "1",
        "Tom Ferris",
        "14",
        "Luka Brandt",
        "67",
        "third",
        "19",
        "Mill Lane",
        "4,312",
    ),
    (
        "dunmore-kelmar",
        "Dunmore Town",
        "Kelmar United",
        "3",
        "0",
        "Sam Adeyemi",
        "22",
        "Jonah Pike",
        "58",
        "first",
        "24",
        "the Quayside Ground",
        "6,905",
    ),
    (
        "elmsford-hale",
        "Elmsford City",
        "Hale Wanderers",
        "1",
        "0",
        "Ravi Mendes",
        "81",
        "",
        "",
        "seventh",
        "15",
        "Station Road",
        "2,877",
    ),
    (
        "linden-morrow",
        "Linden Albion",
        "Morrow Park",
        "2",
        "0",
        "Chris Dowell",
        "9",
        "Aiden Lusk",
        "75",
        "fifth",
        "17",
        "the Albion Stadium",
        "5,148",
    ),
    (
        "selby-northam",
        "Selby Harriers",
        "Northam Forest",
        "4",
        "2",
        "Ben Okoro",
        "31",
        "Marco Venn",
        "52",
        "second",
        "22",
        "Harrier Park",
        "3,660",
    ),
    (
        "westby-tolland",
        "Westby Borough",
        "Tolland Villa",
        "2",
        "1",
        "Josh Carrick",
        "40",
        "Niall Hurst",
        "88",
        "eleventh",
        "12",
        "the Borough Ground",
        "1,954",
    ),
]


def match_report(m: tuple[str, ...]) -> list[str]:
    (_, home, away, hg, ag, s1, m1, s2, m2, pos, pts, ground, att) = m
    second = (
        f" {s2} added a second in the {m2}th minute to settle it."
        if s2
        else " It was the only goal of the game."
    )
    return [
        f"{home} beat {away} {hg}-{ag} in the Northern League on Saturday. {s1} opened the "
        f"scoring in the {m1}th minute.{second}",
        f"The win lifts {home} to {pos} in the table with {pts} points from ten games. "
        f"{away} stay on their total.",
        f"Attendance at {ground} was {att}.",
        "This report was produced automatically by Pitchline Sports Data from the official "
        "match record.",
    ]


for m in MATCHES:
    add(f"psd-{m[0]}", "Pitchline Sports Data", f"{m[1]} {m[3]}-{m[4]} {m[2]}", match_report(m),
        "2026-10-24T17:10:00+01:00")  # fmt: skip
add("sc-ashby-reprint", "Shirebrook Chronicle", "Rovers edge Corran at Mill Lane",
    match_report(MATCHES[0]), "2026-10-24T19:45:00+01:00")  # fmt: skip

# 3. Daily weather, pollen and traffic bulletin ---------------------------------------------

BULLETINS = [
    # day, weekday, sky, high, low, wind, rain chance, pollen level, pollen kind, road,
    # works, delay
    (
        "19",
        "Monday",
        "bright spells and a few showers",
        "14",
        "6",
        "south-westerly, 15 mph",
        "40",
        "low",
        "grass",
        "the A61 at Hale Bridge",
        "resurfacing",
        "15",
    ),
    (
        "20",
        "Tuesday",
        "persistent rain spreading from the west",
        "12",
        "8",
        "southerly, 25 mph",
        "90",
        "very low",
        "nettle",
        "Station Road in Elmsford",
        "gas main repairs",
        "10",
    ),
    (
        "21",
        "Wednesday",
        "dry with long sunny spells",
        "16",
        "5",
        "westerly, 10 mph",
        "10",
        "moderate",
        "mould spore",
        "the Kelmar roundabout",
        "new traffic lights",
        "20",
    ),
    (
        "22",
        "Thursday",
        "cloudy with patchy drizzle",
        "13",
        "9",
        "north-westerly, 20 mph",
        "60",
        "low",
        "mould spore",
        "the B904 near Tolland",
        "bridge inspection",
        "25",
    ),
    (
        "23",
        "Friday",
        "fog clearing to sunshine",
        "15",
        "4",
        "light and variable",
        "5",
        "moderate",
        "mould spore",
        "the A61 at Hale Bridge",
        "resurfacing",
        "30",
    ),
]


def bulletin(b: tuple[str, ...]) -> list[str]:
    (day, wd, sky, hi, lo, wind, rain, pol, kind, road, works, delay) = b
    return [
        f"Good morning, here is the Alder Valley forecast for {wd}, October {day}. Expect "
        f"{sky}, with a high of {hi}C and a low tonight of {lo}C. The wind will be {wind}, and "
        f"the chance of rain is {rain} per cent.",
        f"The pollen count is {pol}, mostly {kind}.",
        f"On the roads, {works} is holding up traffic on {road}; allow an extra {delay} "
        f"minutes. Trains on the valley line are running to time.",
        "Alder Valley Radio's bulletin is updated every morning at six.",
    ]


for b in BULLETINS:
    add(f"avr-bulletin-{b[1].lower()[:3]}", "Alder Valley Radio",
        f"Weather, pollen and traffic: {b[1]} {b[0]} October", bulletin(b),
        f"2026-10-{b[0]}T06:00:00+01:00")  # fmt: skip

# 4. Daily stock-market close ----------------------------------------------------------------

CLOSES = [
    # day, weekday, index way, points, pct, close, breadth, top mover, move, reason,
    # worst mover, move, reason, oil, bond yield
    (
        "19",
        "Monday",
        "rose",
        "41.26",
        "0.9",
        "4,652.18",
        "seven of the ten sectors",
        "Tarrant Energy",
        "5.1",
        "after gas prices climbed",
        "Huxley Media Group",
        "3.8",
        "after losing a sports rights contract",
        "$78.40",
        "4.12",
    ),
    (
        "20",
        "Tuesday",
        "fell",
        "63.90",
        "1.4",
        "4,588.28",
        "eight of the ten sectors",
        "Pendry Bancorp",
        "1.2",
        "on takeover speculation",
        "Quillon Pharma",
        "6.4",
        "after a drug trial was halted",
        "$77.15",
        "4.19",
    ),
    (
        "21",
        "Wednesday",
        "rose",
        "12.47",
        "0.3",
        "4,600.75",
        "five of the ten sectors",
        "Brevik Software",
        "3.6",
        "after an upgrade from Millbrook Securities",
        "Amsel Logistics",
        "2.9",
        "on worries about freight volumes",
        "$77.60",
        "4.15",
    ),
    (
        "22",
        "Thursday",
        "rose",
        "28.03",
        "0.6",
        "4,628.78",
        "six of the ten sectors",
        "Orrin Chemicals",
        "2.7",
        "ahead of its results",
        "Sorrel Outdoor",
        "4.4",
        "after a profit warning from a rival",
        "$79.05",
        "4.08",
    ),
    (
        "23",
        "Friday",
        "fell",
        "35.61",
        "0.8",
        "4,593.17",
        "nine of the ten sectors",
        "Quillon Pharma",
        "8.2",
        "after its third-quarter profit nearly doubled",
        "Tarrant Energy",
        "3.3",
        "as gas prices eased",
        "$76.90",
        "4.10",
    ),
]


def close_report(c: tuple[str, ...]) -> list[str]:
    (day, wd, way, pts, pct, close, breadth, top, tmove, treason, low, lmove, lreason, oil, yld) = c
    return [
        f"NEW HARWICK, Oct {day} (HFW) - The Harwick 500 index {way} {pts} points, or {pct}%, "
        f"to close at {close} on {wd}, with {breadth} moving in the same direction.",
        f"{top} was the best performer, gaining {tmove}% {treason}. {low} was the biggest "
        f"loser, down {lmove}% {lreason}.",
        f"Brent crude settled at {oil} a barrel, and the yield on the ten-year government bond "
        f"was {yld}%.",
        "Market close reports are compiled automatically by Harwick Financial Wire from "
        "exchange data at 4:30 p.m.",
    ]


for c in CLOSES:
    add(f"hfw-close-{c[1].lower()[:3]}", HFW, f"Stocks {c[2]} on {c[1]}", close_report(c),
        f"2026-10-{c[0]}T16:35:00-04:00")  # fmt: skip
add(
    "ml-close-wed-reprint",
    "Market Ledger",
    "Harwick 500 edges higher as Brevik climbs",
    [
        *close_report(CLOSES[2]),
        "Republished by Market Ledger under a content partnership with HFW.",
    ],
    "2026-10-21T17:20:00-04:00",
)

# 5. A company's quarterly releases ----------------------------------------------------------

ABOUT = (
    "About Tamsett Foods: Tamsett Foods plc makes biscuits, crackers and savoury snacks under "
    "the Tamsett, Goldcrest and Pickwell brands. Founded in Hale in 1911, the company employs "
    "about 4,100 people at six bakeries and sells its products in 31 countries."
)
FORWARD = (
    "Forward-looking statements: this release contains statements about future events and "
    "expectations that are forward-looking. They are based on current plans and are subject to "
    "risks and uncertainties that could cause actual results to differ materially, including "
    "the prices of wheat, sugar and energy, consumer demand and exchange rates. Tamsett Foods "
    "undertakes no obligation to update them."
)
CONTACT = "Media contact: Priya Lambert, head of communications, press@tamsettfoods.example"


def release(*fields: str) -> list[str]:
    """A results release: quarter, quarter end, sales, growth, profit, margin, earnings per
    share, what drove sales, costs, outlook, the chief executive's words, release date."""
    q, ending, sales, growth, profit, margin, eps, driver, cost, outlook, ceo, pub = fields
    return [
        f"HALE, {pub} - Tamsett Foods plc today announced results for the {q} quarter ended "
        f"{ending}.",
        f"Group sales were £{sales} million, up {growth}% on the same quarter last year. "
        f"Operating profit was £{profit} million, an operating margin of {margin}%. Earnings "
        f"per share were {eps}p.",
        f"{driver} {cost}",
        f"Outlook: {outlook}",
        f'Chief executive Martin Greaves said: "{ceo}"',
        ABOUT,
        FORWARD,
        CONTACT,
    ]


add(
    "tf-release-q2",
    "Tamsett Foods",
    "Tamsett Foods announces second-quarter results",
    release(
        "second",
        "30 June 2026",
        "284.6",
        "3.2",
        "31.9",
        "11.2",
        "9.8",
        "Volumes were lifted by the launch of Goldcrest oat thins and by a strong Easter for "
        "the Pickwell range, while export sales to the Gulf states slipped after a distributor "
        "changed hands.",
        "Wheat costs were 7% higher than a year ago, and the company raised list prices on "
        "its own-brand crackers in May.",
        "the board expects full-year sales growth of 3 to 4% and an operating margin of about 11%.",
        "A good quarter for our new lines, and we kept our margin despite another rise in "
        "flour prices. The Kestle bakery upgrade is on time.",
        "23 July 2026",
    ),
    "2026-07-23T07:00:00+01:00",
)
add(
    "tf-release-q3",
    "Tamsett Foods",
    "Tamsett Foods announces third-quarter results",
    release(
        "third",
        "30 September 2026",
        "301.2",
        "5.8",
        "36.4",
        "12.1",
        "11.3",
        "Sales were driven by the new Kestle bakery, which reached full output in August, and "
        "by Tamsett digestives winning shelf space at two supermarket chains in the north.",
        "Energy costs fell by a fifth after the bakeries switched to a fixed-price contract, "
        "more than offsetting a 4% rise in sugar.",
        "the board now expects full-year sales growth of 4 to 5% and an operating margin of "
        "about 12%, up from its earlier guidance.",
        "Kestle is paying off sooner than we planned. We are raising our guidance and will "
        "set out plans for a seventh bakery in the spring.",
        "22 October 2026",
    ),
    "2026-10-22T07:00:00+01:00",
)
add(
    "hc-tamsett-q3",
    "Hale Chronicle",
    "Tamsett raises forecast as new Kestle bakery pays off",
    [
        "Tamsett Foods has raised its profit forecast for the year after its new bakery in "
        "Kestle reached full output in August.",
        "The Hale-based biscuit maker said group sales were £301.2 million in the three months "
        "to the end of September, up 5.8% on a year earlier, and operating profit was £36.4 "
        "million.",
        'Chief executive Martin Greaves said: "Kestle is paying off sooner than we planned. We '
        'are raising our guidance and will set out plans for a seventh bakery in the spring."',
        "The company now expects full-year sales growth of 4 to 5%, up from 3 to 4%. Energy "
        "costs fell by a fifth after the bakeries switched to a fixed-price contract.",
        "A seventh bakery would be the company's first new site since the Kestle plant was "
        "announced in 2023. Union officials at the Hale works said they would seek talks on "
        "where it is built.",
    ],
    "2026-10-22T12:30:00+01:00",
)
add(
    "hc-tamsett-q2",
    "Hale Chronicle",
    "Oat thins lift Tamsett sales",
    [
        "Tamsett Foods said sales rose 3.2% to £284.6 million in the second quarter, helped by "
        "its new Goldcrest oat thins and a strong Easter for the Pickwell range.",
        'Operating profit was £31.9 million. Chief executive Martin Greaves said: "A good '
        "quarter for our new lines, and we kept our margin despite another rise in flour "
        'prices. The Kestle bakery upgrade is on time."',
        "The company, one of Hale's largest employers, said wheat costs were 7% higher than a "
        "year ago. Shares closed 2p higher at 412p.",
    ],
    "2026-07-23T13:10:00+01:00",
)

OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
