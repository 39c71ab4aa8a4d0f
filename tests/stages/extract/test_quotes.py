"""Quote rules on synthetic sentences: marks, attribution patterns, mixed and indirect."""

from __future__ import annotations

import pytest

from newstrace.stages.extract import quotes
from newstrace.stages.extract.quotes import RawQuote, find_quotes
from newstrace.text.marks import find_quoted


def _one(text: str, needle: str) -> RawQuote:
    hits = [q for q in find_quotes(text) if needle in text[q.start : q.end]]
    assert len(hits) == 1, [text[q.start : q.end] for q in find_quotes(text)]
    return hits[0]


def _speaker(text: str, q: RawQuote) -> str | None:
    return text[q.speaker[0] : q.speaker[1]] if q.speaker else None


def _cue(text: str, q: RawQuote) -> str | None:
    return text[q.cue[0] : q.cue[1]] if q.cue else None


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("He said “we will win the vote” today.", "we will win the vote"),
        ('He said "we will win the vote" today.', "we will win the vote"),
        ("He said «we will win the vote» today.", "we will win the vote"),
        ("He said ‘we will win the vote’ today.", "we will win the vote"),
        ("He said ``we will win the vote'' today.", "we will win the vote"),
        ("He said ''we will win the vote'' today.", "we will win the vote"),
    ],
)
def test_all_quote_mark_styles(text: str, inside: str) -> None:
    found = find_quoted(text)
    assert [text[q.start : q.end] for q in found] == [inside]
    assert found[0].closed


def test_apostrophes_are_not_quotes() -> None:
    text = "The parents’ group met at Britain’s border and didn’t stop."
    assert find_quoted(text) == []


def test_british_reopened_paragraphs_make_one_quote() -> None:
    text = (
        "Ms Smith said:\n\n“We will act now.\n\n“We will not stop until it is done.”\n\nLater text."
    )
    (q,) = find_quoted(text)
    assert text[q.start : q.end].startswith("We will act now.")
    assert text[q.start : q.end].endswith("until it is done.")
    assert q.paragraphs == 2 and q.closed


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "Mr Jones said: “We will act now and fast.\n\nThe council met on Monday to discuss it."
    (q,) = find_quoted(text)
    assert text[q.start : q.end] == "We will act now and fast."
    assert not q.closed


def test_hard_wrapped_quote_continues_over_line_breaks() -> None:
    text = "She said:\n“We will act now,\nand we will act fast.”\nOther things happened."
    (q,) = find_quoted(text)
    assert text[q.start : q.end] == "We will act now,\nand we will act fast."


def test_speaker_after_quote() -> None:
    text = "“We will not back down on this policy,” Mr Sunak said."
    q = _one(text, "back down")
    assert q.kind == "direct"
    assert _speaker(text, q) == "Mr Sunak" and _cue(text, q) == "said"


def test_inverted_speaker_after_quote() -> None:
    text = "“We will not back down on this policy,” said the Home Secretary."
    q = _one(text, "back down")
    assert _speaker(text, q) == "the Home Secretary" and _cue(text, q) == "said"


def test_speaker_before_quote_with_colon() -> None:
    text = "Sir Keir added: “We need to go further and faster with our partners.”"
    q = _one(text, "go further")
    assert q.kind == "direct"
    # The colon belongs to the cue, as PolNeAR annotates it ("added:").
    assert _speaker(text, q) == "Sir Keir" and _cue(text, q) == "added:"


def test_headed_block_attributes_the_following_quote() -> None:
    text = "Home Secretary said:\n\n“Our work with partners is key to dismantling the networks.”"
    q = _one(text, "Our work")
    assert _speaker(text, q) == "Home Secretary" and _cue(text, q) == "said"


def test_mixed_quote_runs_from_cue_to_sentence_end() -> None:
    text = "He said the UK would be “at the heart of efforts” but “we cannot do this alone”."
    q = _one(text, "heart of efforts")
    assert q.kind == "mixed"
    assert text[q.start : q.end].startswith("the UK would be")
    assert "we cannot do this alone" in text[q.start : q.end]
    assert _speaker(text, q) == "He"


