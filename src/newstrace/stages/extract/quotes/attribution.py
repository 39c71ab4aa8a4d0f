"""Cue and speaker helpers shared by direct and indirect quotes: where content starts after
a cue, where the cue ends, and who speaks when the subject is elsewhere ("X did Y, saying",
"the Secretary said the report showed “...”")."""

from __future__ import annotations

from newstrace.stages.extract import lexicon
from newstrace.stages.extract.lexicon import quote_verbs as lexicon_verbs
from newstrace.stages.extract.lexicon import word_set
from newstrace.stages.extract.phrases import (
    CLAUSE_OPENERS,
    DETERMINERS,
    LEADING_PARTICIPLES,
    Tok,
    clause_subject_at,
    cue_last,
    cue_start,
    is_cue,
    speaker_after,
    speaker_before,
)
from newstrace.stages.extract.quotes import rules
from newstrace.stages.extract.quotes.base import MAX_CUE_ADJUNCT, adjunct

# Verbs that take an object before their content ("told reporters that ...").
_OBJECT_VERBS = word_set(
    "tell tells told telling ask asks asked asking urge urges urged warn warns warned warning "
    "remind reminds reminded assure assures assured inform informs informed"
)

# Of those, verbs whose object belongs to the content before an infinitive ("urged Americans
# to avoid ...", "asked her to call ..."), as PolNeAR annotates them.
_OBJECT_TO_VERBS = word_set("ask asks asked asking urge urges urged")

_BEFORE_THAT = word_set(
    "on in a an the statement interview last this week monday tuesday wednesday thursday friday "
    "saturday sunday earlier later also recently today yesterday , morning night evening "
    "for example instance of course however"
)

# Verbs of evidence ("the response showed ..."): inside what someone said, the speaker is the
# one who said it ("the Housing Secretary said the response showed “...”").
EVIDENCE_VERBS = word_set(
    "show shows showed shown suggest suggests suggested indicate indicates indicated reveal "
    "reveals revealed prove proves proved mean means meant demonstrate demonstrates demonstrated"
)

SPEECH_VERBS = word_set("say says said saying tell tells told telling add adds added adding")


def outer_cue(toks: list[Tok], before: int) -> tuple[int, int, tuple[int, int]] | None:
    """A speech cue with a speaker before token ``before``: (verb, cue start, speaker)."""
    for k in range(before - 1, -1, -1):
        if toks[k].low in EVIDENCE_VERBS or not is_cue(toks, k, strong=True):
            continue
        if rules.NESTED_TO_OUTER and toks[k].low not in SPEECH_VERBS | EVIDENCE_VERBS:
            continue
        c0 = cue_start(toks, k)
        sp = speaker_before(toks, c0) or participle_subject(toks, c0)
        if sp is not None:
            return k, c0, sp
    return None


def participle_subject(toks: list[Tok], c0: int) -> tuple[int, int] | None:
    """``X did Y, saying ...`` or ``X did Y and said ...``: the sentence's subject speaks."""
    if c0 < 2:
        return None
    participle = toks[c0 - 1].low in {",", "by"} and toks[c0].low.endswith("ing")
    if not participle and toks[c0 - 1].low not in {"and", "but"}:
        return None
    if participle and rules.PARTICIPLE_AFTER_CUE:
        prior = _prior_speaker(toks, c0 - 1)
        if prior is not None:
            return prior
    subject = _after_participle_clause(toks, c0)
    sp = speaker_after(toks, subject) if subject is not None else None
    if sp is None:
        return None
    sp = _subject_only(toks, sp)
    return None if sp[1] >= c0 - 1 else sp


# Words after a leading participle that open its clause and the participles of news ledes:
# :data:`~newstrace.stages.extract.phrases.CLAUSE_OPENERS` and
# :data:`~newstrace.stages.extract.phrases.LEADING_PARTICIPLES`, shared with the backward
# walk of :func:`~newstrace.stages.extract.phrases.speaker_before`.  A name ending in -ing is
# followed by its verb ("Manning said"); one followed by a preposition is told apart by the
# comma that ends a participle clause and by the name lists (see below).


def _after_participle_clause(toks: list[Tok], c0: int) -> int | None:
    """Where the sentence's subject starts: after a leading participle clause ("Attending
    the summit in Budapest, he will ... and urge ..."), whose first word is no subject; 0
    when the sentence opens with its subject; None when a clause has no subject after it.
    When the clause's object and the subject cannot be told apart ("Writing in the Guardian
    Smith met critics and said ..."), the last capitalised word before the first lower-case
    word, as no subject at all would lose the quote ("Smith").

    A participle clause ends at a comma before ``c0``; without one the first word is the
    subject ("Boeing on Tuesday cut 10 percent of its jobs and said ..."), as it is when it
    is a known given name or place ("Ahmed on Monday, ...", "Beijing on Monday, ..."),
    unless it is a participle of :data:`LEADING_PARTICIPLES`, whose clause ends where a
    determiner, a pronoun or a capitalised name follows a word of its object ("Speaking in
    Paris the minister visited ... and said ...", "Speaking to reporters Johnson ...")."""
    head = toks[0]
    nxt = toks[1].low if len(toks) > 1 else ""
    if not (head.low.endswith(("ing", "ed")) and nxt in CLAUSE_OPENERS) or _known_name(head):
        return 0
    for j in range(1, c0):
        if toks[j].text == ",":
            return j + 1
    if head.low not in LEADING_PARTICIPLES:
        return 0
    for j in range(2, c0):
        if clause_subject_at(toks, j):
            return j
    for j in range(2, c0 - 1):
        nxt_tok = toks[j + 1].text
        if toks[j].text[:1].isupper() and nxt_tok.isalpha() and nxt_tok.islower():
            return j  # as in speaker_before: the last capitalised word before the verb
    return None


