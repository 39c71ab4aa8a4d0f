"""Every reader: txt/md, html, json, jsonl, csv/tsv, warc (plain and gzipped), .gz, stdin."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

from ingest_helpers import BODY, BODY2, articles, news_html, read_path, skips, warc_record

from newstrace.config.ingest import IngestSettings
from newstrace.records import Article
from newstrace.stages.ingest import InputFile, Skip, article_id, discover, read, sniff


def one(recs: list[Article | Skip]) -> Article:
    arts = articles(recs)
    assert len(arts) == 1, recs
    return arts[0]


def assert_offsets_exact(a: Article) -> None:
    for i, ch in enumerate(a.text):
        if not ch.isspace():
            assert a.original[a.offsets.to_original(i)] == ch


# --- plain text -----------------------------------------------------------------------------


def test_txt_with_headline(tmp_path: Path) -> None:
    p = tmp_path / "council-vote.txt"
    p.write_text(f"Council backs housing plan\n\n{BODY}\n\n{BODY2}\n", encoding="utf-8")
    a = one(read_path(p))
    assert a.title == "Council backs housing plan"
    assert a.text == f"{BODY}\n\n{BODY2}"
    assert a.source == "council-vote"
    assert a.format == "txt"
    assert a.input == str(p)
    assert a.language == "en"
    assert a.id == article_id(a.text, a.source)
    assert_offsets_exact(a)
    start, end = a.to_original(0, len(BODY))
    assert a.original[start:end] == BODY


def test_txt_without_headline_keeps_first_line(tmp_path: Path) -> None:
    p = tmp_path / "story.txt"
    p.write_text(f"{BODY}\n{BODY2}\n", encoding="utf-8")
    a = one(read_path(p))
    assert a.title is None
    assert a.text == f"{BODY}\n\n{BODY2}"


def test_md_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "post.md"
    p.write_text(
        "---\ntitle: Housing plan approved\nurl: https://www.example.org/news/1\n"
        "date: 2024-11-07\nauthor: Jo Bloggs\n---\n" + BODY,
        encoding="utf-8",
    )
    a = one(read_path(p))
    assert (a.title, a.source, a.published) == (
        "Housing plan approved",
        "example.org",
        "2024-11-07",
    )
    assert a.url == "https://www.example.org/news/1"
    assert a.metadata["author"] == "Jo Bloggs"
    assert a.text == BODY
    assert a.format == "md"


def test_same_text_same_id(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(BODY + "\n")
    (tmp_path / "b" / "x.txt").write_text("\ufeff  " + BODY.replace(" ", "  ") + "\r\n")
    first, second = articles(read_path(tmp_path))
    assert first.id == second.id


# --- HTML -----------------------------------------------------------------------------------


def test_html_main_text_without_nav_ads_captions(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(news_html("Council backs housing plan", [BODY, BODY2], date="2024-11-07"))
    a = one(read_path(p))
    assert a.title == "Council backs housing plan"
    assert a.source == "The Daily Example"
    assert a.published == "2024-11-07"
    assert a.format == "html"
    assert "The council approved the new housing plan" in a.text
    assert "review of the road network" in a.text
    for junk in ("Home", "Buy cheap flights", "Councillors at the town hall", "Copyright", "Ten"):
        assert junk not in a.text
    assert not a.text.startswith("Council backs")
    assert "\n\n" in a.text
    assert_offsets_exact(a)


def test_html_declared_cp1252_charset(tmp_path: Path) -> None:
    page = news_html(
        "Caf\u00e9 owners \u201cdelighted\u201d", [BODY + " Caf\u00e9 \u2013 na\u00efve.", BODY2]
    )
    page = page.replace('charset="utf-8"', 'charset="windows-1252"')
    p = tmp_path / "page.htm"
    p.write_bytes(page.encode("cp1252"))
    a = one(read_path(p))
    assert "Caf\u00e9 \u2013 na\u00efve." in a.text


# --- JSON records ---------------------------------------------------------------------------


def test_jsonl_one_article_per_line(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    rows = [
        {
            "id": "a1",
            "text": BODY,
            "title": "Plan",
            "url": "https://www.bbc.co.uk/n/1",
            "published": "2024-11-07T09:00:00Z",
            "topic": "housing",
        },
        {"id": "a2", "text": BODY2, "source": "Gazette", "published": "7 November 2024"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    first, second = articles(read_path(p))
    assert first.input == f"{p}:1" and second.input == f"{p}:2"
    assert first.source == "bbc.co.uk" and second.source == "Gazette"
    assert first.published == "2024-11-07T09:00:00+00:00"
    assert second.published == "2024-11-07"
    assert first.metadata["id"] == "a1" and first.metadata["topic"] == "housing"
    assert first.id == article_id(first.text, "bbc.co.uk")
    assert first.format == "jsonl"


def test_jsonl_custom_field_names(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps({"body": BODY, "headline": "Plan", "site": "Echo"}) + "\n")
    s = IngestSettings(text_field="body", title_field="headline", source_field="site")
    a = one(read_path(p, s))
    assert (a.title, a.source, a.text) == ("Plan", "Echo", BODY)


def test_json_list_and_single_object(tmp_path: Path) -> None:
    (tmp_path / "many.json").write_text(json.dumps([{"text": BODY}, {"text": BODY2}]))
    (tmp_path / "one.json").write_text(json.dumps({"text": BODY, "title": "T"}))
    recs = articles(read_path(tmp_path))
    assert [a.input for a in recs] == [
        f"{tmp_path / 'many.json'}#1",
        f"{tmp_path / 'many.json'}#2",
        str(tmp_path / "one.json"),
    ]
    assert recs[0].source == "many"


def test_jsonl_is_streamed(tmp_path: Path, settings: IngestSettings) -> None:
    p = tmp_path / "big.jsonl"
    p.write_text("\n".join(json.dumps({"text": f"{BODY} {i}"}) for i in range(50)))
    it = read(discover([p])[0], settings)
    first = next(it)
    assert isinstance(first, Article) and first.input == f"{p}:1"


# --- CSV ------------------------------------------------------------------------------------


def test_csv_and_tsv(tmp_path: Path) -> None:
    for name, delim in (("rows.csv", ","), ("rows.tsv", "\t")):
        with (tmp_path / name).open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, delimiter=delim)
            w.writerow(["id", "title", "text", "source", "published"])
            w.writerow(["7", "Plan", BODY + "\nSecond line, with a comma.", "Echo", "2024-11-07"])
            w.writerow(["8", "More", BODY2, "", ""])
    recs = articles(read_path(tmp_path))
    assert len(recs) == 4
    csv1, csv2 = recs[0], recs[1]
    assert csv1.input == f"{tmp_path / 'rows.csv'}#1" and csv2.input.endswith("rows.csv#2")
    assert (csv1.title, csv1.source, csv1.published) == ("Plan", "Echo", "2024-11-07")
    assert csv1.metadata["id"] == "7"
    assert csv2.source == "rows"
    assert recs[2].format == "tsv"


# --- WARC -----------------------------------------------------------------------------------


def _warc(tmp_path: Path, name: str, gz: bool) -> Path:
    html = news_html("Council backs housing plan", [BODY, BODY2]).encode()
    data = [
        warc_record("https://www.example.com/news/1", html, n=1),
        warc_record(
            "https://www.example.com/logo.png", b"\x89PNG....", content_type="image/png", n=2
        ),
        warc_record(
            "https://www.example.com/gone", b"<html>gone</html>", status="404 Not Found", n=3
        ),
        warc_record("https://news.example.net/2", news_html("Second", [BODY2, BODY]).encode(), n=4),
    ]
    p = tmp_path / name
    p.write_bytes(b"".join(gzip.compress(r) for r in data) if gz else b"".join(data))
    return p


def test_warc_html_responses_only(tmp_path: Path) -> None:
    for name, gz in (("crawl.warc", False), ("crawl.warc.gz", True)):
        recs = read_path(_warc(tmp_path, name, gz))
        assert not skips(recs)
        first, second = articles(recs)
        assert first.input == f"{tmp_path / name}@https://www.example.com/news/1"
        assert first.url == "https://www.example.com/news/1"
        assert first.published == "2024-11-07T10:30:00+00:00"  # WARC-Date fallback
        assert first.format == "warc"
        assert "Buy cheap flights" not in first.text
        assert second.url == "https://news.example.net/2"


# --- gzip, auto, stdin ----------------------------------------------------------------------


def test_single_gzipped_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress((BODY + "\n").encode()))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": BODY2}).encode()))
    a, b = articles(read_path(tmp_path))
    assert a.text == BODY and a.source == "a"
    assert b.text == BODY2 and b.input == f"{tmp_path / 'b.jsonl.gz'}:1"


def test_stdin_sniffed(settings: IngestSettings) -> None:
    item = discover(["-"])[0]
    assert item == InputFile("<stdin>", None, None, "auto")
    jsonl = (json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY2})).encode()
    recs = articles(list(read(item, settings, stdin=io.BytesIO(jsonl))))
    assert [r.input for r in recs] == ["<stdin>:1", "<stdin>:2"]
    txt = list(read(item, settings, stdin=io.BytesIO(BODY.encode())))
    assert one(txt).source == "stdin"
    gz = list(read(item, settings, stdin=io.BytesIO(gzip.compress(BODY.encode()))))
    assert one(gz).text == BODY


def test_unknown_ending_named_explicitly_is_sniffed(tmp_path: Path) -> None:
    p = tmp_path / "page.dat"
    p.write_text(news_html("Council backs housing plan", [BODY, BODY2]))
    assert discover([p])[0].format == "auto"
    a = one(read_path(p))
    assert a.format == "html"


def test_sniff() -> None:
    assert sniff(b"WARC/1.0\r\n") == "warc"
    assert sniff(b'{"text": "x"}\n{"text": "y"}') == "jsonl"
    assert sniff(b'{\n  "text": "x"\n}') == "json"
    assert sniff(b"  [1, 2]") == "json"
    assert sniff(b"<!DOCTYPE html>") == "html"
    assert sniff(b"Plain words.") == "txt"
