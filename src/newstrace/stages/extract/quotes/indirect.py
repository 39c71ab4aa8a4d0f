"""Indirect speech led by its cue (``X warned that ...``), several attributions per sentence
and a participle continuing a quote (``“...,” he said, adding that ...``)."""

from __future__ import annotations

import re

from newstrace.stages.extract.lexicon import word_set
from newstrace.stages.extract.phrases import (
    TIME_WORDS,
    Tok,
    cue_last,
    cue_start,
    is_cue,
    speaker_before,
    tokens,
)
from newstrace.stages.extract.quotes import rules
from newstrace.stages.extract.quotes.according import (
    according_to,
    asked_clause,
    in_a_poll,
    sourceless,
)
from newstrace.stages.extract.quotes.attribution import (
    content_after_cue,
    cue_end_before,
    participle_subject,
)
from newstrace.stages.extract.quotes.base import (
    ADJUNCT_START,
    MAX_CUE_ADJUNCT,
    MIN_INDIRECT_WORDS,
    RawQuote,
    bad_content,
    span,
    trim_content,
)
from newstrace.stages.extract.quotes.postposed import (
    colon_line,
    indirect_postposed,
    parenthetical,
    transcript_turn,
)

_QUESTION = re.compile(r"(?:what|who|why|how|when|where|which|has|have|did|does|do|is|are)\b", re.I)


def find_indirect(
    text: str, s: int, e: int, subject: tuple[int, int] | None = None
) -> list[RawQuote]:
    """Indirect speech in the sentence ``text[s:e]``: one or more attributions.

    ``subject``: the speaker of a quote right before this part of a sentence, for a
    participle that continues it ("“...,” he said, adding that ...").
    """
    toks = tokens(text, s, e)
    if len(toks) < 4:
        return []
    if text[s:e].rstrip().endswith("?") and _QUESTION.match(text, s):
        return []
    asked = asked_clause(text, toks) if rules.ASKED else None
    if asked is not None:
        return [asked] + find_indirect(text, asked.end + 1, e, subject)
    post = (
        transcript_turn(text, toks)
        or indirect_postposed(text, toks, s)
        or colon_line(text, toks, e)
    )
    if post is None and rules.PARENTHETICAL:
        post = parenthetical(text, toks, s, e)
    if post is not None:
        return [post]
    acc = according_to(text, toks, s, e) or in_a_poll(text, toks, e)
    if acc is not None:
        return [acc]
    found, nested = _cues(toks, subject)
    if not found and rules.SOURCELESS:
        return sourceless(text, toks, e)
    out: list[RawQuote | None] = []
    for n, f in enumerate(found):
        stop = e if n + 1 == len(found) else toks[_next_start(found[n + 1], f[1])].start
        out.append(_attribution(text, toks, f, stop))
    for f in nested:  # up to the next attribution after it, as its outer one would
        later = [g for g in found if g[0] > f[1]]
        stop = toks[_next_start(later[0], f[1])].start if later else e
        out.append(_attribution(text, toks, f, stop))
    return [r for r in out if r is not None]


# One attribution of a sentence: cue start, verb, speaker (characters), speaker start (token).
Found = tuple[int, int, tuple[int, int], int]


def _cues(toks: list[Tok], subject: tuple[int, int] | None) -> tuple[list[Found], list[Found]]:
    """The attributions of a sentence in order, and those nested in another's content."""
    found: list[Found] = []
    nested: list[Found] = []
    for k in range(len(toks)):
        if not is_cue(toks, k, strong=True):
            continue
        c0 = cue_start(toks, k)
        sp = speaker_before(toks, c0) or participle_subject(toks, c0)
        if sp is None and found and rules.MULTI_INDIRECT and toks[c0 - 1].low in {"and", "but"}:
            found.append((c0, k, found[-1][2], c0))  # "X praised Y and said ...": X again
            continue
        if sp is None:
            if subject is None or not _leading_participle(toks, c0, k):
                continue
            found.append((c0, k, subject, c0))  # "“...,” he said, adding that ..."
            continue
        if found and rules.APPOSITIVE_OVERRIDE and sp[0] <= found[-1][0] < c0:
            pass  # "X, who requested anonymity, said ...": both are attributions
        elif found and (not rules.MULTI_INDIRECT or not _new_clause(toks, sp[0], c0)):
            if rules.NESTED_INDIRECT and toks[k].low in _NESTED_SPEECH:
                nested.append((c0, k, span(toks, sp), sp[0]))
            continue
        found.append((c0, k, span(toks, sp), sp[0]))
    return found, nested


