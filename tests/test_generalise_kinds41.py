"""The slot says the kind (issue 10, "A person is never generalised as an organisation or a place"): judges of
fresh40 found "drive 3 hrs to someone", "bahay sa someone else", "She's from an organisation so everyone knows
everyone", "out past an organisation", "the area, I can't tell you that", "our area's painting", "about the
area's stitches", "team manager at a local street", "Someone was packed today". Each class is pinned on made-up
sentences of the same shape, with a near miss the rule must leave alone.
"""

from __future__ import annotations

import pytest

from test_generalise import gen  # tests/ is on the path

FIRES = [
    # a journey with its length ends at a place
    ("Client had me drive 2 hrs to [Moss Hollow] at midnight for one form.", ("PERSON",), "wedding planner",
     "Client had me drive 2 hrs elsewhere at midnight for one form."),
    ("Her mum brought her all the way from [Tai Wai Tsuen] on the bus.", ("PERSON",), "hair stylist",
     "Her mum brought her all the way from elsewhere on the bus."),
    # where someone "is from"
    ("He rang me crying. He's from [Drumcarn] so everyone knows.", ("ORGANIZATION",), "receptionist",
     "He rang me crying. He's from elsewhere so everyone knows."),
    # a Tagalog "sa" goes before a place, never a person's name
    ("Nan's got a flat sa [Kirkby] na, malapit lang.", ("PERSON",), "nurse", "Nan's got a flat sa town na, malapit lang."),
    # round, past or the whole of a name of two words
    ("Check for ticks after walks round [Harewood Chase]!", ("ORGANIZATION",), "vet",
     "Check for ticks after walks round a local place!"),
    ("Whole of [Pen Tir Fach] will know by tonight.", ("ORGANIZATION",), "nurse", "The whole area will know by tonight."),
    # a venue packed
    ("[Kunsthal] was packed today for the new show!", ("ORGANIZATION",), "museum assistant",
     "A local place was packed today for the new show!"),
    # someone from a place, said by praise or by their children
    ("Who's the genius from [Ballymore] who left his keys in the scanner?", ("PERSON",), "radiographer",
     "Who's the genius from elsewhere who left his keys in the scanner?"),
    ("My student, a single mom of two from [Pleasanton], just got in!", ("LOCATION",), "career adviser",
     "My student, a single mom of two from elsewhere, just got in!"),
    # a given name spoken to at a sentence's start, or "our" before a given name
    ("He DM'd me at midnight. [Marcus], I can't answer that here.", ("LOCATION",), "researcher",
     "He DM'd me at midnight. I can't answer that here."),
    ("Look at our [Tyler]'s drawing of the ferry!!", ("LOCATION",), "care worker", "Look at our resident's drawing of the ferry!!"),
    # a firm's or service's last word after a street's name
    ("Our new manager at [Quay Street Recovery] cut the group.", ("STREET_ADDRESS",), "addiction nurse",
     "Our new manager at a recovery service cut the group."),
    ("Cheers to Dave at [Moss Lane Funerals] for the discount.", ("STREET_ADDRESS",), "social worker",
     "Cheers to Dave at a funeral director's for the discount."),
    # a body after a pet's name the model took for a place, in a vet's post
    ("Her owner rang me at 11pm about [Zuzu]'s stitches AGAIN.", ("LOCATION",), "vet nurse",
     "Her owner rang me at 11pm about a patient's stitches AGAIN."),
]

NEAR_MISSES = [
    # someone's house at a journey's end keeps its possessive's person
    ("Drove 2 hrs to [Sam]'s for the party.", ("PERSON",), "other", "Drove 2 hrs to someone's for the party."),
    # a firm's name says it is one
    ("She's from [Harbour Housing], the new caseworker.", ("ORGANIZATION",), "social worker",
     "She's from a housing provider, the new caseworker."),
    ("He's from [Sarah]'s team.", ("PERSON",), "other", "He's from someone's team."),
    # "kay" is Tagalog's word before a person: in a sentence all in Tagalog, the person's placeholder (session 50)
    ("Salamat kay [Cora] sa lahat.", ("PERSON",), "nurse", "Salamat kay [name] sa lahat."),
    # a given name packed off is someone
    ("[Marcus] was packed off to bed early.", ("PERSON",), "teacher", "A student was packed off to bed early."),
    # a street stays a street
    ("She lives on [Moss Lane] now.", ("STREET_ADDRESS",), "social worker", "She lives on a local street now."),
    # no body after the possessive: left to the other slots
    ("Rang me at 11pm about [Paloma]'s new paving AGAIN.", ("LOCATION",), "vet nurse",
     "Rang me at 11pm about a suggestion's new paving AGAIN."),
]


@pytest.mark.parametrize("draft, types, role, expected", FIRES, ids=[f"fires-{i}" for i in range(len(FIRES))])
def test_the_slot_says_the_kind(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize("draft, types, role, expected", NEAR_MISSES, ids=[f"miss-{i}" for i in range(len(NEAR_MISSES))])
def test_near_misses_keep_their_kind(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # no place has stitches: someone's, or in a vet's post the patient's
        ("She rang at 11pm about [Zuzu]'s stitches AGAIN.", ("LOCATION",), "receptionist",
         "She rang at 11pm about someone's stitches AGAIN."),
        ("Her owner rang at 11pm about [Zuzu]'s stitches AGAIN.", ("LOCATION",), "vet nurse",
         "Her owner rang at 11pm about a patient's stitches AGAIN."),
        # a share of a name that is no English word is a place's; a firm with an English last word stays a firm
        ("Whole of [Pen Tir Fach] will know by tonight.", ("ORGANIZATION",), "nurse", "The whole area will know by tonight."),
        ("New boss scrapped flexi time. Half of [Tarrow Freight] is job hunting now.", ("ORGANIZATION",), "hr",
         "New boss scrapped flexi time. Half of the company is job hunting now."),
    ],
)
def test_a_body_or_a_share_says_the_kind(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_thanks_sa_is_no_place():
    # "Salamat sa" thanks a body or everyone as often as a place: the detector's kind stays
    # (a sentence all in Tagalog: the placeholder of the detector's kind, never English "someone"; session 50)
    assert gen("Salamat sa [Harbour Kin] at sa lahat 🙏", "PERSON", role="foster carer") == "Salamat sa [name] at sa lahat 🙏"
