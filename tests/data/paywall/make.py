"""Write corpus.jsonl: an invented corpus of partial and noisy copies of articles as they are
collected (every outlet, person, place and event is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).

1. Paywalled stubs: three English and two German articles of three paywalled outlets collected
   twice, whole and as the stub a crawler without a subscription sees (headline, first one or
   two paragraphs, then "Subscribe to continue reading" / "This article is for subscribers" /
   "Already a subscriber? Log in" / "Weiterlesen mit Abo"), the stub with the whole's time; a
   rival rewriting an English and a German whole article; two stubs of other articles of the
   English outlet sharing only the paywall and share/ad lines.
2. One Harbour Daily story as its web, AMP, print and mobile versions (the same text, other
   chrome: "Share this article", "Advertisement", "Listen to this article 4 min", a photo
   caption, a "Related:" line inside the text, a print footer), and an unrelated story of the
   outlet with the same chrome, in its web and AMP versions.
3. Truncated RSS descriptions (the first 200 characters, ending "..." or "[…]") of four of
   the articles.
4. A Westfold Courier story with its comments section scraped into it ("12 comments",
   "Reader123 wrote: ..."), carrying a Kestrel Post story's quote of the mayor; a commenter
   pastes another Kestrel Post story's sentence; a second Courier story with comments.
5. Unrelated stories of the outlets.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus.jsonl"

records: list[dict[str, str]] = []
PARAS: dict[str, list[str]] = {}
TITLES: dict[str, str] = {}

EG = "Eastbrook Gazette"
NE = "Northgate Echo"
ML = "Marlow Ledger"
RB = "Rheinufer Bote"
TZ = "Talblick Zeitung"
HD = "Harbour Daily"
KP = "Kestrel Post"
WC = "Westfold Courier"

SUBSCRIBE = ["Subscribe to continue reading", "Already a subscriber? Log in"]
FOR_SUBSCRIBERS = ["This article is for subscribers", "Already a subscriber? Log in"]
ABO = ["Weiterlesen mit Abo", "Sie haben bereits ein Abo? Hier anmelden"]
SHARE = "Share this article"
AD = "Advertisement"


def add(id_: str, source: str, title: str, paras: list[str], published: str) -> None:
    records.append(
        {
            "id": id_,
            "source": source,
            "title": title,
            "text": "\n\n".join(paras),
            "published": published,
        }
    )
    PARAS[id_] = paras
    TITLES[id_] = title


def stub(id_: str, of: str, n: int, tail: list[str], head: list[str] | None = None) -> None:
    """The paywall stub of ``of``: its first ``n`` paragraphs and the paywall lines."""
    rec = next(r for r in records if r["id"] == of)
    add(id_, rec["source"], rec["title"], (head or []) + PARAS[of][:n] + tail, rec["published"])


def rss(id_: str, of: str, ellipsis: str) -> None:
    """An RSS item of ``of``: its headline and its text's first 200 characters."""
    rec = next(r for r in records if r["id"] == of)
    text = " ".join(PARAS[of])[:200].rstrip()
    add(id_, rec["source"], rec["title"], [text + ellipsis], rec["published"])


# 1. Paywalled stubs ---------------------------------------------------------------------------

add(
    "eg-tram",
    EG,
    "Saltmarsh tram extension approved after three-year fight",
    [
        "Eastbrook's tram network will be extended to Saltmarsh after the regional transport board "
        "approved the £148m scheme on Tuesday, ending a three-year campaign by residents of the "
        "estate, which has no rail link.",
        "The 4.2-mile line will branch off the existing route at Quayside and run along the old "
        "goods railway, with six new stops. Construction is due to start next spring and the first "
        "trams should run in late 2029.",
        "The board's chair, Ruth Okonedo, said the vote was unanimous. \"Saltmarsh has waited "
        "long enough for a proper connection to the city centre, and this line will change what "
        'people there can reach in half an hour," she said.',
        "Campaigners from the Saltmarsh Link group, who collected 11,000 signatures, watched the "
        "vote from the public gallery. Their organiser, Dev Lalwani, said the decision was bitter-"
        "sweet because the line will not reach the hospital until a second phase is funded.",
        "Businesses on Quayside Road have raised concerns about two years of roadworks. The board "
        "said it would pay compensation to traders whose takings fell by more than a fifth during "
        "construction.",
        "The scheme still needs final approval from the Department for Transport, which is "
        "expected to decide by the end of the year.",
    ],
    "2026-06-02T07:00:00+01:00",
)
stub("eg-tram-stub", "eg-tram", 2, SUBSCRIBE)

