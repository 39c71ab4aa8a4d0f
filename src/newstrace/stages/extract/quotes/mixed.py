"""Mixed quotes: words of the reported content stand outside the quotation marks
(``The new plans “will not solve this,” Ms Richards said``)."""

from __future__ import annotations

from newstrace.stages.extract.phrases import is_cue, tokens
from newstrace.stages.extract.quotes import rules
from newstrace.stages.extract.quotes.base import PreAttribution, RawQuote, trim_content
from newstrace.text.marks import Quoted


def lead_in(text: str, s_open: int, q: Quoted) -> int | None:
    """Start of the words before the opening mark in the quote's sentence, if any."""
    before = text[s_open : q.open_at]
    if not any(c.isalnum() for c in before) or any(m in before for m in '“”"«»'):
        return None
    toks = tokens(text, s_open, q.open_at)
    if any(is_cue(toks, k, strong=False) for k in range(len(toks))):
        return None
    start, _ = trim_content(text, s_open, q.open_at)
    return start


def between_commas(text: str, lo: int, speaker: int) -> bool:
    """Whether words and a comma stand between ``lo`` and a speaker at ``speaker``."""
    before = text[lo:speaker].rstrip()
    return before.endswith(",") and any(c.isalnum() for c in before)


def mixed_after_cue(text: str, pre: PreAttribution, lo: int, close: int, end: int) -> RawQuote:
    """``He said the UK would be “at the heart of efforts”``: content from the cue (or from
    ``lo`` for "An ambassador's job, he said, should be to “...”") to ``end``."""
    cue, speaker, _, first = pre
    if (
        rules.PARENTHETICAL
        and between_commas(text, lo, speaker[0])
        and text[cue[1] : cue[1] + 1] == ","
    ):
        first = lo
    if rules.MIXED_STOPS_AT_CUE:
        end = _next_attribution(text, close, end)
    c_start, c_end = trim_content(text, first, end)
    if text[c_end : c_end + 1] in {"”", '"', "’"}:
        c_end += 1
    return RawQuote(c_start, c_end, "mixed", cue, speaker)


def _next_attribution(text: str, close: int, end: int) -> int:
    """Start of an "and said ..." / ", saying ..." after the closing mark at ``close`` ("He
    called it their “crystal ball” and said it was ..."): a second attribution of the same
    speaker, which ends the mixed quote's content."""
    toks = tokens(text, close, end)
    for k in range(1, len(toks)):
        if toks[k - 1].low in {"and", "but"} and is_cue(toks, k, strong=True):
            return toks[k - 1].start
        if toks[k - 1].text == "," and toks[k].low.endswith("ing") and is_cue(toks, k, strong=True):
            return toks[k - 1].start
    return end