def test_continuation_quote_inherits_speaker() -> None:
    text = (
        "“Europe is facing threats at its borders,” Mr Sunak said.\n\n"
        "“We cannot address these problems without working together as governments.”"
    )
    quotes = find_quotes(text)
    second = next(q for q in quotes if "cannot address" in text[q.start : q.end])
    assert second.inherit_from is not None
    assert (
        "Europe is facing"
        in text[quotes[second.inherit_from].start : quotes[second.inherit_from].end]
    )


def test_short_scare_quote_without_speaker_is_dropped() -> None:
    text = "The “bold” plan was dropped by the council on Monday."
    assert not [q for q in find_quotes(text) if q.kind == "direct"]


def test_indirect_with_that() -> None:
    text = "The minister warned that the new rules would cost jobs across the region."
    q = _one(text, "new rules")
    assert q.kind == "indirect"
    assert text[q.start : q.end] == "that the new rules would cost jobs across the region"
    assert _speaker(text, q) == "The minister" and _cue(text, q) == "warned"


def test_indirect_without_that() -> None:
    text = "He said the UK would return foreign nationals who broke the law."
    q = _one(text, "foreign nationals")
    assert q.kind == "indirect" and _speaker(text, q) == "He"


def test_indirect_postposed_speaker() -> None:
    text = "The campaign decided to change course at the last minute, a source said."
    q = _one(text, "change course")
    assert text[q.start : q.end].startswith("The campaign decided")
    assert _speaker(text, q) == "a source" and _cue(text, q) == "said"


def test_according_to() -> None:
    text = "According to the Home Office, only 17 people arrived by that route this year."
    q = _one(text, "only 17")
    assert _cue(text, q) == "According to"
    assert _speaker(text, q) == "the Home Office"


def test_appositive_is_part_of_the_source() -> None:
    text = "Alan Jeffers, a spokesman for the company, said on Tuesday that the article was wrong."
    q = _one(text, "article was wrong")
    assert _speaker(text, q) == "Alan Jeffers, a spokesman for the company,"
    assert text[q.start : q.end].startswith("that the article")


def test_purpose_infinitive_is_not_a_cue() -> None:
    text = "Rishi Sunak is set to use a gathering of leaders to urge co-operation on migration."
    assert all(_speaker(text, q) != "a gathering of leaders" for q in find_quotes(text))


def test_adjunct_and_colon_before_a_quote_keep_it_direct() -> None:
    text = "The mayor said in an interview on Friday: “We will rebuild the bridge this year.”"
    q = _one(text, "rebuild the bridge")
    assert q.kind == "direct"
    assert _cue(text, q) == "said in an interview on Friday:"


def test_adjunct_before_that_belongs_to_the_cue() -> None:
    text = "Ms Reyes said on local radio that the depot would close in the spring."
    q = _one(text, "depot would close")
    assert text[q.start : q.end] == "that the depot would close in the spring"
    assert _cue(text, q) == "said on local radio"


def test_two_attributions_in_one_sentence() -> None:
    text = (
        "Among older voters, 61 percent said they would vote, while 30 percent said they might not."
    )
    found = [(text[q.start : q.end], _speaker(text, q)) for q in find_quotes(text)]
    assert found == [
        ("they would vote", "61 percent"),
        ("they might not", "30 percent"),
    ]


def test_subject_then_two_verbs() -> None:
    text = "The firm praised its staff and said the plant would reopen by June."
    q = _one(text, "plant would reopen")
    assert _speaker(text, q) == "The firm"
    assert _cue(text, q) == "said"


def test_indirect_speech_beside_a_direct_quote() -> None:
    text = "“We are ready,” the coach said, adding that two players were still injured."
    q = _one(text, "two players were still injured")
    assert q.kind == "indirect"
    assert _speaker(text, q) == "the coach" and _cue(text, q) == "adding"


