"""An opinion piece's closing contributor line alone is no paraphrase passage: a news story
naming the writer by her office ("the Brightwater South MP Helen Varga") restates who she is,
not the op-ed's words."""

from __future__ import annotations

import pytest

from newstrace.config import Settings
from newstrace.stages.align import align_params
from newstrace.stages.align.align import _is_contributor_line, align_texts
from newstrace.stages.align.sentences import Vocabulary, doc_sentences

LINE = (
    "a business model which depends on surprising families with rises they cannot plan for "
    "is not one the law should protect"
)
BODY = (
    "Some landlords will say this will drive them out of the market. I say that "
    f"{LINE}. Good landlords have nothing to fear from a cap that lets rents keep pace with "
    "prices."
)
CONTRIBUTOR = "Helen Varga is the Civic Union MP for Brightwater South."
NEWS = (
    "Landlords in the Wend Valley have criticised a call by the Brightwater South MP Helen "
    "Varga to cap rent rises at inflation.\n\n"
    f'Writing in the Brightwater Chronicle on Wednesday, Ms Varga said that "{LINE}".\n\n'
    "The Wend Valley Landlords' Association said the cap would lead owners to sell up. "
    '"Fewer homes to rent means higher rents, not lower ones," said its chairman, Graham '
    "Oduya.\n\n"
    "Ms Varga's party, the Civic Union, plans to put its bill before Parliament this autumn. "
    "The government has said it has no plans to introduce rent controls."
)


def _align(a: str, b: str) -> list[tuple[str, str, str]]:
    vocab = Vocabulary()
    params = align_params(Settings().reuse)
    dets = align_texts(a, doc_sentences(a, vocab), b, doc_sentences(b, vocab), params)
    return [(a[d.src_start : d.src_end], b[d.tgt_start : d.tgt_end], d.kind) for d in dets]


def test_a_contributor_line_alone_is_no_paraphrase_passage() -> None:
    assert _align(f"{BODY}\n\n{CONTRIBUTOR}", NEWS) == [(LINE, LINE, "verbatim")]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (f"{BODY}\n\n{CONTRIBUTOR}", True),
        (f"{BODY}\n\n\u2014 Helen Varga writes on housing for the Chronicle.\n", True),
        (f"{CONTRIBUTOR}\n\n{BODY}", False),  # not the last line
        (CONTRIBUTOR, False),  # no text before it
        (f"{BODY}\n\nMs Varga is the third MP to back the cap this week.", False),
        (f"{BODY}\n\nRents in Brightwater South rose 9 per cent last year.", False),
    ],
)
def test_contributor_lines(text: str, line: bool) -> None:
    start = text.rstrip().rfind("\n") + 1
    assert _is_contributor_line(text, start, len(text.rstrip())) is line
