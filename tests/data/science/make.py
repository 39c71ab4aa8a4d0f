"""Write corpus.jsonl: an invented corpus of science and health news built from press releases
(every university, journal, researcher, outlet, place and finding is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).

1. One study (berries and memory decline in older adults) announced at one embargo hour by
   the university's press release and by the journal publisher's release (other wording, the
   lead researcher's quote in both, worded slightly differently), and the paper's abstract.
2. Its coverage: a local paper printing the university release almost word for word under a
   staff byline; a national paper rewriting the journal release in its own words with an
   outside expert's comment; a paper mixing paragraphs of both releases; a tabloid turning
   "associated with" into "cure" on the university release's sentences; a wire story (its
   own wording over the university release's facts) and three papers reprinting it.
3. A second, unrelated study of the same university (the same "About Brenmoor University"
   paragraph and media-contact block) and its coverage; a second release of the journal's
   publisher (the same "About" and contact lines) and its coverage.
4. A health agency's statement on the "cure" reports and a fact-check quoting the tabloid's
   headline; the agency's unrelated statement with its boilerplate.
5. A story six weeks later citing the study in one background sentence.
6. Unrelated local news of the papers.
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


BU = "Brenmoor University"
ANN = "Annals of Nutritional Neurology"
HSP = "Halden Scientific Press"
BEP = "Brenmoor Evening Post"
DC = "Daily Courier"
NG = "Northern Gazette"
FL = "The Daily Flare"
APA = "Allied Press Agency"
HT = "Harbour Times"
VE = "Valley Echo"
LM = "Lakeside Mercury"
NHA = "National Health Agency"
FC = "FactLine"
WC = "Westmarch Chronicle"
CO = "Coastal Observer"

EMBARGO = "2026-03-11T15:00:00+00:00"

# --- boilerplate shared by the university's releases ------------------------------------------
BU_TAIL = [
    "ENDS",
    "Notes to editors",
    "About Brenmoor University\nBrenmoor University is a public research university founded in "
    "1889 on the banks of the river Aske. It has more than 24,000 students and 3,100 staff in six "
    "faculties, and its research in health, marine science and engineering was rated among the "
    "strongest in the country in the last national assessment. Follow us on social media "
    "@BrenmoorUni.",
    "Media contact\nCarys Albrecht, Senior Media Officer, Brenmoor University Press Office\n"
    "Tel: +44 1632 960 418 | Out of hours: +44 7700 900 512\nEmail: press@brenmoor.ac.invalid",
]
HSP_TAIL = [
    "Notes for editors",
    "About Halden Scientific Press\nHalden Scientific Press is an independent publisher of 46 "
    "peer-reviewed journals in medicine and the life sciences, including the Annals of "
    "Nutritional Neurology, the Halden Journal of Sleep Research and Clinical Ageing. Its "
    "journals have been published from Halden since 1921.",
    "Media office\nHalden Scientific Press media office, +44 1632 960 733, "
    "media@halden-press.invalid. Journalists can request the full paper under embargo.",
]

# --- the paper's abstract ---------------------------------------------------------------------
ABS_RESULT = (
    "Participants in the highest fifth of anthocyanin intake, mostly from blackcurrants, "
    "bilberries and blueberries, had a 21% slower rate of memory decline than those in the "
    "lowest fifth (difference 0.018 standard deviations per year; 95% CI 0.009 to 0.027)."
)
add(
    "abs-berry",
    ANN,
    EMBARGO,
    "Dietary anthocyanin intake and memory decline in older adults: the Brenmoor Ageing Cohort",
    [
        "Background: Anthocyanins, the pigments that colour dark berries, have been linked to "
        "brain health in animal studies, but evidence in people is limited.",
        "Methods: We followed 12,406 adults aged 60 to 84 years in the Brenmoor Ageing Cohort for "
        "a median of 9.2 years. Dietary intake was assessed with a validated food-frequency "
        "questionnaire at baseline and after four years, and memory was measured every two "
        "years with a standard word-recall test. We used mixed models adjusted for age, sex, "
        "education, physical activity, smoking and cardiovascular disease.",
        "Results: " + ABS_RESULT + " The association was stronger in women and in participants "
        "without diabetes.",
        "Conclusions: Higher dietary anthocyanin intake was associated with slower memory "
        "decline in older adults. Randomised trials are needed to establish whether the "
        "association is causal.",
    ],
)

# --- the university's release -----------------------------------------------------------------
U_LEAD = (
    "Older adults who eat plenty of dark berries such as blackcurrants and bilberries lose their "
    "memory more slowly than those who rarely eat them, according to a nine-year study led by "
    "researchers at Brenmoor University."
)
U_TEAM = (
    "The team, from the university's Institute of Healthy Ageing, followed more than 12,000 "
    "people aged between 60 and 84 who are taking part in the Brenmoor Ageing Cohort. Every two "
    "years the volunteers took a word-recall test, and twice they reported in detail what they "
    "ate."
)
U_RESULT = (
    "Participants in the highest fifth of anthocyanin intake, mostly from blackcurrants, "
    "bilberries and blueberries, had a 21% slower rate of memory decline than those in the "
    "lowest fifth."
)
U_PIGMENT = (
    "Anthocyanins are the natural pigments that give dark berries their deep red, purple and "
    "blue colours. Earlier experiments in mice had suggested that they can calm inflammation in "
    "the brain."
)
U_QUOTE = (
    '"What we see is a steady, modest difference that builds up over the years," said Professor '
    'Ilse Varga-Thorne, who led the study. "Someone in their seventies who eats a handful of '
    "berries most days has the memory, on average, of someone a year or so younger who does "
    'not. That is not a cure for anything, but it is a difference worth taking seriously."'
)
U_ADJUST = (
    "The link held after the researchers took account of age, education, exercise, smoking and "
    "heart disease, and it was stronger in women than in men."
)
U_TRIAL = (
    "Dr Tomas Ekwueme, the study's first author, said the team now hoped to run a two-year trial "
    'in which half of the volunteers would be given a daily berry powder. "A trial is the only '
    'way to know whether the berries themselves are doing the work," he said.'
)
U_FUND = (
    "The study, funded by the Brenmoor Medical Research Trust, is published today in the Annals "
    "of Nutritional Neurology."
)
add(
    "ur-berry",
    BU,
    EMBARGO,
    "Berry-rich diets linked to slower memory decline in older adults, Brenmoor study finds",
    [
        "EMBARGOED UNTIL 15:00 GMT, WEDNESDAY 11 MARCH 2026",
        "PRESS RELEASE",
        U_LEAD,
        U_TEAM,
        U_RESULT,
        U_PIGMENT,
        U_QUOTE,
        U_ADJUST,
        U_TRIAL,
        U_FUND,
        *BU_TAIL,
    ],
)

# --- the journal publisher's release ----------------------------------------------------------
J_LEAD = (
    "A diet high in anthocyanins, the plant compounds that colour blackcurrants, bilberries and "
    "blueberries, is associated with a slower decline in memory among people over 60, according "
    "to a cohort study published in the Annals of Nutritional Neurology."
)
J_DATA = (
    "Researchers analysed data from 12,406 older adults enrolled in the Brenmoor Ageing Cohort, "
    "who were followed for a median of 9.2 years. Memory declined 21% more slowly in the fifth "
    "of participants with the highest intake than in the fifth with the lowest."
)
J_CAUTION = (
    "The authors caution that the study is observational and cannot show that berries "
    "themselves protect memory. People who eat more berries may differ in other ways, such as "
    "income or overall diet, that the analysis could not fully capture."
)
J_QUOTE = (
    '"What we see is a steady, modest difference that builds up over the years," said the '
    "study's senior author, Professor Ilse Varga-Thorne of Brenmoor University. \"Someone in "
    "their seventies who eats a handful of berries most days has the memory, on average, of "
    "someone a year younger who does not. That is not a cure, but it is a difference worth "
    'taking seriously."'
)
J_EDITORIAL = (
    "In an accompanying editorial, Dr Rafael Osterholm of the Lindqvist Institute in Sorvik "
    'writes that the findings fit with laboratory evidence, but that "dietary questionnaires '
    'are a blunt instrument, and the effect, while consistent, is small".'
)
J_REF = (
    "Article: Ekwueme T, Marsh L, Varga-Thorne I, et al. Dietary anthocyanin intake and memory "
    "decline in older adults: the Brenmoor Ageing Cohort. Ann Nutr Neurol 2026; 14(3): 211-223."
)
add(
    "jr-berry",
    HSP,
    EMBARGO,
    "Anthocyanin-rich diet associated with slower memory decline in people over 60",
    [
        "EMBARGO: 15:00 GMT Wednesday 11 March 2026",
        "NEWS RELEASE - Annals of Nutritional Neurology",
        J_LEAD,
        J_DATA,
        J_CAUTION,
        J_QUOTE,
        J_EDITORIAL,
        HSP_TAIL[0],
        J_REF,
        *HSP_TAIL[1:],
    ],
)

# --- the local paper: the university release almost word for word, under a staff byline -------
add(
    "bep-berry",
    BEP,
    "2026-03-11T16:10:00+00:00",
    "Berries linked to slower memory decline, Brenmoor study finds",
    [
        "By Jenna Holloway, Health Reporter",
        "Older adults who eat plenty of dark berries such as blackcurrants and bilberries lose "
        "their memory more slowly than those who rarely eat them, according to a nine-year study "
        "by researchers at Brenmoor University.",
        U_TEAM,
        U_RESULT,
        U_PIGMENT,
        U_QUOTE,
        U_ADJUST,
        "Dr Tomas Ekwueme, the study's first author, said the team now hoped to run a two-year "
        "trial in which half of the volunteers would be given a daily berry powder.",
        "The study, funded by the Brenmoor Medical Research Trust, is published in the Annals of "
        "Nutritional Neurology. The Institute of Healthy Ageing is based at the university's "
        "Fenwick Road campus.",
    ],
)

# --- the national paper: the journal release in its own words, with an outside expert ---------
add(
    "dc-berry",
    DC,
    "2026-03-11T18:30:00+00:00",
    "Eating berries may help keep memory sharp in later life, but experts urge caution",
    [
        "By Marcus Oduya, Science Correspondent",
        "People over 60 whose diets are rich in anthocyanins - the compounds behind the dark "
        "colour of blackcurrants, bilberries and blueberries - seem to hold on to their memory "
        "for longer, a large study suggests.",
        "Scientists tracked more than 12,000 older people in the Brenmoor Ageing Cohort for "
        "about nine years. Among the fifth who ate the most of these compounds, memory faded "
        "around a fifth more slowly than among those who ate the least.",
        "But the researchers stress that their work only shows an association. Berry lovers may "
        "be wealthier or eat better overall, and the study could not entirely rule that out.",
        J_QUOTE,
        "Dr Priya Halvard, head of research at the Memory Disorders Foundation, who was not "
        'involved in the study, said: "This is a well-run study with a big sample, and it adds '
        "to a consistent picture. But nobody should think a punnet of blueberries will prevent "
        "dementia. The best-evidenced steps remain staying active, not smoking and keeping blood "
        'pressure under control."',
        "The findings appear in the Annals of Nutritional Neurology.",
    ],
)

# --- a paper mixing both releases -------------------------------------------------------------
add(
    "ng-berry",
    NG,
    "2026-03-11T19:05:00+00:00",
    "Dark berries tied to slower memory loss in over-60s",
    [
        U_LEAD,
        U_TEAM,
        J_DATA,
        U_PIGMENT,
        J_CAUTION,
        J_EDITORIAL,
        "Gazette reporter",
    ],
)

# --- the tabloid: "associated with" made "cure", on the university release's sentences --------
add(
    "flare-berry",
    FL,
    "2026-03-11T20:40:00+00:00",
    "Blackcurrants CURE memory loss, scientists say",
    [
        "A handful of blackcurrants a day can stop your memory fading away, scientists have found.",
        "Older adults who eat plenty of dark berries such as blackcurrants and bilberries stop "
        "their memory slipping, according to a nine-year study by researchers at Brenmoor "
        "University.",
        "The team, from the university's Institute of Healthy Ageing, followed more than 12,000 "
        "people aged between 60 and 84. Every two years the volunteers took a word-recall test, "
        "and twice they reported in detail what they ate.",
        "Those who ate the most blackcurrants, bilberries and blueberries had a 21% slower rate "
        "of memory decline than those in the lowest fifth - proof that the humble berry protects "
        "the brain.",
        "Anthocyanins are the natural pigments that give dark berries their deep red, purple and "
        "blue colours. Experiments in mice have shown that they calm inflammation in the brain.",
        '"Someone in their seventies who eats a handful of berries most days has the memory of '
        'someone younger," said Professor Ilse Varga-Thorne, who led the study.',
        "So stock up on the superfruit - your brain will thank you.",
    ],
)

# --- the wire story and its reprints ----------------------------------------------------------
W_PARAS = [
    "BRENMOOR, March 11 (APA) - Older people who eat the most dark berries see their memory fade "
    "more slowly than those who eat few, researchers at Brenmoor University said on Wednesday, "
    "though they stressed that the study does not prove the fruit is responsible.",
    "The nine-year study of more than 12,000 people aged 60 to 84 found that memory declined 21% "
    "more slowly in those with the highest intake of anthocyanins, pigments found in "
    "blackcurrants, bilberries and blueberries, than in those with the lowest.",
    "The difference held after the scientists allowed for age, education, exercise, smoking and "
    "heart disease, and was larger among women, according to the paper in the Annals of "
    "Nutritional Neurology.",
    U_QUOTE,
    "Sales of frozen berries have risen by a third in five years, according to the Fruit "
    "Growers' Association, which said it welcomed the research.",
    "The researchers plan a trial in which half of the volunteers will take a daily berry "
    "powder. The work was paid for by the Brenmoor Medical Research Trust.",
]
add(
    "apa-berry",
    APA,
    "2026-03-11T15:40:00+00:00",
    "Berry-rich diet linked to slower memory decline - study",
    W_PARAS,
)
add(
    "ht-berry",
    HT,
    "2026-03-12T06:00:00+00:00",
    "Berry-rich diet linked to slower memory decline, study says",
    W_PARAS,
)
add(
    "ve-berry",
    VE,
    "2026-03-12T07:15:00+00:00",
    "Study links berries to slower memory decline",
    W_PARAS[:4],
)
add(
    "lm-berry",
    LM,
    "2026-03-12T08:00:00+00:00",
    "Berries and memory: what the new study says",
    [
        "Lakeside fruit farmers could see a boost after a study linked berries to a sharper "
        "memory in old age.",
        *W_PARAS[1:4],
        "The Lakeside Growers' Co-operative said its blackcurrant harvest last year was the "
        "largest since 2015.",
    ],
)

# --- the university's second, unrelated study -------------------------------------------------
S_LEAD = (
    "Seagrass meadows in the Aske estuary store almost twice as much carbon in their sediments as "
    "previously estimated, according to a survey by marine scientists at Brenmoor University."
)
S_METHOD = (
    "The researchers took 340 sediment cores from 19 meadows between Kelby Point and the harbour "
    "mouth, drilling up to two metres into the seabed. The deepest layers were more than 1,200 "
    "years old."
)
S_QUOTE = (
    '"These meadows have been quietly locking away carbon since before the Norman conquest," said '
    "Dr Oona Pritchard of the university's School of Ocean Sciences, who led the survey. \"Losing "
    "even a small part of them to dredging or pollution would release carbon that took centuries "
    'to build up."'
)
S_LOSS = (
    "The survey found that a third of the estuary's seagrass has been lost since 1950, mostly to "
    "harbour works and run-off from farmland. The team is now working with the harbour authority "
    "to replant two hectares near Kelby Point."
)
add(
    "ur-seagrass",
    BU,
    "2026-03-18T09:00:00+00:00",
    "Aske estuary seagrass stores twice as much carbon as thought",
    [
        "PRESS RELEASE - FOR IMMEDIATE RELEASE",
        S_LEAD,
        S_METHOD,
        S_QUOTE,
        S_LOSS,
        "The study is published in the journal Estuarine Carbon Letters.",
        *BU_TAIL,
    ],
)
add(
    "bep-seagrass",
    BEP,
    "2026-03-18T13:20:00+00:00",
    "Estuary seagrass is a hidden carbon store, Brenmoor scientists find",
    [
        "By Jenna Holloway",
        S_LEAD,
        S_METHOD,
        S_QUOTE,
        S_LOSS,
        "Harbour master Glen Trask said the authority would take the findings into account when "
        "it plans next year's dredging.",
    ],
)
add(
    "co-seagrass",
    CO,
    "2026-03-19T07:30:00+00:00",
    "Why the Aske's seagrass matters more than we knew",
    [
        "The underwater meadows of the Aske estuary are far better at storing carbon than anyone "
        "had realised: a Brenmoor University team that drilled hundreds of cores into the seabed "
        "puts the figure at nearly double earlier estimates.",
        "Some of the mud they brought up had been laid down over a thousand years ago, said the "
        "survey's leader, Dr Oona Pritchard.",
        "Campaigners at Save the Aske said the study showed the harbour's expansion plans must be "
        'redrawn. "You cannot dredge a carbon store and call the port green," said the group\'s '
        "chair, Malcolm Reyes.",
        "A third of the estuary's seagrass has disappeared since 1950.",
    ],
)

# --- the journal publisher's second, unrelated release and its coverage -----------------------
add(
    "jr-sleep",
    HSP,
    "2026-03-16T00:01:00+00:00",
    "Teenagers who use phones after midnight sleep an hour less on school nights",
    [
        "EMBARGO: 00:01 GMT Monday 16 March 2026",
        "NEWS RELEASE - Halden Journal of Sleep Research",
        "Teenagers who use their phones after midnight sleep on average 62 minutes less on school "
        "nights than those who stop earlier, according to a study of 3,870 pupils published in the "
        "Halden Journal of Sleep Research.",
        "The pupils, aged 13 to 17 and from 41 schools in the Calloway region, wore activity "
        "trackers for two weeks. Late phone use was also linked to lower marks in morning tests.",
        '"Parents often ask whether one late night matters. Over a school year, the lost hours add '
        "up to more than a week of sleep,\" said the study's lead author, Dr Anneli Roux of "
        "Calloway University.",
        HSP_TAIL[0],
        "Article: Roux A, Baptiste K, et al. Late-night phone use and sleep duration in "
        "adolescents. Halden J Sleep Res 2026; 9(2): 88-97.",
        *HSP_TAIL[1:],
    ],
)
add(
    "ht-sleep",
    HT,
    "2026-03-16T07:00:00+00:00",
    "Late-night phone use costs teens an hour of sleep, study finds",
    [
        "Teenagers who use their phones after midnight sleep on average 62 minutes less on school "
        "nights than those who stop earlier, according to a new study.",
        "The pupils, aged 13 to 17 and from 41 schools in the Calloway region, wore activity "
        "trackers for two weeks. Late phone use was also linked to lower marks in morning tests.",
        "Head teacher Rosa Lindqvist of Harbour Academy said the school would share the findings "
        "with parents at next week's open evening.",
    ],
)

# --- the health agency and the fact-check -----------------------------------------------------
NHA_ABOUT = (
    "About the National Health Agency\nThe National Health Agency protects and improves the "
    "nation's health and wellbeing. It gives independent advice to the public, health "
    "professionals and government. Media enquiries: 020 7946 0100 (24 hours)."
)
NHA_NOFOOD = (
    "No single food has been shown to prevent or cure dementia, and nobody should stop taking "
    "prescribed medicines or delay seeing a doctor about memory problems because of these "
    "reports."
)
add(
    "nha-berry",
    NHA,
    "2026-03-13T11:00:00+00:00",
    "Statement on reports that berries cure memory loss",
    [
        "Some reports this week have claimed that blackcurrants can cure memory loss. The study "
        "behind these reports looked at the diets of older adults over nine years and found that "
        "those who ate more berries had a modestly slower decline on memory tests. It did not "
        "test berries as a treatment, and it cannot show that the berries caused the difference.",
        NHA_NOFOOD,
        "Dr Helen Magnusson, the agency's deputy chief medical adviser, said: \"Berries are part "
        "of a healthy diet and we would encourage people to eat fruit and vegetables. But the "
        "evidence for reducing the risk of dementia is strongest for being active, not smoking, "
        'drinking less alcohol and treating high blood pressure."',
        NHA_ABOUT,
    ],
)
add(
    "nha-flu",
    NHA,
    "2026-03-10T10:00:00+00:00",
    "Flu vaccine uptake among over-65s reaches 78%",
    [
        "Flu vaccine uptake among people aged 65 and over reached 78% this winter, the highest "
        "since records began, figures published today show.",
        "Uptake among pregnant women was lower, at 41%, and the agency urged those who had not "
        "yet been vaccinated to speak to their midwife or pharmacist.",
        NHA_ABOUT,
    ],
)
add(
    "fc-berry",
    FC,
    "2026-03-14T09:00:00+00:00",
    "Fact check: Blackcurrants do not cure memory loss",
    [
        'Claim: "Blackcurrants CURE memory loss, scientists say" - headline in The Daily Flare, '
        "11 March.",
        "Verdict: Misleading.",
        "The headline refers to a study of 12,406 older adults which found that people who ate "
        "the most anthocyanins, pigments in dark berries, lost memory somewhat more slowly over "
        "about nine years. The study was observational: it recorded what people ate and how "
        "they did on memory tests, and did not give anybody berries as a treatment.",
        'The lead researcher herself has said the finding "is not a cure for anything". The '
        'National Health Agency said in a statement on Friday that "no single food has been '
        'shown to prevent or cure dementia".',
        "We asked The Daily Flare for comment and had not received a reply at the time of "
        "publication.",
    ],
)

# --- the later story with one background sentence ---------------------------------------------
add(
    "wc-clinics",
    WC,
    "2026-04-22T08:00:00+00:00",
    "Memory clinics to open in every Westmarch district by autumn",
    [
        "Every district in Westmarch will have its own memory clinic by the autumn under a plan "
        "approved by the regional health board on Tuesday, cutting waiting times for a dementia "
        "assessment that now stand at an average of 19 weeks.",
        "The seven clinics, in community hospitals and health centres, will be staffed by "
        "specialist nurses and will offer assessments, advice for carers and referrals to "
        "hospital consultants. The board has set aside 4.6 million crowns for the first two "
        "years.",
        "Board chair Lionel Fairweather said that early diagnosis allowed families to plan and "
        'gave patients the best chance of benefiting from treatment. "Nineteen weeks is far '
        'too long to wait when you are frightened about your memory," he said.',
        "Interest in what people can do to protect their memory has grown. A diet high in "
        "anthocyanins, the plant compounds that colour blackcurrants, bilberries and "
        "blueberries, was associated with a slower decline in memory among people over 60, "
        "according to a cohort study published in March in the Annals of Nutritional Neurology.",
        "The board said the clinics would also run monthly sessions on staying active and "
        "keeping blood pressure under control, which carry the strongest evidence.",
        "The first clinic opens in Ferris Bay in June.",
    ],
)

# --- unrelated local news ---------------------------------------------------------------------
add(
    "bep-roadworks",
    BEP,
    "2026-03-12T10:00:00+00:00",
    "Fenwick Road closed for three weeks for water main repair",
    [
        "Fenwick Road will close between the university campus and the Aske bridge for three "
        "weeks from Monday while Aske Water replaces a burst main, the council said.",
        "Buses on routes 4 and 12 will be diverted along Millbrook Lane, adding up to ten "
        "minutes to journeys at peak times.",
    ],
)
add(
    "dc-rail",
    DC,
    "2026-03-13T07:00:00+00:00",
    "Rail fares to rise 4.1% in May",
    [
        "Rail fares will rise by an average of 4.1% in May, the transport ministry announced, "
        "the smallest increase in three years.",
        "Passenger groups said the rise was still above inflation and would hit commuters hard. "
        "Season tickets between the largest cities will cost on average 190 crowns more a year.",
    ],
)
add(
    "ng-festival",
    NG,
    "2026-03-14T12:00:00+00:00",
    "Northern folk festival announces record line-up",
    [
        "The Hallam Folk Festival will host 86 acts over four days in July, its largest line-up "
        "since it began in 1974, organisers said.",
        "Tickets go on sale on Saturday, with weekend passes priced at 120 crowns and children "
        "under 12 admitted free.",
    ],
)
add(
    "ht-ferry",
    HT,
    "2026-03-15T06:30:00+00:00",
    "Island ferry timetable cut over engine fault",
    [
        "The ferry between Harbour Quay and Strand Island will run three crossings a day instead "
        "of six until at least Thursday after an engine fault on the larger of its two vessels.",
        "Islanders with hospital appointments can book a free seat on the morning crossing by "
        "calling the operator.",
    ],
)
add(
    "ve-school",
    VE,
    "2026-03-17T08:00:00+00:00",
    "Valley primary school to get new classrooms",
    [
        "Ashgrove Primary School will get four new classrooms and a sports hall after the county "
        "council approved a 3.2 million crown extension.",
        "Work will start in the summer holidays and finish by next spring, head teacher Sunita "
        "Barlow told parents in a letter.",
    ],
)
add(
    "fl-celebrity",
    FL,
    "2026-03-12T21:00:00+00:00",
    "Soap star's surprise wedding on a Strand Island beach",
    [
        "Soap star Kelly Marron married her long-term partner in a surprise ceremony on a Strand "
        "Island beach at the weekend, with only 20 guests.",
        "The couple arrived by ferry and danced barefoot on the sand until sunset, a guest said.",
    ],
)

add(
    "co-harbour",
    CO,
    "2026-03-20T07:00:00+00:00",
    "Harbour authority delays vote on dredging contract",
    [
        "The Aske harbour authority has postponed a vote on a 12 million crown dredging contract "
        "until May after objections from fishing crews and two parish councils.",
        "The authority's chief executive, Paula Heskey, said the board wanted more time to study "
        "the effect of the work on shellfish beds near Kelby Point.",
    ],
)
add(
    "wc-weather",
    WC,
    "2026-04-21T06:00:00+00:00",
    "Frost warning for Westmarch as cold snap returns",
    [
        "Forecasters have issued a frost warning for Westmarch for Wednesday and Thursday nights, "
        "with temperatures expected to fall to minus four degrees in rural areas.",
        "Gardeners were advised to cover seedlings and bring tender plants indoors.",
    ],
)
add(
    "lm-regatta",
    LM,
    "2026-03-13T09:00:00+00:00",
    "Lakeside regatta moves to September",
    [
        "The Lakeside regatta will move from July to September this year so that the lake's new "
        "pontoons can be finished, the rowing club said.",
        "Entries from 31 clubs have already been received, including six crews from abroad.",
    ],
)
add(
    "apa-markets",
    APA,
    "2026-03-11T17:00:00+00:00",
    "Shares edge higher as bank stocks recover",
    [
        "LONDON, March 11 (APA) - Shares edged higher on Wednesday as bank stocks recovered from "
        "a two-day fall, with the main index closing up 0.4%.",
        "Traders said investors were waiting for Thursday's inflation figures before making "
        "large bets on the direction of interest rates.",
    ],
)


OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
print(f"{len(records)} records -> {OUT}")
