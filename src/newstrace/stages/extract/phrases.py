"""Word tokens with offsets, reporting-verb cues and speaker noun phrases (rule based)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newstrace.stages.extract import lexicon
from newstrace.stages.extract.lexicon import word_set

_TOKEN = re.compile(r"\w+(?:[’'\-]\w+)*(?:[’']s)?|[^\w\s]")

# Words that cannot be inside a speaker noun phrase: a backwards walk from a cue stops there.
BOUNDARY = word_set("""
    and but or nor that which who whom whose when where while because if as since although though
    so than then to in on at for with by from into onto about after before over under between
    through during without against within upon like unlike despite is are was were be been being
    has have had do does did will would can could should may might must shall not also however
    meanwhile yet even still just only now already there here what how why it's there's this
    these those once again too very more most less least all both each every either neither no
    yes say says said saying told tell added adding
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december today yesterday tonight tomorrow week month
    year morning afternoon evening night
    """)
TIME_WORDS = word_set("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tonight tomorrow week
    month year morning afternoon evening night weekend
    """)
# Auxiliaries and adverbs that may stand between a speaker and a reporting verb; they belong
# to the cue ("has said", "also said", "is expected to say").
AUX = word_set("""
    has have had will would is are was were be been did does do also previously later then again
    once not never recently repeatedly reportedly publicly privately later already often
    frequently further shall should could can may might must just specifically
    """)
DETERMINERS = word_set("the a an his her their its our my your this that some one")
PRONOUNS = word_set("he she they it we i you who")
ABBREV = word_set(
    "Mr Mrs Ms Dr Sen Sens Rep Reps Gov Gen Prof Rev St Jr Sr Lt Col Sgt Capt Maj Adm Atty "
    "Cmdr Ft Mt Messrs Supt Insp Det Pres Amb"
)
# "Sen. Marco Rubio, R-Fla., said", "Fresno, Calif., said": US party-state tags and state
# abbreviations end with a full stop that does not end the sentence.
_PARTY_STATE = re.compile(r"^[RDI]-[A-Z][A-Za-z]{0,5}$")
STATE_ABBREV = word_set(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo"
)
MAX_NP = 12
# "Juanita Broaddrick, who said ...": the relative pronoun is the source span (as PolNeAR
# annotates it, 364 times in train); speakers.py names it after the noun phrase before it.
RELATIVE_WHO = True
# Tokens between the commas of "NAME, a spokesman for X, said"; PolNeAR train grid 16 / 24 /
# 32: content exact F1 0.440 / 0.441 / 0.441, cue 0.579 / 0.580 / 0.580, source equal.
MAX_APPOSITIVE = 24
# Words before "to" + reporting verb that keep it a cue ("is expected to announce").
_TO_HEADS = word_set("expected set going due likely planning poised about able wants")


@dataclass(frozen=True, slots=True)
class Tok:
    """A word or punctuation token with its offsets."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with absolute offsets; a pronoun's clitic is a token of
    its own ("he’s said" -> "he", "’s", "said"), as PolNeAR puts it in the cue."""
    stop = len(text) if end is None else end
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, start, stop):
        clitic = _CLITIC.match(m.group())
        if clitic is None:
            out.append(Tok(m.group(), m.start(), m.end()))
            continue
        cut = m.start() + clitic.end(1)
        out += [Tok(clitic.group(1), m.start(), cut), Tok(clitic.group(2), cut, m.end())]
    return out


_CLITIC = re.compile(r"(?i)(he|she|it|they|we|i|you|who|that|there)([’'](?:s|ve|d|ll|re|m))$")
CLITICS = frozenset(q + c for q in "’'" for c in ("s", "ve", "d", "ll", "re", "m"))


