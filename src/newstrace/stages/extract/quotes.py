"""Direct, mixed and indirect quotes with their cue and speaker span (rule based).

Direct quotes come from paired quotation marks (:mod:`.marks`); a reporting verb and noun
phrase right after the closing mark (``”, Mr Sunak said``, ``” said Smith``) or right before
the opening mark (``Sir Keir said: “``) attributes them.  When words stand between the cue and
the quote (``He said the UK would be “at the heart of efforts”``) the quote is *mixed* and its
content runs from the cue to the end of the sentence.  A quote on a new paragraph after a
headed line (``Home Secretary said:``) or continuing the previous speaker's quote inherits that
speaker.  Indirect speech is a sentence with a strong reporting verb and a speaker before it
(``X warned that ...``), a speaker and verb after the content (``..., a source said.``),
``according to X`` or ``In a new CNN poll, ...``; a sentence may hold several attributions
(``X said ..., while Y said ...``, ``X praised Y and said ...``) and indirect speech may stand
beside a direct quote (``“...,” he said, adding that ...``).  Cues follow PolNeAR: a phrasal
particle (``referring to``), an adjunct before ``that`` or a colon (``said in an interview:``)
and the colon itself belong to the cue; a relative ``who`` is a source.  Speaker *names* are
resolved afterwards by :mod:`.speakers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newstrace.stages.extract.lexicon import quote_verbs as lexicon_verbs
from newstrace.stages.extract.lexicon import word_set
from newstrace.stages.extract.marks import Quoted, find_quoted
from newstrace.stages.extract.phrases import (
    BOUNDARY,
    DETERMINERS,
    Tok,
    cue_last,
    cue_start,
    is_cue,
    speaker_after,
    speaker_before,
    speaker_with_appositive,
    tokens,
)
from newstrace.text.sentences import sentence_spans

# Unattributed quotes shorter than this many words are scare quotes or titles, not quotes.
# Chosen on PolNeAR train by a grid over {3, 5, 8, 12}: content exact F1 0.357/0.360/0.360/
# 0.360, overlap F1 0.629/0.623/0.618/0.614; 5 keeps exact F1 at its best with more overlap.
MIN_UNATTRIBUTED_WORDS = 5
# Indirect content shorter than this many words is dropped; same grid over {2, 3, 5} on
# PolNeAR train: 2 is best for all three spans (differences <= 0.005).  Re-run over {1, 2, 3}
# after the PolNeAR-span rules: 1 is best for all three (content/source/cue exact F1
# 0.488/0.611/0.620 vs 0.488/0.610/0.618 for 2 and 0.485/0.608/0.614 for 3).
MIN_INDIRECT_WORDS = 1
# Several attributions in one sentence ("74 percent said ..., while 22 percent said ...") and
# indirect speech beside a direct quote in its sentence; see docs/results.md for the
# train scores with and without each.
MULTI_INDIRECT = True
INDIRECT_BESIDE_QUOTES = True
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
# Longest text between two quotes of one speaker that may be just the attribution of the
# first ("Gov. Kasich replied."). Grid on PolNeAR train, content exact/overlap F1:
# 40 -> 0.345/0.620, 80 -> 0.361/0.626, 160 -> 0.370/0.629, 400 -> 0.371/0.630 (plateau).
MAX_BETWEEN = 160
# Most tokens between a closing quote mark and its cue ("” Terrie Rizzo, the Democratic chair
# of Florida's Palm Beach County, said"): name plus appositive (MAX_APPOSITIVE) and a margin.
# PolNeAR train: 10 (the first version) -> 24 raised source and cue F1; 24 and 32 are equal.
MAX_POST_SPEAKER = 32
# Most words before the colon of "Bernie Sanders: I'm not much of a socialist".
MAX_COLON_SPEAKER = 4
# Most tokens after the last comma for a postposed attribution (", a senior official said").
MAX_POSTPOSED = 12
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A quote found in one article, before speaker names are resolved."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    inherit_from: int | None = None  # index of an earlier RawQuote whose speaker applies


def _sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return pos, pos


def _span(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    return toks[rng[0]].start, toks[rng[1] - 1].end


def _post_attribution(
    text: str, q: Quoted, sent_end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``”, Mr Sunak said`` or ``” said Smith``: (cue span, speaker span)."""
    inside = text[q.start : q.end].rstrip().rstrip("’'\"”")
    after = text[q.close_end : min(sent_end, q.close_end + 200)]
    if not after.strip() or after.lstrip()[:1] in {".", "?", "!"}:
        return None
    if not (inside.endswith((",", ".", "?", "!", "—", "-", "–")) or after.lstrip().startswith(",")):
        return None
    toks = tokens(text, q.close_end, q.close_end + len(after))
    if toks and toks[0].text == ",":
        toks = toks[1:]
    if not toks:
        return None
    if len(toks) > 2 and toks[0].low == "according" and toks[1].low == "to":
        sp = speaker_with_appositive(toks, 2)  # ”, according to Mayor Linda Ostrowski
        return ((toks[0].start, toks[1].end), _span(toks, sp)) if sp else None
    if is_cue(toks, 0, strong=False) and (not INVERSION_ONLY_SPEECH or toks[0].low in _INVERTED):
        sp = speaker_with_appositive(toks, 1)
        if sp:
            return (toks[0].start, toks[0].end), _span(toks, sp)
    # "” Terrie Rizzo, the Democratic chair of the county, said": the speaker's noun phrase
    # with an appositive may stand between the quote and the cue.
    for k in range(1, min(len(toks), MAX_POST_SPEAKER)):
        if is_cue(toks, k, strong=False):
            c0 = cue_start(toks, k)
            sp = speaker_before(toks, c0)
            if sp and sp[0] == 0:
                return (toks[c0].start, toks[cue_last(toks, k)].end), _span(toks, sp)
            return None
    return None