def _attribution(text: str, toks: list[Tok], found: Found, stop: int) -> RawQuote | None:
    """The indirect quote of one attribution (cue start, verb, speaker, speaker start) whose
    content ends by ``stop``."""
    c0, k, speaker, sp0 = found
    if rules.SUBORDINATE_STOP and _subordinate(toks, sp0):
        stop = _first_comma(toks, k, stop)
    c_start, c_end = trim_content(text, content_after_cue(text, toks, k, stop), stop)
    if rules.RELATIVE_GAP and sp0 > 1 and toks[sp0 - 1].low in {"which", "that"}:
        # "a deadline that insiders said went unnoticed": the relative is the content's
        # subject; the content runs from it to the end of the relative clause.
        c_start = toks[sp0 - 1].start
        c_end = min(c_end, _first_comma(toks, k, c_end))
    if rules.OBJECT_ENDS and _takes_object(toks, k, text, c_start):
        c_end = min(c_end, _first_break(toks, k, c_end))
    c_end = _drop_connector(text, c_start, c_end)
    if len(text[c_start:c_end].split()) < MIN_INDIRECT_WORDS or bad_content(text, c_start):
        return None
    if _only_time(text[c_start:c_end]):
        return None  # "a package expected later this year": a participle, nothing reported
    cue = (toks[c0].start, cue_end_before(text, toks, k, c_start))
    return RawQuote(c_start, c_end, "indirect", cue, speaker)


# Words of a time phrase; content made of these alone reports nothing ("later this year").
# The phrase's own words (TIME_WORDS, units of time, seasons) and the words that open or
# qualify one, written by hand from time phrases of news, not tuned; a content needs every word
# in the list (or a number) to be dropped, so a longer list can only drop time-only contents.
_TIME_PHRASE = TIME_WORDS | word_set(
    "later earlier soon this next last the coming following within in by of a an ago early "
    "late mid summer winter spring autumn fall days weeks months years decade"
)


def _only_time(content: str) -> bool:
    """Whether ``content`` is only a time phrase ("later this year", "next week")."""
    words = [w.strip(",.;:").lower() for w in content.split()]
    return all(w in _TIME_PHRASE or w.isdigit() for w in words)


# Stance verbs whose content is a noun phrase ("endorsed the former secretary's bid,
# including ...", "railed against the deal, which ..."): the content ends at the first comma,
# dash, colon or parenthesis.  Verbs of saying and thinking take a clause and keep the rest of
# the sentence.
_OBJECT_STANCE = word_set(
    "endorse endorses endorsed endorsing back backs backed backing support supports supported "
    "supporting criticize criticizes criticized criticizing criticise criticised denounce "
    "denounces denounced denouncing mention mentions mentioned mentioning cite cites cited "
    "citing recount recounts recounted recounting praise praises praised praising oppose "
    "opposes opposed opposing condemn condemns condemned condemning deny denies denied denying "
    "defend defends defended defending propose proposes proposed proposing reject rejects "
    "rejected rejecting attack attacks attacked attacking blast blasts blasted slam slams "
    "slammed welcome welcomes welcomed welcoming hail hails hailed mock mocks mocked decry "
    "decries decried applaud applauds applauded dismiss dismisses dismissed blame blames blamed "
    "echo echoes echoed against with on"
)
_BREAKS = frozenset({",", ";", ":", "(", "—", "–", "-", "--"})


def _takes_object(toks: list[Tok], k: int, text: str, c_start: int) -> bool:
    """Whether the cue at ``toks[k]`` is a stance verb with a noun-phrase content."""
    last = toks[cue_last(toks, k)].low
    if last not in _OBJECT_STANCE and toks[k].low not in _OBJECT_STANCE:
        return False
    return not text.startswith(("that ", "to "), c_start)


