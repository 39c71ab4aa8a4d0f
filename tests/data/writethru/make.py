"""Writes corpus.jsonl: one agency story's flash, lead, write-throughs, correction, a killed
story and its kill notice, the day's advisory; papers and a web site printing different
versions; a second agency covering the same collapse on its own and a paper merging both.
Invented: every name, place and event is fictional.  Run: python make.py"""

from __future__ import annotations

import json
from pathlib import Path

DAY = "2026-10-14"
NEXT = "2026-10-15"
DL = "OSTREL, Oct 14 (MPA) - "

# --- the Meridian Press Agency's paragraphs -------------------------------------------------
L1 = (
    "A road bridge over the Varn river in the city of Ostrel collapsed during the morning "
    "rush hour on Wednesday, sending cars and a delivery van into the water and killing at "
    "least two people, police said."
)
L2 = (
    "The central span of the Tamsin Bridge, which carries the main road from the city centre "
    "to the eastern districts, gave way shortly before 8 a.m., police spokeswoman Irma Kolber "
    "told reporters at the scene. Divers and fire crews were searching the river below the "
    "bridge."
)
L3 = (
    "The concrete bridge, opened in 1966, had been closed to heavy lorries since March after "
    "inspectors found cracks in two of its supports, according to the city's transport "
    "department. About 40,000 vehicles cross it on an average weekday."
)
U1_1 = (
    "At least three people were killed when a road bridge over the Varn river in Ostrel "
    "collapsed during the morning rush hour on Wednesday, and Transport Minister Halvard Rusk "
    "said the government would order an urgent review of every bridge of the same design."
)
U1_4 = (
    '"This should not have happened, and I will not rest until we know why it did," Rusk said '
    "after meeting Ostrel's mayor, Dana Petrova, at the city hall. \"Every bridge built to "
    'this design will be inspected within a month, and closed if there is any doubt."'
)
U1_5 = (
    "Rusk said 23 bridges in the country had been built to the same pre-stressed design "
    "between 1961 and 1974, nine of them in Kessary province. Engineers would begin with the "
    "four that carry the most traffic, he said."
)
U2_1 = (
    "Kessary's provincial assembly voted 61-14 on Wednesday to release 80 million crowns in "
    "emergency funds for Ostrel after a road bridge over the Varn river collapsed during the "
    "morning rush hour, killing at least four people."
)
U2_2 = (
    "The money will pay for a temporary pontoon crossing, extra ferries and bus services for "
    "the city's eastern districts, which are cut off from the centre by road, assembly speaker "
    "Marek Lind said after the vote. Members of the opposition Farmers' League voted against, "
    "saying the fund should wait for an inquiry into the collapse."
)
U2_6 = (
    "Police said two of the dead were travelling in a car and one was the driver of the "
    "delivery van. The fourth, a cyclist, was pulled from the water in the early afternoon."
)
U3_1 = (
    "The death toll from the collapse of a road bridge in Ostrel rose to seven on Wednesday "
    "evening as divers recovered three more bodies from the Varn river, and the provincial "
    "assembly approved 80 million crowns in emergency funds for the city."
)


def u3_2(vehicles: str) -> str:
    return (
        "Nineteen people were treated in hospital, four of them in a serious condition, the "
        f"Kessary health authority said. Police said {vehicles} vehicles had been on the "
        "bridge's central span when it gave way shortly before 8 a.m."
    )


U3_3 = (
    "Among the dead were a bus driver, two people travelling in a car and a 17-year-old "
    "cyclist on her way to school, police spokeswoman Irma Kolber said. Divers would go on "
    "searching through the night in case anyone else was missing."
)