# Only speech verbs invert after a quote ("” said Smith", "” wrote Morton Klein"); "” denounced
# her record" is a new clause.  PolNeAR train: see docs/results.md.
INVERSION_ONLY_SPEECH = True
_INVERTED = word_set(
    "said says say added adds asked asks wrote writes told tells replied replies continued "
    "continues explained explains noted notes recalled recalls tweeted insisted insists argued "
    "argues responded countered counters quipped declared warned warns concluded offered "
    "acknowledged admitted observed remarked joked laughed shouted yelled cautioned agreed "
    "complained conceded boasted stated announced suggested predicted promised vowed according"
)


def _pre_attribution(
    text: str, q: Quoted, lo: int
) -> tuple[tuple[int, int], tuple[int, int], bool, int] | None:
    """``X said: “`` before the quote: (cue, speaker, mixed?, end of cue)."""
    toks = tokens(text, lo, q.open_at)
    for k in range(len(toks) - 1, -1, -1):
        if not is_cue(toks, k, strong=False):
            continue
        c0 = cue_start(toks, k)
        sp = speaker_before(toks, c0) or _participle_subject(toks, c0)
        if sp is None:
            continue
        if toks[k].low in _EVIDENCE_VERBS or (NESTED_TO_OUTER and toks[k].low not in _SPEECH_VERBS):
            outer = _outer_cue(toks, sp[0])
            if outer is not None:
                k, c0, sp = outer
        cue_end = toks[cue_last(toks, k)].end
        gap = text[cue_end : q.open_at]
        mixed = bool(gap.strip(" \t\n:,—-"))
        content = _content_after_cue(text, toks, k, q.open_at)
        if CUE_ADJUNCTS and _colon_adjunct(gap):
            # "said in an interview: “...”": a direct quote; the adjunct and colon are the cue's
            mixed, cue_end = False, cue_end + gap.rstrip().rfind(":") + 1
        elif CUE_ADJUNCTS and _colon_adjunct(gap, ","):
            mixed = False  # "said last week in Tel Aviv, “...”": a direct quote
        elif CUE_ADJUNCTS and gap.strip() == ":":
            cue_end = cue_end + gap.find(":") + 1
        return (toks[c0].start, cue_end), _span(toks, sp), mixed, content
    return _according_before(toks) or _colon_attribution(toks)


def _according_before(
    toks: list[Tok],
) -> tuple[tuple[int, int], tuple[int, int], bool, int] | None:
    """``According to the Trump campaign, “...”`` right before the quote."""
    for i in range(len(toks) - 2):
        if toks[i].low == "according" and toks[i + 1].low == "to":
            sp = speaker_with_appositive(toks, i + 2)
            if sp is None or sp[1] != len(toks) - 1 or toks[-1].text not in {",", ":"}:
                return None
            return (toks[i].start, toks[i + 1].end), _span(toks, sp), False, toks[-1].end
    return None


# PolNeAR cues include adjuncts between the verb and the content ("said in an email that",
# "said on Twitter: “"); with this on, the cue span takes them in (train scores in
# docs/results.md).
CUE_ADJUNCTS = True
MAX_CUE_ADJUNCT = 8  # words of "in an interview with the paper on Friday"


def _colon_adjunct(gap: str, mark: str = ":") -> bool:
    """ " in an interview: " (or ``mark``) between a cue and a quote mark."""
    body = gap.strip()
    if not body.endswith(mark) or body == mark:
        return False
    words = body[:-1].split()
    return 0 < len(words) <= MAX_CUE_ADJUNCT and words[0].lower() in _ADJUNCT_START


_ADJUNCT_START = word_set(
    "in on at during before after from to last this earlier later yesterday today tonight "
    "monday tuesday wednesday thursday friday saturday sunday again also then"
)


