"""The invented articles of the web-page corpus (every outlet, name, place and event is
fictional).  Each: id, site, slug, title, author, published (ISO, UTC), paragraphs, comments."""

from __future__ import annotations

W1 = (
    "Grain exports from three northern ports came to a standstill on Tuesday after rail "
    "freight drivers began a 72-hour strike over pay, leaving more than 40 loaded wagons "
    "stranded in sidings, port operators said."
)
W2 = (
    "The Federation of Rail Operatives called the walkout after talks with the freight "
    "operator Meridian Cargo broke down on Monday evening. The union says its members have "
    "been offered a 2.1 percent rise against inflation of 4.6 percent."
)
W3 = (
    "\u201cOur members move the grain that feeds half the continent, and they have been asked "
    "to take a real-terms cut for the third year running,\u201d said the federation\u2019s "
    "general secretary, Orla Brannagh. \u201cNobody wanted this strike, but the company left "
    "us no choice.\u201d"
)
W4 = (
    "Meridian Cargo said it was disappointed by the decision and that its offer was "
    "\u201cfair and affordable\u201d. A spokesman said the company would run a reduced "
    "timetable using managers but could not guarantee any grain services before Friday."
)
W5 = (
    "The ports of Kelvane, Easthollow and Dunmarsh handle about a third of the region\u2019s "
    "grain exports. Shipping agents said at least six bulk carriers were waiting at anchor "
    "and that each day of delay cost owners around 25,000 euros per vessel."
)
W6 = (
    "Farmers\u2019 groups warned that silos inland were close to full after a record harvest "
    "and that some growers might have to store grain in the open if the dispute dragged on."
)
W7 = (
    "The federation said it would consider further action if no new offer was made by the "
    "end of the month. Talks are expected to resume at the conciliation service on Thursday."
)
NP_LOCAL = (
    "In Dunmarsh, where the port employs about 600 people, the quay had fallen silent by "
    "mid-morning. \u201cWe have two ships under the grain elevator and nothing to put in "
    "them,\u201d said crane driver P\u00e1draig Hollis, who has worked at the port for "
    "19 years."
)

B1 = (
    "Brightwater Foods today announced that it will build a new oat processing plant at the "
    "Millbrook Business Park, creating 180 permanent jobs when it opens in the spring of 2027."
)
B2 = (
    "The 46 million euro facility will mill and flake up to 90,000 tonnes of oats a year, most "
    "of it sourced from growers within 80 kilometres of the site. Construction is due to begin "
    "in June and will support around 250 jobs during the build."
)
B3 = (
    "\u201cMillbrook gives us a skilled workforce, good road links and some of the best oat "
    "growing land in the country,\u201d said Brightwater\u2019s chief executive, Ines Carrow. "
    "\u201cThis investment doubles our milling capacity and means that more of the value of "
    "the harvest stays in the region.\u201d"
)
B4 = (
    "The plant will run on electricity from a solar array on the site and a supply agreement "
    "with the Glenmore wind farm, and is designed to reach net zero operational emissions by "
    "2030."
)
B5 = (
    "Recruitment for production, engineering and laboratory roles will open in the autumn. "
    "Brightwater will work with Millbrook Technical College on a two-year apprenticeship "
    "programme for 30 school leavers."
)
BW_ABOUT = (
    "About Brightwater Foods: Brightwater Foods is a family-owned cereal and baking "
    "company founded in 1952. It employs 1,100 people at four sites and sells its "
    "products in 14 countries."
)
BW_CONTACT = (
    "Media contact: Dara Quill, communications manager, press@brightwaterfoods.example, "
    "+00 555 0142"
)
VC_PLANT2 = (
    "The company said the 46 million euro plant would mill and flake up to 90,000 "
    "tonnes of oats a year, most of it from growers within 80 kilometres of the site. "
    "Building work is due to start in June."
)
DREDGE_BG = (
    "The 12 million euro project will deepen the main channel from 8.5 to 11 metres so "
    "that the port can take larger bulk carriers, and is funded jointly by the harbour "
    "board and the national ports fund."
)

