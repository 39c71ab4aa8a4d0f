"""Write corpus.jsonl: an invented corpus of police and court news (every force, town,
court, agency, outlet and person is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).

1. Westmoor Police's appeal after a fatal assault in Hallbury, its update (a man arrested,
   "remains in custody"), its charge statement and a family's tribute issued through the
   force; a paper printing the appeal, a site printing it with its own interviews with
   neighbours, a paper merging the appeal and the update, a paper rewriting both in its own
   words, a site printing the charge statement.
2. The same force's statements on three unrelated incidents the same week (a burglary, a
   shop robbery with an arrest and a charge, a collision with a driver "released under
   investigation") in the same standard phrasing (call 101 quoting an incident number,
   Crimestoppers, dashcam and doorbell footage), and papers printing them.
3. A court-reporting agency's copy of the first hearing ("appeared before Hallbury
   Magistrates' Court ... remanded in custody to appear at Westmoor Crown Court") and papers
   printing it; the agency's copy of an unrelated hearing in the same court phrasing; its
   trial report weeks later repeating the hearing copy's background paragraph, a paper
   printing it; its verdict story.
4. Papers quoting the family's tribute, and a site copying one paper's tribute story.
5. A national story on knife crime with one sentence on the case; unrelated local news.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus.jsonl"

records: list[dict[str, str]] = []


def add(key: str, source: str, published: str, title: str, paras: list[str]) -> None:
    records.append(
        {
            "id": key,
            "source": source,
            "title": title,
            "text": "\n\n".join(paras),
            "published": published,
        }
    )


WP = "Westmoor Police"
HG = "Hallbury Gazette"
WN = "Westmoor News Online"
KE = "Kestrel Bay Echo"
CL = "Courtline News Agency"
NC = "National Courier"


# --- the force's standard lines, refilled per incident ----------------------------------------
def contact(incident: str, day: str) -> str:
    return (
        f"Anyone with information is asked to call Westmoor Police on 101, quoting incident "
        f"{incident} of {day}. Alternatively, information can be given anonymously to the "
        f"independent charity Crimestoppers on 0800 555 111 or through its website."
    )


def footage(officer: str, place: str) -> str:
    return (
        f'{officer} said: "We are keen to speak to anyone who was in the area of {place} at the '
        f"time and who may have seen anything suspicious. I would also ask drivers who were "
        f"passing to check their dashcam footage, and residents to check any doorbell or "
        f'CCTV cameras, as they may hold information that could help our enquiries."'
    )


def press_office() -> str:
    return (
        "Issued by the Westmoor Police press office. Media enquiries: "
        "press.office@westmoor-police.invalid"
    )


# --- 1. the Hallbury case -----------------------------------------------------------------------
APPEAL_LEAD = (
    "Police are appealing for witnesses after a man died following an assault in Marlow "
    "Street, Hallbury, in the early hours of Saturday 2 May."
)
APPEAL_FACTS = (
    "Officers were called at about 1.40am to reports that a man had been found seriously "
    "injured on the pavement outside the Golden Wok takeaway. Paramedics treated him at the "
    "scene, and he was taken to Westmoor General Hospital, where he died a short time later."
)
APPEAL_NEXT = (
    "The man, who was 29 and from Hallbury, has not yet been formally identified, but his "
    "family have been told and are being supported by specialist officers. A post-mortem "
    "examination will take place in the coming days."
)
APPEAL_CORDON = (
    "A cordon remains in place between the junctions with Tanner's Row and Abbey Lane while "
    "forensic officers examine the scene, and residents can expect to see more officers in "
    "the area over the weekend."
)
APPEAL_SIO = (
    'Detective Chief Inspector Ruth Ashdown, who is leading the investigation, said: "A young '
    "man has lost his life and a family is grieving. We are working to establish exactly "
    "what happened in Marlow Street and who was involved, and I would like to reassure the "
    'community that we are putting every available resource into this investigation."'
)
ARREST_LEAD = (
    "A 34-year-old man has been arrested on suspicion of murder following the death of a "
    "man in Marlow Street, Hallbury."
)
ARREST_BODY = (
    "The man, from Hallbury, was arrested at an address in Fenwick Road on Sunday afternoon "
    "by officers from the major crime team. He remains in custody for questioning."
)
ARREST_ID = (
    "The man who died has now been named as Callum Reddy, 29, of Ellery Close, Hallbury. A "
    "post-mortem examination found that he died from a single stab wound to the chest."
)
ARREST_SIO = (
    'Detective Chief Inspector Ruth Ashdown said: "This is a significant step in our '
    "investigation, but our work is far from over. I know many people were in the town "
    "centre that night, and I would still like to hear from anyone who saw an argument "
    "between two men near the takeaway shortly before 1.40am, or who saw a man running "
    'towards Abbey Lane."'
)
CHARGE_LEAD = "A man has been charged with murder following the death of Callum Reddy in Hallbury."
CHARGE_BODY = (
    "Lewis Dunmore, 34, of Fenwick Road, Hallbury, has been charged with the murder of Mr "
    "Reddy, 29, and with possession of a bladed article in a public place. The charges were "
    "authorised by the Crown Prosecution Service on Monday evening."
)
CHARGE_COURT = (
    "Dunmore has been remanded in custody and is due to appear before Hallbury Magistrates' "
    "Court on Wednesday 6 May."
)
CHARGE_SIO = (
    "Detective Chief Inspector Ruth Ashdown said: \"Our thoughts remain with Callum's family, "
    "who have been told of this development and continue to be supported by specialist "
    "officers. Now that a man has been charged, I would remind everyone not to comment or "
    'speculate online about the case, as this could affect the court proceedings."'
)
TRIBUTE_QUOTE = (
    '"Callum was the kindest, funniest person you could ever meet. He lit up every room he '
    "walked into, and he would do anything for anyone. He was a devoted dad to his two "
    "little girls, who he adored more than anything in the world, and a loving son, brother "
    "and partner. We cannot begin to understand how someone could take him from us over "
    "nothing. Our hearts are broken, and our lives will never be the same without him. We "
    'ask that we are now left alone to grieve in private."'
)

add(
    "wp-appeal",
    WP,
    "2026-05-02T13:10:00+01:00",
    "Appeal for witnesses after man dies following assault in Hallbury",
    [
        APPEAL_LEAD,
        APPEAL_FACTS,
        APPEAL_NEXT,
        APPEAL_CORDON,
        APPEAL_SIO,
        footage("She added", "Marlow Street and the town centre between midnight and 2am"),
        contact("123", "2 May"),
        press_office(),
    ],
)
add(
    "wp-arrest",
    WP,
    "2026-05-03T18:25:00+01:00",
    "Man arrested on suspicion of murder after Hallbury death",
    [
        ARREST_LEAD,
        ARREST_BODY,
        ARREST_ID,
        ARREST_SIO,
        contact("123", "2 May"),
        press_office(),
    ],
)
add(
    "wp-charge",
    WP,
    "2026-05-05T09:05:00+01:00",
    "Man charged with murder of Callum Reddy",
    [CHARGE_LEAD, CHARGE_BODY, CHARGE_COURT, CHARGE_SIO, press_office()],
)
add(
    "wp-tribute",
    WP,
    "2026-05-04T16:30:00+01:00",
    "Family pay tribute to Callum Reddy",
    [
        "The family of a man who died after being assaulted in Hallbury have paid tribute to him.",
        "Callum Reddy, 29, was found seriously injured in Marlow Street in the early hours of "
        "Saturday 2 May and died in hospital a short time later.",
        "In a statement issued through police, his family said: " + TRIBUTE_QUOTE,
        "A 34-year-old man who was arrested on suspicion of murder remains in custody.",
        press_office(),
    ],
)

# The paper prints the appeal nearly word for word.
add(
    "hg-appeal",
    HG,
    "2026-05-02T15:02:00+01:00",
    "Murder inquiry after man dies in Hallbury town centre",
    [
        APPEAL_LEAD,
        APPEAL_FACTS,
        APPEAL_NEXT,
        APPEAL_CORDON.replace("over the weekend", "throughout the weekend"),
        APPEAL_SIO,
        footage("She added", "Marlow Street and the town centre between midnight and 2am"),
        contact("123", "2 May"),
    ],
)
# The site prints the appeal's core and adds its own interviews with neighbours.
add(
    "wn-appeal",
    WN,
    "2026-05-02T17:45:00+01:00",
    "'We heard screaming': neighbours' shock after Hallbury death",
    [
        "Residents of a Hallbury street have spoken of their shock after a man died following "
        "an assault outside a takeaway in the early hours of this morning.",
        APPEAL_FACTS,
        "Janet Pollard, 67, who has lived above a shop in Marlow Street for twenty years, said "
        'she was woken by shouting shortly after half past one. "I looked out of the window '
        "and there were two or three lads arguing, and then one of them just ran off towards "
        'the church," she said. "A few minutes later the whole street was full of blue '
        'lights. You never think something like that will happen on your own doorstep."',
        "Another neighbour, who did not want to be named, said the takeaway was usually busy "
        'late on Friday nights and that there had been trouble outside it before. "People '
        'come out of the pubs and hang around here until all hours," he said. "We have '
        'asked the council for better lighting more than once."',
        "By lunchtime a white forensic tent had been put up on the pavement, and floral "
        "tributes had started to appear at the edge of the cordon.",
        APPEAL_SIO,
        contact("123", "2 May"),
    ],
)
# The paper merges the appeal and the update into one story.
add(
    "hg-arrest",
    HG,
    "2026-05-03T19:40:00+01:00",
    "Man, 34, arrested over Marlow Street death",
    [
        ARREST_LEAD,
        ARREST_BODY,
        ARREST_ID,
        APPEAL_FACTS,
        APPEAL_CORDON,
        ARREST_SIO,
        contact("123", "2 May"),
    ],
)
# The paper rewrites the appeal and the update in its own words.
add(
    "ke-rewrite",
    KE,
    "2026-05-03T21:15:00+01:00",
    "Arrest after father dies outside Hallbury takeaway",
    [
        "Detectives investigating the death of a young man outside a Hallbury takeaway have "
        "arrested a suspect.",
        "Callum Reddy, 29, was discovered badly hurt on the pavement in Marlow Street at about "
        "1.40am on Saturday. Ambulance crews gave him treatment where he lay before taking him "
        "to Westmoor General Hospital, but he died shortly afterwards.",
        "A post-mortem examination showed that he had died of one stab wound to his chest.",
        "On Sunday afternoon, officers from the major crime team detained a 34-year-old "
        "Hallbury man at a house in Fenwick Road. He is being held for questioning on "
        "suspicion of murder.",
        "Police want to trace anyone who saw two men arguing close to the takeaway just before "
        "the attack, or a man running off in the direction of Abbey Lane.",
        "Part of Marlow Street was still sealed off last night while forensic teams worked "
        "at the scene.",
    ],
)
# The site prints the charge statement.
add(
    "wn-charge",
    WN,
    "2026-05-05T10:20:00+01:00",
    "Hallbury man charged with murder of Callum Reddy",
    [CHARGE_LEAD, CHARGE_BODY, CHARGE_COURT, CHARGE_SIO],
)

# --- 2. the force's other incidents the same week -----------------------------------------------
BURGLARY = [
    "Police are appealing for witnesses after a burglary at a house in Orchard Way, "
    "Stanmere, on the evening of Sunday 3 May.",
    "The occupants returned home at about 9.15pm to find that a rear door had been forced and "
    "that jewellery, a laptop and a quantity of cash had been taken from upstairs rooms.",
    "Neighbours reported seeing a dark grey hatchback parked in the road for about half an "
    "hour earlier in the evening, with two people sitting inside it.",
    footage("Detective Constable Aaron Whitby", "Orchard Way between 7pm and 9.30pm on Sunday"),
    contact("412", "3 May"),
    press_office(),
]
ROBBERY = [
    "A 19-year-old man has been arrested on suspicion of robbery after a shop worker was "
    "threatened in Kestrel Bay.",
    "A man entered the Harbour Road convenience store at about 7.50pm on Monday 4 May, "
    "threatened a member of staff with what appeared to be a hammer and demanded money from "
    "the till. He left with around two hundred pounds in cash and a number of cigarette "
    "packets.",
    "The member of staff was shaken but was not physically hurt.",
    "Officers searching the area arrested a man in Quayside Gardens a short time later. He "
    "remains in custody.",
    footage("Detective Sergeant Priya Hale", "Harbour Road and Quayside Gardens on Monday evening"),
    contact("388", "4 May"),
    press_office(),
]
ROBBERY_CHARGE = [
    "A man has been charged with robbery following an incident at a convenience store in "
    "Kestrel Bay.",
    "Jordan Keane, 19, of no fixed address, has been charged with robbery and with "
    "possession of an offensive weapon. The charges were authorised by the Crown "
    "Prosecution Service on Tuesday.",
    "Keane has been remanded in custody and is due to appear before Kestrel Bay Magistrates' "
    "Court on Wednesday 6 May.",
    press_office(),
]
CRASH = [
    "Police are appealing for witnesses after a motorcyclist was seriously injured in a "
    "collision on the A412 near Hallbury on Tuesday 5 May.",
    "The collision, between a red motorcycle and a white van, happened at about 5.20pm at "
    "the junction with Mill Lane. The rider, a man in his forties, was taken to Westmoor "
    "General Hospital with injuries described as life-changing.",
    "The road was closed for several hours while collision investigators examined the scene.",
    "The driver of the van, a 52-year-old man, was arrested on suspicion of causing serious "
    "injury by dangerous driving. He has since been released under investigation.",
    footage("Sergeant Neil Carraway of the roads policing unit", "the A412 and Mill Lane"),
    contact("597", "5 May"),
    press_office(),
]
add(
    "wp-burglary",
    WP,
    "2026-05-04T11:00:00+01:00",
    "Witness appeal after Stanmere burglary",
    BURGLARY,
)
add(
    "wp-robbery",
    WP,
    "2026-05-04T22:10:00+01:00",
    "Man arrested after shop worker threatened in Kestrel Bay",
    ROBBERY,
)
add(
    "wp-robbery-charge",
    WP,
    "2026-05-05T17:30:00+01:00",
    "Man charged with robbery after Kestrel Bay shop raid",
    ROBBERY_CHARGE,
)
add(
    "wp-crash",
    WP,
    "2026-05-06T08:45:00+01:00",
    "Appeal after motorcyclist seriously hurt in A412 collision",
    CRASH,
)
add(
    "hg-burglary",
    HG,
    "2026-05-04T13:30:00+01:00",
    "Jewellery and laptop stolen in Stanmere break-in",
    BURGLARY[:-1],
)
add(
    "ke-robbery",
    KE,
    "2026-05-05T07:30:00+01:00",
    "Arrest after shop worker threatened with hammer",
    ROBBERY[:-1],
)
add(
    "ke-robbery-charge",
    KE,
    "2026-05-05T19:00:00+01:00",
    "Teenager charged over Harbour Road shop robbery",
    ROBBERY_CHARGE[:-1],
)
add(
    "wn-crash",
    WN,
    "2026-05-06T09:30:00+01:00",
    "Motorcyclist suffers life-changing injuries in A412 crash",
    CRASH[:-1],
)

# --- 3. the court-reporting agency ---------------------------------------------------------------
HEARING_LEAD = (
    "A man accused of stabbing a father of two to death outside a Hallbury takeaway has "
    "appeared in court."
)
HEARING_BACKGROUND = (
    "Callum Reddy, 29, was found with a stab wound to the chest in Marlow Street in the early "
    "hours of Saturday 2 May and died in Westmoor General Hospital a short time later."
)
HEARING_COURT = (
    "Lewis Dunmore, 34, of Fenwick Road, Hallbury, appeared before Hallbury Magistrates' "
    "Court on Wednesday charged with murder and with possession of a bladed article in a "
    "public place."
)
HEARING_DETAIL = (
    "Dunmore, who wore a grey tracksuit, spoke only to confirm his name, age and address "
    "during the four-minute hearing. He did not enter a plea. Members of Mr Reddy's family "
    "watched from the public gallery."
)
HEARING_REMAND = (
    "District Judge Imogen Tallis told him that the case could only be dealt with by a "
    "higher court. He was remanded in custody to appear at Westmoor Crown Court on 8 May."
)
add(
    "cl-hearing",
    CL,
    "2026-05-06T12:40:00+01:00",
    "Man in court accused of Hallbury takeaway murder",
    [HEARING_LEAD, HEARING_BACKGROUND, HEARING_COURT, HEARING_DETAIL, HEARING_REMAND],
)
add(
    "hg-hearing",
    HG,
    "2026-05-06T14:05:00+01:00",
    "Man in court accused of murdering Callum Reddy",
    [HEARING_LEAD, HEARING_BACKGROUND, HEARING_COURT, HEARING_DETAIL, HEARING_REMAND],
)
add(
    "ke-hearing",
    KE,
    "2026-05-06T15:20:00+01:00",
    "Court appearance over Marlow Street death",
    [HEARING_LEAD, HEARING_BACKGROUND, HEARING_COURT],
)
FRAUD = [
    "A former charity treasurer accused of taking more than forty thousand pounds from a "
    "hospice fundraising group has appeared in court.",
    "Margaret Voss, 58, of Linden Avenue, Stanmere, appeared before Hallbury Magistrates' "
    "Court on Thursday charged with fraud by abuse of position between 2021 and 2025.",
    "The court heard that the money had been raised by volunteers through sponsored walks, "
    "quiz nights and a charity shop, and was meant for the Stanmere Hospice day unit.",
    "Voss indicated a plea of not guilty. District Judge Imogen Tallis sent the case to "
    "the higher court, and she was granted unconditional bail to appear at Westmoor Crown "
    "Court on 4 June.",
]
add(
    "cl-fraud",
    CL,
    "2026-05-07T12:15:00+01:00",
    "Former charity treasurer in court accused of fraud",
    FRAUD,
)
add(
    "hg-fraud",
    HG,
    "2026-05-07T16:00:00+01:00",
    "Ex-treasurer accused of hospice fraud",
    FRAUD,
)
TRIAL = [
    "A man stabbed a father of two in the chest after a row outside a takeaway, a jury has heard.",
    "Lewis Dunmore, 34, is on trial at Westmoor Crown Court accused of murdering Callum "
    "Reddy in Hallbury town centre. He denies murder but admits possession of a bladed "
    "article.",
    HEARING_BACKGROUND,
    "Opening the case for the prosecution, Martin Eldridge KC told jurors that the two men "
    "had not known each other before that night. They had both been drinking in the town "
    "centre and had argued in the queue at the Golden Wok over whose turn it was to be "
    "served.",
    '"What began as a petty squabble over a place in a queue ended with a young man '
    'bleeding to death on the pavement," Mr Eldridge said. "The prosecution says the '
    "defendant took a knife out with him that night, and that when he used it he meant at "
    'the very least to cause really serious harm."',
    "The jury was shown footage from a camera above the takeaway door, which the prosecution "
    "said showed Dunmore following Mr Reddy outside and then running towards Abbey Lane.",
    "Dunmore is expected to give evidence that he acted in self-defence. The trial, before "
    "Mrs Justice Harwood, is expected to last two weeks.",
]
add(
    "cl-trial",
    CL,
    "2026-06-15T16:10:00+01:00",
    "Takeaway queue row ended in fatal stabbing, murder trial told",
    TRIAL,
)
add(
    "hg-trial",
    HG,
    "2026-06-15T18:30:00+01:00",
    "Callum Reddy murder trial: jury told of takeaway queue row",
    TRIAL,
)
add(
    "cl-verdict",
    CL,
    "2026-06-26T15:45:00+01:00",
    "Man found guilty of murdering father of two after takeaway row",
    [
        "A man who stabbed a stranger to death after an argument in a takeaway queue has been "
        "found guilty of murder.",
        "A jury at Westmoor Crown Court took just under six hours to convict Lewis Dunmore, 34, "
        "of murdering Callum Reddy, a 29-year-old father of two, in Hallbury in May.",
        "Dunmore had told the court that he took the knife out of his pocket only to frighten "
        "Mr Reddy and that he had feared for his own safety. The jury rejected his account.",
        "Mrs Justice Harwood adjourned sentencing until 10 July and told Dunmore that there "
        "was only one sentence she could pass, life imprisonment. The only question was the "
        "minimum term he would serve.",
        "Mr Reddy's mother, Sandra, wept in the public gallery as the verdict was read out. "
        'Outside court she said her family had lost "the best of us" and thanked the '
        "detectives and the jury.",
    ],
)

# --- 4. the family's tribute in the papers --------------------------------------------------------
add(
    "hg-tribute",
    HG,
    "2026-05-04T18:00:00+01:00",
    "'He lit up every room': family's tribute to Hallbury stabbing victim",
    [
        "The heartbroken family of Callum Reddy, who died after being stabbed outside a "
        "takeaway in Hallbury, have described him as the kindest and funniest person anyone "
        "could meet.",
        "Mr Reddy, a scaffolder who grew up on the Brookfield estate, had worked for the same "
        "firm since leaving Hallbury Academy at sixteen, and played five-a-side football every "
        "Thursday with friends from school.",
        "In a statement issued through police, his family said: " + TRIBUTE_QUOTE,
        "His employer, Tom Briggs, told the Gazette that the firm had closed for the day on "
        'Monday as a mark of respect. "He was the first to arrive and the last to leave, and '
        'the lads are devastated," he said.',
        "Friends have started an online fundraiser for his daughters, which had raised more "
        "than eight thousand pounds by Monday evening.",
    ],
)
add(
    "ke-tribute",
    KE,
    "2026-05-04T19:20:00+01:00",
    "Family of Marlow Street victim: 'Our hearts are broken'",
    [
        "Relatives of the 29-year-old man killed in Hallbury at the weekend have said their "
        "lives will never be the same.",
        "Callum Reddy died in hospital after he was found badly hurt outside a Chinese "
        "takeaway in the town centre on Saturday morning.",
        "Paying tribute in a statement released by Westmoor Police, his family said: "
        + TRIBUTE_QUOTE,
        "Flowers, football shirts and candles have been left at the spot where he was found, "
        "and a vigil is planned at St Anne's Church on Thursday evening.",
    ],
)
add(
    "wn-tribute",
    WN,
    "2026-05-04T21:05:00+01:00",
    "Callum Reddy's family say he 'lit up every room'",
    [
        "The heartbroken family of Callum Reddy, who died after being stabbed outside a "
        "takeaway in Hallbury, have described him as the kindest and funniest person anyone "
        "could meet.",
        "Mr Reddy, a scaffolder who grew up on the Brookfield estate, had worked for the same "
        "firm since leaving Hallbury Academy at sixteen, and played five-a-side football every "
        "Thursday with friends from school.",
        "In a statement issued through police, his family said: " + TRIBUTE_QUOTE,
        "His employer, Tom Briggs, told the Hallbury Gazette that the firm had closed for the "
        "day on Monday as a mark of respect.",
    ],
)

# --- 5. the national story and unrelated news ---------------------------------------------
add(
    "nc-knife",
    NC,
    "2026-05-20T07:00:00+01:00",
    "Knife crime in market towns rises for third year",
    [
        "Knife crime in England's smaller towns has risen for the third year in a row, "
        "according to figures published yesterday, with the sharpest increases outside the "
        "big cities.",
        "Offences involving a knife or sharp instrument rose by 7% in towns of fewer than "
        "fifty thousand people, compared with 2% in the largest cities, the figures show.",
        "Earlier this month a 34-year-old man was charged with the murder of Callum Reddy, 29, "
        "who died after an assault in Marlow Street, Hallbury.",
        "Campaigners said the figures showed that youth services and town-centre policing had "
        'been cut too far. "Young people in market towns have nowhere to go and nothing to '
        'do," said Denise Okonjo of the charity Safer Streets Trust.',
        "The Home Office said it was funding knife-amnesty bins in every county and a new "
        "programme of school visits by trained mentors.",
    ],
)
add(
    "hg-council",
    HG,
    "2026-05-05T12:00:00+01:00",
    "Hallbury council agrees plan to reopen market hall",
    [
        "Hallbury's Victorian market hall will reopen next spring after councillors agreed a "
        "1.2 million pound plan to repair its roof and replace its wiring.",
        "The hall has been closed since a section of its glass roof cracked during a storm two "
        "winters ago, and its traders have been working from marquees in the square.",
        'Councillor Helen Mabry, who leads on regeneration, said the building was "the heart '
        'of the town" and that stallholders had been patient for long enough.',
    ],
)
add(
    "ke-lifeboat",
    KE,
    "2026-05-04T10:00:00+01:00",
    "Kestrel Bay lifeboat crew rescue stranded paddleboarders",
    [
        "Two paddleboarders were rescued by the Kestrel Bay lifeboat on Sunday afternoon after "
        "they were swept beyond the harbour wall by a strong offshore wind.",
        "The volunteer crew launched at 2.35pm and reached the pair within ten minutes. Both "
        "were wearing buoyancy aids and were cold but unhurt.",
        "Helm Gareth Penrose urged visitors to check the wind forecast before going out, "
        "saying that offshore breezes could carry a board a long way very quickly.",
    ],
)
add(
    "wn-football",
    WN,
    "2026-05-03T19:00:00+01:00",
    "Hallbury Town seal promotion with late winner",
    [
        "Hallbury Town sealed promotion on the final day of the season as substitute Kieran "
        "Doyle scored in the ninetieth minute to beat Stanmere Rovers 2-1.",
        "A crowd of more than two thousand, the largest at Abbey Park for a decade, invaded "
        "the pitch at the final whistle.",
        'Manager Sue Kettering said her players had "earned every bit of this" after a season '
        "in which they lost only four league games.",
    ],
)
add(
    "nc-prisons",
    NC,
    "2026-05-21T07:00:00+01:00",
    "Prisons near capacity as remand numbers climb",
    [
        "The number of people held on remand in prisons in England and Wales has reached its "
        "highest level in fifty years, leaving jails close to full.",
        "More than seventeen thousand people are awaiting trial or sentence behind bars, a "
        "rise of a fifth in two years, as court backlogs delay hearings.",
        "The Prison Governors' Association said some jails were holding remand prisoners in "
        "cells meant for one person, and warned that the system could run out of space by "
        "the autumn.",
    ],
)


def main() -> None:
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


if __name__ == "__main__":
    main()