FLASH = "FLASH - Road bridge collapses into Varn river in Ostrel, vehicles in water - police"
LEAD = [DL + L1, L2, L3]
UPDATE1 = [DL + U1_1, L2, L3, U1_4, U1_5]
UPDATE2 = [DL + U2_1, U2_2, L2, U2_6, U1_4, U1_5, L3]
UPDATE3 = [DL + U3_1, u3_2("14"), U3_3, U2_2, L2, U1_4, U1_5, L3]
CORRECTED = [DL + U3_1, u3_2("11"), U3_3, U2_2, L2, U1_4, U1_5, L3]

ARREST = [
    DL + "Police in Ostrel detained the owner of a company that carried out repairs on the "
    "Tamsin Bridge last year, hours after the bridge collapsed into the Varn river, a police "
    "source told MPA on Wednesday.",
    "The man, whose firm resurfaced the bridge's deck and replaced its expansion joints in "
    "2025, was being questioned at the city's central police station, the source said. He has "
    "not been charged.",
    "The firm could not be reached for comment. Prosecutors said they had opened an "
    "investigation into possible negligence but declined to give details.",
]
KILL = [
    "KILL - OSTREL/BRIDGE-ARREST",
    'Editors are asked to kill the story headlined "Police detain bridge repair contractor '
    'after Ostrel collapse", sent at 1512 GMT on Wednesday, Oct 14.',
    "The story is withdrawn because police said the man they questioned was a witness and had "
    "not been detained. There will be no substitute story.",
    "Meridian Press Agency",
]
ADVISORY = [
    "ADVISORY - MPA news schedule for Wednesday, Oct 14 (updated 1300 GMT)",
    "OSTREL - Road bridge over the Varn collapses in the morning rush hour, at least three "
    "dead. Minister orders review of bridges of the same design. UPDATE 2 expected after the "
    "Kessary assembly votes on emergency funds this afternoon. OSTREL/BRIDGE, moved, 450 words.",
    "PORT SELM - Dock workers vote on a 48-hour strike over pay. Result expected by 1500 GMT. "
    "SELM/STRIKE, 400 words.",
    "CAPITAL - Central bank announces its interest rate decision at 1200 GMT; most economists "
    "expect no change. ECONOMY/RATES, moved, 350 words.",
    "For questions about the schedule, call the MPA news desk.",
]
RATES = [
    "VALSBERG, Oct 14 (MPA) - The central bank left its main interest rate at 3.25 percent on "
    "Wednesday for the fourth meeting running, saying inflation had slowed but wage growth "
    "was still too fast for a cut.",
    "Governor Ilse Marwood said the bank would look again at rates in December, when it "
    "publishes new forecasts. Two of the seven members of the rate committee voted for a cut "
    "of a quarter point.",
    "Inflation eased to 2.9 percent in September from 3.3 percent in August, the statistics "
    "office said last week, the lowest rate in three years.",
]
STRIKE = [
    "PORT SELM, Oct 14 (MPA) - Dock workers at Port Selm voted on Wednesday to strike for 48 "
    "hours from next Monday in a dispute over pay, their union said, threatening delays for "
    "the country's second-busiest container terminal.",
    "Of the 1,240 members who voted, 81 percent backed the walkout, the Harbour Workers' Union "
    "said. The union wants a rise of 7 percent this year; the port operator has offered 4.",
    "Selm Terminals said it was disappointed and would keep talking to the union. Shipping "
    "lines would be told to expect delays, a spokesman said.",
]