def test_phrasal_cue_takes_its_particle() -> None:
    text = "Senator Hale called for a full inquiry into the contracts."
    q = _one(text, "a full inquiry")
    assert _cue(text, q) == "called for"


def test_postposed_speaker_keeps_its_appositive() -> None:
    text = "The plan will fail, said Ruth Okoye, a lecturer at the business school."
    q = _one(text, "The plan will fail")
    assert _speaker(text, q) == "Ruth Okoye, a lecturer at the business school"


def test_speaker_with_appositive_between_quote_and_cue() -> None:
    text = "“We lost,” Dana Pike, the chair of the county party, said of the vote."
    q = _one(text, "We lost")
    assert _speaker(text, q) == "Dana Pike, the chair of the county party,"
    assert _cue(text, q) == "said"


def test_mr_with_a_full_stop_in_a_postposed_attribution() -> None:
    text = "That criticism was often fair, Mr. Sykes said."
    q = _one(text, "criticism was often fair")
    assert _speaker(text, q) == "Mr. Sykes"


def test_called_that_names_something_is_not_a_cue() -> None:
    text = "A new charity called Bright Steps opened a shop on the high street last week."
    assert find_quotes(text) == []


def test_refused_to_is_a_cue_but_expected_to_say_is_not() -> None:
    text = "The minister refused to publish the full report on the crash."
    q = _one(text, "publish the full report")
    assert _speaker(text, q) == "The minister" and _cue(text, q) == "refused"
    text = "The minister is expected to say that the report will be published."
    q = _one(text, "the report will be published")
    assert _cue(text, q) == "is expected to say"


def test_middle_initial_stays_in_the_speaker() -> None:
    text = "Costs will rise again, said Jock A. Finlayson, head of policy at the council."
    q = _one(text, "Costs will rise again")
    assert _speaker(text, q) == "Jock A. Finlayson, head of policy at the council"


def test_subject_of_a_participle_stops_before_its_verb() -> None:
    text = "Mr. Putin backpedaled on Friday, saying the remarks had been misread."
    q = _one(text, "the remarks had been misread")
    assert _speaker(text, q) == "Mr. Putin"


def test_cue_inside_said_content_gives_way_to_the_speaker() -> None:
    text = "The head teacher said the school had offered “every possible support” to families."
    q = _one(text, "every possible support")
    assert _speaker(text, q) == "The head teacher" and _cue(text, q) == "said"


def test_speaker_after_a_question_mark_quote() -> None:
    text = "“Why would anyone believe that?” Ms Lane said.\n\nThe hall emptied."
    q = _one(text, "Why would anyone")
    assert _speaker(text, q) == "Ms Lane"


def test_participle_after_another_cue_is_a_second_attribution() -> None:
    text = "The mayor criticised the budget, saying the cuts would close two libraries."
    found = [(text[q.start : q.end], _cue(text, q)) for q in find_quotes(text)]
    assert found == [
        ("the budget", "criticised"),
        ("the cuts would close two libraries", "saying"),
    ]


def test_according_to_before_a_direct_quote() -> None:
    text = "According to the county clerk, “Every ballot will be counted by Friday.”"
    q = _one(text, "Every ballot")
    assert q.kind == "direct"
    assert _speaker(text, q) == "the county clerk" and _cue(text, q) == "According to"


def test_in_a_poll_attributes_the_rest_of_the_sentence() -> None:
    text = "In a new Harbour Gazette poll released Monday, most residents backed the plan."
    q = _one(text, "most residents backed the plan")
    assert _cue(text, q) == "In"
    assert _speaker(text, q) == "a new Harbour Gazette poll released Monday"


def test_two_coordinated_speakers() -> None:
    text = "Ms Ortiz and Mr. Bell said the deal would be signed in March."
    q = _one(text, "the deal would be signed")
    assert _speaker(text, q) == "Ms Ortiz and Mr. Bell"