# Verbs of evidence ("the response showed ..."): inside what someone said, the speaker is the
# one who said it ("the Housing Secretary said the response showed “...”").
_EVIDENCE_VERBS = word_set(
    "show shows showed shown suggest suggests suggested indicate indicates indicated reveal "
    "reveals revealed prove proves proved mean means meant demonstrate demonstrates demonstrated"
)


# Any other cue verb right inside a speech verb's content ("The chief executive said the trust
# had offered “...”") also gives way to the speech verb's speaker.
NESTED_TO_OUTER = True
_SPEECH_VERBS = word_set("say says said saying tell tells told telling add adds added adding")


def _outer_cue(toks: list[Tok], before: int) -> tuple[int, int, tuple[int, int]] | None:
    """A speech cue with a speaker before token ``before``: (verb, cue start, speaker)."""
    for k in range(before - 1, -1, -1):
        if toks[k].low in _EVIDENCE_VERBS or not is_cue(toks, k, strong=True):
            continue
        if NESTED_TO_OUTER and toks[k].low not in _SPEECH_VERBS | _EVIDENCE_VERBS:
            continue
        c0 = cue_start(toks, k)
        sp = speaker_before(toks, c0) or _participle_subject(toks, c0)
        if sp is not None:
            return k, c0, sp
    return None


def _colon_attribution(
    toks: list[Tok],
) -> tuple[tuple[int, int], tuple[int, int], bool, int] | None:
    """``Trump: “...”`` -- a short capitalised noun phrase and a colon before the quote."""
    if len(toks) < 2 or toks[-1].text != ":":
        return None
    sp = speaker_before(toks, len(toks) - 1)
    if sp is None or sp[0] != 0 or not toks[0].text[0].isupper() or sp[1] - sp[0] > 5:
        return None
    colon = (toks[-1].start, toks[-1].end)
    return colon, _span(toks, sp), False, toks[-1].end


def _participle_subject(toks: list[Tok], c0: int) -> tuple[int, int] | None:
    """``X did Y, saying ...`` or ``X did Y and said ...``: the sentence's subject speaks."""
    if c0 < 2:
        return None
    participle = toks[c0 - 1].low in {",", "by"} and toks[c0].low.endswith("ing")
    if not participle and toks[c0 - 1].low not in {"and", "but"}:
        return None
    if participle and PARTICIPLE_AFTER_CUE:
        prior = _prior_speaker(toks, c0 - 1)
        if prior is not None:
            return prior
    sp = speaker_after(toks, 0)
    if sp is None:
        return None
    sp = _subject_only(toks, sp)
    return None if sp[1] >= c0 - 1 else sp