def _first_break(toks: list[Tok], k: int, stop: int) -> int:
    """Start of the first comma, dash, colon or parenthesis after the cue ``toks[k]``."""
    for t in toks[cue_last(toks, k) + 1 :]:
        if t.start >= stop:
            break
        if t.text in _BREAKS:
            return t.start
    return stop


# Speech verbs whose attribution inside another's content is kept as a quote of its own ("the
# aides said Mr. Smith told them he would run"); other nested cues stay part of the content
# (PolNeAR train: any nested cue lowered every F1, these raised content and cue, see
# docs/results.md).
_NESTED_SPEECH = word_set(
    "said says say told tells added adds argued argues noted notes claimed claims insisted "
    "wrote writes reported warned stated explained"
)


_SUBORDINATORS = word_set(
    "although though after before when whenever while as since because if once until unless "
    "whereas even"
)


def _subordinate(toks: list[Tok], sp0: int) -> bool:
    """Whether the speaker at ``toks[sp0]`` follows a subordinator opening its clause."""
    for j in range(sp0 - 1, max(-1, sp0 - 6), -1):
        if toks[j].text in {",", ";", ":"}:
            return False
        if toks[j].low in _SUBORDINATORS:
            return (
                j == 0
                or toks[j - 1].text in {",", ";", "—", "–"}
                or toks[j - 1].low in {"but", "and", "even", "just"}
            )
    return False


def _first_comma(toks: list[Tok], k: int, stop: int) -> int:
    """Start of the first comma after the cue ``toks[k]`` and before ``stop``."""
    for t in toks[k + 1 :]:
        if t.start >= stop:
            break
        if t.text == ",":
            return t.start
    return stop


def _next_start(nxt: tuple[int, int, tuple[int, int], int], k: int) -> int:
    """First token of the next attribution: its speaker, or its cue when the speaker is the
    sentence's subject ("..., but did not say how many")."""
    c0, _, _, sp0 = nxt
    return sp0 if k < sp0 < c0 else c0


def _leading_participle(toks: list[Tok], c0: int, k: int) -> bool:
    """``, adding that ...`` at the start of a segment (or after a short adjunct, "of the
    group, adding ..."): a participle with no subject of its own."""
    if rules.MIXED_STOPS_AT_CUE and c0 == 1 and toks[0].low in {"and", "but"}:
        return True  # "“crystal ball” and said ...": the mixed quote's speaker again
    if not toks[k].low.endswith("ing"):
        return False
    if c0 <= 1:
        return all(t.text == "," for t in toks[:c0])
    lead = toks[0].low in ADJUNCT_START or toks[0].low in {"of", "about", "to", "with"}
    return toks[c0 - 1].text == "," and c0 <= MAX_CUE_ADJUNCT and lead


_CLAUSE_LINKS = word_set(", ; and but while whereas although though — -- –")


def _new_clause(toks: list[Tok], sp_start: int, c0: int) -> bool:
    """Whether an attribution starting at ``sp_start`` opens a clause of its own."""
    if toks[c0 - 1].low in {"and", "but"}:
        return True  # "He called the actions lawful, and said ..."
    if toks[c0 - 1].text == "," and toks[c0].low.endswith("ing"):
        return True  # "Kaine decried that math, saying ..."
    if sp_start == 0:
        return False
    before = toks[sp_start - 1].low
    if sp_start < c0 - 1 or toks[sp_start].low in {"and", "but"}:
        return before in _CLAUSE_LINKS
    return before in _CLAUSE_LINKS or toks[c0 - 1].low in {"and", "but"}


def _drop_connector(text: str, start: int, end: int) -> int:
    """Cut a trailing ", while" / "and" / "but" that links to the next attribution."""
    while True:
        words = text[start:end].rsplit(None, 1)
        if len(words) == 2 and words[1].lower() in _CLAUSE_LINKS:
            end = start + len(words[0])
        else:
            break
        while end > start and text[end - 1] in " ,;":
            end -= 1
    return end
