"""Garbles of the deterministic rewrite on the analysis sets new in session 22, by the slot the general words
landed in, each pinned on made-up sentences of the same shape (issue 10, "Grammar"), with what must stay as
it was beside each:

- a side that won or lost is "the team" ("the Red Sox lost" was "the lost"); a name with its own "the"
  before a past verb is the subject, never a noun's modifier;
- a place's name before a participle with its object keeps its kind ("at the Pinecrest Leisure Centre
  trying to" was "at the local trying to");
- a name given ("named him Rowan after me", "christened the baby Noah") goes, never "named him a patient";
- "It is the 1st of November." goes whole, never "It is the soon."; a date's "the" goes with its time word;
- an aside of last digits between commas goes ("from Y, account ending 4471, rang" was "from Y, account,
  rang");
- a name opening a sentence before a singular noun that ends its clause describes that noun ("Mini win 💚"
  was "Someone win 💚");
- a name inside a clause of another language takes the clause with it ("'Noch einen Kaffee, bitte'" was
  "'someone einen someone, bitte'").
"""

from __future__ import annotations

import re

import pytest
from test_generalise_garble21 import gen  # tests/ is on the path


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Good trip, [the Hornets] lost again and we laughed.", "Good trip, the team lost again and we laughed."),
        ("[The Rovers] beat us 3-0 on Saturday.", "The team beat us 3-0 on Saturday."),
        ("Fun night, the [Kestrels] just won the cup!", "Fun night, the team just won the cup!"),
    ],
)
def test_a_side_that_won_or_lost_is_the_team(draft, expected):
    out = gen(draft, "ORGANIZATION", role="consultant")
    assert out.replace(" on Saturday", " recently") in (expected, expected.replace(" on Saturday", " recently")), out


def test_a_name_with_its_article_before_a_noun_is_still_its_modifier():
    assert gen("We signed [the Halberd Logistics] merger docs.", "ORGANIZATION", role="consultant") == "We signed the merger docs."


def test_a_name_with_its_article_before_a_past_verb_is_the_subject():
    out = gen("Great news: [the Brightwell Group] invested again.", "ORGANIZATION", role="consultant")
    assert "the invested" not in out and " invested again" in out and "Brightwell" not in out, out


@pytest.mark.parametrize(
    "draft, gone",
    [
        ("Got stuck at [the Larchfield Sports Centre] trying to find parking.", "the local trying"),
        ("Queued outside [the Millbrook Community Hall] waiting for the doors.", "the local waiting"),
    ],
)
def test_a_place_before_a_participle_with_its_object_keeps_its_kind(draft, gone):
    out = gen(draft, "FACILITY", role="paramedic")
    assert gone not in out and "Larchfield" not in out and "Millbrook" not in out, out
    assert re.search(r"\b(?:centre|hall)\b", out), out


def test_a_place_before_a_plain_noun_is_still_its_modifier():
    out = gen("Calls from [the Corrigan Lane] flats all night.", "STREET_ADDRESS", role="paramedic")
    assert out == "Calls from the local flats all night.", out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("and she named him [Tobias] after me!! 😭", "and she named him after me!! 😭"),
        ("They called her [Ottilie] after my mum.", "They called her after my mum."),
        ("We christened the baby [Ezra] last week", "We christened the baby last week"),
    ],
)
def test_a_name_given_goes(draft, expected):
    assert gen(draft, "PERSON", role="midwife") == expected


@pytest.mark.parametrize(
    "draft",
    [
        "They called her [Ottilie], so cute.",  # without "after", "called her" would read as a phone call
        "I called [Ottilie] after work.",  # the name is who was called, no name given
    ],
)
def test_a_name_called_without_a_naming_keeps_its_general_words(draft):
    out = gen(draft, "PERSON", role="midwife")
    assert "Ottilie" not in out and ("patient" in out or "someone" in out.lower()), out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Tinsel up in the shop already. It is the [2nd of November]. Help.", "Tinsel up in the shop already. Help."),
        ("Mince pies on sale. It's the [3rd of October]! Send help", "Mince pies on sale. Send help"),
    ],
)
def test_it_is_the_date_goes_whole(draft, expected):
    assert gen(draft, "DATE_TIME", role="shop assistant") == expected


def test_a_date_said_in_a_question_keeps_its_time_word():
    assert gen("Your date of birth? It's [3 March].", "DATE_TIME", role="nurse") == "Your date of birth? It's recently."


def test_a_dates_the_goes_with_its_time_word():
    out = gen("Pay day is the [28th] so hang on", "DATE_TIME", role="nurse")
    assert "the soon" not in out and "the recently" not in out and "28th" not in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Caller today, [Mr Ostrowski] from [Kelby], [account ending 9920], shouted at me.",
         "Caller today, someone from an organisation, shouted at me."),
        ("A lady, [card ending 5531], rang twice.", "A lady, rang twice."),
    ],
)
def test_an_aside_of_last_digits_goes(draft, expected):
    kinds = ["PERSON", "ORGANIZATION", "REFERENCE_NUMBER"] if "Ostrowski" in draft else ["REFERENCE_NUMBER"]
    out = gen(draft, *kinds, role="call centre agent")
    assert "account," not in out and "card," not in out and "9920" not in out and "5531" not in out, out
    assert out.endswith(expected.split(",")[-1]), out


def test_last_digits_outside_an_aside_keep_the_thing():
    assert gen("He paid with his [card ending 1234] and left.", "REFERENCE_NUMBER", role="call centre agent") \
        == "He paid with his card and left."


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Quiet shift. Everyone fed by 6. [Tiny] win 💚", "Quiet shift. Everyone fed by 6. The win 💚"),
        ("Long week 😩 [Bramble] party tonight.", "Long week 😩 The party tonight."),
    ],
)
def test_a_name_opening_a_sentence_before_its_noun_describes_it(draft, expected):
    assert gen(draft, "PERSON", role="support worker") == expected


