"""FastAPI application: overview, article pages, side-by-side reuse, stories, JSON API."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from newstrace.records import Article, DuplicateGroup, Provenance, RecordSet, Span, Story
from newstrace.report.export import record_dict
from newstrace.report.html import (
    EVIDENCE,
    LABEL_CHARS,
    NO_LIMITS,
    Limits,
    build_context,
    changes_text,
    dated,
    highlight,
    label,
    number_text,
    score_text,
    share_text,
    when,
)
from newstrace.report.story import StoryRecords, by_speaker, story_dict, story_records
from newstrace.serialize import to_dict
from newstrace.store import Store
from newstrace.store.sqlite import strings_in
from newstrace.text.diff import word_changes

_env = jinja2.Environment(
    loader=jinja2.PackageLoader("newstrace.report", "templates"),
    autoescape=jinja2.select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["when"] = when
_env.globals["evidence_text"] = EVIDENCE
_env.globals["dated"] = dated
_env.globals["pct"] = share_text
_env.globals["score"] = score_text


class _Snapshot:
    """What the pages share of the whole database, read once (read-only) and kept while the
    database files are unchanged: the overview's parts (each a bounded query, but together
    a second at 100k articles, so not once per request) and the passages' numbers; a write
    by another process (a new analysis) changes the files and the next request reads them
    again.  Article and pair pages and the JSON API read their own records per request."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.lock = threading.Lock()
        self.key: tuple[Any, ...] | None = None
        self.ctx: dict[Limits, dict[str, Any]] = {}
        self.passages_key: tuple[Any, ...] | None = None
        self.passages: dict[int, int] = {}

    def _files(self) -> tuple[Any, ...]:
        out: list[Any] = []
        for suffix in ("", "-wal"):
            try:
                st = Path(f"{self.db_path}{suffix}").stat()
                out.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                out.append(None)
        return tuple(out)

    def overview(self, limits: Limits) -> dict[str, Any]:
        """The overview page's context within ``limits`` (built once per database state)."""
        with self.lock:
            if self._files() == self.key and limits in self.ctx:
                return self.ctx[limits]
            store = Store(self.db_path, readonly=True)
            try:
                # the files' state before the read (opening may have created the -wal file):
                # a write after it changes them, and the next request reads again
                key = self._files()
                store.db.execute("BEGIN")  # one state of the database for every part
                ctx = overview_context(store, limits)
            finally:
                store.close()
            if key != self.key:
                self.ctx, self.key = {}, key
            self.ctx[limits] = ctx
            return ctx

    def passage_numbers(self, store: Store) -> dict[int, int]:
        """Record id -> number (from 0) of every passage (alignment not boilerplate), as the
        overview numbers them: ids only, read once per database change."""
        with self.lock:
            key = self._files()
            if key != self.passages_key:
                self.passages = {rid: n for n, rid in enumerate(store.passage_ids())}
                self.passages_key = key
            return self.passages


