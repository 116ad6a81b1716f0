"""Rewrites that broke around a replacement (session 39, read side by side with their drafts on the fresh38a-d
tuning sets), each class pinned on made-up sentences of the same shape, with the near case that must be left as
it was beside it:

- a role noun after another English's "my" or "the" ("me mate [Kev]", "wor kid [Darren]", "de lil grandson
  [Marlon]"), or a kin noun with a prefix ("her great-grandson [Lachlan]", "my step-dad [Gary]"): the noun
  already has its determiner, so the name goes alone (never "me the mate", "her great-grandson a patient");
- a job title in capitals before a name with no determiner ("CFO [Dana Ruiz] told us"): "the CFO" (never
  "CFO someone");
- a name given after someone ("named [Idris] after his grandad"): the verb stays, the name goes (never "named a
  patient after", nor "a baby girl after her nan");
- a weekday after an article ("on a random [Wednesday]", "a quiet [Sunday] night"): any such day, a noun,
  never a when ("on a random this week"); after "from" with its part of the day, an evening that has been
  ("still shook from [Friday] night" -> "from the other night", never "from next week");
- the writer's own "an" for "and" before "the" ("[Sunil] an the lads"): kept, never taken for a doubled
  article ("someone the lads").
"""

from __future__ import annotations

import pytest

from test_generalise import gen


# -- a role noun that already has its determiner ------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Me mate [Kev] had his retirement do last night.", "Me mate had his retirement do last night."),
        ("Wor kid [Darren] passed his driving test!", "Wor kid passed his driving test!"),
        ("Dropped in on ma pal [Shuggie] after work.", "Dropped in on ma pal after work."),
        ("Went by de house again, de lil grandson [Marlon] still not eating.", "de lil grandson still not eating."),
        ("Met her great-grandson [Lachlan] in the lounge.", "Met her great-grandson in the lounge."),
        ("My step-dad [Gary] drove me to the interview.", "My step-dad drove me to the interview."),
    ],
)
def test_a_role_noun_after_another_englishes_determiner_keeps_it_alone(draft, expected):
    out = gen(draft, "PERSON", role="nurse")
    assert expected in out
    assert "the mate" not in out and "the lil" not in out and "patient" not in out


@pytest.mark.parametrize(
    "draft, expected",
    [
        # "me" as an object before a name is no determiner: the name is replaced, "me" stays as it was
        ("She told me [Sheila] was leaving the practice.", "She told me a customer was leaving"),
        # a kin noun with no determiner still takes one ("grandson Vikram" -> "the grandson")
        ("Came in with grandson [Vikram] to collect it.", "with the grandson to collect"),
    ],
)
def test_an_object_me_or_a_bare_noun_is_no_determiner(draft, expected):
    assert expected in gen(draft, "PERSON", role="pharmacist")


# -- a job title in capitals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("The audit is a mess. CFO [Dana Ruiz] told us nobody checks.", "The CFO told us nobody checks."),
        ("Audit is a mess and CFO [Dana Ruiz] told us nobody checks.", "and the CFO told us nobody checks."),
        ("Met CFO [Dana Ruiz]'s assistant today.", "Met the CFO's assistant today."),
    ],
)
def test_a_title_in_capitals_before_a_name_takes_an_article(draft, expected):
    out = gen(draft, "PERSON", role="auditor")
    assert expected in out
    assert "someone" not in out


def test_a_title_in_capitals_with_its_own_determiner_takes_no_other():
    out = gen("Our CFO [Dana Ruiz] told us nobody checks.", "PERSON", role="auditor")
    assert out == "Our CFO told us nobody checks."


# -- a name given after someone -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Baby boy born at dawn, named [Idris] after his grandad.", "named after his grandad."),
        ("A baby girl named [Maryam] after her nan arrived early.", "A baby girl named after her nan arrived early."),
        ("Little lad, named [Ruben] after his uncle, is doing great.", "named after his uncle, is doing great."),
    ],
)
def test_a_name_given_after_someone_goes_and_the_verb_stays(draft, expected):
    out = gen(draft, "PERSON", role="midwife")
    assert expected in out
    assert "patient" not in out and "someone" not in out


def test_a_name_said_with_named_and_no_after_goes_with_its_verb():
    # "after" saying when is no naming after someone: the clause goes whole, as before
    out = gen("We had a patient named [Ruben] after his op on the ward.", "PERSON", role="nurse")
    assert "named after" not in out
    assert out.startswith("We had a patient after his op")


# -- a weekday as a noun ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Scoring forty on a random [Wednesday] is wild.", "on a random day is wild."),
        ("It was a quiet [Sunday] night on the unit for once.", "It was a quiet night on the unit"),
        ("One wet [Monday] she just turned up at reception.", "One wet day she just turned up"),
    ],
)
def test_a_weekday_after_an_article_is_any_such_day(draft, expected):
    out = gen(draft, "DATE_TIME", role="nurse")
    assert expected in out
    assert "recently" not in out and "this week" not in out


def test_a_weekday_describing_a_noun_after_an_article_is_not_a_day():
    out = gen("Got a [Friday] shift going if anyone wants it.", "DATE_TIME", role="nurse")
    assert "a day shift" not in out
    assert "Got a shift going" in out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Still shook from [Friday] night. Can't sleep.", "Still shook from the other night."),
        ("Legs still wrecked from [Sunday] morning, never again.", "still wrecked from the other morning,"),
    ],
)
def test_from_a_weekday_and_its_part_of_the_day_is_one_that_has_been(draft, expected):
    out = gen(draft, "DATE_TIME", role="paramedic")
    assert "from next week" not in out
    assert expected in out


