"""Where a text names an outlet by its name (pure, no I/O).

One reader of an outlet's name in running text, for the three questions direction asks of
it: does a paper name itself in what it shares with another text ("documents seen by the
Valley Post"), does a later text name an earlier one's outlet ("in a video posted on
Instagram ..."), and does a text name an outlet as the speaker of what it shares ("IsleLink
Ferries said all its sailings ...").  Names are matched as whole words, case as written,
with these forms:

* the name in full, not the start of a longer word ("Metro" in "Metropolitan Police"); its
  possessive names it ("the Weather Service's warning");
* a leading "The" of the name read as any "the" ("The Met Office": "the Met Office said"),
  and dropped where more than one word is left ("Met Office said"); "The Times" is only
  "the Times", never the "Times" of "the New York Times"; such a name is no part of a
  longer name ("the Independent Schools Council" names no "The Independent");
* a trailing bracket dropped ("Maya Rendell (Instagram)");
* with ``short``, "the" and the name's last word, when longer than three letters ("the
  Courier" for "Lowmoor Courier"), not followed by another capitalised word ("the Post
  Office" in a Harwick Post story).

Patterns are compiled once per name and searched only near the spans asked about, so a long
text costs no more than its spans.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# Verbs that make the words before them a speaker's ("IsleLink Ferries said", "Morrow Lyle
# Architects say", "the Met Office has warned"): an organisation's statement, in the tenses a
# report gives it.  A hand list, not tuned (a review of weather and transport coverage).
SPEECH_VERB = (
    r"(?:has[ \t]+|had[ \t]+)?(?:said|says|say|announced|announces|told|tells|added|adds"
    r"|confirmed|confirms|stated|states|warned|warns|wrote|writes|explained|explains"
    r"|reported|reports|advised|advises)\b"
)

# An apposition between a speaker's name and its verb: "Caledon Roads, the operator, said".
_APPOSITION = r"(?:,[^,\n]{1,60},)?"
# How far past a span's end, beyond the name's length, a match starting in it may reach: the
# longest apposition, a verb and the spaces around them (and a "the", and what a lookahead
# reads after a name: a search's end reads as the text's).
_REACH = 100


def bare_name(name: str | None) -> str:
    """``name`` without a trailing bracket ("Maya Rendell (Instagram)") and outer spaces."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name or "").strip()


def _name_pattern(name: str, short: bool) -> str:
    """The regular expression of ``name``'s forms (see the module's docstring)."""
    words = name.split()
    the = bool(words) and words[0].lower() == "the" and len(words) > 1
    core = words[1:] if the else words
    body = r"[ \t]+".join(map(re.escape, core))
    # "The" and one word followed by another capitalised word is part of another name ("the
    # Independent Schools Council" for "The Independent"); a brand's name before its
    # product's is still the brand's ("the Torvik AirCrisp 6L": a sweep of review corpora)
    end = r"(?!\w)(?![ \t]+[A-Z])" if the and len(core) == 1 else r"(?!\w)"
    forms = [rf"(?<!\w)(?:[Tt]he[ \t]+){'?' if len(core) > 1 else ''}{body}{end}"]
    if not the:
        forms = [rf"(?<!\w){body}{end}"]
    last = core[-1]
    if short and len(last) > 3 and len(core) > 1:
        forms.append(rf"\bthe[ \t]+{re.escape(last)}\b(?![ \t]+[A-Z])")
    return "|".join(forms)


@lru_cache(maxsize=4096)
def _mention(name: str, short: bool) -> re.Pattern[str]:
    return re.compile(_name_pattern(name, short))


@lru_cache(maxsize=4096)
def _speaker(name: str) -> re.Pattern[str]:
    named = _name_pattern(name, False)
    return re.compile(
        rf"(?:{named}){_APPOSITION}[ \t]+{SPEECH_VERB}"
        rf"|\baccording[ \t]+to[ \t]+(?:the[ \t]+)?(?:{named})"
    )


def _found_in(
    pattern: re.Pattern[str], text: str, spans: Sequence[tuple[int, int]] | None, reach: int
) -> bool:
    """Whether ``pattern`` matches ``text`` starting in one of ``spans`` (anywhere: None)."""
    if spans is None:
        return pattern.search(text) is not None
    for s, e in spans:
        m = pattern.search(text, s, min(len(text), e + reach))
        if m is not None and m.start() < e:
            return True
    return False


def names_outlet_in(
    text: str, name: str | None, spans: Sequence[tuple[int, int]] | None = None, short: bool = False
) -> bool:
    """Whether ``text`` names the outlet ``name`` starting in one of ``spans`` (anywhere when
    None); ``short``: "the" and its last word name it too ("the Courier")."""
    name = bare_name(name)
    if not name:
        return False
    return _found_in(_mention(name, short), text, spans, len(name) + _REACH)


def names_outlet_speaking(text: str, name: str | None, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``text`` names the outlet ``name`` in full as the speaker of what starts in one
    of ``spans``: the name and a speech verb ("IsleLink Ferries said", an apposition between:
    "Caledon Roads, the operator, said"), or "according to" and the name.  A mention in
    another role names no speaker: "the Harwick Courier's campaign", "the article published
    in the Harwick Courier" (a review: each made the paper the source)."""
    name = bare_name(name)
    if not name:
        return False
    return _found_in(_speaker(name), text, spans, len(name) + _REACH)
