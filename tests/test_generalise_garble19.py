"""Garbles read in the deterministic rewrites of the writer and fresh sets (session 19), each pinned on
made-up sentences of the same shape (issue 10, "Grammar"), with what must stay as it was beside each:

- an age after "at" is a time of life ("ran a marathon at 71" -> "in old age"), never a person put
  where a time goes ("deadlifted 405 at an adult");
- "Mr and Mrs Okafor" is one couple, never "Mr and a client";
- a school year taken for a name after a word like "patient" is a school year ("a very patient class"),
  never "a very the patient class";
- a title between an acronym role and a name goes with the name ("My HOD Prof. Adeyemi" -> "My HOD");
- an hour after "for" or "to" takes the part of the day as its noun ("a meeting for 4pm" -> "for the
  afternoon", never "for in the afternoon"; "moved to 7am" is an hour, never "a new date");
- a name in commas after "one of my Year 6s" says only who it was: it goes with its commas.
"""

from __future__ import annotations

import pytest

from test_generalise import gen  # tests/ is on the path


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("My client just deadlifted 405 at [58 years old] 😤", "coach", "just deadlifted 405 in middle age 😤"),
        ("Still running marathons at [71], what a man.", "physiotherapist", "Still running marathons in old age, what a man."),
        ("She got her first job at [16] and never looked back.", "teacher", "her first job as a teenager and never"),
        ("Learnt to swim at the [age of 9] this summer.", "teacher", "Learnt to swim as a child this summer."),
    ],
)
def test_an_age_after_at_is_a_time_of_life(draft, role, expected):
    out = gen(draft, "AGE", role=role)
    assert expected in out and " at an " not in out and " at a child" not in out, out


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("A [92-year-old] at the bus stop waved.", ("AGE",), "paramedic", "An older patient at the bus stop waved."),
        ("She is [turning 40] soon.", ("AGE",), "other", "She is having a milestone birthday soon."),
    ],
)
def test_an_age_not_after_at_keeps_its_band(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("Finally completed the sale for Mr and [Mrs Okafor-Bennett] and they brought cake.", "lawyer",
         "Finally completed the sale for a couple and they brought cake."),
        ("Mr & [Mrs Patel] brought the ward a tin of sweets.", "nurse", "A couple brought the ward a tin of sweets."),
        ("Dr and [Mrs Hughes's] dog came to visit.", "nurse", "A couple's dog came to visit."),
    ],
)
def test_two_titles_on_one_surname_are_a_couple(draft, role, expected):
    assert gen(draft, "PERSON", role=role) == expected


def test_a_titled_name_after_another_person_and_is_not_a_couple():
    out = gen("Saw Tom and [Mrs Patel] on the ward.", "PERSON", role="nurse")
    assert "couple" not in out and "Tom and" in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Survival kit: egg tarts and a very patient [Form 4] class. Nearly there!",
         "Survival kit: egg tarts and a very patient class. Nearly there!"),
        ("Loved teaching my [Year 6] class today.", "Loved teaching my class today."),
    ],
)
def test_a_school_year_taken_for_a_name_is_a_school_year(draft, expected):
    assert gen(draft, "PERSON", role="teacher") == expected


def test_a_name_after_a_role_noun_still_goes_alone():
    assert gen("Lunch with my colleague [Will] today.", "PERSON", role="engineer") == "Lunch with my colleague today."


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("My HOD Prof. [Adeyemi] has called a meeting.", "My HOD has called a meeting."),
        ("Our TL [Pradeep] has called a meeting.", "Our TL has called a meeting."),
    ],
)
def test_a_title_between_an_acronym_role_and_a_name_goes_with_the_name(draft, expected):
    assert gen(draft, "PERSON", role="engineer") == expected


@pytest.mark.parametrize(
    "draft, expected, wrong",
    [
        ("She scheduled a meeting for [4pm] on a Friday.", "a meeting for the afternoon on a Friday", "for in the"),
        ("Handover moved to [7am] again.", "moved to the morning again", "new date"),
        ("She rang at [3am] asking for her son.", "She rang in the early hours asking", "at the"),
    ],
)
def test_an_hour_after_for_or_to_is_the_part_of_the_day(draft, expected, wrong):
    out = gen(draft, "DATE_TIME", role="nurse")
    assert expected in out and wrong not in out, out


