"""Write corpus.jsonl: an invented corpus of long and composite articles (every outlet,
person, place and event is fictional).

Run from anywhere: ``python make.py`` writes ``corpus.jsonl`` beside this file and prints the
share of the live blog and of the feature that each of their sources was planted as (the
gold, ``gold.json``, is written by hand from those figures; its keys are the record ids).

1. A flood day: two agencies' wire stories (evacuation, railway, hospital), four releases
   (water authority, power company, police, governor), an agency's story the live blog does
   not use (insurers), and a live blog of 27 timestamped entries taking from the seven
   others: some entries a source's paragraph word for word, some rewritten, most its own.
2. A long feature (3,000+ words) a week later that lifts two paragraphs of an anniversary
   article and rewrites one paragraph of a funding story, the rest its own.
3. A chemical plant fire: four stories of four outlets and a "what we know so far"
   explainer summarising each in bullet points.
4. A press conference's transcript (Q&A) and three stories quoting and paraphrasing
   different answers.
5. A long article on a library's restoration and a later short one reusing one of its
   sentences (under 150 characters); three unrelated articles.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from texts import ANSWERS, BLOG, EXPLAINER, FEATURE, FIRE, LIBRARY, OTHER, SOURCES

OUT = Path(__file__).resolve().parent / "corpus.jsonl"

records: list[dict[str, str]] = []


def add(id_: str, source: str, title: str, text: str, published: str) -> None:
    records.append(
        {"id": id_, "source": source, "title": title, "text": text, "published": published}
    )


def composite(parts: list[tuple[str, str]]) -> tuple[str, dict[str, int]]:
    """The text of an article built of (origin, paragraph) parts, and the characters each
    origin gave it ("own" for its own; a part "14:05|..." opens an entry with its time)."""
    chars: dict[str, int] = defaultdict(int)
    paras = []
    for origin, para in parts:
        paras.append(para)
        chars[origin.rstrip("~")] += len(para)
    return "\n\n".join(paras), dict(chars)


def report(name: str, text: str, chars: dict[str, int]) -> None:
    n = len(text)
    words = len(text.split())
    print(f"{name}: {n} characters, {words} words")
    for origin, c in sorted(chars.items(), key=lambda x: -x[1]):
        print(f"  {origin:12} {c / n:.3f}")


for id_, source, title, paras, published in SOURCES:
    add(id_, source, title, "\n\n".join(paras), published)

blog, blog_chars = composite(BLOG)
add(
    "cd-liveblog",
    "Calder Daily",
    "Varrow floods: live updates as Brenmouth is evacuated",
    blog,
    "2026-03-14T18:40:00+00:00",
)
feature, feature_chars = composite(FEATURE)
for id_, source, title, paras, published in OTHER:
    add(id_, source, title, "\n\n".join(paras), published)
add(
    "kp-feature",
    "Kestrel Post",
    "The river that would not be held: how the Varrow outgrew its defences",
    feature,
    "2026-03-21T07:00:00+00:00",
)
for id_, source, title, paras, published in FIRE:
    add(id_, source, title, "\n\n".join(paras), published)
add(
    "tt-fire-explainer",
    "Tideway Times",
    "Harwick chemical fire: what we know so far",
    "\n\n".join(EXPLAINER),
    "2026-04-09T18:00:00+01:00",
)
for id_, source, title, paras, published in ANSWERS:
    add(id_, source, title, "\n\n".join(paras), published)
for id_, source, title, paras, published in LIBRARY:
    add(id_, source, title, "\n\n".join(paras), published)

if __name__ == "__main__":
    report("cd-liveblog", blog, blog_chars)
    report("kp-feature", feature, feature_chars)
    for r in records:
        print(f"{r['id']:22} {len(r['text'].split()):5} words")
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
