"""Entity rules: titles and honorifics, roles, organisations, places, short forms."""

from __future__ import annotations

from newstrace.stages.extract.entities import find_entities
from newstrace.stages.ingest.article import make_article


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(m.kind, m.name) for m in find_entities(make_article(text)).mentions()}


def test_role_with_name_and_short_forms() -> None:
    text = (
        "Prime Minister Sir Keir Starmer spoke. Sir Keir said the plan would work. "
        "The Prime Minister left."
    )
    ents = find_entities(make_article(text))
    assert {p.name for p in ents.persons} == {"Keir Starmer"}
    assert ents.role_holder("Prime Minister") == "Keir Starmer"
    assert all(p.gender == "m" for p in ents.persons)


def test_foreign_roles_do_not_hold_the_plain_role() -> None:
    text = "Mr Sunak met Spanish Prime Minister Pedro Sanchez. The Prime Minister spoke."
    ents = find_entities(make_article(text))
    assert ents.role_holder("Prime Minister") is None
    assert ("place", "Spain") in _kinds(text)


def test_lower_case_role_before_a_name() -> None:
    ents = find_entities(make_article("UK prime minister Rishi Sunak will travel."))
    assert ents.role_holder("Prime Minister") == "Rishi Sunak"


def test_surname_links_to_full_name() -> None:
    text = "Rishi Sunak arrived. Later Mr Sunak spoke and Sunak left."
    ents = find_entities(make_article(text))
    assert [p.name for p in ents.persons] == ["Rishi Sunak"] * 3


def test_organisations() -> None:
    kinds = _kinds(
        "The Home Office and the Border Security Command met the Council of Europe and the ECHR."
    )
    assert {("org", "Home Office"), ("org", "Border Security Command")} <= kinds
    assert ("org", "Council of Europe") in kinds and ("org", "ECHR") in kinds


def test_places_and_aliases() -> None:
    kinds = _kinds(
        "Britain has deals with Türkiye and Albania. British officials flew to Budapest."
    )
    assert ("place", "United Kingdom") in kinds
    assert ("place", "Turkey") in kinds
    assert ("place", "Albania") in kinds and ("place", "Budapest") in kinds


def test_sentence_initial_words_are_not_names() -> None:
    kinds = _kinds("However, the talks ended. Meanwhile nothing happened.")
    assert not [k for k in kinds if k[0] == "person"]


def test_portfolio_and_role_head_make_a_role() -> None:
    ents = find_entities(make_article("Fisheries Minister Colin Shaw met the fleet."))
    assert ents.role_holder("Fisheries Minister") == "Colin Shaw"
    assert {p.name for p in ents.persons} == {"Colin Shaw"}


def test_role_in_apposition_after_a_name() -> None:
    ents = find_entities(make_article("Dr Amina Bello, the college's director, spoke."))
    assert ents.role_holder("Director") == "Amina Bello"
    ents = find_entities(make_article("Hugh Dunn, leader of Norbury Council, spoke."))
    assert ents.role_holder("Leader") is None  # qualified by "of": someone else's leader
    assert [r.holder for r in ents.roles if r.role == "Leader"] == ["Hugh Dunn"]


def test_month_that_is_a_given_name() -> None:
    ents = find_entities(make_article("The tenant, April Stone, 70, has lived there since 1980."))
    assert [(p.name, p.gender) for p in ents.persons] == [("April Stone", "f")]
    ents = find_entities(make_article("In April Parliament voted again."))
    assert ents.persons == ()


def test_councillor_is_a_title() -> None:
    ents = find_entities(make_article("Councillor Tom Reid spoke."))
    assert [(p.name, p.gender) for p in ents.persons] == [("Tom Reid", "m")]


def test_role_with_its_portfolio_after_of() -> None:
    ents = find_entities(make_article("The Minister of Transport, Oskar Fenwald, spoke first."))
    assert ents.role_holder("Minister of Transport") == "Oskar Fenwald"
    assert ents.role_holder("Minister") == "Oskar Fenwald"  # the one minister named
    ents = find_entities(make_article("Oskar Fenwald, the Minister of Transport, spoke."))
    assert ents.role_holder("Minister of Transport") == "Oskar Fenwald"
    # a long capitalised run after "of" may hold the name: the bare head is kept
    ents = find_entities(make_article("Minister of Transport Oskar Fenwald spoke."))
    assert ents.role_holder("Minister of Transport Oskar") is None