@pytest.mark.parametrize(
    "draft",
    [
        "[Dervla] laughed at me.",  # a verb's past: the name is the subject
        "[Dervla] wins again.",  # a verb in -s
        "[Dervla] home safe.",  # said of someone with the verb left out
        "[Dervla] gone home.",
    ],
)
def test_a_name_opening_a_sentence_before_its_verb_keeps_its_general_words(draft):
    out = gen(draft, "PERSON", role="support worker")
    assert "Dervla" not in out and out.split()[0] in ("Someone", "A", "Another"), out


@pytest.mark.parametrize(
    "draft, expected, kinds",
    [
        ("Two weeks in Munich and all I can say is '[Zwei] Kaffee und Kuchen, bitte'. Home now.",
         "Two weeks in Munich. Home now.", ("PERSON",)),
        ("Back at work 🇵🇭 Miss [ko na] talaga ang luto ni Nanay sa [Malabon]. Laban lang!",
         "Back at work 🇵🇭 Laban lang!", ("PERSON", "ORGANIZATION")),
    ],
)
def test_a_name_inside_a_clause_of_another_language_takes_the_clause(draft, expected, kinds):
    out = gen(draft, *kinds, role="nurse")
    assert out == expected, out


@pytest.mark.parametrize(
    "draft",
    [
        "He kept saying '[Orla] was right all along' at the party.",  # an English quotation
        "[Darnell] tayo mga bes 🥩",  # a name people bear is someone, whatever the words after it
        "Home now, [Orla] says hi.",
    ],
)
def test_a_name_in_an_english_clause_keeps_its_general_words(draft):
    out = gen(draft, "PERSON", role="nurse")
    assert "Orla" not in out and "Darnell" not in out and ("patient" in out or "someone" in out.lower()), out



@pytest.mark.parametrize(
    "draft, expected, kinds",
    [
        ("Year 8 built [Arduino Uno] rain gauges this term.", "Year 8 built rain gauges this term.", ("PERSON",)),
        ("We've been fielding [Wegovy] and [Saxenda] questions all week.", "We've been fielding questions all week.",
         ("PERSON", "PERSON")),
        ("Working with [Brackwell] engineers all week.", "Working with engineers all week.", ("ORGANIZATION",)),
    ],
)
def test_a_name_before_a_plural_noun_describes_it(draft, expected, kinds):
    assert gen(draft, *kinds, role="teacher") == expected


@pytest.mark.parametrize(
    "draft",
    [
        "I bought [Ffion] flowers today.",  # a verb that takes a person first
        "Thinking about [Ffion] lots.",  # how much, not what
        "I think [Ffion] cares.",  # the name's own verb
        "Honestly [Ffion] questions them all day.",  # a verb with its object
    ],
)
def test_a_name_before_a_word_in_s_that_is_no_noun_keeps_its_general_words(draft):
    out = gen(draft, "PERSON", role="teacher")
    assert "Ffion" not in out and ("student" in out or "someone" in out.lower()), out


def test_a_name_taken_with_its_ordinal_before_a_noun_keeps_the_count():
    assert gen("41+3, [2nd ARM] attempt, now asking for a section.", "ORGANIZATION", role="midwife") \
        == "41+3, 2nd attempt, now asking for a section."


def test_a_name_with_an_ordinal_before_no_noun_keeps_its_general_words():
    out = gen("Met the [5th Baron] today.", "ORGANIZATION", role="midwife")
    assert "Baron" not in out and "5th today" not in out, out


@pytest.mark.parametrize(
    "draft, kinds",
    [
        ("The app we're building for [Brackwell] goes live soon.", ("ORGANIZATION",)),  # a verb in -s after the name
        ("Main accused [Tiko] alias [Bongo] still absconding.", ("PERSON", "PERSON")),  # no plural
    ],
)
def test_a_word_in_s_after_a_preposition_and_a_name_is_its_verb(draft, kinds):
    out = gen(draft, *kinds, role="engineer")
    assert "for goes" not in out and "accused alias" not in out, out


def test_a_name_opening_a_sentence_before_a_describing_word_keeps_its_general_words():
    out = gen("Playing through an injury. [Bramble] nervous.", "PERSON", role="coach")
    assert "The nervous" not in out and "Bramble" not in out, out


def test_hashtags_are_no_clause_of_another_language():
    out = gen("Passed my exam 🎉 #[Kubrix] #CloudEngineering #LifelongLearning", "ORGANIZATION", role="engineer")
    assert "#CloudEngineering #LifelongLearning" in out and "Kubrix" not in out, out


def test_a_post_in_another_language_throughout_keeps_its_clauses():
    out = gen("Foto dari [Wulandari] setelah gempa yang viral kemarin. Masih tinggal di tenda. Tolong share dan donasi",
              "PERSON", role="nurse")
    assert "Masih tinggal di tenda" in out and "setelah gempa" in out and "Wulandari" not in out, out


@pytest.mark.xfail(strict=True, reason="session 50 regression (unread50): spans given with evidence give 'Miss [name] ang "
                   "someone pero sige lang, laban!' (English 'someone' in a Tagalog clause); the real detector finds no "
                   "span in this draft; known, to fix")
def test_a_clause_of_another_language_opening_a_sentence_takes_its_short_rest():
    out = gen("Miss [ko na] ang [Quezonia] pero sige lang, laban! Day off tomorrow, will eat adobo.", "PERSON", "PERSON",
              role="caregiver")
    # never "Laban! Day off", where a second reading takes the capitalised word left alone for a name
    assert out == "Day off tomorrow, will eat adobo.", out