add(
    "eg-school",
    EG,
    "Hollins Lane primary to close as pupil numbers fall",
    [
        "Hollins Lane Primary School in Eastbrook will close next summer after the council's "
        "cabinet voted to shut it because of a steep fall in the number of children starting "
        "school in the area.",
        "The school has 96 pupils on a site built for 420, and the council said it was losing "
        "about £180,000 a year. Pupils will be offered places at St Aidan's and Fernhill, both "
        "less than a mile away.",
        "Parents packed the council chamber for the decision. Mother of two Kerry Doyle said the "
        'closure would break up a close community. "These children have known each other since '
        'nursery and now they will be split across two schools," she said.',
        "The cabinet member for education, Imran Sadiq, said birth rates in the ward had fallen "
        'by a quarter in ten years. "Keeping half-empty schools open takes money away from every '
        'other child in the city," he said.',
        "The building will be offered to a special school trust that has been looking for space "
        "in the east of the city.",
    ],
    "2026-06-02T12:00:00+01:00",
)
stub("eg-school-stub", "eg-school", 1, FOR_SUBSCRIBERS, head=[SHARE])

# two stubs of other Gazette articles, sharing only the chrome with each other
add(
    "eg-market",
    EG,
    "Covered market traders win six-month rent freeze",
    [
        SHARE,
        "Traders in Eastbrook's Victorian covered market have won a six-month rent freeze from "
        "the council after eleven of the market's forty stalls fell empty since January.",
        AD,
        "The market's manager, Paula Brennan, said the freeze would give stallholders time to "
        "recover from the closure of the neighbouring department store, which once brought "
        "thousands of shoppers through its doors each day.",
        *SUBSCRIBE,
    ],
    "2026-06-03T09:00:00+01:00",
)
add(
    "eg-pool",
    EG,
    "Lido to reopen for summer after boiler repair",
    [
        SHARE,
        "The open-air lido in Eastbrook's Northfield Park will reopen on Saturday after engineers "
        "replaced the boiler that failed in April and kept the pool shut for the half-term "
        "holiday.",
        AD,
        "Lifeguards will run early swimming sessions from 6.30am on weekdays, and the water will "
        "be heated to 24C for the first time since the pool was restored in 2015.",
        *SUBSCRIBE,
    ],
    "2026-06-03T15:00:00+01:00",
)

# a rival's rewrite of the whole tram story (its later paragraphs are behind the paywall)
add(
    "ne-tram",
    NE,
    "Green light for Saltmarsh tram line",
    [
        "Regional transport chiefs on Tuesday approved a £148m plan to extend Eastbrook's trams to "
        "the Saltmarsh estate, which has never had a rail connection.",
        "The new 4.2-mile branch will leave the current line at Quayside and follow the former "
        "goods railway, with six stops along the way. Work is planned to begin next spring, with "
        "services starting in late 2029.",
        "Ruth Okonedo, who chairs the transport board, said every member had voted in favour. "
        '"Saltmarsh has waited long enough for a proper connection to the city centre, and this '
        'line will change what people there can reach in half an hour," she said.',
        "Members of the Saltmarsh Link campaign, which gathered 11,000 signatures, were in the "
        "public gallery. Organiser Dev Lalwani called the result bittersweet, as the hospital will "
        "only be served once a second phase has been paid for.",
        "Quayside Road shopkeepers fear two years of disruption; the board has promised "
        "compensation to any whose takings drop by over a fifth while the line is built.",
        "The Department for Transport must still sign off the scheme, with a decision due by the "
        "end of the year.",
    ],
    "2026-06-02T10:30:00+01:00",
)
add(
    "ne-fire",
    NE,
    "Crews tackle blaze at Northgate recycling yard",
    [
        "Firefighters spent six hours bringing a fire at a recycling yard on the Northgate "
        "industrial estate under control on Wednesday night, and residents nearby were told to "
        "keep their windows shut because of the smoke.",
        "Eight engines were sent to the site on Furnace Lane at about 9pm. Nobody was hurt, but "
        "around 300 tonnes of baled cardboard and plastic were destroyed.",
        "The fire service said the cause was not yet known. An investigation will begin once the "
        "site has cooled.",
    ],
    "2026-06-04T08:00:00+01:00",
)

