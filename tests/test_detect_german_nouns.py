"""German writes every noun with a capital: in a sentence langid reads as German, a guess made of the language's
common words (or words it shares with English) is a noun, not a name ("unendlich viel Kaffee", "das ganze Team",
"ein Kind fragt mich"). A given name, a title's surname and a word no list holds stay names."""

from __future__ import annotations

import pytest

from rewriter.detect import Detector


@pytest.fixture(scope="module")
def detector():
    return Detector()


def _names(detector, text):
    return [s.text for s in detector.detect(text, role="therapist") if s.entity_type in ("PERSON", "ORGANIZATION", "LOCATION")]


@pytest.mark.parametrize(
    "text, noun",
    [
        ("Drei Jahre Arbeit, zwei kaputte Zentrifugen und unendlich viel Kaffee. Danke an das ganze Team, ihr seid super.", "Team"),
        ("Drei Jahre Arbeit, zwei kaputte Zentrifugen und unendlich viel Kaffee. Danke an das ganze Team, ihr seid super.", "Kaffee"),
        ("Heute mit einer dritten Klasse im Museum, und ein Kind fragt mich ob ich den T-Rex kannte.", "Kind"),
    ],
)
def test_a_common_noun_of_a_german_sentence_is_no_name(detector, text, noun):
    assert not any(noun in n for n in _names(detector, text)), _names(detector, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Heute hat mein Klient Jonas Becker wieder angerufen, er weint nur noch.", "Jonas"),
        ("Frau Koch auf Station 4 hat heute wieder nach ihrem Sohn gefragt.", "Koch"),
        ("Heute war Frau Özdemir wieder im Büro und hat nach ihrem Sohn gefragt.", "Özdemir"),
    ],
)
def test_a_name_in_a_german_sentence_stays_a_name(detector, text, name):
    assert any(name in n for n in _names(detector, text)), _names(detector, text)


def test_an_english_sentence_keeps_a_capitalised_word_the_lists_hold():
    from rewriter.detect.other_englishes import is_noun_of_a_sentence_in_german
    from rewriter.spans import Span

    text = "Had a long chat with Kaffee about her placement today at the unit."
    start = text.index("Kaffee")
    span = Span(start, start + 6, "Kaffee", "PERSON", 0.85, "language model (spaCy)", "why", "someone")
    assert not is_noun_of_a_sentence_in_german(span, text)


@pytest.mark.parametrize(
    "word, compound",
    [
        ("Kaffeemaschine", True), ("Beamtenleben", True), ("Lesesaal", True), ("Feierabend", True),
        # surnames and places are compounds too: a head of place or descent, a "Ver-"/"von" opener, a part that is
        # a listed name, or too short keeps them names
        ("Rosenberg", False), ("Kleinwalsdorf", False), ("Verstappen", False), ("Goldschale", False),
        ("Schwarzkopf", False), ("Sunderland", False), ("Neumann", False), ("Bookshelf", False),
    ],
)
def test_a_compound_is_read_as_its_two_words(word, compound):
    from rewriter.detect.other_englishes import is_compound_of_listed_words

    assert is_compound_of_listed_words(word) is compound


@pytest.mark.parametrize(
    "text, noun",
    [
        # a compound noun in a German sentence
        ("Die Kaffeemaschine im Büro ist schon wieder kaputt, und niemand repariert sie.", "Kaffeemaschine"),
        # a German sentence of its own
        ("Endlich Feierabend nach neun langen Stunden im Büro.", "Feierabend"),
    ],
)
def test_a_compound_noun_of_german_is_no_name(detector, text, noun):
    assert not any(noun in n for n in _names(detector, text)), _names(detector, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Heute hat Frau Rosenberg wieder nach ihrer Tochter gefragt, sie ist sehr traurig.", "Rosenberg"),
        ("Endlich Feierabend, aber Herr Lindemann ruft schon wieder wegen seiner Akte an.", "Lindemann"),
    ],
)
def test_a_compound_surname_in_a_german_sentence_stays_a_name(detector, text, name):
    assert any(name in n for n in _names(detector, text)), _names(detector, text)


def test_the_repeat_of_a_german_noun_goes_with_it(detector):
    text = "Heute ist der Lesesaal endlich wieder offen und alle sind glücklich. Good luck, ihr schafft das! #Lesesaal"
    assert not any("Lesesaal" in n for n in _names(detector, text)), _names(detector, text)


def test_a_repeat_of_a_name_that_stays_stays():
    from rewriter.detect.other_englishes import outside_other_englishes

    text = "Mwangi came in today. Later Mwangi said the pain was better."
    first = _span(text, "Mwangi")
    repeat = _span(text, "Mwangi", start=text.rindex("Mwangi"), source="repeated name rule")
    assert len(outside_other_englishes([first, repeat], text)) == 2


def _span(text, word, start=None, source="language model (spaCy)"):
    from rewriter.spans import Span

    start = text.index(word) if start is None else start
    return Span(start, start + len(word), word, "PERSON", 0.85, source, "why", "someone")


def test_an_english_word_is_no_compound_of_other_words():
    from rewriter.detect.other_englishes import _words_of_a_compound, is_compound_of_listed_words

    assert not is_compound_of_listed_words("Logistics") and not _words_of_a_compound("Logistics")
