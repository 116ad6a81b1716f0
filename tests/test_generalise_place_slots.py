"""The slot a name stands in says what kind of thing it is, whatever the detector called it (session 50, judges of
fresh49: "HMP someone", "the ward sister on someone", "an organisation based", "someone trawler folk", "the one from
an organisation", NHS number -> "a phone number", "in cell 14" -> "in town"). Each reading has a case it must change
and a close case it must leave."""

from __future__ import annotations

import pytest

from test_generalise import gen


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # a head word before the name says the kind: the head and the name are one place
        ("man hanged himself last night, 3rd death at HMP [Fenbridge] this year.", ("PERSON",), "prison officer",
         "man hanged himself last night, 3rd death at a prison this year."),
        ("Visiting HMYOI [Cookham Wood] tomorrow.", ("LOCATION",), "lawyer", "Visiting a prison tomorrow."),
        ("reoffended within 48hrs of getting out of HMP [Chelmsford].", ("PERSON",), "probation officer",
         "reoffended within 48hrs of getting out of prison."),
        # staff "on" a ward's plain name, in a post about wards
        ("The ward sister on [Dart] told me my plan was rubbish. Worst ward ever.", ("PERSON",), "dietitian",
         "The ward sister told me my plan was rubbish. Worst ward ever."),
        # "based" after a town, and a town's people after it
        ("hiring 3 junior devs, hybrid, [Bristol] based, no degree needed.", ("ORGANIZATION",), "manager",
         "hiring 3 junior devs, hybrid, locally based, no degree needed."),
        ("Family are [Brixham] trawler folk, proper salt o' the earth.", ("ORGANIZATION",), "nurse",
         "Family are local trawler folk, proper salt o' the earth."),
        # "the one from" a plain name, and "originally from" after a person
        ("Ex-client ([Rihards], the one from [Ogre]) messaged me", ("PERSON", "ORGANIZATION"), "therapist",
         "Ex-client (a client, the one from elsewhere) messaged me"),
        ("Saw Mr [Prasad] originally from [Ba] today.", ("PERSON", "PERSON"), "nurse", "Saw a patient originally from elsewhere today."),
        # a town of the lists after a locative preposition, taken for a firm
        ("She's my cousin's neighbour in [Ogre] so now everyone knows.", ("ORGANIZATION",), "nurse",
         "She's my cousin's neighbour in town so now everyone knows."),
        ("She lives alone above the bakery in [Palmers Green], her son is away.", ("ORGANIZATION",), "nurse",
         "She lives alone above the bakery in town, her son is away."),
        ("first ever from [Vahesoo] to win it!!", ("ORGANIZATION",), "teacher", "first ever from elsewhere to win it!!"),
        # where on a numbered road, and a ward "at" its hospital
        ("that pile-up on the M1 at [Sprucefield] again", ("PERSON",), "paramedic", "that pile-up on the M1 elsewhere again"),
        ("my client on Ward 7 at [Holywell] got sectioned", ("ORGANIZATION",), "social worker", "my client on Ward 7 got sectioned"),
        # (the road or the ward already replaced)
        ("killed on [the A13] at [Sadlers Farm] in March.", ("LOCATION", "ORGANIZATION"), "lawyer",
         "killed on a main road at a local place in March."),
        ("my client on [Ward 7] at [Holywell] got sectioned", ("FACILITY", "ORGANIZATION"), "social worker",
         "my client on a hospital ward got sectioned"),
        # the "who" after "a noun at X" is the noun's
        ("a mate in the control room at [Grays nick] who's just found out", ("LOCATION",), "police",
         "a mate in the control room elsewhere who's just found out"),
        # a health record's number is the patient's, whatever its digits look like
        ("ring me back re [NHS no 485 777 3456]?? Been chasing", ("PHONE_NUMBER",), "social worker",
         "ring me back re a patient?? Been chasing"),
        ("Patient [MRN 00483921] was discharged.", ("REFERENCE_NUMBER",), "nurse", "Patient was discharged."),
        # a cell by its word
        ("the geezer in [cell 14] on [C wing] is on a dirty protest", ("FACILITY", "FACILITY"), "prison officer",
         "the geezer in a cell on a wing is on a dirty protest"),
    ],
)
def test_the_slot_says_a_place(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # "in" a firm after a word of work, and "at" a town's name (a university or a club as often as the town)
        ("11 yrs in [YOS] and still true", ("ORGANIZATION",), "youth worker", "11 yrs in an organisation and still true"),
        ("Her parents want her at [Oxford] by 15.", ("ORGANIZATION",), "teacher", "Her parents want her at an organisation by 15."),
        # a verb between the name and "born" is no place's people
        ("[Amara] was born at 3am!", ("ORGANIZATION",), "midwife", "Someone was born at 3am!"),
        # "based" before a noun, and "out X way": the rules for a modifier and for "way" say these already
        ("our biggest client, a [Kisumu]-based sugar miller, left", ("LOCATION",), "accountant", "our biggest client, a sugar miller, left"),
        ("A lovely couple out [Ballykeel] way had twins tonight.", ("PERSON",), "midwife", "A lovely couple nearby had twins tonight."),
        # "based" as a verb with its object: a person
        ("[Kemi] based her essay on my notes.", ("ORGANIZATION",), "teacher", "Someone based her essay on my notes."),
        # a given name after "originally from" stays the person it was
        ("My client [Sam] originally from [Leeds] rang", ("PERSON", "LOCATION"), "therapist", "My client originally from elsewhere rang"),
        # a verb that aims "at" someone keeps the "who" theirs
        ("I shouted at [Dazza] who just laughed.", ("ORGANIZATION",), "teacher", "I shouted at a student who just laughed."),
        # a given name after staff "on" is no ward
        ("The ward sister on [Priya] told me off.", ("PERSON",), "nurse", "The ward sister on a patient told me off."),
        # a phone number with no record's label is still a phone number
        ("call me on [07700 900123] after 5", ("PHONE_NUMBER",), "nurse", "call me after 5"),
        # "the one from" a firm's name stays the firm
        ("the one from [Harland Shipping] came round", ("ORGANIZATION",), "other", "the one from an organisation came round"),
    ],
)
def test_the_slot_leaves_a_person_or_a_firm(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected
