"""Session 49 (judges of fresh46-48): replacements that stated what the draft did not say.

- A clock time with no "am"/"pm" whose half of the day the post does not say (five or six o'clock, or any hour in a
  sentence of another language, whose own words "ráno", "raat", "rytas" English cannot read) says no part of the
  day: "5:30 ráno" was "in the evening", "raat 11:40" "in the morning". A bare hour of one to four with no word of
  the night is the working day's afternoon, never "at night" ("Baby shower at 2").
- A date in a sentence of another language whose tense English cannot read goes ("14 February e ek dompoti ...
  ashlen" was "Soon"); a range of days goes whole ("11-15 Nov" was "11-soon"); "now 9 June" is "now a new date"
  (was "now recently"); the northern "while Thursday" is "until" (was "while recently"); "the first Tuesday in
  November" is "a day" (was "the first soon").
- A place after "in" or "at" in a clause that holds the writer ("some of us on nights at Smethwick") goes with its
  preposition: "elsewhere" said the writer's own place was some other one.
"""

from __future__ import annotations

import pytest

from test_generalise import gen


# -- clock times ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, wrong, expected",
    [
        ("Startuolio įkūrėjo rytas: [5:30] kėlimasis, bėgimas prie upės, tada zoomai.", "evening", "rytas: [time] kėlimasis"),
        ("tá razia v Petržalke o [5:30] ráno bola kvôli daňovému podvodu.", "evening", "o [time] ráno bola"),
        ("Pinky naam ki ek candidate hai, raat [11:40] baje WhatsApp kiya.", "morning", "raat [time] baje"),
        ("Up at [5:30] for the school run again.", "evening", "Up for the school run again."),
        ("flight was at [6:40] btw", "evening", "flight was at a set time btw"),
        ("Clinic runs until [5:45] on Tuesdays.", "evening", "until a set time"),
        ("Baby shower this Saturday at [2] and I can't wait.", "night", "in the afternoon"),
    ],
)
def test_a_clock_time_says_no_part_of_the_day_the_post_does_not(draft, wrong, expected):
    out = gen(draft, "DATE_TIME", role="nurse")
    assert wrong not in out and expected in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Staff meeting moved to [3:05] on a Friday again.", "to the afternoon"),
        ("Woke at [4:30] to feed the baby.", "in the early hours"),
        ("Ward round at [7:30] as usual.", "in the morning"),
        ("Up at [5:30am] for the school run again.", "in the morning"),
        ("came off his motorbike at [02:40]. his mam were there.", "in the early hours"),
        ("Home by [6pm] for once.", "by the evening"),
    ],
)
def test_a_clock_time_whose_half_of_the_day_is_said_keeps_its_part(draft, expected):
    out = gen(draft, "DATE_TIME", role="nurse")
    assert expected in out, out


# -- dates ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, kinds, expected",
    [
        ("[14 February] e ek dompoti amader kache ashlen stillbirth niye.", ("DATE_TIME",), "E ek dompoti amader kache ashlen stillbirth niye."),
        ("Telugu Bhasha Dinotsavam ([Aug 29]) sandarbhanga lecture ichhanu, students chala interest chupincharu.", ("DATE_TIME",),
         "Telugu Bhasha Dinotsavam sandarbhanga lecture ichhanu"),
        ("Reminder that Anti-Bullying Week is 11-[15 Nov]. Packs are free.", ("DATE_TIME",), "Anti-Bullying Week is soon."),
        ("pension fraud adjourned AGAIN, judge sick, now [9 June] 🤐", ("DATE_TIME",), "judge sick, now a new date 🤐"),
        ("ey up, embargoed while [Thursday] but the firm are shuttin' t' works.", ("DATE_TIME",), "embargoed until later but"),
        ("three of my silks all want the first [Tuesday] [in November] off for the Cup", ("DATE_TIME", "DATE_TIME"),
         "all want a day off for the Cup"),
    ],
)
def test_a_date_whose_tense_is_not_read_says_none(draft, kinds, expected):
    out = gen(draft, *kinds, role="lawyer")
    assert expected in out and "recently" not in out and "11-" not in out and "first soon" not in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("She fell on [Sunday] and waited.", "She fell recently and waited."),
        ("Hearing on the [14th], wish me luck.", "Hearing soon, wish me luck."),
        ("Adjourned AGAIN to the [14th].", "Adjourned AGAIN to a later date."),
        ("Kesho tuna mkutano [next Monday] na wazazi wote wa shule.", "Kesho tuna mkutano soon na wazazi"),
        ("Reminder that the report is due [15 Nov].", "due soon"),
        ("Covering the desk while [Sam's] away.", None),
    ],
)
def test_a_date_whose_tense_is_read_keeps_it(draft, expected):
    if expected is None:  # "while" before a name is no date's
        assert "until" not in gen(draft, "PERSON", role="lawyer")
        return
    out = gen(draft, "DATE_TIME", role="lawyer")
    assert expected in out, out


