"""Exact and near-duplicate articles: hash of the normalised text, then MinHash + LSH.

* **Exact**: articles whose normalised text (casefolded, whitespace collapsed, punctuation
  folded: their word-token sequence) is identical form a group of kind ``"exact"``.
* **Near**: MinHash signatures over word shingles, LSH banding for candidate pairs, each
  candidate verified with the exact Jaccard of the two shingle sets (``>= dedup_threshold``),
  connected components of verified pairs form groups of kind ``"near"`` (a component that is
  just one exact group is not repeated).

Copies are tagged (listed in the group), never dropped.  The canonical member is the earliest
published one, else the longest, else the smallest article id; an exact group inside a near
group holding the near group's canonical member takes that one (:func:`agreeing`).
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, tzinfo
from functools import lru_cache

import numpy as np
import xxhash
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from newstrace.config import Settings
from newstrace.config.reuse import ReuseSettings
from newstrace.records import Article, DuplicateGroup, RecordSet
from newstrace.stages.align.boilerplate import about_names
from newstrace.stages.align.provenance import (
    article_version,
    is_wire,
    names_itself,
    strong_release_marks,
    update_number,
)
from newstrace.text.arrays import sorted_unique
from newstrace.text.credits import (
    PREFIX_MIN,
    credits,
    names_outlet,
    outlet_key,
    outlet_names,
    shared_credits,
)
from newstrace.text.minhash import (
    EMPTY,
    band_keys,
    candidate_pairs,
    exact_jaccard,
    keyed_pairs,
    signatures_and_keys,
)
from newstrace.text.shingles import exact_keys, shingle_sets, tokenize_batch
from newstrace.text.times import common_zone, day, has_time, posix_time

NAME = "dedup"


def run(records: RecordSet, settings: Settings, kept: KeptKeys | None = None) -> RecordSet:
    """Fill ``records.duplicates`` with the exact and near-duplicate groups of the corpus;
    ``kept``: the articles' keys from earlier runs (:class:`KeptKeys`), so that only the
    others are hashed (the groups are the same either way)."""
    cfg = settings.reuse
    if not cfg.enabled:
        return dataclasses.replace(records, duplicates=())
    groups = find_duplicates(records.articles, cfg, kept=kept)
    return dataclasses.replace(records, duplicates=tuple(groups))


@dataclass
class KeptKeys:
    """What the stage keeps of each article between runs, by article id: its LSH band keys,
    exact key, token count and whether it has shingles (:func:`_pack`; 184 bytes with the
    default 20 bands, against 512 for the signature).  ``added``: the rows this run made."""

    rows: dict[str, bytes] = field(default_factory=dict)
    added: dict[str, bytes] = field(default_factory=dict)


def kept_format(cfg: ReuseSettings) -> str:
    """Key of the kept rows: the settings they depend on and the keys of a probe text, so
    rows made by other settings or another hashing kernel are never read."""
    return _kept_format(cfg.minhash_permutations, cfg.minhash_shingle_size, cfg.minhash_seed,
                        cfg.dedup_bands, cfg.dedup_rows)  # fmt: skip


@lru_cache(maxsize=4)
def _kept_format(num_perm: int, k: int, seed: int, bands: int, rows: int) -> str:
    probe = ["Kept keys: the Zürich probe, one 2026 text.", ""]
    sig, exact, counts = signatures_and_keys(probe, num_perm=num_perm, k=k, seed=seed)
    packed = _pack(band_keys(sig, bands, rows), exact, counts, _has_shingles(sig))
    return f"dedup-keys-2:{num_perm}:{k}:{seed}:{bands}:{rows}:" + xxhash.xxh3_64_hexdigest(
        b"".join(packed)
    )


def _has_shingles(signatures: np.ndarray) -> np.ndarray:
    return ~np.all(signatures == EMPTY, axis=1)


def _pack(keys: np.ndarray, exact: np.ndarray, counts: np.ndarray, valid: np.ndarray
          ) -> list[bytes]:  # fmt: skip
    """Per document, its row: little-endian uint64 exact key, token count, has shingles,
    then its band keys."""
    # each column as uint64 first: stacked with int64 and bool, uint64 keys became float64
    # and lost their low bits (two texts whose keys differ only there made one exact group)
    parts = (exact, counts, valid)
    head = np.stack([np.asarray(x).astype(np.uint64) for x in parts], axis=1).astype("<u8")
    table = np.concatenate([head, keys.astype("<u8")], axis=1)
    return [row.tobytes() for row in table]


def _kept_keys(
    articles: Sequence[Article], cfg: ReuseSettings, kept: KeptKeys
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(band keys, exact keys, token counts, has shingles) of ``articles``: read from the
    kept rows, made for the others (and added to ``kept.added``)."""
    width = 3 + cfg.dedup_bands
    missing = [a for a in articles if len(kept.rows.get(a.id, b"")) != 8 * width]
    if missing:
        sig, exact, counts = _hashed(missing, cfg)
        keys = band_keys(sig, cfg.dedup_bands, cfg.dedup_rows)
        rows = _pack(keys, exact, counts, _has_shingles(sig))
        kept.added.update(zip((a.id for a in missing), rows, strict=True))
    got = kept.added
    blob = b"".join(kept.rows[a.id] if a.id not in got else got[a.id] for a in articles)
    table = np.frombuffer(blob, dtype="<u8").reshape(len(articles), width)
    return (
        table[:, 3:].astype(np.uint64),
        table[:, 0].astype(np.uint64),
        table[:, 1].astype(np.int64),
        table[:, 2] != 0,
    )


