"""Direct, mixed and indirect quotes with their cue and speaker span (rule based).

Direct quotes come from paired quotation marks (:mod:`..marks`); a reporting verb and noun
phrase right after the closing mark (``”, Mr Sunak said``, ``” said Smith``) or right before
the opening mark (``Sir Keir said: “``) attributes them (:mod:`.direct`).  When words stand
between the cue and the quote (``He said the UK would be “at the heart of efforts”``) the
quote is *mixed* and its content runs from the cue to the end of the sentence (:mod:`.mixed`).
A quote on a new paragraph after a headed line (``Home Secretary said:``) or continuing the
previous speaker's quote inherits that speaker (:mod:`.blocks`).  Indirect speech
(:mod:`.indirect`) is a sentence with a strong reporting verb and a speaker before it (``X
warned that ...``), a speaker and verb after the content (``..., a source said.``,
:mod:`.postposed`), ``according to X`` or ``In a new CNN poll, ...`` (:mod:`.according`); a
sentence may hold several attributions (``X said ..., while Y said ...``, ``X praised Y and
said ...``) and indirect speech may stand beside a direct quote (``“...,” he said, adding that
...``).  Cues follow PolNeAR: a phrasal particle (``referring to``), an adjunct before ``that``
or a colon (``said in an interview:``) and the colon itself belong to the cue; a relative
``who`` is a source (shared cue and speaker helpers: :mod:`.attribution`).  Each PolNeAR span
convention is a switch in :mod:`.rules`.  Speaker *names* are resolved afterwards by
:mod:`newstrace.stages.extract.speakers`.
"""

from __future__ import annotations

from newstrace.stages.extract.quotes import rules
from newstrace.stages.extract.quotes.base import RawQuote
from newstrace.stages.extract.quotes.find import find_quotes

__all__ = ["RawQuote", "find_quotes", "rules"]
