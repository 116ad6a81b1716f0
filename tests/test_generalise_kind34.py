"""A person keeps their kind and their role when the text already says who they are (session 34): judges of
unseen drafts found "Our organisation is leaving" for "Our GC <name> is leaving", "little patient" for a
newborn, "a colleague, grade 6 teacher at a local street", "cared for other people's care home" after a
children's home, and "she's a resident" for "she's an Aussie". Each group is one class, pinned on invented
sentences of the same shape, with a near miss that must stay as it was."""

from __future__ import annotations

import pytest

from rewriter.detect.place_kinds import kind_of_place
from rewriter.detect.recognizers.support import lexicon
from rewriter.verify.safety import GENERIC_WORDS
from test_generalise import gen  # tests/ is on the path


# a job title in capitals taken into one name with the first name: the title stays, the name goes
@pytest.mark.parametrize("draft, types, role, expected", [
    ("Our [GC Tobias] is leaving end of the year.", ("ORGANIZATION",), "lawyer", "Our GC is leaving end of the year."),
    ("My [PM Ottilie] signed it off.", ("PERSON",), "engineer", "My PM signed it off."),
    ("the new [CFO Ravindra] wants cuts", ("ORGANIZATION",), "accountant", "the new CFO wants cuts"),
])
def test_role_acronym_kept_name_dropped(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize("draft, types, role, unexpected", [
    # no determiner making it someone's: a firm or a place's name that begins with capitals
    ("[GC Tobias] won the tender.", ("ORGANIZATION",), "lawyer", "GC won"),
    # the second word is an ordinary word: an event, not a person
    ("Our [CEO Summit] is next week.", ("ORGANIZATION",), "other", "Our CEO is"),
    # capitals that are no job title
    ("Our [NHS Grampian] team won.", ("ORGANIZATION",), "nurse", "Our NHS team"),
])
def test_role_acronym_near_misses(draft, types, role, unexpected):
    assert unexpected not in gen(draft, *types, role=role)


def test_role_acronym_is_generic_for_the_leak_check():
    assert "gc" in GENERIC_WORDS and "cfo" in GENERIC_WORDS


# a newborn welcomed with a word for a baby: "little one", never the writer's client noun
@pytest.mark.parametrize("draft, role, expected", [
    ("Welcome to the world little [Juniper] 💕 so honoured", "midwife", "Welcome to the world little one 💕 so honoured"),
    ("Welcome to the world baby [Juniper]! So honoured", "midwife", "Welcome to the world baby! So honoured"),
    ("Welcome to the world [Juniper] 💕", "midwife", "Welcome to the world 💕"),
])
def test_welcomed_newborn(draft, role, expected):
    assert gen(draft, "PERSON", role=role) == expected


def test_little_name_without_a_welcome_is_not_one():
    # no greeting: "little one" would be wrong, the usual person noun stands
    assert "little one" not in gen("Gave little [Juniper] her jab today.", "PERSON", role="nurse")


# a role in a comma aside with no article of its own, then where they work: the role stands for the person
@pytest.mark.parametrize("draft, role, expected", [
    ("Please pray for Miss [Orla Fennimore], grade 6 teacher at our school.", "teacher",
     "Please pray for a grade 6 teacher at our school."),
    ("Shout out to [Tobias Wren], night porter in A&E, who found my keys.", "nurse",
     "Shout out to a night porter in A&E, who found my keys."),
])
def test_bare_role_after_name(draft, role, expected):
    assert gen(draft, "PERSON", role=role) == expected


@pytest.mark.parametrize("draft, role", [
    # no role noun in the aside: a clause of its own, the name's noun stays the person noun
    ("Thanks to [Tobias Wren], my hero at the station.", "nurse"),
    ("Went to see [Orla Fennimore], then lunch at the pub.", "other"),
])
def test_bare_role_after_near_misses(draft, role):
    out = gen(draft, "PERSON", role=role)
    assert not out.startswith(("Thanks to a hero", "Went to see a then"))
    assert "Tobias" not in out and "Orla" not in out


# a school, home or ward name keeps its kind
@pytest.mark.parametrize("name, kind", [
    ("Brackenfield Children's Home", "a children's home"),
    ("Kwaso Children Home", "a children's home"),
    ("Pennycress All-Age", "a local school"),
    ("Larchmont Care Home", "a care home"),  # near miss: a care home for the old stays one
    ("Harrowgate Children's Court", "a court"),  # near miss: a court for children is a court
])
def test_facility_kind_by_its_words(name, kind):
    assert kind_of_place(name) == kind


def test_children_after_a_childrens_home_stays_a_word():
    # "children" was part of the home's name; the word later in the post is no leak of it
    assert "children's" in GENERIC_WORDS or "children" in GENERIC_WORDS
    out = gen("Auntie [Abena] at [Brackenfield Children's Home] cared for other people's children.",
              "PERSON", "FACILITY", role="social worker")
    assert "a children's home" in out and "other people's children" in out


# a nickname for a nationality is no one in particular as a noun; before a noun it narrows and stays found
@pytest.mark.parametrize("draft", ["the new manager is an Aussie who drives a pink ute", "My neighbour is a Kiwi and a nurse."])
def test_demonym_nickname_as_noun_is_not_found(detector, draft):
    found = [s.text for s in detector.detect(draft)]
    assert "Aussie" not in found and "Kiwi" not in found


@pytest.mark.parametrize("draft, word", [("we're being acquired by an Aussie firm next month", "Aussie"),
                                         ("Our manager at the Home Affairs Brits office sleeps all day.", "Brits")])
def test_demonym_nickname_before_a_noun_still_generalised(detector, draft, word):
    from rewriter.generalise import generalise
    assert word not in generalise(draft, detector.detect(draft), "other").text


def test_ends_its_noun_phrase():
    from rewriter.detect.recognizers.spacy_entities import _ends_its_noun_phrase
    assert _ends_its_noun_phrase("an Aussie who", 9) and _ends_its_noun_phrase("an Aussie.", 9)
    assert not _ends_its_noun_phrase("an Aussie firm", 9)


# a name in commas after the role clause it names, written "one Mr X" (a certain Mr X): it goes with its commas,
# and the role in capitals counts as the role ("Client-side PM at ...")
def test_one_titled_name_after_role_clause():
    out = gen("Client-side PM at [Lumen Weaving], one Mr [Obiora], rejected our deck.", "ORGANIZATION", "PERSON",
              role="consultant")
    assert out.startswith("Client-side PM at ") and " rejected our deck." in out
    assert "one" not in out.lower().split("rejected")[0] and "someone" not in out


def test_titled_name_after_a_clause_with_no_role_stays_a_person():
    out = gen("Went to the shop, Mr [Obiora] was there again.", "PERSON", role="nurse")
    assert out == "Went to the shop, a patient was there again."


def test_joined_english_words_are_no_other_language():
    # "Client-side" is English words joined, not another language: the clause is not dropped whole
    out = gen("Client-side PM at [Lumen Weaving] loved it.", "ORGANIZATION", role="consultant")
    assert out.startswith("Client-side PM at ")


# a given name, a nickname in quotes and a surname read as a firm: a person's name by its form
def test_nicknamed_name_is_a_person():
    out = gen("RIP [Norbert 'Spud' Halloway] (93), our resident comedian.", "ORGANIZATION", role="care worker")
    assert "organisation" not in out and out.startswith("RIP a resident")


def test_quoted_firm_name_without_the_form_stays_a_firm():
    # one capitalised word and a quoted word: no name-nickname-surname pattern
    assert "organisation" in gen("Signed with [Brightwell 'Digital'] today.", "ORGANIZATION", role="other")


# a titled name between commas after a role clause, then another aside saying who it is: the aside stands
def test_name_before_a_describing_aside_goes_with_one_comma():
    out = gen("Lovely client today, Mr [Pryor], a retired navigator, came in.", "PERSON", role="financial adviser")
    assert out == "Lovely client today, a retired navigator, came in."


def test_name_without_a_describing_aside_keeps_its_sentence():
    out = gen("Our new manager at the home, [Gethin], has cut the night staff.", "PERSON", role="nurse")
    assert out == "Our new manager at the home has cut the night staff."


def test_ex_before_a_public_body_is_everyday():
    assert lexicon.is_everyday_term("ex-RAF")
    assert not lexicon.is_everyday_term("ex-Brightwell")


def test_joined_word_with_a_letter_is_not_english():
    from rewriter.generalise.fit import _language_of
    assert _language_of("client-side") == "english" and _language_of("PM") == "other"
    assert _language_of("M-Pesa") == "other"  # a one-letter part proves nothing


def test_bare_role_aside_with_a_word_of_another_english_is_left():
    # "di" is Jamaican for "the": no bare role aside, never "A di pastor"
    out = gen("[Bwoy], di pastor from church come in today.", "PERSON", role="dentist")
    assert not out.lower().startswith("a di")
