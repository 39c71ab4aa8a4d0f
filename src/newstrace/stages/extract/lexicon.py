"""Word lists for extraction, loaded once from the JSON tables in :mod:`newstrace.data`."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import pycountry


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of ``words`` as a set (for inline word lists)."""
    return frozenset(words.split())


def _load(name: str) -> dict[str, Any]:
    """One JSON table of the ``newstrace.data`` package."""
    text = resources.files("newstrace.data").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def honorifics() -> dict[str, str | None]:
    """Honorific -> implied gender ("m", "f" or None)."""
    return dict(_load("titles.json")["honorifics"])


@lru_cache(maxsize=1)
def pronoun_genders() -> dict[str, str]:
    """Lower-case pronoun -> "m", "f", "p" (plural), "n" (neuter) or "s" (speaker)."""
    return dict(_load("titles.json")["pronouns"])


@lru_cache(maxsize=1)
def roles() -> tuple[str, ...]:
    """Role titles, longest first so that matching prefers "Home Secretary" to "Secretary"."""
    items: list[str] = _load("roles.json")["roles"]
    return tuple(sorted(set(items), key=lambda r: (-len(r.split()), -len(r))))


# Role heads that take a capitalised portfolio in front ("Housing Secretary", "Energy
# Minister"): any such pair is a role even when the portfolio is not in roles.json.
ROLE_HEADS = frozenset({"Secretary", "Minister", "Commissioner", "Spokesman", "Spokeswoman"})
MAX_PORTFOLIO_WORDS = 3  # "Work and Pensions Secretary"
_NOT_PORTFOLIO = frozenset({"The", "A", "An", "This", "That", "Our", "His", "Her", "Their", "Its"})


@lru_cache(maxsize=1)
def _roles_by_first_word() -> dict[str, tuple[str, ...]]:
    """Role titles grouped by their first word, longest first within a group."""
    out: dict[str, list[str]] = {}
    for role in roles():
        out.setdefault(role.split()[0], []).append(role)
    return {k: tuple(v) for k, v in out.items()}


# Role heads that also take their portfolio after "of" or "for" ("Minister of Finance",
# "Secretary for Europe").
PORTFOLIO_AFTER_HEADS = frozenset({"Minister", "Secretary"})
# Most words of a portfolio after "of" that may end a capitalised sequence with nothing after
# it to mark its end: "Minister of Foreign Affairs" is a role, "Minister of Finance Piet
# Halloran" is ambiguous and keeps the bare head (set by hand, not tuned).
MAX_OPEN_PORTFOLIO_WORDS = 2


def _portfolio_after(words: list[str]) -> int:
    """Words of an "of Finance" / "for Europe" portfolio at the front of ``words`` (0 if none).

    The portfolio is capitalised words (and "and") up to a given name or honorific, which
    starts the holder's name ("Secretary of Health Ann Lee"); without one it must end the
    sequence and be short.
    """
    if len(words) < 2 or words[0] not in {"of", "for"}:
        return 0
    k = 1
    while k < len(words) and k <= MAX_PORTFOLIO_WORDS:
        w = words[k]
        if w in first_names() or w in honorifics() or not (w[:1].isupper() or w == "and"):
            break
        k += 1
    if k == 1 or words[k - 1] == "and":
        return 0
    if k < len(words):
        named = words[k] in first_names() or words[k] in honorifics()
        return k if named else 0
    return k if k - 1 <= MAX_OPEN_PORTFOLIO_WORDS else 0


def role_at_front(words: list[str]) -> tuple[str, int] | None:
    """The longest role title at the front of ``words``: (role, number of words).

    Listed titles first; otherwise one to three capitalised words and a role head ("Housing
    Secretary", "Work and Pensions Secretary"); a bare "Minister" or "Secretary" takes a
    portfolio after it ("Minister of Finance").
    """
    if not words:
        return None
    joined = " ".join(words)
    best: tuple[str, int] | None = None
    for role in _roles_by_first_word().get(words[0], ()):
        if joined == role or joined.startswith(role + " "):
            best = role, len(role.split())
            break
    for n in range(min(len(words), MAX_PORTFOLIO_WORDS + 1), 1, -1):
        head, portfolio = words[n - 1], words[: n - 1]
        if head not in ROLE_HEADS or (best is not None and best[1] >= n):
            continue
        if portfolio[0] in _NOT_PORTFOLIO or not portfolio[0][:1].isupper():
            continue
        if all(w[:1].isupper() and w not in _NOT_PORTFOLIO or w == "and" for w in portfolio):
            return " ".join(words[:n]), n
    if best is not None and best[1] == 1 and words[0] in PORTFOLIO_AFTER_HEADS:
        n = 1 + _portfolio_after(words[1:])
        return " ".join(words[:n]), n
    return best


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given name -> gender."""
    table = _load("first_names.json")
    out: dict[str, str] = {}
    for gender in ("m", "f"):
        for name in table[gender]:
            out[name] = gender
    return out


@lru_cache(maxsize=1)
def org_suffixes() -> frozenset[str]:
    """Last words that make a capitalised sequence an organisation."""
    return frozenset(_load("org_suffixes.json")["suffixes"])


@lru_cache(maxsize=1)
def org_suffixes_after_a_name() -> frozenset[str]:
    """Of :func:`org_suffixes`, the words that make an organisation only after a name
    ("Lakehead Freight"; "Freight costs rose" names none)."""
    return frozenset(_load("org_suffixes.json")["after_a_name"])


@lru_cache(maxsize=1)
def org_acronyms() -> frozenset[str]:
    """Acronyms and one-word names of well-known organisations."""
    return frozenset(_load("org_suffixes.json")["acronyms"])


@lru_cache(maxsize=1)
def place_names() -> dict[str, str]:
    """Surface form -> canonical place name (countries from pycountry plus our aliases)."""
    table = _load("places.json")
    out: dict[str, str] = {}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        out[country.name] = name
        out[name] = name
        short = country.name.split(",")[0]
        out[short] = name
    out.update(table["aliases"])
    for region in table["regions"]:
        out[region] = region
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym -> canonical place."""
    return dict(_load("places.json")["demonyms"])