def _hashed(
    articles: Sequence[Article], cfg: ReuseSettings
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`.minhash.signatures_and_keys` of the articles' texts, as configured."""
    return signatures_and_keys(
        [a.text for a in articles],
        num_perm=cfg.minhash_permutations,
        k=cfg.minhash_shingle_size,
        seed=cfg.minhash_seed,
        workers=signature_threads(cfg),
    )


def find_duplicates(
    articles: Sequence[Article],
    cfg: ReuseSettings | None = None,
    *,
    signatures: np.ndarray | None = None,
    kept: KeptKeys | None = None,
) -> list[DuplicateGroup]:
    """Exact groups then near groups of ``articles``.

    ``signatures`` (rows aligned with ``articles``, e.g. stored ones plus
    :func:`newstrace.text.minhash.minhash_signatures` of the new articles) skips recomputing
    them; they must have been made with the same ``minhash_*`` settings.  ``kept``: the
    articles' rows kept by earlier runs (:class:`KeptKeys`, read only when made with the
    same settings: :func:`kept_format`), which skip hashing those articles.
    """
    cfg = cfg or ReuseSettings()
    if kept is not None and signatures is None:
        keys, exact_keys_, counts, valid = _kept_keys(articles, cfg, kept)
        exact = exact_groups(articles, exact_keys_, counts) if cfg.dedup_exact else []
        pairs = _verified(articles, keyed_pairs(keys, valid), cfg)
        near = near_groups(articles, pairs, exact)
        return agreeing(exact, near, articles) + near
    if signatures is None:
        signatures, keys, counts = _hashed(articles, cfg)
        exact = exact_groups(articles, keys, counts) if cfg.dedup_exact else []
    else:
        exact = exact_groups(articles) if cfg.dedup_exact else []
    pairs = verified_pairs(articles, signatures, cfg)
    near = near_groups(articles, pairs, exact)
    return agreeing(exact, near, articles) + near


def agreeing(
    exact: Sequence[DuplicateGroup], near: Sequence[DuplicateGroup], articles: Sequence[Article]
) -> list[DuplicateGroup]:
    """The exact groups, each whose near group's canonical copy is one of its members taking
    that member as its canonical copy too.  The near group weighs more evidence (a near
    copy's credit "first published by X", its date), and the two groups' members are read as
    copies of their canonical copies: two canonical copies of one text would each be the
    other's copy (a third article's passages from either were then explained by the other,
    and both were dropped)."""
    near_of = {m: g for g in near for m in g.members}
    by_id = {a.id: a for a in articles}
    out = []
    for group in exact:
        outer = near_of.get(group.canonical)
        if (
            outer is not None
            and outer.canonical != group.canonical
            and outer.canonical in group.members
        ):
            first = by_id[outer.canonical]
            members = [by_id[m] for m in group.members]
            ordered = outer.ordered or known_first(first, members)
            group = dataclasses.replace(group, canonical=first.id, ordered=ordered)
        out.append(group)
    return out


def article_signatures(articles: Sequence[Article], cfg: ReuseSettings) -> np.ndarray:
    """MinHash signatures of the articles' clean texts, as configured."""
    return _hashed(articles, cfg)[0]


MAX_SIGNATURE_THREADS = 4  # beyond 4 the serial parts (candidates, verification) dominate


def signature_threads(cfg: ReuseSettings) -> int:
    """Threads for the signatures: ``cfg.dedup_threads``, or with 0 one per usable CPU core
    (at most :data:`MAX_SIGNATURE_THREADS`)."""
    if cfg.dedup_threads > 0:
        return cfg.dedup_threads
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, MAX_SIGNATURE_THREADS))