# ", adding that ..." after "X said" (or "said X"): the participle's speaker is X.
PARTICIPLE_AFTER_CUE = True


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
        verbish = t.low.endswith(("ed", "ly")) or t.low in lexicon_verbs()
        if (name and before.text[0].isupper()) or verbish or before.low.endswith("s"):
            return sp[0], j
    return sp


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, colons and a trailing full stop outside quote marks."""
    while start < end and (text[start].isspace() or text[start] in ":,"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;"):
        end -= 1
    return start, end


def _content_after_cue(text: str, toks: list[Tok], k: int, sent_end: int) -> int:
    """Where the reported content starts after the cue ``toks[k]``."""
    start = toks[cue_last(toks, k)].end
    if toks[k].low in _OBJECT_VERBS:
        for j in range(k + 1, min(k + 7, len(toks))):
            if toks[j].low == "to" and toks[k].low in _OBJECT_TO_VERBS and j > k + 1:
                return start  # "urged the United States to attack ...": object included
            if toks[j].low in {"that", "to"} or toks[j].text in {",", ":"}:
                return toks[j].start
    # "said on Saturday that ...", "said in a statement that ...": content starts at "that".
    last = cue_last(toks, k)
    for j in range(last + 1, min(last + MAX_CUE_ADJUNCT + 3, len(toks))):
        if toks[j].low == "that":
            between = {t.low for t in toks[last + 1 : j]}
            if between <= _BEFORE_THAT or (CUE_ADJUNCTS and _adjunct(toks[last + 1 : j])):
                return toks[j].start
            break
        if toks[j].text in {".", ";", ":", "“", '"'}:
            break
    return start


def _adjunct(toks: list[Tok]) -> bool:
    """A short prepositional or time phrase ("on NBC's Meet the Press on Sunday")."""
    return 0 < len(toks) <= MAX_CUE_ADJUNCT + 2 and toks[0].low in _ADJUNCT_START


def find_quotes(text: str) -> list[RawQuote]:
    """Direct, mixed and indirect quotes of ``text`` (speaker spans, no names yet)."""
    sents = sentence_spans(text)
    out: list[RawQuote] = []
    covered: list[tuple[int, int]] = []
    last_direct: int | None = None
    last_end = -1
    for q in find_quoted(text):
        if any(s <= q.start and q.end <= e for s, e in covered):
            continue
        s_open, s_open_end = _sentence_at(sents, q.open_at)
        _, s_close_end = _sentence_at(sents, max(q.open_at, q.close_end - 1))
        post = _post_attribution(text, q, _post_limit(text, sents, q, s_close_end))
        if post is not None:
            lead = _lead_in(text, s_open, q) if LEAD_IN else None
            if lead is not None:
                out.append(RawQuote(lead, q.close_end, "mixed", post[0], post[1]))
                covered.append((lead, q.close_end))
                last_direct, last_end = len(out) - 1, q.close_end
                continue
            out.append(RawQuote(q.start, q.end, "direct", post[0], post[1]))
        else:
            lo = max(s_open, last_end) if PRE_AFTER_QUOTE else s_open
            pre = _pre_attribution(text, q, lo)
            if pre is None:
                pre = _header_attribution(text, sents, q, s_open)
            if pre is not None and pre[2]:
                first = pre[3]
                if (
                    PARENTHETICAL
                    and _between_commas(text, lo, pre[1][0])
                    and text[pre[0][1] : pre[0][1] + 1] == ","
                ):
                    first = lo  # "An ambassador's job, he said, should be to “...”"
                c_start, c_end = _trim_content(text, first, max(s_open_end, q.close_end))
                if text[c_end : c_end + 1] in {"”", '"', "’"}:
                    c_end += 1
                out.append(RawQuote(c_start, c_end, "mixed", pre[0], pre[1]))
                covered.append((c_start, c_end))
                continue
            if pre is not None:
                out.append(RawQuote(q.start, q.end, "direct", pre[0], pre[1]))
            elif last_direct is not None and _continues(
                text, last_end, q.open_at, _attributed_after(out[last_direct])
            ):
                out.append(RawQuote(q.start, q.end, "direct", None, None, last_direct))
            elif len(text[q.start : q.end].split()) >= MIN_UNATTRIBUTED_WORDS:
                out.append(RawQuote(q.start, q.end, "direct", None, None))
            else:
                continue
        covered.append((q.open_at, q.close_end))
        last_direct, last_end = len(out) - 1, q.close_end
    return _sorted(out + _indirect_pass(text, sents, covered, out))


def _indirect_pass(
    text: str, sents: list[tuple[int, int]], covered: list[tuple[int, int]], direct: list[RawQuote]
) -> list[RawQuote]:
    """Indirect speech in every sentence, or in the parts of a sentence outside its quotes."""
    blocked = covered + [r.cue for r in direct if r.cue] + [r.speaker for r in direct if r.speaker]
    out: list[RawQuote] = []
    for s, e in sents:
        if not any(a < e and s < b for a, b in covered):
            out += _indirect(text, s, e)
            continue
        if INDIRECT_BESIDE_QUOTES:
            for seg_s, seg_e in _free_segments(s, e, blocked):
                out += _indirect(text, seg_s, seg_e, _speaker_ending_at(direct, seg_s))
    return out


def _speaker_ending_at(raws: list[RawQuote], pos: int) -> tuple[int, int] | None:
    """The speaker of the quote whose attribution ends right at ``pos``."""
    for r in raws:
        if r.speaker is None:
            continue
        ends = [r.speaker[1], r.cue[1] if r.cue else -1, r.end]
        if max(ends) <= pos and pos - max(ends) <= 2:
            return r.speaker
    return None


def _free_segments(s: int, e: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``[s, e)`` outside every blocked span."""
    out: list[tuple[int, int]] = []
    pos = s
    for a, b in sorted(x for x in blocked if x[0] < e and s < x[1]):
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < e:
        out.append((pos, e))
    return out


# A quote attributed after its closing mark whose sentence starts before the opening mark
# ("The new plans “will not solve this,” Ms Richards said") is mixed: PolNeAR's content
# runs from the sentence start.  PolNeAR train: see docs/results.md.
LEAD_IN = True


# Look for a quote's preceding attribution only after the previous quote of its sentence.
PRE_AFTER_QUOTE = True


def _between_commas(text: str, lo: int, speaker: int) -> bool:
    """Whether words and a comma stand between ``lo`` and a speaker at ``speaker``."""
    before = text[lo:speaker].rstrip()
    return before.endswith(",") and any(c.isalnum() for c in before)


def _lead_in(text: str, s_open: int, q: Quoted) -> int | None:
    """Start of the words before the opening mark in the quote's sentence, if any."""
    before = text[s_open : q.open_at]
    if not any(c.isalnum() for c in before) or any(m in before for m in '“”"«»'):
        return None
    toks = tokens(text, s_open, q.open_at)
    if any(is_cue(toks, k, strong=False) for k in range(len(toks))):
        return None
    start, _ = _trim_content(text, s_open, q.open_at)
    return start