def _np_word(tok: Tok, prev: Tok | None) -> bool:
    """Whether ``tok`` can be part of a speaker noun phrase."""
    if tok.text == ".":  # "Mr.", and middle initials ("Jock A. Finlayson")
        return prev is not None and (
            prev.text in ABBREV
            or (len(prev.text) == 1 and prev.text.isupper())
            or bool(_PARTY_STATE.match(prev.text))
            or prev.text in STATE_ABBREV
        )
    if tok.text in {"-", "’s", "'s"}:
        return True
    if tok.text in {"'", "’"}:  # plural possessive ("the judges' chair")
        return prev is not None and prev.end == tok.start and prev.low.endswith("s")
    if not (tok.text[0].isalnum()):
        return False
    return tok.low not in BOUNDARY or tok.low == "that" and False


def speaker_before(toks: list[Tok], idx: int) -> tuple[int, int] | None:
    """Token range ``[i, idx)`` of the noun phrase ending right before ``toks[idx]``.

    An appositive or relative clause between commas is part of it ("Steve Coll, the dean of
    the journalism school, said"), as PolNeAR annotates sources.
    """
    if idx <= 0:
        return None
    if toks[idx - 1].text == ",":
        return _appositive(toks, idx)
    last = toks[idx - 1]
    if last.low in PRONOUNS:
        return (idx - 1, idx) if last.low != "who" or RELATIVE_WHO else None
    # A time phrase before a comma ("Speaking on radio show Joney's Jukebox last week, Kiedis
    # said"): the comma ends a leading clause, not a name before its appositive.
    timed_comma = idx < len(toks) and toks[idx].text == ","
    idx = _skip_time(toks, idx)
    if idx <= 0:
        return None
    timed_comma = timed_comma and toks[idx].text != ","
    last = toks[idx - 1]
    if last.low in PRONOUNS:
        return (idx - 1, idx) if last.low != "who" or RELATIVE_WHO else None
    i = idx
    while i > 0 and idx - i < MAX_NP:
        tok = toks[i - 1]
        prev = toks[i - 2] if i >= 2 else None
        if tok.text == ")":  # "Bernie Sanders (I-Vt.) said": keep the parenthesis
            opening = _opening_paren(toks, i - 1)
            if opening is None or opening == 0:
                break
            i = opening
            continue
        if _coordinated(tok, prev, toks[i]):
            i -= 2  # "he and Mr. Allen said", "Clinton and Sanders said"
            continue
        if tok.low in PRONOUNS:
            break
        if not _np_word(tok, prev) and not _np_preposition(toks, i - 1):
            break
        i -= 1
        if tok.low in DETERMINERS and not (prev is not None and prev.low == "of"):
            break  # a determiner starts the noun phrase ("a gathering", not "use a gathering")
    while i < idx and toks[i].low in {"of", "-", "and"}:
        i += 1
    if i >= idx or toks[idx - 1].low in DETERMINERS or toks[idx - 1].low == "of":
        return None
    if idx - i == 1 and toks[i].low in NOT_SPEAKERS:
        return None
    if _reflexive_after_verb(toks, i, idx):
        return None  # "She found herself arguing that ...": no speaker "found herself"
    if timed_comma:
        return i, idx  # no subject inside the clause (see above)
    start = _after_leading_clause(toks, i, idx)
    return None if start is None else (start, idx)


# Words after a leading participle that open its clause ("Attending the ...", "Speaking in
# ...", "Backed by ..."): the determiners and the common prepositions, written by hand from
# the participle clauses of news ledes, not tuned.
CLAUSE_OPENERS = DETERMINERS | word_set("in at on to for with from by after before about")
# Participles of the verbs that open news ledes ("Speaking in Paris the minister ..."): never a
# name, so their clause ends without a comma too.  Hand-written.
LEADING_PARTICIPLES = word_set("""
    speaking writing addressing attending visiting appearing responding commenting talking
    testifying reacting arriving touring campaigning returning opening launching unveiling
    announcing presenting
    """)