def test_long_appositive_may_open_with_any_word() -> None:
    text = "Tom Reyes, chief economist at the Port Authority, said exports had fallen."
    q = _one(text, "exports had fallen")
    assert _speaker(text, q) == "Tom Reyes, chief economist at the Port Authority,"


@pytest.mark.parametrize(
    "text",
    [
        "The senator continues to lead the field in every county so far.",
        "The new report covered the same ground in some detail.",
        "The Drudge Report ran the story on its front page all day.",
    ],
)
def test_cue_words_that_are_not_cues_here(text: str) -> None:
    assert find_quotes(text) == []


# PolNeAR-style spans (learned from PolNeAR train annotations; synthetic sentences here).


def _all(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (q.kind, text[q.start : q.end], _cue(text, q), _speaker(text, q)) for q in find_quotes(text)
    ]


def test_quote_after_a_lead_in_is_mixed_from_the_sentence_start() -> None:
    text = "The new plans “will not solve this challenge, but help,” Ms Richards said."
    (q,) = find_quotes(text)
    assert q.kind == "mixed"
    assert text[q.start : q.end] == "The new plans “will not solve this challenge, but help,”"
    assert (_cue(text, q), _speaker(text, q)) == ("said", "Ms Richards")


def test_leading_subordinate_clause_ends_its_content_at_the_comma() -> None:
    text = "After Trump announced his candidacy with a long speech, the actress wrote a blog."
    found = _all(text)
    assert ("indirect", "his candidacy with a long speech", "announced", "Trump") in found


def test_parenthetical_attribution_takes_the_whole_sentence() -> None:
    text = "The point of those sanctions, Hennessey said, is to keep secrets out of bad hands."
    assert _all(text) == [
        (
            "indirect",
            "The point of those sanctions, Hennessey said, is to keep secrets out of bad hands",
            "said",
            "Hennessey",
        )
    ]


def test_expected_and_seems_are_attributions_without_a_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "The House is expected to pass a bipartisan bill later this week."
    assert _all(text) == []  # off in the product
    monkeypatch.setattr(quotes.rules, "SOURCELESS", True)
    assert _all(text) == [("indirect", text[:-1], "is expected", None)]
    assert _all("The House appeared at the ceremony on Monday morning.") == []


def test_participle_after_a_post_attribution_has_its_speaker() -> None:
    text = "“You cannot win by proposing small changes,” Mr. Murphy said, adding that he hoped so."
    assert ("indirect", "that he hoped so", "adding", "Mr. Murphy") in _all(text)


def test_by_saying_takes_the_sentence_subject() -> None:
    text = "Trump landed himself in hot water by saying that the judge cannot be impartial."
    assert _all(text) == [
        ("indirect", "that the judge cannot be impartial", "saying", "Trump"),
    ]


def test_sentence_initial_asked_is_a_cue_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotes.rules, "ASKED", True)  # off in the product
    text = "Asked about the emails, Clinton said she regretted nothing at all."
    assert _all(text) == [
        ("indirect", "about the emails", "Asked", None),
        ("indirect", "she regretted nothing at all", "said", "Clinton"),
    ]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("He’s said the deal is dead for good.", "’s said", "He"),
        (
            "Bill Clinton disingenuously claimed the deal was fair.",
            "disingenuously claimed",
            "Bill Clinton",
        ),
        (
            "Clinton, speaking to reporters on her plane, said the race was close.",
            "said",
            "Clinton",
        ),
        (
            "Sen. Marco Rubio, R-Fla., appearing on Fox News, said Obama failed to act.",
            "said",
            "Sen. Marco Rubio, R-Fla.,",
        ),
    ],
)
def test_cue_keeps_clitics_and_adverbs_and_source_drops_asides(
    text: str, cue: str, speaker: str
) -> None:
    (q,) = find_quotes(text)
    assert (_cue(text, q), _speaker(text, q)) == (cue, speaker)


