"""The lexicon: which words are ordinary English (British spellings and inflections included), which
short forms are never names, and which everyday names (platforms, public bodies) identify no one."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers import lexicon
from rewriter.detect.recognizers.doc_tokens import FUNCTION_WORDS


@pytest.mark.parametrize(
    "word",
    [
        "Behavioural", "behaviour", "Favourite", "Organisation", "organisations", "organisational", "realised",
        "Analyse", "analysing", "Centre", "centres", "centred", "Paediatric", "anaesthetist", "Oedema",
        "oestrogen", "anaesthetised", "Catalogue", "dialogues", "Defence", "licences", "Travelled", "Counselling",
        "Counsellor", "marvellous", "jeweller", "Programme", "programmes", "fulfil", "judgement",
    ],
)
def test_british_spellings_are_ordinary_words(word):
    assert lexicon.is_ordinary_word(word), word


@pytest.mark.parametrize("word", ["Behavioural", "Paediatric", "Favourite", "judgement"])
def test_british_spellings_are_dictionary_words_themselves(word):
    assert lexicon.is_dictionary_word(word), word


@pytest.mark.parametrize(
    "name",
    # names that contain a British-looking ending or ae/oe, and names that end in a word + "in"/"on"
    ["Seymour", "Balfour", "Rae", "Zoe", "Chloe", "Raphael", "Louise", "Denise", "Elise", "Alyse", "Lawrence",
     "Terence", "Sartre", "Boeing", "Brandon", "Weston", "Dillon", "Andover", "Okafor", "Megan"],
)
def test_names_stay_names_whatever_their_letters(name):
    assert not lexicon.is_ordinary_word(name), name


@pytest.mark.parametrize("word", ["Standups", "standup", "Meetups", "rollout", "Handouts", "Writeups", "Workouts"])
def test_closed_phrasal_nouns_and_their_plurals_are_ordinary(word):
    assert lexicon.is_ordinary_word(word), word


def test_british_forms_are_only_tried_where_the_ending_is_british():
    assert lexicon.american_forms("behavioural") == ("behavioral",)
    assert lexicon.american_forms("megan") == ()
    assert lexicon.american_forms("zoe") == ()  # too short to be read as a spelling variant


@pytest.mark.parametrize(
    "word",
    ["he'd", "she’d", "they'd", "I'd", "we'd", "you'd", "it'd", "he'll", "she'll", "they'll", "he's", "she's",
     "they're", "we're", "you're", "I'm", "I've", "they've", "they’re", "don't", "can’t", "let's"],
)
def test_contractions_of_function_words_are_function_words(word):
    assert word.lower() in FUNCTION_WORDS, word


@pytest.mark.parametrize(
    "word",
    ["LinkedIn", "linkedin", "Facebook", "TikTok", "WhatsApp", "YouTube", "ChatGPT", "NHS", "#NHS", "NHS's",
     "NMC", "GMC", "HCPC", "CQC", "Ofsted", "DfE", "NICE", "HMRC", "DWP", "RIP", "DOB", "FYI", "TIL", "ICYMI", "ICU"],
)
def test_everyday_names_are_not_names(word):
    assert lexicon.is_not_a_name(word), word


@pytest.mark.parametrize("word", ["Nice", "Ed", "Peg", "Sim", "Grace", "GRACE", "Okafor", "Will"])
def test_acronyms_count_only_as_written(word):
    # "NICE" is a public body and "ED" a department; "Nice" is a city and "Ed" a person
    assert not lexicon.is_not_a_name(word), word


def test_spans_of_everyday_names():
    for span in ("YouTube, Snapchat and ChatGPT", "COVID-19", "post-Brexit", "Microsoft Teams", "#NHS", "FYI TIL ICYMI"):
        assert lexicon.is_everyday_term(span), span
    for span in ("NHS Okafor", "Facebook Marketplace and Sarah", "and", "Post office"):
        assert not lexicon.is_everyday_term(span), span


def test_only_platforms_and_public_bodies_can_be_employers():
    assert lexicon.is_public_organisation("LinkedIn") and lexicon.is_public_organisation("NATO")
    assert not lexicon.is_public_organisation("DOB") and not lexicon.is_public_organisation("FYI")


@pytest.mark.parametrize("word", ["Paracetamol", "paracetamol", "Oramorph", "Sertraline", "co-codamol", "Calpol"])
def test_common_medicines_are_ordinary_words(word):
    assert lexicon.is_ordinary_word(word)


def test_a_medicine_name_is_not_flagged_in_a_clean_post(detector):
    assert detector.detect("Today I learned that Paracetamol overdose can look completely fine for the first 24 hours.") == []