def exact_groups(
    articles: Sequence[Article],
    keys: np.ndarray | None = None,
    counts: np.ndarray | None = None,
) -> list[DuplicateGroup]:
    """Groups (size >= 2) of articles with identical normalised non-empty text.

    ``keys`` and ``counts`` (from :func:`newstrace.text.minhash.signatures_and_keys`) avoid
    tokenising the texts again.
    """
    if keys is None or counts is None:
        tokens = tokenize_batch([a.text for a in articles])
        keys = np.array(exact_keys(tokens), dtype=np.uint64)
        counts = np.diff(tokens.bounds)
    docs = np.flatnonzero(counts > 0)
    _, inverse, sizes = np.unique(keys[docs], return_inverse=True, return_counts=True)
    dup = sizes[inverse] > 1
    docs, inverse = docs[dup], inverse[dup]
    order = np.lexsort((docs, inverse))  # by group, then ingest order
    docs, inverse = docs[order], inverse[order]
    cuts = np.flatnonzero(np.diff(inverse)) + 1
    return [
        make_group("exact", [articles[i] for i in members.tolist()], 1.0)
        for members in np.split(docs, cuts)
        if len(members) > 1
    ]


def verified_pairs(
    articles: Sequence[Article],
    signatures: np.ndarray,
    cfg: ReuseSettings,
    new: np.ndarray | None = None,
) -> list[tuple[int, int, float]]:
    """LSH candidate pairs ``(i, j, jaccard)`` whose exact shingle Jaccard passes the threshold.

    ``new`` (boolean mask) keeps only pairs involving a new article (incremental runs).
    """
    pairs = candidate_pairs(signatures, cfg.dedup_bands, cfg.dedup_rows, new=new)
    return _verified(articles, pairs, cfg)


def _verified(
    articles: Sequence[Article], pairs: np.ndarray, cfg: ReuseSettings
) -> list[tuple[int, int, float]]:
    """The candidate ``pairs`` (an ``(m, 2)`` array) whose exact shingle Jaccard passes the
    threshold, with it."""
    if len(pairs) == 0:
        return []
    involved = sorted_unique(pairs)
    sets = dict(
        zip(
            involved.tolist(),
            shingle_sets([articles[i].text for i in involved], cfg.minhash_shingle_size),
            strict=True,
        )
    )
    out = []
    for i, j in pairs.tolist():
        sim = exact_jaccard(sets[i], sets[j])
        if sim >= cfg.dedup_threshold:
            out.append((i, j, sim))
    return out


