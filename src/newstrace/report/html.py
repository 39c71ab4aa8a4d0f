"""The self-contained HTML report: one file, inline CSS and JS, no network assets."""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from newstrace import __version__
from newstrace.records import (
    Alignment,
    Article,
    DuplicateGroup,
    Provenance,
    RecordSet,
    ReusePair,
    Span,
)
from newstrace.report.export import replaced
from newstrace.text.diff import word_changes

# Longest passage excerpt shown side by side; longer passages are cut in the middle.
EXCERPT_CHARS = 900


@dataclass(frozen=True)
class Limits:
    """How much of a large corpus the one-file report shows, so that a browser can open it
    (10k synthetic articles gave a 45 MB file with everything in it).  Every record stays in
    the exports and the web app; ``report --all`` shows everything."""

    full_texts: int = 500  # articles shown in full, those with reuse or duplicates first
    passages: int = 500  # reused passages side by side
    rows: int = 1000  # rows of the reuse-share and pair tables (largest shares first)
    per_story: int = 12  # articles listed per story, quotes and numbers per story
    stories: int = 200  # stories in the timeline and the quotes section (the largest)


NO_LIMITS = Limits(*(10**12,) * 5)
_LAST_WORD = re.compile(r"\s\S*\Z")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Segment:
    text: str
    cls: str = ""
    title: str = ""


# Where highlighted passages overlap, the strongest evidence shows (then the earlier passage):
# a stretch aligned as edited to one place and as paraphrase to another reads "edited".
_KIND_ORDER = ("verbatim", "edited", "paraphrase", "boilerplate")


def _strength(cls: str) -> int:
    return next((k for k, kind in enumerate(_KIND_ORDER) if kind in cls), len(_KIND_ORDER))


def highlight(text: str, spans: Iterable[tuple[int, int, str, str]]) -> list[Segment]:
    """Cut ``text`` into segments; spans are (start, end, css class, tooltip).  Where spans
    overlap, each character shows the strongest one (:data:`_KIND_ORDER`), then the one
    that starts first."""
    ordered = sorted((max(0, a), min(b, len(text)), c, t) for a, b, c, t in spans if b > a)
    bounds = sorted({0, len(text), *(x[0] for x in ordered), *(x[1] for x in ordered)})
    heap: list[tuple[int, int, int]] = []  # (strength, start, index) of spans begun
    out: list[Segment] = []
    shown: list[int] = []  # the span index of each segment (-1: plain text)
    k = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        while k < len(ordered) and ordered[k][0] <= a:
            heapq.heappush(heap, (_strength(ordered[k][2]), ordered[k][0], k))
            k += 1
        while heap and ordered[heap[0][2]][1] <= a:  # ended: its end is a bound, so <= a
            heapq.heappop(heap)
        idx = heap[0][2] if heap else -1
        if shown and shown[-1] == idx:
            last = out[-1]
            out[-1] = Segment(last.text + text[a:b], last.cls, last.title)
            continue
        _, _, cls, title = ordered[idx] if idx >= 0 else (0, 0, "", "")
        out.append(Segment(text[a:b], cls, title))
        shown.append(idx)
    return out


def largest(items: Sequence[Any], limit: int, size: Callable[[Any], float]) -> list[Any]:
    """The ``limit`` largest of ``items`` by ``size``, in their own order (a pair's passages
    stay together, in text order)."""
    if len(items) <= limit:
        return list(items)
    keep = set(heapq.nlargest(limit, range(len(items)), key=lambda i: size(items[i])))
    return [x for i, x in enumerate(items) if i in keep]


def passage_size(al: Alignment) -> int:
    """The characters a reused passage covers, both sides together."""
    return al.source.length + al.target.length


def excerpt(article: Article, span: Span) -> str:
    return elide(article.text[span.start : span.end], EXCERPT_CHARS)


def elide(text: str, limit: int) -> str:
    """``text``, or its first and last words within ``limit`` characters joined by " … ":
    cut between words, never inside one (a word longer than half the limit is cut)."""
    if len(text) <= limit:
        return text
    half = limit // 2
    head, tail = text[:half], text[-half:]
    if not (text[half].isspace() or head[-1].isspace()) and (m := _LAST_WORD.search(head)):
        head = head[: m.start()]
    if not (text[-half - 1].isspace() or tail[0].isspace()) and (m := _SPACE.search(tail)):
        tail = tail[m.end() :]
    return head.rstrip() + " … " + tail.lstrip()


