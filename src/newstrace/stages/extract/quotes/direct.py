"""Direct quotes attributed by a cue right after the closing mark (``”, Mr Sunak said``,
``” said Smith``, ``”, according to X``) or right before the opening mark (``Sir Keir said:
“``, ``According to X, “``, ``Trump: “``)."""

from __future__ import annotations

from newstrace.stages.extract.lexicon import word_set
from newstrace.stages.extract.phrases import (
    Tok,
    cue_last,
    cue_start,
    is_cue,
    speaker_before,
    speaker_with_appositive,
    tokens,
)
from newstrace.stages.extract.quotes import rules
from newstrace.stages.extract.quotes.attribution import (
    EVIDENCE_VERBS,
    SPEECH_VERBS,
    content_after_cue,
    outer_cue,
    participle_subject,
)
from newstrace.stages.extract.quotes.base import PreAttribution, colon_adjunct, span
from newstrace.text.marks import Quoted

# Most tokens between a closing quote mark and its cue ("” Terrie Rizzo, the Democratic chair
# of Florida's Palm Beach County, said"): name plus appositive (MAX_APPOSITIVE) and a margin.
# PolNeAR train: 10 (the first version) -> 24 raised source and cue F1; 24 and 32 are equal.
MAX_POST_SPEAKER = 32

_INVERTED = word_set(
    "said says say added adds asked asks wrote writes told tells replied replies continued "
    "continues explained explains noted notes recalled recalls tweeted insisted insists argued "
    "argues responded countered counters quipped declared warned warns concluded offered "
    "acknowledged admitted observed remarked joked laughed shouted yelled cautioned agreed "
    "complained conceded boasted stated announced suggested predicted promised vowed according"
)


def post_attribution(
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
        return ((toks[0].start, toks[1].end), span(toks, sp)) if sp else None
    if is_cue(toks, 0, strong=False) and (
        not rules.INVERSION_ONLY_SPEECH or toks[0].low in _INVERTED
    ):
        sp = speaker_with_appositive(toks, 1)
        if sp:
            return (toks[0].start, toks[0].end), span(toks, sp)
    # "” Terrie Rizzo, the Democratic chair of the county, said": the speaker's noun phrase
    # with an appositive may stand between the quote and the cue.
    for k in range(1, min(len(toks), MAX_POST_SPEAKER)):
        if is_cue(toks, k, strong=False):
            c0 = cue_start(toks, k)
            sp = speaker_before(toks, c0)
            if sp and sp[0] == 0:
                return (toks[c0].start, toks[cue_last(toks, k)].end), span(toks, sp)
            return None
    return None


def pre_attribution(text: str, q: Quoted, lo: int) -> PreAttribution | None:
    """``X said: “`` before the quote: (cue, speaker, mixed?, end of cue)."""
    toks = tokens(text, lo, q.open_at)
    for k in range(len(toks) - 1, -1, -1):
        if not is_cue(toks, k, strong=False):
            continue
        c0 = cue_start(toks, k)
        sp = speaker_before(toks, c0) or participle_subject(toks, c0)
        if sp is None:
            continue
        if toks[k].low in EVIDENCE_VERBS or (
            rules.NESTED_TO_OUTER and toks[k].low not in SPEECH_VERBS
        ):
            outer = outer_cue(toks, sp[0])
            if outer is not None:
                k, c0, sp = outer
        cue_end = toks[cue_last(toks, k)].end
        gap = text[cue_end : q.open_at]
        mixed = bool(gap.strip(" \t\n:,—-"))
        content = content_after_cue(text, toks, k, q.open_at)
        if rules.CUE_ADJUNCTS and colon_adjunct(gap):
            # "said in an interview: “...”": a direct quote; the adjunct and colon are the cue's
            mixed, cue_end = False, cue_end + gap.rstrip().rfind(":") + 1
        elif rules.CUE_ADJUNCTS and colon_adjunct(gap, ","):
            mixed = False  # "said last week in Tel Aviv, “...”": a direct quote
        elif rules.CUE_ADJUNCTS and gap.strip() == ":":
            cue_end = cue_end + gap.find(":") + 1
        return (toks[c0].start, cue_end), span(toks, sp), mixed, content
    return _according_before(toks) or _colon_attribution(toks)


def _according_before(
    toks: list[Tok],
) -> PreAttribution | None:
    """``According to the Trump campaign, “...”`` right before the quote."""
    for i in range(len(toks) - 2):
        if toks[i].low == "according" and toks[i + 1].low == "to":
            sp = speaker_with_appositive(toks, i + 2)
            if sp is None or sp[1] != len(toks) - 1 or toks[-1].text not in {",", ":"}:
                return None
            return (toks[i].start, toks[i + 1].end), span(toks, sp), False, toks[-1].end
    return None


def _colon_attribution(
    toks: list[Tok],
) -> PreAttribution | None:
    """``Trump: “...”`` -- a short capitalised noun phrase and a colon before the quote."""
    if len(toks) < 2 or toks[-1].text != ":":
        return None
    sp = speaker_before(toks, len(toks) - 1)
    if sp is None or sp[0] != 0 or not toks[0].text[0].isupper() or sp[1] - sp[0] > 5:
        return None
    colon = (toks[-1].start, toks[-1].end)
    return colon, span(toks, sp), False, toks[-1].end


def post_limit(text: str, sents: list[tuple[int, int]], q: Quoted, s_close_end: int) -> int:
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
