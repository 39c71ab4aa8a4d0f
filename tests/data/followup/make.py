"""Write corpus.jsonl: an invented corpus of stories that develop over time (every name,
place and event is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).

1. The Hethering Courier's report of a blast at the Corvell glassworks, updated three times
   the same day (a paragraph added at the top each time, the headline changed once, the
   number of injured corrected from two to three), and its correction as a separate article.
2. The Courier's follow-ups over four months, each repeating the background paragraph of its
   first report ("The plant, which opened in 1998, ..."); a rival's follow-up that copies that
   paragraph (its own reporting otherwise); a rival's own reports of the same events.
3. A year later, a third paper's anniversary piece quoting two sentences of the Courier's
   report with attribution.
4. A rival's dated report and an undated copy of it whose text names an earlier date in a
   sentence that also looks ahead, and undated copies whose text dates them ("last Tuesday",
   "on 3 March 1990", "in 2025").
5. The Redbank Post's lifeboat station: two reports sharing one background paragraph (only
   two, below the three of an outlet's boilerplate), another paper's own report, an undated
   newsletter copy.
6. Unrelated articles of the same outlets.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus.jsonl"
records: list[dict[str, str]] = []

HC, RP, TG = "Hethering Courier", "Redbank Post", "Tessmoor Gazette"


def add(id_: str, source: str, title: str, paras: list[str], published: str | None = None) -> None:
    rec = {"id": id_, "source": source, "title": title, "text": "\n\n".join(paras)}
    if published:
        rec["published"] = published
    records.append(rec)


# --- 1. one report, updated three times the same day -----------------------------------------
BG_HC = (
    "The plant, which opened in 1998 on the site of the old Hethering colliery, employs about "
    "340 people and makes glass bottles for brewers and soft drink firms across the north. It "
    "is the town's largest private employer."
)
LEAD_TWO = (
    "Two workers were injured in an explosion at the Corvell Glass works in Hethering early on "
    "Tuesday, the county ambulance service said."
)
LEAD_THREE = LEAD_TWO.replace("Two workers", "Three workers")
BLAST_BODY = [
    "The blast happened shortly after 5.30 am in the furnace hall at the plant on Colliery Road. "
    "Residents in nearby Pitman Street said their windows rattled and a column of steam rose "
    "above the site for almost an hour.",
    "A spokeswoman for Brenmoor Fire and Rescue Service said four engines had been sent and that "
    "the fire in the furnace hall was out by 7 am. Crews stayed on to cool a damaged gas main.",
    BG_HC,
]
TOP_V2 = (
    "Colliery Road will stay closed until at least Wednesday while investigators examine the "
    "furnace hall, Brenmoor Police said this morning, and drivers are being sent along the "
    "Station Road bypass."
)
TOP_V3 = (
    "The Health and Safety Executive has opened an investigation into the explosion, and the "
    "company has sent the rest of the morning shift home on full pay."
)
TOP_V4 = (
    "Corvell Glass said on Tuesday evening that the injured workers were a furnace operator and "
    "two maintenance engineers, and that the operator was in a stable condition at Hethering "
    "General Hospital."
)
T1 = "Explosion at Corvell glassworks in Hethering"
T3 = "Three hurt in Corvell glassworks blast"
add("hc-blast-v1", HC, T1, [LEAD_TWO, *BLAST_BODY], "2025-03-04T08:10:00+00:00")
add("hc-blast-v2", HC, T1, [TOP_V2, LEAD_TWO, *BLAST_BODY], "2025-03-04T11:30:00+00:00")
add("hc-blast-v3", HC, T3, [TOP_V3, TOP_V2, LEAD_THREE, *BLAST_BODY], "2025-03-04T15:45:00+00:00")
add(
    "hc-blast-v4",
    HC,
    T3,
    [TOP_V4, TOP_V3, TOP_V2, LEAD_THREE, *BLAST_BODY],
    "2025-03-04T19:20:00+00:00",
)
add(
    "hc-correction",
    HC,
    "Correction: Corvell glassworks explosion",
    [
        "An early version of our report on the explosion at the Corvell Glass works on 4 March said "
        "that two workers had been injured. Three workers were hurt.",
        f'The report now reads: "{LEAD_THREE}"',
        "We apologise for the error.",
    ],
    "2025-03-06T09:00:00+00:00",
)

# --- 2. the storyline: follow-ups repeating the background paragraph ---------------------------
add(
    "hc-inquiry",
    HC,
    "Safety inspectors to interview Corvell night shift",
    [
        "Inspectors investigating the explosion at the Corvell Glass works will interview all 26 "
        "members of the night shift over the next fortnight, the Health and Safety Executive said "
        "on Monday.",
        "The inspectors have taken away sections of a gas pipe and a pressure valve from the furnace "
        "hall for laboratory tests, which are expected to take up to three months.",
        BG_HC,
        "Councillor Edwin Marsh, who represents the Colliery ward, said families in Pitman Street "
        'wanted to know whether the gas main under their road was safe. "People here heard the bang '
        'and they have not had a straight answer since," he said.',
    ],
    "2025-03-25T10:00:00+00:00",
)
add(
    "hc-layoffs",
    HC,
    "Corvell to cut 90 jobs as furnace rebuild drags on",
    [
        "Corvell Glass is to cut 90 jobs at its Hethering works because its main furnace will not be "
        "working again until the summer, the company told staff on Monday.",
        "Managing director Alison Greaves said the firm had lost two of its largest bottle contracts "
        "since the explosion in March and could not keep paying a full workforce while one of its "
        "two furnaces stood cold.",
        BG_HC,
        "The GMB union said it would ask the company to offer voluntary redundancy first and to "
        "guarantee that laid-off workers would be offered their jobs back when the furnace is relit.",
    ],
    "2025-05-13T08:30:00+01:00",
)
add(
    "hc-reopen",
    HC,
    "Corvell furnace relit four months after blast",
    [
        "The furnace destroyed in the explosion at the Corvell Glass works was relit on Monday after "
        "a rebuild costing £6.5 million, and the first bottles came off the line that evening.",
        "Alison Greaves, the managing director, said 40 of the 90 workers made redundant in May had "
        "accepted offers to return and that more would be taken back by the autumn.",
        BG_HC,
    ],
    "2025-07-08T09:00:00+01:00",
)
add(
    "hc-hse-report",
    HC,
    "Corrosion in gas pipe caused Corvell explosion, inspectors find",
    [
        "A corroded section of gas pipe under the furnace hall caused the explosion at the Corvell "
        "Glass works in March, the Health and Safety Executive said in its report on Thursday.",
        "The inspectors found that the pipe had last been checked in 2016 and said the company "
        "should have replaced it when the furnace hall was extended. Corvell Glass said it accepted "
        "the findings in full.",
        BG_HC,
    ],
    "2025-11-20T10:00:00+00:00",
)
# the rival's follow-up: its own reporting, and the Courier's background paragraph word for word
add(
    "rp-corvell-jobs",
    RP,
    "Glassworks job cuts 'a hammer blow' for Hethering, says MP",
    [
        "Hethering's MP, Rosalind Okafor, has called the loss of 90 jobs at the Corvell Glass works "
        "a hammer blow for a town that was still recovering from the closure of its last pit.",
        "Speaking in Redbank on Tuesday, she said she had written to the business secretary to ask "
        "for help for the firm's suppliers, several of which are small workshops in the Tessmoor "
        "valley.",
        BG_HC,
        "A jobs fair for the workers affected will be held at Hethering Miners' Institute next "
        "week, the council said.",
    ],
    "2025-05-14T07:45:00+01:00",
)
# the rival's and a third paper's own reports of the same events (written independently)
add(
    "rp-blast",
    RP,
    "Workers hurt as blast rocks Hethering glass factory",
    [
        "An explosion tore through part of a glass factory in Hethering before dawn on Tuesday, "
        "leaving several employees in hospital.",
        "People living on Pitman Street described being woken by a loud bang at about half past "
        "five and seeing steam pour from the roof of the Corvell building.",
        "Firefighters from Brenmoor had the blaze under control within ninety minutes. Police have "
        "shut Colliery Road to traffic.",
    ],
    "2025-03-04T12:00:00+00:00",
)
add(
    "tg-blast",
    TG,
    "Hethering glassworks blast: what we know",
    [
        "Three people were taken to hospital after an explosion at Corvell Glass in Hethering on "
        "Tuesday morning. One, a furnace operator, is said to be in a stable condition.",
        "The factory's furnace hall was badly damaged. Safety inspectors arrived in the afternoon "
        "and the firm sent the rest of its shift home.",
        "Corvell, a maker of beer and soft drink bottles, is one of the biggest employers in the "
        "Tessmoor valley.",
    ],
    "2025-03-05T07:00:00+00:00",
)
add(
    "rp-reopen",
    RP,
    "Fires burn again at Corvell as furnace restarts",
    [
        "Glassmaking resumed in Hethering on Monday when Corvell Glass fired up the furnace that "
        "was wrecked by an explosion in the spring.",
        "The rebuild cost more than six million pounds, the firm said. About half of the staff "
        "laid off in May have been taken back on.",
        "Union officials welcomed the restart but said they still wanted answers about what caused "
        "the blast.",
    ],
    "2025-07-08T13:00:00+01:00",
)

# --- 3. an anniversary piece quoting the report with attribution --------------------------------
add(
    "tg-anniversary",
    TG,
    "A year on, Hethering remembers the morning the glassworks shook",
    [
        "It is a year since the explosion at the Corvell Glass works, and the families of Pitman "
        "Street say the sound still wakes them some nights.",
        'As the Hethering Courier reported at the time, "Three workers were injured in an explosion '
        "at the Corvell Glass works in Hethering early on Tuesday, the county ambulance service "
        "said. The blast happened shortly after 5.30 am in the furnace hall at the plant on "
        'Colliery Road."',
        "All three have since returned to work. The furnace operator, Dean Whitlock, now trains "
        "apprentices in gas safety and says he wants every new starter to know where the pipes run.",
        "A memorial bench paid for by the workforce was unveiled outside the works gate on "
        "Wednesday morning, with the names of the three men and the crews who came to help.",
    ],
    "2026-03-04T07:00:00+00:00",
)

# --- 4. an undated original copied by a dated rival; undated copies dated by their text ----------
FURNACE = [
    "Corvell Glass has begun heating its rebuilt furnace slowly, a process that takes about "
    "three weeks, and the first bottles are due to come off the line in early July.",
    "Engineers started the warm-up on 3 June 2025, and the first bottles will come off the line "
    "once the furnace reaches 1,500 degrees, the company said.",
    "Alison Greaves, the managing director, said the workers laid off in May would be the first "
    'to be offered jobs when production resumed. "We owe them that," she said.',
]
# the rival's dated report, and an undated copy of it (the copy's "started ... on 3 June 2025,
# and ... will" once placed it before 3 June, i.e. before the report it copies)
add(
    "rp-furnace",
    RP,
    "Glassworks furnace warming up for July restart",
    FURNACE
    + [
        "Redbank suppliers told the Post they were preparing for the first orders in four months.",
    ],
    "2025-06-05T08:00:00+01:00",
)
add(
    "tg-furnace-undated",
    TG,
    "Corvell starts slow warm-up of rebuilt furnace",
    FURNACE
    + [
        "The furnace was wrecked in the explosion of 4 March, which injured three workers.",
    ],
)
add(
    "bw-layoffs-undated",
    "Brenmoor Weekly",
    "90 jobs to go at Hethering glassworks",
    [
        "Corvell Glass is to cut 90 jobs at its Hethering works because its main furnace will not be "
        "working again until the summer, the company told staff last Tuesday.",
        "Managing director Alison Greaves said the firm had lost two of its largest bottle contracts "
        "since the explosion in March and could not keep paying a full workforce while one of its "
        "two furnaces stood cold.",
        "The GMB union said it would ask the company to offer voluntary redundancy first and to "
        "guarantee that laid-off workers would be offered their jobs back when the furnace is relit.",
        "It is the second blow for Hethering in 2025 after the closure of the Station Road depot.",
    ],
)

# --- 5. the lifeboat station: a background paragraph in only two articles ------------------------
BG_RP = (
    "The Marram Point station, founded in 1926, has two boats and 28 volunteer crew, and its "
    "boats were launched 61 times last year, more than any other station on the Redbank coast."
)
add(
    "rp-lifeboat-boat",
    RP,
    "Marram Point lifeboat to get new all-weather boat",
    [
        "Marram Point lifeboat station is to receive a new all-weather lifeboat worth £2.4 million "
        "next year, replacing a boat that has served the station since 1999.",
        "Coxswain Mary Tolland said the crew had raised £180,000 towards the cost through a sponsored "
        "row around the headland and a summer of cake stalls.",
        BG_RP,
    ],
    "2025-04-02T09:00:00+01:00",
)
add(
    "rp-lifeboat-yacht",
    RP,
    "Lifeboat crew rescue three from yacht aground on Skerrow Sands",
    [
        "Three sailors were rescued from a yacht that ran aground on Skerrow Sands on Monday night "
        "after its engine failed in a rising swell, the coastguard said.",
        "The Marram Point inshore lifeboat reached the yacht 22 minutes after the alarm was raised "
        "and took the crew, two men and a woman from Tessmoor, back to the harbour.",
        BG_RP,
        "The yacht was towed off the sands at high tide on Tuesday morning.",
    ],
    "2025-05-20T08:00:00+01:00",
)
add(
    "tg-yacht",
    TG,
    "Tessmoor sailors rescued off Skerrow Sands",
    [
        "Three members of Tessmoor Sailing Club were brought ashore by volunteer lifeboat crew after "
        "their yacht stuck fast on a sandbank late on Monday.",
        "The club's commodore said the sailors had done everything right by calling for help early "
        "and staying with the boat.",
        "None of the three needed treatment in hospital.",
    ],
    "2025-05-20T12:00:00+01:00",
)
add(
    "mn-yacht-undated",
    "Marram Notes",
    "Our lifeboat in action",
    [
        "Three sailors were rescued from a yacht that ran aground on Skerrow Sands on Monday night "
        "after its engine failed in a rising swell, the coastguard said.",
        "The Marram Point inshore lifeboat reached the yacht 22 minutes after the alarm was raised "
        "and took the crew, two men and a woman from Tessmoor, back to the harbour.",
        "The station's open day, first held on 3 March 1990, returns in August.",
    ],
)

# --- 6. unrelated articles of the same outlets --------------------------------------------------
add(
    "hc-bowls",
    HC,
    "Hethering bowls club marks centenary with new green",
    [
        "Hethering Bowls Club celebrated its hundredth season on Saturday by opening a new green "
        "laid by its own members over the winter.",
        "Club president Norah Bell said membership had doubled in five years, helped by free "
        "Tuesday sessions for beginners.",
    ],
    "2025-04-14T09:00:00+01:00",
)
add(
    "hc-library",
    HC,
    "Library opening hours to be extended",
    [
        "Hethering library will open until 8 pm on Thursdays from next month after the council found "
        "money for two extra staff.",
        "The library's reading group, which meets on Thursday evenings, had asked for the change for "
        "three years.",
    ],
    "2025-06-02T09:00:00+01:00",
)
add(
    "hc-school",
    HC,
    "Pitman Street primary rated good by inspectors",
    [
        "Pitman Street Primary School has been rated good in every area by Ofsted inspectors, two "
        "years after it was told it required improvement.",
        "Headteacher Callum Rees praised pupils and parents and said the school's new reading scheme "
        "had made the biggest difference.",
    ],
    "2025-10-06T09:00:00+01:00",
)
add(
    "rp-harbour",
    RP,
    "Redbank harbour dredging to start in September",
    [
        "Dredging of Redbank harbour will start in September and last six weeks, the harbour board "
        "said, after silt left fishing boats stranded at low tide.",
        "The work will cost £900,000, shared between the board and the county council.",
    ],
    "2025-07-22T09:00:00+01:00",
)
add(
    "rp-market",
    RP,
    "Redbank market traders win rent freeze",
    [
        "Stallholders at Redbank indoor market will pay no more rent next year after the council "
        "agreed to freeze charges while the roof is repaired.",
        "Traders had said that leaks had driven customers away all winter.",
    ],
    "2025-02-10T09:00:00+00:00",
)
add(
    "tg-festival",
    TG,
    "Tessmoor folk weekend sells out",
    [
        "All 3,000 tickets for the Tessmoor folk weekend in August have been sold, organisers said, "
        "the first sell-out in the festival's 30-year history.",
        "Extra buses will run from Redbank on both days.",
    ],
    "2025-06-18T09:00:00+01:00",
)
add(
    "tg-bypass",
    TG,
    "Tessmoor bypass public inquiry opens",
    [
        "A public inquiry into the planned Tessmoor bypass opened on Tuesday, with more than 400 "
        "objections lodged by residents and farmers.",
        "The county council says the road would take 9,000 vehicles a day out of the town centre.",
    ],
    "2025-09-09T09:00:00+01:00",
)
add(
    "hc-carnival",
    HC,
    "Hethering carnival returns after six-year gap",
    [
        "Hethering's summer carnival will return in August for the first time in six years, with a "
        "parade from the Miners' Institute to Colliery Park.",
        "Organisers said 30 floats had already signed up and that the glassworks band would lead the "
        "procession.",
    ],
    "2025-05-02T09:00:00+01:00",
)
add(
    "tg-hospital",
    TG,
    "New scanner for Hethering General",
    [
        "Hethering General Hospital has installed a £1.1 million MRI scanner paid for by a "
        "fundraising appeal that began in 2023.",
        "Waiting times for scans are expected to halve by the spring.",
    ],
    "2025-12-01T09:00:00+00:00",
)

OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
