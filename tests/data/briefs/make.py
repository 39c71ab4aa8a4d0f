"""Write corpus.jsonl: an invented corpus of news briefs of 40-120 words (every outlet,
person, place and event is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).  All items are of one day.

1. An agency's one-paragraph briefs (60-100 words), each reprinted word for word by one
   paper, trimmed to its first sentence (under 150 characters) by another, and lightly
   edited (a figure, the order of two names) by a third.
2. A paper's "News in brief" column: four briefs in one article, three rewritten freely in
   one or two sentences from three agency briefs, one its own.
3. Two papers' independent briefs on a road closure with the same facts; two papers'
   independent briefs on a council vote, and a third paper's brief rewriting one of them.
4. A long story whose first paragraph another paper runs as a brief; an agency brief that
   a paper builds a long story on, adding new paragraphs.
5. Unrelated briefs of the same day.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus.jsonl"

AG = "Morland Press Association"
EG = "Eastmoor Gazette"
LH = "Linden Herald"
WS = "Westby Star"
KT = "Kestle Times"
DAY = "2026-06-09T"

records: list[dict[str, str]] = []


def add(id_: str, source: str, title: str, paras: list[str], time: str) -> None:
    records.append(
        {
            "id": id_,
            "source": source,
            "title": title,
            "text": "\n\n".join(paras),
            "published": f"{DAY}{time}:00+01:00",
        }  # fmt: skip
    )


# 1. Agency briefs, reprinted, trimmed and edited ------------------------------------------

FERRY = (
    "PORT ALVER, June 9 (MPA) - A passenger ferry with 212 people on board ran aground on a "
    "sandbank outside Port Alver harbour on Monday evening, the coastguard said. Nobody was hurt "
    "and the Isle Rana, operated by Selby Straits Ferries, was refloated on the rising tide "
    "shortly before midnight. Passengers were taken ashore by two lifeboats and a harbour tug. "
    "The company said the vessel would be inspected by divers before returning to service, and "
    "that Tuesday's first two sailings to Kelmar had been cancelled."
)
add("ag-ferry", AG, "Ferry runs aground off Port Alver", [FERRY], "06:10")
add("eg-ferry", EG, "Ferry with 212 aboard grounded off Port Alver", [FERRY], "09:00")
add(
    "lh-ferry-first",
    LH,
    "Ferry aground",
    [
        "A passenger ferry with 212 people on board ran aground on a sandbank outside Port Alver "
        "harbour on Monday evening, the coastguard said."
    ],
    "09:30",
)
add(
    "ws-ferry-edit",
    WS,
    "Ferry refloated after grounding",
    [
        FERRY.replace("212 people", "213 people").replace(
            "two lifeboats and a harbour tug", "a harbour tug and two lifeboats"
        )
    ],
    "10:00",
)

TOLL = (
    "Tolls on the Brenn Estuary Bridge will rise from £2.40 to £2.90 for cars from 1 August, the "
    "bridge trust announced on Tuesday. Vans will pay £5.20 and lorries £9.60. The trust said the "
    "increase, the first since 2021, would pay for repainting the main span and replacing "
    "expansion joints over the next four years. Regular commuters using the Brenn Tag account "
    "will keep a 20 per cent discount. Motoring groups called the rise steep at a time of high "
    "fuel prices."
)
add("ag-toll", AG, "Brenn bridge tolls to rise", [TOLL], "06:40")
add("lh-toll", LH, "Bridge toll up 50p", [TOLL], "08:45")
add(
    "kt-toll-first",
    KT,
    "Toll rise",
    [
        "Tolls on the Brenn Estuary Bridge will rise from £2.40 to £2.90 for cars from 1 August, "
        "the bridge trust announced on Tuesday."
    ],
    "09:15",
)
add(
    "eg-toll-edit",
    EG,
    "Brenn crossing to cost more",
    [
        TOLL.replace("the bridge trust announced", "the Brenn Bridge Trust announced")
        .replace("Vans will pay £5.20 and lorries £9.60.", "Lorries will pay £9.60 and vans £5.20.")
        .replace("a 20 per cent discount", "a 25 per cent discount")
    ],
    "11:00",
)

MUSEUM = (
    "Two silver candlesticks dating from the 1740s were stolen from the Harrowgate Museum in "
    "Dunmere overnight on Sunday, police said. The thieves forced a rear fire door and were "
    "inside for less than five minutes, according to the museum's director, Clara Pennick. The "
    "candlesticks, made by the Dunmere silversmith Josiah Lake, are valued at about £60,000 and "
    "were the centrepiece of a display that opened in March. Officers have asked anyone offered "
    "antique silver to contact them."
)
add("ag-museum", AG, "Georgian candlesticks stolen from museum", [MUSEUM], "07:15")
add("ws-museum", WS, "Museum silver stolen", [MUSEUM], "09:40")
add(
    "eg-museum-first",
    EG,
    "Candlesticks stolen",
    [
        "Two silver candlesticks dating from the 1740s were stolen from the Harrowgate Museum in "
        "Dunmere overnight on Sunday, police said."
    ],
    "10:15",
)
add(
    "kt-museum-edit",
    KT,
    "Thieves take £60,000 candlesticks",
    [
        MUSEUM.replace(
            "the museum's director, Clara Pennick", "Clara Pennick, the museum's director"
        ).replace("about £60,000", "about £65,000")
    ],
    "10:40",
)

# 2. A paper's "News in brief" column, three of its four briefs rewritten from the agency ---

add(
    "ag-strike",
    AG,
    "Corran bus drivers to strike",
    [
        "Bus drivers at Corran Valley Transport will strike for 48 hours from Friday after talks "
        "over pay broke down, the Transit Workers Union said on Tuesday. About 380 drivers are "
        "expected to walk out, halting most services in Corran, Blyth Green and the surrounding "
        "villages. The union said the company's offer of 3.5 per cent was below inflation; the "
        "company said it had offered a one-off payment of £500 on top and urged the union to "
        "return to talks. School services will run as normal."
    ],
    "07:30",
)
add(
    "ag-reservoir",
    AG,
    "Hollin Moor reservoir at 41 per cent",
    [
        "Water levels at the Hollin Moor reservoir have fallen to 41 per cent of capacity after "
        "the driest spring in the region for 30 years, Northvale Water said on Tuesday. The "
        "company said a hosepipe ban was not yet needed but asked customers to take shorter "
        "showers and water gardens in the evening. It is moving water from the Askby reservoirs "
        "through the Fenton pipeline to keep supplies steady. Levels at this time of year are "
        "normally about 75 per cent."
    ],
    "07:50",
)
add(
    "ag-award",
    AG,
    "Hedgehog project wins teacher national award",
    [
        "A primary school teacher from Wickham Lees has won the national Science Teacher of the "
        "Year award for a project in which her pupils tracked hedgehogs with night cameras. Priya "
        "Raman, 34, of St Aldric's Primary School, received the prize at a ceremony in Castleford "
        "on Monday night. Judges said the project had got more than 200 families recording "
        "wildlife in their gardens. Ms Raman said she would spend the £5,000 prize on microscopes "
        "for the school."
    ],
    "08:10",
)
add(
    "ws-nib",
    WS,
    "News in brief",
    [
        "Bus strike called",
        "Drivers at Corran Valley Transport are to walk out for two days from Friday, their union "
        "said, after pay talks collapsed. The firm had offered 3.5 per cent plus a £500 one-off "
        "payment; school buses are unaffected.",
        "Reservoir low",
        "Northvale Water has urged customers to save water after Hollin Moor reservoir dropped to "
        "41 per cent full, following the region's driest spring in three decades. No hosepipe ban "
        "is planned for now.",
        "Hedgehog project wins prize",
        "Wickham Lees teacher Priya Raman has been named national Science Teacher of the Year "
        "after her St Aldric's pupils used night cameras to follow hedgehogs. She plans to spend "
        "the £5,000 prize on microscopes.",
        "Fete returns",
        "Westby's summer fete returns to Abbey Meadow on Saturday after two years away, with a dog "
        "show, a brass band and a tug-of-war between the town's two rugby clubs. Entry is £2, with "
        "children free.",
    ],
    "12:00",
)

# 3. Independent briefs on the same minor events, and one rewrite ---------------------------

add(
    "eg-road",
    EG,
    "Mill Lane to close for gas work",
    [
        "Mill Lane in Tressley will be closed between Church Street and the Oak Tree roundabout "
        "from Monday 15 June for three weeks while Northvale Gas replaces a 90-year-old main. "
        "Traffic will be diverted along Station Road and Bexley Avenue. The company said access "
        "for residents and the doctors' surgery would be kept open, and that the work should be "
        "finished by 3 July."
    ],
    "08:00",
)
add(
    "lh-road",
    LH,
    "Three-week closure for Tressley road",
    [
        "Gas main work will shut part of Mill Lane, Tressley, for three weeks from 15 June. "
        "Northvale Gas is replacing the old pipe between Church Street and the Oak Tree "
        "roundabout; drivers will be sent via Station Road and Bexley Avenue. Homes and the "
        "surgery on the lane will still be reachable, the firm said, with the job due to end on "
        "3 July."
    ],
    "08:20",
)
add(
    "lh-council",
    LH,
    "Councillors vote to close recycling centre",
    [
        "Linden councillors have voted 23 to 17 to close the Fairholme Road recycling centre at "
        "the end of September, ending a two-year campaign to keep it open. The council says the "
        "site, used by about 1,200 households a week, costs £310,000 a year to run and that "
        "residents can use the larger centre at Brook Farm, four miles away. Opposition "
        "councillors said the decision would lead to more fly-tipping in the north of the town."
    ],
    "07:00",
)
add(
    "eg-council",
    EG,
    "Fairholme tip to shut in September",
    [
        "The Fairholme Road recycling centre in Linden will shut on 30 September after the "
        "borough council backed its closure by 23 votes to 17 on Monday evening. Running the site "
        "costs £310,000 a year, according to a report to the meeting, and about 1,200 households "
        "use it weekly. Residents will be directed to Brook Farm. Councillor Dev Oduya, who led "
        "the campaign to save the centre, said the vote was a sad day for the north of Linden."
    ],
    "07:30",
)
add(
    "kt-council",
    KT,
    "Linden recycling centre to close",
    [
        "Councillors in Linden have voted by 23 to 17 to shut the Fairholme Road recycling centre "
        "at the end of September, bringing a two-year campaign to save it to an end. According to "
        "the council, the site costs £310,000 a year to run, is used by around 1,200 households "
        "each week, and residents can go to the bigger Brook Farm centre four miles away. "
        "Opposition members warned the move would bring more fly-tipping to the north of the "
        "town."
    ],
    "10:30",
)

# 4. A long story run as a brief, and a brief grown into a long story -----------------------

FACTORY_LEAD = (
    "Halden Foods is to close its biscuit factory in Eastmoor with the loss of 420 jobs, the "
    "company told staff on Tuesday morning. It blamed rising energy costs and falling sales of "
    "the own-label ranges it makes for supermarkets."
)
add(
    "eg-factory-long",
    EG,
    "Halden biscuit factory to close with 420 jobs lost",
    [
        FACTORY_LEAD,
        "Production will wind down over the summer and the last lines are due to stop in "
        "November. Some work will move to the company's larger plant in Fordham, where about 60 "
        "new posts will be created, and Eastmoor staff will be able to apply for them.",
        'Workers leaving the morning meeting described the mood as grim. "Most of us have been '
        'here twenty years or more," said Janet Crowe, who works on the packing line. "We knew '
        'orders were down but nobody thought it would come to this."',
        "The factory opened on the Harbour Road site in 1962 and at its peak in the 1980s "
        "employed more than 1,100 people. It is still one of the largest employers in the town.",
        "Eastmoor's MP, Raymond Ashworth, said he would meet the company's managing director this "
        "week and urged ministers to help find a buyer for the site. The GMB union said it would "
        "fight for every job.",
        "Halden Foods said it would offer redundancy terms above the legal minimum and would "
        "work with the local jobcentre to help staff find new work.",
    ],
    "06:30",
)
add("kt-factory-brief", KT, "420 jobs to go at biscuit factory", [FACTORY_LEAD], "11:30")

FIRE = [
    "Firefighters spent six hours tackling a blaze at a timber yard on the Kelso industrial "
    "estate in Brayford overnight. Eight fire engines were called to Ashdown Timber shortly "
    "after 11pm on Monday, and nearby homes on Carter Street were evacuated as a precaution.",
    "Nobody was injured. The cause of the fire is not yet known, Brayford Fire and Rescue Service "
    "said.",
]
add("ag-fire", AG, "Six-hour fight at timber yard blaze", [" ".join(FIRE)], "06:50")
add(
    "kt-fire-long",
    KT,
    "Timber yard blaze: families tell of night evacuation",
    [
        *FIRE,
        "Residents of Carter Street were woken by police officers knocking on doors shortly "
        "before midnight and spent the night at the Brayford leisure centre, where volunteers "
        "handed out blankets and tea. Most were allowed home at about 7am.",
        '"You could feel the heat from the end of the road," said Tom Bellamy, 71, who has '
        'lived on the street for forty years. "The sky was orange. I have never seen anything '
        'like it."',
        "Ashdown Timber's owner, Gareth Wynn, said the yard had lost most of its stock and that "
        "its 35 staff would be paid while the business worked out how to reopen. The family "
        "firm has traded in Brayford since 1954.",
        "Investigators were at the site on Tuesday afternoon. A section of the Kelso estate's "
        "main road remained closed while crews damped down the remains of the stacks.",
    ],
    "16:00",
)

# 5. Unrelated briefs of the same day --------------------------------------------------------

add(
    "eg-library",
    EG,
    "Library to open on Sundays",
    [
        "Eastmoor Central Library will open on Sunday afternoons from next month, the council "
        "said on Tuesday. The trial, paid for by a £40,000 grant from the Marlowe Trust, will run "
        "until March. The library's cafe and children's corner will also open, and a homework "
        "club will run for secondary school pupils. Opening hours on weekdays are unchanged."
    ],
    "08:30",
)
add(
    "lh-cycle",
    LH,
    "Cycle race route revealed",
    [
        "The route of the Linden Grand Prix cycle race has been announced, with riders tackling "
        "the climb at Hawes Bank three times before finishing on Market Street. Around 120 "
        "riders are expected on 12 July. Roads on the route will close from 9am to 4pm, and "
        "organisers are looking for 80 volunteer marshals."
    ],
    "09:00",
)
add(
    "ws-choir",
    WS,
    "Westby choir takes top prize",
    [
        "The Westby Male Voice Choir has won the open category at the Kelmar Eisteddfod for the "
        "first time in its 96-year history. The 42-strong choir sang two Welsh hymns and a "
        "setting of a poem by a former member. Musical director Alun Hughes said the singers "
        "had rehearsed twice a week since January."
    ],
    "11:15",
)
add(
    "kt-hospital",
    KT,
    "Hospital parking charges scrapped for night staff",
    [
        "Night-shift staff at Kestle General Hospital will no longer pay to park, the health "
        "trust said on Tuesday. The change, which starts next week, will save nurses and porters "
        "up to £600 a year. Unions had campaigned for the charges to be dropped since the car park "
        "was rebuilt in 2024. Patients and visitors will still pay."
    ],
    "12:30",
)
add(
    "eg-van",
    EG,
    "Appeal after tools van stolen",
    [
        "Police in Dunmere are appealing for witnesses after a builder's van loaded with tools "
        "worth £12,000 was stolen from a driveway in Orchard Close overnight on Sunday. The white "
        "van was later found burnt out on a farm track near Pellow. Officers have asked anyone "
        "offered cheap power tools to contact them."
    ],
    "13:00",
)
add(
    "lh-school",
    LH,
    "School roof repairs approved",
    [
        "Repairs to the leaking roof at Fairholme Primary School will start in the summer holidays "
        "after Linden council approved £280,000 for the work at Monday evening's meeting. Parents "
        "had complained that buckets were being used in two classrooms. The school will open as "
        "normal in September."
    ],
    "13:30",
)
add(
    "ag-lottery",
    AG,
    "Syndicate of cleaners shares lottery win",
    [
        "A syndicate of nine hospital cleaners from Brayford has won £1.2 million on the "
        "national lottery. The group, who have played the same numbers every week since 2009, "
        "said they would share the prize equally. One member, Dorothy Keane, 62, said she would "
        "retire at the end of the month and take her grandchildren to Canada."
    ],
    "14:00",
)

OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
