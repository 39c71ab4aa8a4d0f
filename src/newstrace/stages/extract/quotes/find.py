"""The quote finder: direct and mixed quotes from quotation marks, then indirect speech in
the sentences (or parts of sentences) outside them."""

from __future__ import annotations

from dataclasses import replace

from newstrace.stages.extract.lexicon import word_set
from newstrace.stages.extract.quotes import rules
from newstrace.stages.extract.quotes.base import RawQuote, sentence_at
from newstrace.stages.extract.quotes.blocks import attributed_after, continues, header_attribution
from newstrace.stages.extract.quotes.direct import post_attribution, post_limit, pre_attribution
from newstrace.stages.extract.quotes.indirect import find_indirect
from newstrace.stages.extract.quotes.mixed import lead_in, mixed_after_cue
from newstrace.text.marks import find_quoted
from newstrace.text.sentences import sentence_spans

# Unattributed quotes shorter than this many words are scare quotes or titles, not quotes.
# Chosen on PolNeAR train by a grid over {3, 5, 8, 12}: content exact F1 0.357/0.360/0.360/
# 0.360, overlap F1 0.629/0.623/0.618/0.614; 5 keeps exact F1 at its best with more overlap.
MIN_UNATTRIBUTED_WORDS = 5


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
        s_open, s_open_end = sentence_at(sents, q.open_at)
        _, s_close_end = sentence_at(sents, max(q.open_at, q.close_end - 1))
        post = post_attribution(text, q, post_limit(text, sents, q, s_close_end))
        if post is not None:
            lead = lead_in(text, s_open, q) if rules.LEAD_IN else None
            if lead is not None:
                out.append(RawQuote(lead, q.close_end, "mixed", post[0], post[1]))
                covered.append((lead, q.close_end))
                last_direct, last_end = len(out) - 1, q.close_end
                continue
            out.append(RawQuote(q.start, q.end, "direct", post[0], post[1]))
        else:
            lo = max(s_open, last_end) if rules.PRE_AFTER_QUOTE else s_open
            pre = pre_attribution(text, q, lo)
            if pre is None:
                pre = header_attribution(text, sents, q, s_open)
            if pre is not None and pre[2]:
                mixed = mixed_after_cue(text, pre, lo, q.close_end, max(s_open_end, q.close_end))
                out.append(mixed)
                covered.append((mixed.start, mixed.end))
                continue
            if pre is not None:
                out.append(RawQuote(q.start, q.end, "direct", pre[0], pre[1]))
            elif last_direct is not None and continues(
                text, last_end, q.open_at, attributed_after(out[last_direct])
            ):
                out.append(RawQuote(q.start, q.end, "direct", None, None, last_direct))
            elif _unattributed_quote(text[q.start : q.end]):
                out.append(RawQuote(q.start, q.end, "direct", None, None))
            else:
                continue
        covered.append((q.open_at, q.close_end))
        last_direct, last_end = len(out) - 1, q.close_end
    return _sorted(out + _indirect_pass(text, sents, covered, out))


def _unattributed_quote(inside: str) -> bool:
    """Whether quoted words with no attribution are a quote: long enough, and no title
    ("“Flip the Script with Liz Plank”", every word but the small ones capitalised)."""
    words = inside.split()
    if len(words) < MIN_UNATTRIBUTED_WORDS:
        return False
    if not rules.TITLES_ARE_NO_QUOTES:
        return True
    content = [w for w in words if w[0].isalpha() and w.lower() not in _TITLE_SMALL_WORDS]
    return not content or not all(w[0].isupper() for w in content)


# Words a title leaves in lower case ("Flip the Script with Liz Plank").
_TITLE_SMALL_WORDS = word_set("a an the of and or nor but for with to in on at by from as vs")


def _indirect_pass(
    text: str, sents: list[tuple[int, int]], covered: list[tuple[int, int]], direct: list[RawQuote]
) -> list[RawQuote]:
    """Indirect speech in every sentence, or in the parts of a sentence outside its quotes."""
    blocked = covered + [r.cue for r in direct if r.cue] + [r.speaker for r in direct if r.speaker]
    out: list[RawQuote] = []
    for s, e in sents:
        if not any(a < e and s < b for a, b in covered):
            out += find_indirect(text, s, e)
            continue
        if rules.INDIRECT_BESIDE_QUOTES:
            for seg_s, seg_e in _free_segments(s, e, blocked):
                out += find_indirect(text, seg_s, seg_e, _speaker_ending_at(direct, seg_s))
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