# --- the Northgate Wire's own reporting ----------------------------------------------------
NG1 = [
    "OSTREL (Northgate Wire) - Part of the Tamsin Bridge in Ostrel fell into the Varn on "
    "Wednesday morning as commuters were driving across it, and rescuers said several people "
    "had died in their vehicles.",
    "Witnesses described hearing a sound like a gunshot before the middle section dropped. "
    '"The road just folded in front of me," said Pavel Dorn, a taxi driver who stopped '
    'a few metres from the edge. "I saw a van go over and then a small red car."',
    "City officials closed both banks of the river and asked residents of the eastern "
    "districts to avoid travelling. Trams on line 4 were halted.",
]
NG2 = [
    "OSTREL (Northgate Wire) - Seven people are now known to have died after part of the "
    "Tamsin Bridge in Ostrel fell into the Varn on Wednesday morning, rescuers said, as "
    "provincial lawmakers voted money for a temporary crossing.",
    NG1[1],
    "Transport Minister Halvard Rusk, visiting the city, promised checks of every bridge of "
    'the same type. "This should not have happened," he told local radio, adding that '
    "engineers would report to him within weeks.",
    "Structural engineer Lena Holm of Ostrel Technical University said the bridge's steel "
    "tendons, sealed inside the concrete, could have corroded for years without anyone "
    'seeing it. "You cannot inspect what you cannot see," she said.',
    NG1[2],
]
NG_GRAIN = [
    "VALSBERG (Northgate Wire) - Farmers harvested 6.1 million tonnes of wheat this year, 8 "
    "percent less than last year, after a wet spring delayed sowing, the agriculture ministry "
    "said on Wednesday.",
    "The barley crop rose to 2.4 million tonnes. Prices for milling wheat on the Valsberg "
    "exchange rose 3 percent after the figures were published.",
    "The ministry said it expected exports to fall by about a fifth in the season to June.",
]

# --- papers and a web site -------------------------------------------------------------------
DEP = ["By Meridian Press Agency"] + [U1_1, L2, L3, U1_4, U1_5]
LH = [DL + U3_1, u3_2("14"), U3_3, U2_2, L2]
CG = [DL + U3_1, u3_2("11"), U3_3, U2_2, L2, U1_4, U1_5, L3]
OT1 = [L1, L2, L3, "Ostrel Today will update this story as we learn more."]
OT2 = [
    U2_1,
    U2_2,
    L2,
    U2_6,
    U1_4,
    U1_5,
    L3,
    "This story has been updated with the result of the assembly vote.",
]
OT3 = [
    U3_1,
    u3_2("14"),
    U3_3,
    U2_2,
    L2,
    U1_4,
    U1_5,
    L3,
    "This story has been updated with the latest casualty figures. An earlier version said "
    "at least four people had died.",
]
BS = [
    "The death toll from the collapse of a road bridge in Ostrel rose to seven on Wednesday "
    "evening as divers recovered three more bodies from the Varn river.",
    U3_3,
    NG1[1],
    NG2[3],
    U2_2,
    "Additional reporting by Northgate Wire.",
]

FILLERS = {
    "dep-theatre": (
        "Dunmere Evening Post",
        "Old Corn Exchange to reopen as theatre",
        [
            "The Old Corn Exchange in Dunmere will reopen as a 300-seat theatre next spring after "
            "the town council agreed to lease the building to a local drama trust for 25 years.",
            "The trust has raised 1.2 million crowns for new seating, lighting and a lift, its "
            "chair Agnes Wilmot said. Building work starts in November.",
            "The hall has stood empty since the farmers' market moved to the station square in "
            "2019.",
        ],
    ),
    "lh-school": (
        "Lanford Herald",
        "Lanford primary gets new science rooms",
        [
            "Pupils at Holloway Lane primary school in Lanford moved into two new science rooms "
            "this week, built with money left to the school by a former teacher.",
            "Head teacher Simon Ekberg said the rooms would also be open to the town's three other "
            "primary schools one afternoon a week.",
            "The bequest of 400,000 crowns came from Margit Sand, who taught at the school for 31 "
            "years and died in 2024.",
        ],
    ),
    "cg-harbour": (
        "Coastline Gazette",
        "Brisk harbour wall repairs finished early",
        [
            "Repairs to the harbour wall at Brisk were finished two weeks early and under budget, "
            "the harbour board said on Tuesday.",
            "Storms last winter washed away 60 metres of the outer wall's facing stones, and "
            "fishing boats had to moor in the inner basin for most of the summer.",
            "The board said the 2.3 million crown job came in 150,000 crowns below the estimate.",
        ],
    ),
    "ot-market": (
        "Ostrel Today",
        "Ostrel Christmas market to move to Castle Square",
        [
            "Ostrel's Christmas market will move from the old town hall square to Castle Square "
            "this year to make room for more stalls, the city's events office said.",
            "About 120 stallholders are expected, up from 85 last year. The market opens on Nov. "
            "27 and runs until Dec. 23.",
            "Residents of Castle Square have been promised that music will stop at 9 p.m.",
        ],
    ),
    "bs-football": (
        "Brackley Standard",
        "Brackley Rovers sign goalkeeper on loan",
        [
            "Brackley Rovers have signed goalkeeper Tomas Brandt on a three-month loan from first "
            "division side Valsberg City, the club said on Wednesday.",
            "Brandt, 21, has played twice for City's first team this season. He replaces the "
            "injured Oskar Lind, who broke a finger in training.",
            "Rovers are fourth in the regional league, two points behind the leaders.",
        ],
    ),
    "dep-council": (
        "Dunmere Evening Post",
        "Dunmere council tax to rise 3 percent",
        [
            "Households in Dunmere will pay 3 percent more council tax from April after councillors "
            "approved next year's budget by 28 votes to 11 on Tuesday night.",
            "The council said the rise would pay for longer opening hours at the town's two "
            "libraries and for repairing the pool at the leisure centre.",
            "Opposition councillors said the council should have sold its unused depot on Mill "
            "Road instead.",
        ],
    ),
}


