"""Write corpus.jsonl: an invented corpus of news in German, French, Spanish, Italian, Dutch
and one English translation (every name, place and event is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file (the gold,
``gold.json``, is written by hand; its keys are the record ids).

1. German: an agency's story on a town utility's price rise, reprinted verbatim by two papers
   (one with its own headline and a local paragraph, one undated whose text dates it "am 3.
   März 2026"), and a third paper's free rewrite, sentence by sentence, compounds split or
   joined differently ("Strompreiserhöhung" / "Erhöhung der Strompreise").
2. French: a ministry's press release ("Communiqué de presse", contacts, "À propos du
   ministère ...") and its earlier release with the same contacts and "À propos" paragraph;
   a paper's close rewrite and another paper's free, undated rewrite dated by its text.
3. Spanish: two independent reports of one fire, and a third paper copying one paragraph of
   the first. Italian: two independent reports of one landslide.
4. Dutch: a story and its English translation by another outlet.
5. Same-topic articles in each language written independently, and unrelated ones.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus.jsonl"
records: list[dict[str, str]] = []


def add(id_: str, source: str, title: str, paras: list[str], published: str | None = None) -> None:
    rec = {"id": id_, "source": source, "title": title, "text": "\n\n".join(paras)}
    if published:
        rec["published"] = published
    records.append(rec)


# --- 1. German: agency story, two reprints, a free rewrite -----------------------------------
NPA, KT, WR, TA, SL = (
    "Nordland Presseagentur",
    "Kellbacher Tageblatt",
    "Wendauer Rundschau",
    "Talbacher Anzeiger",
    "Seeberger Landbote",
)
STROM = [
    "Die Stadtwerke Kellbach erhöhen zum 1. April die Strompreise für rund 48.000 "
    "Haushaltskunden. Wie das Unternehmen am Dienstag mitteilte, wird der Arbeitspreis in der "
    "Grundversorgung um 12 Prozent auf 38,4 Cent je Kilowattstunde steigen.",
    "Ein Durchschnittshaushalt mit einem Jahresverbrauch von 2.500 Kilowattstunden muss damit "
    "nach Angaben der Stadtwerke mit Mehrkosten von etwa 100 Euro im Jahr rechnen. Der "
    "monatliche Grundpreis bleibt unverändert bei 11,90 Euro.",
    "Als Grund für die Strompreiserhöhung nannte Geschäftsführerin Annette Vollrath gestiegene "
    "Netzentgelte und höhere Beschaffungskosten. „Wir haben die Preise zwei Jahre lang stabil "
    "gehalten, das ist jetzt nicht mehr möglich“, sagte Vollrath.",
    "Die Verbraucherzentrale im Kreis Wendau riet Kunden, ihre Verträge zu prüfen. Wer mit der "
    "Preisanpassung nicht einverstanden sei, habe ein Sonderkündigungsrecht bis zum Tag des "
    "Inkrafttretens.",
    "Die Stadtwerke Kellbach versorgen neben der Stadt auch sechs umliegende Gemeinden mit "
    "Strom, Gas und Fernwärme. Im vergangenen Jahr hatte das Unternehmen einen Gewinn von 4,2 "
    "Millionen Euro ausgewiesen.",
]
add("de-npa-strom", NPA, "Stadtwerke Kellbach erhöhen Strompreise um zwölf Prozent", STROM,
    "2026-03-03T09:15:00+01:00")  # fmt: skip
add(
    "de-kt-strom",
    KT,
    "Strom wird teurer: Was Kellbacher jetzt wissen müssen",
    [
        *STROM[:4],
        "Im Kundenzentrum am Kellbacher Marktplatz bildeten sich schon am Dienstagnachmittag "
        "Schlangen. Die Stadtwerke haben die Öffnungszeiten bis Ende März donnerstags auf 19 Uhr "
        "verlängert; Fragen beantwortet auch die Servicehotline des Unternehmens.",
        STROM[4],
    ],
    "2026-03-03T14:40:00+01:00",
)
add(
    "de-wr-strom-undated",
    WR,
    "Strompreise in Kellbach steigen",
    [STROM[0].replace("am Dienstag", "am 3. März 2026"), *STROM[1:]],
)
add(
    "de-ta-strom",
    TA,
    "Kellbacher Stadtwerke drehen an der Preisschraube",
    [
        "Kunden der Stadtwerke Kellbach müssen ab April mehr für ihren Strom bezahlen. Die "
        "Erhöhung der Strompreise beträgt zwölf Prozent, eine Kilowattstunde in der "
        "Grundversorgung kostet dann 38,4 Cent, wie der Versorger am Dienstag bekanntgab.",
        "Für einen typischen Haushalt, der 2.500 Kilowattstunden im Jahr verbraucht, bedeutet "
        "das laut den Stadtwerken rund 100 Euro Mehrkosten jährlich. Am Grundpreis von 11,90 "
        "Euro im Monat ändert sich nichts.",
        "Geschäftsführerin Annette Vollrath begründete den Schritt mit höheren Entgelten für "
        "die Stromnetze und dem teureren Einkauf von Energie. Zwei Jahre lang habe man die "
        "Preise nicht angehoben, nun gehe das nicht länger, sagte sie.",
        "Verbraucherschützer im Kreis Wendau empfehlen, den eigenen Vertrag zu überprüfen. "
        "Kunden, die die neuen Preise nicht akzeptieren wollen, können bis zum Inkrafttreten "
        "außerordentlich kündigen.",
        "Auch in Talbach beziehen rund 3.000 Haushalte ihren Strom aus Kellbach.",
    ],
    "2026-03-04T06:00:00+01:00",
)
# same topic, written independently
add(
    "de-sl-strom-ostheim",
    SL,
    "Stadtwerke Ostheim senken den Strompreis leicht",
    [
        "Gute Nachricht für die Stromkunden in Ostheim: Die dortigen Stadtwerke geben gesunkene "
        "Einkaufspreise an ihre Kunden weiter. Ab dem 1. Mai kostet die Kilowattstunde im "
        "Basistarif 33,1 statt 34,2 Cent.",
        "Betriebsleiter Kurt Demmel sagte bei der Sitzung des Aufsichtsrats, man habe früh und "
        "günstig für die kommenden beiden Jahre eingekauft. Ein Haushalt mit drei Personen "
        "spart damit rund 40 Euro im Jahr.",
        "Die Gaspreise bleiben in Ostheim vorerst stabil. Über eine Anpassung will der Versorger "
        "im Herbst entscheiden.",
    ],
    "2026-03-05T11:00:00+01:00",
)
add(
    "de-wr-tarifwechsel",
    WR,
    "Verbraucherberatung: Ein Tarifwechsel lohnt sich oft",
    [
        "Wer seit Jahren in der Grundversorgung seines örtlichen Anbieters steckt, zahlt häufig "
        "drauf. Darauf weist die Energieberaterin der Verbraucherzentrale in Wendau, Sabine "
        "Roloff, hin.",
        "Bei einer Sprechstunde im Rathaus rechnete sie vor, dass Sondertarife in der Region "
        "derzeit oft mehrere Cent unter dem Grundtarif liegen. Ein Wechsel sei online in "
        "wenigen Minuten erledigt, der alte Vertrag werde vom neuen Anbieter gekündigt.",
        "Roloff rät allerdings dazu, auf Vertragslaufzeiten und Preisgarantien zu achten. Die "
        "nächste kostenlose Beratung findet am ersten Mittwoch im April statt.",
    ],
    "2026-03-10T08:30:00+01:00",
)
add(
    "de-kt-handball",
    KT,
    "HSG Kellbach bleibt an der Tabellenspitze",
    [
        "Die Handballer der HSG Kellbach haben auch ihr zwölftes Saisonspiel gewonnen. Vor 800 "
        "Zuschauern in der Sporthalle am Ring setzte sich die Mannschaft von Trainer Jens "
        "Okonek mit 31:27 gegen den TV Brunnau durch.",
        "Bester Werfer war Linksaußen Tim Hesse mit neun Toren. Nach einer knappen "
        "Halbzeitführung zog die HSG in den letzten zehn Minuten davon.",
    ],
    "2026-03-08T20:10:00+01:00",
)

# --- 2. French: a ministry's releases and two papers' rewrites -------------------------------
MIN, CV, DM, EV = (
    "Ministère de la Transition rurale",
    "Le Courrier de Vassac",
    "La Dépêche du Morvanais",
    "L'Écho de Varanne",
)
CONTACTS = (
    "Contacts presse\nService de presse du ministère de la Transition rurale\n"
    "presse@transition-rurale.example\n01 40 00 00 00"
)
ABOUT = (
    "À propos du ministère de la Transition rurale\nLe ministère de la Transition rurale "
    "conduit la politique du gouvernement en faveur des territoires ruraux : services publics "
    "de proximité, couverture numérique, mobilité et soutien au commerce local. Il travaille "
    "avec les départements, les intercommunalités et les chambres consulaires."
)
add(
    "fr-min-commerce",
    MIN,
    "Un fonds de 15 millions d'euros pour les commerces de village",
    [
        "Communiqué de presse",
        "Paris, le 20 avril 2026",
        "Le ministre de la Transition rurale, Étienne Barsac, a annoncé ce lundi la création du "
        "Fonds pour le commerce de village, doté de 15 millions d'euros. Il aidera les "
        "boulangeries, épiceries et cafés des communes de moins de 1 000 habitants à moderniser "
        "leurs locaux ou à reprendre une activité menacée de fermeture.",
        "Chaque projet pourra recevoir jusqu'à 30 000 euros. Les dossiers seront instruits par "
        "les préfectures à partir du mois de juin.",
        "« Quand le dernier commerce ferme, c'est tout un village qui s'éteint », a souligné le "
        "ministre.",
        CONTACTS,
        ABOUT,
    ],
    "2026-04-20T11:00:00+02:00",
)
add(
    "fr-min-fibre",
    MIN,
    "« Villages connectés » : 40 millions d'euros pour la fibre dans 120 communes",
    [
        "Communiqué de presse",
        "Paris, le 12 mai 2026",
        "Le ministre de la Transition rurale, Étienne Barsac, a présenté ce mardi le programme "
        "« Villages connectés », doté de 40 millions d'euros sur trois ans. Il vise à raccorder "
        "à la fibre optique 120 communes de moins de 2 000 habitants qui restent aujourd'hui à "
        "l'écart des réseaux à très haut débit.",
        "Les communes retenues se situent principalement dans le Morvanais, la vallée de la "
        "Sarce et les plateaux du Haut-Vassac. Les premiers chantiers débuteront à l'automne "
        "2026, et l'ensemble des raccordements devra être achevé d'ici fin 2028.",
        "« Aucun village ne doit rester au bord de la route numérique. Avec ce programme, nous "
        "donnons aux habitants, aux artisans et aux écoles les mêmes chances qu'en ville », a "
        "déclaré Étienne Barsac.",
        "L'État prendra en charge 70 % du coût des travaux, le reste étant financé par les "
        "départements concernés. Les mairies pourront déposer un dossier de candidature "
        "complémentaire jusqu'au 30 septembre 2026 sur le site du ministère.",
        CONTACTS,
        ABOUT,
    ],
    "2026-05-12T10:00:00+02:00",
)
add(
    "fr-cv-fibre",
    CV,
    "Fibre : 40 millions d'euros pour 120 villages",
    [
        "Le ministre de la Transition rurale, Étienne Barsac, a présenté mardi le programme "
        "« Villages connectés », doté de 40 millions d'euros sur trois ans. Objectif : "
        "raccorder à la fibre optique 120 communes de moins de 2 000 habitants encore à l'écart "
        "des réseaux à très haut débit.",
        "Les communes retenues se trouvent principalement dans le Morvanais, la vallée de la "
        "Sarce et sur les plateaux du Haut-Vassac. Les premiers chantiers débuteront à "
        "l'automne, et tous les raccordements devront être achevés d'ici fin 2028.",
        "« Aucun village ne doit rester au bord de la route numérique », a déclaré le ministre.",
        "L'État financera 70 % des travaux, les départements concernés prenant en charge le "
        "reste. Les mairies ont jusqu'au 30 septembre pour déposer un dossier complémentaire.",
        "Dans le Haut-Vassac, une quinzaine de communes attendent la fibre depuis plus de cinq "
        "ans. La maire de Saint-Aubrac, Josiane Ferrat, s'est dite « soulagée mais prudente » "
        "en attendant la liste définitive des communes.",
    ],
    "2026-05-12T15:30:00+02:00",
)
add(
    "fr-dm-fibre-undated",
    DM,
    "Le très haut débit promis aux petites communes",
    [
        "Cent vingt petites communes rurales, toutes de moins de 2 000 habitants, vont enfin "
        "avoir accès à la fibre. Le gouvernement a dévoilé le 12 mai 2026 un plan de 40 "
        "millions d'euros étalé sur trois ans, baptisé « Villages connectés ».",
        "Le Morvanais figure parmi les territoires concernés, aux côtés de la vallée de la Sarce "
        "et du Haut-Vassac. Les travaux commenceront cet automne et doivent être terminés avant "
        "la fin de l'année 2028.",
        "Pour le ministre Étienne Barsac, il s'agit de donner aux habitants des campagnes les "
        "mêmes chances qu'aux citadins. Les départements paieront 30 % de la facture, l'État se "
        "chargeant du reste.",
        "Au conseil départemental, on se félicite de l'annonce tout en rappelant que le "
        "raccordement des fermes isolées ne figure pas dans le programme.",
    ],
)
# same topic, written independently
add(
    "fr-ev-fibre-montferrier",
    EV,
    "À Montferrier, les premières maisons raccordées à la fibre",
    [
        "Les habitants du hameau des Granges, à Montferrier, attendaient ce moment depuis "
        "longtemps. Depuis lundi, une trentaine de maisons disposent d'une connexion par fibre "
        "optique, installée par l'opérateur régional Sarcenet.",
        "Les techniciens ont dû tirer près de six kilomètres de câble le long de la route de "
        "Bellegarde. « Avant, il fallait une heure pour envoyer les devis à mes clients », "
        "raconte Paul Verdier, menuisier installé dans le hameau.",
        "Le reste de la commune sera raccordé d'ici la fin de l'année, selon la mairie.",
    ],
    "2026-05-20T09:00:00+02:00",
)
add(
    "fr-ev-zones-blanches",
    EV,
    "Zones blanches : les maires ruraux réclament des antennes",
    [
        "Réunis samedi à Varanne, une quarantaine de maires de petites communes ont dénoncé "
        "l'absence de réseau mobile dans plusieurs vallées du département.",
        "« On nous parle de fibre, mais certains de nos habitants ne peuvent même pas appeler "
        "les secours depuis leur cuisine », a lancé Marcel Tixier, maire de Lavaux-le-Haut.",
        "Les élus demandent aux opérateurs d'installer au moins six nouveaux pylônes avant "
        "l'hiver et ont adopté une motion adressée au préfet.",
    ],
    "2026-03-02T18:00:00+01:00",
)
add(
    "fr-cv-marche",
    CV,
    "Le marché de Vassac retrouve la place de l'Église",
    [
        "Après huit mois de travaux, le marché hebdomadaire de Vassac a retrouvé samedi la place "
        "de l'Église, entièrement repavée. Une soixantaine d'exposants étaient présents.",
        "Les commerçants ont salué les nouveaux emplacements, plus larges, et l'accès à "
        "l'électricité pour les camions réfrigérés. La municipalité prévoit un marché nocturne "
        "chaque premier vendredi de l'été.",
    ],
    "2026-04-25T17:00:00+02:00",
)

# --- 3. Spanish and Italian: independent reports of one event, a copied paragraph -----------
DA, VT, HM = "Diario de Albar", "La Voz de Tordera", "El Heraldo de Mirabal"
HERRAN = (
    "La empresa, fundada en 1974, da trabajo a 62 personas y es una de las mayores de la "
    "comarca. Su gerente, Julián Herrán, explicó que la nave albergaba la maquinaria y buena "
    "parte del material para los pedidos de verano."
)
add(
    "es-da-incendio",
    DA,
    "Un incendio calcina una fábrica de muebles en Villaseca del Campo",
    [
        "Un incendio declarado en la madrugada de este lunes ha destruido por completo una "
        "fábrica de muebles en el polígono industrial de Villaseca del Campo. Las llamas no "
        "causaron heridos, según informó el servicio de emergencias de la provincia.",
        "El aviso se recibió a las 4.20 horas, cuando un vecino vio salir humo de la nave de "
        "Muebles Herrán. Hasta el lugar se desplazaron cinco dotaciones de bomberos de Albar y "
        "Tordera, que tardaron más de tres horas en controlar el fuego.",
        HERRAN,
        "Los investigadores tratan de aclarar las causas del incendio, aunque los primeros "
        "indicios apuntan a un fallo eléctrico en la zona de barnizado.",
    ],
    "2026-06-08T13:00:00+02:00",
)
add(
    "es-vt-incendio",
    VT,
    "Los bomberos de Tordera ayudan a sofocar el fuego de Villaseca",
    [
        "Cinco camiones de bomberos, dos de ellos del parque de Tordera, trabajaron durante la "
        "mañana del lunes para apagar el fuego que arrasó una nave de Muebles Herrán en "
        "Villaseca del Campo. No hubo que lamentar víctimas.",
        "El jefe del parque de Tordera, Ramón Ibarra, contó a este periódico que al llegar el "
        "tejado ya se había hundido. «Nos centramos en que el fuego no pasara a las naves "
        "vecinas, y lo conseguimos», dijo.",
        "Los vecinos del barrio de San Roque, a unos 500 metros del polígono, se despertaron con "
        "olor a humo. El Ayuntamiento recomendó mantener las ventanas cerradas durante el día.",
        "La fábrica emplea a más de sesenta trabajadores. El alcalde, Pedro Salcedo, ha "
        "convocado una reunión con los dueños para estudiar posibles ayudas.",
    ],
    "2026-06-08T16:30:00+02:00",
)
add(
    "es-hm-mueble",
    HM,
    "El mueble de la comarca, en vilo tras el incendio de Villaseca",
    [
        "Los fabricantes de muebles de la comarca de Albar atraviesan un año difícil por la "
        "subida del precio de la madera y la caída de los pedidos desde Francia.",
        "El sector agrupa a unas 40 empresas y cerca de 900 trabajadores, según la asociación "
        "provincial de fabricantes, que preside Lucía Ortega.",
        HERRAN,
        "Ortega pidió a la Junta un plan de apoyo para que la firma pueda reanudar la "
        "producción cuanto antes. «Si cae Herrán, caen también una docena de talleres que "
        "trabajan para ella», advirtió.",
    ],
    "2026-06-09T10:00:00+02:00",
)
add(
    "es-da-forestal",
    DA,
    "Un incendio forestal quema 30 hectáreas cerca de Mirabal",
    [
        "Un incendio forestal ha arrasado unas 30 hectáreas de pinar y matorral en el paraje de "
        "Los Llanos, a cuatro kilómetros de Mirabal. El fuego se originó el martes por la tarde "
        "y quedó estabilizado a medianoche.",
        "Participaron en la extinción dos helicópteros y cuarenta efectivos de las brigadas "
        "forestales. Una casa de campo tuvo que ser desalojada de forma preventiva.",
        "Los agentes de medio ambiente investigan si el fuego pudo deberse a una quema agrícola.",
    ],
    "2026-07-15T09:00:00+02:00",
)
CV_IT, GL = "Corriere di Valmonte", "Gazzetta del Lago Verde"
add(
    "it-cv-frana",
    CV_IT,
    "Frana sulla provinciale 22, isolata Roccalta",
    [
        "Una frana si è staccata nella notte tra martedì e mercoledì dal versante che sovrasta "
        "la strada provinciale 22, che collega Roccalta a Valmonte. Circa ottocento metri cubi "
        "di terra e rocce hanno invaso la carreggiata, senza coinvolgere veicoli.",
        "Il sindaco di Roccalta, Giuliana Ferri, ha firmato un'ordinanza di chiusura della "
        "strada. «Per ora l'unico collegamento è la vecchia mulattiera, percorribile solo a "
        "piedi», ha detto.",
        "I tecnici della Provincia hanno effettuato un sopralluogo in mattinata. Secondo una "
        "prima stima, per liberare la strada e mettere in sicurezza il pendio serviranno "
        "almeno due settimane.",
        "Le piogge delle ultime settimane avevano già provocato piccoli smottamenti nella zona. "
        "I 340 abitanti di Roccalta potranno raggiungere Valmonte con una navetta organizzata "
        "dal Comune lungo la strada per Passo Ventosa.",
    ],
    "2026-06-10T12:00:00+02:00",
)
add(
    "it-gl-frana",
    GL,
    "Roccalta tagliata fuori dopo lo smottamento",
    [
        "È rimasto isolato per tutta la giornata di mercoledì il piccolo borgo di Roccalta, "
        "dopo che un fronte di fango e massi ha coperto la provinciale 22 poco sopra il ponte "
        "sul torrente Lesa.",
        "Nessuno è rimasto ferito. A dare l'allarme, poco dopo le cinque, è stato un autista del "
        "servizio di raccolta rifiuti che ha trovato la strada bloccata.",
        "Dalla Provincia si parla di lavori lunghi: il geologo Marco Santini, intervenuto sul "
        "posto, ritiene che il versante resti instabile e che prima della riapertura serva una "
        "rete di contenimento.",
        "Intanto il Comune ha attivato un servizio di autobus alternativo attraverso Passo "
        "Ventosa. Le scuole del paese resteranno chiuse fino a venerdì.",
    ],
    "2026-06-10T18:00:00+02:00",
)
add(
    "it-cv-sanvito",
    CV_IT,
    "Smottamento a Borgo San Vito, chiusa la strada comunale",
    [
        "Un piccolo smottamento ha interessato domenica pomeriggio la strada comunale che sale "
        "a Borgo San Vito. Alcuni alberi sono scivolati sulla carreggiata insieme a una colata "
        "di fango.",
        "Gli operai del Comune hanno lavorato fino a sera per rimuovere i detriti. La strada "
        "resterà chiusa al traffico pesante per alcuni giorni, ha spiegato l'assessore ai "
        "lavori pubblici Dario Lenzi.",
    ],
    "2026-04-05T19:00:00+02:00",
)
add(
    "it-gl-festival",
    GL,
    "Al lago torna il festival delle barche d'epoca",
    [
        "Oltre cinquanta imbarcazioni storiche hanno sfilato sabato davanti al lungolago di "
        "Porto Verde per la dodicesima edizione del raduno delle barche d'epoca.",
        "La più antica, un gozzo a vela del 1911, è stata restaurata da una famiglia di "
        "pescatori del posto. Il pubblico ha potuto salire a bordo di alcune barche nel "
        "pomeriggio.",
    ],
    "2026-06-13T20:00:00+02:00",
)

# --- 4. Dutch: a story and its English translation --------------------------------------------
PB, LH, NC = "De Polderbode", "The Lowland Herald", "Noorder Courant"
add(
    "nl-pb-dijk",
    PB,
    "Waterschap herstelt zeedijk bij Westerzijl na stormschade",
    [
        "Het waterschap Lage Venen begint volgende maand met het herstel van de zeedijk bij "
        "Westerzijl. De dijk raakte tijdens de storm van eind januari over een lengte van 400 "
        "meter beschadigd.",
        "Volgens dijkgraaf Hendrik Bosma zijn bij een inspectie scheuren in de steenbekleding "
        "en uitgespoelde plekken aan de binnenkant gevonden. „Direct gevaar is er niet, maar we "
        "willen niet wachten tot de volgende storm”, zei Bosma.",
        "De werkzaamheden kosten naar schatting 2,3 miljoen euro en duren tot half mei. Het "
        "fietspad over de dijk is in die periode afgesloten; fietsers worden omgeleid via de "
        "Molenweg.",
        "Bewoners van de Zeestraat kunnen op 18 februari in het dorpshuis terecht voor een "
        "informatieavond.",
    ],
    "2026-02-10T07:30:00+01:00",
)
add(
    "en-lh-dike",
    LH,
    "Sea dike near Westerzijl to be repaired after storm damage",
    [
        "The Lage Venen water board will start repairing the sea dike near Westerzijl next "
        "month. A 400-metre stretch of the dike was damaged in the storm at the end of January.",
        "Dike warden Hendrik Bosma said an inspection had found cracks in the stone facing and "
        'washed-out patches on the landward side. "There is no immediate danger, but we do not '
        'want to wait for the next storm," Bosma said.',
        "The work is expected to cost about 2.3 million euros and to last until mid-May. The "
        "cycle path along the dike will be closed during that time, with cyclists diverted via "
        "the Molenweg.",
        "Residents of the Zeestraat can attend an information evening at the village hall on "
        "18 February.",
    ],
    "2026-02-11T09:00:00+01:00",
)
add(
    "nl-nc-dijk-oosthaven",
    NC,
    "Dijkversterking bij Oosthaven loopt vertraging op",
    [
        "De versterking van de dijk tussen Oosthaven en het gemaal De Hoop is opnieuw "
        "uitgesteld. Het waterschap Noorderzijl meldt dat de aannemer niet genoeg klei kan "
        "aanvoeren.",
        "Het werk zou eigenlijk in april klaar zijn. Volgens een woordvoerder van het "
        "waterschap wordt het nu eind september, omdat de winning in het Reitdiepgebied stil "
        "ligt door broedende vogels.",
        "Omwonenden klagen over het zware vrachtverkeer door de dorpskern. De gemeente "
        "onderzoekt of een tijdelijke bouwweg mogelijk is.",
    ],
    "2026-03-01T12:00:00+01:00",
)
add(
    "nl-pb-school",
    PB,
    "Basisschool De Klimop viert vijftigjarig bestaan",
    [
        "Met een reünie, een tentoonstelling en een optreden van de leerlingen heeft "
        "basisschool De Klimop in Westerzijl zaterdag haar vijftigjarig bestaan gevierd.",
        "Ruim vierhonderd oud-leerlingen kwamen naar het schoolplein. De oudste bezoeker, de "
        "91-jarige Grietje Mulder, was in 1976 de eerste juf van de school.",
    ],
    "2026-05-16T18:00:00+02:00",
)

# --- 5. more unrelated and same-topic articles ------------------------------------------------
add(
    "de-sl-feuerwehr",
    SL,
    "Großübung der Feuerwehren am Seeberger Hafen",
    [
        "Rund 120 Einsatzkräfte aus fünf Ortswehren haben am Samstag am Seeberger Hafen den "
        "Ernstfall geprobt. Angenommen wurde ein Brand auf einem Ausflugsschiff mit 40 "
        "Passagieren an Bord.",
        "Kreisbrandmeister Uwe Kamps zeigte sich mit dem Ablauf zufrieden. Lediglich die "
        "Funkverbindung zwischen den Booten der Wasserwacht und der Einsatzleitung müsse "
        "verbessert werden.",
    ],
    "2026-04-18T19:00:00+02:00",
)
add(
    "fr-dm-ecole",
    DM,
    "L'école de Prénoux gardera sa classe unique",
    [
        "Les parents d'élèves de Prénoux ont obtenu gain de cause : la classe unique du village "
        "ne fermera pas à la rentrée. L'inspection académique a renoncé à sa suppression après "
        "l'inscription de quatre nouveaux enfants.",
        "« Sans école, plus aucune famille ne viendrait s'installer ici », explique Nadine "
        "Chaumet, présidente de l'association des parents.",
    ],
    "2026-06-02T12:00:00+02:00",
)
add(
    "es-vt-fiestas",
    VT,
    "Tordera celebra sus fiestas de San Juan con récord de público",
    [
        "Más de diez mil personas llenaron el sábado la plaza Mayor de Tordera para el "
        "concierto que abrió las fiestas de San Juan. La hoguera de la medianoche reunió a "
        "vecinos de toda la comarca.",
        "La concejala de Cultura, Marta Olmedo, destacó que no hubo incidentes y agradeció el "
        "trabajo de los voluntarios de Protección Civil.",
    ],
    "2026-06-21T23:00:00+02:00",
)
add(
    "it-cv-bilancio",
    CV_IT,
    "Valmonte, approvato il bilancio: più fondi per le strade",
    [
        "Il consiglio comunale di Valmonte ha approvato lunedì sera il bilancio di previsione "
        "con i voti della maggioranza. La spesa per la manutenzione delle strade sale a 1,2 "
        "milioni di euro.",
        "L'opposizione ha criticato l'aumento della tariffa dei rifiuti, che crescerà del "
        "quattro per cento per le famiglie.",
    ],
    "2026-03-24T22:00:00+01:00",
)
add(
    "nl-nc-storm-haven",
    NC,
    "Storm richt ravage aan in haven van Oosthaven",
    [
        "De zware storm van het afgelopen weekend heeft in de haven van Oosthaven drie "
        "vissersboten van hun ligplaats losgeslagen. Eén kotter sloeg lek tegen de kademuur.",
        "Havenmeester Jan Dijkstra spreekt van de zwaarste storm in tien jaar. De schade aan "
        "steigers en boten loopt volgens hem in de honderdduizenden euro's.",
    ],
    "2026-02-02T10:00:00+01:00",
)

OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
