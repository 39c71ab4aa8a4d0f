"""Outlets an article credits in its own text (pure, no I/O).

A credit line names the source outright, which outranks a feed date (often a reprint's
first-seen or placeholder time) and containment.  Forms read:

* an agency dateline: ``LONDON, March 12 (Reuters) -``, ``PARIS (AFP) —``;
* a syndication credit: ``This article originally appeared in The Harwick Standard``,
  ``First published by X``, ``Republished with permission from X``;
* a line of its own ``With AP`` / ``(With Reuters)``, and ``Additional reporting by X``.

Names are compared as :func:`outlet_key` (lower case, letters and digits only, a leading
"the" dropped), so "The Harwick Standard" credits the outlet "Harwick Standard" and the
domain "harwickstandard.co.uk".
"""

from __future__ import annotations

import re
from functools import lru_cache

# An outlet name: up to six capitalised words on one line, "of", "the" and "and" allowed
# between them.
_WORD = r"[A-Z][\w&'-]*(?:\.[A-Z][\w&'-]*)*"  # "Standard", "U.S" (a closing full stop is not part)
_NAME = rf"((?:[Tt]he[ \t]+)?{_WORD}(?:[ \t]+(?:of[ \t]+|the[ \t]+|and[ \t]+)?{_WORD}){{0,5}})"
_CREDITS = (
    # dateline: CITY[, State.][, Month D] (Agency) -
    re.compile(
        r"^[A-Z][A-Za-z .'-]{1,40}(?:,[ \t]+[A-Z][A-Za-z.]{1,14})?"
        r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]+"
        r"\(([A-Z][\w .&'-]{1,40})\)[ \t]*[-\u2013\u2014]",
        re.MULTILINE,
    ),
    re.compile(r"\b(?i:originally|first)\s+(?i:appeared|published|ran)\s+(?i:in|on|by)\s+" + _NAME),
    re.compile(
        r"\b(?i:republished)\s+(?i:here\s+)?(?i:with\s+(?:kind\s+)?permission\s+)?"
        r"(?i:from|of|by)\s+" + _NAME
    ),
    re.compile(r"^\s*\(?[Ww]ith\s+" + _NAME + r"\)?\s*\.?\s*$", re.MULTILINE),
    re.compile(r"\b[Aa]dditional reporting by\s+" + _NAME + r"\s*(?:[;.)]|$)", re.MULTILINE),
)
# A credited name at least this long may name an outlet by the start of its domain
# ("harwickstandard" in "harwickstandard.co.uk"); shorter ones must match the whole name.
PREFIX_MIN = 6


def outlet_key(name: str | None) -> str:
    """``name`` in lower case, letters and digits only, without a leading "the"."""
    words = re.findall(r"\w+", (name or "").lower())
    if words and words[0] == "the":
        words = words[1:]
    return "".join(words)


@lru_cache(maxsize=4096)  # direction asks for an article's credits once per pair it is in
def credits(text: str) -> frozenset[str]:
    """The :func:`outlet_key` of every outlet ``text`` credits (see the module docstring)."""
    found = {outlet_key(m.group(1)) for p in _CREDITS for m in p.finditer(text)}
    found.discard("")
    return frozenset(found)


def names_outlet(credited: frozenset[str], outlet: str | None) -> bool:
    """Whether one of the ``credited`` keys names ``outlet``: its name, its domain, or for an
    agency (a name with an agency word: "Meridian Press Agency") its initials ("MP", "MPA")."""
    key = outlet_key(outlet)
    if not key:
        return False
    short = _initials(outlet or "")
    return any(
        c == key
        or (len(c) >= PREFIX_MIN and key.startswith(c))
        or (len(c) >= 2 and short.startswith(c))
        for c in credited
    )


_AGENCY_WORD = re.compile(
    r"\b(?:agency|agence|agencia|agenzia|agentur|press|presse|wire|news)\b", re.I
)


def _initials(outlet: str) -> str:
    """Initials of an agency's name ("Agence France-Presse" -> "afp"); "" for other outlets
    (a paper called "Arden Post" is not credited by "(AP)")."""
    if not _AGENCY_WORD.search(outlet):
        return ""
    words = [w for w in re.findall(r"[A-Za-z]+", outlet) if w.lower() != "the"]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""


def credit_order(
    a_outlet: str | None, a_text: str, b_outlet: str | None, b_text: str
) -> tuple[int | None, bool]:
    """What the credits of two articles say: ``(0, False)`` when ``b`` credits ``a``'s
    outlet and ``a`` does not credit ``b``'s (``a`` is the source), ``(1, False)`` the other
    way, ``(None, True)`` when both credit one outlet that is neither of theirs (a common
    source outside the pair), ``(None, False)`` when the credits say nothing."""
    ca, cb = credits(a_text), credits(b_text)
    a_names_b, b_names_a = names_outlet(ca, b_outlet), names_outlet(cb, a_outlet)
    if a_names_b != b_names_a:
        return (0 if b_names_a else 1), False
    common = frozenset(
        c for c in ca & cb if not names_outlet(frozenset({c}), a_outlet)
        and not names_outlet(frozenset({c}), b_outlet)
    )  # fmt: skip
    return None, bool(common)