# Host names a browser uses for a server on this machine.  A server bound to a loopback
# address answers these only: a web page elsewhere could otherwise point a name of its own at
# 127.0.0.1 (DNS rebinding) and read the corpus through the JSON API with the browser.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(db: str | Path, hosts: Sequence[str] | None = None) -> FastAPI:
    """An app serving the database at ``db`` (read-only; re-read when it changes); with
    ``hosts``, requests naming another host are refused (400)."""
    # no Swagger UI or ReDoc: they load their scripts from a CDN (a blank page offline, and a
    # request to another site); /api is a page of our own, from the same schema
    app = FastAPI(title="newstrace", docs_url=None, redoc_url=None)
    if hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    snapshot = _Snapshot(Path(db))

    @contextmanager
    def opened() -> Iterator[Store]:
        """The store, read-only, for one request: its reads see one state of the database."""
        store = Store(db, readonly=True)
        try:
            store.db.execute("BEGIN")  # a read transaction: a writer's commit is not half-seen
            yield store
        finally:
            store.close()

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(_env.get_template(name).render(**context), status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def not_found_page(request: Request, exc: StarletteHTTPException) -> Response:
        # a browser is answered with a page saying what is missing (and, for an ambiguous id
        # prefix, the articles it matches); the JSON API and its schema keep JSON errors
        path = request.scope["path"]
        if exc.status_code != 404 or path == "/openapi.json" or path.startswith("/api/"):
            return await http_exception_handler(request, exc)
        misses = exc.misses if isinstance(exc, _NoSuchArticle) else []
        shown = [
            (asked, [(a, _retarget(path, asked, a.id)) for a in found]) for asked, found in misses
        ]
        stories = exc.misses if isinstance(exc, _NoSuchStory) else []
        return page("web_missing.html.j2", status=404, path=path, misses=shown,
                    story_misses=stories, label=label)  # fmt: skip

    @app.get("/", response_class=HTMLResponse)
    def index() -> HTMLResponse:
        # the overview of a large corpus: its largest parts, read by SQL (not every record)
        return page("web_index.html.j2", **snapshot.overview(Limits()))

    @app.get("/article/{article_id}", response_class=HTMLResponse)
    def article(article_id: str) -> HTMLResponse:
        with opened() as store:
            a = _find(store, article_id)
            rs, numbers = _article_records(store, a, snapshot.passage_numbers(store))
            in_stories = [s for _, s in store.record_list("stories", article_id=a.id)]
        ctx = build_context(rs, limits=NO_LIMITS, passage_numbers=numbers)
        partners = sorted(
            {al.source.article_id for al in ctx["alignments"] if al.target.article_id == a.id}
            | {al.target.article_id for al in ctx["alignments"] if al.source.article_id == a.id}
        )
        return page("web_article.html.j2", a=a, partners=partners, in_stories=in_stories, **ctx)

    @app.get("/pair/{source_id}/{target_id}", response_class=HTMLResponse)
    def pair(source_id: str, target_id: str) -> HTMLResponse:
        with opened() as store:
            src, tgt = _find_all(store, [source_id, target_id])
            links = [
                al for _, al in store.record_list("alignments", article_id=src.id)
                if {al.source.article_id, al.target.article_id} == {src.id, tgt.id}
            ]  # fmt: skip
            rel = next(
                (
                    p for _, p in store.record_list("pairs", article_id=src.id)
                    if {p.source_id, p.target_id} == {src.id, tgt.id}
                ),
                None,
            )  # fmt: skip
            dup = _duplicate_group(store, src, tgt)
        left: list[_Mark] = []
        right: list[_Mark] = []
        for i, al in enumerate(links, 1):
            s_span, t_span = (al.source, al.target)
            if al.source.article_id != src.id:
                s_span, t_span = t_span, s_span
            # boilerplate (a footer, an outlet's template) is shown as such, not as reuse
            cls, title = (
                ("boilerplate", "boilerplate (not counted as reuse)") if al.boilerplate
                else (f"reuse {al.kind} p{i}", f"#{i} {al.kind}")
            )  # fmt: skip
            left.append((s_span.start, s_span.end, cls, title))
            right.append((t_span.start, t_span.end, cls, title))
        changed = ""
        if dup:  # members of a group are not aligned: what the copy changed is their evidence
            changed = _mark_changes(dup[0], src, tgt, len(links) + 1, left, right)
        links = [al for al in links if not al.boilerplate]
        return page(
            "web_pair.html.j2", src=src, tgt=tgt, links=links, rel=rel, dup=dup, changed=changed,
            left=highlight(src.text, left), right=highlight(tgt.text, right),
        )  # fmt: skip

    @app.get("/story/{story_id}", response_class=HTMLResponse)
    def story(story_id: str) -> HTMLResponse:
        with opened() as store:
            found = story_records(store, _find_story(store, story_id))
        return page("web_story.html.j2", **story_context(found))

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_index() -> HTMLResponse:
        return page("web_api.html.j2", endpoints=api_endpoints(app.openapi()))

    @app.get("/api/articles")
    def api_articles(
        limit: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description=LIMIT_DOC),
        after: int = Query(0, ge=0, description=AFTER_DOC),
    ) -> dict[str, Any]:
        """The articles in ingest order, a page at a time: their metadata, not their texts."""
        with opened() as store:
            found = store.article_list(after, limit + 1)
            total = store.article_count()
        items = [
            {k: v for k, v in to_dict(a).items() if k not in ("text", "original", "offsets")}
            for _, a in found[:limit]
        ]
        return _page(items, total, limit, found, "/api/articles", {})

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str = PathParam(description=ID_DOC)) -> dict[str, Any]:
        """One article with its text and original (as ingested)."""
        with opened() as store:
            d = to_dict(_find(store, article_id))
        d.pop("offsets")
        return d

    @app.get("/api/stories/{story_id}")
    def api_story(story_id: str = PathParam(description=STORY_ID_DOC)) -> dict[str, Any]:
        """One story with its storyline, its articles (metadata, not their texts) and their
        quotes and claims, and the reused passages and linked pairs inside it; spans as in
        the record lists."""
        with opened() as store:
            found = story_records(store, _find_story(store, story_id))
        return story_dict(found, with_text=False)

    @app.get("/api/{kind}")
    def api_records(
        kind: str = PathParam(description=f"one of {', '.join(RECORD_FIELDS)}"),
        article: str | None = Query(None, description=f"only the records naming it: {ID_DOC}"),
        limit: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description=LIMIT_DOC),
        after: int = Query(0, ge=0, description=AFTER_DOC),
    ) -> dict[str, Any]:
        """The analysis records of one kind in the order they were saved, a page at a time;
        each span gives its place in the clean text (start, end) and in the original text
        (original_start, original_end)."""
        if kind not in RECORD_FIELDS:
            raise HTTPException(
                404, f"unknown record kind {kind!r}; one of {', '.join(RECORD_FIELDS)}"
            )
        with opened() as store:
            full = _find(store, article).id if article else None  # an id or a unique prefix
            found = store.record_list(kind, after, limit + 1, article_id=full)
            total = store.record_count(kind, full)
            named = {aid for _, r in found[:limit] for aid in _span_articles(to_dict(r))}
            arts = {a.id: a for a in store.articles(sorted(named))}
        items = [record_dict(r, arts) for _, r in found[:limit]]
        return _page(items, total, limit, found, f"/api/{kind}", {"article": full} if full else {})

    return app


