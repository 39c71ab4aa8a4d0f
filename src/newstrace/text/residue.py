"""A crawled page's residue around the story: teaser blocks, sign-up and cookie prompts,
author boxes.  Pure helpers over a text's paragraphs (no I/O); :mod:`.normalize` drops what
they find, so the residue is neither aligned nor counted in an article's reused share.

Each piece of residue is page furniture, never news (a review of crawled pages, in plain text
and through trafilatura, found each of them linking unrelated stories):

- a *teaser block*: a label line ("Related stories", "Most read", "More from the Echo",
  "You may also like") and under it other stories' headlines, each with its lead sentence at
  most.  Left in, an early page's "Most read" list holding a later story's lead made the
  story the early page's copy, and five stories of one site became one story;
- a *prompt*: a cookie notice ("We use cookies ..."), a newsletter sign-up ("Get the latest
  news sent straight to your inbox ...", "We use your sign-up to ..."): one group's sister
  papers carry the same prompt, so their unrelated stories were linked by it;
- an *author box*: "Kate Morland is the Echo's local democracy reporter ... Email
  kate@..." (with the name alone on the line above it): a reporter writing for two papers of
  a group linked her stories in both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A teaser block's label line, alone on its line (a colon allowed), at most LABEL_MAX_CHARS
# long: English and German.  Page labels are no story's words ("Most read", "You may also
# like", "Related stories"); subheading labels may be a story's own ("More from the meeting",
# "Top stories" over a morning briefing's items, "In other news"), so under them a block is
# cut only when its items carry a crawl's time stamp ("3 hours ago": a code review, a
# briefing lost eight of its ten paragraphs and its links to the stories it summarised).
LABEL_MAX_CHARS = 60
_PAGE_LABEL = re.compile(
    r"(?:(?i:related(?: (?:stories|articles|content|links|coverage|reading))"
    r"|most (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|today|this week))?"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)"
    r"|recommended (?:for you|stories|articles|reading)|read (?:more|next)|also read"
    r"|more stories|what to read next|editor's picks|around the web|sponsored content"
    r"|promoted stories|latest videos"
    r"|mehr zum thema|lesen sie auch|meistgelesen|das k\u00f6nnte sie auch interessieren)"
    # "More from the Harrowgate Echo": a site's name, ending in a word of outlets' names
    # ("More from the meeting", "More From The Council Meeting" and "More from Brindle
    # Homes" are a story's subheadings: a second review)
    r"|(?i:more from )(?:the )?(?:[A-Z][\w&'.-]*[ \t]+){0,4}(?-i:Echo|Post|Times|News|Herald"
    r"|Gazette|Standard|Mail|Mirror|Journal|Telegraph|Express|Guardian|Observer|Chronicle"
    r"|Courier|Press|Star|Record|Independent|Tribune|Argus|Advertiser|Mercury|Online|Live"
    r"|Network|Media))"
    r"\s*:?"
)
_SUBHEAD_LABEL = re.compile(
    r"(?i:related|recommended|more (?:news|headlines|from [^.!?]{1,40}|on this (?:story|topic))"
    r"|top stories|latest (?:news|stories|headlines)|trending(?: now| stories)?"
    r"|don't miss|in other news)"
    r"\s*:?"
)
# Teaser items are short: a headline of at most TEASER_HEADLINE_MAX characters (no full stop
# at its end: a headline has none) and a lead of one sentence of at most TEASER_LEAD_MAX
# (the leads of the review's corpora ran to 250 characters; a news paragraph of one long
# sentence under a subheading is no teaser either way, see _teaser_end).  A block holds at
# most TEASER_MAX_ITEMS items (sites show 3-10); the rest is left as it was.
TEASER_HEADLINE_MAX = 150
TEASER_LEAD_MAX = 350
TEASER_MAX_ITEMS = 10
# A teaser's crawl-time stamp ("... 6,000 residents. 3 hours ago", "Bakery fire | 5 days ago")
# and a stamp on a line alone.
AGE = r"\d{1,3}\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?|d(?:ays?)?|weeks?|months?)(?:\s+ago)?"
_STAMP = re.compile(
    rf"\s*(?:[|\u00b7\u2022-]\s*)?(?:{AGE}|yesterday|just now)\s*$",
    re.IGNORECASE,
)
# ... as a mark of a crawl: an age ("3 hours ago") or a stamp after a separator ("| 5d"),
# not "in 2 weeks" ending a lead
_STAMPED = re.compile(r"(?:\bago|[|\u00b7\u2022]\s*\d{1,3}\s*[a-z]{1,7})\s*$", re.IGNORECASE)
_NUMBERED = re.compile(r"\d{1,2}[.)]\s+")
_INNER_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+[\"'\u201c\u2018(]?[A-Z0-9]")


def _headline(par: str) -> bool:
    """A teaser's headline: short, capitalised (or numbered), no full stop at its end."""
    text = _STAMP.sub("", _NUMBERED.sub("", par.strip(), count=1))
    return (
        3 <= len(text) <= TEASER_HEADLINE_MAX
        and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'\u201c\u2018")
        and not text.rstrip("\"'\u201d\u2019").endswith((".", ":", ";", ","))
        and len(text.split()) >= 3
        and not _INNER_END.search(text)
    )