CHANGES_SHOWN = 3  # word changes listed for a near duplicate (then "… N more")
CHANGE_CHARS = 60  # each side of a change elided to this many characters


def changes_text(canonical: str, copy: str) -> str:
    """What ``copy`` (a near duplicate, or the target side of an edited passage) changed in
    ``canonical``, word by word: ``340 → 430; + “The operator said …”; − “...”`` (an updated
    figure is what a fact-checker looks for)."""
    changes = word_changes(canonical, copy)
    shown = []
    for c in changes[:CHANGES_SHOWN]:
        old = _one_line(elide(canonical[c.a_start : c.a_end], CHANGE_CHARS))
        new = _one_line(elide(copy[c.b_start : c.b_end], CHANGE_CHARS))
        shown.append(f"+ “{new}”" if not old else f"− “{old}”" if not new else f"{old} → {new}")
    more = len(changes) - CHANGES_SHOWN
    return "; ".join(shown) + (f"; … {more} more" if more > 0 else "") if shown else "none"


def _one_line(text: str) -> str:
    """A change on one line: a paragraph break as ``¶``, other line breaks as spaces."""
    text = _PARAGRAPH_BREAK.sub(" ¶ ", text.strip())
    return " ".join(text.split())


_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*\n\s*")


def number_text(value: float) -> str:
    """A claim's value for readers: ``2,000,000,000``, ``4,500,000``, ``27.5``, ``0.333333``
    (``{:,.6g}`` wrote the first two as ``2e+09`` and ``4.5e+06``)."""
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    if abs(value) >= 1e15 or abs(value) < 1e-6:
        return f"{value:.6g}"
    return f"{value:,.6f}".rstrip("0").rstrip(".") if abs(value) < 1 else f"{value:,.6g}"


def score_text(score: float) -> str:
    """A similarity with two decimals, rounded down: a passage that is not identical never
    shows 1.00 (an edited figure in a long passage scores 0.998)."""
    return f"{math.floor(round(score * 100, 6)) / 100:.2f}"


def share_text(share: float) -> str:
    """A share in whole percent, rounded down like :func:`score_text`: an article not wholly
    reused never shows 100% (0.997 is "99%"), and a small share is "<1%", not "0%"."""
    whole = math.floor(round(share * 100, 6))
    return "<1%" if share > 0 and whole == 0 else f"{whole}%"


def when(published: str | None) -> str:
    """A publication date for readers: ``2026-11-20 08:05 +00:00``, ``2026-11-20`` (a day
    only), ``2026-11-20 08:05 (no time zone)`` or ``no date``: what a direction "by date"
    rests on, and what tells an article from its updated version."""
    if not published:
        return "no date"
    try:
        moment = dt.datetime.fromisoformat(published)
    except ValueError:
        return published
    if "T" not in published:
        return moment.strftime("%Y-%m-%d")
    zone = moment.strftime("%z")
    zone = f"{zone[:3]}:{zone[3:]}" if zone else "(no time zone)"
    return f"{moment:%Y-%m-%d %H:%M} {zone}"


def inferred(metadata: Any) -> str | None:
    """The publication range an undated article's text implies (its ``published_after`` /
    ``published_before`` metadata, set at ingest): "after 2026-07-13", "before ...",
    "between ... and ..."; None when there is none, or when the keys are a feed's own fields
    of those names (ingest sets ``published_inferred_from`` with them: the mentions read)."""
    if not metadata.get("published_inferred_from"):
        return None
    lo, hi = metadata.get("published_after"), metadata.get("published_before")
    if lo and hi:
        return f"between {lo} and {hi}"
    if lo or hi:
        return f"after {lo}" if lo else f"before {hi}"
    return None


def dated(article: Any) -> str:
    """:func:`when` of an article, with the range its text implies when it has no date."""
    if article.published:
        return when(article.published)
    guess = inferred(article.metadata)
    return f"no date; {guess} by its text" if guess else "no date"