def test_bare_role_with_two_holders_is_not_named() -> None:
    text = (
        "Finance Minister Ivo Marrandt met the unions on Monday with the Minister of Transport, "
        "Ann Colby, and the talks ran late. The Minister left early."
    )
    ents = find_entities(make_article(text))
    assert ents.role_holder("Minister of Transport") == "Ann Colby"
    assert ents.role_holder("Finance Minister") == "Ivo Marrandt"
    assert ents.role_holder("Minister") is None


def test_a_line_ending_with_a_colon_is_not_a_headline() -> None:
    ents = find_entities(make_article("The Minister of Transport, Oskar Fenwald, said:\n\nNo."))
    assert [p.name for p in ents.persons] == ["Oskar Fenwald"]


def test_an_organisation_of_two_portfolios_keeps_its_whole_name() -> None:
    text = (
        "Oregon's Department of Fish and Wildlife said the river was closed. "
        "The Ministry of Defence and Peter Lamb declined to comment."
    )
    kinds = _kinds(text)
    assert ("org", "Department of Fish and Wildlife") in kinds
    assert ("org", "Ministry of Defence") in kinds
    assert ("person", "Peter Lamb") in kinds
    assert not any(kind == "person" and "Wildlife" in name for kind, name in kinds)


def test_company_and_place_words_are_no_person() -> None:
    text = (
        "Ferry services to Tarrow Island were halted. Orvik Blade Works will move production "
        "to Cedar Ridge, Texas, and Lakehead Freight will carry the parts."
    )
    kinds = _kinds(text)
    assert {("place", "Tarrow Island"), ("place", "Cedar Ridge")} <= kinds
    assert {("org", "Orvik Blade Works"), ("org", "Lakehead Freight")} <= kinds
    assert not any(kind == "person" for kind, _ in kinds)
    assert ("person", "Tom Ridge") in _kinds("Tom Ridge and Eleanor Marsh spoke.")


def test_an_mp_is_a_role_and_a_bracketed_credit_is_not() -> None:
    text = (
        "HARWICK, Ore. (HW) — The mill will close. Harwick's MP, Joan Petrie, said she would "
        "ask for help. CEO Karin Lund said the decision was painful."
    )
    ents = find_entities(make_article(text))
    assert ents.role_holder("MP") == "Joan Petrie"
    assert ents.role_holder("CEO") == "Karin Lund"
    assert {p.name for p in ents.persons} == {"Joan Petrie", "Karin Lund"}
    assert not any(m.kind == "org" and m.name in {"MP", "CEO"} for m in ents.mentions())
    bracketed = "(MP) — Orvik Blade Works will close."
    assert ("org", "MP") in _kinds(bracketed)


def test_two_bodies_joined_by_and_stay_two_organisations() -> None:
    text = (
        "The Ministry of Transport and Harbour Office declined to comment. The Bureau of "
        "Statistics and ONS disagreed. The Bank of Ireland and Treasury officials met. The "
        "College of Arms and Lyndale University signed the deal."
    )
    kinds = _kinds(text)
    assert {("org", "Ministry of Transport"), ("org", "Harbour Office")} <= kinds
    assert {("org", "Bureau of Statistics"), ("org", "ONS")} <= kinds
    assert ("org", "Bank of Ireland") in kinds
    assert {("org", "College of Arms"), ("org", "Lyndale University")} <= kinds
    assert not any(" and " in name for _, name in kinds)
    assert ("org", "Department of Health and Human Services") in _kinds(
        "The Department of Health and Human Services declined to comment."
    )


def test_an_organisation_of_two_places_joined_by_and_keeps_its_whole_name() -> None:
    text = "The Port Authority of New York and New Jersey said the tunnel would close."
    assert ("org", "Port Authority of New York and New Jersey") in _kinds(text)
    kinds = _kinds("The Bank of England and North Sea Trust agreed.")
    assert {("org", "Bank of England"), ("org", "North Sea Trust")} <= kinds


