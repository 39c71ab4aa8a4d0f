"""Write corpus.jsonl: an invented corpus of political and government news (every country,
party, politician, outlet and event is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).

1. Prime Minister Irena Castell's speech to the National Assembly of Morvania as published by
   her office, her office's press release summarising it (quotes: "The Prime Minister said:
   ..."), the Morvanian Press Agency's wire story, and three papers' reports: one rewriting the
   release (undated), one quoting the speech selectively in an analysis, one copying the wire
   (undated).
2. The opposition National Renewal party's response release, quoted in two of the papers.
3. The finance minister's statement on fuel duty, quoted verbatim by five outlets, each with
   its own reporting around the quote.
4. Two Tidewater Council summits a year apart, the coverage of both years repeating the same
   stock background sentence ("The summit, founded in 1998, brings together ..."), by the same
   outlets (the agency three times, a paper twice) and by different outlets.
5. A paper's economy report and a fact-check quoting its claim and contradicting its number.
6. Unrelated political articles of the same week.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus.jsonl"

records: list[dict[str, str]] = []

PMO = "Office of the Prime Minister of Morvania"
MPA = "Morvanian Press Agency"
HERALD = "Tolvane Herald"
TIMES = "The Morvanian Times"
LEDGER = "Northern Ledger"
GAZETTE = "Coast Gazette"
SENTINEL = "Evening Sentinel"
CHECK = "CheckPoint Morvania"


def add(id_: str, source: str, title: str, paras: list[str], published: str | None = None) -> None:
    rec = {"id": id_, "source": source, "title": title, "text": "\n\n".join(paras)}
    if published:
        rec["published"] = published
    records.append(rec)


# 1. The speech and its coverage ------------------------------------------------------------

Q_RATE = (
    "Two years ago, unemployment in this country stood at 7.4 per cent. Today it is 5.1 per "
    "cent. That is not good enough, and I will not rest while a single young Morvanian who "
    "wants a job cannot find one."
)
Q_AFFORD = (
    "Some will say we cannot afford this. I say we cannot afford to leave another generation "
    "waiting at the door."
)
Q_TEST = "The test of a government is not what it promises but what it builds."

add(
    "pmo-speech",
    PMO,
    "Prime Minister's address to the National Assembly on the Plan for Work",
    [
        "Address by Prime Minister Irena Castell to the National Assembly, Tolvane. Check against "
        "delivery.",
        "Madam Speaker, members of the Assembly, I come before you today with a plan that puts work "
        "at the centre of everything this government does.",
        Q_RATE,
        "So today I am announcing an apprenticeship guarantee. Every person under twenty-five who "
        "has been out of work for six months will be offered a paid apprenticeship, a college place "
        "or a job, and we will fund it with 1.2 billion crowns over three years.",
        "Work needs homes near it. Too many families spend half of what they earn on rent, and too "
        "many towns have factories that cannot hire because there is nowhere for their workers to "
        "live. We will build 40,000 homes by 2029, and a third of them will be let at rents tied to "
        "local wages.",
        Q_AFFORD + " The money will come from closing the offshore loopholes that let the largest "
        "companies pay less tax than a nurse.",
        "Members of the Assembly, the test of a government is not what it promises but what it "
        "builds. Let us get to work.",
    ],
    "2026-03-10T10:00:00+01:00",
)

PMO_TITLE = (
    "Prime Minister sets out Plan for Work with apprenticeship guarantee and 40,000 new homes"
)
add(
    "pmo-release",
    PMO,
    PMO_TITLE,
    [
        "Prime Minister Irena Castell today set out the government's Plan for Work in an address to "
        "the National Assembly, announcing a guarantee of an apprenticeship, college place or job "
        "for every young person out of work for six months and a programme to build 40,000 homes "
        "by 2029.",
        "The apprenticeship guarantee will cost 1.2 billion crowns over three years and will cover "
        "everyone under twenty-five who has been unemployed for six months or more.",
        f'The Prime Minister said: "{Q_RATE}"',
        "A third of the new homes will be let at rents tied to local wages, to help towns where "
        "employers cannot recruit because workers have nowhere to live. The programme will be paid "
        "for by closing offshore tax loopholes used by large companies.",
        f'The Prime Minister said: "{Q_AFFORD}"',
        "Ends",
        "Notes to editors",
        "1. The full text of the Prime Minister's address is available from the Office of the Prime "
        "Minister.",
        "2. The Plan for Work will be published as a white paper on 24 March 2026.",
        "Media enquiries: Office of the Prime Minister press office, 0300 555 0101, "
        "press@pmo.example.mv",
    ],
    "2026-03-10T12:30:00+01:00",
)

WIRE_1 = (
    "Prime Minister Irena Castell on Tuesday promised every young Morvanian out of work for six "
    "months an apprenticeship, a college place or a job, in a speech to the National Assembly "
    "that opposition leaders dismissed as an election pitch."
)
WIRE_2 = (
    "The guarantee, costing 1.2 billion crowns over three years, covers everyone under "
    "twenty-five who has been unemployed for six months or more, the government said in a "
    "statement."
)
WIRE_3 = (
    '"I will not rest while a single young Morvanian who wants a job cannot find one," Castell '
    "told lawmakers. Unemployment has fallen to 5.1 percent from 7.4 percent two years ago, she "
    "said."
)
WIRE_4 = (
    "Castell also pledged to build 40,000 homes by 2029, a third of them at rents tied to local "
    "wages, and said the plan would be funded by closing offshore tax loopholes used by large "
    "companies."
)
WIRE_5 = (
    "The announcement comes fourteen months before a general election in which Castell's Civic "
    "Alliance trails the opposition National Renewal party in most opinion polls."
)

add(
    "mpa-speech",
    MPA,
    "Castell promises jobs guarantee for young, 40,000 homes",
    [
        "TOLVANE, March 10 (MPA) - " + WIRE_1,
        WIRE_2,
        WIRE_3,
        WIRE_4,
        WIRE_5,
        "(Reporting by Anna Ferrow; Editing by Mark Seddley)",
    ],
    "2026-03-10T13:40:00+01:00",
)

Q_WEX_1 = (
    "This is a list of old promises with a new ribbon on it. The government has had four years "
    "to build homes and has built fewer than it sold."
)
Q_WEX_2 = (
    "Young people do not need another guarantee from a government that has broken every "
    "guarantee it gave. They need an economy that grows, and this plan does nothing to make it "
    "grow."
)

NR_TITLE = "Wexley: Castell's Plan for Work is old promises with a new ribbon"
add(
    "nr-release",
    "National Renewal",
    NR_TITLE,
    [
        "Responding to the Prime Minister's address to the National Assembly, National Renewal "
        "leader Dorian Wexley said:",
        f'"{Q_WEX_1}',
        f'"{Q_WEX_2}"',
        "National Renewal will set out its own jobs plan at its spring conference in Dunmere on 18 "
        "April.",
        "Ends",
        "Notes to editors",
        "National Renewal is the official opposition in the National Assembly. Press office: 0300 "
        "555 0142, press@nationalrenewal.example.mv",
    ],
    "2026-03-10T11:45:00+01:00",
)

HERALD_TITLE = "PM unveils Plan for Work: job guarantee for under-25s and 40,000 homes"
add(
    "herald-plan",
    HERALD,
    HERALD_TITLE,
    [
        "Prime Minister Irena Castell has set out the government's Plan for Work in an address to "
        "the National Assembly, announcing a guarantee of an apprenticeship, college place or job "
        "for every young person who has been out of work for six months, along with a programme to "
        "build 40,000 homes by 2029.",
        "The guarantee will cost 1.2 billion crowns over three years and covers everyone under 25 "
        "who has been unemployed for six months or longer.",
        "A third of the new homes will be let at rents linked to local wages, aimed at towns where "
        "employers struggle to recruit because workers have nowhere to live. The government says "
        "the programme will be paid for by closing offshore tax loopholes used by big companies.",
        '"Two years ago, unemployment in this country stood at 7.4 per cent. Today it is 5.1 per '
        'cent. That is not good enough," Ms Castell said.',
        f'The opposition was unimpressed. National Renewal leader Dorian Wexley said: "{Q_WEX_1}"',
        "The white paper setting out the plan is due later this month.",
    ],
)

add(
    "times-analysis",
    TIMES,
    "Analysis: Castell bets her premiership on the young",
    [
        "By Clara Ostheim, political editor",
        "Irena Castell's address to the National Assembly yesterday was the speech of a prime "
        "minister who knows she is behind. Fourteen months from an election, with National Renewal "
        "ahead in almost every poll, she reached for the oldest tool in the box: a promise with a "
        "number on it.",
        "The centrepiece, a guarantee of work or training for every under-25 out of work for half a "
        "year, is not new in shape. The previous government tried a smaller version in 2017 and "
        "quietly dropped it after two years, when fewer than one in five places were filled.",
        'What was new was the tone. "I will not rest while a single young Morvanian who wants a job '
        'cannot find one," she told the chamber, and later, with an eye on the cameras: '
        f'"{Q_TEST}"',
        "That second line is the one her opponents will throw back at her. Dorian Wexley was quick "
        'to call the plan "a list of old promises with a new ribbon on it", and his party points '
        'out that housebuilding has fallen in each of the last three years. "Young people do not '
        'need another guarantee from a government that has broken every guarantee it gave," he '
        "said.",
        "The funding is the weakest part. Closing offshore loopholes is popular, but the Treasury's "
        "own estimate last autumn put the yield at well under half of what the plan needs. Unless "
        "that gap is filled, the guarantee may go the way of its predecessor.",
    ],
    "2026-03-11T06:00:00+01:00",
)

add(
    "ledger-plan",
    LEDGER,
    "Castell promises jobs guarantee for young people and 40,000 homes",
    [
        "TOLVANE (MPA) - " + WIRE_1,
        WIRE_2,
        WIRE_3,
        WIRE_4.replace("large companies", "the largest companies"),
        WIRE_5,
    ],
)

# 3. The finance minister's statement quoted verbatim -----------------------------------------

Q_FUEL_1 = (
    "From the first of April, fuel duty will be frozen for a further twelve months. Families and "
    "hauliers have carried the cost of high prices at the pump for too long, and this government "
    "will not add to it."
)
Q_FUEL_2 = (
    "The freeze will cost the Treasury 310 million crowns this year. It will be paid for in full "
    "from the underspend in the roads budget, and no other tax will rise to fund it."
)

MOF = "Ministry of Finance of Morvania"
add(
    "mof-fuel",
    MOF,
    "Statement by the Minister of Finance on fuel duty",
    [
        "The Minister of Finance, Piet Halloran, said:",
        f'"{Q_FUEL_1}',
        f'"{Q_FUEL_2}"',
        "Ends",
        "Media enquiries: Ministry of Finance press office, 0300 555 0190",
    ],
    "2026-03-12T09:00:00+01:00",
)

add(
    "herald-fuel",
    HERALD,
    "Fuel duty frozen for another year",
    [
        "Drivers will pay no more duty on petrol and diesel for another year after the government "
        "extended its freeze, a move the haulage industry welcomed but environmental groups called "
        "a step backwards.",
        f'In a statement on Thursday, Finance Minister Piet Halloran said: "{Q_FUEL_1}"',
        "The freeze has now been in place for three years. The Tolvane Road Haulage Association said "
        "it would save a typical lorry operator about 4,000 crowns a year.",
        "Green Left transport spokesman Aled Pryce said the money would be better spent on rural "
        "buses, which have lost a quarter of their routes since 2020.",
    ],
    "2026-03-12T11:15:00+01:00",
)

add(
    "times-fuel",
    TIMES,
    "Halloran extends fuel duty freeze as election nears",
    [
        "Piet Halloran has frozen fuel duty for a fourth year running, handing motorists a "
        "pre-election gift while insisting the public finances can bear it.",
        f'"{Q_FUEL_2}" the finance minister said in a written statement.',
        "Economists were less sure. Marit Delaunay of the Tolvane Institute for Fiscal Research "
        "said the roads underspend was a one-off and that the freeze would have to be funded again "
        "next year, when the election will have been held.",
        "Fuel duty raises about 6 billion crowns a year, roughly a twelfth of all tax receipts.",
    ],
    "2026-03-12T13:05:00+01:00",
)

add(
    "ledger-fuel",
    LEDGER,
    "Hauliers cheer as fuel duty stays frozen",
    [
        "Haulage firms across the north have welcomed the government's decision to keep fuel duty "
        "at its current rate until next spring.",
        f'Finance Minister Piet Halloran said: "{Q_FUEL_1} {Q_FUEL_2}"',
        "Brenna Logistics, which runs 180 lorries out of Harwick, said fuel was now its largest "
        "single cost after wages. Its managing director, Sven Arkle, said a rise would have forced "
        "it to cut routes.",
    ],
    "2026-03-12T14:30:00+01:00",
)

add(
    "gazette-fuel",
    GAZETTE,
    "Fishing fleet spared fuel duty rise",
    [
        "Skippers in Saltmouth and Pellan Bay can plan the coming season without a rise in the duty "
        "on marine diesel, after the finance ministry extended the freeze on Thursday.",
        f'Minister Piet Halloran said in a statement: "{Q_FUEL_1}"',
        "The Coast Fishermen's Federation had warned that a rise of even two crowns a litre would "
        "have kept a dozen boats in harbour. Its chairman, Ewan Tolley, said the decision gave the "
        "fleet breathing space.",
    ],
    "2026-03-12T16:00:00+01:00",
)

add(
    "mpa-fuel",
    MPA,
    "Morvania extends fuel duty freeze for 12 months",
    [
        "TOLVANE, March 12 (MPA) - Morvania will keep fuel duty unchanged for another year, Finance "
        "Minister Piet Halloran said on Thursday, extending a freeze that has been in place since "
        "2023.",
        f'"{Q_FUEL_2}" Halloran said in a statement.',
        "The opposition National Renewal party said the freeze was overdue and called for a cut.",
        "(Reporting by Jonas Veltri; Editing by Mark Seddley)",
    ],
    "2026-03-12T10:20:00+01:00",
)

# 4. Two Tidewater Council summits a year apart -------------------------------------------

STOCK = (
    "The summit, founded in 1998, brings together the heads of government of nine coastal "
    "states to agree fishing quotas, shipping rules and flood defence plans."
)
MPA_STOCK = "Morvania joined the council in 2004 and has hosted the summit twice."

add(
    "mpa-summit25",
    MPA,
    "Tidewater summit opens with row over herring quotas",
    [
        "PORT AILEN, June 12 (MPA) - Leaders of the Tidewater Council opened their annual summit on "
        "Thursday divided over herring quotas, with Morvania and two neighbours demanding a larger "
        "share of the northern catch.",
        STOCK + " " + MPA_STOCK,
        "Prime Minister Irena Castell said Morvanian boats had lost a third of their herring quota "
        "since 2019 and that the council's scientists had overstated the decline in stocks.",
        "(Reporting by Anna Ferrow)",
    ],
    "2025-06-12T15:00:00+01:00",
)

add(
    "herald-summit25",
    HERALD,
    "Castell fights for herring fleet at Port Ailen",
    [
        "Irena Castell went into the Tidewater Council summit in Port Ailen yesterday promising to "
        "win back the herring quota that Morvanian boats have lost over six years.",
        STOCK,
        "Officials travelling with the Prime Minister said she would block any deal on shipping "
        "rules until the quota question was settled, a tactic that angered the host government.",
        "The summit ends on Friday with a joint communique.",
    ],
    "2025-06-13T07:00:00+01:00",
)

add(
    "gazette-summit25",
    GAZETTE,
    "Saltmouth skippers pin hopes on summit",
    [
        "Fishermen in Saltmouth will be watching Port Ailen closely this week, where the Prime "
        "Minister is pressing for a bigger share of the northern herring catch.",
        STOCK,
        "Skipper Hanna Blay, whose family has fished out of Saltmouth for four generations, said "
        "another cut would finish the harbour's last three herring boats.",
    ],
    "2025-06-13T08:00:00+01:00",
)

add(
    "mpa-summit26-preview",
    MPA,
    "Tolvane prepares to host Tidewater summit",
    [
        "TOLVANE, June 8 (MPA) - Roads around the Assembly quarter will close from Wednesday as "
        "Tolvane prepares to host the Tidewater Council summit, police said on Monday.",
        STOCK + " " + MPA_STOCK,
        "About 2,000 officers will be on duty during the two-day meeting, which is expected to be "
        "dominated by flood defence funding after last winter's storms.",
    ],
    "2026-06-08T11:00:00+01:00",
)

add(
    "mpa-summit26",
    MPA,
    "Tidewater leaders agree flood fund at Tolvane summit",
    [
        "TOLVANE, June 11 (MPA) - Leaders of the Tidewater Council agreed on Thursday to set up a "
        "joint flood defence fund of 900 million crowns, ending a year of disputes over who should "
        "pay for sea walls on shared estuaries.",
        STOCK + " " + MPA_STOCK,
        "Prime Minister Irena Castell, the host, called the fund the council's biggest decision in "
        "a decade. The herring quota dispute of last year's summit was not on the agenda.",
        "(Reporting by Anna Ferrow)",
    ],
    "2026-06-11T17:30:00+01:00",
)

add(
    "herald-summit26",
    HERALD,
    "Flood fund deal gives Castell a summit win at home",
    [
        "Irena Castell got the result she wanted from the Tidewater Council summit in Tolvane "
        "yesterday: a flood fund that will pay half the cost of the new Ennis estuary barrier.",
        STOCK,
        "The deal was sealed late on Thursday after the northern states dropped their demand that "
        "the fund be managed from Port Ailen.",
        "National Renewal said the fund was welcome but late, since the Ennis barrier was first "
        "promised in 2021.",
    ],
    "2026-06-12T07:00:00+01:00",
)

add(
    "sentinel-summit26",
    SENTINEL,
    "What the flood fund means for the Ennis valley",
    [
        "Householders in the Ennis valley who were flooded in January asked this week what the "
        "Tidewater Council's new fund will mean for them. The short answer is: not much before "
        "2028.",
        STOCK,
        "The barrier will take three years to build once the money arrives, council engineers say, "
        "and the first payments are not due until next spring.",
    ],
    "2026-06-12T18:00:00+01:00",
)

# 5. A claim and its fact-check -------------------------------------------------------------

CLAIM = "youth unemployment has halved since 2024, falling to 9 per cent"

add(
    "sentinel-economy",
    SENTINEL,
    "Jobs picture brightens ahead of Castell's big week",
    [
        "The government goes into its Plan for Work week with the wind behind it. Figures out this "
        f"month show {CLAIM}, and wages have risen faster than prices for the first time in three "
        "years.",
        "Employers in the Ennis valley say they are hiring again. At the Harwick Steel works, where "
        "200 jobs went in 2023, the order book is full until the autumn.",
        "Not everyone is convinced the recovery will last. The chambers of commerce warned on "
        "Monday that energy prices remain the biggest risk to smaller manufacturers.",
    ],
    "2026-03-09T17:00:00+01:00",
)

add(
    "check-youth",
    CHECK,
    "Has youth unemployment halved since 2024? No",
    [
        f'The claim: The Evening Sentinel reported on Monday that "{CLAIM}".',
        "Our verdict: False. Youth unemployment has fallen, but by about a sixth, not by half.",
        "The Morvanian Statistics Office's labour force survey puts unemployment among 16 to "
        "24-year-olds at 14.2 per cent in January 2026, down from 16.8 per cent in January 2024. "
        "The office has never recorded a youth rate as low as 9 per cent since its series began in "
        "1995.",
        "The 9 per cent figure appears to come from the rate for 25 to 34-year-olds, which the "
        "office published in the same table.",
        "We asked the Evening Sentinel for comment and will update this article if it responds.",
    ],
    "2026-03-13T10:00:00+01:00",
)

# 6. Unrelated political articles of the same week ----------------------------------------

add(
    "herald-water",
    HERALD,
    "Assembly committee to question water bosses",
    [
        "The chief executives of Morvania's three regional water companies will be summoned before "
        "the National Assembly's environment committee after a winter of sewage spills.",
        "The committee's chair, Civic Alliance member Oona Hartley, said the companies had paid "
        "their shareholders 410 million crowns since 2022 while missing every target for leaks.",
        "National Renewal, which privatised the water industry in 1996, has said it will not "
        "support calls to bring it back into public ownership.",
    ],
    "2026-03-09T08:30:00+01:00",
)

add(
    "times-mayor",
    TIMES,
    "Former Dunmere mayor goes on trial over parking contracts",
    [
        "The former mayor of Dunmere, Casimir Rusk, went on trial on Tuesday accused of steering "
        "4.6 million crowns of parking contracts to a company owned by his brother-in-law.",
        "Prosecutors told the regional court that Mr Rusk, who led the city for National Renewal "
        "from 2016 to 2024, had rewritten the tender rules twice after bids were opened.",
        "Mr Rusk denies three counts of abuse of office. The trial is expected to last six weeks.",
    ],
    "2026-03-10T16:00:00+01:00",
)

add(
    "gazette-byelection",
    GAZETTE,
    "Seven candidates for Kellan West by-election",
    [
        "Seven candidates will stand in the Kellan West by-election on 2 April, the returning "
        "officer announced on Wednesday, the largest field in the seat since it was created.",
        "The seat fell vacant when Civic Alliance member Tomas Everly resigned to lead the national "
        "ports authority. He held it in 2023 with a majority of 1,840.",
        "National Renewal has chosen Saltmouth councillor Ida Fenwick. The Green Left candidate is "
        "marine biologist Rhys Cadogan.",
    ],
    "2026-03-11T12:00:00+01:00",
)

add(
    "ledger-teachers",
    LEDGER,
    "Teachers to ballot on strike over pay offer",
    [
        "Members of the National Union of Teachers will be balloted on strike action after rejecting "
        "the government's pay offer of 3 per cent, the union said on Thursday.",
        "The union's general secretary, Agnes Morrow, said the offer would leave a newly qualified "
        "teacher worse off than in 2020 once rents were counted.",
        "The education minister, Lukas Brandt, said the offer was fair and that the door remained "
        "open to talks. The ballot closes on 30 April.",
    ],
    "2026-03-12T09:45:00+01:00",
)

add(
    "sentinel-greenleft",
    SENTINEL,
    "Green Left leadership race opens",
    [
        "Two candidates have declared for the leadership of the Green Left after Maja Sorensen said "
        "she would step down at the party's conference in May.",
        "Deputy leader Aled Pryce, the party's transport spokesman, is the favourite. He faces "
        "Tolvane councillor Priya Hallam, who wants the party to rule out joining any coalition "
        "with the Civic Alliance.",
        "The Green Left holds eleven seats in the National Assembly.",
    ],
    "2026-03-13T12:00:00+01:00",
)

add(
    "mpa-foreign",
    MPA,
    "Morvanian foreign minister in Vastria for border talks",
    [
        "VASTRIA CITY, March 11 (MPA) - Morvania's foreign minister, Elin Draycott, arrived in "
        "Vastria on Wednesday for talks on reopening two border crossings closed since a customs "
        "dispute last year.",
        "Draycott said she hoped to agree a timetable for reopening the Merrin and Oskar Bridge "
        "crossings before the summer, when lorry traffic peaks.",
        "(Reporting by Jonas Veltri; Editing by Mark Seddley)",
    ],
    "2026-03-11T14:10:00+01:00",
)

add(
    "check-turnout",
    CHECK,
    "Was turnout in Kellan West the lowest ever? Not quite",
    [
        "The claim: A National Renewal leaflet in Kellan West says turnout at the last election in "
        'the seat was "the lowest in its history".',
        "Our verdict: Misleading. Turnout in 2023 was 51.3 per cent, the second lowest since the "
        "seat was created in 2007. The lowest was 49.8 per cent in 2011.",
        "National Renewal said the leaflet referred to the 2023 local elections, not the Assembly "
        "election, but the leaflet does not say so.",
    ],
    "2026-03-12T15:30:00+01:00",
)

add(
    "times-poll",
    TIMES,
    "National Renewal lead narrows to four points",
    [
        "National Renewal's lead over the Civic Alliance has narrowed to four points, the smallest "
        "gap since last summer, according to a survey for this newspaper.",
        "The party stands at 34 per cent, down two, with the Civic Alliance up one at 30. The Green "
        "Left is unchanged on 12 per cent.",
        "Pollsters Meridian Research interviewed 1,612 adults online between Friday and Monday.",
    ],
    "2026-03-10T22:00:00+01:00",
)

OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