def near_groups(
    articles: Sequence[Article],
    pairs: Sequence[tuple[int, int, float]],
    exact: Sequence[DuplicateGroup] = (),
) -> list[DuplicateGroup]:
    """Connected components of verified pairs; similarity = weakest verified link."""
    if not pairs:
        return []
    n = len(articles)
    rows = np.array([p[0] for p in pairs])
    cols = np.array([p[1] for p in pairs])
    graph = coo_matrix((np.ones(len(pairs)), (rows, cols)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    weakest: dict[int, float] = {}
    for i, _, sim in pairs:
        weakest[labels[i]] = min(weakest.get(labels[i], 1.0), sim)
    members: dict[int, list[int]] = {}
    for i in sorted_unique(np.concatenate([rows, cols])).tolist():  # ascending: ingest order
        members.setdefault(int(labels[i]), []).append(i)
    exact_sets = {frozenset(g.members) for g in exact}
    groups = []
    for label, sim in weakest.items():
        arts = [articles[i] for i in members[label]]
        if frozenset(a.id for a in arts) in exact_sets:
            continue
        groups.append(make_group("near", arts, sim))
    return groups


def canonical(members: Sequence[Article], credited: set[int] | None = None) -> Article:
    """Earliest published member, else (undated) in the order of :func:`_undated_key` (a
    press release by its strong marks, a news agency's copy unless a paper's text names its
    own outlet: its scoop, :func:`.provenance.names_itself`; one not saying it is a
    corrected version; the lowest update number; one crediting no other outlet with its
    text; the longest text; the smallest article id, a hash of the text and outlet, so the
    choice does not depend on the order the members were added in);
    among the members another member credits by outlet name ("(Reuters) -", "originally
    appeared in ...": :mod:`newstrace.text.credits`) when there are any, since the credit
    names the original whatever the feed dates say.  Two members of one time are ordered
    as undated ones are after the agency rule: the one not saying it was corrected first.

    A date without a time is a day, not its midnight: when a member of the earliest day has
    no time, that day's members are not ordered by time but as undated ones are (a news
    agency first, ...) (a paper dated "2026-11-17" is not earlier than the
    wire story it reprints, filed at 06:00 that day).  Undated members come first when every
    dated one says it is a later version (:func:`.provenance.article_version`).
    ``credited``: :func:`_credited` of
    ``members``, when the caller has it.
    """
    credited = _credited(members) if credited is None else credited
    items = [(pos, art) for pos, art in enumerate(members) if pos in credited]
    items = items or list(enumerate(members))
    days = {pos: day(art.published) for pos, art in items}
    dated = [(pos, art) for pos, art in items if days[pos] is not None]
    if not dated:
        # an agency's copy comes first unless a paper's text names its own outlet (its scoop)
        wire_first = not any(names_itself(art) for _, art in items)
        return min(items, key=lambda it: _undated_key(it[1], wire_first))[1]
    unmarked = [it for it in items if days[it[0]] is None and not article_version(it[1])]
    if unmarked and all(article_version(art) for _, art in dated):
        # every dated member says it is a later version ("This article was first published
        # on ...", a correction): the undated one without that note is the original (a
        # review of archive pieces: an undated feature was its dated republication's copy)
        return min(unmarked, key=lambda it: _undated_key(it[1]))[1]
    first = min(d for d in days.values() if d is not None)
    that_day = [(pos, art) for pos, art in dated if days[pos] == first]
    if all(has_time(art.published) for _, art in that_day):
        zone = common_zone(a.published for a in members)

        def key(item: tuple[int, Article]) -> tuple[float, int, int, str]:
            art = item[1]
            # one time for two versions (a CMS keeping the first datePublished, two crawls of
            # one URL): the one saying it was corrected is the later (a review)
            when = posix_time(art.published, zone) or 0.0
            return (when, article_version(art), -len(art.text), art.id)

        return min(dated, key=key)[1]
    return min(that_day, key=lambda it: _undated_key(it[1]))[1]


def _names_itself_whole(art: Article) -> bool:
    """Whether ``art``'s text names its own outlet in full, as whole words and not as the
    start of a longer name ("Metro" in "Metropolitan Police", "Harwick Post" in "Harwick Post
    Office", "Sun" in "Sunday": a second review)."""
    name = re.sub(r"^[Tt]he[ \t]+", "", (art.source or "").strip())
    if not name or is_wire(art):
        return False
    # "The Guardian" as "the Guardian"
    # ... or in its possessive ("the Guardian's investigation")
    end = r"(?=['\u2019]s\b|[^\w&'\u2019-]|\Z)(?![ \t]+[A-Z])"
    pattern = rf"(?<![\w&'-]){re.escape(name)}{end}"
    return re.search(pattern, art.text) is not None


def _undated_key(
    art: Article, wire_first: bool = True
) -> tuple[bool, bool, int, int, bool, bool, int, str]:
    """The order of members no time tells apart (:func:`canonical`): a press release first,
    by its strong marks ("Ends", "Notes to editors", a media contact line:
    :func:`.provenance.strong_release_marks`; a review of investigations: a paper's reprint
    of a company's statement "in full", which left them out, was the statement's original;
    not a reader-service line, "For more information, contact the helpline ...", which a
    paper's copy of an agency story adds: a code review), then a news agency (a paper's copy of an
    undated agency story, longer by a local paragraph, was its original: a review) unless
    ``wire_first`` is off, then one saying less that it was updated or corrected since
    (:func:`.provenance.later_version`), a lower update number (a flash before the lead,
    "UPDATE 1" before "UPDATE 2": :func:`.provenance.update_number`), one crediting no other
    outlet with its text (a syndicated column's copy says "Her column is distributed by
    Halden Features": a review of opinion pages, where the copy with that editor's note, the
    longest, was the original; unless it names its own outlet too, the home paper's "the
    Gazette's rural affairs columnist": a second review), one naming its own outlet in full
    (a force's appeal ending "call Eastmoor Police on 101", which a paper's copy keeps: a
    review of police appeals, where the paper's copy, longer by its lead, was the original),
    the longest text, the smallest id."""
    number = update_number(art)
    wire = wire_first and is_wire(art)
    reprint = not names_itself(art) and any(
        not names_outlet(frozenset({c}), art.source) for c in shared_credits(art.text)
    )
    release = strong_release_marks(art.text)
    named = _names_itself_whole(art)
    version = article_version(art)
    return (not release, not wire, version, number, reprint, not named, -len(art.text), art.id)


def _credited(members: Sequence[Article]) -> set[int]:
    """Positions of the members whose outlet another member credits, when that member is not
    credited back by them (two reprints of one agency story credit the agency, not each
    other); and of the issuer's own copies of a press release, whose outlet is the
    organisation its "About <Name>" paragraph is about, when other members are not (a
    distributor's copy filed ten minutes before the company's own page is no original of
    it: a review)."""
    issuers = _issuers(members)
    got = [credits(m.text) for m in members]
    by_name: dict[str, set[int]] = defaultdict(set)  # by key start and by exact short names
    for i, m in enumerate(members):
        for name in {outlet_key(m.source)[:PREFIX_MIN], *outlet_names(m.source)}:
            by_name[name].add(i)
    out: set[int] = set()
    for j, o in enumerate(members):
        for c in got[j]:
            for i in by_name.get(c, set()) | by_name.get(c[:PREFIX_MIN], set()):
                m = members[i]
                if i != j and names_outlet(got[j], m.source) and not names_outlet(got[i], o.source):
                    out.add(i)
    return out | issuers


def _issuers(members: Sequence[Article]) -> set[int]:
    """Positions of the members whose outlet is the organisation every member's "About
    <Name>" paragraph is about (:func:`.boilerplate.about_names`), when some member's is
    not: a copy without the paragraph is no distributor's copy of the release (a company's
    repost of a paper's story, with its About paragraph added, is no original: a review)."""
    named = set.intersection(*({outlet_key(n) for n in about_names(m.text)} for m in members))
    if not named:
        return set()
    out = {i for i, m in enumerate(members) if outlet_names(m.source) & named}
    return out if len(out) < len(members) else set()


def _text_after(art: Article) -> date | None:
    """The first day an undated article can have been published on, by the dates its text
    speaks of as past (``published_after``, set by ingest with ``published_inferred_from``),
    None if unknown."""
    after = art.metadata.get("published_after")
    if not after or not art.metadata.get("published_inferred_from"):
        return None
    try:
        return date.fromisoformat(after)
    except ValueError:
        return None  # a feed's own field of that name, kept as it was


def make_group(kind: str, members: Sequence[Article], similarity: float) -> DuplicateGroup:
    """A group with a stable id (hash of kind and member ids); members in ingest order."""
    ids = tuple(a.id for a in members)
    gid = xxhash.xxh3_64_hexdigest("\x00".join((kind, *sorted(ids))).encode("utf-8"))
    credited = _credited(members)  # one credit pass for both questions
    first = canonical(members, credited)
    return DuplicateGroup(
        id=f"dup-{gid}",
        kind=kind,
        canonical=first.id,
        members=ids,
        similarity=round(float(similarity), 4),
        ordered=known_first(first, members, credited),
    )


def known_first(
    first: Article, members: Sequence[Article], credited: set[int] | None = None
) -> bool:
    """Whether ``first`` (the canonical member) is known to come before every other member:
    another member credits it by outlet name, or it was published before each of them (a
    time, or an earlier day; on its own day before a member dated by the day alone only
    when it is a news agency and that member is not; an undated member is dated by the day
    alone its text places it on or after, :func:`_text_after`)."""
    others = [m for m in members if m is not first]
    if not others:
        return True
    position = next(i for i, m in enumerate(members) if m is first)
    if position in (_credited(members) if credited is None else credited):
        return True
    zone = common_zone(a.published for a in members)
    return all(_before(first, m, zone) for m in others)


def _before(a: Article, b: Article, zone: tzinfo) -> bool:
    da, db = day(a.published), day(b.published)
    if da is not None and db is None and (after := _text_after(b)) is not None:
        # an undated copy whose text dates it no earlier than a day: a member dated by
        # that day alone (an agency's story reprinted with "am 3. März 2026" in its text)
        return da < after or (da == after and is_wire(a) and not is_wire(b))
    if da is None or db is None:
        return False
    if da != db:
        return da < db
    if has_time(a.published) and has_time(b.published):
        ka, kb = posix_time(a.published, zone), posix_time(b.published, zone)
        return ka is not None and kb is not None and ka < kb
    return is_wire(a) and not is_wire(b)
