"""Speaker naming inside one article: postposed names, appositives, roles and pronouns."""

from __future__ import annotations

from newstrace.records import Quote
from newstrace.stages.extract import extract_article
from newstrace.stages.ingest.article import make_article


def _speaker_of(text: str, needle: str) -> Quote:
    article = make_article(text)
    quotes, _, _ = extract_article(article)
    for q in quotes:
        if needle in article.text[q.content.start : q.content.end]:
            return q
    raise AssertionError(f"no quote covers {needle!r}")


def test_according_to_after_a_direct_quote() -> None:
    text = 'The fire was "the worst in living memory," according to Mayor Paula Grant.'
    q = _speaker_of(text, "worst in living memory")
    assert q.speaker == "Paula Grant"


def test_appositive_starting_with_a_role_noun() -> None:
    text = (
        "Hannah Price said the plan was late.\n\n"
        "Councillor Brian Hale, leader of Westford District Council, said it was money for "
        "families, “most of whom cannot wait another winter”."
    )
    assert _speaker_of(text, "cannot wait another winter").speaker == "Brian Hale"


def test_two_appositives_after_one_name() -> None:
    text = (
        "Gregory Mills, chair of the Riverside Tenants Association, which speaks for 900 "
        "households, said the repairs had stalled."
    )
    assert _speaker_of(text, "the repairs had stalled").speaker == "Gregory Mills"


def test_plural_possessive_role_before_an_appositive_name() -> None:
    text = "The panel's judges' chair, the novelist Sarah Quinn, said the entry had “real nerve”."
    assert _speaker_of(text, "real nerve").speaker == "Sarah Quinn"


def test_but_said_after_another_verb_keeps_the_subject() -> None:
    text = "Maria Lopez, of the Tenants Union, praised the repairs but said rents were too high."
    assert _speaker_of(text, "rents were too high").speaker == "Maria Lopez"


def test_evidence_verb_inside_speech_keeps_the_speaker() -> None:
    text = (
        "Trade Secretary Alan Hughes opened the fair.\n\n"
        "Speaking later, the Trade Secretary said the figures showed “real appetite for "
        "exports”."
    )
    q = _speaker_of(text, "real appetite for exports")
    assert q.speaker == "Alan Hughes"


def test_he_and_she_go_to_the_nearest_person_of_that_gender() -> None:
    text = (
        "Transport Secretary Alan Hughes visited the depot on Monday.\n\n"
        "The driver, June Carter, 61, has worked there since 1990. She said: “We were told "
        "nothing about the new timetable.”\n\n"
        "Kevin Ross, of the drivers' union, said talks would resume. “Nobody asked us about "
        "any of this,” he said."
    )
    assert _speaker_of(text, "told nothing about").speaker == "June Carter"
    assert _speaker_of(text, "Nobody asked us").speaker == "Kevin Ross"


def test_role_phrase_is_a_role_not_a_name() -> None:
    text = (
        "Culture Secretary Priya Nair opened the museum.\n\n"
        "The Culture Secretary said the gallery would “belong to everyone”."
    )
    q = _speaker_of(text, "belong to everyone")
    assert q.speaker == "Priya Nair"
    assert q.evidence == "role 'Culture Secretary' named in this article"


def test_relative_who_is_named_after_its_antecedent() -> None:
    text = "The plan was backed by Carol Diaz, who said the money would reach every school."
    q = _speaker_of(text, "reach every school")
    assert q.speaker == "Carol Diaz"
    assert q.evidence == "relative 'who' -> Carol Diaz"


def test_headed_block_with_a_role_then_the_name_in_apposition() -> None:
    text = (
        "The Minister of Transport, Oskar Fenwald, said:\n\n"
        "“Every rural bus route will keep its Sunday service until the end of next year.”"
    )
    q = _speaker_of(text, "Every rural bus route")
    assert q.speaker == "Oskar Fenwald"


def test_name_then_role_in_apposition_names_a_later_bare_role() -> None:
    text = (
        "Oskar Fenwald, the Minister of Transport, said the fares would stay frozen.\n\n"
        "The minister added that two new lines would open in the spring."
    )
    assert _speaker_of(text, "fares would stay frozen").speaker == "Oskar Fenwald"
    q = _speaker_of(text, "two new lines would open")
    assert q.speaker == "Oskar Fenwald"
    assert q.evidence == "role 'Minister' named in this article"


