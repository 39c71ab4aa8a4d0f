"""Write corpus.jsonl: an invented corpus of articles that name other outlets (every outlet,
person, place and event is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).

1. A scoop (the Ashby Herald: a council's closed-session sale of a park) and rivals'
   follow-ups naming it: "as first reported by the Ashby Herald" (same day), "The Ashby
   Herald revealed on Tuesday that ..." (next day), one quoting the scoop's words, "...,
   the Ashby Herald revealed." six days on and "The Ashby Herald reported last week that ..."
   seven days on; the Herald's own poll story naming its scoop, and a rival's story of the
   poll.
2. Articles naming outlets for other reasons: "told the Ashby Herald" (an old interview), a
   letter to the Herald, a media story of the Herald's sale (its owner, editor, its own poll,
   "The Ashby Herald said on Friday that ..."), "an Ashby Herald reporter was injured".
3. The Greyfield Mercury's two stories of one bus depot (its closure, the drivers' strike
   vote), each named by another paper's sentence that should pick it.
4. Outlets named like a person ("Morrow", a news site; a councillor Ian Morrow quoted
   "..., Morrow said.") and like a place ("The Brannock", a paper of the town Brannock).
5. The same in German (Brücker Tagblatt; "Wie das Brücker Tagblatt am Dienstag berichtete",
   "..., berichtet das Brücker Tagblatt.", an interview "sagte ... dem Brücker Tagblatt")
   and French (Le Courrier de Valmont; "Comme l'a révélé Le Courrier de Valmont mardi",
   "..., selon Le Courrier de Valmont.", "a déclaré le maire au Courrier de Valmont").
6. Unrelated stories of the same outlets.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus.jsonl"

AH = "Ashby Herald"
TP = "Tollmere Post"
GM = "Greyfield Mercury"
MW = "Morrow"
BK = "The Brannock"
BT = "Brücker Tagblatt"
RB = "Rheinauer Bote"
CV = "Le Courrier de Valmont"
EL = "L'Écho du Lac"

records: list[dict[str, str]] = []


def add(id_: str, source: str, published: str, title: str, paras: list[str]) -> None:
    records.append({
        "id": id_, "source": source, "title": title, "text": "\n\n".join(paras),
        "published": published,
    })  # fmt: skip


# fmt: off
# --- 1. The scoop and its follow-ups ---------------------------------------------------------
add("ah-park", AH, "2026-09-08T06:00:00+01:00",
    "Council agreed secret deal to sell Orchard Park to housing developer", [
    "Ashby Borough Council has agreed to sell Orchard Park to the housing developer Kestrel "
    "Homes for £4.2 million, documents seen by the Ashby Herald show.",
    "The deal was agreed in a closed session without a vote of the full council, and the "
    "park's 300-year-old lime avenue would be felled to make way for 180 homes under the "
    "developer's plans.",
    "Minutes of the cabinet meeting on 14 August record that three cabinet members backed the "
    "sale and one abstained. The park was left to the town in 1921 by the mill owner Edith "
    "Carrow on condition that it remain open to the public for ever.",
    "Kestrel Homes declined to comment. A council spokesman said no final decision had been "
    "taken and that all options for the site remained under review.",
])
add("tp-park", TP, "2026-09-08T14:00:00+01:00", "Campaigners vow to fight Orchard Park sale", [
    "Campaigners in Ashby have promised to fight the proposed sale of Orchard Park to a "
    "developer, as first reported by the Ashby Herald.",
    "The borough's cabinet is understood to have approved a £4.2 million sale to Kestrel Homes "
    "at a private meeting in August.",
    "Maureen Tally, who chairs the Friends of Orchard Park, said the group would take legal "
    "advice on the terms of the 1921 bequest. \"People learned to ride bikes in that park. We "
    "will not let it go quietly,\" she said.",
    "Councillor Ian Morrow, the cabinet member for property, said the authority was reviewing "
    "its land holdings. The council has not signed any sale of the park, Morrow said.",
])
add("gm-park", GM, "2026-09-09T07:30:00+01:00", "Ashby park sale: what we know so far", [
    "The Ashby Herald revealed on Tuesday that Ashby Borough Council had agreed to sell Orchard "
    "Park to Kestrel Homes for £4.2 million.",
    "The decision was taken behind closed doors by the council's cabinet, and the full council "
    "never voted on it. Kestrel wants to build 180 homes on the site.",
    "Lawyers say the 1921 gift of the park by Edith Carrow could make any sale hard to defend "
    "in court. Greyfield's own parks have been protected by a covenant since 1987.",
])
add("gm-quote", GM, "2026-09-10T10:00:00+01:00", "Opposition demands inquiry into park deal", [
    "Opposition councillors in Ashby have called for an independent inquiry into the proposed "
    "sale of Orchard Park.",
    "The Herald's report said the deal was \"agreed in a closed session without a vote of the "
    "full council\", a claim the council has not denied.",
    "Liberal Democrat group leader Sanjay Parmar said residents deserved to see every paper the "
    "cabinet had read before the meeting. The council will debate a motion on Thursday.",
])
add("mw-park", MW, "2026-09-09T12:00:00+01:00", "Why Ashby should keep its park", [
    "Every town has a place where its people meet without paying. In Ashby that place is "
    "Orchard Park, and its council now seems ready to trade it for a one-off cheque.",
    "The council insists it has signed no sale of the park. Its own cabinet minutes tell a "
    "different story, and residents are right to be angry.",
    "A park, once built on, is gone for good. Councillors should remember who gave them the "
    "land, and why.",
])
add("ah-poll", AH, "2026-09-10T06:00:00+01:00",
    "Two in three oppose park sale, Herald poll finds", [
    "Two thirds of Ashby residents oppose selling Orchard Park for housing, a poll for the Ashby "
    "Herald has found.",
    "Of 1,012 adults questioned by Marlow Research over the weekend, 66 per cent said the park "
    "should not be sold, 21 per cent backed the sale and the rest did not know.",
    "The Ashby Herald revealed on Tuesday that the council's cabinet had agreed the £4.2 million "
    "sale to Kestrel Homes in a closed session.",
    "Opposition to the sale was highest among residents over 65, at 78 per cent.",
])
add("tp-poll", TP, "2026-09-10T15:00:00+01:00", "Most Ashby residents against park sale", [
    "A poll for the Ashby Herald has found that two in three Ashby residents are against "
    "selling Orchard Park for housing, with just one in five in favour.",
    "Older residents were the most opposed. The council said it would listen to all views "
    "before any final decision.",
])
add("gm-week", GM, "2026-09-14T08:00:00+01:00", "Park campaigners march on town hall", [
    "More than 2,000 people marched through Ashby on Sunday to protest against plans to sell "
    "Orchard Park.",
    "The council's cabinet agreed to sell the park to Kestrel Homes for £4.2 million at a "
    "closed meeting in August, the Ashby Herald revealed.",
    "Marchers carried lime saplings and banners reading \"Not for sale\". The march ended with "
    "speeches on the steps of the town hall.",
])
add("tp-week", TP, "2026-09-15T09:00:00+01:00", "Orchard Park developer pulls out", [
    "Kestrel Homes has withdrawn its offer for Orchard Park in Ashby, a week after the plan "
    "came to light.",
    "The Ashby Herald reported last week that the council's cabinet had agreed to sell the park "
    "to Kestrel for £4.2 million in a closed session.",
    "In a statement, the developer said the site no longer fitted its plans. Campaigners said "
    "they would keep up the pressure until the council ruled out any sale.",
])

# --- 2. Outlets named for other reasons ------------------------------------------------------
add("tp-library", TP, "2026-09-09T11:00:00+01:00", "Ashby libraries face cuts", [
    "Three of Ashby's five libraries could close next year under budget plans published by the "
    "council's cabinet on Wednesday.",
    "Council leader Ruth Askew, who told the Ashby Herald last spring that libraries were safe, "
    "said the council had no choice after a cut in its grant.",
    "The branches at Pelling, Ashcombe and Mill Lane would shut in April, saving £610,000.",
])
add("tp-letter", TP, "2026-09-13T09:00:00+01:00", "Former mayor attacks council over secrecy", [
    "A former mayor of Ashby has accused the council of treating residents \"like children\".",
    "In a letter to the Ashby Herald, Derek Ollins wrote that the cabinet's habit of meeting in "
    "private had grown worse every year since 2020.",
    "Mr Ollins, who served as mayor twice, said he had not renewed his party membership.",
])
add("tp-sale", TP, "2026-09-11T16:00:00+01:00", "Ashby Herald sold to Pellow Media", [
    "The Ashby Herald, which broke the Orchard Park story this week, has been sold to Pellow "
    "Media for an undisclosed sum.",
    "The Herald's owner, the Carrow family trust, said the sale would secure the paper's future. "
    "The Ashby Herald said on Friday that no jobs would be lost and its newsroom would stay in "
    "the town.",
    "The Ashby Herald's editor, Jane Pike, told staff the paper's independence was guaranteed "
    "in writing. The Herald's own poll of readers last year found that most wanted it to stay "
    "locally owned.",
    "Pellow Media owns eleven weekly titles in the region.",
])
add("gm-protest", GM, "2026-09-12T18:00:00+01:00", "Scuffles at park protest", [
    "An Ashby Herald reporter was injured when scuffles broke out at a protest outside Ashby "
    "town hall on Saturday.",
    "Police said two men were arrested. The reporter was treated in hospital for a cut to the "
    "head and later discharged.",
])

# --- 3. One outlet, two stories of one subject -----------------------------------------------
add("gm-depot1", GM, "2026-09-14T07:00:00+01:00",
    "Greyfield bus depot to close with 240 jobs at risk", [
    "Northway Buses is to close its Greyfield depot on Station Road next spring, putting 240 "
    "jobs at risk, the company told staff on Sunday.",
    "Routes run from the depot will move to the company's garage in Tollmere. The depot opened "
    "in 1958 and was rebuilt after a fire in 1996.",
    "Northway said falling passenger numbers since the pandemic had made the site too costly.",
])
add("gm-depot2", GM, "2026-09-16T17:00:00+01:00",
    "Greyfield bus drivers vote to strike over depot closure", [
    "Drivers at Northway Buses' Greyfield depot have voted by 212 to 31 to strike over the "
    "planned closure of the depot, the union Unite said on Wednesday.",
    "Walkouts could begin on 1 October and would hit routes across Greyfield and Tollmere.",
    "Northway said it was disappointed by the vote and remained open to talks.",
])
add("ah-depot", AH, "2026-09-14T18:00:00+01:00", "Bus depot closure threatens Ashby routes", [
    "Northway Buses will close its Greyfield depot next spring with 240 jobs at risk, the "
    "Greyfield Mercury reports.",
    "Two Ashby routes, the 7 and the 7A, are run from the depot, and passengers fear cuts when "
    "they move to Tollmere.",
])
add("tp-depot", TP, "2026-09-17T09:00:00+01:00", "Bus strike threat hangs over Tollmere routes", [
    "The Greyfield Mercury reported on Wednesday that drivers at the Northway depot had voted "
    "by 212 votes to 31 to walk out over its closure.",
    "Tollmere passengers could face disruption from October if the strike goes ahead.",
    "The garage in Tollmere is to take over the depot's routes next spring.",
])

# --- 4. A place-named paper ------------------------------------------------------------------
add("bk-fair", BK, "2026-09-11T08:00:00+01:00", "Goose fair cancelled for first time since 1322", [
    "Brannock's Michaelmas goose fair will not go ahead this year for the first time since "
    "1322 after organisers failed to find an insurer willing to cover it.",
    "The fair drew 40,000 visitors last year. Town crier Alan Pugh said Brannock had lost "
    "\"a piece of its soul\".",
])
add("gm-fair", GM, "2026-09-11T15:00:00+01:00", "Historic fair called off", [
    "Brannock's goose fair, held every Michaelmas since 1322, has been cancelled because no "
    "insurer would cover it, the Brannock reports.",
    "Greyfield's own autumn fair will go ahead as planned on 3 October.",
])
add("tp-fair", TP, "2026-09-12T10:00:00+01:00", "Brannock traders count cost of lost fair", [
    "Shopkeepers in Brannock say they stand to lose a week's takings after the town's goose "
    "fair was cancelled.",
    "Brannock has held the fair every autumn since the Middle Ages. Cafe owner Rita Moss said "
    "the fair week brought in more than Christmas.",
])
add("bk-bypass", BK, "2026-09-13T08:00:00+01:00", "Bypass inquiry to reopen", [
    "A public inquiry into the Brannock bypass will reopen in November after new traffic "
    "figures were found, the Planning Inspectorate said.",
    "The road would take lorries off the High Street.",
])
add("mw-schools", MW, "2026-09-12T12:00:00+01:00", "The quiet crisis in our classrooms", [
    "Teacher vacancies in the county have doubled in two years, and nobody in authority seems "
    "to have noticed.",
    "Heads say they are covering lessons themselves. Parents deserve a plan, not a shrug.",
])

# --- 5. German and French --------------------------------------------------------------------
add("bt-klinik", BT, "2026-09-08T18:00:00+02:00",
    "Kreisklinik Brück soll Geburtsstation schließen", [
    "Die Kreisklinik in Brück wird ihre Geburtsstation zum Jahresende schließen. Das geht aus "
    "einem internen Schreiben der Geschäftsführung hervor, das dem Brücker Tagblatt vorliegt.",
    "Demnach fehlen der Klinik seit Monaten Hebammen und Fachärzte; im vergangenen Jahr kamen "
    "dort 410 Kinder zur Welt.",
    "Werdende Mütter müssten künftig in das 38 Kilometer entfernte Klinikum Rheinau fahren. "
    "Die Geschäftsführung wollte sich auf Anfrage nicht äußern.",
])
add("rb-klinik", RB, "2026-09-09T09:00:00+02:00", "Geburtsstation in Brück vor dem Aus", [
    "Wie das Brücker Tagblatt am Dienstag berichtete, will die Kreisklinik Brück ihre "
    "Geburtsstation zum Jahresende schließen.",
    "Für das Klinikum Rheinau könnte das deutlich mehr Geburten bedeuten. Dort hieß es, man "
    "sei vorbereitet.",
])
add("rb-klinik2", RB, "2026-09-10T09:00:00+02:00", "Hebammen fehlen überall", [
    "Der Kreisklinik in Brück fehlen seit Monaten Hebammen und Fachärzte, berichtet das Brücker "
    "Tagblatt.",
    "Auch im Klinikum Rheinau sind vier Stellen für Hebammen unbesetzt, sagte eine Sprecherin.",
])
add("rb-buerger", RB, "2026-09-10T15:00:00+02:00", "Bürgermeister will um Klinik kämpfen", [
    "„Wir kämpfen um jede Geburt in Brück“, sagte Bürgermeister Jens Haller dem Brücker "
    "Tagblatt im Frühjahr.",
    "Am Donnerstag will der Stadtrat über eine Resolution zur Zukunft der Kreisklinik "
    "beraten. Haller kündigte an, selbst nach Berlin zu fahren.",
])
add("bt-bahn", BT, "2026-09-11T07:00:00+02:00", "Bahnstrecke nach Rheinau gesperrt", [
    "Wegen Bauarbeiten ist die Bahnstrecke zwischen Brück und Rheinau ab Montag drei Wochen "
    "gesperrt. Ersatzbusse fahren im Stundentakt.",
])
add("cv-usine", CV, "2026-09-08T19:00:00+02:00", "L'usine Berlande de Valmont va fermer", [
    "Le groupe Berlande va fermer son usine de pièces automobiles de Valmont d'ici à mars, a "
    "appris Le Courrier de Valmont.",
    "Les 320 salariés du site doivent être informés jeudi lors d'un comité social et économique "
    "extraordinaire.",
    "La production serait transférée en Roumanie, selon un document interne consulté par notre "
    "rédaction.",
])
add("el-usine", EL, "2026-09-09T08:00:00+02:00", "Berlande : la fermeture se confirme", [
    "Comme l'a révélé Le Courrier de Valmont mardi, le groupe Berlande prévoit de fermer son "
    "usine de Valmont et de supprimer ses 320 emplois d'ici au mois de mars.",
    "Les élus du lac demandent une réunion en préfecture.",
])
add("el-usine2", EL, "2026-09-10T12:00:00+02:00", "Débrayage chez Berlande", [
    "Les salariés de Berlande ont cessé le travail pendant deux heures mercredi devant l'usine "
    "de Valmont.",
    "La production de pièces automobiles serait transférée en Roumanie, selon Le Courrier de "
    "Valmont.",
])
add("el-maire", EL, "2026-09-10T18:00:00+02:00", "Le maire de Valmont interpelle l'État", [
    "« Nous ne laisserons pas partir nos emplois », a déclaré le maire de Valmont, Paul Ribaut, "
    "au Courrier de Valmont au printemps.",
    "Il sera reçu lundi au ministère de l'Industrie avec les élus du département.",
])
add("cv-marche", CV, "2026-09-12T07:00:00+02:00", "Le marché couvert rouvre", [
    "Après huit mois de travaux, le marché couvert de Valmont rouvre samedi avec vingt-deux "
    "commerçants.",
])

# --- 6. Unrelated stories ------------------------------------------------------------------
add("ah-roads", AH, "2026-09-11T06:00:00+01:00", "Ring road works to last until Easter", [
    "Resurfacing of the Ashby ring road will last until Easter, the county highways department "
    "said, with overnight closures of the northern section from Monday.",
    "Drivers are advised to use the A611 through Pelling.",
])
add("tp-school", TP, "2026-09-10T08:00:00+01:00", "New head for Tollmere Academy", [
    "Tollmere Academy has appointed Grace Eboh, deputy head of a school in Leicester, as its "
    "new headteacher from January.",
])
add("gm-weather", GM, "2026-09-13T07:00:00+01:00", "Storm brings down trees across Greyfield", [
    "Gusts of up to 70mph brought down trees across Greyfield overnight, blocking three roads "
    "and cutting power to 1,400 homes.",
])
# fmt: on

OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
print(len(records), "records")
