"""Bad input becomes a Skip(where, reason) and the batch goes on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from ingest_helpers import BODY, BODY2, articles, read_path, skips

from newstrace.config.ingest import IngestSettings
from newstrace.stages.ingest import InputFile, discover, read
from newstrace.stages.ingest.decode import DecodeError, decode

WESTERN = (
    "Caf\u00e9 owners in the old town were \u201cdelighted\u201d with the decision \u2013 "
    "the na\u00efve fa\u00e7ade of the r\u00e9sum\u00e9 aside, the d\u00e9j\u00e0 vu was "
    "real. Prices rose to \u00a310 for a cr\u00e8me br\u00fbl\u00e9e, said Ms M\u00fcller.\n"
)


def test_binary_file_skipped_and_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "b.txt").write_text(BODY)
    recs = read_path(tmp_path)
    (skip,) = skips(recs)
    assert skip.where == str(tmp_path / "a.txt")
    assert "binary" in skip.reason
    assert len(articles(recs)) == 1


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_decoded_right(tmp_path: Path, encoding: str) -> None:
    pars = [f"Part {i}: {WESTERN.strip()}" for i in range(3)]
    text = "\n".join(pars) + "\n"
    if encoding == "latin-1":
        text = text.translate({0x201C: '"', 0x201D: '"', 0x2013: "-"})
    p = tmp_path / "old.txt"
    p.write_bytes(text.encode(encoding))
    (a,) = articles(read_path(p))
    assert a.text == "\n\n".join(text.strip().split("\n"))
    assert a.metadata["encoding"] in ("cp1252", "iso8859-15")


def test_utf16_with_bom(tmp_path: Path) -> None:
    p = tmp_path / "wide.txt"
    p.write_bytes(BODY.encode("utf-16"))
    (a,) = articles(read_path(p))
    assert a.text == BODY


def test_decode_rejects_binary() -> None:
    with pytest.raises(DecodeError):
        decode(b"abc\x00def")
    assert decode("na\u00efve".encode())[0] == "na\u00efve"


def test_malformed_jsonl_line_reported_and_rest_kept(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": BODY}),
        '{"text": "broken',
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": 42}),
        json.dumps({"text": "Too short."}),
        json.dumps({"text": BODY2}),
        json.dumps({"title": "null text", "text": None}),
    ]
    p.write_text("\n".join(lines) + "\n")
    recs = read_path(p)
    assert [a.input for a in articles(recs)] == [f"{p}:1", f"{p}:9"]
    got = {s.where.rsplit(":", 1)[1]: s.reason for s in skips(recs)}
    assert set(got) == {"2", "4", "5", "6", "7", "8", "10"}
    assert got["2"].startswith("malformed JSON")
    assert got["4"] == "not a JSON object"
    assert got["5"] == "no 'text' field (its fields: title; see --text-field)"
    assert got["6"] == "empty text"
    assert got["7"] == "'text' is not a string"
    assert got["8"].startswith("too short after cleanup (9 characters")
    assert got["10"] == "'text' is null"


def test_invalid_utf8_line_in_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_bytes(b'{"text": "caf\xe9 au lait"}\n' + json.dumps({"text": BODY}).encode())
    recs = read_path(p)
    assert [s.where for s in skips(recs)] == [f"{p}:1"]
    assert len(articles(recs)) == 1


def test_empty_after_cleanup(tmp_path: Path) -> None:
    (tmp_path / "caption.txt").write_text("Crowds outside the court (Reuters)\n")
    (tmp_path / "blank.txt").write_text(" \n\u00a0\n\u200b\n")
    recs = read_path(tmp_path)
    assert not articles(recs)
    assert all(s.reason.startswith("empty after cleanup") for s in skips(recs))
    assert len(skips(recs)) == 2


def test_files_over_max_bytes(tmp_path: Path) -> None:
    s = IngestSettings(max_bytes=400)
    (tmp_path / "big.txt").write_text(BODY * 3)
    (tmp_path / "big.txt.gz").write_bytes(gzip.compress((BODY * 3).encode()))
    (tmp_path / "small.txt").write_text(BODY)
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"text": BODY * 3}) + "\n" + json.dumps({"text": BODY}) + "\n"
    )
    recs = read_path(tmp_path, s)
    where = sorted(x.where for x in skips(recs))
    assert where == sorted(
        [str(tmp_path / "big.txt"), str(tmp_path / "big.txt.gz"), f"{tmp_path / 'feed.jsonl'}:1"]
    )
    assert all("max_bytes" in x.reason for x in skips(recs))
    assert [a.input for a in articles(recs)] == [
        f"{tmp_path / 'feed.jsonl'}:2",
        str(tmp_path / "small.txt"),
    ]


def test_csv_row_without_text(tmp_path: Path) -> None:
    p = tmp_path / "rows.csv"
    p.write_text(f'title,text\nA,"{BODY}"\nB,\nC,"{BODY2}"\n')
    recs = read_path(p)
    assert [x.where for x in skips(recs)] == [f"{p}#2"]
    assert len(articles(recs)) == 2


def test_malformed_json_file(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("[{")
    (tmp_path / "ok.txt").write_text(BODY)
    recs = read_path(tmp_path)
    assert skips(recs)[0].reason.startswith("malformed JSON")
    assert len(articles(recs)) == 1


def test_html_without_main_text(tmp_path: Path) -> None:
    p = tmp_path / "empty.html"
    p.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (skip,) = skips(read_path(p))
    assert skip.where == str(p)


def test_broken_warc_and_gzip(tmp_path: Path) -> None:
    (tmp_path / "bad.warc").write_bytes(b"WARC/1.0\r\nContent-Length: nonsense\r\n\r\n")
    (tmp_path / "bad.warc.gz").write_bytes(b"\x1f\x8b\x08\x00junk")
    (tmp_path / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    (tmp_path / "empty.jsonl").write_bytes(b"\n\n")
    (tmp_path / "ok.txt").write_text(BODY)
    recs = read_path(tmp_path)
    assert len(articles(recs)) == 1
    where = {x.where: x.reason for x in skips(recs)}
    assert set(where) == {
        str(tmp_path / name) for name in ("bad.warc", "bad.warc.gz", "bad.txt.gz", "empty.jsonl")
    }
    assert where[str(tmp_path / "bad.warc")] == "no HTML response records found"
    assert where[str(tmp_path / "empty.jsonl")] == "no records found"


def test_file_that_vanished(tmp_path: Path, settings: IngestSettings) -> None:
    ghost = InputFile(str(tmp_path / "gone.txt"), 10, "0", "txt")
    (skip,) = list(read(ghost, settings))
    assert skip.where == ghost.path and skip.reason.startswith("unreadable")


def test_discover_does_not_read_content(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01")
    assert len(discover([tmp_path])) == 1


@pytest.mark.parametrize("suffix", ["jsonl", "json", "csv"])
def test_a_record_whose_reading_raises_is_skipped_and_the_file_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    from newstrace.stages.ingest import readers

    real = readers.make_article

    def fragile(text: str, **kw: object) -> object:
        if "Dolphin" in text:
            raise IndexError("an unforeseen form of text")
        return real(text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(readers, "make_article", fragile)
    rows = [{"id": str(n), "text": t} for n, t in enumerate([BODY, "Dolphin " + BODY, BODY2])]
    p = tmp_path / f"feed.{suffix}"
    if suffix == "jsonl":
        p.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    elif suffix == "json":
        p.write_text(json.dumps(rows), "utf-8")
    else:
        p.write_text("id,text\n" + "".join(f'{r["id"]},"{r["text"]}"\n' for r in rows), "utf-8")
    recs = read_path(p)
    assert len(articles(recs)) == 2
    (skip,) = skips(recs)
    assert "IndexError" in skip.reason and "unforeseen" in skip.reason
    assert skip.where.endswith(("feed.jsonl:2", "feed.json#2", "feed.csv:3", "feed.csv#2"))