def _post_limit(text: str, sents: list[tuple[int, int]], q: Quoted, s_close_end: int) -> int:
    """Where a post-attribution may end: the quote's sentence, or the next one on the same
    line when the sentence splitter cut after "?”" or "!”" ("“... power?” Biden said.")."""
    end = max(s_close_end, q.close_end)
    if text[q.start : q.end].rstrip().rstrip("’'\"”")[-1:] not in {"?", "!"}:
        return end
    if text[q.close_end : end].strip():
        return end
    nxt = next(((a, b) for a, b in sents if a >= end), None)
    if nxt is None or "\n" in text[end : nxt[0]]:
        return end
    return nxt[1]


def _sorted(raws: list[RawQuote]) -> list[RawQuote]:
    """Quotes in text order, with ``inherit_from`` re-pointed into the sorted list."""
    order = sorted(range(len(raws)), key=lambda n: raws[n].start)
    new_index = {old: new for new, old in enumerate(order)}
    out = []
    for old in order:
        r = raws[old]
        if r.inherit_from is not None:
            r = replace(r, inherit_from=new_index[r.inherit_from])
        out.append(r)
    return out


def _continues(text: str, prev_end: int, open_at: int, attributed_after: bool = False) -> bool:
    """Whether a quote at ``open_at`` carries on the quote that ended at ``prev_end``."""
    between = text[prev_end:open_at].strip()
    # Nothing between (a new paragraph of the same quote) or only a short attribution
    # ("Gov. Kasich replied.", "Bond said,") ending a clause.
    if not between:
        return True
    if not between.endswith((".", ":", ",")):
        return False
    if len(between) <= MAX_BETWEEN:
        return True
    # A long attribution of the previous quote ("” said X, who ... and now serves as ....")
    # in the same paragraph and sentence.
    return (
        LONG_ATTRIBUTION
        and attributed_after
        and "\n" not in between
        and not re.search(r"[.!?]\s", between[:-1])
    )


# The text between two quotes may be any one-sentence attribution of the first one when that
# attribution follows it (PolNeAR train: see docs/results.md).
LONG_ATTRIBUTION = True


def _attributed_after(raw: RawQuote) -> bool:
    """Whether the quote's cue stands after the quote."""
    return raw.cue is not None and raw.cue[0] >= raw.end


def _header_attribution(
    text: str, sents: list[tuple[int, int]], q: Quoted, s_open: int
) -> tuple[tuple[int, int], tuple[int, int], bool, int] | None:
    """``Home Secretary said:`` as the whole previous sentence or line before the quote."""
    if text[s_open : q.open_at].strip():
        return None
    line_start = text.rfind("\n", 0, max(0, q.open_at - 1))
    prev_line_start = text.rfind("\n", 0, max(0, line_start)) + 1
    head = text[prev_line_start:line_start].rstrip() if line_start > 0 else ""
    if not head.endswith(":") or len(head) > 120:
        return None
    toks = tokens(text, prev_line_start, prev_line_start + len(head))
    for k in range(len(toks) - 1, -1, -1):
        if is_cue(toks, k, strong=False):
            c0 = cue_start(toks, k)
            sp = speaker_before(toks, c0)
            if sp is not None:
                return (toks[c0].start, toks[k].end), _span(toks, sp), False, toks[k].end
    return None


_BAD_START = re.compile(r"(?:about|on|in|at|for|with|by|from|into|of|up|out|off|down)\b", re.I)
_QUESTION = re.compile(r"(?:what|who|why|how|when|where|which|has|have|did|does|do|is|are)\b", re.I)


def _bad_content(text: str, start: int) -> bool:
    """Content cannot start with a preposition ("said about ...")."""
    return bool(_BAD_START.match(text, start))


