"""Compound words of one text matched to their parts in the other (German, Dutch, Nordic).

A German rewrite says "Preis" where its source said "Strompreis", "Jahresverbrauch" where
it said "Verbrauch": the stems differ, so a free rewrite shared too few words to be found.
Per aligned pair (as :mod:`.synonyms` does for English synonyms), a target content stem that
the source lacks is renamed to a source stem that begins or ends it, or that it begins or
ends ("strompreis" / "preis", "verbrauch" / "jahresverbrauch"), both at least
:data:`MIN_PART` letters; the longest such part wins, and of equally long ones the first in
alphabetical order (not the one the vocabulary saw first: that depends on the other
articles of the corpus).  The same rule also joins forms the stemmer leaves apart
("erhoht" / "erhoh").  Only pairs of two texts stemmed in one compounding language are
renamed; English and the Romance languages are left as they are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newstrace.stages.align.sentences import DocSentences, plain_stem, renamed

# Languages that write compounds as one word (ISO 639-1).
COMPOUNDING = frozenset({"da", "de", "nl", "no", "sv"})
# Shortest stem that counts as a part.  Chosen on invented German test texts
# (tests/stages/align/test_languages.py): 4 keeps "kost", "haus", "jahr", "werk"; 3 would let
# "rat" (council) match "beratung" and "unrat".
MIN_PART = 4


def relabel(src: DocSentences, tgt: DocSentences) -> DocSentences:
    """``tgt`` with each content stem the source lacks renamed to the source stem it shares a
    compound part with (see the module docstring); ``tgt`` itself when the two are not in one
    compounding language or nothing is renamed."""
    names = src.names
    if names is None or src.language != tgt.language or src.language not in COMPOUNDING:
        return tgt
    return renamed(tgt, renames(_content(src), _content(tgt), names))


def _content(doc: DocSentences) -> set[int]:
    return {t for sentence in doc.content for t in sentence}


def renames(src: set[int], tgt: set[int], names: Sequence[str]) -> dict[int, int]:
    """Target id -> source id for the target stems (``tgt - src``) that share a compound part
    with a source stem; each side's stems are looked up by their first and last
    :data:`MIN_PART` letters, so a pair costs time linear in its vocabulary."""
    heads: dict[str, list[int]] = defaultdict(list)
    tails: dict[str, list[int]] = defaultdict(list)
    for s in src:
        word = plain_stem(names[s])
        if _usable(word):
            heads[word[:MIN_PART]].append(s)
            tails[word[-MIN_PART:]].append(s)
    out: dict[int, int] = {}
    for t in tgt - src:
        word = plain_stem(names[t])
        if not _usable(word):
            continue
        found = [
            (-len(min(word, other, key=len)), other, s)  # longest part; ties: by spelling
            for s in heads.get(word[:MIN_PART], []) + tails.get(word[-MIN_PART:], [])
            if _part(word, other := plain_stem(names[s]))
        ]
        if found:
            out[t] = min(found)[2]
    return out


def _usable(word: str) -> bool:
    return len(word) >= MIN_PART and not word.isdigit()


def _part(a: str, b: str) -> bool:
    """Whether the shorter of two stems begins or ends the longer one."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long.startswith(short) or long.endswith(short)
