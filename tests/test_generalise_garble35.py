"""Sentences the deterministic rewrite broke around a replacement (session 35, from the judges' notes on the
fresh34 drafts), each pinned on made-up sentences of the same shape, with what must stay as it was beside each:

- "the only X in a <place> of N": the size goes with the place, kept as a small one ("A psych nurse in a small
  town"), never cut in half ("A psych nurse of a few hundred", "A therapist hamlet of ...");
- a day's short form, or a run of them, read as a name ("Board meets someone", "slots someone still open");
- a title written as a word before a full stop, read with the next sentence's first word as a name ("You know
  who you are the claim of my career");
- "the" and a name with where it stands ("the Priceline up the road"), the name dropped as a modifier ("the up
  the road");
- a count before words no English noun begins, or a year after "a", said as a count ("hundreds of na siya",
  "a thousands of paper");
- a detail naming an illness said as "a something unusual";
- clock times in slots the part of the day does not fit: someone's slot ("at my soon"), a time counted like a
  noun's describer ("ONE more in the morning 'quick sync'"), "sharp" after it, a part of the day said already
  ("every morning in the morning").
"""

from __future__ import annotations

import pytest


# -- the only one in a small place, told by its size ----------------------------------------------------


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("Only counsellor in a village of 600 out here. My neighbour is now my client after his overdose.", "counsellor",
         "A counsellor in a small village out here."),
        ("Only GP in a Yukon hamlet of 400 people. Saw a patient at the store today, she waved.", "gp",
         "A GP in a small hamlet."),
    ],
)
def test_the_only_one_in_a_place_keeps_the_place_whole(floor, draft, role, expected):
    out = floor(draft, role)
    assert out.startswith(expected)
    assert " of a few" not in out and "hamlet people" not in out


def test_the_only_one_in_a_group_is_said_as_before(floor):
    # no size after the group: the rewrite drops the rarity as it always did
    out = floor("The only deaf girl in year 9 had her cochlear implant switched on today.", "teacher")
    assert out.startswith("A deaf girl") and "only" not in out


# -- days said short ----------------------------------------------------------------------------------------


def test_a_day_said_short_is_no_name(floor):
    draft = "Panel meets Weds. Appointment slots Tues-Thurs still open, link in bio 💈"
    assert floor(draft, "barber") == draft


def test_a_hyphened_name_is_still_a_name(detector):
    spans = detector.detect("Mary-Kate Dunphy-Farrell came in for her review again.", role="nurse")
    assert any("Dunphy" in s.text for s in spans)


# -- a title as a word, then a full stop ----------------------------------------------------------------------


def test_a_title_word_before_a_full_stop_ends_its_sentence(detector):
    spans = detector.detect("You know who you are sir. Best night of my whole career 🦘", role="other")
    assert not any(s.text.startswith("Best") for s in spans)


def test_a_short_title_with_its_full_stop_still_names(detector):
    spans = detector.detect("Rev. Okonjo came round to the ward again today.", role="nurse")
    assert any(s.text == "Okonjo" for s in spans)


# -- "the" and a name with where it stands --------------------------------------------------------------------


def test_the_name_up_the_road_is_a_place(floor):
    out = floor("Between us, the Harrowdene up the road is being bought by our group. Their staff don't know.", "pharmacist")
    assert out.startswith("Between us, the place up the road is being bought")


def test_the_name_before_a_noun_still_describes_it(floor):
    out = floor("Lovely chat with the Harrowdene children today, their mum is doing better.", "social worker")
    assert "the up" not in out and "Harrowdene" not in out


# -- counts with nothing to count -----------------------------------------------------------------------------


def test_a_year_after_a_is_no_count(floor):
    out = floor("Not naming anyone, but the student who copied a 2009 paper is the son of a minister. Confidential.", "lecturer")
    # a year describing its noun is no count: left whole (figures35) or dropped, never "a thousands of paper"
    assert "thousands" not in out and ("a paper" in out or "a 2009 paper" in out)


def test_a_count_before_a_noun_is_still_a_count(floor):
    out = floor("Confidential: we're cutting 220 jobs at the plant next month, nobody knows yet.", "hr")
    assert "hundreds of jobs" in out


# -- a detail naming an illness ----------------------------------------------------------------------------


def test_a_rare_illness_is_a_rare_condition(floor):
    out = floor("Working with a little one in our area with an ultra rare genetic syndrome. Learning so much from her.", "slt")
    assert "with a rare condition" in out and "a something" not in out


# -- clock times in slots the part of the day does not fit -------------------------------------------------


def test_someones_slot_is_an_appointment(floor):
    out = floor("Mum at my 10 o'clock, Saoirse, 19, twins, no family nearby at all.", "midwife")
    assert out.startswith("Mum at my morning appointment")


def test_a_part_of_the_day_said_already_is_not_said_twice(floor):
    out = floor("Our Brenna's been in every morning at 7:10 for a flat white for 9 years. She brought us a card 😭", "barista")
    assert "every morning for a flat white" in out and "morning in the morning" not in out


def test_sharp_goes_with_its_time(floor):
    out = floor("Same teller was back at her counter 9am sharp after the robbery that was all over the news.", "bank teller")
    assert "sharp" not in out or "9am sharp" in out


def test_a_counted_time_describes_its_noun(floor):
    out = floor("if Marcus from the client side books ONE more 7am 'quick sync' i am walking into the sea", "consultant")
    assert "more in the morning" not in out


def test_a_time_after_at_is_still_the_part_of_the_day(floor):
    out = floor("Patient found me on Instagram and sent a pic of her rash at 11pm on a Saturday.", "gp")
    assert "at night on a Saturday" in out


# -- a business taken for a person, called out by name ----------------------------------------------------


def test_a_business_taken_for_a_person_is_said_by_its_kind(floor):
    out = floor("No pay rise AGAIN while he buys a new car. Glanrhyd Dental in Llanwern, I'm naming you. Job hunting.", "dentist")
    assert "A dental practice, I'm naming you" in out and "Someone," not in out


def test_a_person_with_no_business_word_is_still_a_person(floor):
    out = floor("Shout out to Gwenllian Morgan-Price on the front desk, what a star.", "dentist")
    assert "dental practice" not in out and "Gwenllian" not in out


# -- a name said to someone after an answer, closing the sentence with no comma ----------------------------


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Her husband rang asking what she says in sessions. Absolutely not Dermot.",
         "Her husband rang asking what she says in sessions. Absolutely not."),
        ("Her husband rang again. Nope, not happening Dermot!", "Her husband rang again. Nope, not happening!"),
    ],
)
def test_a_name_said_to_after_an_answer_goes(floor, draft, expected):
    assert floor(draft, "therapist") == expected


def test_a_name_after_not_in_a_clause_is_still_someone(floor):
    out = floor("Her husband rang again today. It was not Dermot.", "therapist")
    assert out.startswith("Her husband rang again today. It was not ") and "Dermot" not in out and not out.endswith("not.")


def test_a_business_spoken_to_alone_goes_with_its_comma(floor):
    out = floor("Flagged for missing signatures again, keep it quiet. Harlowe Chemists, I expected better. Don't repeat this.", "pharmacist")
    assert "keep it quiet. I expected better." in out
