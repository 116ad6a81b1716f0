"""RoleNounNameRecognizer (people/role_noun_name.py): Names after a role or family noun: "my colleague Will",
"mum Aisha", "her neighbour Tom", "my manager Karen Blake", "our new grad rosie", "her cat Whiskers"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.role_noun_name import RoleNounNameRecognizer


@pytest.mark.parametrize(
    "text, name",
    [
        ("Covering for my colleague Will again this week.", "Will"),
        ("Lovely chat with mum Aisha at pick-up.", "Aisha"),
        ("Her neighbour Tom found her on the floor.", "Tom"),
        ("Met my manager Karen Blake about the rota.", "Karen Blake"),
        ("our new grad rosie handled her first code blue", "rosie"),
        ("Mrs. Abernathy keeps asking for her cat Whiskers.", "Whiskers"),
    ],
)
def test_name_after_a_role_noun(find, text, name):
    assert (name, "PERSON") in find(text)


def test_an_acronym_after_a_comma_is_no_name():
    r = RoleNounNameRecognizer()
    assert r.analyze("Cardiac arrest in an adult patient, ROSC achieved.", ["PERSON"]) == []
    found = r.analyze("Covering for my colleague, Will, again.", ["PERSON"])
    assert [("Covering for my colleague, Will, again."[x.start : x.end]) for x in found] == ["Will"]


def test_verb_after_pet_noun_is_not_a_name(find):
    found = find("My client Tom's dog died and he said he was fine.")
    assert not any("died" in s for s, _ in found), found
    assert any(s.startswith("Tom") and t == "PERSON" for s, t in found), found


@pytest.mark.parametrize("text", ["My dog died last week.", "Her son wants a phone.", "My cat tied me in knots."])
def test_verbs_after_role_nouns_are_not_people(find, text):
    assert not any(t == "PERSON" for _, t in find(text)), find(text)


def test_lowercase_name_after_role_noun_still_found(find):
    assert ("rosie", "PERSON") in find("Our new grad rosie was brilliant today.")


@pytest.mark.parametrize("text", ["worst job of my life, 2 yr old kid, backyard pool, mum screaming",
                                  "Quick chat with my colleague, handover at 8 then home."])
def test_two_everyday_words_written_as_one_are_no_name(find, text):
    assert not [t for t, kind in find(text) if kind == "PERSON"]


def test_a_lowercase_name_after_a_comma_is_still_a_name(find):
    assert ("priya", "PERSON") in find("Covering for my colleague, priya, again this week.")


@pytest.mark.parametrize("text", [
    "Delighted to share I've started a new role as Clinical Nurse Manager this month.",
    "Our Nurse Practitioner clinic is fully booked until March.",
    "The new Dog Man book is already on hold twelve times over.",
])
def test_a_role_or_person_word_after_a_role_noun_continues_the_title(text):
    assert RoleNounNameRecognizer().analyze(text, ["PERSON"]) == []


@pytest.mark.parametrize("text, name", [
    ("Huge thanks to Nurse Hope on the ward for staying late.", "Hope"),  # a word the dictionary lists as a name
    ("Coach Bishop had the under 10s running laps all morning.", "Bishop"),
    ("Shout out to Sister Mary for covering my shift.", "Mary"),
    # a pet's name that is a title word is still the pet's name, and points at its owner
    ("Mr Adeyemi's parrot Captain now greets everyone in the clinic waiting room.", "Captain"),
    ("My client's cat Major sat on the laptop for the whole video session.", "Major"),
])
def test_a_name_after_a_role_noun_is_still_a_name(text, name):
    found = RoleNounNameRecognizer().analyze(text, ["PERSON"])
    assert [text[r.start : r.end] for r in found] == [name]


def test_a_name_after_an_informal_partner_word(find):
    # names invented
    assert ("rosalind", "PERSON") in find("big lad cried doing one calf raise, his missus rosalind was in stitches")


def test_an_informal_partner_word_before_a_word_is_no_name(find):
    assert not [s for s, kind in find("his missus was in stitches, my hubby laughed too") if kind == "PERSON"]


def test_the_writers_own_partner_after_an_informal_word_stays(find):
    # the writer's own family, as "my wife Kylie" is (names invented)
    assert not [s for s, kind in find("Heading down to the beach with my missus Marielle for a swim") if kind == "PERSON"]


# Issue 10 (leak33): "area manager bill": a first name that is a word, in lower case after someone's own
# role noun, with an inflected verb straight after it.
@pytest.mark.parametrize(
    "text, name",
    [
        ("Our area manager bill turned up unannounced again.", "bill"),
        ("my colleague grace handled it brilliantly.", "grace"),
    ],
)
def test_a_lowercase_first_name_that_is_a_word_then_a_verb_is_found(find, text, name):
    assert (name, "PERSON") in find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("our area manager will be there tomorrow.", "will"),  # a modal, then its verb
        ("my accountant bill us monthly and it hurts", "bill"),  # a verb itself
        ("the manager bill turned up late", "bill"),  # no one's own role: "the manager"
    ],
)
def test_the_same_words_as_words_after_a_role_noun_are_not_found(find, text, word):
    assert all(t != word for t, _ in find(text))


# A common word of another language in lowercase after a role noun is the clause's word, not a name in lowercase.
@pytest.mark.parametrize("text, word", [
    ("He wants me as a reference pour son appart. So happy he's housed.", "appart"),
    ("Collected her folic acid at the chemist on her own. Brave girl paa.", "paa"),
])
def test_a_common_word_of_another_language_after_a_role_noun_is_no_name(find, text, word):
    assert not any(word in s for s, _ in find(text)), find(text)


def test_the_models_guess_on_a_word_of_another_language_after_a_role_noun_goes_too(detector):
    # spaCy takes "café" for a person on its own; the role noun rule no longer does, so the guess is read after it
    text = "Le juge a encore fait attendre tout le monde ce matin parce qu'il 'finissait son café'."
    assert not any(s.text == "café" for s in detector.detect(text))


def test_a_lowercase_name_of_no_language_list_after_a_role_noun_stays(find):
    assert ("wanjiku", "PERSON") in find("My client wanjiku came in again today, still no news.")


@pytest.mark.parametrize("text", ["night shift was rough. our teenager self-harmed again at 2am",
                                  "my client re-offended last week, gutted"])
def test_a_lowercase_word_of_everyday_words_joined_by_hyphens_is_no_name(find, text):
    # (fresh45: "our 15yo self-harmed" rewritten "our teenager self-harmed" was re-read as a name after "teenager")
    assert not any(t in ("self-harmed", "re-offended") for t, _ in find(text))


def test_a_lowercase_hyphened_name_after_a_role_noun_is_still_a_name(find):
    assert ("lily-rose", "PERSON") in find("so proud of my student lily-rose today, she read the whole book")