def _indirect(text: str, s: int, e: int, subject: tuple[int, int] | None = None) -> list[RawQuote]:
    """Indirect speech in the sentence ``text[s:e]``: one or more attributions.

    ``subject``: the speaker of a quote right before this part of a sentence, for a
    participle that continues it ("“...,” he said, adding that ...").
    """
    toks = tokens(text, s, e)
    if len(toks) < 4:
        return []
    if text[s:e].rstrip().endswith("?") and _QUESTION.match(text, s):
        return []
    asked = _asked(text, toks) if ASKED else None
    if asked is not None:
        return [asked] + _indirect(text, asked.end + 1, e, subject)
    post = _indirect_postposed(text, toks, s) or _colon_line(text, toks, e)
    if post is None and PARENTHETICAL:
        post = _parenthetical(text, toks, s, e)
    if post is not None:
        return [post]
    acc = _according(text, toks, s, e) or _in_a_poll(text, toks, e)
    if acc is not None:
        return [acc]
    found: list[tuple[int, int, tuple[int, int], int]] = []  # cue start, verb, speaker chars
    for k in range(len(toks)):
        if not is_cue(toks, k, strong=True):
            continue
        c0 = cue_start(toks, k)
        sp = speaker_before(toks, c0) or _participle_subject(toks, c0)
        if sp is None and found and MULTI_INDIRECT and toks[c0 - 1].low in {"and", "but"}:
            found.append((c0, k, found[-1][2], c0))  # "X praised Y and said ...": X again
            continue
        if sp is None:
            if subject is None or not _leading_participle(toks, c0, k):
                continue
            found.append((c0, k, subject, c0))  # "“...,” he said, adding that ..."
            continue
        if found and APPOSITIVE_OVERRIDE and sp[0] <= found[-1][0] < c0:
            pass  # "X, who requested anonymity, said ...": both are attributions
        elif found and (not MULTI_INDIRECT or not _new_clause(toks, sp[0], c0)):
            continue
        found.append((c0, k, _span(toks, sp), sp[0]))
    if not found and SOURCELESS:
        return _sourceless(text, toks, e)
    out: list[RawQuote] = []
    for n, (c0, k, speaker, sp0) in enumerate(found):
        stop = e if n + 1 == len(found) else toks[_next_start(found[n + 1], k)].start
        if SUBORDINATE_STOP and _subordinate(toks, sp0):
            stop = _first_comma(toks, k, stop)
        c_start, c_end = _trim_content(text, _content_after_cue(text, toks, k, stop), stop)
        if RELATIVE_GAP and sp0 > 1 and toks[sp0 - 1].low in {"which", "that"}:
            # "a deadline that insiders said went unnoticed": the relative is the content's
            # subject; the content runs from it to the end of the relative clause.
            c_start = toks[sp0 - 1].start
            c_end = min(c_end, _first_comma(toks, k, c_end))
        c_end = _drop_connector(text, c_start, c_end)
        if len(text[c_start:c_end].split()) < MIN_INDIRECT_WORDS or _bad_content(text, c_start):
            continue
        cue = (toks[c0].start, _cue_end_before(text, toks, k, c_start))
        out.append(RawQuote(c_start, c_end, "indirect", cue, speaker))
    return out


# An attribution inside a leading subordinate clause ("Although Rubio opposes X, he ...",
# "After Trump announced X, Y wrote ...") ends its content at the clause's comma.
SUBORDINATE_STOP = True
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


# Attributions without a source ("The House is expected to pass ...", "New Hampshire seems
# stable"): PolNeAR's cue is the verb (with "is"/"are" for "expected") and its content the
# clause around it (a discontinuous span, taken as its envelope).
# Off in the product: an attribution with no source is not "who said what" (on: +0.006 cue
# F1 on PolNeAR train; dev with both flags off: content/source/cue exact F1 .530/.657/.653).
SOURCELESS = False
_SEEM = word_set("seem seems seemed appear appears appeared")
_BE = word_set("is are was were")
_NOT_SEEM = word_set("on at in with before alongside onstage onscreen together as")


def _sourceless(text: str, toks: list[Tok], e: int) -> list[RawQuote]:
    """A sentence with "seems"/"appears" or "is expected to" and no other attribution."""
    for k in range(1, len(toks) - 2):
        low, nxt = toks[k].low, toks[k + 1].low
        if low in _SEEM and nxt not in _NOT_SEEM and toks[k - 1].low not in _BE:
            cue = (toks[k].start, toks[k].end)
        elif low == "expected" and toks[k - 1].low in _BE and nxt == "to" and k >= 2:
            cue = (toks[k - 1].start, toks[k].end)
        else:
            continue
        first = _clause_start(toks, k)
        c_start, c_end = _trim_content(text, toks[first].start, e)
        return [RawQuote(c_start, c_end, "indirect", cue, None)]
    return []


def _clause_start(toks: list[Tok], k: int) -> int:
    """First token of the clause holding ``toks[k]``: after a leading adjunct's comma."""
    commas = [j for j in range(k) if toks[j].text == ","]
    if len(commas) == 1 and toks[0].low not in {"but", "and"}:
        return commas[0] + 1
    return 0


# "Asked about X, Trump said ...": "Asked" is a cue of its own (no source in PolNeAR) whose
# content runs to the comma; 50 of 60 sentence-initial "Asked" in PolNeAR train are cues.
ASKED = False  # off in the product for the same reason (on: +0.002 cue F1 on train)


def _asked(text: str, toks: list[Tok]) -> RawQuote | None:
    """``Asked about X,`` / ``When asked whether X,`` opening a sentence."""
    k = 1 if toks[0].low == "when" else 0
    if len(toks) <= k + 2 or toks[k].low != "asked" or not toks[k].text[0].isupper() and k == 0:
        return None
    comma = next((j for j in range(k + 2, len(toks)) if toks[j].text == ","), None)
    if comma is None:
        return None
    c_start, c_end = _trim_content(text, toks[k].end, toks[comma].start)
    return RawQuote(c_start, c_end, "indirect", (toks[k].start, toks[k].end), None)


