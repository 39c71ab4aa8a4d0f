"""A passage does not end on a paragraph that introduces the next ("X said:") when it does
not reach what that paragraph introduces; a hard-wrapped line ending in a colon is kept."""

from __future__ import annotations

from newstrace.stages.align.align import _unshared_lines

LEAD = "Nearly 12,000 households will be offered free loft and cavity wall insulation."
SAID = "Housing Secretary Eleanor Marsh said:"


def _kept(text: str, end: int) -> str:
    words = set(text.lower().replace(":", " ").replace(".", " ").split())
    start, stop = _unshared_lines(text, 0, end, lambda: words)  # every word shared
    return text[start:stop]


def test_a_closing_said_paragraph_is_left_out() -> None:
    text = f'{LEAD}\n\n{SAID}\n\n"No family should have to choose between heating and eating."'
    assert _kept(text, text.index(SAID) + len(SAID)) == LEAD


def test_a_hard_wrapped_line_ending_in_a_colon_stays() -> None:
    wrapped = "It was the first of three\nmeasures announced today, which were:\nloft insulation."
    text = f"{LEAD}\n{wrapped}"
    end = text.index("were:") + len("were:")
    assert _kept(text, end) == text[:end]


def test_a_colon_paragraph_inside_the_passage_stays() -> None:
    text = f'{LEAD}\n\n{SAID}\n\n"No family should have to choose between heating and eating."'
    assert _kept(text, len(text)) == text


RELEASE = (
    "PRESS RELEASE\n\nFrom: Department for Housing and Communities\n\n"
    "A £2bn national programme to insulate cold, draughty homes will begin this summer."
)


def test_a_release_heading_and_its_from_line_are_left_out_of_a_passage_start() -> None:
    # the other side names the department (its words are all shared), not "press release"
    words = set(RELEASE.lower().replace(":", " ").replace(".", " ").split())
    shared = words - {"press", "release"}
    start, _ = _unshared_lines(RELEASE, 0, len(RELEASE), lambda: shared)
    assert RELEASE[start:].lstrip().startswith("A £2bn national programme")


def test_a_headline_with_a_colon_is_text_not_a_header_field() -> None:
    text = (
        "Doctor Who: Peter Capaldi revealed as the twelfth Doctor on live television\n\n"
        "The actor was named on Sunday."
    )
    words = set(text.lower().replace(":", " ").replace(".", " ").split())
    start, _ = _unshared_lines(text, 0, len(text), lambda: words)
    assert start == 0
