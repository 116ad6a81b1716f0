"""Words of other languages read as names (issue 10, session 42): an accented exclamation ("Kurczę,"), a short
quotation in another language ("'Mōrena'"), a word of the lists opening a sentence before an English noun ("Aaj
Shift", "Ek Class"), romanised Hindi-Urdu words no list held ("Chhote", "Bachi") and a French pronoun joined to its
verb ("C'est"). Each with the near miss that must stay a name: a listed name beside the same words ("Aaj Leo", "Sana
Khan ko"), a nickname quoted after "calls him" or inside a name, "D'Angelo", and "Leo" in an English sentence.
Wording written for these tests (real Presidio engine)."""

from __future__ import annotations

import pytest

_NAMES = ("PERSON", "ORGANIZATION", "LOCATION", "NRP")


def _names(detector, text):
    return [s.text for s in detector.detect(text) if s.entity_type in _NAMES]


@pytest.mark.parametrize(
    "text, word",
    [
        # a quotation of another language's words, said: a greeting, no one
        ("Our receptionist answers every call with 'Mōrena' now, even the angry ones.", "Mōrena"),
        # a word of the lists opening a sentence before an everyday English noun, in a post partly in the language
        ("Ek Class ka pura syllabus khatam, ab revision shuru hoga yaar.", "Ek"),
        ("Aaj Shift bahut lambi thi, ghar jaake seedha so jaungi.", "Aaj"),
        # romanised Hindi-Urdu adjectives and nouns no list held (other_english_words_more.txt, session 42)
        ("Chhote bachon ke liye naya play area khul gaya, sab bahut khush hain 🎉", "Chhote"),
        ("Bachi ne aaj pehli baar khud se inhaler liya, so proud.", "Bachi"),
        # a French pronoun and its verb, in a sentence too short and mixed for langid
        ("C'est la vie lol, night shift again for me.", "C'est"),
        # a Swahili sentence (langid and the lists agree) opening on a word the lists leave out ("hii", this)
        ("Hii ripoti ya wiki hii imechelewa sana, samahani timu yangu.", "Hii"),
    ],
)
def test_words_of_other_languages_are_no_names(detector, text, word):
    assert not any(word in name for name in _names(detector, text))


@pytest.mark.parametrize(
    "text, name",
    [
        # a listed given name after the same opener, or before the same small word: still someone
        ("Aaj Leo ne bahut accha kaam kiya, proud of him.", "Leo"),
        ("Sana Khan ko phone kiya aaj, woh bahut pareshan thi.", "Sana Khan"),
        # a quoted nickname: after a word that names, or inside a name
        ("Everyone on the unit calls him 'Kia' because of his old car.", "Kia"),
        ("My colleague Sione 'Kia' Tupou won the award for the second year.", "Tupou"),
        # "d'" opens names as well
        ("D'Angelo came in for his check-up today and was in great spirits.", "D'Angelo"),
        # a word of another language that is a given name, in an English sentence
        ("Leo shadowed me on the ward today and asked brilliant questions.", "Leo"),
        # a name opening a Swahili sentence before its verb, in a subject's shape ("a-li-ni-pigia": she called me)
        ("Nyokabi alinipigia jana usiku kuhusu mtoto wake mgonjwa.", "Nyokabi"),
    ],
)
def test_names_beside_words_of_other_languages_stay(detector, text, name):
    assert any(name in found for found in _names(detector, text))


def test_an_accented_exclamation_is_read_with_its_accents_folded():
    from rewriter.detect.other_englishes import _in_another_language

    # the hand lists hold words without their accents: "Mōrena" is "morena", as _foreign_word reads it
    assert _in_another_language("Mōrena")
    assert not _in_another_language("Marek")


def test_hinglish_function_words_hold_no_given_name_or_english_word():
    from rewriter import vocab
    from rewriter.detect.recognizers.support import lexicon

    words = vocab.words("other_language_function_words_hinglish")
    assert {"mein", "kuch", "nahi", "kar"} <= words
    assert not {"diya", "tera", "the", "main"} & words  # given names of 1,000+ people and English words are left out
    assert not any(lexicon.is_listed_as_name(w.capitalize()) for w in words)


def _span(text, word):
    from rewriter.spans import Span

    i = text.index(word)
    return Span(start=i, end=i + len(word), text=word, entity_type="PERSON", score=0.8,
                source="language model (spaCy)", why="", suggestion="")


@pytest.mark.parametrize(
    "text, word, cleared",
    [
        ("Hii ripoti ya wiki hii imechelewa sana, samahani timu yangu.", "Hii", True),
        # a name before "na" (and) or its verb stays; French and Spanish openers are left to the lists (an unlisted
        # name before its verb reads as the language's word would)
        ("Nyokabi na mimi tulienda sokoni jana jioni kununua mboga.", "Nyokabi", False),
        ("Maëlle est arrivée en retard à la réunion ce matin avec son dossier.", "Maëlle", False),
        ("Yuleisy llegó tarde a la consulta con su mamá y su hermano.", "Yuleisy", False),
    ],
)
def test_opener_of_a_swahili_sentence(text, word, cleared):
    from rewriter.detect.other_englishes import is_opener_of_a_sentence_langid_and_lists_name

    assert is_opener_of_a_sentence_langid_and_lists_name(_span(text, word), text) is cleared