# The JSON API's list endpoints answer in pages: ``limit`` items (default PAGE_SIZE, at most
# MAX_PAGE_SIZE) and a ``next`` link to the rest.  100 is a screenful of rows and a few
# hundred kB of JSON; 1000 records of the largest kind (alignments with their spans) is about
# 1 MB, read in well under a second from a 100k-article store.
PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000

RECORD_FIELDS = ("duplicates", "alignments", "provenance", "pairs", "stories", "quotes",
                 "claims", "mentions")  # fmt: skip
LIMIT_DOC = "how many items a page holds"
AFTER_DOC = 'the cursor of a page\'s "next" link (where the next page starts)'
ID_DOC = "an article id, or a unique prefix of one"
STORY_ID_DOC = "a story id, or a unique prefix of one"


def api_endpoints(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The JSON endpoints of the app's OpenAPI ``schema`` (those under /api/) for the API
    page: method, path, what it answers, its parameters, and links to try it."""
    return [
        {
            "method": method.upper(),
            "path": path,
            "doc": op.get("description", ""),
            "params": [_parameter(p) for p in op.get("parameters", [])],
            "links": _examples(path),
        }
        for path, ops in schema["paths"].items()
        if path.startswith("/api/")
        for method, op in ops.items()
    ]


def _parameter(p: dict[str, Any]) -> dict[str, Any]:
    """One parameter of an OpenAPI operation as the API page lists it."""
    schema = p.get("schema", {})
    types = [t["type"] for t in schema.get("anyOf", [schema]) if t.get("type", "null") != "null"]
    low, high = schema.get("minimum"), schema.get("maximum")
    bounds = (
        f"{low} to {high}" if low is not None and high is not None
        else f"from {low}" if low is not None
        else f"up to {high}" if high is not None
        else ""
    )  # fmt: skip
    return {
        "name": p["name"],
        "where": p["in"],
        "type": " or ".join(types),
        "required": p.get("required", False),
        "default": schema.get("default"),
        "range": bounds,
        "doc": p.get("description", ""),
    }


def _examples(path: str) -> list[str]:
    """Paths to try an endpoint at: itself, or each record kind for ``/api/{kind}`` (an
    article id cannot be guessed)."""
    if "{" not in path:
        return [path]
    if path == "/api/{kind}":
        return [f"/api/{kind}" for kind in RECORD_FIELDS]
    return []


def _page(
    items: list[dict[str, Any]],
    total: int,
    limit: int,
    found: Sequence[tuple[int, Any]],
    path: str,
    params: dict[str, str],
) -> dict[str, Any]:
    """One page of a list: its items, how many there are in all, and the link to the next
    page (``None`` on the last), whose ``after`` is the cursor past this page's last item."""
    more = len(found) > limit
    next_link = (
        f"{path}?{urlencode({**params, 'limit': limit, 'after': found[limit - 1][0]})}"
        if more
        else None
    )
    return {"items": items, "total": total, "limit": limit, "next": next_link}


def _span_articles(value: Any) -> Iterator[str]:
    """The articles of the spans in a record's dict (whose original offsets it gives)."""
    if isinstance(value, dict):
        if "article_id" in value and "start" in value and "end" in value:
            yield value["article_id"]
        for v in value.values():
            yield from _span_articles(v)
    elif isinstance(value, list):
        for v in value:
            yield from _span_articles(v)


def _article_records(
    store: Store, a: Article, passages: dict[int, int]
) -> tuple[RecordSet, list[int]]:
    """The records an article's page shows (those naming it), the articles they name, and
    the numbers of its passages as the overview numbers them."""
    found = {
        name: store.record_list(name, article_id=a.id)
        for name in ("duplicates", "alignments", "provenance", "quotes", "claims")
    }
    named = set().union(*(strings_in(to_dict(r)) for rows in found.values() for _, r in rows))
    others = store.articles(sorted(named - {a.id}))
    ids = [rid for rid, al in found["alignments"] if not al.boilerplate]
    if any(rid not in passages for rid in ids):  # the database changed since they were read
        passages = {rid: n for n, rid in enumerate(store.passage_ids())}
    numbers = [passages[rid] for rid in ids]
    got = {name: tuple(r for _, r in rows) for name, rows in found.items()}
    rs = RecordSet(
        articles=(a, *others), duplicates=got["duplicates"], alignments=got["alignments"],
        provenance=got["provenance"], quotes=got["quotes"], claims=got["claims"],
    )  # fmt: skip
    return rs, numbers


def overview_context(store: Store, limits: Limits) -> dict[str, Any]:
    """What the overview page shows, within ``limits``: counts, the largest reused shares,
    the largest stories and the articles listed first (those with reuse or duplicates),
    with only the articles these name (their labels; no texts)."""
    provenance_total, provenance = store.reused_provenance(limits.rows)
    stories = store.largest_stories(limits.stories)
    shown = store.reuse_first_ids(limits.full_texts)
    named = {
        *shown,
        *(p.article_id for p in provenance),
        *(sid for p in provenance for sid in p.sources),
        *(o for p in provenance for o in _peers_shown(p)),
        *(aid for s in stories for aid in s.articles[: limits.per_story]),
    }
    arts = {a.id: a for a in store.article_heads(sorted(named), LABEL_CHARS + 1)}
    return {
        "article_count": store.article_count(),
        "source_count": store.source_count(),
        "duplicate_count": store.record_count("duplicates"),
        "passage_count": store.passage_count(),
        "story_count": store.record_count("stories"),
        "provenance": provenance,
        "provenance_total": provenance_total,
        "shown_stories": sorted(stories, key=lambda s: (s.first_seen or "", s.id)),
        "shown_articles": [arts[aid] for aid in shown],
        "arts": arts,
        "label": label,
        "limits": limits,
        "peers_shown": PEERS_SHOWN,
    }


# Articles an overview row links as sharing an unseen source with its article, and as related
# to it (then "… N more", to the article's page, which lists them all): a wire story many
# papers reprinted would otherwise put every reprint in every reprint's row.
PEERS_SHOWN = 12


def _peers_shown(p: Provenance) -> tuple[str, ...]:
    """The undirected partners of ``p`` an overview row links: those it has no direction with."""
    return (*p.unseen_source_with[:PEERS_SHOWN], *p.related_with[:PEERS_SHOWN])


# a highlighted stretch of a text: start, end, css classes, tooltip (as ``highlight`` takes)
_Mark = tuple[int, int, str, str]


def _duplicate_group(store: Store, a: Article, b: Article) -> tuple[DuplicateGroup, Article] | None:
    """The duplicate group holding both articles, read by SQL for ``a`` (an exact group
    before the near group that holds its text too), with its canonical copy (without its text
    when it is neither of them); None when no group holds both."""
    groups = [
        g for _, g in store.record_list("duplicates", article_id=a.id)
        if {a.id, b.id} <= set(g.members)
    ]  # fmt: skip
    group = min(groups, key=lambda g: g.kind != "exact", default=None)
    if group is None:
        return None
    known = {a.id: a, b.id: b}
    if group.canonical not in known:
        known.update((h.id, h) for h in store.article_heads([group.canonical], LABEL_CHARS + 1))
    canonical = known.get(group.canonical)
    return (group, canonical) if canonical else None


def _mark_changes(
    group: DuplicateGroup,
    left: Article,
    right: Article,
    first: int,
    left_marks: list[_Mark],
    right_marks: list[_Mark],
) -> str:
    """Mark the words the copy changed, on both sides (from the canonical copy's, or the
    left one's when neither is canonical), numbered from ``first`` so that a change's two
    sides light up together; return the changes as the report words them ("" for none)."""
    flip = group.canonical == right.id
    old, new = (right, left) if flip else (left, right)
    old_marks, new_marks = (right_marks, left_marks) if flip else (left_marks, right_marks)
    changes = word_changes(old.text, new.text)
    for n, c in enumerate(changes, first):
        what = "added" if c.a_start == c.a_end else "removed" if c.b_start == c.b_end else "changed"
        cls, title = f"edited change p{n}", f"word change {n - first + 1} of {len(changes)}: {what}"
        old_marks.append((c.a_start, c.a_end, cls, title))
        new_marks.append((c.b_start, c.b_end, cls, title))
    return changes_text(old.text, new.text) if changes else ""


def _find(store: Store, article_id: str) -> Article:
    """The article with this id or unique prefix (hex digits in either case), else 404."""
    return _find_all(store, [article_id])[0]


def _find_all(store: Store, asked: Sequence[str]) -> list[Article]:
    """The article of each id or unique prefix in ``asked``, else 404 naming every one that
    names no single article, with the articles an ambiguous prefix matches."""
    found = {aid: store.find_article_ids(aid) for aid in asked}
    misses = [(aid, ids) for aid, ids in found.items() if len(ids) != 1]
    if misses:
        raise _NoSuchArticle(
            [(aid, store.article_heads(ids, LABEL_CHARS + 1)) for aid, ids in misses]
        )
    by_id = {a.id: a for a in store.articles(sorted({ids[0] for ids in found.values()}))}
    return [by_id[found[aid][0]] for aid in asked]


class _NoSuchArticle(HTTPException):
    """404 for ids that name no single article: each with the articles it matches (two or
    more for an ambiguous prefix, none for an unknown id), without their texts."""

    def __init__(self, misses: list[tuple[str, list[Article]]]) -> None:
        super().__init__(404, "; ".join(_missing(aid, found) for aid, found in misses))
        self.misses = misses


def _missing(article_id: str, found: Sequence[Article]) -> str:
    """Why ``article_id`` names no single article."""
    if not found:
        return f"no article with id {article_id!r}"
    ids = ", ".join(a.id for a in found)
    return f"more than one article with id {article_id!r}: {ids} (give more of it)"


def _retarget(path: str, asked: str, article_id: str) -> str:
    """``path`` with the segment ``asked`` (an ambiguous id prefix) replaced by one of the
    articles it matches: the page the reader was after, for that article."""
    parts = [article_id if part == asked else part for part in path.split("/")]
    return "/".join(quote(part, safe="") for part in parts)


def story_context(found: StoryRecords) -> dict[str, Any]:
    """What a story's page shows: the story, its storyline's stories, its articles, its
    quotes by speaker, its numbers, and its reuse pairs with their passages."""
    arts = found.arts

    def text(span: Span | None) -> str:
        a = arts.get(span.article_id) if span else None
        return a.text[span.start : span.end] if a and span else ""

    def outlet(aid: str) -> str:
        a = arts.get(aid)
        return (a.source or label(a)) if a else aid

    return {
        "s": found.story, "storyline": found.storyline, "line_stories": found.line_stories,
        "arts": arts, "sources": len({a.source for a in found.articles}),
        "speakers": by_speaker(found.quotes), "quotes_count": len(found.quotes),
        "claims": found.claims, "reuse": story_reuse(found),
        "passages_count": len(found.passages), "label": label, "text": text, "outlet": outlet,
        "number": number_text, "day": _day,
    }  # fmt: skip


def _day(moment: str | None) -> str:
    """The day of an ISO date or time (YYYY-MM-DD), "no date" for none."""
    return moment[:10] if moment else "no date"


def story_reuse(found: StoryRecords) -> list[dict[str, Any]]:
    """The linked pairs inside a story (their records, with the number of passages each has),
    then the article pairs with passages and no pair record (a store analysed before pairs
    were recorded), each as its first passage has it."""
    counts: dict[frozenset[str], int] = {}
    first: dict[frozenset[str], tuple[str, str]] = {}
    for al in found.passages:
        ends = frozenset((al.source.article_id, al.target.article_id))
        counts[ends] = counts.get(ends, 0) + 1
        first.setdefault(ends, (al.source.article_id, al.target.article_id))
    rows = [
        {"source": p.source_id, "target": p.target_id, "pair": p,
         "passages": counts.pop(frozenset((p.source_id, p.target_id)), 0)}
        for p in found.pairs
    ]  # fmt: skip
    rows += [
        {"source": first[ends][0], "target": first[ends][1], "pair": None, "passages": n}
        for ends, n in counts.items()
    ]
    return rows


def _find_story(store: Store, story_id: str) -> Story:
    """The story with this id or unique prefix, else 404 (with the stories an ambiguous
    prefix matches)."""
    found = store.find_stories(story_id)
    if len(found) != 1:
        raise _NoSuchStory(story_id, found)
    return found[0]


class _NoSuchStory(HTTPException):
    """404 for an id that names no single story: with the stories it matches (two or more
    for an ambiguous prefix, none for an unknown id)."""

    def __init__(self, story_id: str, found: list[Story]) -> None:
        why = (
            f"more than one story with id {story_id!r}: {', '.join(s.id for s in found)} "
            "(give more of it)" if found else f"no story with id {story_id!r}"
        )  # fmt: skip
        super().__init__(404, why)
        self.misses = [(story_id, found)]
