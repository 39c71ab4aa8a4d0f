"""A page's chrome lines (share, ad, audio, paywall, "Related:", print footer) and a scraped
comments section are left out of the clean text; news paragraphs that merely start like them
are kept."""

from __future__ import annotations

import pytest

from newstrace.text.normalize import clean_text, comments_start, is_page_chrome

CHROME = [
    "Share this article",
    "Share",
    "Advertisement",
    "Listen to this article 4 min",
    "Listen to this article (3 mins)",
    "Subscribe to continue reading",
    "This article is for subscribers",
    "This article is for subscribers only.",
    "Already a subscriber? Log in",
    "To read the full article, subscribe to the Marlow Ledger",
    "Weiterlesen mit Abo",
    "Sie haben bereits ein Abo? Hier anmelden",
    "Dieser Artikel ist exklusiv für Abonnenten",
    "Artikel teilen",
    "Anzeige",
    "Related: Inchmore pier repairs delayed again",
    "Printed from harbourdaily.example on 11 June 2026",
]
NEWS = [
    "Share prices fell by a fifth on Monday.",
    "Advertisement revenue at the paper fell by a third last year.",
    "Subscribers to the water company's scheme will pay less.",
    "Related: the council said the two cases were linked. It gave no details.",
    "Listen to this: the council wants your views on the bypass.",
    "Already a subscriber to the scheme, Mr Lalwani said he would not renew.",
]


@pytest.mark.parametrize("line", CHROME)
def test_chrome_lines(line: str) -> None:
    assert is_page_chrome(line)


@pytest.mark.parametrize("line", NEWS)
def test_news_paragraphs_are_no_chrome(line: str) -> None:
    assert not is_page_chrome(line)


def test_chrome_paragraphs_are_dropped_and_offsets_still_map() -> None:
    original = (
        "Share this article\n\nThe ferry will run twice a day.\n\nAdvertisement\n\n"
        "Islanders say the cut will hurt.\n\nSubscribe to continue reading\n\n"
        "Already a subscriber? Log in"
    )
    text, offsets = clean_text(original)
    assert text == "The ferry will run twice a day.\n\nIslanders say the cut will hurt."
    start = text.index("Islanders")
    assert original[offsets.to_original(start) :].startswith("Islanders")


def test_a_comments_section_is_cut_off() -> None:
    original = (
        "The mayor backed the stadium.\n\nNo application has been made.\n\n12 comments\n\n"
        "Reader123 wrote: About time.\n\nCanalWharfResident wrote: Has anyone asked us?"
    )
    text, _ = clean_text(original)
    assert text == "The mayor backed the stadium.\n\nNo application has been made."


def test_a_comment_count_alone_or_a_news_line_with_wrote_is_kept() -> None:
    assert comments_start(["News.", "12 comments", "More news."]) is None
    assert comments_start(["The council received 12 comments.", "Smith wrote: yes"]) is None
    assert comments_start(["News.", "Comments (3)", "Leser42 schrieb: Gut so."]) == 1


def test_a_comments_heading_over_a_statement_is_kept() -> None:
    assert comments_start(["News.", "Comments", "Dr Jane Smith said: we welcome it."]) is None
    assert comments_start(["News.", "2 comments", "Dr Smith said: we welcome it."]) is None