def test_role_then_name_in_apposition_names_a_later_bare_role() -> None:
    text = (
        "The Minister of Transport, Oskar Fenwald, said the fares would stay frozen.\n\n"
        "The Minister said two new lines would open in the spring."
    )
    assert _speaker_of(text, "two new lines would open").speaker == "Oskar Fenwald"


def test_bare_role_is_not_a_head_of_government() -> None:
    text = (
        "Prime Minister Wenna Tallis opened the line.\n\nThe minister said the timetable was ready."
    )
    assert _speaker_of(text, "timetable was ready").speaker != "Wenna Tallis"


def test_he_is_not_a_phrase_his_own_word_points_at() -> None:
    text = (
        "Corvin Ashdale called the budget timid, and his party says rents have risen every "
        "year. “Nobody in this town believes a word of it,” he said."
    )
    assert _speaker_of(text, "rents have risen").speaker == "his party"
    assert _speaker_of(text, "Nobody in this town").speaker == "Corvin Ashdale"


def test_an_organisation_speaker_is_not_cut_to_its_last_words() -> None:
    text = (
        "The plant will close in May. Oregon's Department of Commerce and Rural Affairs said "
        "it would pay for retraining."
    )
    q = _speaker_of(text, "pay for retraining")
    assert q.speaker == "Oregon's Department of Commerce and Rural Affairs"


def test_he_goes_to_the_subject_of_the_previous_sentence_not_its_last_name() -> None:
    text = (
        "Tom Reeve will travel to Geneva for talks dominated by the threat posed by President "
        "Victor Brandt’s invasion of the northern provinces.\n\n"
        "While there, he is expected to announce a new trade agreement with the Swiss."
    )
    assert _speaker_of(text, "a new trade agreement").speaker == "Tom Reeve"


def test_he_goes_to_a_role_named_in_the_previous_sentence() -> None:
    text = (
        "Home Secretary said:\n“We will share intelligence across borders.”\n"
        "While at the summit, the Prime Minister will also chair a meeting on migration.\n"
        "It follows his speech in Glasgow, where he warned that smuggling must be treated "
        "like terrorism."
    )
    assert _speaker_of(text, "smuggling must be treated").speaker == "Prime Minister"


def test_he_is_never_a_thing_that_spoke() -> None:
    text = (
        "The latest figures confirmed that 400 people were returned last month.\n"
        "The meeting is the latest in a series for the Prime Minister, as he seeks to "
        "rebuild ties with Europe."
    )
    assert _speaker_of(text, "rebuild ties").speaker == "Prime Minister"


def test_he_goes_to_the_subject_of_his_own_sentence_before_and() -> None:
    text = (
        "Rhys Tanner opened the session on Monday. Owen Price, the drivers' representative, "
        "came in late, and he said a walkout was likely."
    )
    assert _speaker_of(text, "a walkout was likely").speaker == "Owen Price"


def test_a_name_inside_a_leading_phrase_is_not_the_subject() -> None:
    text = (
        "In a letter to Rhys Tanner, Owen Price asked for a larger budget. He said costs had "
        "doubled since the spring."
    )
    assert _speaker_of(text, "costs had doubled").speaker == "Owen Price"


def test_he_goes_to_an_unnamed_role_of_a_nearer_sentence() -> None:
    text = (
        "Rhys Tanner opened the session on Monday. The Prime Minister arrived an hour later. "
        "He said the negotiations would be difficult."
    )
    q = _speaker_of(text, "the negotiations would be difficult")
    assert q.speaker == "Prime Minister"


def test_a_category_word_before_an_organisation_is_no_part_of_its_name() -> None:
    text = "Operator Skerrin Ferries said the service would resume on Monday."
    assert _speaker_of(text, "service would resume").speaker == "Skerrin Ferries"
    text = "Retailer Harbour Foods said sales had fallen."
    assert _speaker_of(text, "sales had fallen").speaker == "Harbour Foods"
    text = "The ferry operator Skerrin Ferries said fares would rise."
    assert _speaker_of(text, "fares would rise").speaker == "Skerrin Ferries"
    text = "The Charity Commission said the figures were shocking."
    assert _speaker_of(text, "figures were shocking").speaker == "Charity Commission"


def test_a_body_named_after_its_trade_keeps_the_category_word_as_speaker() -> None:
    text = "The Airline Pilots Association said pilots were tired."
    assert _speaker_of(text, "pilots were tired").speaker == "Airline Pilots Association"
