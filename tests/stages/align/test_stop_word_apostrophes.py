"""Stop words listed with an apostrophe ("d'un", "l'hi", "aujourd'hui") match the words text
is split into.

The aligner splits text into words at apostrophes, so a listed "d'un" matched no word, and the
Catalan elided articles and pronouns ("l'", "d'", "s'", "n'"), listed only in such forms, were
content words of every Catalan text: two independent reports shared them in nearly every
sentence.  Texts invented for this test (two fire reports from different towns).
"""

from __future__ import annotations

import stopwordsiso

from newstrace.config import Settings
from newstrace.records import Article
from newstrace.stages.align import align_pair
from newstrace.stages.align.sentences import _WORD, SentenceCache
from newstrace.text import stems

SALT = (
    "Un incendi d'una nau industrial de Salt va obligar ahir a la nit a confinar els veïns del "
    "barri de l'Estació. L'alarma es va donar cap a les onze, quan un vigilant va veure fum a "
    "l'interior de l'edifici. Els Bombers hi van enviar catorze dotacions, que van treballar fins "
    "a l'alba per evitar que el foc s'estengués a les naus del costat. No hi ha ferits. "
    "L'Ajuntament ha demanat als veïns que mantinguin les finestres tancades. Els danys "
    "s'estimen en un milió d'euros."
)
BELLPUIG = (
    "Un incendi va destruir dimecres a la nit el magatzem de palla d'una granja de porcs de "
    "Bellpuig. L'avís el va donar un veí cap a la una de la matinada. Els Bombers hi van enviar "
    "deu dotacions, que van evitar que el foc arribés a les naus on hi havia els animals. Els dos "
    "mil porcs de l'explotació no van patir danys. El propietari calcula unes pèrdues de cent mil "
    "euros. Els Mossos investiguen les causes de l'incendi."
)


def test_parts_of_listed_words_with_an_apostrophe_are_stop_words() -> None:
    for language in stems.SNOWBALL:
        own = stems.stop_words(language)
        for listed in stopwordsiso.stopwords(language):
            if "'" not in listed and "\u2019" not in listed:
                continue
            for part in _WORD.findall(listed.lower()):
                if part.isalnum() and not part.isdigit():
                    assert part in own, (language, listed, part)


def test_catalan_elisions_are_not_content_words() -> None:
    cache = SentenceCache()
    doc = cache.get("salt", SALT, "ca")
    assert doc.language == "ca"
    content = {cache.vocab.names[t] for sentence in doc.content for t in sentence}
    assert not content & {"l", "d", "s", "n"}, sorted(content & {"l", "d", "s", "n"})
    assert {"incend", "bomb"} <= content  # content words are still content


def test_independent_catalan_reports_do_not_pair_on_elisions() -> None:
    salt = Article("salt", SALT, SALT, None, language="ca")
    bellpuig = Article("bellpuig", BELLPUIG, BELLPUIG, None, language="ca")
    sentence = "L'avís el va donar un veí cap a la una de la matinada."
    start = BELLPUIG.index(sentence)
    for found in align_pair(salt, bellpuig, Settings()):
        assert not (found.target.start <= start < found.target.end), found
