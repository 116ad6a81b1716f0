"""The lexicon: which words are ordinary English (British spellings and inflections included), which
short forms are never names, and which everyday names (platforms, public bodies) identify no one."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.support import lexicon
from rewriter.detect.recognizers.support.lexicon import FUNCTION_WORDS


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


@pytest.mark.parametrize(
    "tag",
    [
        "medtwitter", "#MedTwitter", "#lawtwitter", "SocialWork", "#LeavingCert", "#nursehumor", "#employmentlaw",
        "#NurseLife2024", "#MeToo", "#BlackLivesMatter", "#ThankYouNHS", "#LifeAsANurse", "#IAmANurse",
        "#wellbeingwednesday", "#dayinthelife", "#MondayMotivation", "#nurses_week",
    ],
)
def test_tags_of_ordinary_words_are_compounds(tag):
    assert lexicon.is_compound_of_words(tag), tag


@pytest.mark.parametrize(
    "tag",
    [
        # a place or a person in the tag, capitalised as one word or a piece no dictionary knows
        "#TeamOakfield", "#Oakfield", "#JusticeForJayden", "#justiceforjayden", "#Leeds", "#leeds", "#Barnsley",
        # a piece the dictionary also lists as a name, or a title before one
        "#PrayForGrace", "#JusticeForTom", "#prayforben", "#StMarysWard7", "#StMarys", "#DrSmith",
        # a lowercase run that ends like a place or surname, or is short words that make a name
        "#oakfield", "#teamoakfield", "#liverpool", "#blackburn", "#robinson", "#carson", "#madison",
        # the dictionary lists it as a place
        "#Manchester", "#manchester",
        # a number other than a year pins a ward or a class down
        "#Ward7", "#Year6",
        # one word: not a compound (the other rules judge it)
        "#Nursing", "#nursing", "#Hope",
        # capitals with no listed acronym, and "Ed", which is a name as often as education
        "#TeamGB", "#MEDTWITTER", "#MedEd",
    ],
)
def test_tags_that_could_name_someone_or_somewhere_are_not(tag):
    assert not lexicon.is_compound_of_words(tag), tag


def test_clippings_count_only_inside_tags():
    # "cert" and "med" are how professionals tag ("#LeavingCert", "#MedTwitter"); elsewhere a capitalised
    # "Cert" or "Med" is left to the name rules as before
    assert lexicon.is_compound_of_words("#LeavingCert") and lexicon.is_compound_of_words("#medstudent")
    assert not lexicon.is_ordinary_word("cert") and not lexicon.is_ordinary_word("Med")


def test_a_lowercase_tag_is_split_on_core_words_only():
    # "cambridge" would be "camb" + "ridge" and "nursing" "nur" + "sing" with Webster's rarer entries
    assert not lexicon.is_compound_of_words("#cambridge")
    assert lexicon.is_compound_of_words("#socialwork") and not lexicon.is_compound_of_words("#socialworkcarson")


def test_long_or_odd_tags_are_left_alone():
    assert lexicon.is_compound_of_words("#" + "nurse" * 8)  # 40 letters: still read
    assert not lexicon.is_compound_of_words("#" + "nurse" * 9)  # longer: not segmented
    for tag in ("#", "#2024", "#nurse-life", ""):
        assert not lexicon.is_compound_of_words(tag), tag


def test_ordinary_words_are_not_names_and_names_are_not_ordinary():
    for word in ("Healing", "Software", "Nothing", "Proud", "Box", "debugging", "Website"):
        assert lexicon.is_ordinary_word(word), word
    for word in ("Jacob", "Megan", "Todd", "Okafor", "Mehrudin", "Timotea"):
        assert not lexicon.is_ordinary_word(word), word


def test_weekdays_and_titles_are_never_names():
    assert lexicon.is_not_a_name("Monday") and lexicon.is_not_a_name("Mrs")
    assert not lexicon.looks_capitalised("CEOs") and lexicon.looks_capitalised("McDonald")


def test_a_drawn_out_word_and_an_acronym_in_the_plural_are_ordinary_words():
    from rewriter.detect.recognizers.support import lexicon

    assert lexicon.is_ordinary_word("Soooo") and lexicon.is_ordinary_word("Yessss")
    assert lexicon.is_ordinary_word("CVs") and lexicon.is_ordinary_word("GPs")
    assert lexicon.is_ordinary_word("Screenshotted")
    assert not lexicon.is_ordinary_word("Kezia") and not lexicon.is_ordinary_word("Jos")


@pytest.mark.parametrize("word", ["Rewatched", "rebooked", "Rethinking"])
def test_a_word_done_again_is_an_everyday_word(word):
    assert lexicon.is_ordinary_word(word)


@pytest.mark.parametrize("word", ["Rebecca", "Reginald", "Redgrave", "Renshaw"])
def test_names_that_start_like_re_are_still_names(word):
    assert not lexicon.is_ordinary_word(word)
