"""FastAPI application: overview, article pages, side-by-side reuse, stories, JSON API."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse
from starlette.middleware.trustedhost import TrustedHostMiddleware

from newstrace.errors import NotFoundError
from newstrace.records import RecordSet
from newstrace.report.export import by_id, record_dict
from newstrace.report.html import (
    EVIDENCE,
    NO_LIMITS,
    Limits,
    build_context,
    dated,
    highlight,
    share_text,
    when,
)
from newstrace.serialize import to_dict
from newstrace.store import Store

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


class _Snapshot:
    """The database's records, read once (read-only) and kept while the database files are
    unchanged: loading every record costs seconds at 10k articles, so not once per request;
    a write by another process (a new analysis) changes the files and the next request reads
    them again."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.lock = threading.Lock()
        self.key: tuple[Any, ...] | None = None
        self.rs = RecordSet()
        self.ctx: dict[Limits, dict[str, Any]] = {}

    def _files(self) -> tuple[Any, ...]:
        out: list[Any] = []
        for suffix in ("", "-wal"):
            try:
                st = Path(f"{self.db_path}{suffix}").stat()
                out.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                out.append(None)
        return tuple(out)

    def records(self) -> RecordSet:
        with self.lock:
            key = self._files()
            if key != self.key:
                store = Store(self.db_path, readonly=True)
                try:
                    self.rs, self.ctx = store.record_set(), {}
                finally:
                    store.close()
                self.key = self._files()  # opening may have created the -wal file
            return self.rs

    def context(self, limits: Limits = NO_LIMITS) -> tuple[RecordSet, dict[str, Any]]:
        """The records and the pages' shared context (built once per snapshot and limits)."""
        rs = self.records()
        with self.lock:
            if self.rs is not rs:
                return rs, build_context(rs, limits=limits)  # replaced meanwhile
            if limits not in self.ctx:
                self.ctx[limits] = build_context(rs, limits=limits)
            return rs, self.ctx[limits]


# Host names a browser uses for a server on this machine.  A server bound to a loopback
# address answers these only: a web page elsewhere could otherwise point a name of its own at
# 127.0.0.1 (DNS rebinding) and read the corpus through the JSON API with the browser.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(db: str | Path, hosts: Sequence[str] | None = None) -> FastAPI:
    """An app serving the database at ``db`` (read-only; re-read when it changes); with
    ``hosts``, requests naming another host are refused (400)."""
    app = FastAPI(title="newstrace", docs_url="/api/docs", redoc_url=None)
    if hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    snapshot = _Snapshot(Path(db))

    @contextmanager
    def records() -> Iterator[RecordSet]:
        yield snapshot.records()

    def page(name: str, **context: Any) -> HTMLResponse:
        return HTMLResponse(_env.get_template(name).render(**context))

    @app.get("/", response_class=HTMLResponse)
    def index() -> HTMLResponse:
        _, ctx = snapshot.context(Limits())  # the overview of a large corpus: its largest parts
        return page("web_index.html.j2", **ctx)

    @app.get("/article/{article_id}", response_class=HTMLResponse)
    def article(article_id: str) -> HTMLResponse:
        rs, ctx = snapshot.context()
        a = _find(rs, article_id)
        partners = sorted(
            {al.source.article_id for al in ctx["alignments"] if al.target.article_id == a.id}
            | {al.target.article_id for al in ctx["alignments"] if al.source.article_id == a.id}
        )
        return page("web_article.html.j2", a=a, partners=partners, **ctx)

    @app.get("/pair/{source_id}/{target_id}", response_class=HTMLResponse)
    def pair(source_id: str, target_id: str) -> HTMLResponse:
        with records() as rs:
            src, tgt = _find(rs, source_id), _find(rs, target_id)
            links = [
                al for al in rs.alignments
                if {al.source.article_id, al.target.article_id} == {src.id, tgt.id}
            ]  # fmt: skip
            left, right = [], []
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
            links = [al for al in links if not al.boilerplate]
            rel = next(
                (p for p in rs.pairs if {p.source_id, p.target_id} == {src.id, tgt.id}), None
            )
            return page(
                "web_pair.html.j2", src=src, tgt=tgt, links=links, rel=rel,
                left=highlight(src.text, left), right=highlight(tgt.text, right),
            )  # fmt: skip

    @app.get("/api/articles")
    def api_articles() -> list[dict[str, Any]]:
        with records() as rs:
            return [
                {k: v for k, v in to_dict(a).items() if k not in ("text", "original", "offsets")}
                for a in rs.articles
            ]

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str) -> dict[str, Any]:
        with records() as rs:
            d = to_dict(_find(rs, article_id))
            d.pop("offsets")
            return d

    @app.get("/api/{kind}")
    def api_records(kind: str, article: str | None = None) -> list[dict[str, Any]]:
        fields = ("duplicates", "alignments", "provenance", "pairs", "stories", "quotes",
                  "claims", "mentions")  # fmt: skip
        if kind not in fields:
            raise HTTPException(404, f"unknown record kind {kind!r}; one of {', '.join(fields)}")
        with records() as rs:
            arts = by_id(rs)
            found = [record_dict(r, arts) for r in getattr(rs, kind)]
            full = _find(rs, article).id if article else None  # an id or a unique prefix
        if full:
            found = [r for r in found if _names(r, full)]
        return found

    return app


def _names(value: Any, article_id: str) -> bool:
    """Whether a record (as a dict) names ``article_id`` in any of its fields, nested ones
    included (a span's article, a pair's ends, a group's members, a source's key)."""
    if isinstance(value, str):
        return value == article_id
    if isinstance(value, dict):  # keys too: a provenance record's sources map ids to shares
        return article_id in value or any(_names(v, article_id) for v in value.values())
    if isinstance(value, list | tuple):
        return any(_names(v, article_id) for v in value)
    return False


def _find(rs: RecordSet, article_id: str) -> Any:
    prefix = article_id.lower()  # hex digits in either case, as on the command line
    matches = [a for a in rs.articles if a.id == article_id or a.id.startswith(prefix)]
    if len(matches) != 1:
        raise HTTPException(404, str(NotFoundError(f"no single article with id {article_id!r}")))
    return matches[0]