ARTICLES: list[dict] = [
    # --- the wire agency --------------------------------------------------------------
    dict(
        id="w-strike",
        site="cpa",
        slug="rail-freight-strike-halts-grain-shipments",
        title="Rail freight strike halts grain shipments at three ports",
        author="Continental Press Agency",
        published="2026-03-10T07:30:00Z",
        paras=[W1, W2, W3, W4, W5, W6, W7],
    ),
    dict(
        id="w-museum",
        site="cpa",
        slug="maritime-museum-reopens",
        title="Maritime museum reopens after four-year restoration",
        author="Continental Press Agency",
        published="2026-03-11T10:00:00Z",
        paras=[
            "The National Maritime Museum in Port Averil reopened to visitors on Wednesday "
            "after a four-year restoration that cost 31 million euros and rebuilt its "
            "leaking glass roof.",
            "The museum\u2019s star exhibit, the 19th-century pilot cutter Wren, has been "
            "moved to a new gallery at the water\u2019s edge where visitors can walk along "
            "her deck.",
            "\u201cWe wanted people to smell the tar and hear the timbers,\u201d said "
            "director Halla Sveinsdottir. Entry remains free, and the museum expects 400,000 "
            "visitors in its first year.",
        ],
    ),
    # --- the company --------------------------------------------------------------------
    dict(
        id="bw-plant",
        site="bw",
        slug="brightwater-to-open-millbrook-oat-plant",
        title="Brightwater Foods to open oat processing plant in Millbrook, creating 180 jobs",
        author="Brightwater Foods",
        published="2026-03-11T08:00:00Z",
        paras=[B1, B2, B3, B4, B5, BW_ABOUT, BW_CONTACT],
    ),
    dict(
        id="bw-results",
        site="bw",
        slug="brightwater-annual-results-2025",
        title="Brightwater Foods reports record sales for 2025",
        author="Brightwater Foods",
        published="2026-02-26T08:00:00Z",
        paras=[
            "Brightwater Foods today reported sales of 312 million euros for 2025, up 9 "
            "percent on the previous year, driven by strong demand for its porridge oats "
            "and rye crispbreads in export markets.",
            "Operating profit rose to 27 million euros. The board will propose a dividend of "
            "1.40 euros per share and plans capital investment of 60 million euros over the "
            "next two years.",
            "\u201cOur people delivered an exceptional year in a difficult market for "
            "energy and grain,\u201d said finance director Tomas Welby.",
            BW_ABOUT,
            BW_CONTACT,
        ],
    ),
    # --- The Harbour Gazette (Kelvane) ------------------------------------------------------
    dict(
        id="hg-strike",
        site="hg",
        slug="rail-freight-strike-halts-grain-shipments",
        title="Rail freight strike halts grain shipments at three ports",
        author="Continental Press Agency",
        published="2026-03-10T09:05:00Z",
        paras=[W1, W2, W3, W4, W5, W6, W7],
        comments=23,
    ),
    dict(
        id="hg-plant",
        site="hg",
        slug="oat-plant-for-millbrook",
        title="Oat plant for Millbrook could bring more grain through Kelvane",
        author="Maeve Tolan",
        published="2026-03-12T07:45:00Z",
        paras=[
            "Cereal maker Brightwater Foods is to build a 46 million euro oat processing "
            "plant at Millbrook, creating 180 permanent jobs when it opens in the spring of "
            "2027.",
            B4.replace("and is designed", "the company said, and is designed"),
            "Chief executive Ines Carrow said the investment doubled the firm\u2019s milling "
            "capacity and meant \u201cmore of the value of the harvest stays in the "
            "region\u201d.",
            "Kelvane\u2019s harbour master, Colm Ardle, said the port already shipped much of "
            "the valley\u2019s oat crop and expected extra traffic once the mill was running. "
            "\u201cEvery tonne that leaves Millbrook as flakes rather than raw grain is worth "
            "more to somebody here,\u201d he said.",
        ],
        comments=8,
    ),
    dict(
        id="hg-dredge",
        site="hg",
        slug="dredging-work-to-start-in-kelvane-channel",
        title="Dredging work to start in Kelvane channel next month",
        author="Maeve Tolan",
        published="2026-03-02T08:30:00Z",
        paras=[
            "Work to dredge the main shipping channel into Kelvane harbour will start on 6 "
            "April, the harbour board confirmed on Monday, after two years of surveys and "
            "an environmental review.",
            DREDGE_BG,
            "About 1.2 million cubic metres of sand and silt will be removed by two dredgers "
            "working around the clock for 14 weeks. Most of it will be used to rebuild the "
            "dunes at Sallow Strand, which lost much of their height in the storms of 2024.",
            "Fishing boats will be able to use the channel throughout, but the board said "
            "skippers should expect short delays at low water.",
        ],
        comments=5,
    ),
    dict(
        id="hg-dredge-followup",
        site="hg",
        slug="dredgers-arrive-early-in-kelvane",
        title="Dredgers arrive early as channel work is brought forward",
        author="Maeve Tolan",
        published="2026-03-16T11:20:00Z",
        paras=[
            "Two dredgers arrived in Kelvane Bay on Sunday, three weeks ahead of schedule, "
            "after the harbour board agreed to bring the channel works forward to take "
            "advantage of calm spring weather.",
            "The Dutch-built Zeemeeuw and her sister ship were moored off the north pier "
            "overnight and are expected to begin work on Wednesday.",
            DREDGE_BG,
            "Board chairman Fergal Quinlan said the earlier start would mean the channel was "
            "ready before the grain season. \u201cThe weather window was too good to miss,\u201d "
            "he said.",
        ],
        comments=2,
    ),
    dict(
        id="hg-budget",
        site="hg",
        slug="council-agrees-budget",
        title="Council agrees budget with rise in parking charges",
        author="Sean Garvey",
        published="2026-03-05T18:10:00Z",
        paras=[
            "Kelvane town council approved its budget for the coming year on Thursday night "
            "by nine votes to four, including a 20 cent rise in hourly parking charges in the "
            "town centre.",
            "The extra income, estimated at 180,000 euros, will pay for new lighting on the "
            "promenade and repairs to the public toilets at the bus station.",
            "Opposition councillors said the rise would drive shoppers to the retail park on "
            "the ring road, where parking is free.",
        ],
        comments=41,
    ),
    dict(
        id="hg-lifeboat",
        site="hg",
        slug="lifeboat-rescues-kayakers",
        title="Lifeboat rescues two kayakers off Sallow Head",
        author="Maeve Tolan",
        published="2026-03-08T16:00:00Z",
        paras=[
            "Two kayakers were rescued by the Kelvane lifeboat on Sunday afternoon after "
            "they were swept past Sallow Head by a strong ebb tide.",
            "The volunteer crew launched at 2.40pm and found the pair clinging to an upturned "
            "kayak about a kilometre offshore. Both were cold but unhurt.",
            "Coxswain Brid Nolan urged paddlers to check tide times and carry a means of "
            "calling for help. \u201cThey did the right thing by staying with the boat,\u201d "
            "she said.",
        ],
        comments=12,
    ),
    dict(
        id="hg-play",
        site="hg",
        slug="st-brendans-stages-musical",
        title="St Brendan's pupils stage their first musical in a decade",
        author="Sean Garvey",
        published="2026-03-09T12:00:00Z",
        paras=[
            "Pupils at St Brendan\u2019s College will stage their first musical in ten years "
            "this week, a production of a show about a lighthouse keeper written by two of "
            "the school\u2019s teachers.",
            "More than 60 students are involved on stage and behind it, and the school band "
            "has been rehearsing since September.",
            "Tickets for the three performances in the Kelvane Arts Centre cost eight euros "
            "and are available from the school office.",
        ],
        comments=0,
    ),
    dict(
        id="hg-fishing",
        site="hg",
        slug="mackerel-quota-cut",
        title="Skippers fear mackerel quota cut will tie up boats",
        author="Maeve Tolan",
        published="2026-03-12T15:30:00Z",
        paras=[
            "Kelvane\u2019s mackerel skippers say a proposed 18 percent cut in next "
            "season\u2019s quota could leave some of the port\u2019s 14 pelagic boats tied up "
            "for months.",
            "The cut, recommended by fisheries scientists after a poor spawning survey, will "
            "be decided by ministers in June.",
            "\u201cWe accept the science, but nobody has told us how a crew is meant to pay a "
            "mortgage on two months\u2019 fishing,\u201d said skipper Donal Rourke.",
        ],
        comments=17,
    ),
    dict(
        id="hg-weather",
        site="hg",
        slug="storm-warning-for-coast",
        title="Storm warning for coast as gales forecast",
        author="Sean Garvey",
        published="2026-03-13T06:50:00Z",
        paras=[
            "A yellow wind warning is in force for the whole coast from midnight tonight, "
            "with gusts of up to 110 kilometres an hour forecast on exposed headlands.",
            "The harbour board said the ferry to Inishcarra would not sail on Saturday and "
            "advised boat owners to check their moorings.",
            "Forecasters expect the wind to ease by Sunday afternoon.",
        ],
        comments=3,
    ),
    # --- Valley Courier (Millbrook) ---------------------------------------------------------
    dict(
        id="vc-strike",
        site="vc",
        slug="grain-strike-three-ports",
        title="Grain shipments halted as rail freight drivers strike",
        author="Continental Press Agency",
        published="2026-03-10T10:20:00Z",
        paras=[W1, W2, W3, W4, W5],
        comments=6,
    ),
    dict(
        id="vc-plant",
        site="vc",
        slug="oat-mill-to-create-180-jobs",
        title="Oat mill to create 180 jobs in Millbrook",
        author="Ruair\u00ed Desmond",
        published="2026-03-11T13:10:00Z",
        paras=[
            "A new oat mill at Millbrook Business Park is to create 180 jobs, Brightwater "
            "Foods has announced.",
            VC_PLANT2,
            B3,
            "Local councillor Nessa Dorran welcomed the news. \u201cThis is the biggest "
            "private investment in Millbrook in a generation, and the apprenticeships will "
            "mean young people do not have to leave the valley to find skilled work,\u201d "
            "she said.",
            "Recruitment will open in the autumn, and the firm will run a two-year "
            "apprenticeship programme for 30 school leavers with Millbrook Technical College.",
            "Brightwater, a family-owned company founded in 1952, employs 1,100 people at "
            "four sites.",
        ],
        comments=35,
    ),
    dict(
        id="vc-plant-followup",
        site="vc",
        slug="oat-mill-plans-on-display",
        title="Millbrook oat mill plans go on public display",
        author="Ruair\u00ed Desmond",
        published="2026-03-24T17:00:00Z",
        paras=[
            "Plans for Brightwater Foods\u2019 oat mill at Millbrook Business Park went on "
            "display at the town library on Monday, with residents queueing to see drawings "
            "of the 24-metre silos that will stand beside the ring road.",
            "Several residents raised concerns about lorry traffic on Station Road, which "
            "passes two primary schools. The company said most deliveries would come in from "
            "the motorway side and would not pass through the town.",
            VC_PLANT2,
            "A planning decision is expected in May. Brightwater said it would hold a second "
            "drop-in session at Millbrook Technical College on 2 April.",
        ],
        comments=14,
    ),
    dict(
        id="vc-cycling",
        site="vc",
        slug="valley-classic-route",
        title="Valley Classic to finish on Millbrook's main street",
        author="Aoife Brennock",
        published="2026-03-07T09:00:00Z",
        paras=[
            "The Valley Classic cycle race will finish on Millbrook\u2019s main street for the "
            "first time this year, organisers announced on Friday.",
            "The 164-kilometre race on 17 May will climb the Carrigmore pass twice before a "
            "fast descent into the town.",
            "Main Street will be closed to traffic from noon on race day, and the council is "
            "looking for 80 volunteer marshals.",
        ],
        comments=9,
    ),
    dict(
        id="vc-library",
        site="vc",
        slug="library-reopens-after-flood",
        title="Library reopens five months after flood",
        author="Aoife Brennock",
        published="2026-03-09T14:00:00Z",
        paras=[
            "Millbrook library reopened on Monday, five months after floodwater from the "
            "Owenree river ruined its ground floor and some 9,000 books.",
            "The children\u2019s section has moved upstairs, and the ground floor now has a "
            "raised tiled floor and sockets a metre above the ground.",
            "Librarian Cathal Morrow thanked the readers who had donated more than 3,000 books "
            "to restock the shelves.",
        ],
        comments=4,
    ),
    dict(
        id="vc-parking",
        site="vc",
        slug="hospital-parking-charges",
        title="Hospital parking charges to be scrapped for patients",
        author="Ruair\u00ed Desmond",
        published="2026-03-12T11:40:00Z",
        paras=[
            "Patients attending appointments at Millbrook General Hospital will no longer "
            "pay to park from April, the health board has said.",
            "The change will cost the board about 400,000 euros a year in lost income. Staff "
            "and visitors will still pay, at a reduced rate of two euros a day.",
            "Patient groups had campaigned for three years against the charges, which they "
            "called a tax on illness.",
        ],
        comments=52,
    ),
    dict(
        id="vc-market",
        site="vc",
        slug="farmers-market-moves",
        title="Farmers' market moves to the old creamery yard",
        author="Aoife Brennock",
        published="2026-03-14T08:15:00Z",
        paras=[
            "Millbrook\u2019s Saturday farmers\u2019 market will move to the yard of the old "
            "creamery from next month, giving its 30 stalls a roof for the first time.",
            "Stallholders said trade had suffered on wet days in the square, where the market "
            "has been held since 2009.",
            "The creamery owners are letting the yard rent-free for a year.",
        ],
        comments=7,
    ),
    # --- Northfield Post (Dunmarsh) ----------------------------------------------------------
    dict(
        id="np-strike",
        site="np",
        slug="strike-leaves-dunmarsh-quay-silent",
        title="Strike leaves Dunmarsh quay silent as grain piles up",
        author="Continental Press Agency",
        published="2026-03-10T12:40:00Z",
        paras=[W1, W2, W3, W4, W5, NP_LOCAL, W7],
        comments=11,
    ),
    dict(
        id="np-strike-followup",
        site="np",
        slug="dunmarsh-ships-leave-empty",
        title="Two grain ships leave Dunmarsh empty as strike ends",
        author="Lorcan Fee",
        published="2026-03-13T16:30:00Z",
        paras=[
            "Two bulk carriers left Dunmarsh on Friday without a grain cargo, hours after rail "
            "freight drivers returned to work at the end of their three-day strike.",
            "The ships\u2019 owners decided to sail for other ports rather than wait for "
            "the backlog of wagons to clear, the harbour office said.",
            NP_LOCAL,
            "On Friday Mr Hollis said the first freight train had arrived at 11am. \u201cIt "
            "will take us a week to catch up,\u201d he said.",
        ],
        comments=3,
    ),
    dict(
        id="np-football",
        site="np",
        slug="dunmarsh-rovers-cup-run",
        title="Rovers reach county cup semi-final",
        author="Jody Creagh",
        published="2026-03-07T21:30:00Z",
        paras=[
            "Dunmarsh Rovers reached the county cup semi-final for the first time since 1998 "
            "with a 2-1 win over Ballyfane on Saturday.",
            "Substitute Kyle Mernagh scored the winner four minutes from time with a header "
            "from a corner.",
            "Rovers will play either Castlegrove or the holders, Ardnee Celtic, in April.",
        ],
        comments=19,
    ),
    dict(
        id="np-bus",
        site="np",
        slug="bus-route-change",
        title="Route 14 bus to skip Harbour Road from Monday",
        author="Jody Creagh",
        published="2026-03-09T10:00:00Z",
        paras=[
            "The Route 14 bus will no longer serve Harbour Road from Monday, the regional "
            "transport company said, because of subsidence on the road near the old "
            "fish market.",
            "Buses will run along Chapel Street instead, and a temporary stop has been put "
            "in outside the credit union.",
            "The company said the diversion would last until repairs were finished, probably "
            "in June.",
        ],
        comments=6,
    ),
    dict(
        id="np-gallery",
        site="np",
        slug="gallery-shows-net-menders",
        title="Gallery show celebrates Dunmarsh's net menders",
        author="Lorcan Fee",
        published="2026-03-11T09:30:00Z",
        paras=[
            "An exhibition of photographs of the women who mended Dunmarsh\u2019s fishing "
            "nets in the 1950s and 1960s opens at the Quay Gallery on Friday.",
            "The pictures were taken by the late Nora Keaveney, whose negatives were found in "
            "a tea chest in her nephew\u2019s attic last year.",
            "The exhibition runs until the end of April. Admission is free.",
        ],
        comments=2,
    ),
    dict(
        id="np-flood",
        site="np",
        slug="flood-defence-funding",
        title="Flood defence funding approved for lower town",
        author="Jody Creagh",
        published="2026-03-12T13:00:00Z",
        paras=[
            "Funding of 3.4 million euros has been approved for flood walls and a pumping "
            "station to protect the lower town from the Dunmarsh river.",
            "About 140 homes and businesses on Mill Lane and Quay Street flooded in 2023.",
            "Work is expected to start in the autumn and take a year.",
        ],
        comments=8,
    ),
    dict(
        id="np-bakery",
        site="np",
        slug="bakery-wins-award",
        title="Quay Street bakery wins national sourdough award",
        author="Lorcan Fee",
        published="2026-03-14T12:00:00Z",
        paras=[
            "A Quay Street bakery has won the national sourdough award with a loaf made "
            "from rye grown ten kilometres away.",
            "Baker Siobhan Dunne, who opened the shop three years ago, said she had entered "
            "\u201cfor a laugh\u201d and was stunned to win.",
            "The shop now plans to open on Sundays to meet demand.",
        ],
        comments=5,
    ),
]