def _known_name(tok: Tok) -> bool:
    """Whether ``tok`` is a given name or a place of the name lists ("Ahmed", "Beijing")."""
    return tok.text in lexicon.first_names() or tok.text in lexicon.place_names()


def _prior_speaker(toks: list[Tok], comma: int) -> tuple[int, int] | None:
    """The speaker of a cue right before ``toks[comma]`` ("Mr. Murphy said ,", "said X ,")."""
    for k in range(comma - 1, max(-1, comma - MAX_CUE_ADJUNCT - 6), -1):
        if toks[k].text in {".", ";", "“", "”", '"', "''"}:
            return None
        if not is_cue(toks, k, strong=False):
            continue
        c0 = cue_start(toks, k)
        sp = speaker_before(toks, c0)
        if sp is not None and toks[sp[0]].low != "who":
            return sp
        after = speaker_after(toks, k + 1)
        return after if after is not None and after[1] == comma else None
    return None


# Irregular past tenses, which do not end in -ed ("the council met on Monday and said ..."):
# a sentence's verb, never a word of its subject.  Hand-written, leaving out forms that are
# also nouns ("left", "rose", "fell", "saw", "cut", "set", "put").
_PAST_FORMS = word_set("""
    met went came took made gave held began spoke wrote sent brought bought sold thought knew
    grew drew threw flew fought sought caught taught kept built spent lent stood understood
    chose broke froze rode drove struck wore tore won ran sat paid led fled became got upheld
    withdrew overturned undertook forgot
    """)
# Words before such a form that make it a compound adjective of the subject ("the low paid
# workers went on strike", "the best paid staff", "the well made case"), not its verb.
# Hand-written degree words.
_PAST_FORM_MODIFIERS = word_set("""
    low lower lowest high higher highest well better best worse worst top least most ill
    """)


def _subject_only(toks: list[Tok], sp: tuple[int, int]) -> tuple[int, int]:
    """Cut a sentence-initial noun phrase before its verb ("Mr. Putin backpedaled" ->
    "Mr. Putin", "speakers took turns" -> "speakers"): at the first lower-case word after a
    capitalised name, or at a word that looks like a verb or adverb."""
    first = sp[0] + 1 if toks[sp[0]].low in DETERMINERS else sp[0]
    name = first < sp[1] and toks[first].text[0].isupper()
    for j in range(first + 1, sp[1]):
        t, before = toks[j], toks[j - 1]
        if not t.text.isalpha() or not t.text.islower():
            continue
        if t.low in {"of", "the", "for", "and"}:
            continue
        past = t.low in _PAST_FORMS and before.low not in _PAST_FORM_MODIFIERS
        verbish = t.low.endswith(("ed", "ly")) or t.low in lexicon_verbs() or past
        if (name and before.text[0].isupper()) or verbish or before.low.endswith("s"):
            return sp[0], j
    return sp


# "asked our followers who ...", "told him how ...": after an object, the content starts at
# its question word.
_WH = word_set("whether if who what why how when where which")


# Verbs whose "to" is a preposition that PolNeAR puts in the cue ("respond to", "replied to"):
# the content is its object.
_VERB_TO = word_set("respond responds responded responding reply replies replied replying")


def _preposition_to(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` is a verb with a prepositional "to" and an object after it."""
    return (
        rules.PREPOSITION_TO
        and toks[k].low in _VERB_TO
        and k + 2 < len(toks)
        and toks[k + 1].low == "to"
        and toks[k + 2].text[0].isalnum()
    )


def content_after_cue(text: str, toks: list[Tok], k: int, sent_end: int) -> int:
    """Where the reported content starts after the cue ``toks[k]``."""
    if _preposition_to(toks, k):
        return toks[k + 2].start  # "did not respond to a request for comment"
    start = toks[cue_last(toks, k)].end
    if toks[k].low in _OBJECT_VERBS:
        for j in range(k + 1, min(k + 7, len(toks))):
            if toks[j].low == "to" and toks[k].low in _OBJECT_TO_VERBS and j > k + 1:
                return start  # "urged the United States to attack ...": object included
            if toks[j].low in {"that", "to"} or toks[j].text in {",", ":"}:
                return toks[j].start
            if rules.OBJECT_WH and toks[j].low in _WH and j > k + 1:
                return toks[j].start  # "asked our followers who their favourite was"
    # "said on Saturday that ...", "said in a statement that ...": content starts at "that".
    last = cue_last(toks, k)
    for j in range(last + 1, min(last + MAX_CUE_ADJUNCT + 3, len(toks))):
        if toks[j].low == "that":
            between = {t.low for t in toks[last + 1 : j]}
            if between <= _BEFORE_THAT or (rules.CUE_ADJUNCTS and adjunct(toks[last + 1 : j])):
                return toks[j].start
            break
        if toks[j].text in {".", ";", ":", "“", '"'}:
            break
    return start


def cue_end_before(text: str, toks: list[Tok], k: int, content: int) -> int:
    """End of the cue at ``toks[k]``: up to the content's "that" when an adjunct stands
    between ("said on Saturday that")."""
    if _preposition_to(toks, k):
        return toks[k + 1].end
    end = toks[cue_last(toks, k)].end
    if not rules.CUE_ADJUNCTS or toks[k].low in _OBJECT_VERBS or content <= end:
        return end
    if not text.startswith("that", content):
        return end
    between = text[end:content].strip()
    if not between or len(between.split()) > MAX_CUE_ADJUNCT // 2 or between[0] == ",":
        return end  # not over a parenthesis ("believes, for example, that")
    return end + len(text[end:content].rstrip())