def test_postposed_speaker_appositive_to_the_sentence_end() -> None:
    text = (
        "“We will win this state by far,” said Scott Reed, senior strategist for the U.S. Chamber."
    )
    q = _one(text, "We will win")
    assert _speaker(text, q) == "Scott Reed, senior strategist for the U.S. Chamber"


def test_new_attribution_after_a_comma_is_not_postposed() -> None:
    text = "Despite her upbringing, she said she cannot make sense of the party today."
    assert _all(text) == [("indirect", "she cannot make sense of the party today", "said", "she")]


def test_only_speech_verbs_invert_after_a_quote() -> None:
    text = "Trump summed up Clinton as “terrible,” denounced her record and said she should go."
    assert all(speaker != "her record" for *_, speaker in _all(text))


def test_relative_pronoun_starts_the_content_of_an_object_gap() -> None:
    text = "The changes, which officials said will go into effect in May, will not apply to all."
    assert ("indirect", "which officials said will go into effect in May", "said", "officials") in (
        _all(text)
    )


def test_urged_keeps_its_object_in_the_content() -> None:
    text = "The statement urged Americans to avoid condemning refugees as a group."
    assert _all(text) == [
        ("indirect", "Americans to avoid condemning refugees as a group", "urged", "The statement")
    ]


def test_according_to_source_runs_to_the_sentence_end() -> None:
    text = "Most Americans prefer lower prices, according to a 2013 study by two economists."
    assert _all(text) == [
        (
            "indirect",
            "Most Americans prefer lower prices",
            "according to",
            "a 2013 study by two economists",
        )
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Attending the regional forum in Harwick, she will meet local leaders and urge "
            "faster action on river pollution.",
            "she",
        ),
        ("Visiting the depot, Mr Grant met drivers and promised that help would come.", "Mr Grant"),
        ("Manning met the press and said the plan would go ahead.", "Manning"),
    ],
)
def test_a_leading_participle_clause_is_no_speaker(text: str, speaker: str) -> None:
    (q,) = find_quotes(text)
    assert _speaker(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Speaking in Paris the minister visited the troops and said the talks would go on.",
            "the minister",
        ),
        (
            "Attending the summit in Budapest the president will meet leaders and urge them "
            "to act.",
            "the president",
        ),
        ("Speaking to reporters Johnson visited the depot and said help would come.", "Johnson"),
        ("Boeing on Tuesday cut 10 percent of its jobs and said demand had fallen.", "Boeing"),
    ],
)
def test_a_leading_participle_clause_without_a_comma_is_no_speaker(text: str, speaker: str) -> None:
    (q,) = find_quotes(text)
    assert _speaker(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Speaking in Paris Macron said the talks had been useful.", "Macron"),
        ("Speaking in Paris Emmanuel Macron said the talks had been useful.", "Emmanuel Macron"),
        ("Speaking to reporters on Tuesday Mr Johnson said help would come.", "Mr Johnson"),
        ("Speaking to Sky News Mr Johnson said help would come.", "Mr Johnson"),
        ("Speaking to reporters Johnson said help would come.", "Johnson"),
        ("Speaking at the summit Macron said the talks had been useful.", "Macron"),
        ("Speaking in Paris the minister said the talks had been useful.", "the minister"),
        ("Speaking to reporters, Mr Johnson said help would come.", "Mr Johnson"),
        ("Manning said the talks had been useful.", "Manning"),
    ],
)
def test_a_leading_participle_clause_is_no_part_of_the_speaker_before_the_verb(
    text: str, speaker: str
) -> None:
    (q,) = find_quotes(text)
    assert _speaker(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Writing in the Guardian Smith said the plan would fail.", "Smith"),
        ("Speaking at the United Nations Biden said the war must end soon.", "Biden"),
        ("Writing in the Guardian Smith met critics and said the plan would fail.", "Smith"),
    ],
)
def test_a_participle_clause_that_cannot_be_told_from_the_name_leaves_its_last_word(
    text: str, speaker: str
) -> None:
    """The quote is kept, and its speaker is the word before the verb, not the clause."""
    assert [_speaker(text, q) for q in find_quotes(text)] == [speaker]


