"""Fillings of one outlet's form: what three of them all hold is the form's.

An organisation that fills one form in for many subjects (a council's admission notice for
each school, its election result for each ward, a ratings desk's report for each takeaway)
gives every filling the same constants: the round's deadlines, the election night's date,
the council's and the scheme's names.  Two fillings share those whatever their subjects, and
weighed as shared figures and names they made two schools' notices each other's copies (a
review of forms in other domains: 4 of a notice's 7 figures were the round's dates).

Three articles of one outlet are three *fillings* when each two are aligned as fillings
(from their first paragraphs, or through a stock sentence refilled with other figures and
names) and each names in its first sentence something neither of the other two ever
mentions, in any of its words (its own school, ward or takeaway): versions of one story
name its subject in every version, so they never make three fillings.  What
all three hold (the names and figures of their whole texts) is the form's constant, weighed
as no evidence of a copy between two of them (:func:`.boilerplate.template_like`).  The
third filling is sought among the articles the two are aligned with (fillings of one form
are aligned to each other), so the search stays within the pairs found.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from newstrace.records import Alignment, Article
from newstrace.stages.align.embed import names
from newstrace.stages.align.provenance import own_release_marks
from newstrace.text.sentences import sentence_spans


@dataclass(frozen=True)
class Constants:
    """What two fillings share with a third filling of their outlet's form."""

    names: frozenset[str]  # lower-cased names (:func:`.embed.names`)
    figures: frozenset[str]  # figure values (:func:`.boilerplate.numbers`)
    thirds: tuple[str, ...] = ()  # the third fillings' ids


NO_CONSTANTS = Constants(frozenset(), frozenset())
# Words as :func:`.embed.names` cuts them (ASCII letters: "Rheinbrücke" is "rheinbr"), so
# that a name is found among another text's words.
_WORD = re.compile(r"[A-Za-z'-]+")


def _words(text: str) -> list[str]:
    """The words of ``text`` as :func:`.embed.names` writes a name (without "'s")."""
    return [w.removesuffix("'s").strip("'-") for w in _WORD.findall(text)]


def _opening(text: str) -> int:
    """Where the first paragraph of ``text`` ends (its first blank line after some text, else
    its first line break, else, a text of one block, its first sentence's end).  Fillings of
    one form open alike or refill its stock sentences (:meth:`Fillings._refilled`); a
    paper's follow-ups of one story, each opening on its own news, repeat its background in
    a later paragraph, and were read as fillings (their background's names and figures the
    form's constants)."""
    body = len(text) - len(text.lstrip())
    for mark in ("\n\n", "\n"):
        at = text.find(mark, body)
        if at >= 0:
            return at
    spans = sentence_spans(text)
    return spans[0][1] if spans else len(text)