add(
    "ml-budget",
    ML,
    "Marlow council sets 4.9% tax rise and cuts library hours",
    [
        "Marlow council has agreed a council tax rise of 4.9%, the most it can raise without a "
        "referendum, and will cut opening hours at five of its nine libraries to close a £6m gap "
        "in its budget.",
        "A band D household will pay £2,104 a year from April, £98 more than now. The libraries at "
        "Cross Hill, Eddington, Parkside, Weir End and Tollgate will close on Mondays and "
        "Wednesdays.",
        "The council's leader, Owen Threlfall, said the authority had no other choice after its "
        'grant was cut again. "We have protected care for the elderly and children, and that '
        'means hard decisions everywhere else," he said.',
        "Opposition councillors called the library cuts short-sighted. Their leader, Fiona Marsh, "
        "said the council had spent £2m on consultants in the same year.",
    ],
    "2026-06-05T18:00:00+01:00",
)
stub(
    "ml-budget-stub",
    "ml-budget",
    2,
    [
        "To read the full article, subscribe to the Marlow Ledger",
        "This article is for subscribers",
        "Already a subscriber? Log in",
    ],
)

add(
    "rb-bruecke",
    RB,
    "Alte Rheinbrücke in Auendorf bleibt bis Herbst gesperrt",
    [
        "Die Alte Rheinbrücke zwischen Auendorf und Kleinweiler bleibt bis mindestens Oktober für "
        "den Autoverkehr gesperrt. Das hat der Landesbetrieb Straßenbau am Montag mitgeteilt, "
        "nachdem Gutachter Risse an zwei Pfeilern gefunden haben.",
        "Täglich fahren rund 18.000 Fahrzeuge über die Brücke. Die Umleitung über die "
        "Bundesstraße bei Steinfurt verlängert den Weg für Pendler um etwa zwölf Kilometer. "
        "Fußgänger und Radfahrer dürfen die Brücke weiter nutzen.",
        'Der Leiter der Niederlassung, Jörg Wendland, sagte, die Sicherheit habe Vorrang. "Wir '
        'können nicht ausschließen, dass sich die Schäden unter Last weiter ausbreiten", sagte '
        "er.",
        "Die Bürgermeisterin von Auendorf, Sabine Kröger, forderte einen Shuttlebus für "
        "Schülerinnen und Schüler. Der Kreis prüft nach eigenen Angaben zusätzliche Fahrten auf "
        "der Linie 214.",
        "Eine Sanierung soll rund 9 Millionen Euro kosten. Ein Neubau wird seit Jahren diskutiert, "
        "ist aber nicht vor 2032 zu erwarten.",
    ],
    "2026-06-08T06:30:00+02:00",
)
stub("rb-bruecke-stub", "rb-bruecke", 2, ABO)

add(
    "rb-wahl",
    RB,
    "Kleinweiler wählt neuen Ortsvorsteher",
    [
        "Der Ortsbeirat von Kleinweiler hat den Landwirt Matthias Böhm zum neuen Ortsvorsteher "
        "gewählt. Er setzte sich am Dienstagabend im zweiten Wahlgang mit sechs zu fünf Stimmen "
        "gegen die Lehrerin Anke Heller durch.",
        "Böhm folgt auf Herbert Vogt, der das Amt nach 18 Jahren aus gesundheitlichen Gründen "
        "abgegeben hatte. Die Sitzung im Bürgerhaus war mit rund 80 Zuhörern ungewöhnlich gut "
        "besucht.",
        'Als erste Aufgabe nannte Böhm die Sanierung des Dorfgemeinschaftshauses. "Das Haus ist '
        'das Herz des Ortes, und es darf nicht länger verfallen", sagte er nach der Wahl.',
        "Heller kündigte an, im Ortsbeirat weiter für einen sicheren Schulweg an der Hauptstraße "
        "zu kämpfen.",
    ],
    "2026-06-10T07:00:00+02:00",
)
stub(
    "rb-wahl-stub",
    "rb-wahl",
    1,
    ["Dieser Artikel ist exklusiv für Abonnenten", *ABO],
    head=["Artikel teilen"],
)

add(
    "rb-kita",
    RB,
    "Neue Kita in Steinfurt eröffnet",
    [
        "In Steinfurt hat am Freitag eine neue Kindertagesstätte mit 75 Plätzen eröffnet. Der Bau "
        "an der Lindenallee hat 4,3 Millionen Euro gekostet und wurde zur Hälfte vom Land "
        "gefördert.",
        "Die Warteliste der Gemeinde ist damit fast abgebaut, sagte Bürgermeister Lars Ebert. "
        "Bislang hatten 60 Familien keinen Platz für ihre Kinder gefunden.",
        "Die Kita bietet auch Plätze für Kinder unter drei Jahren und öffnet bereits um sechs Uhr "
        "morgens.",
    ],
    "2026-06-09T11:00:00+02:00",
)

