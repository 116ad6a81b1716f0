"""ProperNounNameRecognizer (people/proper_noun_name.py): Capitalised words the tagger calls proper nouns and
the dictionary does not know: "shouted at Todd", "Mehrudin said", "moved here from Fortaleza"."""

from __future__ import annotations

import pytest


def test_a_platform_is_not_an_unknown_proper_noun(find):
    assert find("Lawyers of LinkedIn: how do you switch off") == []
    assert ("Okonkwo", "PERSON") in find("Lawyers of Okonkwo: how do you switch off")


def test_unknown_word_after_for_in_a_lowercase_post_is_a_company(find):
    assert ("datamade", "ORGANIZATION") in find("the version recorded for datamade sold well")
    assert find("thanks for everything lol") == []


def test_a_dictionary_word_joined_in_its_mission_is_a_company_in_a_lowercase_post(find):
    assert ("foursquare", "ORGANIZATION") in find("looking to support foursquare in its mission to grow")
    assert find("happy to support families in its new programme") == []
    assert find("looking to support growth. its mission is clear") == []


def test_detector_finds_unknown_places_after_from(find):
    assert ("Icapuí", "LOCATION") in find("We moved here from Icapuí")


def test_a_town_spacy_calls_a_nationality_or_a_date_is_still_a_place(find):
    assert ("Obidos", "LOCATION") in find("We moved here from Obidos")
    assert any(t.startswith("Tahlequah") for t, _ in find("Looking to support Allianz in Tahlequah 1021 in its mission"))


def test_places_in_an_all_lowercase_post(find):
    assert ("kópavogur", "LOCATION") in find("my friend lives in kópavogur")
    assert find("my friend lives in the city") == []


def test_lowercase_place_names_with_a_particle(find):
    assert ("vila do conde", "LOCATION") in find("we moved to vila do conde last year")
    assert ("barra de carrasco", "LOCATION") in find("an office in barra de carrasco 15000")
    assert find("i live in hope de facto") == []


@pytest.mark.parametrize(
    "text, word",
    [
        ("Proudest I've been of anyone.", "Proudest"),
        ("Using the hour for notes and a very large coffee.", "Using"),
        ("Terrified and excited in equal measure.", "Terrified"),
    ],
)
def test_verb_or_adjective_form_opening_a_sentence_is_no_name(find, text, word):
    assert not [s for s, _ in find(text) if word in s], find(text)


def test_name_the_tagger_may_call_an_adjective_stays(find):
    text = "Rosalind on labour ward put on a playlist, the registrar wanted another. Fight me."
    assert ("Rosalind", "PERSON") in find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Paracetamol fine. Antihistamines running low again, please don't panic buy.", "Antihistamines"),
        ("Nebulisers arrived at last, the whole team cheered.", "Nebulisers"),
    ],
)
def test_a_plural_noun_the_dictionary_lacks_opening_a_sentence_is_no_name(find, text, word):
    assert not [s for s, _ in find(text) if word in s], find(text)


def test_a_surname_in_the_plural_form_the_tagger_reads_as_proper_stays(find):
    assert any("Okonkwos" in s for s, _ in find("Okonkwos are moving away from the estate next week.")), find(
        "Okonkwos are moving away from the estate next week.")