# Stance and decision verbs that PolNeAR annotates as attribution cues and the JSON table
# lacks; hand-written from the most frequent missed cues of PolNeAR train (no text copied).
# Kept by ablation on train (sum of exact F1s): support, favor, order, sign, deem, oppose and
# dismiss were tried and dropped (no gain or a loss, "support" -0.004).
EXTRA_CUES = word_set("""
    decide decides decided discuss discusses discussed discussing consider considers
    considered considering identify identifies identified expecting encourage encourages
    encouraged assail assails assailed allege alleges alleged alleging portray portrays
    portrayed referenced
    """)


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Verbs strong enough to mark indirect speech without quote marks."""
    table = frozenset(v for v in _load("reporting_verbs.json")["strong"] if v.isalpha())
    return (table | EXTRA_CUES) - WEAK_CUES


# Verbs of the JSON table that are rarely attribution cues without quote marks in PolNeAR
# train ("find", "saw", "respond"); removed by ablation on train (sum of exact F1s).
# Dropping "saw", "continued", "seeking", "endorsed", "want", "think" or "found" lowered it.
WEAK_CUES = word_set("""
    find finds maintain maintains maintained report reports plan plans planned
    """)


@lru_cache(maxsize=1)
def quote_verbs() -> frozenset[str]:
    """Verbs that attribute a quote when next to quote marks (a superset of the strong ones)."""
    return reporting_verbs() | frozenset(_load("reporting_verbs.json")["weak"])


# Generic words for what an organisation is, written before its name ("Operator Skerrin
# Ferries", "the budget airline Flyway", "regulator Ofcom"): no part of the name, of a speaker
# (speakers.py) or of an entity mention (entities.py).  Hand-written; words that begin names
# of their own ("Bank", "Group", "Union", "Network", "Company") are left out, and those that
# begin a few ("Chain Reaction", "Carrier Global") count only in lower case.
CATEGORY_WORDS = word_set("""
    operator retailer charity broadcaster supermarket airline lender insurer developer
    housebuilder manufacturer carmaker automaker regulator watchdog publisher grocer
    distributor supplier landlord haulier exporter importer producer newspaper tabloid
    """)
LOWER_CATEGORY_WORDS = word_set("chain firm outlet carrier website broker miner")
# Of those, words that are also someone's trade ("Publisher Rupert Murdoch", "Producer Jo
# Hale"): no sign of an organisation after them.
PERSON_CATEGORY_WORDS = word_set("""
    developer publisher landlord producer distributor supplier exporter importer grocer
    broadcaster
    """)
# Last words of the names of bodies named after their trade, whose first word may be a
# category word ("Airline Pilots Association", "Newspaper Licensing Agency", "Charity
# Commission", "Producer Price Index"): the category word is part of such a name.
_TRADE_BODY_HEADS = word_set("""
    Association Agency Authority Commission Committee Council Institute Federation Society
    Trust Foundation Board Bureau Alliance Forum Confederation Index
    """)


def category_words_at_front(words: list[str]) -> int:
    """How many words of ``words`` are a category word and the lower-case words before it
    ("Operator Skerrin Ferries": 1, "ferry operator Skerrin Ferries": 2); 0 unless a
    capitalised name that is no lone organisation word ("Charity Commission") and no body
    named after its trade ("Airline Pilots Association") follows and the word is no given
    name."""
    for i, w in enumerate(words[:-1]):
        if w.lower() in CATEGORY_WORDS or w in LOWER_CATEGORY_WORDS:
            rest = words[i + 1 :]
            lone = len(rest) == 1 and rest[0] in org_suffixes() or rest[-1] in _TRADE_BODY_HEADS
            named = w in first_names()
            if _headline(w, rest):
                return 0  # "WATCHDOG MEMO", "Newspaper Says Clinton Needs To Quit ..."
            if all(r[:1].isupper() or r.isdigit() for r in rest) and not lone and not named:
                return i + 1
            return 0
        if not w.isalpha() or not w.islower():
            return 0
    return 0


def _headline(word: str, rest: list[str]) -> bool:
    """Whether a category word and the words after it are a capitalised headline rather than
    a name: the word in capitals ("WATCHDOG MEMO"), more words than a name has, or a verb
    among them ("Newspaper Says Clinton Needs To Quit Political Calculations")."""
    if word.isupper() or len(rest) > 4:
        return True
    return any(r.lower() in quote_verbs() for r in rest)