def test_from_a_weekday_alone_is_still_a_start_ahead():
    assert gen("Hiring freeze from [Monday].", "DATE_TIME", role="hr") == "Hiring freeze from next week."


def test_from_a_weekday_night_until_another_day_is_not_the_other_night():
    out = gen("Clinic is closed from [Friday] night until Monday.", "DATE_TIME", role="nurse")
    assert "the other night" not in out


# -- the writer's own "an" for "and" ------------------------------------------------------------------------------


def test_the_writers_an_for_and_before_the_is_kept():
    out = gen("Massive thanks to [Sunil] an the lads at the garage.", "PERSON", role="occupational therapist")
    assert "an the lads" in out


def test_a_doubled_article_a_replacement_made_still_goes():
    out = gen("Thanks to the [Acme Logistics] team for the help.", "ORGANIZATION", role="engineer")
    assert "the a " not in out and "the an " not in out


# -- through the deterministic rewrite, with detection ---------------------------------------------------------


def test_floor_a_role_noun_after_me_keeps_it_alone(floor):
    out = floor("Me mate Jonathan Pilkington had his leaving do last night after thirty years.", "hospital porter")
    assert "Pilkington" not in out
    assert "the mate" not in out


def test_floor_a_title_in_capitals_before_a_full_name(floor):
    out = floor("Year three on this audit and CFO Marguerite Okonjo told us the examiners never check.", "auditor")
    assert "Okonjo" not in out
    assert "CFO someone" not in out


# -- a grade or a school year before a name -------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("Our band 6 [Priyanka] has been off sick for a month now.", "nurse", "Our band 6 colleague has been off"),
        ("My Year 10 [Callum] finally handed his coursework in.", "teacher", "My Year 10 student finally handed"),
    ],
)
def test_a_grade_before_a_name_takes_the_noun_for_one_of_them(draft, role, expected):
    out = gen(draft, "PERSON", role=role)
    assert expected in out
    assert "patient" not in out and "someone" not in out


def test_a_grade_with_no_determiner_is_left_to_the_other_rules():
    # "in Year 10 Callum ..." says where, not whose: no "student" is put in for the name
    out = gen("Back in Year 10 [Callum] could barely read.", "PERSON", role="teacher")
    assert "Year 10 student" not in out


# -- a plain occupation opening its clause before a name ------------------------------------------------------


def test_an_occupation_opening_a_clause_before_a_name_takes_an_article():
    out = gen("Truck hijacked near the junction, driver [Yusuf] is in hospital.", "PERSON", role="logistics manager")
    assert "the driver is in hospital" in out


def test_a_kin_noun_opening_a_clause_is_left_to_the_kin_rules():
    out = gen("Lovely visit today, mum [Aisha] brought cake.", "PERSON", role="health visitor")
    assert "the mum brought cake" in out


# -- a nickname in quotes with its own describing word ----------------------------------------------------------


def test_a_quoted_nickname_goes_with_its_describing_word():
    out = gen("Shout out to 'Big [Mick]' at the club who did CPR.", "PERSON", role="paramedic")
    assert "'Big" not in out and "Big a" not in out


def test_a_quoted_phrase_before_a_name_that_is_no_nickname_stays():
    out = gen("She said 'Thanks [Mick]' and left.", "PERSON", role="paramedic")
    assert "'Thanks" in out


# -- another English's "the" before a replacement that brings its own article -----------------------------------


def test_de_before_a_replacement_with_its_own_article_keeps_the_writers():
    out = gen("He does sleep outside de [Marine Parade] chemist most nights.", "STREET_ADDRESS", role="social worker")
    assert "de the" not in out
    assert "outside de local chemist" in out


def test_de_written_before_the_by_the_writer_stays():
    # a writer's own "de the" (a name of a place in French) is not touched
    out = gen("Back from the Rue de la Paix trip, [Amélie] loved it.", "PERSON", role="other")
    assert "Rue de la Paix" in out


# -- two replaced names side by side ---------------------------------------------------------------------------------


def test_two_replaced_names_side_by_side_leave_one_stock_phrase():
    out = gen("[Ooh] little [Maisie Thornton] was weighed at her check today.", "PERSON", "PERSON", role="health visitor")
    assert "omeone someone else" not in out


def test_two_people_with_a_possessive_between_stay_two():
    out = gen("I met [Kerry]'s friend [Dominic Hale] at the door.", "PERSON", "PERSON", role="other")
    assert "someone" in out.lower()


# -- "my" before an age that was found: someone the writer serves, never their own child ----------------------


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("Huge shoutout to my [12-yr-old] [Ottilie] who won her first gala!", "swim coach",
         "Huge shoutout to a child who won her first gala!"),
        ("So proud of our [15 year old] [Jaxon] for sitting his exam early.", "tutor",
         "So proud of a teenager for sitting his exam early."),
    ],
)
def test_my_before_a_found_age_becomes_an_indefinite_person(draft, role, expected):
    assert gen(draft, "AGE", "PERSON", role=role) == expected


def test_an_age_describing_a_noun_after_my_keeps_my():
    assert gen("Lovely visit with my [94-yr-old] client today.", "AGE", role="carer") == \
        "Lovely visit with my older client today."


def test_an_age_in_french_between_commas_goes_with_its_commas():
    assert gen("Ma cliente Nadège, [34 ans], a enfin trouvé un logement.", "AGE", role="social worker") == \
        "Ma cliente Nadège a enfin trouvé un logement."