# Words that start a sentence's subject after the object of a participle clause.
_SUBJECT_OPENERS = word_set("the a an his her their its our he she they we i")
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":", "“", "”", '"', "''", "—"})


def _after_leading_clause(toks: list[Tok], i: int, idx: int) -> int | None:
    """Where the speaker ``[i, idx)`` starts after a sentence-initial participle clause with
    no comma that the backward walk took in ("Speaking in Paris Macron said" -> "Macron",
    "Speaking to Sky News Mr Johnson said" -> "Mr Johnson"); ``i`` when there is none.  When the
    clause's object and the name cannot be told apart ("Writing in the Guardian Smith said")
    the last word before the verb, as a speaker is more often named by one word than an object
    is ("Smith"; no speaker at all would lose the quote)."""
    clause = i
    while clause > 0 and toks[clause - 1].low in CLAUSE_OPENERS and i - clause < 2:
        clause -= 1  # the walk stopped at the clause's preposition or determiner
    if clause < i:
        if clause == 0:
            return i
        clause -= 1
    if clause + 1 >= len(toks) or toks[clause + 1].low not in CLAUSE_OPENERS:
        return i
    if toks[clause].low not in LEADING_PARTICIPLES:
        return i
    if clause > 0 and toks[clause - 1].text not in _SENTENCE_ENDS:
        return i
    for j in range(max(i + 1, clause + 2), idx):
        if clause_subject_at(toks, j):
            return j
    return idx - 1 if idx - 1 > clause + 1 else None


def clause_subject_at(toks: list[Tok], j: int) -> bool:
    """Whether a sentence's subject starts at ``toks[j]``, inside a leading participle clause
    with no comma after it: a determiner, a pronoun or a capitalised name after a word of the
    clause's object ("Speaking in Paris the minister", "Speaking to reporters Johnson"); a
    title, role or given name after a capitalised object, or a capitalised word after a known
    place ("Speaking to Sky News Mr Johnson", "Speaking in Paris Macron")."""
    before, tok = toks[j - 1], toks[j]
    if not before.text.isalnum() or before.low in CLAUSE_OPENERS | {"of", "and"}:
        return False
    if tok.low in _SUBJECT_OPENERS:
        return True
    if not tok.text[0].isupper() or tok.low in TIME_WORDS:
        return False
    if before.text.islower():
        return True
    if before.text in ABBREV:
        return False  # "Mr Johnson", "St Mary's"
    if tok.text in ABBREV or tok.low in _role_words() or tok.text in lexicon.first_names():
        return True
    return _place_before(toks, j)


def _place_before(toks: list[Tok], j: int) -> bool:
    """Whether the capitalised words right before ``toks[j]``, after a preposition or
    determiner, are a known place ("in Paris", "in New York")."""
    k = j
    while k > 0 and toks[k - 1].text[:1].isupper() and j - k < 4:
        k -= 1
    if k == 0 or toks[k - 1].low not in CLAUSE_OPENERS:
        return False
    return " ".join(t.text for t in toks[k:j]) in lexicon.place_names()


# Single words that the backward walk takes for a speaker but never are one ("as he has long
# said", "she first said", "the latest poll"): the most frequent false sources on PolNeAR train.
NOT_SPEAKERS = word_set(
    "long first instead earlier ever latest emerged began making puts later once soon finally"
)


# Prepositions inside a speaker noun phrase ("a spokesman for House Speaker Paul Ryan",
# "those surveyed", "Organizers of the push"), as PolNeAR annotates sources.
NP_PREPOSITIONS = word_set("for at in from")


def _np_preposition(toks: list[Tok], j: int) -> bool:
    """Whether ``toks[j]`` is a preposition linking two parts of one noun phrase."""
    if toks[j].low not in NP_PREPOSITIONS or j == 0:
        return False
    prev = toks[j - 1]
    return prev.text.isalpha() and prev.low not in BOUNDARY and prev.low not in DETERMINERS


