"""Speaker names for quotes inside one article.

A speaker span is resolved, in order, to: the person named in it (short forms linked to the
full name, "Sir Keir" -> "Keir Starmer"; a role and a name in apposition, "The Minister of
Finance, Piet Halloran," -> "Piet Halloran"); for "he"/"she", the first person or role whose
gender agrees (from honorifics and the given-name list) in the nearest earlier sentence naming
one, a possessive mention after any other, never a phrase owned by the pronoun's referent ("his
party ... he said" is the owner of "his") nor a speaker that is no person ("the figures
showed"); for "they", the most salient earlier speaker or person; for a role ("the Prime
Minister"), the person named beside that role in the article (a bare "the minister" is the
one holder of a named ministry, :meth:`Entities.role_holder`), else the article's most
mentioned person (marked weak); otherwise the noun phrase as written, without its article.
Cross-article resolution (roles named in other articles of a story) is
:mod:`newstrace.stages.resolve`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newstrace.records import Quote, Span
from newstrace.stages.extract import lexicon
from newstrace.stages.extract.entities import HOME_QUALIFIERS, Entities, Person
from newstrace.stages.extract.quotes import RawQuote
from newstrace.text.sentences import sentence_spans

WEAK = "weak"  # evidence prefix for guesses that cross-article resolution may override
ROLE_ONLY = "role only"
HOME_OR_NONE = HOME_QUALIFIERS | {None}
# How far back (characters) a pronoun looks for its antecedent before falling back to the
# whole article; about three news sentences (chosen by eye on the seeds).
PRONOUN_WINDOW = 600


@dataclass(frozen=True, slots=True)
class _Said:
    """An earlier speaker, for pronoun resolution."""

    pos: int
    name: str
    gender: str | None
    phrase: str = ""  # the speaker span as written
    possessive: bool = False  # a possessive mention ("Putin's invasion")
    unnamed_role: bool = False  # a role whose holder is not named ("the Prime Minister")


def _strip_det(words: list[str]) -> list[str]:
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return words


@lru_cache(maxsize=1)
def _roles_lower() -> dict[str, str]:
    return {r.lower(): r for r in reversed(lexicon.roles())}


def role_of(phrase: str) -> str | None:
    """The role title a speaker phrase consists of ("the Prime Minister" -> "Prime Minister").

    A possessive body in front is dropped ("the trust's chief executive" -> "Chief
    Executive"); case does not matter for listed titles.
    """
    words = _strip_det(phrase.split())
    if len(words) > 1 and words[0].endswith(("'s", "’s")):
        words = words[1:]
    if not words:
        return None
    role = _roles_lower().get(" ".join(words).lower())
    if role is not None:
        return role
    found = lexicon.role_at_front(words)
    return found[0] if found is not None and found[1] == len(words) else None


class _Persons:
    """An article's person mentions, looked up by place and by name without a scan of them
    all per quote (quadratic in a long text)."""

    def __init__(self, persons: Sequence[Person]) -> None:
        self._order = sorted(range(len(persons)), key=lambda n: persons[n].start)
        self._starts = [persons[n].start for n in self._order]
        self._persons = persons
        self._longest = max((p.end - p.start for p in persons), default=0)
        self._gender: dict[str, str] = {}
        for p in persons:
            if p.gender:
                self._gender.setdefault(p.name, p.gender)

    def within(self, start: int, end: int) -> Person | None:
        """The first person (in mention order) overlapping ``[start, end)``."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        hits = [n for n in self._order[lo:hi] if start < self._persons[n].end]
        return self._persons[min(hits)] if hits else None

    def gender(self, name: str) -> str | None:
        """The gender of the first mention of ``name`` that has one."""
        return self._gender.get(name)


def _agrees(gender: str | None, pronoun: str) -> bool:
    want = lexicon.pronoun_genders().get(pronoun)
    if want in {"m", "f"}:
        return gender in {want, None}
    return True


def _main_person(ents: Entities, before: int) -> Person | None:
    """The most mentioned person mentioned before ``before`` (at least twice in the article)."""
    counts = Counter(p.name for p in ents.persons)
    cands = [p for p in ents.persons if p.start < before and counts[p.name] >= 2]
    if not cands:
        return None
    return max(cands, key=lambda p: (counts[p.name], -p.start))


def resolve_speakers(text: str, ents: Entities, raws: list[RawQuote]) -> list[Quote]:
    """Quote records with speaker names for the raw quotes of one article."""
    aid = ents.article_id
    out: list[Quote] = []
    said: list[_Said] = []
    persons = _Persons(ents.persons)
    starts = _SentenceStarts(text)
    for raw in raws:
        name, evidence = None, None
        if raw.inherit_from is not None and raw.inherit_from < len(out):
            prev = out[raw.inherit_from]
            name = prev.speaker
            evidence = f"continues the quote of {name}" if name else None
        elif raw.speaker is not None:
            name, evidence = _name_for(text, ents, raw.speaker, said, persons, starts)
            if name is not None:
                phrase = text[raw.speaker[0] : raw.speaker[1]]
                said.append(_Said(raw.speaker[0], name, persons.gender(name), phrase))
        cue = Span(aid, *raw.cue) if raw.cue else None
        sp = Span(aid, *raw.speaker) if raw.speaker else None
        out.append(Quote(aid, Span(aid, raw.start, raw.end), raw.kind, cue, sp, name, evidence))
    return out


def _name_for(
    text: str,
    ents: Entities,
    span: tuple[int, int],
    said: list[_Said],
    persons: _Persons,
    starts: _SentenceStarts,
) -> tuple[str | None, str | None]:
    phrase = text[span[0] : span[1]]
    role = role_of(phrase)
    person = persons.within(*span)
    if person is not None and role is None:
        return _without_category(person.name), f"named ({person.evidence})"
    low = phrase.lower()
    if low == "who":
        return _relative_antecedent(text, ents, span[0])
    if low in lexicon.pronoun_genders():
        return _pronoun(text, ents, span[0], low, said, starts)
    if role is not None:
        holder = ents.role_holder(role)
        if holder:
            return holder, f"role '{role}' named in this article"
        main = _main_person(ents, span[0])
        if main is not None:
            return main.name, f"{WEAK}: role '{role}' taken as {main.name}, most mentioned person"
        return role, f"{ROLE_ONLY}: '{role}'"
    words = _strip_det(phrase.split())
    return (_without_category(" ".join(words)) or phrase), "as written"


def _without_category(name: str) -> str:
    """``name`` without a category word and the lower-case words before it ("Operator
    Skerrin Ferries" -> "Skerrin Ferries"): see :func:`lexicon.category_words_at_front`."""
    words = name.split()
    n = lexicon.category_words_at_front(words)
    return " ".join(words[n:]) if n else name


# Most characters between a person's name and the "who" that refers to it ("Juanita
# Broaddrick, who said"; "Mr Hale, 71, a retired teacher, who said").
MAX_RELATIVE_GAP = 60


def _relative_antecedent(text: str, ents: Entities, pos: int) -> tuple[str | None, str | None]:
    """The person a relative "who" at ``pos`` refers to: the nearest name before it."""
    before = [p for p in ents.persons if p.end <= pos and pos - p.end <= MAX_RELATIVE_GAP]
    if not before:
        return None, None
    p = max(before, key=lambda x: x.end)
    if any(c in text[p.end : pos] for c in ".!?\n"):
        return None, None
    return p.name, f"relative 'who' -> {p.name}"


# The possessive of each personal pronoun ("he" -> "his").
_POSSESSIVE = {"he": "his", "she": "her"}


def _owned_by(phrase: str, pronoun: str) -> bool:
    """Whether ``phrase`` belongs to the pronoun's referent ("his party" for "he"): the
    pronoun then refers to the owner, not to the phrase."""
    first = phrase.split(maxsplit=1)[0].lower() if phrase.strip() else ""
    return first == _POSSESSIVE.get(pronoun)


class _SentenceStarts:
    """Where the sentences of a text start, to find the sentence of a position by bisection."""

    def __init__(self, text: str) -> None:
        self._starts = [s for s, _ in sentence_spans(text)]

    def of(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (-1 before the first)."""
        return bisect.bisect_right(self._starts, pos) - 1

    def start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts."""
        k = self.of(pos)
        return self._starts[k] if k >= 0 else 0


def _subject_first(cands: list[_Said], starts: _SentenceStarts, pos: int, text: str) -> _Said:
    """The subject of the pronoun's own sentence when the pronoun opens a clause after it
    ("Mark Ellis, the union leader, arrived late, and he said ..."); else the first candidate
    in subject position (:func:`_in_subject_position`) of the nearest sentence before the one
    at ``pos`` that holds one (the pronoun's own sentence only when no earlier one does).  A
    possessive mention gives way to another candidate of its sentence, and a candidate of
    unknown gender to one of known gender ("Tom Reeve spoke. The Prime Minister arrived.
    He said ...": the role of the nearer sentence)."""
    here = starts.of(pos)
    cands = [c for c in cands if c.gender is not None or c.unnamed_role] or cands
    if _CLAUSE_BEFORE.search(text, max(0, pos - 12), pos):
        own = [
            c
            for c in cands
            if starts.of(c.pos) == here
            and not c.possessive
            and _in_subject_position(text, starts.start(c.pos), c.pos)
        ]
        if own:
            return _first_known(own)
    pool = [c for c in cands if starts.of(c.pos) < here] or cands
    nearest = max(starts.of(c.pos) for c in pool)
    inside = [c for c in pool if starts.of(c.pos) == nearest]
    inside = [c for c in inside if not c.possessive] or inside
    sentence = starts.start(inside[0].pos)
    inside = [c for c in inside if _in_subject_position(text, sentence, c.pos)] or inside
    return _first_known(inside)


def _first_known(cands: list[_Said]) -> _Said:
    """The first of ``cands`` whose gender is known, else the first."""
    return min([c for c in cands if c.gender is not None] or cands, key=lambda c: c.pos)


# A pronoun that opens a clause of its own after the sentence's subject ("..., and he said").
_CLAUSE_BEFORE = re.compile(r"(?:\b(?:and|but|so|then)|;)[ \t]+$")
# Prepositions and subordinators: a name right after one is its object ("In a letter to Tom
# Reeve, Mark Ellis asked ..."), not the sentence's subject.  Hand-written.
_LEADING = lexicon.word_set("""
    in at on to for with from by after before about during under despite following according
    as unlike like without among against since over through into upon within when while
    although though because if once until
    """)
# Words that end a phrase before its object ("welcomed by", "a letter to"), not a subject.
_BEFORE_OBJECT = _LEADING | lexicon.word_set("of and or the a an")
_QUOTE_MARKS = frozenset('“”"‘')


def _in_subject_position(text: str, sentence: int, pos: int) -> bool:
    """Whether a mention at ``pos`` is where the subject of the sentence starting at
    ``sentence`` stands: at its start (after "The"), after a leading phrase and its comma
    ("Earlier this year, Tom Reeve ..."); not after a quote, nor inside a leading prepositional
    phrase or right after a preposition ("In a letter to Tom Reeve, ...", "welcomed by Mark
    Ellis")."""
    prefix = text[sentence:pos].strip()
    words = prefix.lower().split()
    if not words or words == ["the"]:
        return True
    if any(ch in _QUOTE_MARKS for ch in prefix) or words[-1].strip(",") in _BEFORE_OBJECT:
        return False
    return prefix.endswith(",")


_POSSESSIVE_MARKS = ("’s", "'s", "’", "'")


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def _role_mentions(text: str, ents: Entities, pos: int) -> list[_Said]:
    """Role mentions before ``pos`` that a pronoun may refer to ("the Prime Minister will
    chair ... . It follows his speech, where he warned ..."): named by their holder, or by the
    role itself when none is named (resolved across articles later); not another country's
    unnamed role ("the Spanish Prime Minister")."""
    genders = {p.name: p.gender for p in ents.persons if p.gender}
    out = []
    for r in ents.roles:
        if r.start >= pos or r.holder is None and r.qualifier not in HOME_OR_NONE:
            continue
        name = r.holder or r.role
        unnamed = r.holder is None and _THE_BEFORE.search(text, max(0, r.start - 5), r.start)
        out.append(_Said(r.start, name, genders.get(name), r.role, unnamed_role=bool(unnamed)))
    return out


def _pronoun(
    text: str, ents: Entities, pos: int, pronoun: str, said: list[_Said], starts: _SentenceStarts
) -> tuple[str | None, str | None]:
    """The earlier speaker or person mention that ``pronoun`` refers to (see below)."""
    if pronoun in {"i", "you", "we"}:
        return None, None
    cands = [s for s in said if s.pos < pos and not _owned_by(s.phrase, pronoun)]
    if pronoun in {"he", "she"}:
        people = {p.name for p in ents.persons}
        cands = [c for c in cands if c.name in people or role_of(c.name) is not None]
        cands += [
            _Said(p.start, p.name, p.gender, "", text.startswith(_POSSESSIVE_MARKS, p.end))
            for p in ents.persons_before(pos)
        ]
        cands += _role_mentions(text, ents, pos)
    cands = [c for c in cands if _agrees(c.gender, pronoun)]
    if not cands:
        return None, None
    recent = [c for c in cands if pos - c.pos <= PRONOUN_WINDOW] or cands
    if pronoun in {"he", "she"}:
        # "he"/"she": the subject of the nearest earlier sentence naming a person of that
        # gender or an unnamed role (as a rule in news; not the nearest mention, often an
        # object or a possessive: "Sunak will travel to ..., dominated by Putin's invasion.
        # While there, he ..."), see _subject_first.  Measured on PolNeAR by replacing a named
        # source that has an earlier mention with he/she and resolving it back (563 train,
        # 147 dev sources): the nearest mention train 0.583, dev 0.653; the first person or
        # role of the nearest sentence 0.696, 0.687; searching the pronoun's whole sentence
        # first was 0.648 on train, so only its subject before "and he" counts (no change on
        # train); the first in subject position, not inside a leading phrase, 0.707; unnamed
        # roles ranked by their sentence too ("Tom Reeve spoke. The Prime Minister arrived.
        # He said"; the measure names only persons, one case goes to a role): 0.705, 0.694.
        best = _subject_first(recent, starts, pos, text)
        return best.name, f"pronoun '{pronoun}' -> first person of that gender in nearest sentence"
    # Salience: among candidates seen in the last PRONOUN_WINDOW characters, the one
    # mentioned most often so far (as speaker or person); ties go to the nearest.
    counts = Counter(c.name for c in cands)
    counts.update(r.holder or r.role for r in ents.roles if r.start < pos)
    best = max(recent, key=lambda c: (counts[c.name], c.pos))
    return best.name, f"pronoun '{pronoun}' -> most salient earlier speaker or person"