def test_an_organisation_of_a_place_and_a_compass_name_stay_apart() -> None:
    kinds = _kinds("The Bank of England and Northern Rock held talks on Monday.")
    assert ("org", "Bank of England") in kinds
    assert not any(" and " in name for _, name in kinds)
    kinds = _kinds("The Bank of England and North Sea oil firms were blamed.")
    assert ("org", "Bank of England") in kinds
    assert not any(" and " in name for _, name in kinds)


def test_a_possessive_before_a_lone_organisation_word_is_part_of_the_name() -> None:
    text = (
        "Westcombe's St Aldhelm's Hospital will reopen the ward. The Fishermen's Society "
        "said so, and Brannock's Register agreed. Staff at Pellow's Corporation were told on "
        "Monday. Britain's Parliament voted."
    )
    kinds = _kinds(text)
    assert not any(kind == "person" for kind, _ in kinds), kinds
    assert {("org", "Fishermen's Society"), ("org", "Brannock's Register")} <= kinds
    assert ("org", "Pellow's Corporation") in kinds
    assert not any(name in {"Society", "Register", "Corporation"} for _, name in kinds)
    assert ("org", "Parliament") in kinds
    owned = _kinds(
        "Dana Harlow spoke to reporters on the steps of the hall for an hour. Harlow's Party "
        "split over the plan, and Mrs Pardoe's Cabinet met in the evening. President Okoro's "
        "Government fell after the vote."
    )
    assert {("org", "Party"), ("org", "Cabinet"), ("org", "Government")} <= owned
    assert {("person", "Dana Harlow"), ("person", "Pardoe")} <= owned


def test_place_and_trade_words_leave_people_and_plain_words_alone() -> None:
    text = (
        "Wen Harbour and Rudi Springs were elected on Thursday. Ostin Creek, a fisherman, said "
        "catches had fallen. Detective Inspector Gary Island led the inquiry into the fire."
    )
    kinds = _kinds(text)
    people = {("person", "Wen Harbour"), ("person", "Rudi Springs"), ("person", "Ostin Creek")}
    assert people | {("person", "Gary Island")} <= kinds
    assert not any(kind == "place" for kind, _ in kinds), kinds
    assert ("person", "Margaret Freight") in _kinds("Margaret Freight said the depot would shut.")
    plain = "Freight costs rose. Transit times fell. Systems failed. Works began in June."
    assert _kinds(plain) == set()
    assert ("place", "Skerrin Island") in _kinds("The ferry to Skerrin Island was halted.")


def test_a_category_word_before_an_organisation_is_no_part_of_it_nor_a_person() -> None:
    text = "Retailer Harbour Foods said sales had fallen. Harbour Foods will cut 40 jobs."
    assert _kinds(text) == {("org", "Harbour Foods")}
    ents = find_entities(make_article("Operator Skerrin Ferries said fares would rise."))
    assert not ents.persons
    (m,) = ents.mentions()
    assert (m.kind, m.name, m.span.start) == ("org", "Skerrin Ferries", len("Operator "))
    assert _kinds("The Charity Commission said it would look.") == {("org", "Charity Commission")}
    assert ("person", "John Hale") in _kinds("Producer John Hale said the film would open.")


def test_a_body_named_after_its_trade_keeps_the_category_word() -> None:
    text = "The Airline Pilots Association said pilots were tired."
    assert _kinds(text) == {("org", "Airline Pilots Association")}
    text = "Newspaper Licensing Agency chief David Pugh said fees would rise."
    assert ("org", "Newspaper Licensing Agency") in _kinds(text)
    kinds = _kinds("Broadcaster Piers Morgan said he was sorry.")
    assert ("org", "Piers Morgan") not in kinds


def test_a_category_word_in_a_capitalised_headline_makes_no_organisation() -> None:
    text = "Newspaper Says Clinton Needs To Quit Political Calculations, Show Compassion."
    assert not any(kind == "org" and "Says" in name for kind, name in _kinds(text))
    text = "WATCHDOG MEMO\n\nThe compromise of the computers had been reported."
    assert ("org", "MEMO") not in _kinds(text)