add(
    "tz-bruecke",
    TZ,
    "Rheinbrücke Auendorf: Sperrung bis in den Herbst",
    [
        "Autofahrer müssen noch Monate auf die Alte Rheinbrücke zwischen Auendorf und Kleinweiler "
        "verzichten: Laut Landesbetrieb Straßenbau bleibt sie mindestens bis Oktober dicht, weil "
        "Experten Risse an zwei Pfeilern entdeckt haben.",
        "Rund 18.000 Fahrzeuge nutzen die Brücke jeden Tag. Wer pendelt, muss nun über die "
        "Bundesstraße bei Steinfurt ausweichen und etwa zwölf Kilometer mehr fahren. Zu Fuß und "
        "mit dem Rad bleibt die Querung offen.",
        'Niederlassungsleiter Jörg Wendland betonte, Sicherheit gehe vor. "Wir können nicht '
        'ausschließen, dass sich die Schäden unter Last weiter ausbreiten", sagte er.',
        "Auendorfs Bürgermeisterin Sabine Kröger verlangt einen Shuttlebus für Schulkinder; der "
        "Kreis denkt über zusätzliche Fahrten der Linie 214 nach.",
        "Die Reparatur würde etwa 9 Millionen Euro kosten. Über einen Neubau wird seit langem "
        "gesprochen, vor 2032 ist damit aber nicht zu rechnen.",
    ],
    "2026-06-08T11:15:00+02:00",
)
add(
    "tz-zoo",
    TZ,
    "Talblicker Tierpark bekommt zwei Luchse",
    [
        "Der Tierpark in Talblick hat zwei junge Luchse aus einem Zoo in Skandinavien "
        "aufgenommen. Die Geschwister sollen ab Juli in einem neuen Gehege zu sehen sein.",
        "Das Gehege am Waldrand ist 2.000 Quadratmeter groß und wurde aus Spenden finanziert, "
        "sagte Tierparkleiterin Nadine Roth.",
        "Luchse waren in der Region vor mehr als hundert Jahren ausgerottet worden.",
    ],
    "2026-06-09T09:00:00+02:00",
)

# 2. Web, AMP, print and mobile versions of one story -----------------------------------------

FERRY = [
    "The ferry between Port Calloway and the island of Inchmore will run only twice a day "
    "from next month after the operator, Westsound Ferries, withdrew one of its two vessels "
    "for repairs that could take until the autumn.",
    "The MV Kittiwake failed its annual inspection last week when surveyors found corrosion "
    "in the hull. The remaining vessel, the MV Shearwater, carries 40 cars and cannot take "
    "lorries heavier than 18 tonnes.",
    "Islanders say the cut will hit the island's fish farm and its only shop, which rely on "
    "daily deliveries. The community council's chair, Morag Sinclair, said: \"We were told "
    'about this by a notice on the pier. Nobody asked us how we would cope."',
    "Westsound Ferries said it was looking for a vessel to charter but that few suitable boats "
    "were available during the tourist season. It apologised for the disruption.",
    "The Scottish transport minister is due to visit Inchmore next week.",
]
add(
    "hd-ferry",
    HD,
    "Inchmore ferry cut to two sailings a day as vessel fails inspection",
    FERRY,
    "2026-06-11T08:00:00+01:00",
)
add(
    "hd-ferry-amp",
    HD,
    "Inchmore ferry cut to two sailings a day as vessel fails inspection",
    [
        SHARE,
        "Listen to this article 4 min",
        FERRY[0],
        "Photo: The MV Shearwater leaving Port Calloway harbour",
        FERRY[1],
        AD,
        FERRY[2],
        FERRY[3],
        AD,
        FERRY[4],
        SHARE,
    ],
    "2026-06-11T08:00:00+01:00",
)
add(
    "hd-ferry-print",
    HD,
    "Inchmore ferry cut to two sailings a day as vessel fails inspection",
    [
        *FERRY,
        "Printed from harbourdaily.example on 11 June 2026",
    ],
    "2026-06-11T08:00:00+01:00",
)
add(
    "hd-ferry-mobile",
    HD,
    "Inchmore ferry cut to two sailings a day as vessel fails inspection",
    [
        FERRY[0],
        FERRY[1],
        "Related: Inchmore pier repairs delayed again",
        FERRY[2],
        "Photo: Harbour Daily",
        FERRY[3],
        FERRY[4],
    ],
    "2026-06-11T08:00:00+01:00",
)

