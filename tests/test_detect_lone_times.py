"""A time alone points at no one (issue 10: "no span ... on vague or the writer's own times"); beside a name,
a company or a client it can tie a post to a real event, and is kept."""

from __future__ import annotations

import pytest

from rewriter.config import Config
from rewriter.detect import Detector


@pytest.fixture(scope="module")
def detector():
    d = Detector(Config())
    yield d
    d.close()


@pytest.mark.parametrize(
    "text",
    [
        "Monday mood: 47 tickets in the queue before 9am and my coffee's still hot",
        "Booked my own therapy session for Thursday, finally.",
        "It's the 31st of January, which means every accountant is running on caffeine.",
    ],
)
def test_a_post_whose_only_details_are_times_is_clean(detector, text):
    assert detector.detect(text) == []


@pytest.mark.parametrize(
    "text, time",
    [
        ("Client from my Tuesday 6pm slot just sent me a friend request.", "Tuesday 6pm"),
        ("Prepping exit packs for the people we're letting go at Corvus Analytics next Friday.", "next Friday"),
    ],
)
def test_a_time_beside_a_client_or_a_company_is_kept(detector, text, time):
    spans = detector.detect(text)
    start = text.index(time)
    covered = {i for s in spans if s.entity_type == "DATE_TIME" for i in range(s.start, s.end)}
    assert set(range(start, start + len(time))) <= covered | {i for i, c in enumerate(text) if c == " "}


@pytest.mark.parametrize(
    "text, date",
    [
        ("Baby boy, DOB 03/04/2024, weight 3.2kg, doing well.", "03/04/2024"),
        ("Her date of birth is 12 May 1958, and she still drives.", "12 May 1958"),
        ("Baby girl born 03/04/2024, 3.2kg, all well.", "03/04/2024"),
    ],
)
def test_a_date_of_birth_is_kept_on_its_own(detector, text, date):
    # a date of birth singles someone out with anything else; it is no writer's own vague time
    assert date in [s.text for s in detector.detect(text)]


@pytest.mark.parametrize(
    "text, time",
    [
        # the writer's own week in a sentence with no one in it, though someone is named elsewhere
        ("Shout out to Priya Shah for the cake. I'm back at work Monday.", "Monday"),
        ("Huge thanks to Mrs Oduya for the banana bread. Doubles sold out by 9am!", "9am"),
        # a weekday naming a meal, a service or a greeting
        ("Lovely Sunday mass with Fr Keane today.", "Sunday"),
        ("Happy Friday all! Mrs Patel sent flowers.", "Friday"),
        ("Mammy's Sunday roast sorted me right out after a week with Dr Okafor's team.", "Sunday"),
    ],
)
def test_a_time_of_the_writers_own_week_is_not_flagged_beside_a_name(detector, text, time):
    spans = detector.detect(text)
    assert any(s.entity_type != "DATE_TIME" for s in spans)
    assert time not in [s.text for s in spans if s.entity_type == "DATE_TIME"]


@pytest.mark.parametrize(
    "text, time",
    [
        # a time that dates someone's event stays, in its own sentence or beside the name
        ("Mrs Hughes is doing ok. The post office was robbed on Tuesday.", "Tuesday"),
        ("Thinking of Callum Reid's family. Court Monday.", "Monday"),
        ("Trial starts Monday for Mr Okafor.", "Monday"),
        ("Jess Harlow, your Tues 6pm is moved, sorry!", "Tues"),
        ("Dear Aisling, the family said yes at 3am.", "3am"),
    ],
)
def test_a_time_that_dates_someones_event_is_kept(detector, text, time):
    assert time in [s.text for s in detector.detect(text) if s.entity_type == "DATE_TIME"]


def test_a_time_whose_event_is_told_in_the_next_sentence_is_kept(detector):
    text = "Still can't shake Saturday night. We were first on scene at the crash on Mill Lane."
    assert "Saturday" in [s.text for s in detector.detect(text) if s.entity_type == "DATE_TIME"]


@pytest.mark.parametrize(
    "text",
    [
        # a themed day, named by a noun with the day's own first letter, beside a risk of its own
        "Dashboard finally working. Akwaaba to the new interns, we're doing waakye Wednesday as welcome",
        "Taco Tuesday in the staffroom and the new client portal is live",
    ],
)
def test_a_themed_day_is_no_date(detector, text):
    assert all(s.entity_type != "DATE_TIME" for s in detector.detect(text))


@pytest.mark.parametrize(
    "text, day",
    [
        # a verb, a past form, a name or a dated event with the day's letter is no theme
        ("Still can't shake Saturday night. We were first on scene at the crash on Mill Lane.", "Saturday"),
        ("Mrs Kowal seen Saturday in clinic, much improved", "Saturday"),
        ("Met Sarah Saturday about her son's exclusion from school", "Saturday"),
        ("Trial Tuesday, the jury is sworn in at Teesside Crown Court", "Tuesday"),
        ("Funeral Friday for my patient of twenty years", "Friday"),
    ],
)
def test_a_day_after_a_word_with_its_letter_that_names_no_theme_stays(detector, text, day):
    assert day in [s.text for s in detector.detect(text) if s.entity_type == "DATE_TIME"]


@pytest.mark.parametrize(
    "text",
    [
        # the people served as a whole: the writer's trade and its hours
        "Saturday queues at the bakery are wild. Customers queue from 7am. Bring cash please 🙏",
        "Long night on the ward. Jollof at 6am and a prayer for everybody's patients. We move!",
    ],
)
def test_a_time_beside_the_people_served_as_a_whole_is_the_writers_own(detector, text):
    assert [s for s in detector.detect(text) if s.entity_type == "DATE_TIME"] == []


@pytest.mark.parametrize(
    "text, time",
    [
        # some of them, told apart by what follows, or the writer's own
        ("Customers who complained rang at 7am about the refund.", "7am"),
        ("The patients from the crash rang at 7am to say thanks.", "7am"),
        ("My patients rang at 7am to say thanks.", "7am"),
    ],
)
def test_a_time_beside_some_of_the_people_served_is_kept(detector, text, time):
    assert time in [s.text for s in detector.detect(text)]


def test_patient_the_adjective_ties_no_time(detector):
    assert detector.detect("Up at 5am again, my very patient wife made the coffee.") == []
    assert "5am" in [s.text for s in detector.detect("A patient rang at 5am, bless her.")]


def test_an_event_word_opening_its_sentence_still_dates_a_time(detector):
    text = "Q4 revenue came in strong, up a lot!! Results only out next Thurs but so proud of the team 🥳"
    assert any("Thurs" in s.text for s in detector.detect(text))


@pytest.mark.parametrize(
    "text, time, kept",
    [
        # the people served spoken to as a group: a notice to all of them, no one's time
        ("Final year students, submit your report by Friday ok, don't message me at 2am asking for extension 😴 Good luck!",
         "Friday", False),
        ("Year 11 students: revision club moves to Thursday, bring your planners.", "Thursday", False),
        # some of them, told: their time
        ("My students, both shy, asked me on Thursday to hold the trip.", "Thursday", True),
    ],
)
def test_a_time_told_to_the_people_served_as_a_group_is_no_ones(detector, text, time, kept):
    found = detector.detect(text)
    assert any(time in s.text for s in found) == kept, found