def _coordinated(tok: Tok, prev: Tok | None, nxt: Tok) -> bool:
    """ "and" between two names or a pronoun and a name (both sides capitalised)."""
    if not COORDINATED or tok.low != "and" or prev is None:
        return False
    left = prev.text[0].isupper() or prev.low in {"he", "she", "they", "we"}
    return left and nxt.text[0].isupper()


COORDINATED = True


def _opening_paren(toks: list[Tok], close: int) -> int | None:
    """Index of the "(" matching the ")" at ``close``, within six tokens."""
    for k in range(close - 1, max(-1, close - 7), -1):
        if toks[k].text == "(":
            return k
    return None


def _appositive(toks: list[Tok], idx: int, depth: int = 0) -> tuple[int, int] | None:
    """``NAME, APPOSITIVE,`` right before ``toks[idx]`` (the closing comma at idx - 1).

    The appositive may start with a determiner, a capital, "who"/"which", a preposition
    ("Rosa Delgado, of Fenshire Fuel Poverty Action,") or a role noun ("leader of ...");
    two appositives may follow one name ("NAME, president of X, which represents Y, said").
    """
    k = idx - 2
    while k >= 0 and idx - k <= MAX_APPOSITIVE and toks[k].text != ",":
        abbrev = toks[k].text == "." and k > 0 and _np_word(toks[k], toks[k - 1])
        if toks[k].text in {".", ";", ":", "“", "”", '"', "''", "(", ")"} and not abbrev:
            return None
        k -= 1
    if k <= 0 or toks[k].text != "," or k + 1 >= idx - 1:
        return None
    if ASIDES and _aside(toks[k + 1]):
        # "Clinton, speaking to reporters, said": "Clinton"; "Sen. Marco Rubio, R-Fla.,
        # appearing on Fox News, said": the name with its own appositive.
        return speaker_before(toks, k + 1) or speaker_before(toks, k)
    if not _appositive_start(toks, k + 1) and (idx - 1) - (k + 1) < LOOSE_APPOSITIVE:
        return None
    head = speaker_before(toks, k)
    if head is not None and toks[head[0]].text[0].isupper() and toks[head[0]].low not in PRONOUNS:
        return head[0], idx
    if depth == 0:
        outer = _appositive(toks, k + 1, depth + 1)
        if outer is not None:
            return outer[0], idx
    return None


# A participle or adverbial aside between commas is not part of the source ("Clinton,
# speaking to reporters Tuesday, said"; "The administration, for its part, said").
ASIDES = True
_ASIDE_OPENERS = word_set("for in meanwhile however too though also speaking eager asked")


def _aside(tok: Tok) -> bool:
    low = tok.low
    return tok.text.islower() and (
        low in _ASIDE_OPENERS or low.endswith("ing") or low.endswith("ly")
    )


def _appositive_start(toks: list[Tok], i: int) -> bool:
    """Whether ``toks[i]`` can open an appositive after a name."""
    inner = toks[i]
    if inner.low in DETERMINERS or inner.low in _APPOSITIVE_OPENERS or inner.text[0].isupper():
        return True
    if inner.text.isdigit():  # an age: "Carlos Guerrero, 55, said"
        return True
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    return inner.low in _role_words() or nxt in {"of", "at", "for"}


