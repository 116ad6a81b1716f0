"""The writer's own life in ordinary words (session 48): their own relatives' days, their race time, an exam they
passed, their pet named in another language, a dialect word opening a sentence, a school subject with its exam.
None of these points at anyone; the same words told of a client, a patient or a pupil still do."""

from __future__ import annotations

import pytest

from rewriter.config import Config
from rewriter.detect import Detector

# A name in a sentence of its own: the post is flagged, so each time is weighed by what its own sentences say
# (detector._time_tied), not dropped as a lone quasi-identifier.
NAMED = "Big thanks to Priya Sharma for covering. "


@pytest.fixture(scope="module")
def detector():
    d = Detector(Config())
    yield d
    d.close()


def _times(detector, text):
    return [s.text for s in detector.detect(text) if s.entity_type == "DATE_TIME"]


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own relatives: "my son", "my own two kids", "with my sister"
        "Then lechon for my son's 7th birthday last Sunday, I ate like 4 plates. Diet starts Monday (it won't)",
        "Took my own two kids to the langar from 6am till 2. Knackered.",
        "Back at work Monday after a weekend with my sister.",
        # a race time with its minutes is no day of a month
        "55km, 8:51. Legs are gone but the PB is mine.",
        # "in case" is no case; "passed" with an object is an exam passed
        "I'll be at the match Sunday anyway. Bringing my splints in case any of ye need a hand.",
        "Passed my PTCB on the first try 🎉 Mama said she'd brag at church Sunday.",
    ],
)
def test_the_writers_own_times_are_not_tied_to_anyone(detector, text):
    assert _times(detector, NAMED + text) == []


@pytest.mark.parametrize(
    "text, time",
    [
        ("Her son rang at 6am, still no news.", "6am"),
        ("Client's son rang at 6am about his mum.", "6am"),
        ("He passed on Tuesday at 3am, peacefully.", "3am"),
        ("The case is back in court Monday.", "Monday"),
        ("Hearing listed for 14 March at 10:30.", "10:30"),
    ],
)
def test_a_time_of_someone_served_or_of_a_case_is_still_kept(detector, text, time):
    assert any(time in t for t in _times(detector, NAMED + text))


@pytest.mark.parametrize(
    "text",
    [
        "Můj pes Rex dnes slaví 5 let 🐶🎂 best desk buddy on my WFH days.",
        "Hunden min Bamse har bestemt at Teams-møtet mitt trenger mer bjeffing 🐶",
        "Merci à ma mère, mon chum pis mon chat Pixel qui ont enduré mon stress depuis janvier.",
        "Mijn eigen hondje Bolletje zit nu trillend onder de bank.",
        "Our Bella (the spaniel, not a child before anyone asks) ate my lanyard again.",
    ],
)
def test_the_writers_own_pet_in_another_language_or_dialect_is_no_one(detector, text):
    assert detector.detect(text) == []


def test_an_animal_called_by_name_in_a_clients_home_is_still_a_name(detector):
    # "a greyhound called Biscuit" on a home visit is the client's: "called" says nothing of whose (fresh46a fw028)
    text = "Home visit today, lovely old boy who lives alone with a one-eyed greyhound called Biscuit. Broke my heart."
    assert "Biscuit" in [s.text for s in detector.detect(text)]


def test_someone_elses_pet_in_another_language_is_still_a_name(detector):
    # "son chat": her cat, a client's, brought to the clinic
    text = "Madame Dupont a amené son chat Pixel à la clinique."
    assert "Pixel" in [s.text for s in detector.detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Care work's hard graft but I wouldn't swap it for owt. Mithered to death but happy #carehome",
        "Drive careful, folk, we're stretched thin enough. Ta-ra 🚑❄️",
        "Yer can hear the whole hall go quiet. Anyroad, 2 hours, nowt went wrong 👍",
    ],
)
def test_a_dialect_word_opening_or_closing_a_sentence_is_no_name(detector, text):
    assert detector.detect(text) == []


def test_a_surname_spelt_near_a_dialect_word_is_still_a_name(detector):
    assert "Mitchell" in [s.text for s in detector.detect("Mitchell rang the ward again.")]


@pytest.mark.parametrize(
    "text",
    [
        "A-level Chemistry tutoring slots open for September! Mon/Wed evenings.",
        "Invigilating the Geography GCSE today, whole hall quiet.",
    ],
)
def test_a_school_subject_with_its_exam_is_a_course(detector, text):
    assert detector.detect(text) == []


def test_a_subject_word_alone_may_still_be_a_name(detector):
    assert "Art" in [s.text for s in detector.detect("Art said he'd bring the paints.")]


def test_a_trial_of_a_medicine_dates_no_case(detector):
    # a clinical trials coordinator's own day: a timetable of clock times, no court trial
    text = "Clinical trials coordinator life: 9am SIV, 11am CRA visit, 2pm queries, 5pm cry in the car park. Love it tho."
    assert detector.detect(text) == []


def test_a_court_trial_still_dates_its_time(detector):
    assert "Monday" in _times(detector, "The trial is listed for Monday.")
