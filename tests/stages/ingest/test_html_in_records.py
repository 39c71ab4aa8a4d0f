"""A JSON, JSONL or CSV record whose text field holds HTML (as CMS exports and feeds often
do) is read as text: tags are not words, paragraphs stay paragraphs, entities are characters,
and scripts and styles are dropped.  Plain text with a stray "<" is left alone."""

from __future__ import annotations

import json
from pathlib import Path

from newstrace.config import IngestSettings
from newstrace.records import Article
from newstrace.stages.ingest.readers import read_jsonl
from newstrace.text.sentences import sentences

BODY = (
    "<p>A fire in the basement archive of Wexcombe Central Library destroyed about 2,300 "
    "volumes on Sunday night.</p><p>Nobody was in the building.</p>"
    "<script>var ad = 1;</script><style>p {color: red}</style>"
    "<p>&ldquo;It is heartbreaking,&rdquo; said the archivist, Jolanta Brzeska&nbsp;&amp; her "
    "staff.<br>The library will stay closed until Friday.</p>"
)


def _read(tmp_path: Path, record: dict[str, object]) -> Article:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with feed.open("rb") as stream:
        (article,) = list(read_jsonl(stream, "feed.jsonl", IngestSettings(), "feed"))
    assert isinstance(article, Article)
    return article


def test_html_in_the_text_field_is_read_as_text(tmp_path: Path) -> None:
    article = _read(tmp_path, {"text": BODY, "title": "Fire at the library &amp; archive"})
    text = article.text
    assert "<" not in text and ">" not in text and "&amp;" not in text
    assert "var ad" not in text and "color: red" not in text
    assert "\u201cIt is heartbreaking,\u201d" in text and "Brzeska & her staff." in text
    # paragraphs and line breaks are sentence boundaries again
    assert "Nobody was in the building." in sentences(text)
    assert "The library will stay closed until Friday." in sentences(text)
    assert article.title == "Fire at the library & archive"


def test_offsets_point_into_the_stored_original(tmp_path: Path) -> None:
    article = _read(tmp_path, {"text": BODY})
    start = article.text.index("Nobody")
    original = article.offsets.to_original(start)
    assert article.original[original : original + 6] == "Nobody"


def test_plain_text_with_angle_brackets_is_unchanged(tmp_path: Path) -> None:
    plain = "Turnout was <40% in two wards, and > 60% in the rest; a & b agreed."
    article = _read(tmp_path, {"text": plain, "title": "Q&A: turnout"})
    assert article.text == plain
    assert article.title == "Q&A: turnout"


def test_blank_lines_between_plain_paragraphs_stay_paragraph_breaks(tmp_path: Path) -> None:
    # a CMS body stored as plain-text paragraphs with inline markup only (WordPress posts):
    # the inline link makes it markup, and its blank lines are still its paragraph breaks
    body = (
        "The ferry to Inchbrae was cancelled on Monday, <a href='/weather'>gales</a> "
        "having closed the harbour.\n\nThe operator said the\nfirst crossing would be on "
        "Wednesday.\n \nPassengers may <strong>claim</strong> a refund."
    )
    art = _read(tmp_path, {"text": body, "source": "Inchbrae Herald"})
    assert art.text.split("\n\n") == [
        "The ferry to Inchbrae was cancelled on Monday, gales having closed the harbour.",
        "The operator said the first crossing would be on Wednesday.",
        "Passengers may claim a refund.",
    ]


def test_entities_in_plain_text_are_characters_and_the_copy_is_exact(tmp_path: Path) -> None:
    # a feed export left entities in a text with no tags: read as characters, the original kept
    # as written, and another outlet's plain copy of the story is an exact duplicate
    import newstrace

    plain = (
        "Crews from Wexcombe & Hallow fought the fire for six hours, the brigade said.\n\n"
        "\u201cIt was the hardest night of my career,\u201d said Ren\u00e9e Okafor, the station's "
        "watch manager."
    )
    escaped = (
        plain.replace("&", "&amp;")
        .replace("\u201c", "&ldquo;")
        .replace("\u201d", "&#8221;")
        .replace("\u00e9", "&eacute;")
    )
    article = _read(tmp_path, {"text": escaped})
    assert article.text == plain and article.original == escaped
    feed = tmp_path / "two.jsonl"
    rows = [
        {"id": "a", "source": "Wexcombe Post", "text": plain},
        {"id": "b", "source": "Hallow Courier", "text": escaped},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with newstrace.open(tmp_path / "n.db") as corpus:
        corpus.add(feed)
        corpus.analyze()
        (group,) = corpus.duplicates()
    assert group.kind == "exact" and len(group.members) == 2