# -- places the writer is at -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Only 6 of us on nights at [Smethwick] and he's the weak link every time.", "Only 6 of us on nights and he's"),
        ("now 12 of us in an office at [Kelham Island]. still can't believe it.", "now 12 of us in an office."),
        ("nobody at [Kirkby Fendyke] knows except me an the head.", "nobody knows except me an the head."),
        ("he's 24 and lives two streets from me in [Melville]. how do I shut this down?", "lives two streets from me."),
    ],
)
def test_a_place_the_writer_is_at_goes_never_elsewhere(draft, expected):
    out = gen(draft, "LOCATION", role="nurse")
    assert expected in out and "elsewhere" not in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Rough call in [Orlando] last night, abuelito fell.", "Rough call elsewhere last night"),
        ("I'm based in [Leeds] these days.", "I'm based elsewhere"),
        ("Her kids are placed with their gran at [Bradford] now.", "elsewhere"),
        # the place describes the noun after it, or a stranded "for" would be left before a comma: today's wording
        ("Snapped our apprentice on her first day at [the Kingsbrook Rise] job, we're proud.", "first day at the job"),
        ("The family I nanny for in [Hout Bay], the Van der Merwes, are emigrating.", "The family I nanny for elsewhere,"),
    ],
)
def test_a_place_away_from_the_writer_keeps_elsewhere(draft, expected):
    out = gen(draft, "LOCATION", role="nurse")
    assert expected in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Youth Day [16 June] ✊🏾 remembering the students of 1976. Today our young people marched.", "Youth Day ✊🏾 remembering"),
        ("Happy Independence Day Ghana 🇬🇭 [6th March] forever! Ayekoo to the motherland.", "Ghana 🇬🇭 forever!"),
        ("Dyslexia Awareness Week ([7-13 Oct]) is a good time to check in.", "Dyslexia Awareness Week is a good time"),
    ],
)
def test_the_date_a_day_is_kept_on_goes(draft, expected):
    out = gen(draft, "DATE_TIME", role="teacher")
    assert expected in out and "soon" not in out and "recently" not in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Youth Day [next Monday], we're marching.", "Youth Day soon, we're marching."),
        ("Mum's birthday [16 June], can't wait.", "Mum's birthday soon"),
        # a weekday in a sentence of another language is "this week", either side of today
        ("Umubyeyi w'umunyeshuri wanjye yantumiye ku bukwe bwe [Saturday] 😅 is it ok to go?", "bukwe bwe this week"),
        ("Kaluoy pero dili na ni pwede, environmental health coming [Thursday]. Gi-try nako tanan.", "coming this week"),
    ],
)
def test_a_date_of_someones_own_keeps_its_tense(draft, expected):
    out = gen(draft, "DATE_TIME", role="teacher")
    assert expected in out, out


def test_a_place_and_its_year_go_together():
    out = gen("Someone's lap of honour at [Barcelona] '92 with her still makes me cry.", "LOCATION", role="other")
    assert out == "Someone's lap of honour with her still makes me cry.", out
    assert "elsewhere in 2012" in gen("Moved to [Leeds] in 2012 with the kids.", "LOCATION", role="other")


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("[14 August] mubarak! 🇵🇰 Branch all decorated green and white.", "Mubarak! 🇵🇰 Branch"),
        ("surgery tonight. [14th Feb] of all days 💔 #sonographer", "surgery tonight. That day of all days 💔"),
    ],
)
def test_a_day_hailed_by_its_date_is_that_day(draft, expected):
    out = gen(draft, "DATE_TIME", role="nurse")
    assert expected in out and "oon" not in out, out


def test_a_date_before_other_words_keeps_its_tense():
    assert gen("Hearing [14th March], mubarak to all.", "DATE_TIME", role="lawyer").startswith("Hearing soon")


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Finished my first ultra! 55km, [8:51]. Legs are gone but the PB is mine", "55km. Legs are gone"),
        ("Ran the half in [1:52] this morning!", "Ran the half this morning!"),
    ],
)
def test_a_time_after_a_distance_is_how_long_it_took(draft, expected):
    out = gen(draft, "DATE_TIME", role="other")
    assert expected in out and "morning." not in out, out


def test_a_time_after_a_race_word_with_at_is_still_a_time_of_day():
    assert "Parkrun in the morning as usual." == gen("Parkrun at [9:00] as usual.", "DATE_TIME", role="other")