# An appositive of at least this many tokens may open with any word ("Matthew Prince, chief
# executive of CloudFlare, said"); shorter ones need a determiner, capital, role word or
# preposition, so that "Trump, meanwhile, said" keeps "Trump" alone.  PolNeAR train.
LOOSE_APPOSITIVE = 3
_APPOSITIVE_OPENERS = word_set("who which of from at")


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Lower-case one-word role titles ("leader", "president", "spokesman")."""
    return frozenset(r.lower() for r in lexicon.roles() if " " not in r and r[-1] != ".")


def _skip_time(toks: list[Tok], idx: int) -> int:
    """Step back over a time phrase between subject and verb ("James Cleverly in March")."""
    if idx >= 2 and toks[idx - 1].low in TIME_WORDS:
        j = idx - 1
        while j > 0 and toks[j - 1].low in {"last", "this", "next", "on", "in", "early", "late"}:
            j -= 1
        if j < idx - 1:
            return j
    return idx


def speaker_after(toks: list[Tok], idx: int) -> tuple[int, int] | None:
    """Token range ``[idx, j)`` of the noun phrase starting at ``toks[idx]``."""
    if idx >= len(toks):
        return None
    first = toks[idx]
    if first.low in PRONOUNS:
        return (idx, idx + 1) if first.low != "who" else None
    j = idx
    while j < len(toks) and j - idx < MAX_NP:
        tok = toks[j]
        prev = toks[j - 1] if j > idx else None
        if not _np_word(tok, prev) and not (tok.low == "the" or tok.low == "of"):
            break
        if tok.low in BOUNDARY:
            break
        j += 1
    while j > idx and toks[j - 1].low in DETERMINERS | {"of", "-"}:
        j -= 1
    return (idx, j) if j > idx else None


# Verbs that are attribution cues with a particle ("referring to", "calling for", "talked
# about"): the particle belongs to the cue, as PolNeAR annotates it.  From the most frequent
# multi-word cues of PolNeAR train that the verb list missed.
_PHRASAL = {
    **dict.fromkeys(("refer", "refers", "referred", "referring"), frozenset({"to"})),
    **dict.fromkeys(("call", "calls", "called", "calling"), frozenset({"for"})),
    **dict.fromkeys(
        ("talk", "talks", "talked", "talking", "spoke", "speak", "speaks", "speaking"),
        frozenset({"about", "of"}),
    ),
    **dict.fromkeys(("point", "points", "pointed", "pointing"), frozenset({"to", "out"})),
    **dict.fromkeys(("rail", "rails", "railed", "railing"), frozenset({"against"})),
    **dict.fromkeys(("focus", "focused", "focuses", "focusing"), frozenset({"on"})),
    **dict.fromkeys(("ask", "asks", "asked", "asking"), frozenset({"about", "for"})),
    **dict.fromkeys(("agree", "agrees", "agreed", "agreeing"), frozenset({"with"})),
    **dict.fromkeys(("warn", "warns", "warned", "warning"), frozenset({"of", "against"})),
    **dict.fromkeys(("worry", "worries", "worried"), frozenset({"about"})),
    **dict.fromkeys(("joke", "joked", "jokes", "joking"), frozenset({"about"})),
    **dict.fromkeys(("put", "puts"), frozenset({"it"})),
}


def cue_last(toks: list[Tok], verb: int) -> int:
    """Index of the last token of the cue whose verb is ``toks[verb]`` (its particle)."""
    parts = _PHRASAL.get(toks[verb].low)
    if parts and verb + 1 < len(toks) and toks[verb + 1].low in parts:
        return verb + 1
    return verb


def speaker_with_appositive(toks: list[Tok], idx: int) -> tuple[int, int] | None:
    """:func:`speaker_after` plus an appositive after it, as PolNeAR annotates sources
    ("said Anna Adams-Sarthou, a spokeswoman for the committee")."""
    sp = speaker_after(toks, idx)
    if sp is None or not APPOSITIVE_AFTER:
        return sp
    j = sp[1]
    if j + 1 >= len(toks) or toks[j].text != "," or _aside(toks[j + 1]):
        return sp
    k = j + 1
    while k < len(toks) and k - j <= MAX_POST_APPOSITIVE and not _appositive_end(toks, k):
        k += 1
    if k - j > MAX_POST_APPOSITIVE:
        return sp
    if not _appositive_start(toks, j + 1) and not (LOOSE_POST and k == len(toks) - 1):
        return sp
    return sp[0], k


# A postposed speaker's appositive that runs to the end of the sentence may open with any
# word ("said Scott Reed, senior political strategist for the U.S. Chamber of Commerce").
LOOSE_POST = True


def _appositive_end(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` ends an appositive (a full stop that is no abbreviation's)."""
    if toks[k].text not in _APPOSITIVE_END:
        return False
    nxt_upper = k + 1 < len(toks) and toks[k + 1].text[0].isupper()
    abbrev = toks[k].text == "." and k > 0 and _np_word(toks[k], toks[k - 1]) and k + 1 < len(toks)
    return not abbrev or nxt_upper and toks[k - 1].text in {"Jr", "Sr"}