# What a pair's direction evidence means (docs/export.md, ReusePair): under the CLI's table,
# and as the title of the evidence in the report and the web app.
EVIDENCE = {
    "credit": 'one text credits the other\'s outlet ("(Reuters) -", "originally appeared in"), '
    "or both credit one outlet that is neither of them (a shared source)",
    "date": "the source was published first",
    "inferred-date": "one is undated; the dates it mentions place it after the other (a day "
    "after the other's date spoken of as past) or before it (a day before it still to come)",
    "wire": "no date order; the source is a news agency (by its outlet name)",
    "press-release": "the source reads as a press release",
    "record": "the source gives the shared words plainly, the other inside quotation marks: "
    "the record of what was said (a transcript, a debate's report), though it may be dated "
    "after the report (up to three days)",
    "summary": "no date order; the shared passages take up at least twice as many characters "
    "in the source as in the target, read as a summary of it (an expanded rewrite of the "
    "target would show the same)",
    "containment": "no date order; the shorter text is taken as the copy (the shared passages "
    "cover much more of it), which an expanded rewrite of it would also show",
    "quotation": "no direction: the shared passages are quotes both can have taken from the "
    "speaker",
    "stock-sentence": "no direction: all they share is one short stock line, refilled or "
    'cut where its figures begin (a force\'s "call 101 quoting log ..."), which both can '
    "have from its author; it does not make them one story",
    "none": "no evidence of who drew on whom",
}


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newstrace.report", "templates"),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["evidence_text"] = EVIDENCE
    return env


LABEL_CHARS = 70  # an untitled article is named by its first characters


def label(article: Article) -> str:
    """How a list names an article: its title, else the start of its text."""
    return article.title or (
        article.text[:LABEL_CHARS] + ("…" if len(article.text) > LABEL_CHARS else "")
    )


def _name(arts: dict[str, Any], article_id: str) -> str:
    a = arts.get(article_id)
    return label(a) if a else article_id


def build_context(
    records: RecordSet,
    skips: Sequence[tuple[str, str, str]] = (),
    limits: Limits = Limits(),
    unanalyzed: int = 0,
    passage_numbers: Sequence[int] | None = None,
) -> dict[str, Any]:
    """Everything the template shows, computed from the records (``unanalyzed``: articles
    not analysed yet, so that an empty reuse section is not read as "no reuse";
    ``passage_numbers``: the numbers (from 0) of the records' passages, the alignments that
    are not boilerplate, when the records are some of the corpus's: one article's)."""
    arts = {a.id: a for a in records.articles}
    live = [al for al in records.alignments if not al.boilerplate]
    undirected = records.undirected_pairs()
    spans_by_article: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    numbers = range(len(live)) if passage_numbers is None else passage_numbers
    for i, al in zip(numbers, live, strict=True):
        ends = (al.source, al.target)
        if frozenset(s.article_id for s in ends) in undirected:  # no source: both sides, "with"
            for side, other in ((al.source, al.target), (al.target, al.source)):
                spans_by_article[side.article_id].append(
                    (side.start, side.end, f"reuse {al.kind}",
                     f"#{i + 1} {al.kind} shared with {_name(arts, other.article_id)}")
                )  # fmt: skip
            continue
        spans_by_article[al.target.article_id].append(
            (al.target.start, al.target.end, f"reuse {al.kind}",
             f"#{i + 1} {al.kind} from {_name(arts, al.source.article_id)}")
        )  # fmt: skip
    for aid, spans in taken_spans(live, undirected, arts).items():
        spans_by_article[aid] += spans
    for al in records.alignments:
        if al.boilerplate:  # on both sides: the footer is boilerplate in each
            for side in (al.source, al.target):
                spans_by_article[side.article_id].append(
                    (side.start, side.end, "boilerplate", "boilerplate")
                )
    quotes_by_article: dict[str, list[Any]] = defaultdict(list)
    for q in records.quotes:
        quotes_by_article[q.article_id].append(q)
    claims_by_article: dict[str, list[Any]] = defaultdict(list)
    for c in records.claims:
        claims_by_article[c.article_id].append(c)
    story_of = {aid: s for s in records.stories for aid in s.articles}
    # an exact copy is also in the near group of its text: its exact group names it (last wins)
    by_kind = sorted(records.duplicates, key=lambda g: g.kind == "exact")
    dup_of = {m: g for g in by_kind for m in g.members}
    prov = {p.article_id: p for p in records.provenance}
    reused = provenance_rows(records.provenance)
    pairs = sorted(records.pairs, key=lambda p: -p.target_share)
    kinds, shares = pair_kinds(live, records.duplicates), pair_shares(records.pairs)
    quoted = quoted_sources(records, arts)
    return {
        "version": __version__,
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "articles": records.articles,
        "arts": arts,
        "label": label,
        "sources": _counts(a.source or "?" for a in records.articles),
        "languages": _counts(a.language or "?" for a in records.articles),
        "dates": sorted(a.published for a in records.articles if a.published),
        "skips": skips,
        "unanalyzed": unanalyzed,
        "duplicates": records.duplicates,
        "dup_of": dup_of,
        "alignments": live,
        "boilerplate_count": len(records.alignments) - len(live),
        "provenance": reused[: limits.rows],
        "provenance_total": len(reused),
        "pairs": pairs[: limits.rows],
        "pairs_total": len(pairs),
        "passages": largest(live, limits.passages, passage_size),
        "shown_articles": _shown(records, live, limits.full_texts),
        "limits": limits,
        "prov": prov,
        "stories": sorted(records.stories, key=lambda s: (s.first_seen or "", s.id)),
        "shown_stories": _largest_stories(records, limits.stories),
        "storylines": _storylines(records),
        "story_of": story_of,
        "quotes_by_article": quotes_by_article,
        "claims_by_article": claims_by_article,
        "segments": lambda a: highlight(a.text, spans_by_article.get(a.id, ())),
        "excerpt": excerpt,
        "score": score_text,
        "changes": lambda g, m: (
            changes_text(arts[g.canonical].text, arts[m].text)
            if g.canonical in arts and m in arts
            else ""
        ),
        "edits": lambda al: changes_text(
            arts[al.source.article_id].text[al.source.start : al.source.end],
            arts[al.target.article_id].text[al.target.start : al.target.end],
        ),
        "when": when,
        "dated": dated,
        "slice": lambda a, span: a.text[span.start : span.end] if span else "",
        "pct": share_text,
        "number": number_text,
        "bar": lambda p: source_bar(p, kinds),
        "quoted": lambda p, sid: (p.article_id, sid) in quoted,
        "shared": lambda p, other: shares.get((p.article_id, other)),
    }


