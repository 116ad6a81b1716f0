"""spaCy's entities, minus its usual mistakes in posts."""

from __future__ import annotations


def test_sentence_initial_ordinary_words_are_not_organisations(detector):
    assert detector.detect("Spent two hours debugging a missing comma. Software is glamorous.") == []
    assert detector.detect("Court report done for today.") == []


def test_generic_acronyms_are_not_organisations(detector):
    assert detector.detect("I took cash from the ATM and checked my IBAN.") == []


def test_real_names_from_spacy_are_kept(find):
    assert ("Gregory Walsh", "PERSON") in find("Had a session with Gregory Walsh this morning.")
    assert ("Bristol", "LOCATION") in find("Placed with their aunt in Bristol.")
