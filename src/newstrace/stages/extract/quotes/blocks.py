"""Headed blocks and continued quotes: a quote after a headed line (``Home Secretary
said:``) and a quote that carries on the previous speaker's quote."""

from __future__ import annotations

import re

from newstrace.stages.extract.phrases import cue_start, is_cue, speaker_before, tokens
from newstrace.stages.extract.quotes import rules
from newstrace.stages.extract.quotes.base import PreAttribution, RawQuote, span
from newstrace.text.marks import Quoted

# Longest text between two quotes of one speaker that may be just the attribution of the
# first ("Gov. Kasich replied."). Grid on PolNeAR train, content exact/overlap F1:
# 40 -> 0.345/0.620, 80 -> 0.361/0.626, 160 -> 0.370/0.629, 400 -> 0.371/0.630 (plateau).
MAX_BETWEEN = 160


def continues(text: str, prev_end: int, open_at: int, attributed_after: bool = False) -> bool:
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
        rules.LONG_ATTRIBUTION
        and attributed_after
        and "\n" not in between
        and not re.search(r"[.!?]\s", between[:-1])
    )


def attributed_after(raw: RawQuote) -> bool:
    """Whether the quote's cue stands after the quote."""
    return raw.cue is not None and raw.cue[0] >= raw.end


def header_attribution(
    text: str, sents: list[tuple[int, int]], q: Quoted, s_open: int
) -> PreAttribution | None:
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
                return (toks[c0].start, toks[k].end), span(toks, sp), False, toks[k].end
    return None