def rec(key: str, source: str, title: str, paras: list[str], when: str, **extra: str) -> dict:
    return {
        "id": key,
        "source": source,
        "title": title,
        "text": "\n\n".join(paras),
        "published": when,
        **extra,
    }


def corpus() -> list[dict]:
    mpa = "Meridian Press Agency"
    ngw = "Northgate Wire"
    ot_url = "https://ostreltoday.example/news/2026/10/14/tamsin-bridge-collapse"
    out = [
        rec(
            "mpa-advisory",
            mpa,
            "ADVISORY - MPA news schedule for Wednesday, Oct 14",
            ADVISORY,
            f"{DAY}T13:00:00+00:00",
        ),
        rec("mpa-flash", mpa, FLASH, [FLASH], f"{DAY}T06:58:00+00:00"),
        rec(
            "mpa-lead",
            mpa,
            "Bridge collapses in Ostrel rush hour, at least two dead",
            LEAD,
            f"{DAY}T07:25:00+00:00",
        ),
        rec(
            "mpa-update1",
            mpa,
            "UPDATE 1-Ostrel bridge collapse kills three; minister "
            "orders review (Adds minister's comment in paragraphs 4-5, updates toll)",
            UPDATE1,
            f"{DAY}T10:05:00+00:00",
        ),
        rec(
            "mpa-update2",
            mpa,
            "UPDATE 2-Kessary assembly votes emergency funds after "
            "Ostrel bridge collapse (Recasts with vote result)",
            UPDATE2,
            f"{DAY}T13:40:00+00:00",
        ),
        rec(
            "mpa-update3",
            mpa,
            "UPDATE 3-Ostrel bridge collapse toll rises to seven "
            "(Updates casualty toll, adds details of victims in paragraphs 2-3)",
            UPDATE3,
            f"{DAY}T17:20:00+00:00",
        ),
        rec(
            "mpa-corrected",
            mpa,
            "CORRECTED-UPDATE 3-Ostrel bridge collapse toll rises to "
            "seven (Corrects number of vehicles on the span in paragraph 2 to 11, not 14)",
            CORRECTED,
            f"{DAY}T18:05:00+00:00",
        ),
        rec(
            "mpa-arrest",
            mpa,
            "Police detain bridge repair contractor after Ostrel collapse",
            ARREST,
            f"{DAY}T15:12:00+00:00",
        ),
        rec("mpa-kill", mpa, "KILL - OSTREL/BRIDGE-ARREST", KILL, f"{DAY}T15:55:00+00:00"),
        rec(
            "mpa-rates",
            mpa,
            "Central bank holds rate at 3.25 pct, eyes December",
            RATES,
            f"{DAY}T12:04:00+00:00",
        ),
        rec(
            "mpa-strike",
            mpa,
            "Port Selm dock workers vote for 48-hour strike",
            STRIKE,
            f"{DAY}T14:30:00+00:00",
        ),
        rec(
            "ngw-bridge",
            ngw,
            "Several dead as Ostrel bridge drops into river",
            NG1,
            f"{DAY}T07:50:00+00:00",
        ),
        rec(
            "ngw-bridge-2",
            ngw,
            "Seven dead in Ostrel bridge fall; minister promises checks",
            NG2,
            f"{DAY}T17:45:00+00:00",
        ),
        rec(
            "ngw-grain",
            ngw,
            "Wheat harvest falls 8 pct after wet spring",
            NG_GRAIN,
            f"{DAY}T09:30:00+00:00",
        ),
        rec(
            "dep-bridge",
            "Dunmere Evening Post",
            "Three killed as city bridge falls into river",
            DEP,
            f"{DAY}T12:00:00+00:00",
        ),
        rec(
            "lh-bridge",
            "Lanford Herald",
            "Seven dead in Ostrel bridge disaster",
            LH,
            f"{NEXT}T04:30:00+00:00",
        ),
        rec(
            "cg-bridge",
            "Coastline Gazette",
            "Ostrel bridge: seven killed, 19 hurt",
            CG,
            f"{NEXT}T04:45:00+00:00",
        ),
        rec(
            "ot-bridge-v1",
            "Ostrel Today",
            "Tamsin Bridge collapses into the Varn",
            OT1,
            f"{DAY}T07:45:00+00:00",
            url=ot_url,
        ),
        rec(
            "ot-bridge-v2",
            "Ostrel Today",
            "Tamsin Bridge: assembly votes 80 million crowns",
            OT2,
            f"{DAY}T14:10:00+00:00",
            url=ot_url,
        ),
        rec(
            "ot-bridge-v3",
            "Ostrel Today",
            "Tamsin Bridge collapse: death toll rises to seven",
            OT3,
            f"{DAY}T17:50:00+00:00",
            url=ot_url,
        ),
        rec(
            "bs-bridge",
            "Brackley Standard",
            "Seven dead after Ostrel bridge gives way",
            BS,
            f"{NEXT}T05:00:00+00:00",
        ),
        rec(
            "rd-bridge",
            "Rivermouth Daily",
            "Bridge falls into river in Ostrel, seven dead",
            [NG2[0].replace("OSTREL (Northgate Wire) - ", ""), *NG2[1:3], NG2[4]],
            f"{NEXT}T05:15:00+00:00",
        ),
        rec(
            "mpa-flash-rates",
            mpa,
            "FLASH - Central bank holds main rate at 3.25 pct",
            ["FLASH - Central bank holds main rate at 3.25 pct"],
            f"{DAY}T12:00:00+00:00",
        ),
        rec(
            "lh-strike",
            "Lanford Herald",
            "Port Selm dockers to strike",
            STRIKE[:2],
            f"{DAY}T16:00:00+00:00",
        ),
        rec(
            "cg-rates",
            "Coastline Gazette",
            "Interest rate unchanged again",
            RATES,
            f"{DAY}T13:15:00+00:00",
        ),
    ]
    times = iter(["T08:00", "T09:00", "T10:00", "T11:00", "T12:30", "T15:00"])
    for key, (source, title, paras) in FILLERS.items():
        out.append(rec(key, source, title, paras, f"{DAY}{next(times)}:00+00:00"))
    return out


if __name__ == "__main__":
    recs = corpus()
    path = Path(__file__).with_name("corpus.jsonl")
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), "utf-8")
    print(len(recs), "records")