def taken_spans(
    live: Sequence[Alignment], undirected: set[frozenset[str]], arts: dict[str, Any]
) -> dict[str, list[tuple[int, int, str, str]]]:
    """The source side of directed passages, per source article: where its text was taken,
    and by whom (every taker of each stretch in its tooltip, so a wire story shows which of
    its paragraphs the papers picked up).  Class ``taken``, weaker than any reuse class: a
    stretch an article took from elsewhere shows as taken from there."""
    by_source: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for al in live:
        if frozenset((al.source.article_id, al.target.article_id)) not in undirected:
            by_source[al.source.article_id].append(
                (al.source.start, al.source.end, _name(arts, al.target.article_id))
            )
    return {aid: _stretches(spans) for aid, spans in by_source.items()}


def _stretches(spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """Spans cut where the set of takers changes, each with its takers named."""
    events = sorted([(a, 1, who) for a, _, who in spans] + [(b, -1, who) for _, b, who in spans])
    active: Counter[str] = Counter()
    out: list[tuple[int, int, str, str]] = []
    for (a, step, who), (b, _, _) in zip(events, events[1:], strict=False):
        active[who] += step
        if active[who] == 0:
            del active[who]
        if b == a or not active:
            continue
        takers = sorted(active)
        title = f"taken by {', '.join(takers[:TAKERS_NAMED])}" + (
            f" and {len(takers) - TAKERS_NAMED} more" if len(takers) > TAKERS_NAMED else ""
        )
        if out and out[-1][1] == a and out[-1][3] == title:
            out[-1] = (out[-1][0], b, "taken", title)
        else:
            out.append((a, b, "taken", title))
    return out


TAKERS_NAMED = 3  # takers named in a tooltip before "and N more"


def source_bar(
    p: Provenance, kinds: Mapping[tuple[str, str], str] | None = None
) -> list[tuple[str, float, float, str]]:
    """(source id, share, bar width in percent, passage kind) per source of an article, one
    bar each: the sources' shares overlap (a text that two of its sources both hold counts
    in each: a copy of a reprint of a wire story), so they are not stacked into one bar.
    The kind is the most literal of the pair's passages (``kinds``: (source, target) ->
    kind), which colours the bar as the passages are coloured."""
    return [
        (sid, share, round(min(share, 1.0) * 100, 1), (kinds or {}).get((sid, p.article_id), ""))
        for sid, share in p.sources.items()
    ]


def pair_kinds(
    live: Iterable[Alignment], duplicates: Iterable[DuplicateGroup] = ()
) -> dict[tuple[str, str], str]:
    """(source, target) -> the most literal kind of their passages; a duplicate's copy of its
    canonical article, which has no passages, is ``verbatim`` (exact) or ``edited`` (near: a
    review found an exact copy's bar coloured as a paraphrase)."""
    out: dict[tuple[str, str], str] = {}
    for al in live:
        key = (al.source.article_id, al.target.article_id)
        if key not in out or _strength(al.kind) < _strength(out[key]):
            out[key] = al.kind
    for g in sorted(duplicates, key=lambda g: g.kind == "exact"):  # exact last: it wins
        for m in g.members:
            if m != g.canonical:
                out[(g.canonical, m)] = "verbatim" if g.kind == "exact" else "edited"
    return out


def provenance_rows(provenance: Iterable[Provenance]) -> list[Provenance]:
    """The articles with anything to show in a "% reused, from where" table (a reused share,
    a source, an unseen-source peer, a related article), the most reused first: an article
    quoting a release has the release as a source and no reused share (quotes are not
    counted), and was left out (a review)."""
    rows = (
        p for p in provenance
        if p.reused_share or p.sources or p.unseen_source_with or p.related_with
    )  # fmt: skip
    return sorted(rows, key=lambda p: (-p.reused_share, -max(p.sources.values(), default=0.0)))


def quoted_sources(records: RecordSet, arts: Mapping[str, Article]) -> set[tuple[str, str]]:
    """(article, source) pairs whose passages lie inside the article's quotation marks: it
    quoted the source, and they are not counted in its reused share
    (:func:`.provenance.quoted_only`)."""
    from newstrace.stages.align.provenance import quoted_only

    held: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for al in records.alignments:
        if not al.boilerplate:
            t = al.target
            held[(t.article_id, al.source.article_id)].append((t.start, t.end))
    return {
        key for key, spans in held.items()
        if key[0] in arts
        and quoted_only(arts[key[0]].text, spans, arts[key[1]].text if key[1] in arts else None)
    }  # fmt: skip


def pair_shares(pairs: Iterable[ReusePair]) -> dict[tuple[str, str], float]:
    """(article, other) -> the share of the article in its pair's passages with the other:
    what an article shares with one it has no direction with (wire copy both reprint)."""
    out: dict[tuple[str, str], float] = {}
    for p in pairs:
        out[(p.source_id, p.target_id)] = p.source_share
        out[(p.target_id, p.source_id)] = p.target_share
    return out


def _shown(records: RecordSet, live: Sequence[Alignment], limit: int) -> list[Article]:
    """The articles shown in full: those in reused passages or duplicate groups first (in
    corpus order), then the others, ``limit`` in all."""
    involved = {side.article_id for al in live for side in (al.source, al.target)}
    involved |= {m for g in records.duplicates for m in g.members}
    first = [a for a in records.articles if a.id in involved]
    rest = [a for a in records.articles if a.id not in involved]
    return (first + rest)[:limit]


def _largest_stories(records: RecordSet, limit: int) -> list[Any]:
    """The ``limit`` stories with the most articles, in timeline order."""
    largest = sorted(records.stories, key=lambda s: -len(s.articles))[:limit]
    return sorted(largest, key=lambda s: (s.first_seen or "", s.id))


def _counts(values: Iterable[str]) -> list[tuple[str, int]]:
    counts: dict[str, int] = defaultdict(int)
    for v in values:
        counts[v] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _storylines(records: RecordSet) -> list[tuple[str, list[Any]]]:
    """(label, stories in order) per storyline of more than one story, largest first."""
    stories = {s.id: s for s in records.stories}
    lines = [
        (line.label, [stories[sid] for sid in line.stories if sid in stories])
        for line in records.storylines
    ]
    return sorted((x for x in lines if len(x[1]) > 1), key=lambda kv: -len(kv[1]))


def render(
    records: RecordSet,
    skips: Sequence[tuple[str, str, str]] = (),
    limits: Limits = Limits(),
    unanalyzed: int = 0,
) -> str:
    """The self-contained HTML report (a large corpus shown within ``limits``)."""
    context = build_context(records, skips, limits, unanalyzed)
    return _env().get_template("report.html.j2").render(**context)


def write(
    records: RecordSet,
    path: Path,
    skips: Sequence[tuple[str, str, str]] = (),
    limits: Limits = Limits(),
    unanalyzed: int = 0,
) -> Path:
    """Write :func:`render` to ``path``."""
    page = render(records, skips, limits, unanalyzed)
    with replaced(path) as tmp:  # a failed write keeps the previous report whole
        tmp.write_text(page, encoding="utf-8")
    return path


def passage_pairs(records: RecordSet) -> list[tuple[Alignment, Article, Article]]:
    """Non-boilerplate alignments with their two articles (for side-by-side views)."""
    arts = {a.id: a for a in records.articles}
    return [
        (al, arts[al.source.article_id], arts[al.target.article_id])
        for al in records.alignments
        if not al.boilerplate and al.source.article_id in arts and al.target.article_id in arts
    ]
