"""HTML inside a record's text field (CMS exports and feeds often put the body's markup in
JSON, JSONL or CSV): read as plain text, with block elements as paragraphs.

Whole pages go through trafilatura (:mod:`newstrace.stages.ingest.web`); a record's field is
already the article body, so here tags are only turned into breaks and dropped, entities
become characters, and script, style and template contents are left out.  Like an HTML
page's, the stored ``original`` is then this plain text, not the markup.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

# Markup that a plain-text article does not contain: a closing or self-closing tag, or an
# opening block tag.  A stray "<40%" or "a < b" is not markup.
_MARKUP = re.compile(
    r"</(?:p|div|li|ul|ol|h[1-6]|blockquote|span|a|em|strong|b|i|u|section|article|figure|"
    r"figcaption|td|tr|table|pre|font)\s*>|<br\s*/?>|<(?:p|div|h[1-6]|li)(?:\s[^<>]*)?>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_BLOCKS = frozenset(
    (
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "section", "article", "header", "footer", "aside", "figure", "figcaption", "table",
        "tr", "pre", "address", "dl", "dt", "dd", "hr", "nav", "main",
    )
)  # fmt: skip
# A blank line in a text node: a paragraph break even without block tags (a CMS body with
# plain-text paragraphs and inline links or emphasis, as WordPress stores its posts; a blank
# line inside an HTML block is rare).
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_SKIPPED = frozenset({"script", "style", "template", "noscript", "head", "title"})


def looks_like_html(text: str) -> bool:
    """Whether ``text`` carries HTML markup (not just a stray angle bracket)."""
    return _MARKUP.search(text) is not None


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: blocks separated by blank lines, ``<br>`` a line break,
    whitespace inside a block collapsed, entities decoded."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    blocks = "".join(parser.parts).split("\n\n")
    lines = ("\n".join(" ".join(line.split()) for line in b.split("\n")) for b in blocks)
    return "\n\n".join(b.strip("\n") for b in lines if b.strip())


def plain_field(value: str) -> str:
    """A short field (a title) without tags and with entities decoded, when it has either."""
    if _ENTITY.search(value) is None and _TAG.search(value) is None:
        return value
    return " ".join(unescape(_TAG.sub(" ", value)).split())


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:  # a blank line stays a paragraph break (see _BLANK_LINE)
            pieces = _BLANK_LINE.split(data)
            self.parts.append("\n\n".join(p.replace("\n", " ") for p in pieces))
