"""The rule switches of the quote finder and the span conventions added in the fourth round."""

from __future__ import annotations

import pytest

from newstrace.eval import polnear
from newstrace.stages.extract.quotes import find_quotes, rules

Found = tuple[str, str, str | None, str | None]


def _all(text: str) -> list[Found]:
    out = []
    for q in find_quotes(text):
        cue = text[q.cue[0] : q.cue[1]] if q.cue else None
        speaker = text[q.speaker[0] : q.speaker[1]] if q.speaker else None
        out.append((q.kind, text[q.start : q.end], cue, speaker))
    return out


def test_rule_names_list_every_switch_and_set_rule_restores() -> None:
    names = rules.names()
    assert {"LEAD_IN", "SOURCELESS", "TRANSCRIPT_TURNS", "NESTED_INDIRECT"} <= set(names)
    before = rules.set_rule("LEAD_IN", False)
    try:
        assert before is True and rules.LEAD_IN is False
    finally:
        rules.set_rule("LEAD_IN", before)
    assert rules.LEAD_IN is True


def test_set_rule_rejects_an_unknown_name() -> None:
    with pytest.raises(KeyError, match="unknown quote rule"):
        rules.set_rule("NO_SUCH_RULE", True)


def test_switching_a_rule_changes_what_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The new plans “will not solve this challenge, but help,” Ms Richards said."
    assert _all(text)[0][0] == "mixed"
    monkeypatch.setattr(rules, "LEAD_IN", False)
    assert _all(text)[0][0] == "direct"


def test_eval_rule_option_parses_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "ASKED", False)
    polnear._set_rules(["ASKED=on"])
    assert rules.ASKED is True
    polnear._set_rules(["ASKED=off"])
    assert rules.ASKED is False
    with pytest.raises(SystemExit):
        polnear._set_rules(["ASKED=yes"])


def test_transcript_turn_runs_to_the_end_of_its_paragraph() -> None:
    text = (
        "TAPPER: How will he unite the party?\n\n"
        "FALLIN: Well, I think the whole nation needs to work together. They want safe homes. "
        "They want safe streets.\n\nThe interview ended there."
    )
    turns = [f for f in _all(text) if f[2] == ":"]
    assert turns == [
        ("indirect", "How will he unite the party?", ":", "TAPPER"),
        (
            "indirect",
            "Well, I think the whole nation needs to work together. They want safe homes. "
            "They want safe streets",
            ":",
            "FALLIN",
        ),
    ]


def test_a_capitalised_label_is_no_transcript_turn() -> None:
    text = "The Latest: Sanders wins the caucuses. More results are due tonight."
    assert all(f[2] != ":" for f in _all(text))


def test_stance_verb_content_ends_at_the_first_comma() -> None:
    text = "The party leaders endorsed her bid, including Gov. Jack Markell and Sen. Tom Carper."
    assert _all(text) == [("indirect", "her bid", "endorsed", "The party leaders")]


def test_speech_verb_content_goes_on_past_a_comma() -> None:
    text = "The party leaders said her bid was strong, including Gov. Jack Markell."
    assert _all(text) == [
        (
            "indirect",
            "her bid was strong, including Gov. Jack Markell",
            "said",
            "The party leaders",
        )
    ]


def test_one_word_before_a_parenthetical_attribution() -> None:
    text = "Now, she said, the two communities do not mix much."
    assert _all(text) == [("indirect", text[:-1], "said", "she")]


def test_question_word_after_an_object_starts_the_content() -> None:
    text = "We asked our followers who their favorite speaker was at the convention."
    assert _all(text) == [
        ("indirect", "who their favorite speaker was at the convention", "asked", "We")
    ]


def test_mixed_quote_stops_before_a_second_attribution() -> None:
    text = (
        "He called it their “crystal ball” and said it was often more informative than the polls."
    )
    assert _all(text) == [
        ("mixed", "it their “crystal ball”", "called", "He"),
        ("indirect", "it was often more informative than the polls", "said", "He"),
    ]


def test_nested_speech_verb_is_a_quote_of_its_own() -> None:
    text = "Two aides said the senator told donors that he would run for the seat again."
    found = _all(text)
    assert ("indirect", "that he would run for the seat again", "told", "the senator") in found
    assert any(f[2] == "said" and f[3] == "Two aides" for f in found)


def test_nested_stance_verb_stays_inside_the_content() -> None:
    text = "Two aides said the senator opposes the new tax on imports."
    assert _all(text) == [
        ("indirect", "the senator opposes the new tax on imports", "said", "Two aides")
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("She watched “Flip the Script with Liz Plank” on Monday night.", 0),
        ("Someone had written “we will never give up on this town” on the wall.", 1),
    ],
)
def test_unattributed_titles_are_no_quotes(text: str, quotes: int) -> None:
    assert len([f for f in _all(text) if f[0] == "direct"]) == quotes


def test_respond_to_puts_the_preposition_in_the_cue() -> None:
    text = "A campaign spokesman did not respond to a request for comment on Monday."
    assert _all(text) == [
        (
            "indirect",
            "a request for comment on Monday",
            "did not respond to",
            "A campaign spokesman",
        )
    ]


def test_poll_frame_gives_way_to_a_speaker_of_its_own() -> None:
    text = "In an online poll of 800 voters, Democracy Corp found that anger drives the vote."
    assert _all(text) == [("indirect", "that anger drives the vote", "found", "Democracy Corp")]
    text = "In an online poll of 800 voters, anger drives the vote more than hope does."
    assert _all(text)[0][2:] == ("In", "an online poll of 800 voters")
