"""On/off switches of the quote rules, one per PolNeAR span convention.

Each switch names one rule of the quote finder; the rule modules read it at call time
(``rules.LEAD_IN``), so an ablation flips it here: ``python -m newstrace.eval polnear --split
train --ablation`` scores train with each switch flipped in turn, ``--rule NAME=off`` runs one
setting.  Every rule that is on was kept because switching it off lowers PolNeAR train F1 (the
table in docs/results.md); ``SOURCELESS`` and ``ASKED`` help PolNeAR but are off in the product.
"""

from __future__ import annotations

# Several attributions in one sentence ("74 percent said ..., while 22 percent said ...") and
# indirect speech beside a direct quote in its sentence; see docs/results.md for the
# train scores with and without each.
MULTI_INDIRECT = True
INDIRECT_BESIDE_QUOTES = True

# Only speech verbs invert after a quote ("” said Smith", "” wrote Morton Klein"); "” denounced
# her record" is a new clause.  PolNeAR train: see docs/results.md.
INVERSION_ONLY_SPEECH = True

# PolNeAR cues include adjuncts between the verb and the content ("said in an email that",
# "said on Twitter: “"); with this on, the cue span takes them in (train scores in
# docs/results.md).
CUE_ADJUNCTS = True

# Any other cue verb right inside a speech verb's content ("The chief executive said the trust
# had offered “...”") also gives way to the speech verb's speaker.
NESTED_TO_OUTER = True

# ", adding that ..." after "X said" (or "said X"): the participle's speaker is X.
PARTICIPLE_AFTER_CUE = True

# A quote attributed after its closing mark whose sentence starts before the opening mark
# ("The new plans “will not solve this,” Ms Richards said") is mixed: PolNeAR's content
# runs from the sentence start.  PolNeAR train: see docs/results.md.
LEAD_IN = True

# Look for a quote's preceding attribution only after the previous quote of its sentence.
PRE_AFTER_QUOTE = True

# The text between two quotes may be any one-sentence attribution of the first one when that
# attribution follows it (PolNeAR train: see docs/results.md).
LONG_ATTRIBUTION = True

# An attribution inside a leading subordinate clause ("Although Rubio opposes X, he ...",
# "After Trump announced X, Y wrote ...") ends its content at the clause's comma.
SUBORDINATE_STOP = True

# Attributions without a source ("The House is expected to pass ...", "New Hampshire seems
# stable"): PolNeAR's cue is the verb (with "is"/"are" for "expected") and its content the
# clause around it (a discontinuous span, taken as its envelope).
# Off in the product: an attribution with no source is not "who said what" (on: +0.006 cue
# F1 on PolNeAR train; dev with both flags off: content/source/cue exact F1 .530/.657/.653).
SOURCELESS = False

# "Asked about X, Trump said ...": "Asked" is a cue of its own (no source in PolNeAR) whose
# content runs to the comma; 50 of 60 sentence-initial "Asked" in PolNeAR train are cues.
ASKED = False  # off in the product for the same reason (on: +0.002 cue F1 on train)

# "which officials said will go into effect ...": content from the relative pronoun.
RELATIVE_GAP = True

# A cue inside the appositive of a later cue's speaker ("A White House official, who
# requested anonymity, said ...") does not hide the later cue: both are attributions.
# Off since the fourth round: with the rules added then, switching it off raised PolNeAR train
# exact F1 (content +0.0001, source +0.0006, cue +0.0001).
APPOSITIVE_OVERRIDE = False

# "CONTENT, Hennessey said, and CONTENT": an attribution between commas inside its content;
# PolNeAR's content (a discontinuous span, taken as its envelope) is the whole sentence.
PARENTHETICAL = True

# A postposed attribution ends its sentence: only an adjunct may follow the cue.
POSTPOSED_ENDS = True

IN_A_POLL = True

# "CONTENT, according to a 2013 study by economists X and Y." -- the source runs to the end of
# the sentence or to its next comma (PolNeAR train: source exact F1 0.612 -> 0.616; taking a
# sentence that goes on after the comma as one content lowered content F1, not kept).
ACCORDING_TO_END = True


# "FALLIN: Well, I think ... ." opening a paragraph (an upper-case name or Q/A and a colon):
# a transcript turn whose content runs to the end of the paragraph, not of the sentence.
TRANSCRIPT_TURNS = True

# Stance verbs with a noun-phrase content ("endorsed X's bid, including ...") end it at the
# first comma, dash, colon or parenthesis.
OBJECT_ENDS = True

# After the object of "ask"/"tell" ("asked our followers who ..."), the content starts at the
# question word.
OBJECT_WH = True

# A mixed quote's content ends before a second attribution of its speaker after the closing
# mark ("He called it their “crystal ball” and said it was ..."), which becomes its own.
MIXED_STOPS_AT_CUE = True

# A speech verb with its own speaker inside another attribution's content ("aides said Smith
# told them he would run") is a second, nested quote.
NESTED_INDIRECT = True

# Unattributed quoted words whose longer words are all capitalised are a title ("“Flip the
# Script with Liz Plank”"), not a quote.
TITLES_ARE_NO_QUOTES = True

# "did not respond to a request for comment": the "to" of "respond"/"reply" is the cue's and
# the content is its object.
PREPOSITION_TO = True


def names() -> tuple[str, ...]:
    """Names of all switches, in the order they are defined."""
    return tuple(n for n, v in globals().items() if n.isupper() and isinstance(v, bool))


def set_rule(name: str, on: bool) -> bool:
    """Switch rule ``name`` on or off; returns its previous setting."""
    if name not in names():
        raise KeyError(f"unknown quote rule {name!r}; known: {', '.join(names())}")
    before = bool(globals()[name])
    globals()[name] = on
    return before