class Fillings:
    """The form constants of pairs of one outlet's articles (see the module's docstring).

    ``subjects``: a text's names that can tell a subject (kinds, days and months and the
    outlet's own name left out); ``figures``: a text's figure values."""

    def __init__(
        self,
        alignments: Iterable[Alignment],
        articles: Mapping[str, Article],
        subjects: Callable[[str], set[str]],
        figures: Callable[[str], set[str]],
    ) -> None:
        self._articles = articles
        self._openings: dict[str, int] = {}
        self._subjects = subjects
        self._figures = figures
        self._partners: dict[str, set[str]] = defaultdict(set)
        for al in alignments:
            a, b = articles.get(al.source.article_id), articles.get(al.target.article_id)
            if (
                a is not None
                and b is not None
                and a.source
                and a.source == b.source
                and (self._open_alike(al, a, b) or self._refilled(al, a, b))
            ):
                self._partners[a.id].add(b.id)
                self._partners[b.id].add(a.id)
        self._lead: dict[str, frozenset[str]] = {}
        self._names: dict[str, frozenset[str]] = {}
        self._words: dict[str, frozenset[str]] = {}
        self._values: dict[str, frozenset[str]] = {}
        self._memo: dict[tuple[str, str], Constants] = {}
        self._filling: dict[str, bool] = {}
        self._release: dict[str, bool] = {}
        self._lines: dict[str, tuple[str, ...]] = {}

    def constants(self, a: Article, b: Article) -> Constants:
        """What ``a``, ``b`` and any third filling of their outlet all hold (names and
        figures), or nothing when they are not two fillings with a third."""
        key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if key not in self._memo:
            self._memo[key] = self._constants(a, b)
        return self._memo[key]

    def _constants(self, a: Article, b: Article) -> Constants:
        if a.source != b.source or b.id not in self._partners[a.id]:
            return NO_CONSTANTS
        if not self._own(a, b) or not self._own(b, a):
            return NO_CONSTANTS
        held_names: set[str] = set()
        held_figures: set[str] = set()
        thirds: list[str] = []
        both_names = self._name_set(a) & self._name_set(b)
        both_figures = self._value_set(a) & self._value_set(b)
        for c in sorted((self._partners[a.id] & self._partners[b.id]) - {a.id, b.id}):
            third = self._articles[c]
            if self._fills(a, b, third):
                held_names |= both_names & self._name_set(third)
                held_figures |= both_figures & self._value_set(third)
                thirds.append(c)
        if not thirds:
            return NO_CONSTANTS
        return Constants(frozenset(held_names), frozenset(held_figures), tuple(thirds))

    def stand_in(
        self, art: Article, outlet: str, kin: Mapping[str, Iterable[str]]
    ) -> Article | None:
        """``art`` when it is of ``outlet``, else the filling of ``outlet``'s form it copied
        (``kin``): the one whose first sentence's names it names most (a paper printing one
        appeal also copies the stock quote every appeal holds; ties: the first by id); else
        None."""
        if art.source == outlet:
            return art
        found = [
            copied
            for c in sorted(kin.get(art.id, ()))
            if (copied := self._articles.get(c)) is not None
            and copied.source == outlet
            and self.fills_a_form(copied)
        ]
        if not found:
            return None
        return max(found, key=lambda c: len(self._lead_of(c) & self._word_set(art)))

    def sources(self, ids: Iterable[str]) -> set[str]:
        """The outlets of the articles ``ids``."""
        return {a.source or "" for i in ids if (a := self._articles.get(i)) is not None}

    def name_their_own(self, a: Article, b: Article, side_a: str, side_b: str) -> bool:
        """Whether ``side_a`` names a subject of ``a``'s first sentence that ``b`` never
        names, and ``side_b`` one of ``b``'s that ``a`` never names: the form filled in
        for each (two fixtures at one ground, two appeals before one inspector share that
        name, and were read as copies; a forms review)."""
        own_a = self._lead_of(a) - self._word_set(b)
        own_b = self._lead_of(b) - self._word_set(a)
        return bool(own_a & self._subjects(side_a)) and bool(own_b & self._subjects(side_b))

    def fills_a_form(self, art: Article) -> bool:
        """Whether ``art`` is one of three fillings of its outlet's form (the two others
        among the articles it is aligned with as fillings; every pair of them is tried, so
        that an article known as a filling stays one as articles come)."""
        if art.id not in self._filling:
            partners = [self._articles[p] for p in sorted(self._partners[art.id])]
            self._filling[art.id] = any(
                self._fills(art, b, c) for i, b in enumerate(partners) for c in partners[i + 1 :]
            )
        return self._filling[art.id]

    def a_release(self, art: Article) -> bool:
        """Whether ``art`` carries release marks (:func:`.provenance.own_release_marks`)."""
        if art.id not in self._release:
            self._release[art.id] = own_release_marks(art.text) > 0
        return self._release[art.id]

    def lines(self, art: Article) -> tuple[str, ...]:
        """The sentences of ``art``'s text, stripped."""
        if art.id not in self._lines:
            self._lines[art.id] = tuple(art.text[s:e].strip() for s, e in sentence_spans(art.text))
        return self._lines[art.id]

    def _fills(self, a: Article, b: Article, c: Article) -> bool:
        """Whether ``c`` is a third filling beside ``a`` and ``b``: each two of the three are
        aligned as fillings (they open alike, or a passage of theirs is refilled), and each
        names a subject of its own in its first sentence."""
        ends = (a.id, b.id, c.id)
        return (
            all(y in self._partners[x] for x, y in zip(ends, ends[1:] + ends[:1], strict=True))
            and self._own(c, a, b)
            and self._own(a, b, c)
            and self._own(b, a, c)
        )

    def _own(self, art: Article, *others: Article) -> bool:
        """Whether the first sentence of ``art`` names a subject none of ``others`` names."""
        lead = self._lead_of(art)
        for other in others:
            lead = lead - self._word_set(other)
        return bool(lead)

    def _open_alike(self, al: Alignment, a: Article, b: Article) -> bool:
        """Whether ``al`` starts in the first paragraph of both sides (:func:`_opening`)."""
        return al.source.start < self._opening(a) and al.target.start < self._opening(b)

    def _refilled(self, al: Alignment, a: Article, b: Article) -> bool:
        """Whether both sides of ``al`` hold figures, not the same, and each names
        something the other does not: a form's stock sentence filled in anew ("... between
        8pm and 6am and a signed diversion will operate via Carr Lane and Westgate" / "...
        7am and 7pm ... via Cross Street, Bank Parade and Mill Hill"), where a follow-up's
        repeated background names the story's places and people, its figures updated or not
        (an attack review: three follow-ups with a death toll updated were read as
        fillings)."""
        sa = a.text[al.source.start : al.source.end]
        sb = b.text[al.target.start : al.target.end]
        fa, fb = self._figures(sa), self._figures(sb)
        if not fa or not fb or fa == fb:
            return False
        na, nb = self._subjects(sa), self._subjects(sb)
        return bool(na - nb) and bool(nb - na)

    def _opening(self, art: Article) -> int:
        if art.id not in self._openings:
            self._openings[art.id] = _opening(art.text)
        return self._openings[art.id]

    def _lead_of(self, art: Article) -> frozenset[str]:
        """The subjects its first sentence names, its first word too when the text never
        writes that word in small letters ("Wendle Foods shares moved ...": read as any
        sentence's first word, "Wendle" was no name, and a desk's share moves of three
        companies were not known as fillings; a forms review)."""
        if art.id not in self._lead:
            first = next(iter(self.lines(art)), "")
            lead = self._subjects(first)
            opening = self._subjects("x " + first) - lead  # its first word, as a name
            small = {w for w in _words(art.text) if w.islower()}
            self._lead[art.id] = frozenset(lead | (opening - small))
        return self._lead[art.id]

    def _word_set(self, art: Article) -> frozenset[str]:
        """Every word of ``art``, lower-cased: a subject it never names is none of them
        (read as names only, a sentence's first word was missed, and an agency's feed copy
        opening "Marlow council has agreed ..." named no "Marlow" beside its story)."""
        if art.id not in self._words:
            self._words[art.id] = frozenset(w.lower() for w in _words(art.text))
        return self._words[art.id]

    def _name_set(self, art: Article) -> frozenset[str]:
        if art.id not in self._names:
            self._names[art.id] = frozenset(names(art.text))
        return self._names[art.id]

    def _value_set(self, art: Article) -> frozenset[str]:
        if art.id not in self._values:
            self._values[art.id] = frozenset(self._figures(art.text))
        return self._values[art.id]
