"""Direct, mixed and indirect quotes with their cue and speaker span (rule based).

Direct quotes come from paired quotation marks (:mod:`.marks`); a reporting verb and noun
phrase right after the closing mark (``”, Mr Sunak said``, ``” said Smith``) or right before
the opening mark (``Sir Keir said: “``) attributes them.  When words stand between the cue and
the quote (``He said the UK would be “at the heart of efforts”``) the quote is *mixed* and its
content runs from the cue to the end of the sentence.  A quote on a new paragraph after a
headed line (``Home Secretary said:``) or continuing the previous speaker's quote inherits that
speaker.  Indirect speech is a sentence with a strong reporting verb and a speaker before it
(``X warned that ...``), a speaker and verb after the content (``..., a source said.``) or
``according to X``.  Speaker *names* are resolved afterwards by :mod:`.speakers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newstrace.stages.extract.lexicon import word_set
from newstrace.stages.extract.marks import Quoted, find_quoted
from newstrace.stages.extract.phrases import (
    BOUNDARY,
    Tok,
    cue_start,
    is_cue,
    speaker_after,
    speaker_before,
    tokens,
)
from newstrace.text.sentences import sentence_spans

# Unattributed quotes shorter than this many words are scare quotes or titles, not quotes.
# Chosen on PolNeAR train by a grid over {3, 5, 8, 12}: content exact F1 0.357/0.360/0.360/
# 0.360, overlap F1 0.629/0.623/0.618/0.614; 5 keeps exact F1 at its best with more overlap.
MIN_UNATTRIBUTED_WORDS = 5
# Indirect content shorter than this many words is dropped; same grid over {2, 3, 5} on
# PolNeAR train: 2 is best for all three spans (differences <= 0.005).
MIN_INDIRECT_WORDS = 2
# Verbs that take an object before their content ("told reporters that ...").
_OBJECT_VERBS = word_set(
    "tell tells told telling ask asks asked asking urge urges urged warn warns warned warning "
    "remind reminds reminded assure assures assured inform informs informed"
)
_BEFORE_THAT = word_set(
    "on in a an the statement interview last this week monday tuesday wednesday thursday friday "
    "saturday sunday earlier later also recently today yesterday , morning night evening"
)
# Longest text between two quotes of one speaker that may be just the attribution of the
# first ("Gov. Kasich replied."). Grid on PolNeAR train, content exact/overlap F1:
# 40 -> 0.345/0.620, 80 -> 0.361/0.626, 160 -> 0.370/0.629, 400 -> 0.371/0.630 (plateau).
MAX_BETWEEN = 160
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
    inside = text[q.start : q.end].rstrip()
    after = text[q.close_end : min(sent_end, q.close_end + 200)]
    if not after.strip() or after.lstrip()[:1] in {".", "?", "!"}:
        return None
    if not (inside.endswith((",", ".", "?", "!", "—", "-", "–")) or after.lstrip().startswith(",")):
        return None
    toks = [t for t in tokens(text, q.close_end, q.close_end + len(after)) if t.text != ","]
    if not toks:
        return None
    if is_cue(toks, 0, strong=False):
        sp = speaker_after(toks, 1)
        if sp:
            return (toks[0].start, toks[0].end), _span(toks, sp)
    for k in range(1, min(len(toks), 10)):
        if is_cue(toks, k, strong=False):
            c0 = cue_start(toks, k)
            sp = speaker_before(toks, c0)
            if sp and sp[0] == 0:
                return (toks[c0].start, toks[k].end), _span(toks, sp)
            return None
    return None


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
        gap = text[toks[k].end : q.open_at]
        mixed = bool(gap.strip(" \t\n:,—-"))
        content = _content_after_cue(text, toks, k, q.open_at)
        return (toks[c0].start, toks[k].end), _span(toks, sp), mixed, content
    return _colon_attribution(toks)


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
    participle = toks[c0 - 1].text == "," and toks[c0].low.endswith("ing")
    if not participle and toks[c0 - 1].low != "and":
        return None
    sp = speaker_after(toks, 0)
    if sp is None or sp[1] >= c0 - 1:
        return None
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
    start = toks[k].end
    if toks[k].low in _OBJECT_VERBS:
        for j in range(k + 1, min(k + 7, len(toks))):
            if toks[j].low in {"that", "to"} or toks[j].text in {",", ":"}:
                return toks[j].start
    # "said on Saturday that ...", "said in a statement that ...": content starts at "that".
    for j in range(k + 1, min(k + 6, len(toks))):
        if toks[j].low == "that":
            between = {t.low for t in toks[k + 1 : j]}
            if between <= _BEFORE_THAT:
                return toks[j].start
            break
    return start


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
        post = _post_attribution(text, q, max(s_close_end, q.close_end))
        if post is not None:
            out.append(RawQuote(q.start, q.end, "direct", post[0], post[1]))
        else:
            pre = _pre_attribution(text, q, s_open)
            if pre is None:
                pre = _header_attribution(text, sents, q, s_open)
            if pre is not None and pre[2]:
                c_start, c_end = _trim_content(text, pre[3], max(s_open_end, q.close_end))
                if text[c_end : c_end + 1] in {"”", '"', "’"}:
                    c_end += 1
                out.append(RawQuote(c_start, c_end, "mixed", pre[0], pre[1]))
                covered.append((c_start, c_end))
                continue
            if pre is not None:
                out.append(RawQuote(q.start, q.end, "direct", pre[0], pre[1]))
            elif last_direct is not None and _continues(text, last_end, q.open_at):
                out.append(RawQuote(q.start, q.end, "direct", None, None, last_direct))
            elif len(text[q.start : q.end].split()) >= MIN_UNATTRIBUTED_WORDS:
                out.append(RawQuote(q.start, q.end, "direct", None, None))
            else:
                continue
        covered.append((q.open_at, q.close_end))
        last_direct, last_end = len(out) - 1, q.close_end
    for s, e in sents:
        if any(a < e and s < b for a, b in covered):
            continue
        raw = _indirect(text, s, e)
        if raw is not None:
            out.append(raw)
    return _sorted(out)


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


def _continues(text: str, prev_end: int, open_at: int) -> bool:
    """Whether a quote at ``open_at`` carries on the quote that ended at ``prev_end``."""
    between = text[prev_end:open_at].strip()
    # Nothing between (a new paragraph of the same quote) or only a short attribution
    # ("Gov. Kasich replied.", "Bond said,") ending a clause.
    return not between or (len(between) <= MAX_BETWEEN and between.endswith((".", ":", ",")))


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


def _indirect(text: str, s: int, e: int) -> RawQuote | None:
    """Indirect speech in the sentence ``text[s:e]``, if any."""
    toks = tokens(text, s, e)
    if len(toks) < 4:
        return None
    if text[s:e].rstrip().endswith("?") and _QUESTION.match(text, s):
        return None
    post = _indirect_postposed(text, toks, s) or _colon_line(text, toks, e)
    if post is not None:
        return post
    acc = _according(text, toks, s, e)
    if acc is not None:
        return acc
    for k, tok in enumerate(toks):
        if not is_cue(toks, k, strong=True):
            continue
        c0 = cue_start(toks, k)
        sp = speaker_before(toks, c0) or _participle_subject(toks, c0)
        if sp is None:
            continue
        c_start, c_end = _trim_content(text, _content_after_cue(text, toks, k, e), e)
        if len(text[c_start:c_end].split()) < MIN_INDIRECT_WORDS or _bad_content(text, c_start):
            continue
        return RawQuote(c_start, c_end, "indirect", (toks[c0].start, tok.end), _span(toks, sp))
    return None


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
    if not tail or len(tail) > MAX_POSTPOSED:
        return None
    rel = c + 1
    if is_cue(toks, rel, strong=True):
        sp = speaker_after(toks, rel + 1)
        if sp and (sp[1] >= rel + len(tail) - 1 or toks[sp[1]].text == ","):
            cue = (toks[rel].start, toks[rel].end)
            return _postposed(text, s, toks[c].start, cue, _span(toks, sp))
    for k in range(rel + 1, rel + len(tail)):
        if is_cue(toks, k, strong=True):
            c0 = cue_start(toks, k)
            sp = speaker_before(toks, c0)
            if sp and sp[0] == rel:
                cue = (toks[c0].start, toks[k].end)
                return _postposed(text, s, toks[c].start, cue, _span(toks, sp))
            return None
    return None


def _colon_line(text: str, toks: list[Tok], e: int) -> RawQuote | None:
    """``Rubio: I still believe ...`` (headlines, transcripts): a name, a colon, the words."""
    k = next((i for i, t in enumerate(toks[: MAX_COLON_SPEAKER + 1]) if t.text == ":"), None)
    if k is None or k == 0 or not toks[0].text[0].isupper():
        return None
    if any(not t.text[0].isalpha() or t.low in BOUNDARY for t in toks[:k]):
        return None
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


def _according(text: str, toks: list[Tok], s: int, e: int) -> RawQuote | None:
    """``According to X, CONTENT`` or ``CONTENT, according to X.``"""
    m = _ACCORDING.search(text, s, e)
    if not m:
        return None
    idx = next(i for i, t in enumerate(toks) if t.start >= m.end())
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
    if len(text[c_start:c_end].split()) < MIN_INDIRECT_WORDS:
        return None
    return RawQuote(c_start, c_end, "indirect", cue, speaker)
