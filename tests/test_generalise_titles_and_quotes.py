"""Replacements that fit their slot (issue 10, "Grammar"), found reading the rewrites of writers z, za and x:
a quote closing after a name is no possessive (it was "after another colleague's 😭" for "after Miss Honey'
😭"), a title before a name goes with it (no "Miss the new art teacher", "Chief someone else"), the adjectives
before a name stay after the new article (no "Poor a wee patient"), a name or place spoken to in a farewell
goes (no "Stay safe the area."), two names joined by a hyphen before a noun go together (no "the area-someone
expressway"), and an interjection or a word for God is nobody (they were "Someone, another
client", "May someone else grant him shifa"). Drafts written for these tests."""

from __future__ import annotations

import pytest
from test_generalise import gen  # tests/ is on the path

from rewriter.generalise import generalise
from rewriter.generalise.english import possessive_after


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # a quote closing after the name
        ("He asked for 'a [Ronaldo]' so I did my best", ("PERSON",), "barber", "He asked for 'someone' so I did my best"),
        ("She wrote 'best teacher after [Miss Honey]' 😭 bless her", ("PERSON",), "teacher",
         "She wrote 'best teacher after a colleague' 😭 bless her"),
        # a title before the name goes with it, whatever the words after say
        ("[Miss Amarachi] the new art teacher is wonderful.", ("PERSON",), "teacher", "The new art teacher is wonderful."),
        ("Miss [Amarachi] the new art teacher is wonderful.", ("PERSON",), "teacher", "The new art teacher is wonderful."),
        ("Spilled her whole divorce tea 🫖 Chief [Oyelaran] finally moving out.", ("PERSON",), "hairdresser",
         "Spilled her whole divorce tea 🫖 The chief finally moving out."),
        ("[Opanyin Kwadwo Boateng's] funeral is this weekend.", ("PERSON",), "funeral director",
         "The elder's funeral is this weekend."),
        # the title alone taken for the name: the name after it goes too
        ("His first sentence today: 'no broccoli [Nanny] Jess'. So proud", ("PERSON",), "nanny",
         "His first sentence today: 'no broccoli the gran'. So proud"),
        # spoken to after an emoji
        ("Look at the difference!! 😍 [Lerato] you are STUNNING babe", ("PERSON",), "beautician",
         "Look at the difference!! 😍 You are STUNNING babe"),
        # the adjectives before a name stay, after the article
        ("Lovely afternoon wi' auld Mr [Baird], he sang us a song.", ("PERSON",), "care worker",
         "Lovely afternoon wi' an auld resident, he sang us a song."),
        ("Poor wee [Rowan] with the bilateral tumour.", ("PERSON",), "nurse", "A poor wee patient with the bilateral tumour."),
        # said to someone or somewhere on parting: the name goes
        ("Finished the table for my sister. Happy housewarming [Jules]!", ("PERSON",), "carpenter",
         "Finished the table for my sister. Happy housewarming!"),
        ("Candle-lit pharmacy vibes 🕯️ Stay safe [Joburg].", ("LOCATION",), "pharmacist", "Candle-lit pharmacy vibes 🕯️ Stay safe."),
        ("She passed on her fourth go!!! Da iawn [Nia]!", ("PERSON",), "driving instructor", "She passed on her fourth go!!! Da iawn!"),
        # a name before the people of a place is the place
        ("Not a good look, [Bridgend] lads.", ("PERSON",), "police officer", "Not a good look, local lads."),
        ("[Karachi] chemists pls check your stock", ("ORGANIZATION",), "pharmacist", "Local chemists pls check your stock"),
        # a place after "in" in a clause that holds the writer goes: "elsewhere" said the family was some other
        # place's (session 49)
        ("The family I work for in [Mosman] asked me to sign an NDA.", ("LOCATION",), "nanny",
         "The family I work for asked me to sign an NDA."),
        # two names joined by a hyphen before a noun go together
        ("Who else is watching the [Lekki]-[Epe] expressway expansion?", ("LOCATION", "PERSON"), "engineer",
         "Who else is watching the expressway expansion?"),
        ("Shot the [Tamatea]-Walker wedding on the beach 💍", ("PERSON",), "photographer", "Shot the wedding on the beach 💍"),
        ("New menu drops Friday. [Hāngī]-inspired lamb shoulder.", ("PERSON",), "chef", "New menu drops Friday. Lamb shoulder."),
        # a dot that starts a word keeps its space
        ("Don't commit .env files to [Vault] ever.", ("ORGANIZATION",), "developer", "Don't commit .env files to an organisation ever."),
        # "that" opening a clause is no determiner: the title's phrase keeps its article
        ("A source confirmed to me that [Alhaji Musa Danladi], the transporter, is on life support.", ("PERSON",), "journalist",
         "A source confirmed to me that the elder, the transporter, is on life support."),
    ],
)
def test_replacements_fit_their_slot(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_a_lowercase_word_before_people_is_no_place():
    assert "local" not in gen("Genuine question for [comms] people: are press releases dead?", "ORGANIZATION", role="pr")


@pytest.mark.parametrize(
    "text, end, length",
    [
        ("the Joneses' dog", len("the Joneses"), 1),  # a plural's possessive
        ("at James' house", len("at James"), 1),
        ("Priya's shift", len("Priya"), 2),
        ("after Miss Honey' 😭", len("after Miss Honey"), 0),  # no "s": a closing quote
        ("calls me 'Prof Jones' every day", len("calls me 'Prof Jones"), 0),  # the quote opened before the name
    ],
)
def test_a_bare_apostrophe_is_a_possessive_only_after_an_s_and_outside_a_quote(text, end, length):
    assert possessive_after(text, end) == length


def test_a_possessive_after_a_name_still_reads_as_one():
    assert gen("Dropped off [James]' prescription at the house.", "PERSON", role="pharmacist") == (
        "Dropped off my customer's prescription at the house.")


@pytest.fixture(scope="module")
def rewrite(detector):
    def _rewrite(text: str, role: str = "other") -> str:
        return generalise(text, detector.detect(text, role=role), role).text

    return _rewrite


def _found(detector, text, role="other"):
    return [s.text for s in detector.detect(text, role=role)]


@pytest.mark.parametrize(
    "text, role, word",
    [
        # an interjection opening a sentence, with a client or a patient named close by
        ("Crikey, another client sent me receipts in a shoebox.", "bookkeeper", "Crikey"),
        ("Ah Jaysus. Mrs Brennan rang the surgery nine times today.", "gp receptionist", "Jaysus"),
        ("Ag shame man, my client Pieter tore his ACL again.", "physiotherapist", "Ag"),
        ("Haiz, my clients there all don't know yet 😔", "consultant", "Haiz"),
        # words for God and phrases of faith
        ("Still in a coma after the crash. May Allah grant him shifa 🤲", "imam", "Allah"),
        ("Tomorrow ni Postgres migration, Mungu saidia.", "software engineer", "Mungu"),
        ("Sunday service was pure fire 🔥 Olorun ti se!", "pastor", "Olorun"),
        ("Dengue with platelets 12k. Inshallah he'll pull through.", "doctor", "Inshallah"),
    ],
)
def test_interjections_and_words_for_god_are_nobody(detector, text, role, word):
    assert not any(word in found for found in _found(detector, text, role))


@pytest.mark.parametrize(
    "text, role, name",
    [
        ("Ah Jaysus. Mrs Brennan rang the surgery nine times today.", "gp receptionist", "Brennan"),
        ("Ag shame man, my client Pieter tore his ACL again.", "physiotherapist", "Pieter"),
        ("Crikey, Gerald from the warehouse sent me receipts in a shoebox.", "bookkeeper", "Gerald"),
        ("Make dua for Irfan Qureshi, still in a coma. May Allah grant him shifa", "imam", "Irfan Qureshi"),
    ],
)
def test_names_beside_them_stay(detector, text, role, name):
    assert any(name in found for found in _found(detector, text, role))


def test_a_word_in_capitals_for_emphasis_is_no_place(detector):
    assert _found(detector, "Home Office lost his documents TWICE. Can't say more", "solicitor") == []
    assert any("LONDON" in f for f in _found(detector, "Her son lives in LONDON now, she is so proud", "nurse"))


def test_an_emoji_inside_a_name_ends_it(detector, rewrite):
    text = "The man who screamed at the crew is the founder of some startup called Brightloop 💀 Video already going round lol"
    found = _found(detector, text, "flight attendant")
    assert "Brightloop" in found and not any("Video" in f for f in found)
    assert "💀 Video already going round lol" in rewrite(text, "flight attendant")


def test_a_name_after_an_emoji_stays_whole(detector):
    assert "Priya" in _found(detector, "Good morning, Namaste 🙏 Priya joined us at sunrise today.", "yoga instructor")
