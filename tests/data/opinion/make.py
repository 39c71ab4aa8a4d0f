"""Write corpus.jsonl: an invented corpus of opinion, analysis and commentary (every outlet,
person, place, book, film and event is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).

1. A news report (a bridge closed for repairs) and a column quoting three of its sentences in
   quotation marks to argue with them; two letters to the editor quoting the column, one with
   a fourteen-word quote, one with quotes of three to five words.
2. A news report (a maternity unit to close) and two columns on it: one restating its second
   paragraph's facts in its own words without naming it, one with opinion only.
3. A party's press release (a rent cap) and an op-ed by one of its MPs reusing three of its
   paragraphs whole; two news stories quoting the op-ed (its own lines; a line it took from
   the release); the party's unrelated release.
4. A paper's news story and its editorial of the same day on one flood (facts, not text), and
   a rival's own report of the flood.
5. A publisher's blurb of a novel, the blurb on a bookshop's and a listings site's pages, and
   a review quoting it; a distributor's synopsis of a film, the synopsis on a cinema's page,
   and a review quoting it.
6. A "week in review" column retelling five of the week's stories in a paragraph each.
7. Unrelated stories and columns.
"""

from __future__ import annotations

import json
from pathlib import Path

ARTICLES: list[dict[str, str]] = [
    {
        "id": "nr-bridge",
        "source": "Northgate Courier",
        "published": "2026-10-05T07:00:00+01:00",
        "title": "Tannery Bridge to close for 18 months as repair bill reaches £9 million",
        "text": (
            "Tannery Bridge, the only road crossing of the River Wend in the town centre, will "
            "close to all traffic for 18 months from January while engineers replace its "
            "corroded steel deck, Northgate City Council said on Sunday.\n\nThe repairs are "
            "expected to cost £9.1 million, more than double the estimate given to councillors "
            "in 2024. Officers blamed the rising price of structural steel and the need to "
            "move a gas main that runs beneath the carriageway.\n\nBuses will be diverted over "
            "the ring road, adding up to 20 minutes to journeys between the north and south of "
            "the town. Pedestrians and cyclists will be able to use a temporary footbridge "
            "from March.\n\nCouncillor Dev Marwick, the cabinet member for highways, said the "
            'closure was regrettable but unavoidable. "We cannot take chances with a '
            'structure that carries 30,000 vehicles a day," he said.\n\nTraders on Bridge '
            "Street said they feared a repeat of 2019, when a six-week closure cut their "
            "takings by a third. The council said it would offer business rate relief to shops "
            "within 200 metres of the bridge."
        ),
    },
    {
        "id": "col-bridge",
        "source": "Fenwick Post",
        "published": "2026-10-06T18:00:00+01:00",
        "title": "Eighteen months without a bridge is a choice, not a fate",
        "text": (
            "There is a particular tone that councils adopt when they are about to make "
            "everybody's life harder, and Northgate found it this week.\n\nWe were told that "
            '"the closure was regrettable but unavoidable". Regrettable, certainly. '
            "Unavoidable is another matter. Other towns have replaced bridge decks one lane at "
            "a time, keeping a single line of traffic moving under signals. Nobody at the town "
            "hall seems to have asked whether that could work here.\n\nThen there is the "
            'money. According to the report, "the repairs are expected to cost £9.1 million, '
            'more than double the estimate given to councillors in 2024." When a bill doubles '
            "in two years, the question is not what steel costs. It is why the estimate was so "
            'wrong, and who signed it off.\n\nWe also learn that "buses will be diverted over '
            "the ring road, adding up to 20 minutes to journeys between the north and south of "
            'the town." Twenty minutes each way is forty minutes a day for a care worker on '
            "the number 4. Multiply that by eighteen months and you have a tax on the people "
            "who can least afford it.\n\nI do not doubt that the deck is rusty. I doubt that "
            "the council has tried very hard to find a cheaper way of living without it. "
            "Councillors should ask for the options report before January, not after."
        ),
    },
    {
        "id": "let-bridge-a",
        "source": "Fenwick Post",
        "published": "2026-10-08T18:00:00+01:00",
        "title": "Letters: the bridge, the bins and the library",
        "text": (
            'Sir, Your columnist is right that "nobody at the town hall seems to have asked '
            'whether that could work here". I worked on the Calder viaduct in the 1990s, when '
            "we kept one lane open throughout, and the job took four months longer but nobody "
            "lost their livelihood. Yours, Peter Ansell, Wendside.\n\nSir, Could the council "
            "explain why my green bin has now been missed three weeks running? I have rung "
            "four times and been promised a visit each time. Yours, June Harrow, Northgate.\n\n"
            "Sir, The library's new opening hours leave it shut on every evening of the week. "
            "Those of us who work during the day have simply been locked out. Yours, Colin "
            "Stray, Fenwick."
        ),
    },
    {
        "id": "let-bridge-b",
        "source": "Fenwick Post",
        "published": "2026-10-09T18:00:00+01:00",
        "title": "Letters: in defence of the engineers",
        "text": (
            "Sir, I read your columnist's attack on the bridge repairs with dismay. To call "
            'the closure "a choice, not a fate" is unfair to the engineers, who have to '
            "weigh the risk of a collapse against the cost of delay. Single-lane working is "
            'not always "a cheaper way" once the extra months of scaffolding are paid for. '
            "Yours, Ruth Calloway, chartered engineer, Eastfield.\n\nSir, May I thank the "
            "volunteers who cleared the towpath at Mill Lock last weekend. It has not looked "
            "so tidy in years. Yours, Alan Brisk, Northgate."
        ),
    },
    {
        "id": "nr-maternity",
        "source": "Calder Gazette",
        "published": "2026-10-06T06:30:00+01:00",
        "title": "Maternity unit at St Aldric's to close as births move to Harwood",
        "text": (
            "The maternity unit at St Aldric's Hospital in Calder will close next spring, with "
            "all births moved to Harwood General, 23 miles away, health bosses have "
            "confirmed.\n\nThe unit delivered 1,140 babies last year, down from almost 1,900 a "
            "decade ago. The Wend Valley health trust said it had struggled to fill midwife "
            "posts, with one in five vacant, and had been forced to suspend births there on 41 "
            "nights in the past year because of staff shortages.\n\nExpectant mothers in "
            "Calder will be offered antenatal check-ups at the town's health centre, but will "
            "have to travel to Harwood to give birth. The trust said a new ambulance would be "
            "based in Calder to cover emergencies.\n\nDr Leila Okafor, the trust's medical "
            'director, said the change would make care safer. "A unit that cannot promise a '
            "midwife at night is not a safe unit,\" she said.\n\nThe Save St Aldric's campaign "
            "said it would seek a judicial review."
        ),
    },
    {
        "id": "col-maternity",
        "source": "Brightwater Chronicle",
        "published": "2026-10-07T19:00:00+01:00",
        "title": ("Closing St Aldric's maternity unit treats a staffing crisis as a law of nature"),
        "text": (
            "Every closure has its spreadsheet, and the one behind St Aldric's is no "
            "exception.\n\nLast year 1,140 babies were born at the Calder unit, against close "
            "to 1,900 ten years ago. The health trust says it cannot find enough midwives: a "
            "fifth of its posts are empty, and on 41 nights over the last twelve months it had "
            "to stop births there altogether for want of staff.\n\nThose figures are real, and "
            "they are alarming. But they describe a failure of recruitment, not a law of "
            "nature. A trust that has left one post in five unfilled for years has not lost a "
            "battle for midwives. It has declined to fight one.\n\nHarwood is 23 miles away "
            "along a road that floods most winters. A woman in labour on a February night will "
            "not be comforted by the promise of a single extra ambulance.\n\nThe trust should "
            "be asked a simple question before anything closes: what would it cost to pay "
            "midwives enough to work in Calder? If the answer is less than the cost of the "
            "closure, the spreadsheet is wrong."
        ),
    },
    {
        "id": "col-maternity2",
        "source": "Northgate Courier",
        "published": "2026-10-08T19:00:00+01:00",
        "title": "We keep centralising care and calling it safety",
        "text": (
            "It has become a ritual. A small hospital loses a service, the managers promise "
            "that the new arrangement is safer, campaigners march, and within five years "
            "nobody can remember that things were ever different.\n\nSometimes the managers "
            "are right. Specialist centres do save lives in stroke and heart care, and nobody "
            "wants a surgeon who performs an operation twice a year.\n\nBut childbirth is not "
            "heart surgery. Most births need a midwife, a clean room and a doctor within "
            "reach, and the great majority of women would rather have those close to home. The "
            "case for moving everyone to a distant centre rests on the claim that local units "
            "cannot be staffed. That claim deserves far more scrutiny than it usually gets.\n\n"
            "If we go on closing small units because they are hard to staff, we will make them "
            "harder still to staff, because no young midwife wants to build a career in a "
            "service that is always about to shut."
        ),
    },
    {
        "id": "pr-rent",
        "source": "Civic Union Party",
        "published": "2026-10-05T09:00:00+01:00",
        "title": "Civic Union sets out plan to cap rent rises at inflation",
        "text": (
            "The Civic Union today set out plans to cap annual rent rises for private tenants "
            "at the rate of inflation, in a bill it will put before Parliament this autumn.\n\n"
            "Under the plan, landlords would be able to raise rents once a year by no more "
            "than the consumer prices index, with a ceiling of 5 per cent in any year. Rents "
            "could be reset to market levels only when a tenancy ended and a new tenant moved "
            "in.\n\nA new national register of landlords would record every tenancy and its "
            "rent, so that tenants could check that an increase was lawful. Landlords who "
            "broke the cap would have to repay twice the excess to the tenant.\n\nThe party "
            "estimates that the cap would save a typical tenant in the Wend Valley around £640 "
            "a year by the end of the decade.\n\nNotes to editors: The Civic Union holds 38 "
            "seats. For interviews contact the press office."
        ),
    },
    {
        "id": "oped-rent",
        "source": "Brightwater Chronicle",
        "published": "2026-10-07T06:00:00+01:00",
        "title": "Helen Varga: Tenants deserve to know what next year's rent will be",
        "text": (
            "Every autumn I hear the same story at my surgery. A nurse, a bus driver or a "
            "young couple with a baby shows me a letter from their landlord announcing that "
            "the rent will go up by £100 or £150 a month, and asks me what they can do. The "
            "honest answer is almost nothing.\n\nThat is why my party is bringing forward a "
            "bill this autumn, and why I will be proud to vote for it.\n\nUnder the plan, "
            "landlords would be able to raise rents once a year by no more than the consumer "
            "prices index, with a ceiling of 5 per cent in any year. Rents could be reset to "
            "market levels only when a tenancy ended and a new tenant moved in.\n\nA new "
            "national register of landlords would record every tenancy and its rent, so that "
            "tenants could check that an increase was lawful. Landlords who broke the cap "
            "would have to repay twice the excess to the tenant.\n\nThe party estimates that "
            "the cap would save a typical tenant in the Wend Valley around £640 a year by the "
            "end of the decade.\n\nSome landlords will say this will drive them out of the "
            "market. I say that a business model which depends on surprising families with "
            "rises they cannot plan for is not one the law should protect. Good landlords have "
            "nothing to fear from a cap that lets rents keep pace with prices.\n\nHelen Varga "
            "is the Civic Union MP for Brightwater South."
        ),
    },
    {
        "id": "ns-rent-a",
        "source": "Northgate Courier",
        "published": "2026-10-07T12:00:00+01:00",
        "title": "Landlords hit back at MP's call for rent cap",
        "text": (
            "Landlords in the Wend Valley have criticised a call by the Brightwater South MP "
            "Helen Varga to cap rent rises at inflation.\n\nWriting in the Brightwater "
            'Chronicle on Wednesday, Ms Varga said that "a business model which depends on '
            "surprising families with rises they cannot plan for is not one the law should "
            "protect\".\n\nThe Wend Valley Landlords' Association said the cap would lead "
            'owners to sell up. "Fewer homes to rent means higher rents, not lower ones," '
            "said its chairman, Graham Oduya.\n\nMs Varga's party, the Civic Union, plans to "
            "put its bill before Parliament this autumn. The government has said it has no "
            "plans to introduce rent controls."
        ),
    },
    {
        "id": "ns-rent-b",
        "source": "Fenwick Post",
        "published": "2026-10-08T08:00:00+01:00",
        "title": "Rent cap would save tenants £640 a year, MP claims",
        "text": (
            "A rent cap proposed by the Civic Union would save tenants hundreds of pounds a "
            "year, one of the party's MPs has claimed.\n\nIn an article for the Brightwater "
            'Chronicle, Helen Varga wrote that "landlords who broke the cap would have to '
            'repay twice the excess to the tenant" and that the party expected a typical Wend '
            "Valley tenant to save £640 a year by 2030.\n\nHousing charities welcomed the "
            "proposal but said a cap alone would not fix a shortage of homes. The Wend Valley "
            "Landlords' Association said it would lobby MPs to vote against the bill."
        ),
    },
    {
        "id": "pr-buses",
        "source": "Civic Union Party",
        "published": "2026-10-09T09:00:00+01:00",
        "title": "Civic Union calls for free bus travel for under-22s",
        "text": (
            "The Civic Union today called for free bus travel for everyone under the age of "
            "22, paid for by a levy on workplace car parks in large cities.\n\nThe party said "
            "the scheme would cost around £310 million a year and would cut the cost of "
            "getting to college and first jobs for more than two million young people.\n\nA "
            "spokesman said the party would table an amendment to the transport bill next "
            "month.\n\nNotes to editors: The Civic Union holds 38 seats. For interviews "
            "contact the press office."
        ),
    },
    {
        "id": "gz-flood-news",
        "source": "Calder Gazette",
        "published": "2026-10-08T06:00:00+01:00",
        "title": "Dozens of homes flooded as River Wend bursts its banks at Marlow",
        "text": (
            "More than 60 homes in Marlow were flooded on Tuesday night after the River Wend "
            "burst its banks following two days of heavy rain.\n\nFirefighters rescued eleven "
            "people from houses on Ferry Road and Mill Close using boats, and a rest centre "
            "was opened at Marlow Community Hall. Nobody was seriously hurt.\n\nThe river "
            "peaked at 4.3 metres at the Marlow gauge shortly after midnight, the highest "
            "level recorded there since 2007. The Environment Agency had issued a severe flood "
            "warning at 9pm.\n\nResidents said water had come up through floorboards within "
            'minutes. "We moved the children upstairs and watched the kitchen fill," said '
            "Aisha Brennan, 34, of Mill Close.\n\nA flood wall for Marlow was proposed in 2015 "
            "but has not been built. The council said it would meet the Environment Agency "
            "next week."
        ),
    },
    {
        "id": "gz-flood-ed",
        "source": "Calder Gazette",
        "published": "2026-10-08T06:00:00+01:00",
        "title": "Our view: Marlow has waited long enough for its flood wall",
        "text": (
            "For the second time in less than twenty years, families in Marlow have spent a "
            "night watching brown water rise through their living rooms.\n\nThe firefighters "
            "who took residents to safety by boat deserve the town's thanks, and it is a mercy "
            "that no one was badly injured. But gratitude is not a flood defence.\n\nA wall to "
            "protect the low-lying streets by the river was first put forward eleven years "
            "ago. It has been studied, costed, consulted on and studied again. Not a single "
            "brick has been laid.\n\nThis newspaper does not pretend that flood defences are "
            "cheap, or that every home by every river can be made safe. But Marlow is not "
            "every home. Its risk is known, its plan exists, and its people have now paid "
            "twice for the delay.\n\nWhen council and agency officials meet next week, they "
            "should come out with a date for work to begin. Anything less will tell Marlow "
            "that it has been forgotten."
        ),
    },
    {
        "id": "cr-flood",
        "source": "Northgate Courier",
        "published": "2026-10-08T10:30:00+01:00",
        "title": "Marlow residents count the cost after night of flooding",
        "text": (
            "Residents of Marlow were clearing sodden carpets and ruined furniture from their "
            "homes on Wednesday after floodwater swept through the village overnight.\n\nOn "
            "Ferry Road, where the water reached waist height, neighbours formed a chain to "
            'pass belongings to a skip. "Everything downstairs has gone," said Terry Goss, '
            "71, who has lived in the street for forty years.\n\nThe fire service said crews "
            "had carried out eleven rescues by boat. Insurers said claims could run into "
            "millions of pounds.\n\nLocal councillor Nadia Firth said the village had been let "
            'down. "We were promised a wall in 2015," she said.'
        ),
    },
    {
        "id": "pub-blurb",
        "source": "Ferrand & Lowe",
        "published": "2026-09-01T09:00:00+01:00",
        "title": "The Salt Orchard by Mira Castellane",
        "text": (
            "The Salt Orchard by Mira Castellane. Published 2 October 2026, hardback, 384 "
            "pages.\n\nOn a drowned coast where the sea has claimed the apple orchards, three "
            "sisters return to bury their mother and find that she has left them a house, a "
            "debt and a secret that will divide them for ever.\n\nSpanning forty years and two "
            "wars, The Salt Orchard is a luminous, heartbreaking novel about memory, "
            "inheritance and the stories families tell to survive.\n\nMira Castellane was born "
            "in Harwood and lives in Brightwater. Her first novel, The Glass Ferry, won the "
            "Northern Fiction Prize."
        ),
    },
    {
        "id": "shop-blurb",
        "source": "Wendside Books",
        "published": "2026-09-20T10:00:00+01:00",
        "title": "The Salt Orchard (Hardback) - Mira Castellane",
        "text": (
            "The Salt Orchard by Mira Castellane. Hardback, 384 pages, £18.99. Signed copies "
            "available while stocks last.\n\nOn a drowned coast where the sea has claimed the "
            "apple orchards, three sisters return to bury their mother and find that she has "
            "left them a house, a debt and a secret that will divide them for ever.\n\n"
            "Spanning forty years and two wars, The Salt Orchard is a luminous, heartbreaking "
            "novel about memory, inheritance and the stories families tell to survive.\n\nFree "
            "delivery on orders over £25. Click and collect from our Fenwick shop."
        ),
    },
    {
        "id": "list-blurb",
        "source": "Northern Book Listings",
        "published": "2026-09-28T08:00:00+01:00",
        "title": "New this week: The Salt Orchard",
        "text": (
            "Out on 2 October from Ferrand & Lowe.\n\nOn a drowned coast where the sea has "
            "claimed the apple orchards, three sisters return to bury their mother and find "
            "that she has left them a house, a debt and a secret that will divide them for "
            "ever.\n\nSpanning forty years and two wars, The Salt Orchard is a luminous, "
            "heartbreaking novel about memory, inheritance and the stories families tell to "
            "survive.\n\nMira Castellane will read from the novel at Brightwater Library on 14 "
            "October. Tickets are free."
        ),
    },
    {
        "id": "rev-book",
        "source": "Harlow Review",
        "published": "2026-10-09T07:00:00+01:00",
        "title": "The Salt Orchard review: a family saga that drowns in its own lyricism",
        "text": (
            "Mira Castellane's second novel arrives wrapped in the kind of praise that makes a "
            'reviewer nervous. Its publisher calls it "a luminous, heartbreaking novel about '
            'memory, inheritance and the stories families tell to survive", which is at least '
            "half right.\n\nThe set-up is promising. Three sisters come back to a coastal "
            "village to bury their mother and discover what she left them: a house, a debt and "
            "a secret. The sea has taken the orchards that gave the village its living, and "
            "Castellane writes about salt-burned trees with real feeling.\n\nThe trouble is "
            "the forty years that follow. The novel moves back and forth between the sisters' "
            "childhoods and the present with so little warning that I often had to turn back a "
            "page to learn which war I was in. The secret, when it comes, is the one a patient "
            "reader will have guessed by chapter six.\n\nHeartbreaking, then, only in places. "
            "Luminous, certainly, sentence by sentence. But a novel needs more than sentences, "
            "and this one too often mistakes mood for plot. Three stars."
        ),
    },
    {
        "id": "dist-film",
        "source": "Lantern Pictures",
        "published": "2026-09-15T12:00:00+01:00",
        "title": "Lantern Pictures presents Low Tide at Corran",
        "text": (
            "Lantern Pictures presents Low Tide at Corran, in cinemas from 9 October.\n\nWhen "
            "a fishing boat vanishes off the island of Corran, the harbourmaster's daughter "
            "sets out to prove that her father was not to blame, uncovering a conspiracy that "
            "reaches from the quayside to the mainland.\n\nStarring Orla Vance and Tomas "
            "Reyne. Written and directed by Cal Mardell. Running time 108 minutes. Certificate "
            "12A."
        ),
    },
    {
        "id": "cin-film",
        "source": "Regal Fenwick",
        "published": "2026-10-01T09:00:00+01:00",
        "title": "Low Tide at Corran (12A) - showing from Friday 9 October",
        "text": (
            "Low Tide at Corran (12A), 108 minutes.\n\nWhen a fishing boat vanishes off the "
            "island of Corran, the harbourmaster's daughter sets out to prove that her father "
            "was not to blame, uncovering a conspiracy that reaches from the quayside to the "
            "mainland.\n\nShowing daily at 2pm, 5.15pm and 8pm. Tuesday tickets £5. Book "
            "online or at the box office."
        ),
    },
    {
        "id": "rev-film",
        "source": "Harlow Review",
        "published": "2026-10-09T19:00:00+01:00",
        "title": "Low Tide at Corran review: a thriller that keeps its head above water",
        "text": (
            "The synopsis promises that the heroine's search will uncover \"a conspiracy that "
            'reaches from the quayside to the mainland", and for once the film delivers on '
            "its poster.\n\nOrla Vance plays Ness, whose father is blamed when a trawler "
            "disappears in fog. Vance gives her a stubborn, watchful stillness that suits a "
            "place where everybody knows everybody and nobody says anything.\n\nCal Mardell "
            "shoots the island in greys and greens, and lets the tide do much of the work: "
            "scenes are timed by what the water has covered or revealed. The final act leans "
            "too hard on a mainland politician who is villainous from his first scene, but by "
            "then the film has earned some patience.\n\nFour stars. Low Tide at Corran is in "
            "cinemas from Friday."
        ),
    },
    {
        "id": "nr-school",
        "source": "Northgate Courier",
        "published": "2026-10-07T07:00:00+01:00",
        "title": "Fenwick Academy placed in special measures after damning inspection",
        "text": (
            "Fenwick Academy has been placed in special measures after inspectors found that "
            "pupils' behaviour was poor and that leaders had failed to act on repeated "
            "warnings about bullying.\n\nThe school, which has 1,300 pupils aged 11 to 18, was "
            "rated inadequate in all five areas of the inspection, carried out over three days "
            "in September. Inspectors said lessons were regularly disrupted and that a third "
            "of pupils missed more than a tenth of school days.\n\nThe academy's trust said "
            "the head teacher, Mark Bellamy, had stepped down and that an interim head would "
            'start on Monday. "We accept the findings in full," the trust said.'
        ),
    },
    {
        "id": "nr-rates",
        "source": "Calder Gazette",
        "published": "2026-10-09T06:30:00+01:00",
        "title": "Wend Valley Building Society raises mortgage rates for second time in a month",
        "text": (
            "The Wend Valley Building Society has raised the rates on its fixed mortgages by "
            "up to 0.4 percentage points, the second increase in less than a month.\n\nThe "
            "society, which has 210,000 members and lends mainly in the North, said the rise "
            "reflected higher borrowing costs in the money markets. Its two-year fixed rate "
            "for buyers with a 25 per cent deposit will rise to 5.1 per cent from Monday.\n\n"
            "Brokers said other lenders were likely to follow. Existing borrowers on fixed "
            "deals will not be affected until their deals end."
        ),
    },
    {
        "id": "wir",
        "source": "Fenwick Post",
        "published": "2026-10-10T08:00:00+01:00",
        "title": "The week in review: a bridge, a birth unit, a flood and a failing school",
        "text": (
            "Another week, another set of reasons to keep an umbrella and a sense of humour "
            "close at hand. Here is what you may have missed.\n\nTannery Bridge, the town "
            "centre's only road crossing of the Wend, will shut to traffic for 18 months from "
            "January while its corroded deck is replaced. The bill has reached £9.1 million, "
            "more than double what councillors were told in 2024, and buses will go round the "
            "ring road, adding up to 20 minutes to cross-town journeys.\n\nThe maternity unit "
            "at St Aldric's in Calder will close next spring and births will move to Harwood "
            "General, 23 miles away. The health trust says one midwife post in five is vacant "
            "and births were suspended on 41 nights last year; campaigners plan a judicial "
            "review.\n\nMore than 60 homes in Marlow flooded on Tuesday night when the Wend "
            "burst its banks after two days of rain. Firefighters rescued eleven people by "
            "boat, and the river reached 4.3 metres at the Marlow gauge, its highest since "
            "2007.\n\nFenwick Academy was put into special measures after inspectors rated it "
            "inadequate in all five areas, citing poor behaviour and a failure to tackle "
            "bullying. The head teacher, Mark Bellamy, has stepped down.\n\nAnd homeowners "
            "face dearer mortgages: the Wend Valley Building Society raised its fixed rates by "
            "up to 0.4 points, the second rise in a month, with its two-year fix going to 5.1 "
            "per cent from Monday.\n\nHave a good weekend, and mind the puddles."
        ),
    },
    {
        "id": "nr-football",
        "source": "Northgate Courier",
        "published": "2026-10-05T22:00:00+01:00",
        "title": "Northgate Rovers end winless run with late winner",
        "text": (
            "Northgate Rovers ended a run of seven games without a win as Sam Okoro's header "
            "in the 89th minute gave them a 2-1 victory over Castleford Town at Ferry Lane.\n\n"
            "The visitors led at half-time through a penalty, but Rovers equalised when Jay "
            "Lund turned in a low cross after the break. Okoro, on as a substitute, rose "
            "highest from a corner to win it.\n\nManager Phil Garrick said the result would "
            "take pressure off a young side. Rovers climb to 14th in the table."
        ),
    },
    {
        "id": "gz-obit",
        "source": "Calder Gazette",
        "published": "2026-10-07T06:30:00+01:00",
        "title": "Marion Threlfall, founder of Calder's first food bank, dies at 88",
        "text": (
            "Marion Threlfall, who set up Calder's first food bank in a church hall in 1998, "
            "has died at the age of 88.\n\nA former school secretary, she began by handing out "
            "tins from the boot of her car after hearing that children at her school were "
            "arriving hungry. The food bank she founded now feeds more than 400 families a "
            "week from a warehouse on the Harwood Road.\n\nShe was appointed MBE in 2012. She "
            "is survived by two sons and five grandchildren. Her funeral will be held at St "
            "Cuthbert's Church on 16 October."
        ),
    },
    {
        "id": "col-garden",
        "source": "Brightwater Chronicle",
        "published": "2026-10-10T07:00:00+01:00",
        "title": "In the garden: why I have stopped raking leaves",
        "text": (
            "For thirty years I raked every leaf from the lawn by the end of October, and for "
            "thirty years the blackbirds went elsewhere for their breakfast.\n\nThis autumn I "
            "am leaving them where they fall under the hedge and on the borders. Leaves "
            "shelter beetles and overwintering butterflies, rot down into the best soil "
            "conditioner money cannot buy, and keep frost off the roots of tender plants.\n\n"
            "The lawn is another matter: a thick mat of wet leaves will kill the grass beneath "
            "it. Rake that, by all means, but put the leaves in a wire cage in a corner and in "
            "two years you will have leaf mould for nothing."
        ),
    },
    {
        "id": "ed-trams",
        "source": "Brightwater Chronicle",
        "published": "2026-10-09T06:00:00+01:00",
        "title": "Our view: Brightwater's tram extension is worth the wait",
        "text": (
            "The delay to the tram extension to Sefton Park is frustrating, and the "
            "contractor's excuses about signalling equipment wear thin.\n\nBut the case for "
            "the line has not changed. Sefton Park has 9,000 homes and no railway station, and "
            "the bus that serves it is among the slowest in the region. A tram that reaches "
            "the city centre in fourteen minutes would transform it.\n\nThe city should hold "
            "the contractor to its penalties, and hold its nerve. In ten years nobody will "
            "remember that the line opened late, only that it opened."
        ),
    },
    {
        "id": "nr-market",
        "source": "Fenwick Post",
        "published": "2026-10-06T09:00:00+01:00",
        "title": "Fenwick's Saturday market to move to the old bus station",
        "text": (
            "Fenwick's Saturday market will move from the High Street to the site of the old "
            "bus station from November, the town council has decided.\n\nThe move will give "
            "the market's 48 stalls room to expand and free the High Street for a pedestrian "
            "scheme. Some traders said they feared losing passing trade. The council said it "
            "would run a free shuttle from the car park on Station Road for the first three "
            "months."
        ),
    },
]


def main() -> None:
    out = Path(__file__).resolve().parent / "corpus.jsonl"
    out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), "utf-8")


if __name__ == "__main__":
    main()
