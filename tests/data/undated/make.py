"""Write corpus.jsonl: an invented corpus of UNDATED news (no record gives a publication date:
scraped pages, pasted texts and archives that lost theirs), for the direction of reuse when
only the texts can tell.  Every council, company, agency, institute, outlet, town and person
is fictional.

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).

1. A district council's press release on a library reopening (release marks: "Ends", notes
   to editors, media enquiries), a paper's shorter rewrite in its own words, a paper quoting
   it word for word and adding its own interviews (longer than the release), a three-sentence
   brief condensing it.
2. A company's statement posted on its site with no release marks (no "Ends", no contacts), a
   paper quoting it word for word with its own reporting (longer), a site's shorter rewrite.
3. A news agency's story on a rail line closure (outlet named "... News Agency"), a paper's
   cut of it (its first four paragraphs), a paper's expanded version (the agency's text plus
   local reaction paragraphs, longer), a rewrite crediting no one.
4. A regional copy service (not named as an agency) and its story on a factory sale, a paper's
   cut of it and a paper's expanded version.
5. An institute's long study summary and a paper's short article summarising it in its own
   words; an agency's short item and a magazine's long explainer that expands it; a paper's
   news-in-brief and a site's long explainer expanding it.
6. A council's notice of a consultation ("will close on 30 June 2026", "work is expected to
   start in September 2026") and a paper's follow-up weeks later repeating its background
   paragraph ("closed on 30 June 2026", "on 14 July 2026 councillors voted").
7. Two papers that each took different paragraphs (the lead and one more) of one agency story
   not in the corpus.
8. Unrelated stories on the same topics (another town's library, another rail closure,
   another study of bus use, another factory), which must not be linked.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus.jsonl"

records: list[dict[str, str]] = []


def add(key: str, source: str, title: str, paras: list[str]) -> None:
    records.append({"id": key, "source": source, "title": title, "text": "\n\n".join(paras)})


MC = "Marrowby District Council"
TH = "Tarn Valley Herald"
CP = "Coldharbour Post"
BD = "Brisk Daily"
FC = "Ferrowgate Chronicle"
LO = "Linnet Online"
EA = "Eastline News Agency"
KR = "Kestle Regional Service"
HI = "Halden Institute for Transport Studies"
QF = "Quillon Foods"
WM = "Wayfarer Monthly"
SG = "Saltmere Gazette"

# --- 1. the council's release and three stories from it -------------------------------------
PR_LIB = [
    "Marrowby Library to reopen after two-year restoration",
    "Marrowby Library will reopen to the public after a two-year restoration that has repaired "
    "the Victorian reading room, replaced the leaking roof and added a children's wing on the "
    "site of the old coal store, Marrowby District Council announced.",
    "The restoration cost 4.2 million pounds, of which 1.6 million came from a heritage grant "
    "and the rest from the council's capital budget. The building has been closed since the "
    "roof of the reading room partly collapsed during a storm.",
    'Councillor Ines Fairbrother, cabinet member for culture, said: "We are delighted to give '
    "the people of Marrowby their library back. We have kept everything that made the reading "
    "room special, the oak shelving, the iron gallery and the great lantern window, and we "
    'have added space for the youngest readers that the old building never had."',
    "The new children's wing holds a story corner, a sensory room and twelve computers. The "
    "library will also host a local history archive, moved from the town hall basement, where "
    "residents can view parish records, maps and photographs by appointment.",
    "Opening hours will be extended to include Sunday afternoons, and the library will offer "
    "free study space for students during exam season.",
    "Ends",
    "Notes to editors: Marrowby Library was designed by the architect Walter Pryce and first "
    "opened to readers in 1889. The heritage grant was awarded by the Northern Buildings Trust.",
    "Media enquiries: communications@marrowby-dc.invalid",
]
add("mc-library", MC, PR_LIB[0], PR_LIB[1:])

add(
    "th-library",
    TH,
    "Reading room restored as Marrowby's library prepares to return",
    [
        "Readers in Marrowby are about to get their library back. The council said last week that "
        "its two-year restoration has mended the Victorian reading room, put a new roof on the "
        "building and "
        "built a children's wing where the coal store used to stand.",
        "The work came to 4.2 million pounds. A heritage grant paid 1.6 million of that and the "
        "council met the remainder from its capital budget. The library shut after a storm brought "
        "down part of the reading room roof.",
        "Youngsters will find a story corner, a sensory room and a dozen computers in the new "
        "wing, and the town's history archive is moving in from the town hall basement, with "
        "parish records, maps and old photographs open to residents who book ahead.",
        "The library will also open on Sunday afternoons.",
    ],
)

add(
    "cp-library",
    CP,
    "'We are delighted': Marrowby's restored library set to reopen",
    [
        "Marrowby Library will reopen to the public after a two-year restoration that has repaired "
        "the Victorian reading room, replaced the leaking roof and added a children's wing on the "
        "site of the old coal store, Marrowby District Council announced.",
        "The restoration cost 4.2 million pounds, of which 1.6 million came from a heritage grant "
        "and the rest from the council's capital budget. The building has been closed since the "
        "roof of the reading room partly collapsed during a storm.",
        'Councillor Ines Fairbrother, cabinet member for culture, said: "We are delighted to give '
        "the people of Marrowby their library back. We have kept everything that made the reading "
        "room special, the oak shelving, the iron gallery and the great lantern window, and we "
        'have added space for the youngest readers that the old building never had."',
        "Not everyone is convinced the money was well spent. Gareth Lowe, who runs the bookshop on "
        "Quay Street, told the Post that the council had let the building decay for a decade "
        'before the storm finally forced its hand. "If they had fixed the gutters in 2015 we would '
        'not have lost two years of our library," he said.',
        "Others were simply glad to have it back. Pensioner Mavis Orr, who has borrowed books "
        "there "
        "every week for sixty years, said she had missed the reading room more than she expected. "
        '"It is the one warm, quiet place in town where nobody asks you to buy anything," she '
        "said.",
        "The Friends of Marrowby Library, a volunteer group, said it had raised 38,000 pounds "
        "towards the children's wing through quiz nights, a sponsored walk along the canal and a "
        "second-hand book stall at the Saturday market.",
        "The new children's wing holds a story corner, a sensory room and twelve computers. The "
        "library will also host a local history archive, moved from the town hall basement, where "
        "residents can view parish records, maps and photographs by appointment.",
        "Head teacher Colin Barraclough of Marrowby Primary said his pupils had been visiting the "
        "mobile library van in the school car park and would be the first class to use the new "
        'wing. "The van was a lifeline, but children need a room full of books," he said.',
    ],
)

add(
    "bd-library",
    BD,
    "Marrowby Library to reopen",
    [
        "Marrowby's library is reopening after a 4.2 million pound restoration of its Victorian "
        "reading room, roof and a new children's wing, two years after a storm partly brought "
        "down the reading room roof. A heritage grant paid 1.6 million pounds of the cost, the "
        "district council said. The library will also house the town's history archive and open "
        "on Sunday afternoons.",
    ],
)

# --- 2. a company's statement with no release marks --------------------------------------------
QF_STATEMENT = [
    "Quillon Foods confirms plans for Ferrowgate bakery expansion",
    "Quillon Foods has confirmed that it will expand its bakery on the Ferrowgate trading "
    "estate, adding a second production line for rye and sourdough loaves and creating around "
    "eighty new jobs over the next two years.",
    "The expansion will double the floor space of the bakery, which currently employs 140 "
    "people, and will include a new loading bay so that lorries no longer queue on Mill Lane "
    "in the early morning.",
    'Managing director Oskar Lindqvist said the company had outgrown the site. "Demand for our '
    "rye bread has risen every year since we opened in Ferrowgate, and we want to bake it here "
    "rather than anywhere else. The town has given us a skilled workforce and we intend to "
    'keep growing with it."',
    "The company said it would recruit bakers, engineers and drivers, and would offer "
    "apprenticeships in partnership with Ferrowgate College.",
]
add("qf-bakery", QF, QF_STATEMENT[0], QF_STATEMENT[1:])

add(
    "fc-bakery",
    FC,
    "Eighty jobs as Quillon doubles Ferrowgate bakery",
    [
        "Quillon Foods has confirmed that it will expand its bakery on the Ferrowgate trading "
        "estate, adding a second production line for rye and sourdough loaves and creating around "
        "eighty new jobs over the next two years.",
        "The expansion will double the floor space of the bakery, which currently employs 140 "
        "people, and will include a new loading bay so that lorries no longer queue on Mill Lane "
        "in the early morning.",
        "Residents of Mill Lane have complained for years about engines idling outside their "
        "windows before dawn. Retired nurse Dilys Prentice, who lives opposite the bakery gates, "
        'said the new bay could not come soon enough. "I have not slept past five in three '
        'years," she said.',
        'Managing director Oskar Lindqvist said the company had outgrown the site. "Demand for our '
        "rye bread has risen every year since we opened in Ferrowgate, and we want to bake it here "
        "rather than anywhere else. The town has given us a skilled workforce and we intend to "
        'keep growing with it."',
        "The planning application is expected to go before the district planning committee after "
        "the summer. Ward councillor Ruth Abernethy said she would support it provided the company "
        "planted a screen of trees along the estate boundary, as it promised to do when the "
        "bakery was first built and never did.",
        "The bakery's union representative, Tomasz Wierzbicki, welcomed the jobs but said the "
        "union would be pressing for the new posts to be permanent rather than agency contracts, "
        "which he said made up a third of the present workforce.",
    ],
)

add(
    "lo-bakery",
    LO,
    "Quillon bakery to grow, with 80 jobs",
    [
        "The Quillon Foods bakery in Ferrowgate is to get a second production line for rye and "
        "sourdough, bringing roughly eighty jobs in the coming two years, the firm says.",
        "Floor space at the plant, where 140 people now work, will double, and a new loading bay "
        "is meant to stop lorries lining up on Mill Lane early in the morning. Recruits will "
        "include bakers, engineers and drivers, with apprenticeships run with Ferrowgate College.",
    ],
)

# --- 3. an agency's rail story, a cut, an expansion, an uncredited rewrite --------------------
EA_RAIL = [
    "The Saltmere branch line will close for nine months from the autumn so that engineers can "
    "rebuild the Hollins viaduct, where surveyors found cracks in three of the brick arches, "
    "the rail operator said on Tuesday.",
    "Replacement buses will run between Saltmere and Coldharbour every twenty minutes at peak "
    "times, adding about half an hour to the journey for some of the 3,000 people who use the "
    "line on a weekday.",
    "The operator said the viaduct, built in 1871, was safe for trains at present under a "
    "speed limit of ten miles an hour, but that the arches could not be repaired while the "
    "line stayed open.",
    "Engineers will take down and rebuild the three damaged arches using the original bricks "
    "where they can be saved, and will waterproof the deck to stop rain reaching the "
    "brickwork, the main cause of the damage.",
    "The closure has been criticised by commuters' groups, who say the operator has known "
    "about the cracks for years and should have repaired them in stages at weekends.",
    "A spokesperson for the operator said weekend working had been considered and rejected "
    "because each arch needed several weeks of uninterrupted work to cure the new mortar.",
    "The work is expected to cost 11 million pounds and will be paid for from the national "
    "rail maintenance budget.",
]
add("ea-rail", EA, "Saltmere branch line to close for nine months for viaduct repairs", EA_RAIL)

add("sg-rail", SG, "Branch line closure: nine months of buses for Saltmere", EA_RAIL[:4])

add(
    "cp-rail",
    CP,
    "Commuters dismayed as viaduct repairs shut Saltmere line",
    [
        *EA_RAIL,
        "In Coldharbour, where many of the line's passengers change for the city, reaction was "
        "mixed. Station cafe owner Priya Nandakumar said she expected to lose a third of her "
        "morning trade while the trains were gone and was considering opening later.",
        "Saltmere student Ellis Hargreave, who travels to Coldharbour College every day, said the "
        'replacement buses would add an hour to his day. "The bus goes round every village on '
        'the valley road, and it will be packed," he said.',
        "The Coldharbour and Saltmere Rail Users' Group said it would meet the operator to ask for "
        "an express bus that runs direct on the bypass at peak times, and for season tickets to "
        "be reduced during the closure.",
    ],
)

add(
    "lo-rail",
    LO,
    "Viaduct cracks mean months without trains for Saltmere",
    [
        "Trains between Saltmere and Coldharbour are to stop for nine months from the autumn while "
        "the cracked Hollins viaduct is rebuilt. Surveys found damage in three of its brick "
        "arches.",
        "Buses will replace the trains, every twenty minutes at the busiest times, though some of "
        "the line's 3,000 weekday passengers face journeys around thirty minutes longer.",
        "The 1871 viaduct is still safe for trains crawling across at ten miles an hour, the "
        "operator says, but the arches cannot be fixed with services running. The three damaged "
        "ones will be dismantled and rebuilt, reusing the old bricks where possible, and the deck "
        "waterproofed, since rainwater is what did the damage.",
        "The bill, about 11 million pounds, falls on the national maintenance budget.",
    ],
)

# --- 4. a copy service not named as an agency: a cut and an expansion --------------------------
KR_FACTORY = [
    "The Brannock glassworks in Tarnby has been bought by a Danish tableware maker, ending a "
    "year of uncertainty for its 260 workers after the previous owners went into "
    "administration.",
    "The buyer, Holmegaard Vitrum, said it would keep both furnaces burning and move "
    "production of its stemware range to Tarnby from a plant it is closing in Poland.",
    "The administrators said the sale price was confidential but that all creditors would be "
    "paid in full, which they described as unusual for a business of the glassworks' size.",
    "Glass has been blown on the Brannock site since 1790, and the works supplied the crystal "
    "chandeliers for several of the country's great houses in the nineteenth century.",
    "Union officials said they would seek assurances that the workers' pensions, frozen during "
    "the administration, would be restored under the new owner.",
]
add("kr-glass", KR, "Danish firm buys Tarnby glassworks, saving 260 jobs", KR_FACTORY)

add("th-glass", TH, "Tarnby glassworks sold to Danish buyer", KR_FACTORY[:3])

add(
    "fc-glass",
    FC,
    "Relief in Tarnby as glassworks finds a buyer",
    [
        *KR_FACTORY,
        "In the Glassblowers' Arms across the road from the works, the news was greeted with "
        "applause. Furnace hand Dean Ackroyd, whose father and grandfather worked at Brannock, "
        "said "
        'the past year had been the worst of his life. "Every Friday we wondered whether it was '
        'the last," he said.',
        "Tarnby's mayor, Councillor Hilary Voss, said the town owed a debt to the workers who had "
        "kept the furnaces lit through the administration without knowing whether they would be "
        'paid. "They never let the glass go cold," she said.',
        "Local shops also expect to benefit. The chamber of trade said the glassworks' visitor "
        "centre, closed since the administration began, brought around 40,000 tourists a year to "
        "the town before it shut.",
    ],
)

add(
    "bd-glass",
    BD,
    "Tarnby glassworks saved",
    [
        "A Danish tableware maker, Holmegaard Vitrum, has bought the Brannock glassworks in "
        "Tarnby, "
        "securing the jobs of its 260 workers a year after its owners went into administration. "
        "The new owner will keep both furnaces lit and bring its stemware production to Tarnby "
        "from Poland. Every creditor will be paid in full, the administrators said.",
    ],
)

# --- 5. a study summary and its short retelling; two explainers expanding short items ---------
add(
    "hi-buses",
    HI,
    "Rural bus use: what the evidence shows",
    [
        "This summary sets out the main findings of a three-year study of bus use in twelve rural "
        "districts, carried out by the Halden Institute for Transport Studies with the help of "
        "the districts' councils and four bus operators.",
        "The study found that passenger numbers on rural routes fell by 31 per cent between 2019 "
        "and 2025, more than twice the fall on urban routes. The steepest falls were on routes "
        "running fewer than six buses a day, where many passengers said they had given up on the "
        "bus because they could not rely on getting home.",
        "Frequency mattered more than fares. On the routes where operators ran a bus every hour "
        "instead of every two hours, passenger numbers rose by 18 per cent within a year, while a "
        "fares cap of two pounds on other routes raised numbers by only 6 per cent.",
        "Older passengers with free travel passes made up 44 per cent of journeys on rural routes, "
        "and the study found that the payments operators receive for carrying them no longer "
        "cover the cost of the journeys, which has led operators to cut the least used routes.",
        "Young people were the group most affected by cuts. In the districts studied, one in four "
        "students aged 16 to 18 said they had turned down a college course or a job because there "
        "was no bus that would get them there on time.",
        "Demand-responsive buses, booked by phone or app, worked well in the two most sparsely "
        "populated districts but cost three times as much per passenger as a fixed route "
        "elsewhere, and users said they were hard to book at short notice.",
        "The study recommends that councils protect hourly services on the core routes between "
        "market towns before spending money on fares, that the payments for free passes be "
        "reviewed, and that demand-responsive services be kept for the most remote areas.",
        "The full report, with data for each district, is available from the institute.",
    ],
)

add(
    "th-buses",
    TH,
    "Hourly buses matter more than cheap fares, study says",
    [
        "Running rural buses more often does far more to win back passengers than cutting fares, "
        "a three-year study of twelve country districts has concluded.",
        "Researchers at the Halden Institute found that rural bus journeys dropped by almost a "
        "third from 2019 to 2025. Where buses went from every two hours to hourly, use climbed "
        "18 per cent in a year; a two-pound fare cap managed a 6 per cent rise.",
        "Teenagers have been hit hardest, with a quarter of 16 to 18-year-olds saying they had "
        "given up a course or job for lack of a bus. The institute wants councils to protect "
        "hourly services between market towns first.",
    ],
)

EA_SHORT = [
    "Wild beavers have been confirmed on the River Tarn for the first time in more than 400 "
    "years, after a wildlife trust's trail camera filmed a pair building a dam near Brannock "
    "weir, the trust said on Friday.",
    "The trust said it did not know where the animals had come from but thought they had "
    "probably spread along the river from an enclosure upstream, and asked landowners to "
    "report any felled trees or dams.",
]
add("ea-beavers", EA, "Beavers filmed on River Tarn", EA_SHORT)

add(
    "wm-beavers",
    WM,
    "The beavers are back: what their return means for the Tarn",
    [
        "Wild beavers have been confirmed on the River Tarn for the first time in more than 400 "
        "years, after a wildlife trust's trail camera filmed a pair building a dam near Brannock "
        "weir. For a river that has been dredged, straightened and embanked for centuries, it is "
        "a remarkable moment, and one that will not please everyone along its banks.",
        "Beavers were hunted to extinction in this country by the sixteenth century, prized for "
        "their fur and for castoreum, an oil from their scent glands once used in medicine and "
        "perfume. Their return elsewhere has mostly been deliberate, with licensed releases into "
        "fenced enclosures where scientists could watch what they did to the land.",
        "What they do is engineer. A family of beavers will fell willow and birch, dam small "
        "streams and dig canals, turning a ditch into a chain of ponds within a couple of years. "
        "Those ponds hold back water after heavy rain and release it slowly, which studies of "
        "enclosures elsewhere have linked to lower flood peaks downstream.",
        "The ponds also fill with life. Dragonflies, frogs, water voles and the fish that feed "
        "herons and otters all do better in beaver wetlands, and the dead trees left standing in "
        "the water become homes for woodpeckers and bats.",
        "The wildlife trust says it does not know where the Tarn pair came from, though the "
        "likeliest story is that they wandered down the river from an enclosure upstream. It has "
        "asked landowners to report any felled trees or dams they come across.",
        "Farmers are wary. A beaver dam in the wrong place can flood a field or block a drain, "
        "and the animals are protected, so removing a dam or moving a family needs a licence. "
        "Farming groups want a clear plan for who pays when things go wrong.",
        "Supporters say those problems can be managed with flow devices, pipes that let water "
        "through a dam without the beavers noticing, and with compensation schemes of the kind "
        "used in other countries where beavers have lived alongside farms for decades.",
        "For now, the Tarn's two beavers are a novelty. Whether they become a colony, and whether "
        "the valley learns to live with them, will be decided over the next few years.",
    ],
)

add(
    "bd-otters",
    BD,
    "Otter cubs seen in Ferrowgate canal",
    [
        "A pair of otter cubs and their mother have been photographed in the Ferrowgate canal "
        "basin, the first sighting of otters breeding in the town centre that anyone at the "
        "canal society can remember. The society said the animals had probably followed the "
        "canal in from the River Tarn, where fish numbers have recovered since the old tannery "
        "outfall was closed, and asked walkers to keep dogs on leads along the towpath.",
    ],
)

add(
    "lo-otters",
    LO,
    "Otters in the town centre: why the canal is coming back to life",
    [
        "A pair of otter cubs and their mother have been photographed in the Ferrowgate canal "
        "basin, the first sighting of otters breeding in the town centre that anyone at the "
        "canal society can remember. Twenty years ago it would have been unthinkable.",
        "Otters all but vanished from English rivers in the 1960s and 1970s, poisoned by "
        "pesticides that built up in the fish they ate. As those chemicals were banned and rivers "
        "were cleaned up, otters crept back, first in the west and then across the rest of the "
        "country.",
        "The canal society thinks the family followed the canal in from the River Tarn, where fish "
        "numbers have recovered since the old tannery outfall was closed. Otters need plenty of "
        "fish, a mother with cubs eating more than a kilogram a day, so their presence is a sign "
        "that the water is in good health.",
        "They also need quiet places to rest and raise young, called holts, usually among tree "
        "roots or in piles of rubble along the bank. The overgrown wharf walls at the end of the "
        "basin may be offering just that.",
        "Dogs are the main danger to cubs in a town, and the society has asked walkers to keep "
        "their dogs on leads along the towpath while the family is about.",
        "If the otters stay, Ferrowgate will join a growing list of towns where the animals live "
        "almost under the feet of shoppers, largely unseen, hunting at dusk and dawn.",
    ],
)

# --- 6. a consultation notice with dates, and a follow-up weeks later ---------------------------
MC_CONSULT_BG = (
    "The council wants to close the Brannock Road recycling centre and replace it with a larger "
    "site on the Ferrowgate trading estate, which would take garden waste, mattresses and "
    "building rubble as well as household recycling, and would have a reuse shop where "
    "residents can buy furniture and bicycles brought in by others."
)
add(
    "mc-recycling",
    MC,
    "Have your say on plans for a new recycling centre",
    [
        MC_CONSULT_BG,
        "The consultation opened today and will close on 30 June 2026. Residents can respond "
        "online, or on paper forms available at every library and at the council offices. Two "
        "drop-in sessions will be held at Marrowby town hall, where officers will answer "
        "questions about the plans.",
        "If councillors approve the plans, work on the new site is expected to start in September "
        "2026, and the Brannock Road centre would stay open until the new one is ready.",
        'Councillor Dev Okafor, cabinet member for the environment, said: "Our present site was '
        "built for a much smaller town. We want to hear from everyone who uses it before any "
        'decision is made."',
    ],
)

add(
    "cp-recycling",
    CP,
    "Recycling centre move approved despite objections",
    [
        "Councillors have approved a plan to move Marrowby's recycling centre to the Ferrowgate "
        "trading estate, despite more than 600 objections from residents who say the new site is "
        "too far from the town for people without cars.",
        "On 14 July 2026 the council's cabinet voted five to two for the move, two weeks after "
        "the public consultation closed on 30 June 2026. Officers said 1,430 people had "
        "responded, the most to any council consultation in a decade.",
        MC_CONSULT_BG,
        "Objectors, led by the Brannock Road Residents' Association, presented a petition saying "
        "the trading estate is three miles from the town centre and is not served by any bus. "
        "Association chair Lorna Sykes said older residents would be forced to pay for bulky "
        "waste collections or leave rubbish by the roadside.",
        "Councillor Dev Okafor said the council would look at running a weekend shuttle bus to "
        "the new site and at a mobile collection point in the town centre once a month.",
    ],
)

# --- 7. two papers each taking different paragraphs of one agency story not in the corpus ------
FLOOD = [
    "Hundreds of homes in the lower Tarn valley were left without power after the river burst "
    "its banks overnight, flooding streets in Tarnby and Saltmere and closing the valley road "
    "between the two towns.",
    "The Environment Agency issued its most serious warning, danger to life, for the stretch "
    "of river below Brannock weir, where the water rose by more than two metres in six hours.",
    "Firefighters used boats to rescue eleven people from houses on Tarn Terrace in Tarnby, "
    "including a woman in her nineties who was carried from an upstairs window.",
    "In Saltmere, the primary school and the health centre were closed, and the town's only "
    "supermarket was flooded to the height of its checkout tills.",
    "Electricity engineers said supplies would be restored to most homes by the evening but "
    "that some streets in Saltmere could be without power for several days.",
]
add(
    "sg-flood",
    SG,
    "Saltmere under water as the Tarn bursts its banks",
    [
        FLOOD[0],
        FLOOD[3],
        FLOOD[4],
        "Saltmere's mayor opened the town hall as a rest centre, and by mid-morning volunteers "
        "were serving soup and tea to more than a hundred people who had left their homes. "
        "Shopkeeper Nadia Quayle said the water had come up through the floor of her shop faster "
        "than she could lift her stock onto the shelves.",
        "The Saltmere Flood Group said the town had been promised a flood wall after the last "
        "serious flood, and that the plans had been sitting in a drawer ever since.",
    ],
)

add(
    "th-flood",
    TH,
    "Boats rescue eleven as floods hit Tarnby",
    [
        FLOOD[0],
        FLOOD[1],
        FLOOD[2],
        "Neighbours on Tarn Terrace said they had watched the water climb the steps of their front "
        "doors in the dark. Retired postman Harold Binns said he had moved his wife's wheelchair "
        'upstairs and waited for the boats. "The firemen were marvellous," he said.',
        "Tarnby's churches opened their halls overnight, and the Tarnby Rugby Club offered its "
        "clubhouse to families who could not return home.",
    ],
)

# --- 8. unrelated stories on the same topics ------------------------------------------------------
add(
    "sg-library",
    SG,
    "Saltmere library to share its building with the health centre",
    [
        "Saltmere's library will move into the ground floor of the new health centre on Harbour "
        "Street under plans agreed by the town council, freeing its old building on Chapel Row for "
        "sale.",
        "The town council said running one building instead of two would save about 90,000 pounds "
        "a year, and that the library would keep its present opening hours and its book club for "
        "older readers.",
        "Librarian Jean Moffat said the move would put books in front of people who might never "
        'have walked into the old library. "Everyone comes to the health centre sooner or later," '
        "she said.",
        "The Chapel Row building, a former Methodist hall, is expected to be sold for flats.",
    ],
)

add(
    "bd-rail",
    BD,
    "Level crossing upgrade to shut Ferrowgate line for a weekend",
    [
        "No trains will run between Ferrowgate and Tarnby on the last weekend of the month while "
        "engineers replace the barriers at the Moss Lane level crossing with a modern system of "
        "full barriers and obstacle detection.",
        "Passengers will be carried by buses that call at every station, and the operator advised "
        "people to allow an extra forty minutes. The crossing will be closed to road traffic from "
        "Friday night until Monday morning.",
        "Moss Lane has been the scene of several near misses in recent years, with drivers "
        "weaving round the half barriers after the warning lights came on.",
    ],
)

add(
    "fc-buses",
    FC,
    "Ferrowgate bus station to be rebuilt with covered bays",
    [
        "Ferrowgate's bus station will be demolished and rebuilt with covered bays, real-time "
        "departure screens and a waiting room with toilets, after the district council won money "
        "from a national fund for bus improvements.",
        "The 1960s concrete station has long been unpopular with passengers, who complain that it "
        "is cold, dark and smells of diesel. Work is due to take eighteen months, with buses using "
        "temporary stops on Market Street in the meantime.",
        "Operators welcomed the plans but said a new station would not bring back passengers "
        "without more buses to fill it.",
    ],
)

add(
    "lo-factory",
    LO,
    "Saltmere boatyard to close with loss of 45 jobs",
    [
        "The Penhallow boatyard in Saltmere is to close at the end of the season with the loss of "
        "45 jobs, its owners have told staff, blaming rising costs and falling orders for the "
        "wooden fishing boats it has built for more than a century.",
        "The family that owns the yard said it had tried for two years to find a buyer without "
        "success. The slipway and sheds will be offered to the harbour trust.",
        "Shipwright Ben Trewin, who has worked at the yard for thirty years, said the skills would "
        'be lost with it. "There is nobody left who can build a boat like this by eye," he said.',
    ],
)

add(
    "sg-beavers",
    SG,
    "Beavers released into Saltmere estate enclosure",
    [
        "Two families of beavers have been released into a fenced enclosure on the Kellow estate "
        "near Saltmere under a licence that allows their effect on the estate's streams to be "
        "studied for five years.",
        "The estate's owner, Ruth Kellow, said she hoped the animals would slow the water coming "
        "off the moor and spare the village some of the flooding it suffered in 2025. Scientists "
        "from a northern university will measure water levels above and below the dams.",
        "The enclosure covers forty acres of wet woodland and is surrounded by a fence sunk a "
        "metre into the ground so the beavers cannot dig their way out.",
    ],
)

add(
    "th-recycling",
    TH,
    "Tarnby tip to open on Sundays",
    [
        "Tarnby's household recycling centre on Gasworks Lane will open on Sundays from 3 May, "
        "after the town council agreed to pay for an extra member of staff at weekends.",
        "The centre has been closed on Sundays since budget cuts in 2025, and councillors said fly "
        "tipping on the lanes around the town had risen sharply since then.",
        "Residents will still need to book a slot online for trailers and vans.",
    ],
)


def main() -> None:
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