def test_a_time_phrase_before_a_comma_ends_a_leading_clause_not_a_name() -> None:
    text = (
        "Speaking on radio show Joney’s Jukebox last week, Kiedis said his band and "
        "collaborator Brian Burton, AKA Danger Mouse, wrote a host of new songs for the album."
    )
    assert "wrote" not in [_cue(text, q) for q in find_quotes(text)]
    text = "Speaking in Paris Emmanuel Macron, the French president, said the talks were useful."
    assert [_speaker(text, q) for q in find_quotes(text)] == [
        "Emmanuel Macron, the French president,"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Engineers found a cracked cylinder head during a routine check in the harbour.",
        "The council has found ways to keep the library open on Sundays.",
        "Ms Lee has found herself in a tight race for the seat.",
        "Evelyn Cartwright, who learned to read in the building in 1951, cut the ribbon.",
        "They waited for a new transport package expected later this year.",
    ],
)
def test_finding_or_expecting_something_is_no_quote(text: str) -> None:
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The audit found that the council had overspent by a third.", "that the council"),
        ("The survey found most tenants would back the plan.", "most tenants would"),
    ],
)
def test_a_finding_with_a_clause_is_still_reported(text: str, content: str) -> None:
    (q,) = find_quotes(text)
    assert text[q.start : q.end].startswith(content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Redding on Monday closed the plant and said orders had fallen.", "Redding"),
        ("Ahmed at the hearing apologised and said he regretted the delay.", "Ahmed"),
        (
            "Ahmed on Monday, after a long meeting, met officials and said talks had stalled.",
            "Ahmed",
        ),
    ],
)
def test_a_name_before_a_preposition_is_no_participle(text: str, speaker: str) -> None:
    (q,) = find_quotes(text)
    assert _speaker(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Inspectors found a fault in the wiring had started the blaze.", "a fault in the"),
        ("The audit found an error in the accounts was never corrected.", "an error in the"),
    ],
)
def test_a_finding_whose_indefinite_object_has_a_verb_is_reported(text: str, content: str) -> None:
    (q,) = find_quotes(text)
    assert text[q.start : q.end].startswith(content)
    assert find_quotes("Engineers found a crack that had spread along the hull.") == []


def test_a_verb_and_its_reflexive_are_no_speaker() -> None:
    text = "He found himself arguing that the plan was fair."
    assert all(_speaker(text, q) != "found himself" for q in find_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("I tell myself that the worst is over.", "I", "tell"),
        (
            "The senator has portrayed himself as an outsider who will fix the system.",
            "The senator",
            "has portrayed",
        ),
    ],
)
def test_a_reflexive_object_ends_only_a_finding(text: str, speaker: str, cue: str) -> None:
    (q,) = find_quotes(text)
    assert (_speaker(text, q), _cue(text, q)) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Alarmed by the figures, the council met on Monday and said it would act.", "the council"),
        ("The trust held a meeting and said the ward would reopen.", "The trust"),
        ("Speaking on Monday, the minister met staff and said talks would go on.", "the minister"),
    ],
)
def test_the_subject_stops_before_an_irregular_past_tense(text: str, speaker: str) -> None:
    (q,) = find_quotes(text)
    assert _speaker(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Angered by the offer, the low paid workers went on strike and said they were angry.",
            "the low paid workers",
        ),
        ("The best paid staff met managers and said the deal was fair.", "The best paid staff"),
    ],
)
def test_an_irregular_past_tense_after_a_degree_word_is_part_of_the_subject(
    text: str, speaker: str
) -> None:
    (q,) = find_quotes(text)
    assert _speaker(text, q) == speaker