def _cue_end_before(text: str, toks: list[Tok], k: int, content: int) -> int:
    """End of the cue at ``toks[k]``: up to the content's "that" when an adjunct stands
    between ("said on Saturday that")."""
    end = toks[cue_last(toks, k)].end
    if not CUE_ADJUNCTS or toks[k].low in _OBJECT_VERBS or content <= end:
        return end
    if not text.startswith("that", content):
        return end
    between = text[end:content].strip()
    if not between or len(between.split()) > MAX_CUE_ADJUNCT // 2 or between[0] == ",":
        return end  # not over a parenthesis ("believes, for example, that")
    return end + len(text[end:content].rstrip())


def _next_start(nxt: tuple[int, int, tuple[int, int], int], k: int) -> int:
    """First token of the next attribution: its speaker, or its cue when the speaker is the
    sentence's subject ("..., but did not say how many")."""
    c0, _, _, sp0 = nxt
    return sp0 if k < sp0 < c0 else c0


# "which officials said will go into effect ...": content from the relative pronoun.
RELATIVE_GAP = True
# A cue inside the appositive of a later cue's speaker ("A White House official, who
# requested anonymity, said ...") does not hide the later cue: both are attributions.
APPOSITIVE_OVERRIDE = True


def _leading_participle(toks: list[Tok], c0: int, k: int) -> bool:
    """``, adding that ...`` at the start of a segment (or after a short adjunct, "of the
    group, adding ..."): a participle with no subject of its own."""
    if not toks[k].low.endswith("ing"):
        return False
    if c0 <= 1:
        return all(t.text == "," for t in toks[:c0])
    lead = toks[0].low in _ADJUNCT_START or toks[0].low in {"of", "about", "to", "with"}
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


def _indirect_postposed(text: str, toks: list[Tok], s: int) -> RawQuote | None:
    """``CONTENT, a source said.`` / ``CONTENT, said Smith.``"""
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    for c in reversed(commas[-3:]):
        found = _postposed_at(text, toks, s, c)
        if found is not None:
            return found
    return None


def _postposed_at(text: str, toks: list[Tok], s: int, c: int) -> RawQuote | None:
    """Speaker and cue right after the comma at ``toks[c]``."""
    tail = [t for t in toks[c + 1 :] if t.text not in {".", "!", "?"}]
    rel = c + 1
    if not tail or (len(tail) > MAX_POSTPOSED and not is_cue(toks, rel, strong=True)):
        return None
    if is_cue(toks, rel, strong=True):
        sp = speaker_with_appositive(toks, rel + 1)
        if sp and (sp[1] >= rel + len(tail) - 1 or toks[sp[1]].text == ","):
            cue = (toks[rel].start, toks[rel].end)
            return _postposed(text, s, toks[c].start, cue, _span(toks, sp))
    for k in range(rel + 1, len(toks)):
        if is_cue(toks, k, strong=True):
            c0 = cue_start(toks, k)
            sp = speaker_before(toks, c0)
            if POSTPOSED_ENDS and not _ends_after(toks, cue_last(toks, k)):
                return None  # "..., she said she can't ...": a new attribution, not postposed
            if sp and sp[0] == rel and toks[rel].low != "who":
                cue = (toks[c0].start, toks[cue_last(toks, k)].end)
                return _postposed(text, s, toks[c].start, cue, _span(toks, sp))
            return None
    return None


# "CONTENT, Hennessey said, and CONTENT": an attribution between commas inside its content;
# PolNeAR's content (a discontinuous span, taken as its envelope) is the whole sentence.
PARENTHETICAL = True


def _parenthetical(text: str, toks: list[Tok], s: int, e: int) -> RawQuote | None:
    """``CONTENT, X said, CONTENT``: (content envelope, cue, speaker)."""
    for c, t in enumerate(toks):
        if t.text != "," or c < 3:
            continue
        for k in range(c + 2, min(len(toks) - 3, c + 2 + MAX_POSTPOSED)):
            if toks[k].text in {",", ";", ".", ":"}:
                break
            if not is_cue(toks, k, strong=True) or toks[cue_last(toks, k) + 1].text != ",":
                continue
            c0 = cue_start(toks, k)
            sp = speaker_before(toks, c0)
            if sp is None or sp[0] != c + 1 or toks[c + 1].low == "who":
                break
            c_start, c_end = _trim_content(text, s, e)
            cue = (toks[c0].start, toks[cue_last(toks, k)].end)
            return RawQuote(c_start, c_end, "indirect", cue, _span(toks, sp))
    return None


# A postposed attribution ends its sentence: only an adjunct may follow the cue.
POSTPOSED_ENDS = True