def _lead(par: str) -> bool:
    """A teaser's lead: one sentence (a crawl-time stamp after it allowed)."""
    text = _STAMP.sub("", par.strip())
    return 0 < len(text) <= TEASER_LEAD_MAX and not _INNER_END.search(text)


def _past_stamps(paragraphs: Sequence[str], j: int) -> int:
    """The first paragraph from ``j`` on that is not a crawl's time stamp on its own line."""
    while j < len(paragraphs) and _STAMP.fullmatch(paragraphs[j].strip()):
        j += 1
    return j


def _teaser_end(paragraphs: Sequence[str], start: int) -> int:
    """Where the teaser items from ``start`` end (time stamps on lines of their own skipped).
    The first item says what the items are: headlines each with its lead, or headlines
    alone.  A headline with a lead counts when a lead follows it (a subheading over a news
    paragraph of several sentences is the story going on); under headlines alone, the first
    paragraph that is no headline ends the block (it is the story's, not a last teaser's
    lead: a second review)."""
    n, j, items = len(paragraphs), _past_stamps(paragraphs, start), 0
    paired: bool | None = None
    while j < n and items < TEASER_MAX_ITEMS and _headline(paragraphs[j]):
        k = _past_stamps(paragraphs, j + 1)
        after = paragraphs[k] if k < n else None
        if paired is None:
            paired = after is not None and not _headline(after)
        if paired:
            if after is None or _headline(after) or not _lead(after):
                break
            k = _past_stamps(paragraphs, k + 1)
        j, items = k, items + 1
    return j if items else start


