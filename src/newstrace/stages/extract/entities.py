"""People, organisations, places and roles without a trained model.

Capitalised word sequences are found with a regular expression, then classified by rules in
this order: a role title at the front ("Home Secretary Yvette Cooper"), an honorific ("Mr",
"Sir"), the place gazetteer (pycountry plus :mod:`newstrace.data` aliases and demonyms), an
organisation suffix or acronym ("Home Office", "ECHR"), a known given name, and finally a
two-or-three-word capitalised name guessed to be a person.  Short forms ("Mr Sunak",
"Sir Keir", "Sunak") are linked to the full name used elsewhere in the same article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newstrace.records import Article, Mention, Span
from newstrace.stages.extract import lexicon
from newstrace.stages.extract.accel import Hint
from newstrace.stages.extract.lexicon import word_set

# A capitalised word; only abbreviations and initials keep a trailing full stop, so that a
# sequence never runs over a sentence end ("Albania. British").
_CAP = (
    r"(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|[A-Z])\."
    r"|[A-ZÀ-ÖØ-Þ][\w’'\-]*)"
)
_CONNECT = r"(?:of|of\ the|for|de|da|van|von|bin|al|la|le|du|del)"
CAP_SEQ = re.compile(rf"(?<![\w’'\-]){_CAP}(?:[ ](?:{_CONNECT}[ ])?{_CAP})*")

# Capitalised words that start sentences or headings but are not names (hand-written).
STOP = word_set("""
    The A An This That These Those It Its He She They We I You His Her Their Our My Your In On
    At But And Or Nor So Yet For With Without While When Where Why What Who Whom Whose Which How
    If As Also Then Than There Here After Before During Since Until Ahead Alongside Speaking
    However Meanwhile Although Though Because Only Some Many Most More Much All Any Each Every
    Both Either Neither No Not Now Today Tonight Yesterday Tomorrow Last Next First Second Third
    Read Gazette Image Photo Picture Click Share Follow Subscribe Sign Watch Listen Advertisement
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Mr Mrs Ms Dr Sir Dame Lord Lady Then
    Then-prime Among From To By Into Over Under About Against Between Through Across Do Does
    Did Is Are Was Were Be Been Has Have Had Will Would Can Could Should May Might Must Let
    Please Yes Thanks Thank Dear Just Even Still Already Once Again Perhaps Maybe Instead
    Rather Such Other Another Same Like Unlike Despite Following According Asked Says Said
    Former Spearheaded Backed Working Through Attending Support Supporting Alongside Up Down
    """)
# Last words that make a capitalised sequence a law, event or thing rather than a name.
MISC_SUFFIX = word_set("""
    Bill Act Acts Treaty Agreement Summit Conference Day Week Cup Games Awards Prize Plan
    Strategy Programme Program Scheme Deal Rule Rules Convention Protocol Declaration Report
    Review Inquiry War Crisis Budget Election Elections Debate Olympics Festival Show Airport
    Station Street Road Avenue Square Bridge Castle Palace Hall Tower Building Hospital
    """)

# Last words that make a capitalised sequence a place ("Skerrin Island", "Cedar Ridge") unless
# it starts with a given name ("Tom Ridge") or a person cue follows (see _PERSON_CUE).  Written
# by hand from the landform and water words of English place names, not tuned: words that are
# also common surnames (Hill, Lake, Park, Bay, Marsh, Moor, Field, Wood) are left out, as a
# surname is likelier than a place after an unknown capitalised word.
PLACE_SUFFIX = word_set("""
    Island Islands Isle Isles Valley Ridge Hollow Heights River Harbour Harbor Creek Springs
    Peninsula Canyon Mountains Estuary Fjord Loch
    """)

# What follows a person, not a place, after a name ending in a place word ("Chen Harbour, 42,",
# "Bob Springs and Ada Creek were elected", "Chen Harbour, a fisherman, said"): an age between
# commas, or (after an appositive or a second name joined by "and") a verb of saying or of what
# befalls people.  Hand-written from news usage, not tuned.
_PERSON_CUE = re.compile(
    r"(?:,[ \t]+(?:aged[ \t]+)?\d{1,3},"
    r"|(?:,[ \t]+(?:a|an|the)[ \t][^,.;:\n]{1,60},)?"
    r"(?:[ \t]+(?:and|or)(?:[ \t]+[A-Z][\w’'-]*){1,3})?"
    r"[ \t]+(?:(?:was|were|has[ \t]been|have[ \t]been|had[ \t]been)[ \t]+)?"
    r"(?:said|says|told|tells|added|elected|appointed|arrested|charged|born|died|resigned)\b)"
)


def _bracketed_acronym(text: str, start: int, words: list[str]) -> bool:
    """ "(MP)": an acronym alone in brackets abbreviates a name or credits an agency after a
    dateline ("NORTH ARDEN, Minn. (MP) —"); it is no role even when it spells one."""
    if len(words) != 1 or not words[0].isupper():
        return False
    end = start + len(words[0])
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


# Qualifiers that keep a role the article's own ("UK prime minister"): country names, not
# demonyms (a "Spanish Prime Minister" is someone else's).
HOME_QUALIFIERS = frozenset({"UK", "U.K.", "Britain", "British", "US", "U.S.", "America"})
_QUALIFIER = re.compile(r"(?:\b(former|then|ex|UK|U\.K\.|US|U\.S\.)[- ]|\b([A-Z][a-z]+) )$", re.I)

# A line of at least TITLE_LINE_WORDS words with at least TITLE_LINE_SHARE of them capitalised
# is a headline: its capitalised sequences are not guessed to be names (set by eye on PolNeAR
# dev headlines such as "Hillary Clinton Goes After Donald Trump As The New Mitt Romney").
TITLE_LINE_WORDS = 5
TITLE_LINE_SHARE = 0.7
MAX_NAME_WORDS = 4  # a given name starts a person's name of at most this many words
# Words that do not occur in person names (compass points and the like).
NOT_NAME = word_set(
    "Americans Republicans Democrats Conservatives Liberals Democrat Republican Super "
    "Western Eastern Northern Southern Central North South East West New Old Great Greater "
    "National International Royal Federal State Republican Democratic Democrat Islamic"
)


# Words of roles that a bare "the Minister" or "the Secretary" does not refer to: heads of
# government and deputies ("Prime Minister", "First Minister", "Deputy Secretary").
NOT_PORTFOLIO_OF_HEAD = frozenset({"Prime", "First", "Chief", "Deputy", "Shadow", "Junior"})


@dataclass(frozen=True, slots=True)
class Person:
    """A person mention inside one article (internal, richer than :class:`Mention`)."""

    start: int
    end: int
    name: str
    gender: str | None
    evidence: str


@dataclass(frozen=True, slots=True)
class Role:
    """A role title in one article, with its holder when named beside it."""

    start: int
    end: int
    role: str
    holder: str | None
    qualifier: str | None = None  # "Spanish", "former", "UK": whose role it is


@dataclass(frozen=True, slots=True)
class Entities:
    """All entity mentions found in one article."""

    article_id: str
    persons: tuple[Person, ...]
    roles: tuple[Role, ...]
    others: tuple[Mention, ...]  # orgs and places

    def mentions(self) -> list[Mention]:
        """Everything as :class:`Mention` records, in text order."""
        out = list(self.others)
        for p in self.persons:
            span = Span(self.article_id, p.start, p.end)
            out.append(Mention(self.article_id, span, "person", p.name, p.evidence))
        for r in self.roles:
            span = Span(self.article_id, r.start, r.end)
            ev = f"holder: {r.holder}" if r.holder else None
            if ev and r.qualifier:
                ev += f"; qualifier: {r.qualifier}"
            out.append(Mention(self.article_id, span, "role", r.role, ev))
        return sorted(out, key=lambda m: (m.span.start, m.span.end, m.kind))

    def role_holder(self, role: str) -> str | None:
        """The person named in apposition with ``role`` in this article, if any.

        Holders of an unqualified role ("Prime Minister Sir Keir Starmer") come first, then
        those qualified by a country name ("UK prime minister Rishi Sunak"); roles qualified by
        a demonym or "former" ("Spanish Prime Minister ...") belong to someone else.
        """
        key = role.lower()
        ranked = sorted(
            (r for r in self.roles if r.holder and r.role.lower() == key),
            key=lambda r: 0 if r.qualifier is None else 1,
        )
        for r in ranked:
            if r.qualifier is None or r.qualifier in HOME_QUALIFIERS:
                return r.holder
        return self._portfolio_holder(role)

    def _portfolio_holder(self, head: str) -> str | None:
        """The one person holding a portfolio of a bare role head in this article ("the
        Minister" after "Finance Minister X" or "the Minister of Finance, X,"); none when two
        people hold one, or for heads of government ("Prime Minister" is not "the minister")."""
        if head not in lexicon.ROLE_HEADS:
            return None
        holders = {
            r.holder
            for r in self.roles
            if r.holder
            and r.qualifier is None
            and r.role != head
            and head in r.role.split()
            and not NOT_PORTFOLIO_OF_HEAD & set(r.role.split())
        }
        return holders.pop() if len(holders) == 1 else None

    def persons_before(self, pos: int) -> list[Person]:
        """Person mentions starting before ``pos``, nearest last."""
        return [p for p in self.persons if p.start < pos]


def _match_role(words: list[str]) -> tuple[str, int] | None:
    """The longest role title at the front of ``words``: (role, number of words)."""
    return lexicon.role_at_front(words)


@lru_cache(maxsize=1)
def _lower_role_re() -> re.Pattern[str]:
    """Any role title of five or more letters at the end of a window, any case."""
    names = [re.escape(r) for r in lexicon.roles() if len(r) >= 5]
    return re.compile(r"\b(" + "|".join(names) + r")\s$", re.IGNORECASE)


def _lower_role_before(text: str, start: int) -> tuple[str, int] | None:
    """A lower-case role ("prime minister") right before ``start``: (role, its start)."""
    window = text[max(0, start - 40) : start]
    m = _lower_role_re().search(window)
    if not m:
        return None
    key = m.group(1).lower()
    role = next(r for r in lexicon.roles() if r.lower() == key)
    return role, start - len(window) + m.start()


def _qualifier_before(text: str, start: int) -> str | None:
    """ "former", "then", a country or demonym right before a role at ``start``."""
    m = _QUALIFIER.search(text[max(0, start - 20) : start])
    if not m:
        return None
    word = m.group(1) or m.group(2)
    if m.group(2) and word not in lexicon.demonyms() and word not in lexicon.place_names():
        return None
    return word


def _gender_of(words: list[str], honorific: str | None) -> str | None:
    if honorific:
        return lexicon.honorifics().get(honorific)
    if words:
        return lexicon.first_names().get(words[0])
    return None


@dataclass
class _Raw:
    start: int
    end: int
    words: list[str]
    honorific: str | None
    evidence: str


def _clean_words(words: list[str], whole: bool = False) -> list[str]:
    """Cut a sequence after a possessive ("UK's"), unless ``whole`` (a possessive inside a
    name, "Lloyd's Register", :func:`_possessive_name`), and drop a trailing full stop."""
    for i, w in enumerate(words):
        if w.endswith(("’s", "'s")) and not whole:
            words = words[:i] + [w[:-2]]
            break
    last = words[-1]
    dotted = last.endswith(".") and last.count(".") == 1 and len(last) > 2
    if dotted and last not in lexicon.honorifics():
        words = words[:-1] + [last[:-1]]
    return [w for w in words if w]


_POSSESSIVE_SPLIT = re.compile(r"[’']s (?=[A-Z])")


def _sequences(text: str) -> Iterator[tuple[int, str, bool]]:
    """Capitalised sequences with their start; a possessive inside one ends it and the words
    after it are a sequence of their own ("Minnesota's Department of Employment": "Minnesota's"
    and "Department of Employment"), unless it is part of a name (:func:`_possessive_name`;
    the flag is then true and the sequence is kept whole)."""
    people: frozenset[str] | None = None
    for m in CAP_SEQ.finditer(text):
        start, seq = m.start(), m.group()
        cut = _POSSESSIVE_SPLIT.search(seq)
        while cut is not None:
            rest = seq[cut.end() :].split(" ")
            if _lone_body_word(rest):
                people = _surnames(text) if people is None else people
                if _possessive_name(seq[: cut.start()].split(" "), people):
                    break
            yield start, seq[: cut.start() + 2], False
            start, seq = start + cut.end(), seq[cut.end() :]
            cut = _POSSESSIVE_SPLIT.search(seq)
        yield start, seq, cut is not None


def _lone_body_word(rest: list[str]) -> bool:
    """Whether ``rest`` is one organisation or institution word, which names nothing alone."""
    return len(rest) == 1 and (rest[0] in lexicon.org_suffixes() or rest[0] in MISC_SUFFIX)


def _surnames(text: str) -> frozenset[str]:
    """The words after a given name, an honorific or a role in ``text``, and the last words
    of other two- or three-word names: the article's people."""
    first, honor, places = lexicon.first_names(), lexicon.honorifics(), lexicon.place_names()
    out = set()
    for m in CAP_SEQ.finditer(text):
        words = [w.removesuffix("’s").removesuffix("'s") for w in m.group().split(" ")]
        if _name_like(words, places) and not _lone_body_word(words[-1:]):
            out.add(words[-1])
        role = _match_role(words)
        if role is not None:
            out.update(words[role[1] :])
        for i in range(len(words) - 1):
            if words[i] in first or words[i] in honor:
                out.update(words[i + 1 :])
                break
    return frozenset(out)


def _possessive_name(owner: list[str], people: frozenset[str]) -> bool:
    """Whether a possessive after the words ``owner`` and before a lone organisation word is
    inside one name ("The Children's Society", "Lloyd's Register", "McDonald's Corporation",
    "St Aldhelm's Hospital"): not when the owner is a known place, an organisation, a role or
    a person of the article ("Britain's Parliament", "Columbia University's Institute",
    "President Obama's Cabinet", "Mrs. Clinton's Senate", "... Clinton's PAC")."""
    honor = lexicon.honorifics()
    owner = [w for w in owner if w not in STOP or w in honor]
    if not owner:
        return True
    return not (
        " ".join(owner) in lexicon.place_names()
        or owner[-1] in lexicon.org_suffixes()
        or any(w in honor for w in owner)
        or any(w in lexicon.first_names() for w in owner[:-1])
        or _match_role(owner) is not None
        or owner[-1] in people
    )


def _split_sequence(start: int, seq: str, whole: bool = False) -> tuple[int, list[str]]:
    """Start offset and words of a capitalised sequence, minus leading stop words (``whole``:
    keep a possessive inside it, :func:`_sequences`)."""
    words = _clean_words(seq.split(" "), whole)
    while words and (words[0] in STOP and words[0] not in lexicon.honorifics()):
        if _month_as_name(words):
            break
        start += len(words[0]) + 1
        words = words[1:]
    # "Later Mr Sunak": words before an honorific are not part of the name unless a role.
    for i in range(1, len(words)):
        if words[i] in lexicon.honorifics() and _match_role(words[:i]) is None:
            if words[i - 1] not in lexicon.demonyms():
                start += len(" ".join(words[:i])) + 1
                words = words[i:]
            break
    while words and words[-1] in {"of", "for", "the", "de", "van", "von"}:
        words = words[:-1]
    return start, words


def _month_as_name(words: list[str]) -> bool:
    """ "June Ashworth": a month that is also a given name, before a capitalised surname."""
    if len(words) < 2 or words[0] not in lexicon.first_names():
        return False
    nxt = words[1]
    return nxt not in STOP and nxt not in lexicon.place_names() and nxt.isalpha() and nxt.istitle()


def _names_someone(words: list[str]) -> bool:
    """Whether ``words`` start with a role, an honorific or a given name."""
    head = words[0]
    return (
        _match_role(words) is not None
        or head in lexicon.honorifics()
        or head in lexicon.first_names()
    )


def _end_of(start: int, words: list[str]) -> int:
    return start + len(" ".join(words))


def find_entities(article: Article, hints: Sequence[Hint] = ()) -> Entities:
    """Entity mentions in ``article.text``; ``hints`` from an optional model
    (:mod:`newstrace.stages.extract.accel`) decide sequences the rules would only guess."""
    text = article.text
    raws: list[_Raw] = []
    roles: list[tuple[int, int, str, _Raw | None, str | None]] = []
    others: list[Mention] = []
    places = lexicon.place_names()
    demonyms = lexicon.demonyms()
    skip_to = -1
    for seq_start, seq, whole in _sequences(text):
        if seq_start < skip_to:
            continue
        start, words = _split_sequence(seq_start, seq, whole)
        if not words:
            continue
        category = lexicon.category_words_at_front(words)
        if category:
            # "Retailer Harbour Foods": the category word is no part of the name, and says
            # that an organisation follows unless it may be a person's trade ("Producer Jo
            # Hale") or a given name, honorific or role follows.
            word = words[category - 1]
            start, words = _end_of(start, words[:category]) + 1, words[category:]
            person = word.lower() in lexicon.PERSON_CATEGORY_WORDS or _names_someone(words)
            if not person:
                why = f"category word '{word}'"
                span = Span(article.id, start, _end_of(start, words))
                others.append(Mention(article.id, span, "org", " ".join(words), why))
                continue
        joined = _joined_portfolio(text, start, words)
        if joined is not None:
            words = joined
            skip_to = _end_of(start, words)
        # A demonym in front ("Spanish Prime Minister ...") is a place of its own.
        if len(words) > 1 and words[0] in demonyms and _names_someone(words[1:]):
            end0 = start + len(words[0])
            span = Span(article.id, start, end0)
            others.append(Mention(article.id, span, "place", demonyms[words[0]], "demonym"))
            qualifier: str | None = words[0]
            start, words = end0 + 1, words[1:]
        else:
            qualifier = _qualifier_before(text, start)
        role = None if _bracketed_acronym(text, start, words) else _match_role(words)
        role_start = start
        if role is None and words[0] in lexicon.first_names():
            lower = _lower_role_before(text, start)
            if lower is not None:
                qual = _qualifier_before(text, lower[1])
                roles.append((lower[1], start - 1, lower[0], None, qual))
                role_start = -1
        if role is not None:
            name, n = role
            role_end = _end_of(start, words[:n])
            rest = words[n:]
            if not rest:
                roles.append((start, role_end, name, None, qualifier))
                continue
            start, words = role_end + 1, rest
        raw = _classify(article, start, words, others, places, hints)
        if raw is not None:
            raws.append(raw)
            if role is not None:
                roles.append((role_start, _end_of(start, words), role[0], raw, qualifier))
            elif role_start == -1:
                s0, e0, name0, _, q0 = roles[-1]
                roles[-1] = (s0, e0, name0, raw, q0)
    persons = _resolve_persons(raws)
    by_start = {p.start: p.name for p in persons}
    role_records = tuple(
        Role(s, e, name, by_start.get(raw.start) if raw is not None else None, q)
        for s, e, name, raw, q in roles
    )
    role_records = _fronted_holders(text, role_records, persons)
    role_records += _appositive_roles(text, persons)
    return Entities(article.id, tuple(persons), role_records, tuple(others))


_FRONTED_GAP = re.compile(r",[ \t]+")


def _fronted_holders(
    text: str, roles: tuple[Role, ...], persons: Iterable[Person]
) -> tuple[Role, ...]:
    """Holders of roles with the name in apposition after them ("The Minister of Finance,
    Piet Halloran, said"): the name between two commas right after the role."""
    by_start = {p.start: p for p in persons}
    out: list[Role] = []
    for r in roles:
        gap = _FRONTED_GAP.match(text, r.end) if r.holder is None else None
        p = by_start.get(gap.end()) if gap is not None else None
        if p is not None and text.startswith(",", p.end):
            r = Role(r.start, r.end, r.role, p.name, r.qualifier)
        out.append(r)
    return tuple(out)


@lru_cache(maxsize=1)
def _appositive_re() -> re.Pattern[str]:
    """``, the trust's chief executive`` / ``, leader of X`` right after a name."""
    names = "|".join(re.escape(r) for r in lexicon.roles() if len(r) >= 4 and r[-1] != ".")
    return re.compile(
        r",\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:(?P<poss>[\w.-]+)[’']s\s+)?"
        rf"(?P<role>{names})\b(?P<of>\s+(?:of|at|for)\s+[A-Z])?",
        re.IGNORECASE,
    )


def _appositive_roles(text: str, persons: Iterable[Person]) -> tuple[Role, ...]:
    """Roles in apposition after a name ("Dr Imran Shah, the trust's chief executive,").

    A role "of"/"at" a named body ("leader of Caldermoor Council") is qualified by that
    preposition, so it never names the holder of a bare role elsewhere; a possessive ("the
    trust's") is the body the story is about and leaves the role unqualified.
    """
    out: list[Role] = []
    by_lower = {r.lower(): r for r in lexicon.roles()}
    for p in persons:
        m = _appositive_re().match(text, p.end)
        if m is None:
            continue
        role = by_lower[m.group("role").lower()]
        qualifier = m.group("of").split()[0].lower() if m.group("of") else None
        portfolio = _portfolio_role(text, m.start("role")) if qualifier else None
        if portfolio is not None:  # "Piet Halloran, the Minister of Finance,": the role itself
            out.append(Role(m.start("role"), portfolio[1], portfolio[0], p.name))
            continue
        out.append(Role(m.start("role"), m.end("role"), role, p.name, qualifier))
    return tuple(out)


def _portfolio_role(text: str, start: int) -> tuple[str, int] | None:
    """A role with its portfolio after it ("Minister of Finance") at ``start``: (role, end)."""
    m = CAP_SEQ.match(text, start)
    words = m.group().split(" ") if m else []
    role = _match_role(words)
    if role is None or " of " not in role[0] and " for " not in role[0]:
        return None
    return role[0], _end_of(start, words[: role[1]])


def _classify(
    article: Article,
    start: int,
    words: list[str],
    others: list[Mention],
    places: dict[str, str],
    hints: Sequence[Hint] = (),
) -> _Raw | None:
    """Classify one capitalised sequence; persons are returned, the rest go to ``others``."""
    seq = " ".join(words)
    end = _end_of(start, words)
    span = Span(article.id, start, end)
    honor = lexicon.honorifics()
    if words[0] in honor and len(words) > 1:
        return _Raw(start, end, words[1:], words[0], f"honorific '{words[0]}'")
    if seq in places:
        others.append(Mention(article.id, span, "place", places[seq], "gazetteer"))
        return None
    if seq in lexicon.demonyms():
        others.append(Mention(article.id, span, "place", lexicon.demonyms()[seq], "demonym"))
        return None
    hint = _hint_kind(hints, start, end)
    if hint == "person":
        return _Raw(start, end, words, None, "model: person")
    if hint is not None:
        others.append(Mention(article.id, span, hint, seq, f"model: {hint}"))
        return None
    suffixes = lexicon.org_suffixes()
    by_suffix = words[-1] in suffixes
    if words[-1] in lexicon.org_suffixes_after_a_name():
        # A trade word alone is a plain word ("Freight costs rose"); after a given name and
        # before a person cue, a surname ("Margaret Freight said").
        person = len(words) == 2 and words[0] in lexicon.first_names()
        by_suffix = len(words) > 1 and not (person and _PERSON_CUE.match(article.text, end))
    if by_suffix or seq in lexicon.org_acronyms() or _org_of(words, suffixes):
        others.append(Mention(article.id, span, "org", seq, "organisation word"))
        return None
    if words[-1] in MISC_SUFFIX:
        return None
    if words[0] in lexicon.first_names() and len(words) <= MAX_NAME_WORDS:
        return _Raw(start, end, words, None, "given name")
    if len(words) > 1 and words[-1] in PLACE_SUFFIX:
        # "Detective Inspector Gary Island": a given name after title words is a person's.
        named = next((i for i, w in enumerate(words[:-1]) if w in lexicon.first_names()), 0)
        if named and len(words) - named <= MAX_NAME_WORDS:
            name_start = start + len(" ".join(words[:named])) + 1
            return _Raw(name_start, end, words[named:], None, "given name")
        if _PERSON_CUE.match(article.text, end):
            return _Raw(start, end, words, None, "capitalised name before a person cue")
        others.append(Mention(article.id, span, "place", seq, "place word"))
        return None
    if _name_like(words, places) and not _in_title_case_line(article.text, start):
        return _Raw(start, end, words, None, "capitalised name (guess)")
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        others.append(Mention(article.id, span, "org", seq, "acronym (guess)"))
        return None
    if len(words) == 1:
        return _Raw(start, end, words, None, "single name")
    return None


def _hint_kind(hints: Sequence[Hint], start: int, end: int) -> str | None:
    """The kind of the model entity covering most of ``[start, end)`` (at least half)."""
    best, kind = 0, None
    for h in hints:
        overlap = min(end, h.end) - max(start, h.start)
        if overlap > best:
            best, kind = overlap, h.kind
    return kind if 2 * best >= end - start else None


def _in_title_case_line(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a Title Case line (a headline), where capitals mean nothing.

    A line ending with a colon introduces what follows ("The Minister of Finance, Piet
    Halloran, said:") and is never a headline.
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return _title_case_line(text, start, end if end >= 0 else len(text))


@lru_cache(maxsize=4096)
def _title_case_line(text: str, start: int, end: int) -> bool:
    """:func:`_in_title_case_line` of the line ``text[start:end]``, read once per line, not
    once per name in it (a 200 KB line took 4.6 s)."""
    line = text[start:end].rstrip()
    words = line.split()
    if len(words) < TITLE_LINE_WORDS or line.endswith(":"):
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words) >= TITLE_LINE_SHARE


def _name_like(words: list[str], places: dict[str, str]) -> bool:
    """Two or three capitalised words, none of them a place, demonym or compass word."""
    if not 2 <= len(words) <= 3 or not all(w[0].isupper() and len(w) > 1 for w in words):
        return False
    if all(w.isupper() for w in words):  # "FULL TEXT"
        return False
    return not any(w in places or w in lexicon.demonyms() or w in NOT_NAME for w in words)


def _org_of(words: list[str], suffixes: frozenset[str]) -> bool:
    """ "Council of Europe", "Ministry of Defence": an organisation word before "of"."""
    return "of" in words and words[words.index("of") - 1] in suffixes


_AND_CAP = re.compile(r" and (?=[A-Z])")


def _joined_portfolio(text: str, start: int, words: list[str]) -> list[str] | None:
    """ "Department of Employment and Economic Development": an organisation word before
    "of" keeps the capitalised words after an "and" in its name (a sequence breaks at "and",
    so "Economic Development" was a name of its own), unless those words are a body of their
    own (:func:`_a_body_of_its_own`: "the Ministry of Defence and Foreign Office"), or the
    "of" names a place and they do not (:func:`_place_like`: "the Bank of England and
    Treasury officials"; "Port Authority of New York and New Jersey" is one)."""
    if not _org_of(words, lexicon.org_suffixes()):
        return None
    end = _end_of(start, words)
    link = _AND_CAP.match(text, end)
    nxt = CAP_SEQ.match(text, link.end()) if link is not None else None
    if nxt is None:
        return None
    more = _clean_words(nxt.group().split(" "))
    if not more or more[0] in STOP or _names_someone(more) or _a_body_of_its_own(more):
        return None
    places = lexicon.place_names()
    place = words[words.index("of") + 1 :]
    if " ".join(place) in places and not _place_like(more, places, place):
        return None
    return words + ["and"] + more


# First words of place names the gazetteer may lack ("New Jersey", "West Virginia", "North
# Carolina"): hand-written compass and "New" words.
_PLACE_PREFIXES = word_set(
    "New North South East West Northern Southern Eastern Western Upper Lower"
)


def _place_like(words: list[str], places: dict[str, str], first: list[str]) -> bool:
    """Whether ``words`` name a place after the place ``first``: a known one, or, after a
    place that opens with one too ("New York and New Jersey"), a compass or "New" word before
    capitalised words that end in no organisation word ("New Jersey", not "North Sea Trust";
    "the Bank of England and Northern Rock" names two bodies)."""
    if " ".join(words) in places:
        return True
    return (
        first[0] in _PLACE_PREFIXES
        and 2 <= len(words) <= 3
        and words[0] in _PLACE_PREFIXES
        and words[-1] not in lexicon.org_suffixes()
        and words[-1] not in _BODY_HEADS
    )


# Last words of a body's name that no portfolio ends with ("Foreign Office", "Cambridge
# University"; a portfolio may end in "Services", "Public Service" or "Local Government").
# Hand-written from the organisation words.
_BODY_HEADS = word_set("""
    Office University College School Bank Council Court Agency Authority Commission Committee
    Department Ministry Bureau Board Trust Police Party Union Institute Foundation Association
    Society Company Corporation Group Assembly Parliament Senate Congress Cabinet
    """)


def _a_body_of_its_own(words: list[str]) -> bool:
    """Whether ``words`` after "and" name another organisation, not a second portfolio: an
    acronym ("FBI"), a known organisation, a name with its own "of", or one ending in the
    word of a body ("Foreign Office", "Cambridge University")."""
    return (
        "of" in words
        or words[-1] in _BODY_HEADS
        or any(w.isupper() and len(w) > 1 for w in words)
        or " ".join(words) in lexicon.org_acronyms()
    )


def _resolve_persons(raws: Iterable[_Raw]) -> list[Person]:
    """Link short forms to full names of the same article; drop unlinked single words."""
    raws = list(raws)
    full = [r for r in raws if len(r.words) >= 2]
    by_last: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    genders: dict[str, str | None] = {}
    for r in full:
        name = " ".join(r.words)
        by_last.setdefault(r.words[-1], []).append(name)
        by_first.setdefault(r.words[0], []).append(name)
        genders[name] = genders.get(name) or _gender_of(r.words, r.honorific)
    out: list[Person] = []
    for r in raws:
        name, evidence = " ".join(r.words), r.evidence
        if len(r.words) == 1:
            word = r.words[0]
            cands = by_last.get(word) or (by_first.get(word) if r.honorific else None)
            if cands:
                name, evidence = cands[0], f"{evidence}; short form of {cands[0]}"
            elif r.honorific is None and r.evidence == "single name":
                continue
        gender = _gender_of(r.words, r.honorific) or genders.get(name)
        if gender is None:
            gender = lexicon.first_names().get(name.split()[0])
        out.append(Person(r.start, r.end, name, gender, evidence))
    return out
