"""Write corpus.jsonl: an invented corpus of company results and financial news (every
company, executive, analyst, law firm, outlet and figure is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).

1. Corvane Systems' third-quarter results release (headline figures, the chief executive's
   quote, the outlook, a figures table as text lines, a "Forward-looking statements"
   safe-harbour paragraph, a non-GAAP note, an "About Corvane Systems" block and contacts),
   and its corrected re-issue hours later with the free-cash-flow figure changed; an investor
   site posting the corrected text.
2. An agency's results flash and its fuller story; a paper printing the story whole, a paper
   printing it with the revenue figure mistyped, a site printing its first paragraphs; a
   trade site rewriting the release in its own words; an analyst's comment piece the next
   day quoting two figures (one as corrected) and the chief executive's quote.
3. Two other companies' results releases the same day in the same template language, with
   the same law firm's safe-harbour paragraph and non-GAAP note, and their coverage (the
   agency's story on one in its own results template, a paper printing it, trade sites).
4. A mining strike and a bank's dividend cut, each a story of its own; the next day's
   market report giving many companies' moves in one sentence each.
5. A story a month later with one background sentence on the results.
6. Unrelated financial and business news of the same outlets.
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


CV = "Corvane Systems"
BW = "Brightwater Logistics"
TM = "Tessaly Medical"
CPA = "Continental Press Agency"
HH = "Harbourside Herald"
MP = "Midland Post"
MW = "MoneyWatch Online"
ISR = "Industrial Software Review"
ML = "Market Ledger"
ID = "InvestorDesk"
FLT = "Freight & Logistics Today"
MD = "Medtech Dispatch"

DAY = "2026-10-28"


# --- the law firm's boilerplate, refilled with each company's name ---------------------------
def safe_harbour(name: str) -> list[str]:
    return [
        "Forward-looking statements",
        f"This press release contains forward-looking statements within the meaning of Section "
        f"27A of the Securities Act of 1933 and Section 21E of the Securities Exchange Act of "
        f"1934, including statements regarding {name}'s financial outlook for fiscal 2026, its "
        f'expected growth and its plans. Words such as "anticipate," "believe," "expect," '
        f'"intend," "may," "plan," "will" and similar expressions identify '
        f"forward-looking statements. These statements are based on current expectations and are "
        f"subject to risks and uncertainties that could cause actual results to differ "
        f'materially, including those described under "Risk Factors" in {name}\'s most recent '
        f"Annual Report on Form 10-K and subsequent filings with the Securities and Exchange "
        f"Commission. {name} undertakes no obligation to update any forward-looking statement, "
        f"except as required by law.",
        "Non-GAAP financial measures",
        f"This press release refers to adjusted EBITDA and free cash flow, which are not "
        f"measures of financial performance under generally accepted accounting principles. "
        f"{name} believes these measures help investors compare its results from period to "
        f"period. Reconciliations to the most directly comparable GAAP measures are included in "
        f"the tables accompanying this release.",
    ]


# --- 1. Corvane Systems -------------------------------------------------------------------------
CV_QUOTE = (
    '"Our customers are moving more of their plants onto the Corvane platform, and that shows in '
    'a third straight quarter of double-digit subscription growth," said Teodor Lindqvist, Chief '
    'Executive Officer of Corvane Systems. "We are investing in the next release of our '
    "analytics suite while widening our margins, and we remain confident in the targets we set "
    'out in February."'
)
CV_ABOUT = [
    "About Corvane Systems",
    "Corvane Systems (NASDAQ: CRVN) makes software that plans, monitors and maintains "
    "production lines for more than 2,300 manufacturers in 40 countries. Founded in 2004 and "
    "based in Columbus, Ohio, the company employs about 3,900 people.",
    "Investor contact: Anika Bramwell, Vice President, Investor Relations, "
    "ir@corvane.invalid, +1 614 555 0142\nMedia contact: Joel Sandoval, press@corvane.invalid, "
    "+1 614 555 0187",
]


def corvane(fcf: str, corrected: bool) -> list[str]:
    head = []
    if corrected:
        head = [
            "CORRECTION: In a release issued earlier today by Corvane Systems, free cash flow for "
            "the third quarter was misstated. The corrected release follows."
        ]
    return head + [
        "COLUMBUS, Ohio, October 28, 2026 -- Corvane Systems, Inc. (NASDAQ: CRVN) today "
        "reported financial results for its third quarter ended September 30, 2026.",
        "Third quarter highlights",
        "Revenue rose 12% to $412.6 million, compared with $368.4 million in the third quarter "
        "of 2025.\nSubscription revenue rose 19% to $287.3 million and made up 70% of total "
        "revenue.\nAdjusted EBITDA was $96.8 million, or 23.5% of revenue, compared with $79.1 "
        "million a year earlier.\nNet income was $38.2 million, or $0.71 per diluted share, "
        f"compared with $29.5 million, or $0.55 per diluted share.\nFree cash flow was {fcf} "
        "million.",
        CV_QUOTE,
        "Annual recurring revenue reached $1.19 billion at the end of the quarter, and the "
        "number of customers paying more than $1 million a year rose to 212 from 176. The "
        "company signed its largest contract to date, a five-year agreement with a European "
        "maker of rail components covering 31 plants.",
        "Outlook",
        "Corvane Systems reaffirms full-year guidance: it expects fiscal 2026 revenue of $1.62 "
        "billion to $1.65 billion and adjusted EBITDA of $370 million to $380 million.",
        "Conference call",
        "The company will host a conference call at 8:30 a.m. Eastern Time today to discuss the "
        "results. A live webcast and a replay will be available at investors.corvane.invalid.",
        "Third quarter (unaudited; in millions of dollars, except per-share data)\n"
        "Q3 2026 | Q3 2025\n"
        "Revenue | 412.6 | 368.4\n"
        "Subscription revenue | 287.3 | 241.4\n"
        "Adjusted EBITDA | 96.8 | 79.1\n"
        "Net income | 38.2 | 29.5\n"
        "Diluted EPS ($) | 0.71 | 0.55\n"
        f"Free cash flow | {fcf.lstrip('$')} | 33.0",
        *safe_harbour("Corvane Systems"),
        *CV_ABOUT,
    ]


add(
    "cv-q3",
    CV,
    f"{DAY}T11:00:00+00:00",
    "Corvane Systems Reports Third Quarter 2026 Results",
    corvane("$41.2", corrected=False),
)
add(
    "cv-q3-corr",
    CV,
    f"{DAY}T14:30:00+00:00",
    "CORRECTED: Corvane Systems Reports Third Quarter 2026 Results",
    corvane("$44.2", corrected=True),
)
# an investor site posts the corrected release, without the correction line
add(
    "id-cv",
    ID,
    f"{DAY}T14:50:00+00:00",
    "Corvane Systems Reports Third Quarter 2026 Results",
    corvane("$44.2", corrected=False),
)

# --- 2. the agency and its reprints --------------------------------------------------------------
add(
    "cpa-flash",
    CPA,
    f"{DAY}T11:03:00+00:00",
    "FLASH: Corvane Q3 revenue up 12% to $412.6 mln, reaffirms full-year guidance",
    [
        "FLASH: Corvane Systems third-quarter revenue up 12% to $412.6 mln; adjusted EBITDA $96.8 "
        "mln; reaffirms full-year guidance."
    ],
)
CPA_LEAD = (
    "NEW YORK, Oct 28 (CPA) - Corvane Systems Inc reported a 12% rise in third-quarter revenue "
    "on Wednesday, beating analysts' expectations, as factory owners kept signing up for its "
    "production software, and the company stood by its full-year forecast."
)
CPA_FIGS = (
    "Revenue rose to $412.6 million from $368.4 million a year earlier. Analysts had on average "
    "expected $404.9 million, according to data compiled by Fairlane Analytics."
)
CPA_SUBS = (
    "Sales of subscriptions, which investors watch most closely because they recur, grew 19% and "
    "now make up 70% of the Columbus, Ohio-based company's revenue."
)
CPA_QUOTE = (
    '"Our customers are moving more of their plants onto the Corvane platform, and that shows in '
    'a third straight quarter of double-digit subscription growth," Chief Executive Teodor '
    "Lindqvist said in a statement."
)
CPA_PROFIT = (
    "Net income rose to $38.2 million, or 71 cents per share, from $29.5 million, or 55 cents, a "
    "year earlier. Adjusted earnings before interest, tax, depreciation and amortisation rose 22% "
    "to $96.8 million."
)
CPA_GUIDE = (
    "The company kept its forecast for fiscal 2026 revenue of $1.62 billion to $1.65 billion. "
    "Its shares rose 6.1% in trading before the bell."
)
CPA_DEAL = (
    "Corvane also said it had signed the largest contract in its history, a five-year deal with "
    "a European rail components maker covering 31 plants."
)
CPA_SIGN = "(Reporting by Lena Farrow in New York; Editing by Piet Maas)"
CPA_CV = [CPA_LEAD, CPA_FIGS, CPA_SUBS, CPA_QUOTE, CPA_PROFIT, CPA_GUIDE, CPA_DEAL, CPA_SIGN]
CPA_TITLE = "Corvane revenue beats estimates on subscription growth, forecast kept"
add("cpa-cv", CPA, f"{DAY}T11:40:00+00:00", CPA_TITLE, CPA_CV)
add("hh-cv", HH, f"{DAY}T13:10:00+00:00", CPA_TITLE, CPA_CV)
# the paper's typo: $421.6 million for $412.6 million
add(
    "mp-cv",
    MP,
    "2026-10-29T05:00:00+00:00",
    CPA_TITLE,
    [CPA_LEAD, CPA_FIGS.replace("$412.6", "$421.6"), *CPA_CV[2:]],
)
add(
    "mw-cv",
    MW,
    f"{DAY}T12:15:00+00:00",
    "Corvane beats revenue estimates, keeps forecast",
    [CPA_LEAD, CPA_FIGS, CPA_SUBS, CPA_QUOTE, "(CPA)"],
)

# trade site: the release in its own words
add(
    "isr-cv",
    ISR,
    f"{DAY}T16:00:00+00:00",
    "Corvane's subscription push keeps paying off",
    [
        "Corvane Systems, the Columbus-based supplier of production-line software, posted another "
        "strong quarter on Wednesday, with subscription sales climbing 19% to $287.3 million.",
        "Total third-quarter revenue came to $412.6 million, up from $368.4 million, and the "
        "company's adjusted EBITDA margin widened to 23.5%. Customers spending more than $1 "
        "million a year now number 212, against 176 twelve months ago.",
        "The headline win of the quarter was a five-year contract with an unnamed European rail "
        "parts manufacturer, which will run Corvane's planning and maintenance tools in 31 "
        "factories, the biggest single deal the company has signed.",
        "Chief executive Teodor Lindqvist told investors the company was spending on the next "
        "version of its analytics suite. Corvane left its full-year outlook unchanged, at "
        "$1.62 billion to $1.65 billion in revenue.",
        "Rivals Okaru and Plantwise report their own quarterly numbers next week.",
    ],
)

# analyst's comment the next day: two figures (free cash flow as corrected) and the quote
add(
    "ml-cv",
    ML,
    "2026-10-29T09:00:00+00:00",
    "Comment: Corvane's margins are finally catching up with its growth",
    [
        "By Rhea Castellanos, software analyst at Dunmore Securities",
        "For three years the question about Corvane Systems has been whether the move to "
        "subscriptions would ever pay for itself. Wednesday's numbers suggest it is starting "
        "to.",
        "Two figures stand out. Subscription revenue of $287.3 million is growing almost twice as "
        "fast as the business as a whole, and free cash flow of $44.2 million, once the company "
        "corrected its first release, is the best third quarter it has had.",
        'Chief executive Teodor Lindqvist said "our customers are moving more of their plants '
        "onto the Corvane platform, and that shows in a third straight quarter of double-digit "
        'subscription growth." That is true, but it leaves out how much of the growth comes from '
        "price rises on existing contracts, which the company does not disclose.",
        "We keep our buy rating and raise our price target to $96 from $88. The risk is that a "
        "slowdown in factory spending next year hits new contracts before it hits renewals.",
        "Rhea Castellanos may hold shares in the companies she covers.",
    ],
)

# a preview the day before, from the same paper as the reprint
add(
    "hh-preview",
    HH,
    "2026-10-27T17:00:00+00:00",
    "What to watch as Corvane reports",
    [
        "Corvane Systems reports its third-quarter results before the market opens on "
        "Wednesday, and investors will be looking first at subscription sales.",
        "Analysts polled by Fairlane Analytics expect revenue of about $405 million. The shares "
        "have gained 31% this year, ahead of most industrial software stocks.",
    ],
)


# --- 3. two other companies, the same template, the same law firm ------------------------------
add(
    "bw-q3",
    BW,
    f"{DAY}T11:05:00+00:00",
    "Brightwater Logistics Reports Third Quarter 2026 Results",
    [
        "ATLANTA, October 28, 2026 -- Brightwater Logistics, Inc. (NYSE: BWL) today reported "
        "financial results for its third quarter ended September 30, 2026.",
        "Third quarter highlights",
        "Revenue rose 9% to $286.4 million, compared with $262.8 million in the third quarter "
        "of 2025.\nContract logistics revenue rose 14% to $171.0 million.\nAdjusted EBITDA was "
        "$41.7 million, or 14.6% of revenue, compared with $36.2 million a year earlier.\nNet "
        "income was $12.9 million, or $0.34 per diluted share, compared with $10.1 million, or "
        "$0.27 per diluted share.\nFree cash flow was $18.5 million.",
        '"Retailers handed us more of their seasonal volume this year, and our new Savannah '
        'distribution centre opened on time and under budget," said Rosalind Tarrant, Chief '
        'Executive Officer of Brightwater Logistics. "Fuel and labour costs are still a '
        'headwind, but we are comfortable with the year we laid out in February."',
        "Outlook",
        "Brightwater Logistics reaffirms full-year guidance: it expects fiscal 2026 revenue of "
        "$1.10 billion to $1.13 billion and adjusted EBITDA of $158 million to $165 million.",
        "Conference call",
        "The company will host a conference call at 10:00 a.m. Eastern Time today to discuss the "
        "results. A live webcast and a replay will be available at "
        "investors.brightwater.invalid.",
        "Third quarter (unaudited; in millions of dollars, except per-share data)\n"
        "Q3 2026 | Q3 2025\n"
        "Revenue | 286.4 | 262.8\n"
        "Contract logistics revenue | 171.0 | 150.0\n"
        "Adjusted EBITDA | 41.7 | 36.2\n"
        "Net income | 12.9 | 10.1\n"
        "Diluted EPS ($) | 0.34 | 0.27\n"
        "Free cash flow | 18.5 | 15.2",
        *safe_harbour("Brightwater Logistics"),
        "About Brightwater Logistics",
        "Brightwater Logistics (NYSE: BWL) runs warehouses, cross-docks and regional trucking "
        "for retailers and consumer brands from 64 sites in the south-eastern United States. "
        "It is based in Atlanta, Georgia, and employs about 7,200 people.",
        "Investor contact: Deepa Raman, ir@brightwater.invalid, +1 404 555 0113\nMedia contact: "
        "Colm Fitzgerald, media@brightwater.invalid, +1 404 555 0178",
    ],
)
add(
    "tm-q3",
    TM,
    f"{DAY}T12:00:00+00:00",
    "Tessaly Medical Reports Third Quarter 2026 Results",
    [
        "MINNEAPOLIS, October 28, 2026 -- Tessaly Medical, Inc. (NASDAQ: TSLM) today reported "
        "financial results for its third quarter ended September 30, 2026.",
        "Third quarter highlights",
        "Revenue rose 15% to $158.9 million, compared with $138.2 million in the third quarter "
        "of 2025.\nRevenue from the Veyra infusion pump family rose 27% to $64.3 million.\n"
        "Adjusted EBITDA was $27.4 million, or 17.2% of revenue, compared with $21.9 million a "
        "year earlier.\nNet income was $9.6 million, or $0.22 per diluted share, compared with "
        "$6.8 million, or $0.16 per diluted share.\nFree cash flow was $11.3 million.",
        '"Hospitals are replacing older pumps faster than we planned for, and the Veyra 3 '
        'launch in Europe has gone better than any launch in our history," said Marcus '
        'Oyelaran, Chief Executive Officer of Tessaly Medical. "We are adding a second shift '
        'at our Rochester plant to keep up with orders."',
        "Outlook",
        "Tessaly Medical reaffirms full-year guidance: it expects fiscal 2026 revenue of $615 "
        "million to $630 million and adjusted EBITDA of $104 million to $110 million.",
        "Conference call",
        "The company will host a conference call at 4:30 p.m. Eastern Time today to discuss the "
        "results. A live webcast and a replay will be available at investors.tessaly.invalid.",
        "Third quarter (unaudited; in millions of dollars, except per-share data)\n"
        "Q3 2026 | Q3 2025\n"
        "Revenue | 158.9 | 138.2\n"
        "Veyra pump revenue | 64.3 | 50.6\n"
        "Adjusted EBITDA | 27.4 | 21.9\n"
        "Net income | 9.6 | 6.8\n"
        "Diluted EPS ($) | 0.22 | 0.16\n"
        "Free cash flow | 11.3 | 8.9",
        *safe_harbour("Tessaly Medical"),
        "About Tessaly Medical",
        "Tessaly Medical (NASDAQ: TSLM) designs and makes infusion pumps and the software that "
        "manages them for hospitals in 28 countries. It is based in Minneapolis, Minnesota.",
        "Investor contact: Grant Holloway, ir@tessaly.invalid, +1 612 555 0190",
    ],
)

# the agency's story on Brightwater, in its own results template, and a paper printing it
CPA_BW = [
    "NEW YORK, Oct 28 (CPA) - Brightwater Logistics Inc reported a 9% rise in third-quarter "
    "revenue on Wednesday, in line with analysts' expectations, as retailers moved more of "
    "their holiday stock through its warehouses, and the company stood by its full-year "
    "forecast.",
    "Revenue rose to $286.4 million from $262.8 million a year earlier. Analysts had on average "
    "expected $285.7 million, according to data compiled by Fairlane Analytics.",
    '"Retailers handed us more of their seasonal volume this year," Chief Executive Rosalind '
    "Tarrant said in a statement, adding that fuel and labour costs remained a headwind.",
    "Net income rose to $12.9 million, or 34 cents per share, from $10.1 million, or 27 cents, a "
    "year earlier.",
    "The company kept its forecast for fiscal 2026 revenue of $1.10 billion to $1.13 billion. "
    "Its shares slipped 2.4% in early trading.",
    "(Reporting by Omar Haddad in New York; Editing by Piet Maas)",
]
BW_TITLE = "Brightwater revenue rises 9% as retailers ship holiday stock"
add("cpa-bw", CPA, f"{DAY}T11:55:00+00:00", BW_TITLE, CPA_BW)
add("hh-bw", HH, f"{DAY}T14:00:00+00:00", BW_TITLE, CPA_BW)
add(
    "flt-bw",
    FLT,
    f"{DAY}T15:30:00+00:00",
    "Brightwater's Savannah site pays off in peak season",
    [
        "Brightwater Logistics says its new Savannah distribution centre, which opened in July, "
        "helped it take on more seasonal volume from retail customers in the third quarter.",
        "Contract logistics revenue climbed 14% to $171.0 million, while group revenue reached "
        "$286.4 million. Chief executive Rosalind Tarrant warned that fuel and labour costs are "
        "still weighing on margins, which stood at 14.6% on an adjusted EBITDA basis.",
        "The Atlanta-based operator, which runs 64 sites across the south-east, kept its "
        "full-year revenue target of $1.10 billion to $1.13 billion.",
    ],
)
add(
    "md-tm",
    MD,
    f"{DAY}T21:00:00+00:00",
    "Tessaly adds a shift as Veyra 3 orders pile up",
    [
        "Tessaly Medical is adding a second shift at its Rochester, Minnesota, plant after "
        "hospitals ordered its infusion pumps faster than it had planned for.",
        "Sales of the Veyra pump family rose 27% to $64.3 million in the third quarter, helped by "
        "the European launch of the Veyra 3, and total revenue grew 15% to $158.9 million.",
        '"The Veyra 3 launch in Europe has gone better than any launch in our history," chief '
        "executive Marcus Oyelaran told analysts on the company's evening call.",
        "The company held its full-year forecast of $615 million to $630 million in revenue.",
    ],
)

# the agency's story on Tessaly (its results template again) and a site printing its start
CPA_TM = [
    "NEW YORK, Oct 28 (CPA) - Tessaly Medical Inc reported a 15% rise in third-quarter revenue "
    "on Wednesday, beating analysts' expectations, as hospitals replaced older infusion pumps, "
    "and the company stood by its full-year forecast.",
    "Revenue rose to $158.9 million from $138.2 million a year earlier. Analysts had on average "
    "expected $151.2 million, according to data compiled by Fairlane Analytics.",
    "Net income rose to $9.6 million, or 22 cents per share, from $6.8 million, or 16 cents, a "
    "year earlier.",
    "The company kept its forecast for fiscal 2026 revenue of $615 million to $630 million. Its "
    "shares rose 4.0% in extended trading.",
    "(Reporting by Omar Haddad in New York; Editing by Piet Maas)",
]
TM_TITLE = "Tessaly revenue beats estimates as hospitals replace pumps"
add("cpa-tm", CPA, f"{DAY}T20:40:00+00:00", TM_TITLE, CPA_TM)
add("mw-tm", MW, f"{DAY}T21:10:00+00:00", TM_TITLE, [*CPA_TM[:2], "(CPA)"])
# the investor site posts Brightwater's release too
add(
    "id-bw",
    ID,
    f"{DAY}T11:30:00+00:00",
    "Brightwater Logistics Reports Third Quarter 2026 Results",
    [p for p in next(r for r in records if r["id"] == "bw-q3")["text"].split("\n\n")],
)

# --- 4. other stories of the day, and the next day's market report -----------------------------
add(
    "cpa-quorra",
    CPA,
    f"{DAY}T09:20:00+00:00",
    "Strike halts output at Quorra Mining's Tallis copper mine",
    [
        "SANTIAGO, Oct 28 (CPA) - Workers at Quorra Mining's Tallis copper mine in northern Chile "
        "walked out on Wednesday after wage talks broke down, halting production at a pit that "
        "supplies about 4% of the world's mined copper.",
        "The union said 2,600 of the mine's 3,100 workers had joined the strike and that it "
        "would last until the company improved its offer of a 3.5% pay rise.",
        "Quorra, which is listed in Toronto and New York, said it was operating the mine's "
        "concentrator with supervisory staff and had enough stockpiled ore for about ten days.",
        "(Reporting by Ines Morales; Editing by Piet Maas)",
    ],
)
add(
    "mp-fenwick",
    MP,
    f"{DAY}T18:00:00+00:00",
    "Fenwick Bancorp cuts dividend as loan losses mount",
    [
        "Fenwick Bancorp halved its quarterly dividend on Wednesday and set aside $212 million "
        "for bad loans, most of them to owners of half-empty office buildings in three cities.",
        "The regional lender, which has 180 branches across the Midwest, said the cut to 18 "
        "cents a share would save about $95 million a year while it rebuilds its capital.",
        "Chief Financial Officer Wendell Amos said the bank did not expect to cut jobs.",
    ],
)
add(
    "ml-markets",
    ML,
    "2026-10-29T21:30:00+00:00",
    "Stocks end mixed; Corvane jumps, Fenwick slides",
    [
        "U.S. stocks ended mixed on Thursday as a rally in software shares offset losses among "
        "regional banks and miners.",
        "Corvane Systems jumped 8.4% after reporting a 12% rise in third-quarter revenue, beating "
        "analysts' expectations as factory owners kept signing up for its production software. "
        "Brightwater Logistics fell 3.1% even though its revenue rose 9%, in line with "
        "expectations. Tessaly Medical gained 5.2% after saying it would add a second shift at "
        "its Rochester plant to keep up with orders for its infusion pumps. Fenwick Bancorp "
        "slid 7.9% after halving its quarterly dividend and setting aside $212 million for bad "
        "loans. Quorra Mining lost 4.6% as a strike at its Tallis copper mine in Chile entered "
        "a second day.",
        "The broad market index closed up 0.1%, while the technology index gained 0.9%.",
    ],
)

# --- 5. a month later -----------------------------------------------------------------------------
add(
    "hh-acq",
    HH,
    "2026-11-26T10:00:00+00:00",
    "Corvane to buy maintenance software maker Lodestar for $640 million",
    [
        "Corvane Systems agreed on Thursday to buy Lodestar Reliability, a maker of software "
        "that predicts when factory machines will break down, for $640 million in cash, its "
        "biggest acquisition.",
        "Lodestar, based in Pittsburgh, has about 450 employees and expects revenue of $58 "
        "million this year. The deal is expected to close in the first quarter of 2027.",
        "Last month Corvane reported a 12% rise in third-quarter revenue, to $412.6 million, and "
        "reaffirmed its full-year guidance.",
        "Corvane said the purchase would be paid for from cash and a new $400 million term "
        "loan, and would add to adjusted earnings from 2028.",
    ],
)

# --- 6. unrelated business news ------------------------------------------------------------------
add(
    "cpa-rates",
    CPA,
    f"{DAY}T18:05:00+00:00",
    "Central bank holds rates, signals patience",
    [
        "WASHINGTON, Oct 28 (CPA) - The central bank held its benchmark interest rate steady on "
        "Wednesday and said it would wait for clearer signs that inflation was falling before "
        "cutting borrowing costs.",
        "Policymakers voted 10-2 to keep the rate in a range of 3.75% to 4.00%, with two members "
        "preferring a quarter-point cut.",
    ],
)
add(
    "hh-retail",
    HH,
    f"{DAY}T15:00:00+00:00",
    "Harbourside shops report a busy half-term",
    [
        "Shops in Harbourside town centre had their busiest half-term week in five years, the "
        "traders' association said, helped by dry weather and the new car park on Quay Street.",
        "Footfall was up 11% on last year, according to the association's counters.",
    ],
)
add(
    "mp-agm",
    MP,
    "2026-10-27T12:00:00+00:00",
    "Midland brewer's shareholders back new chairman",
    [
        "Shareholders of Ashcombe Brewing backed the appointment of former banker Selma Greaves "
        "as chair at the company's annual meeting in Derby on Tuesday, with 94% of votes in "
        "favour.",
        "Greaves takes over from Roger Pell, who is retiring after 12 years.",
    ],
)
add(
    "mw-savings",
    MW,
    f"{DAY}T08:00:00+00:00",
    "Best easy-access savings rates this week",
    [
        "Easy-access savings rates held steady this week, with the best accounts paying 4.3% "
        "before tax.",
        "Savers should check whether a bonus rate ends after twelve months, when many accounts "
        "fall back to below 2%.",
    ],
)
add(
    "cpa-oil",
    CPA,
    f"{DAY}T16:40:00+00:00",
    "Oil falls as stockpiles rise",
    [
        "LONDON, Oct 28 (CPA) - Oil prices fell on Wednesday after figures showed crude "
        "stockpiles rose for a third week, with the benchmark contract down 1.8% at $71.40 a "
        "barrel.",
        "Traders said refinery maintenance in the autumn had left more crude in storage than "
        "usual.",
    ],
)
add(
    "isr-okaru",
    ISR,
    "2026-10-26T14:00:00+00:00",
    "Okaru opens Detroit engineering centre",
    [
        "Okaru, the Japanese maker of factory scheduling software, has opened an engineering "
        "centre in Detroit that will employ 120 people by the end of next year.",
        "The centre will work on tools for car-parts suppliers, Okaru's fastest-growing group "
        "of customers in North America.",
    ],
)
add(
    "flt-ports",
    FLT,
    "2026-10-27T10:00:00+00:00",
    "Port of Savannah volumes hit record in September",
    [
        "The Port of Savannah handled a record 560,000 containers in September, helped by "
        "retailers bringing holiday stock in early to avoid congestion later in the year.",
        "Port officials said rail traffic out of the terminals had grown fastest.",
    ],
)


OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
print(f"{len(records)} records -> {OUT}")
