"""Settings of quote, claim, entity and date extraction and cross-article speaker resolution."""

from __future__ import annotations

from dataclasses import dataclass

# Default minimum rapidfuzz token_set_ratio for two quotes to be the same statement; see
# newstrace.stages.resolve.QUOTE_MATCH for how it was chosen.
DEFAULT_QUOTE_MATCH = 57.0  # <= 1 % false matches between different quotes of one article


@dataclass(frozen=True)
class ExtractSettings:
    enabled: bool = True  # run the extract stage at all
    quotes: bool = True  # quotes and speakers
    claims: bool = True  # numeric claims
    mentions: bool = True  # people, organisations, places, roles and dates
    resolve_speakers: bool = True  # name role-only speakers from other articles of a story
    quote_match: float = DEFAULT_QUOTE_MATCH  # 0-100, for resolve_speakers
    # Optional spaCy pipeline whose entities guide the rule-based recognizer: a package name
    # ("en_core_web_sm"), a pipeline directory, or "auto" (first installed en_core_web_*).
    spacy_model: str | None = None
