"""The rewrite names the right kind of thing (session 37): judges of unseen drafts found a condition the model
took for a name said as "with an organisation" ("with MND", "someone with Fatal Familial Insomnia"), a
household's member named later as "someone else", a colleague met as "a colleague" called "the patient" when
named again, an elder's titled name as "an organisation", and a social worker's people called "a family
member" (read as the writer's own relative). Each group is one class, pinned on invented sentences of the
same shape, with a near miss that must stay as it was."""

from __future__ import annotations

import pytest

from test_generalise import gen  # tests/ is on the path


# a condition's name, whatever kind the detector gave it, is a condition
@pytest.mark.parametrize("draft, types, role, expected", [
    ("Looked after someone with [Creeping Familial Insomnia] this week.", ("ORGANIZATION",), "nurse",
     "Looked after someone with a rare condition this week."),
    ("The only lady in the village with [MND] got her device today.", ("ORGANIZATION",), "nurse",
     "with a health condition got her device"),
    ("Her son was diagnosed with [Cystic Fibrosis] last year.", ("PERSON",), "teacher",
     "diagnosed with a health condition last year"),
    ("My client has [MS] and still runs every morning.", ("ORGANIZATION",), "therapist",
     "has a health condition and still runs"),
    ("A wee boy with [Batten Disease] came in today.", ("PERSON",), "nurse", "with a rare condition came in"),
])
def test_a_condition_is_a_condition(draft, types, role, expected):
    out = gen(draft, *types, role=role)
    assert expected in out and "organisation" not in out, out


@pytest.mark.parametrize("draft, types, role, kept", [
    # a short name that is a condition only where the words before say one: a firm worked for stays a firm
    ("Got a job offer from [MS] today!", ("ORGANIZATION",), "engineer", "condition"),
    # a name with an article, or one not ending in a condition's word, is no condition
    ("During 1984, [The Vanguard Group] invested heavily.", ("ORGANIZATION",), "other", "condition"),
    ("Fundraiser for the [Motor Neurone Disease Association] tonight.", ("ORGANIZATION",), "nurse", "condition"),
])
def test_a_firm_or_a_charity_is_no_condition(draft, types, role, kept):
    assert kept not in gen(draft, *types, role=role)


def test_the_writers_own_condition_stays():
    assert "my MS" in gen("Bad week with my [MS] but back at work Monday.", "ORGANIZATION", role="nurse")


# a household's member named later is the same family, never "someone else"
def test_a_households_member_is_the_family_again():
    out = gen("RIP Biscuit, the [Hendersons]' old lab. [Mrs Henderson] said I can post this.", "PERSON", "PERSON", role="vet")
    assert "Someone else" not in out and "The family said" in out, out


def test_another_surname_is_someone_else():
    out = gen("RIP Biscuit, the [Hendersons]' old lab. [Mrs Okafor] next door said I can post this.", "PERSON", "PERSON", role="vet")
    assert "The family said" not in out, out


# who a person was first said to be is who they are when named again
def test_a_colleague_named_again_stays_a_colleague():
    out = gen("Big shout to [Thandeka] on nights, covered my shift. [Thandeka], love ya x", "PERSON", "PERSON", role="nurse")
    assert "patient" not in out and "colleague" in out, out


def test_a_patient_named_again_stays_a_patient():
    out = gen("[Mr Okoro] in bay 4 sang all night. [Mr Okoro] is a legend.", "PERSON", "PERSON", role="nurse")
    assert "colleague" not in out, out


# an elder's or relative's courtesy title before a name makes it someone's name, never a firm's
@pytest.mark.parametrize("draft", [
    "Please share, [Lola Carmen Dizon], 88, missing since yesterday.",
    "Visited [Tita Marites Bautista] at home today, she's doing well.",
])
def test_an_elders_titled_name_is_a_person(draft):
    assert "organisation" not in gen(draft, "ORGANIZATION", role="care worker")


def test_a_firm_opening_with_a_title_word_stays_a_firm():
    # "Sister" is left out of the titles read this way: "Sister Bay" is a place
    assert "someone" not in gen("Drove out to [Sister Bay] for the weekend.", "LOCATION", role="nurse").lower()


# an occupation after a determiner and a number is the role, the name goes
def test_an_occupation_after_a_numbered_modifier():
    assert gen("Huge thanks to the 999 dispatcher [Gemma Lowe] for staying on the line.", "PERSON", role="paramedic") == \
        "Huge thanks to the 999 dispatcher for staying on the line."


def test_a_number_without_a_determiner_is_no_modifier():
    assert "dispatcher" not in gen("Rang 999, [Gemma Lowe] answered.", "PERSON", role="paramedic")


# a social worker's people are clients, not "family members" (read as the writer's own)
def test_a_social_workers_person_is_a_client():
    assert gen("Visited [Akosua Mensah] at home today.", "PERSON", role="social worker") == "Visited a client at home today."


def test_a_surname_that_is_a_condition_stays_someone():
    # "whitlow" is a listed condition; after a title and a given name, with no condition's slot, it is a surname
    out = gen("Shoutout to PC [Dan Whitlow] and the team for sorting it today.", "PERSON", role="police")
    assert "condition" not in out, out