COUNCIL = [
    "Port Calloway's harbour board has voted to raise mooring fees by 12% from January to pay "
    "for dredging the inner basin, which has silted up so badly that larger yachts can only "
    "enter at high tide.",
    "The board's harbourmaster, Calum Ferrie, said the dredging would cost £2.3m over three "
    "years. Fishing boats registered in the town will be exempt from the rise.",
    "The local yacht club said its members accepted the need for the work but asked for the "
    "rise to be phased in over two years.",
]
add(
    "hd-harbour",
    HD,
    "Mooring fees to rise 12% to pay for harbour dredging",
    [
        SHARE,
        "Listen to this article 3 min",
        COUNCIL[0],
        AD,
        COUNCIL[1],
        COUNCIL[2],
        SHARE,
    ],
    "2026-06-12T10:00:00+01:00",
)
add(
    "hd-harbour-web",
    HD,
    "Mooring fees to rise 12% to pay for harbour dredging",
    COUNCIL,
    "2026-06-12T10:00:00+01:00",
)

# 3. Truncated RSS descriptions ------------------------------------------------------------------

rss("hd-ferry-rss", "hd-ferry", "...")
rss("eg-school-rss", "eg-school", "...")
rss("rb-bruecke-rss", "rb-bruecke", " […]")
rss("ml-budget-rss", "ml-budget", "[…]")

# 4. Comments scraped into an article -------------------------------------------------------------

add(
    "kp-stadium",
    KP,
    "Westfold mayor backs new stadium on old gasworks site",
    [
        "The mayor of Westfold, Dana Whitcombe, has backed plans for a 15,000-seat stadium on the "
        "former gasworks site at Canal Wharf, saying it could bring 600 jobs to one of the poorest "
        "parts of the town.",
        'Speaking to the Kestrel Post on Thursday, Whitcombe said: "For forty years that land has '
        "been fenced off and poisoned. A stadium would give Canal Wharf a reason for people to "
        'come, seven days a week."',
        "Westfold Rovers, who have played at Mill Road since 1903, need a new ground to meet "
        "league rules. The club's chief executive, Tom Asante, said talks with the council were "
        "at an early stage.",
        "Cleaning up the contaminated site is expected to cost at least £30m.",
    ],
    "2026-06-12T07:00:00+01:00",
)
add(
    "kp-tolls",
    KP,
    "Tolls scrapped on Westfold crossing",
    [
        "Tolls on the Westfold estuary crossing will be scrapped from September, the county "
        "council said, saving regular commuters up to £900 a year.",
        "The tolls were introduced in 1994 to pay for the crossing's construction, a debt that was "
        "cleared last year.",
        "Council officials said the toll booths would be removed over the summer and the land "
        "turned into a park-and-ride site.",
    ],
    "2026-06-11T16:00:00+01:00",
)
add(
    "wc-stadium",
    WC,
    "Rovers stadium plan: what we know so far",
    [
        "Westfold Rovers' hopes of leaving Mill Road took a step forward this week when the mayor "
        "came out in favour of building a new ground at Canal Wharf.",
        'Dana Whitcombe told the Kestrel Post: "For forty years that land has been fenced off '
        "and poisoned. A stadium would give Canal Wharf a reason for people to come, seven days a "
        'week."',
        "No planning application has yet been made. The club would have to find a partner to pay "
        "for the clean-up of the land, and supporters' groups have asked for a vote of members "
        "before any move.",
        "12 comments",
        "Reader123 wrote: About time. Mill Road is falling apart and the away end has been shut "
        "for two seasons.",
        "CanalWharfResident wrote: Has anyone asked us? We already have the traffic from the "
        "retail park.",
        "Rovers_til_I_die wrote: Don't forget the crossing. Tolls on the Westfold estuary crossing "
        "will be scrapped from September, the county council said, saving regular commuters up to "
        "£900 a year. Fans from over the water will come.",
        "Reader123 wrote: Let's see the money first.",
    ],
    "2026-06-12T13:00:00+01:00",
)
add(
    "wc-bins",
    WC,
    "Fortnightly bin collections start in Westfold",
    [
        "General waste bins in Westfold will be emptied every two weeks instead of weekly from "
        "July, the town council has confirmed, while food waste will still be collected weekly.",
        "The council said the change would save £1.1m a year and push more households to recycle.",
        "3 comments",
        "Reader123 wrote: In summer? The smell will be unbearable.",
        "GreenWestfold wrote: Good. Most of what goes in my neighbours' bins could be recycled.",
    ],
    "2026-06-13T09:00:00+01:00",
)

OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
print(len(records), "records")