def _ends_after(toks: list[Tok], last: int) -> bool:
    """Whether nothing but a short adjunct follows the cue ending at ``toks[last]``."""
    rest = [t for t in toks[last + 1 :] if t.text not in {".", "!", "?"}]
    if not rest:
        return True
    if rest[0].text == ",":  # "..., X said, adding ...", not "..., X said, is to ..."
        return len(rest) == 1 or rest[1].low.endswith("ing")
    return len(rest) <= MAX_CUE_ADJUNCT and (
        rest[0].low in _ADJUNCT_START or rest[0].low in {"of", "about", "with", "after"}
    )


_LABELS = word_set("note update photo source watch related correction disclosure")


def _colon_line(text: str, toks: list[Tok], e: int) -> RawQuote | None:
    """``Rubio: I still believe ...`` (headlines, transcripts): a name, a colon, the words."""
    k = next((i for i, t in enumerate(toks[: MAX_COLON_SPEAKER + 1]) if t.text == ":"), None)
    if k is None or k == 0 or not toks[0].text[0].isupper():
        return None
    if any(not t.text[0].isalpha() or t.low in BOUNDARY for t in toks[:k]):
        return None
    if toks[k - 1].low in _LABELS:
        return None  # "Editor's note:", "UPDATE:": a label, not a speaker
    c_start, c_end = _trim_content(text, toks[k].end, e)
    if len(text[c_start:c_end].split()) < 3:
        return None
    colon = (toks[k].start, toks[k].end)
    return RawQuote(c_start, c_end, "indirect", colon, (toks[0].start, toks[k - 1].end))


def _postposed(
    text: str, s: int, comma: int, cue: tuple[int, int], speaker: tuple[int, int]
) -> RawQuote | None:
    c_start, c_end = _trim_content(text, s, comma)
    if len(text[c_start:c_end].split()) < MIN_INDIRECT_WORDS:
        return None
    return RawQuote(c_start, c_end, "indirect", cue, speaker)


# Nouns of evidence that make "In <noun phrase>, CONTENT" an attribution ("In a new Fox News
# poll released Thursday, Trump had 45 percent"), as PolNeAR annotates it (cue "In").
_EVIDENCE_NOUNS = word_set("poll polls survey surveys study report analysis census")


def _in_a_poll(text: str, toks: list[Tok], e: int) -> RawQuote | None:
    """``In a CNN poll, CONTENT``: cue "In", source the noun phrase, content after the comma."""
    if not IN_A_POLL or len(toks) < 5 or toks[0].low != "in":
        return None
    comma = next((i for i, t in enumerate(toks[:MAX_POSTPOSED]) if t.text == ","), None)
    if comma is None or comma < 2 or not any(t.low in _EVIDENCE_NOUNS for t in toks[1:comma]):
        return None
    c_start, c_end = _trim_content(text, toks[comma].end, e)
    if len(text[c_start:c_end].split()) < MIN_INDIRECT_WORDS:
        return None
    cue = (toks[0].start, toks[0].end)
    return RawQuote(c_start, c_end, "indirect", cue, (toks[1].start, toks[comma - 1].end))


IN_A_POLL = True


def _according(text: str, toks: list[Tok], s: int, e: int) -> RawQuote | None:
    """``According to X, CONTENT`` or ``CONTENT, according to X.``"""
    m = _ACCORDING.search(text, s, e)
    if not m:
        return None
    idx = next((i for i, t in enumerate(toks) if t.start >= m.end()), None)
    if idx is None:
        return None
    sp = speaker_after(toks, idx)
    if sp is None:
        return None
    speaker = _span(toks, sp)
    cue = (m.start(), m.end())
    before = text[s : m.start()].strip()
    if not before:
        comma = text.find(",", speaker[1], e)
        if comma < 0:
            return None
        c_start, c_end = _trim_content(text, comma + 1, e)
    else:
        c_start, c_end = _trim_content(text, s, m.start())
        if ACCORDING_TO_END:
            speaker = _according_tail(text, speaker, m.end(), e)
    if len(text[c_start:c_end].split()) < MIN_INDIRECT_WORDS:
        return None
    return RawQuote(c_start, c_end, "indirect", cue, speaker)


# "CONTENT, according to a 2013 study by economists X and Y." -- the source runs to the end of
# the sentence or to its next comma (PolNeAR train: source exact F1 0.612 -> 0.616; taking a
# sentence that goes on after the comma as one content lowered content F1, not kept).
ACCORDING_TO_END = True


def _according_tail(text: str, speaker: tuple[int, int], after: int, e: int) -> tuple[int, int]:
    """The source of ``according to`` after the content: to the next comma or the end."""
    comma = text.find(",", speaker[1], e)
    if comma >= 0:
        return speaker[0], comma
    _, end = _trim_content(text, after, e)
    return speaker[0], max(speaker[1], end)
