"""Input discovery: files, folders, globs, stdin, fingerprints, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import xxhash

from newstrace.errors import InputError
from newstrace.stages.ingest import InputFile, discover
from newstrace.stages.ingest.inputs import format_of


def make_tree(root: Path) -> None:
    for rel in [
        "b.txt",
        "a.html",
        "sub/c.jsonl",
        "sub/deeper/d.csv",
        "sub/e.warc.gz",
        "notes.docx",
        ".hidden.txt",
        ".git/config.txt",
        "sub/.cache/x.json",
    ]:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"content of {rel}")


def test_directory_recursive_sorted_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found = discover([tmp_path])
    assert [Path(f.path).relative_to(tmp_path).as_posix() for f in found] == [
        "a.html",
        "b.txt",
        "sub/c.jsonl",
        "sub/deeper/d.csv",
        "sub/e.warc.gz",
    ]
    assert [f.format for f in found] == ["html", "txt", "jsonl", "csv", "warc"]


def test_folder_walk_lists_the_files_no_reader_knows(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "sub" / "scan.PDF").write_bytes(b"%PDF-1.4")
    (tmp_path / "README.md").write_text("about this folder")
    ignored: list[str] = []
    found = discover([tmp_path], ignored)
    assert len(found) == 5
    # hidden files and a folder's own documentation are passed over on purpose, unlisted
    assert sorted(Path(p).relative_to(tmp_path).as_posix() for p in ignored) == [
        "notes.docx",
        "sub/scan.PDF",
    ]
    assert discover([tmp_path / "notes.docx"], ignored := [])[0].format == "auto"
    assert ignored == []  # named explicitly: read, not ignored


def test_file_record_has_size_and_fingerprint(tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    p.write_bytes(b"hello world")
    (item,) = discover([str(p)])
    assert item == InputFile(str(p), 11, xxhash.xxh3_64_hexdigest(b"hello world"), "txt")
    q = tmp_path / "y.txt"
    q.write_bytes(b"hello world")
    assert discover([q])[0].fingerprint == item.fingerprint


def test_glob_and_dedupe(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found = discover([f"{tmp_path}/**/*.jsonl", tmp_path / "sub" / "c.jsonl", f"{tmp_path}/*.txt"])
    assert [Path(f.path).name for f in found] == ["c.jsonl", "b.txt"]


def test_missing_path_and_empty_glob_raise(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        discover([tmp_path / "nope.txt"])
    assert err.value.where.endswith("nope.txt")
    with pytest.raises(InputError):
        discover([f"{tmp_path}/*.jsonl"])


def test_stdin() -> None:
    (item,) = discover(["-"])
    assert item.is_stdin and item.fingerprint is None and item.format == "auto"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.TXT", ("txt", False)),
        ("a.md", ("md", False)),
        ("a.htm", ("html", False)),
        ("a.ndjson", ("jsonl", False)),
        ("a.warc.gz", ("warc", False)),
        ("a.jsonl.gz", ("jsonl", True)),
        ("a.csv.gz", ("csv", True)),
        ("a.pdf", (None, False)),
        ("a.gz", (None, False)),
    ],
)
def test_format_of(name: str, expected: tuple[str | None, bool]) -> None:
    assert format_of(name) == expected


def test_folder_walk_passes_over_project_files_unless_named(tmp_path: Path) -> None:
    for name in ("README.md", "LICENSE.txt", "story.md", "readme_not_really.txt"):
        (tmp_path / name).write_text("text")
    assert sorted(Path(f.path).name for f in discover([tmp_path])) == [
        "readme_not_really.txt",
        "story.md",
    ]
    assert [Path(f.path).name for f in discover([tmp_path / "README.md"])] == ["README.md"]


def test_a_file_passed_over_is_listed_once_and_not_when_also_named(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "sub" / "scan.pdf").write_bytes(b"%PDF-1.4")
    ignored: list[str] = []
    # the folder and its subfolder both walk past scan.pdf; notes.docx is also named: read
    found = discover([tmp_path, tmp_path / "sub", tmp_path / "notes.docx"], ignored)
    assert any(Path(f.path).name == "notes.docx" for f in found)
    assert [Path(p).relative_to(tmp_path).as_posix() for p in ignored] == ["sub/scan.pdf"]