APPOSITIVE_AFTER = True
# Longest appositive after a postposed speaker, in tokens ("said Steve Schmidt, a top
# Republican strategist on John McCain's 2008 campaign"); PolNeAR train: 16 -> 30 raised
# source exact F1.
MAX_POST_APPOSITIVE = 30
_APPOSITIVE_END = frozenset({",", ".", ";", ":", "?", "!", "“", "”", '"', "''", "(", ")"})


def cue_start(toks: list[Tok], verb: int) -> int:
    """Extend a reporting verb at ``toks[verb]`` backwards over auxiliaries ("has also said")."""
    i = verb
    while i > 0 and (
        toks[i - 1].low in AUX
        or toks[i - 1].low in {"n't", "to", "set", "expected"}
        or _aux_form(toks[i - 1])
        or (ADVERB_IN_CUE and _adverb(toks[i - 1]))
    ):
        i -= 1
    return i


# A manner adverb before the verb belongs to the cue ("disingenuously claimed"), not to the
# speaker; PolNeAR train: see docs/results.md.
ADVERB_IN_CUE = True
_NOT_ADVERBS = word_set("only early daily weekly monthly family italy july rally ally")


def _adverb(tok: Tok) -> bool:
    """A lower-case "-ly" word that is no noun ("family") or name."""
    return (
        tok.text.islower()
        and tok.low.endswith("ly")
        and len(tok.low) > 4
        and (tok.low not in _NOT_ADVERBS)
    )


def _aux_form(tok: Tok) -> bool:
    """A clitic ("’s", "’ve") or a negated auxiliary ("doesn’t", "didn't", "won’t")."""
    low = tok.low
    return low in CLITICS or (low.endswith(("n’t", "n't")) and len(low) > 3)


# Cue words that are often nouns ("the new report", "Drudge Report", "his claims") and
# aspect verbs that are no cue before "to" ("Trump continues to lead").
_NOUN_CUES = word_set(
    "report reports claim claims call calls promise promises tweet tweets show shows"
)
_ASPECT = word_set("continue continues continued continuing begin begins began")


def _not_a_verb(toks: list[Tok], k: int) -> bool:
    """A cue word used as a noun, an aspect verb before "to", or the filler "you know"."""
    tok = toks[k]
    prev = toks[k - 1] if k > 0 else None
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    if tok.low in _ASPECT and nxt == "to":
        return True
    if tok.low == "know" and prev is not None and prev.low == "you" and nxt in {",", "—", "-"}:
        return True
    if tok.low not in _NOUN_CUES or prev is None:
        return False
    noun_before = prev.low in DETERMINERS or prev.low.endswith(("’s", "'s")) or prev.low == "new"
    return noun_before or tok.text[0].isupper()


def _naming_called(toks: list[Tok], k: int) -> bool:
    """ "a play called “Sons of Trump”", "a firm called Cambridge Analytica": naming, no cue."""
    if toks[k].low != "called" or k == 0 or k + 1 >= len(toks):
        return False
    prev, nxt = toks[k - 1], toks[k + 1]
    if not prev.text.isalpha() or not prev.text.islower() or prev.low in PRONOUNS | AUX:
        return False
    return nxt.text[0].isupper() or nxt.text in {"“", '"', "''", "``", "‘"}


