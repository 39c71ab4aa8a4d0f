"""Bytes to text: binary detection, BOMs, UTF-8, then charset-normalizer."""

from __future__ import annotations

import codecs

import charset_normalizer

# How much of the start of a file is looked at for NUL bytes (binary files).
SNIFF_BYTES = 8192
# charset-normalizer's "chaos" scores of the Latin single-byte code pages are nearly equal on
# short news text (a cp1252 paragraph scored cp1257 0.000, cp1252 0.056, cp1250 0.055); among
# the candidates whose chaos is within this margin of the best one, the encoding most common
# in news text wins (order of PREFERRED).  Chosen on the synthetic cp1252/latin-1 cases in
# tests/stages/ingest/test_decode.py; real Cyrillic or CJK text scores far worse in cp1252.
CHAOS_MARGIN = 0.1
PREFERRED = (
    "utf_8",
    "cp1252",
    "iso8859_15",
    "latin_1",
    "cp1250",
    "cp1251",
    "koi8_r",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """The bytes are binary or in no encoding we can recognise."""


def looks_binary(data: bytes) -> bool:
    """True if ``data`` has NUL bytes near its start and no UTF-16/32 byte-order mark."""
    return b"\x00" in data[:SNIFF_BYTES] and bom_encoding(data) is None


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding)``.

    Order: a byte-order mark; the ``declared`` encoding (e.g. an HTTP charset) if it decodes
    cleanly; UTF-8; charset-normalizer's best guess among near-equal candidates (see
    CHAOS_MARGIN).  Raises :class:`DecodeError` for binary data or when nothing fits.
    """
    if looks_binary(data):
        raise DecodeError("binary file (NUL bytes)")
    bom = bom_encoding(data)
    if bom is not None:
        return _strict(data, bom)
    for name in (declared, "utf-8"):
        if name:
            try:
                return _strict(data, name)
            except (UnicodeDecodeError, LookupError):
                continue
    return _guess(data)


def _strict(data: bytes, encoding: str) -> tuple[str, str]:
    text = data.decode(encoding)
    return (text[1:] if text.startswith("\ufeff") else text), codecs.lookup(encoding).name


def _guess(data: bytes) -> tuple[str, str]:
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise DecodeError("unknown text encoding")
    best_chaos = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= best_chaos + CHAOS_MARGIN]
    rank = {name: i for i, name in enumerate(PREFERRED)}
    close.sort(key=lambda m: (rank.get(m.encoding, len(rank)), m.chaos))
    chosen = close[0].encoding
    if chosen == "latin_1":
        chosen = "cp1252"  # a superset for printable text; C1 controls are never meant
    try:
        return data.decode(chosen), codecs.lookup(chosen).name
    except UnicodeDecodeError:
        return str(close[0]), codecs.lookup(close[0].encoding).name