def test_a_date_after_moved_to_is_still_a_new_date():
    assert "moved to a new date" in gen("Her hearing was moved to [14 March].", "DATE_TIME", role="lawyer")


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        ("One of my [Year 6s], [Shanice], and her mum came in today.", ("AGE", "PERSON"),
         "One of my students and her mum came in today."),
        ("One of my [P7s], [Ruaridh], won the poetry prize.", ("AGE", "PERSON"), "One of my students won the poetry prize."),
    ],
)
def test_a_name_in_commas_after_one_of_a_school_year_goes(draft, types, expected):
    assert gen(draft, *types, role="teacher") == expected


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        ("Our [Year 8] [Aroha Tane] is off to the maths final!", ("AGE", "PERSON"), "Our student is off to the maths final!"),
        ("Little [Osian Pritchard] in [Year 2] sang a solo.", ("PERSON", "AGE"), "A little student sang a solo."),
    ],
)
def test_a_school_year_beside_a_name_goes_with_it(draft, types, expected):
    assert gen(draft, *types, role="teacher") == expected


def test_a_school_year_alone_still_says_where():
    assert gen("Lovely concert by the kids in [Year 2] today.", "AGE", role="teacher") == "Lovely concert by the kids today."


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Waipuna Bay School", "a local school"),
        ("Bay 3", "a bed"),
        ("bed bay C", "a bed"),
        ("Marina Bay", None),
    ],
)
def test_a_bay_inside_a_places_name_is_no_bed(name, kind):
    from rewriter.detect.place_kinds import kind_of_place

    assert kind_of_place(name) == kind


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("My client (barista at a cafe, [23], crippling anxiety) got into grad school.",
         "My client (barista at a cafe, crippling anxiety) got into grad school."),
    ],
)
def test_an_age_in_a_list_keeps_the_lists_comma(draft, expected):
    assert gen(draft, "AGE", role="therapist") == expected


def test_an_age_in_commas_after_a_name_goes_with_both():
    assert gen("Saw [Sarah], [34], in clinic today.", "PERSON", "AGE", role="nurse") == "Saw a patient in clinic today."


def test_a_name_in_commas_after_one_a_mi_goes():
    assert gen("One a mi girls, [Shanique], top of the whole parish!", "PERSON", role="teacher") == \
        "One a mi girls top of the whole parish!"


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Farewell to our ward in-charge Sister [Mini Thomas] today.", "Farewell to our ward in-charge today."),
        ("Our incharge [Mrs Pillai] cancelled my leave again.", "Our incharge cancelled my leave again."),
        ("Our manager Sister [Joy Okafor] moved the rota.", "Our manager moved the rota."),
    ],
)
def test_a_title_after_a_role_goes_with_the_name(draft, expected):
    assert gen(draft, "PERSON", role="nurse") == expected


def test_a_title_alone_still_says_who():
    assert gen("In front of Judge [Harrington] I froze.", "PERSON", role="nurse") == "In front of the judge I froze."


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        ("Delivered a baby girl tonight!! Welcome to the world [Isla] 💕", ("PERSON",), "Welcome to the world 💕"),
        ("Twins for a lovely couple!! Welcome to the world [Fiadh & Oisín] 💕", ("ORGANIZATION",), "Welcome to the world 💕"),
        ("Had to decline a loan for a sweet couple, [Hank & Marge] from out by the lake.", ("ORGANIZATION",),
         "a sweet couple from out by the lake."),
    ],
)
def test_names_a_greeting_or_a_couple_already_said_go(draft, types, expected):
    out = gen(draft, *types, role="midwife")
    assert out.endswith(expected) and "organisation" not in out, out


def test_a_firm_with_an_ampersand_stays_a_firm():
    out = gen("Our biggest client, [Hargreaves & Sons], pulled the contract.", "ORGANIZATION", role="analyst")
    assert "couple" not in out and "two" not in out, out


def test_a_name_dropped_as_a_modifier_does_not_make_the_next_person_another():
    out = gen("Closed the East [Legon] deal for Mr [Boateng] today.", "PERSON", "PERSON", role="other")
    assert "someone else" not in out and "another" not in out, out


def test_a_second_person_said_is_still_another():
    out = gen("[Tom] and I met [Mrs Patel] today.", "PERSON", "PERSON", role="nurse")
    assert "another patient" in out or "two" in out, out