def teaser_blocks(paragraphs: Sequence[str]) -> list[tuple[int, int]]:
    """The teaser blocks of a text's paragraphs, as ``(first, past_last)`` index ranges: a
    label line and the teaser items under it (:func:`_teaser_end`; under a subheading label,
    items with a crawl's time stamp only, see :data:`LABEL_MAX_CHARS`).  A page label with no
    headline under it is cut alone, and with it the leads under it only where they run to the
    text's end with a crawl's time stamp (an extractor that dropped the teasers' linked
    headlines; unstamped, such leads are a story's own one-sentence paragraphs: a second
    review).  A subheading label with no item under it is left alone."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(paragraphs):
        par = paragraphs[i].strip()
        page = len(par) <= LABEL_MAX_CHARS and _PAGE_LABEL.fullmatch(par) is not None
        subhead = not page and len(par) <= LABEL_MAX_CHARS and _SUBHEAD_LABEL.fullmatch(par)
        if page or subhead:
            end = _teaser_end(paragraphs, i + 1)
            stamped = any(_STAMPED.search(p) for p in paragraphs[i + 1 : end])
            if end > i + 1 and (page or stamped):
                out.append((i, end))
                i = end
                continue
            if page:
                out.append((i, _stamped_leads_end(paragraphs, i + 1)))
        i += 1
    return out


def _stamped_leads_end(paragraphs: Sequence[str], start: int) -> int:
    """The end of a run of teaser leads with no headlines from ``start`` to the text's end
    (at most TEASER_MAX_ITEMS, one at least stamped), or ``start``."""
    rest = paragraphs[start:]
    if (
        rest
        and len(rest) <= 2 * TEASER_MAX_ITEMS
        and all(_lead(p) or _STAMP.fullmatch(p.strip()) for p in rest)
        and any(_STAMPED.search(p) for p in rest)
    ):
        return len(paragraphs)
    return start


# A page's prompt paragraph, matched at its start: a cookie notice, a newsletter sign-up and
# its consent text.  News never opens so ("We use cookies" in a story is inside a quote).
PROMPT_MAX_CHARS = 600
_PROMPT = re.compile(
    r"(?i:we(?: and our partners)? (?:use cookies|store and/or access)|we value your privacy"
    r"|this (?:web)?site uses cookies|by clicking \W?accept"
    r"|(?:get|receive|want)\b[^.!?\n]{0,120}\b(?:to|in) your inbox\b"
    r"(?=[^\n]*\b(?:sign[ -]?up|subscribe|newsletters?)\b)"
    r"|(?:sign up|subscribe) (?:to|for) (?:our|the) [^.!?\n]{0,60}\bnewsletters?\b"
    r"|we use your sign-?up\b|you can unsubscribe at any time"
    r"|wir verwenden cookies|diese (?:web)?seite verwendet cookies"
    r"|jetzt (?:kostenlos )?(?:anmelden|registrieren)|mit der anmeldung akzeptieren sie"
    # the UK's Local Democracy Reporter line, under many papers' council stories
    r"|[^\n]{0,80}\blocal democracy report(?:er|ing service)\b[^\n]*\b(?:bbc|funded)\b)"
)
# A prompt reports nobody's words ("You can unsubscribe at any time, the firm told customers,
# but ..." is news: a second review)
_REPORTED = re.compile(r"\b(?:said|says|told|according to)\b")


def is_prompt(paragraph: str) -> bool:
    """Whether ``paragraph`` is a page's cookie or sign-up prompt (:data:`_PROMPT`)."""
    text = paragraph.strip()
    return (
        len(text) <= PROMPT_MAX_CHARS
        and _PROMPT.match(text) is not None
        and _REPORTED.search(text) is None
    )


# An author box: "<Name> is (a|the|the Echo's ...) <role> ..." with a way to reach the author
# (see _CONTACT).  A news paragraph naming a journalist ("Evan Marsh is a reporter who was
# detained ...") carries no contact.  At most AUTHOR_BOX_MAX_CHARS long, as a prompt at most
# PROMPT_MAX_CHARS (the review's boxes and prompts ran to 250-330 characters; a priori
# about twice that).
AUTHOR_BOX_MAX_CHARS = 600
_AUTHOR_BOX = re.compile(
    r"(?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}) (?:is|was|has been) "
    r"(?:a|an|the|our|[A-Z][\w.&' -]{0,40}?'s?)\b[^.\n]{0,100}?\b(?:reporter|correspondent"
    r"|editor|journalist|writer|columnist|photographer|producer|critic)s?\b"
)
# ... and the author's own contact: an address whose name part holds one of the box's names,
# a sentence "Contact him at", "Follow Kate on X", "Got a story?" (a reporter's obituary
# ending "Tributes can be sent to tributes@..." or "... follow her example" is news: reviews).
_CONTACT = re.compile(
    r"(?:^|[.!?][ \t]+)(?:Contact|Email|E-mail|Follow|Reach)[ \t]+(?:him|her|them|me"
    r"|[A-Z][\w'-]+)[ \t]+(?:at|on|via)\b|(?i:got a story\?)"
)
_ADDRESS = re.compile(r"([\w.+-]+)@[\w-]+\.[\w.]+")


def _reachable(text: str, found: re.Match[str]) -> bool:
    """Whether an author box gives its author's own contact (see :data:`_CONTACT`)."""
    if _CONTACT.search(text):
        return True
    names = {w.lower() for w in found.group("name").split() if len(w) > 2}
    return any(any(n in m.group(1).lower() for n in names) for m in _ADDRESS.finditer(text))


def author_boxes(paragraphs: Sequence[str]) -> set[int]:
    """Indexes of a text's author-box paragraphs (:data:`_AUTHOR_BOX`), with the name line
    right above each box when it is the box's name alone."""
    out: set[int] = set()
    for i, par in enumerate(paragraphs):
        text = par.strip()
        found = _AUTHOR_BOX.match(text)
        if found is None or len(text) > AUTHOR_BOX_MAX_CHARS or not _reachable(text, found):
            continue
        out.add(i)
        if i and paragraphs[i - 1].strip() == found.group("name"):
            out.add(i - 1)
    return out