# Verbs of finding out: a report when a clause follows ("the audit found that ...", "the poll
# found Smith leading", "investigators found a flaw in the design had caused the crash"), not
# with an indefinite object and no verb after it ("engineers found a crack", "found a way"),
# "ways to ..." or an infinitive ("learned to read").
_DISCOVERY = word_set("find finds found discover discovers discovered learn learns learned learnt")
_NO_REPORT_AFTER_DISCOVERY = word_set("way ways to")
_INDEFINITE = word_set("a an")
# Finite auxiliaries and modals: one after an indefinite object makes it a clause's subject ("a
# flaw ... had caused"); a relative pronoun or a clause break before it ends the object.
_FINITE = word_set(
    "is are was were has have had will would can could may might must should shall did does do"
)
_OBJECT_ENDS = word_set('that which who whom whose where when , ; : . — – ( “ ” "')
# Nor with a reflexive object ("found himself in a tight race"); other verbs keep it ("I tell
# myself that ...": on all verbs, PolNeAR train content/cue exact F1 -0.0002/-0.0003).
_REFLEXIVES = word_set(
    "himself herself itself themselves myself ourselves yourself yourselves oneself"
)


def _no_report_object(toks: list[Tok], k: int) -> bool:
    """Whether the object after the verb ``toks[k]`` shows that it reports nothing."""
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    if toks[k].low not in _DISCOVERY:
        return False
    if nxt in _INDEFINITE:
        return not _verb_follows(toks, k + 2)
    return nxt in _NO_REPORT_AFTER_DISCOVERY or nxt in _REFLEXIVES


def _verb_follows(toks: list[Tok], start: int) -> bool:
    """Whether a finite auxiliary follows ``toks[start]`` in its clause, before any relative
    pronoun ("a flaw in the design had caused", not "a crack that had spread")."""
    for t in toks[start:]:
        if t.low in _OBJECT_ENDS:
            return False
        if t.low in _FINITE:
            return True
    return False


def _reflexive_after_verb(toks: list[Tok], start: int, end: int) -> bool:
    """Whether the tokens ``[start, end)`` end in a verb and its reflexive object ("found
    herself arguing that ..."), which is no speaker."""
    if end - start < 2 or toks[end - 1].low not in _REFLEXIVES:
        return False
    verb = toks[end - 2].low
    return verb in _DISCOVERY or verb in lexicon.quote_verbs() or verb.endswith("ed")


def is_cue(toks: list[Tok], k: int, strong: bool) -> bool:
    """Whether ``toks[k]`` is a reporting verb (``strong``: safe without quote marks).

    Not when passive after "be" ("to be admitted") or followed by an infinitive ("is
    expected to announce": the cue is the later verb).
    """
    verbs = lexicon.reporting_verbs() if strong else lexicon.quote_verbs()
    if toks[k].low not in verbs and cue_last(toks, k) == k:
        return False
    if k > 0 and toks[k - 1].low in {"be", "been", "being"}:
        return False
    if _naming_called(toks, k) or _not_a_verb(toks, k) or _no_report_object(toks, k):
        return False
    if k > 1 and toks[k - 1].low == "to" and toks[k - 2].low not in _TO_HEADS:
        return False  # a purpose infinitive ("a gathering ... to urge")
    if cue_last(toks, k) > k:
        return True  # "pointed to", "referring to"
    if not (k + 1 < len(toks) and toks[k + 1].low == "to" and toks[k].low.endswith("ed")):
        return True
    # "is expected to announce": the cue is the later verb; "refused to", "agreed to"
    # with any other verb are cues themselves.
    if not INFINITIVE_CUES or (k + 2 < len(toks) and toks[k + 2].low in verbs):
        return False
    return toks[k].low not in _TO_HEADS


# "refused to", "agreed to", "vowed to" + a verb that is not itself a cue are attribution cues
# (PolNeAR annotates them); on PolNeAR train this raised every F1 (+0.001 to +0.007).
INFINITIVE_CUES = True
