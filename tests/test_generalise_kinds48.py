"""Rewrites that used the wrong kind or the wrong words for a span (judges of fresh46 and fresh47), each class with a
case it must fix and a close case it must leave:

- a nickname ("Big Rich", "Wee Jazz") the model took for a firm is a person (generalise/slots.py _nickname_form);
- a name ending in "Park" is said by what its sentence says it is, "a local park" only where a park's use is told
  (generalise/places.py _what_park_names);
- a date keeps its sentence's tense: an incident named with "the" is past, "coming Thursday" is ahead, a backdated
  invoice goes to an earlier date (generalise/times.py);
- an age that bounds a group in a rule or a statistic is no one's age (detect/quasi.py is_age_threshold).

Every sentence was written for these tests, none from the labelled sets; all names are invented."""

from __future__ import annotations

import pytest

from rewriter.detect.quasi import is_age_threshold
from rewriter.spans import Span


@pytest.fixture(scope="module")
def rewrite(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    def run(text: str, role: str = "other") -> str:
        return Pipeline(Config(role=role), detector).rewrite(text, role=role, use_llm=False).text

    return run


# -- a nickname is a person ---------------------------------------------------------------------------------

def test_a_nickname_taken_for_a_firm_is_said_as_a_person(rewrite, detector):
    text = "Big Tam from the walking group finally agreed to see the GP about his chest. Months of nagging."
    spans = {s.text: s.entity_type for s in detector.detect(text, role="social worker")}
    out = rewrite(text, "social worker")
    assert "Tam" not in out
    assert "GP surgery from" not in out and "organisation" not in out.lower()
    if spans.get("Big Tam") in ("ORGANIZATION", "LOCATION"):  # the class at hand: the model's kind was a firm's
        assert out.startswith("Someone from the walking group")


def test_a_place_named_like_a_nickname_stays_a_place(rewrite):
    from rewriter.generalise.slots import _nickname_form
    from rewriter.generalise.context import Context

    text = "We drove out to Little Rock and then on to a farm shop in Little Oakham."
    ctx = Context.for_role(text, "other")
    rock = Span(text.index("Little Rock"), text.index("Little Rock") + 11, "Little Rock", "LOCATION", 0.8, "test", "", "")
    oakham = Span(text.index("Little Oakham"), text.index("Little Oakham") + 13, "Little Oakham", "ORGANIZATION", 0.8, "test", "", "")
    assert not _nickname_form(ctx, rock)  # a known city
    assert not _nickname_form(ctx, oakham)  # after "in": a place


# -- what a park's name is ----------------------------------------------------------------------------------

def _generalised(text: str, name: str, kind: str = "FACILITY", role: str = "teacher") -> str:
    from rewriter.generalise import generalise

    start = text.index(name)
    return generalise(text, [Span(start, start + len(name), name, kind, 0.8, "test", "", "")], role).text


@pytest.mark.parametrize(
    "text, name, said",
    [
        ("Spent the day at a CPD on autism in Marlow Park, the speaker was brilliant.", "Marlow Park", "in a venue,"),
        ("Took the Year 8s to Gresley Park for the stadium tour, they loved it.", "Gresley Park", "to a sports ground for"),
        ("Under-10s final at Carrow Park on Sunday, the ref was shocking.", "Carrow Park", "at a sports ground on"),
        ("He lives on Fernlea Park with his mum and two brothers.", "Fernlea Park", "on a local estate with"),
        ("Met a lovely woman at Hollins Park today, first time we've talked.", "Hollins Park", "at a local park today"),
        ("Kids did the fun run at Stanmore Park fields this morning.", "Stanmore Park", "at the local fields this"),
    ],
)
def test_a_name_ending_in_park_is_what_its_sentence_says(text, name, said):
    assert said in _generalised(text, name)


def test_a_park_walked_in_stays_a_park():
    out = _generalised("She fell while walking her dog in Ashvale Park and broke her wrist.", "Ashvale Park", role="nurse")
    assert "in a local park and" in out


# -- a date keeps its tense ---------------------------------------------------------------------------------

def test_an_incident_named_with_the_is_past():
    text = "still shaken about the fire at the flats on Corran Close, Sat 14th about 3am. Two kids in resus."
    out = _generalised(text, "Sat 14th", "DATE_TIME", "paramedic")
    assert "soon" not in out
    assert "recently" in out


def test_an_incident_ahead_is_not_made_past():
    text = "Fire drill on the 14th, everyone out by 10."
    assert "recently" not in _generalised(text, "14th", "DATE_TIME", "nurse")


def test_a_day_of_the_month_with_nothing_past_is_still_ahead(rewrite):
    out = rewrite("Hearing for the Quinlan case is on the 14th, fingers crossed.", "lawyer")
    assert "recently" not in out


def test_a_day_coming_is_ahead(rewrite):
    out = rewrite("Hoarding case at Birchfield Court, environmental health coming Thursday. Heavy day.", "housing officer")
    assert "recently" not in out
    assert "coming this week" in out


def test_a_backdated_invoice_goes_to_an_earlier_date(rewrite):
    out = rewrite("Our MD at Harlow Steel asked me to backdate 3 invoices to March 31 to show a profit. No way.", "accountant")
    assert "to recently" not in out
    assert "to an earlier date" in out


# -- an age bound of a rule is no one's age -----------------------------------------------------------------

def _age(text: str, part: str, kind: str = "AGE") -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part, kind, 0.8, "test", "", "")


@pytest.mark.parametrize(
    "text, part",
    [
        ("Vaccin gratuit pour les plus de 65 ans et pour les soignants.", "65 ans"),
        ("Flu jabs are free for everyone aged 50 and over this winter.", "aged 50"),
        ("Only kids aged 11 and under can enter the colouring competition.", "aged 11"),
        ("Reminder that women aged 50 to 70 are invited for screening.", "aged 50 to 70"),
        ("La vacuna es gratis para mayores de 65 años.", "65 años"),
    ],
)
def test_an_age_bounding_a_group_is_a_threshold(text, part):
    assert is_age_threshold(_age(text, part), text)


@pytest.mark.parametrize(
    "text, part",
    [
        ("Madame Okafor, 88 ans, est venue seule ce matin.", "88 ans"),
        ("My patient, aged 50, was discharged today.", "aged 50"),
        ("The man was described as aged 30 to 35 with a beard.", "aged 30 to 35"),
        ("The girl, aged 11 and under a care order, ran away again.", "aged 11"),
    ],
)
def test_a_persons_age_is_no_threshold(text, part):
    assert not is_age_threshold(_age(text, part), text)


def test_a_figure_with_no_years_is_no_threshold():
    text = "Over 200 jobs are going at the plant."
    assert not is_age_threshold(_age(text, "200 jobs", "FIGURE"), text)


def test_a_public_age_rule_is_offered_unchanged(rewrite):
    text = "Vaccinez-vous, c'est gratuit pour les plus de 65 ans et pour les soignants ! Passez sans rdv."
    assert "65 ans" in rewrite(text, "pharmacist")


def test_a_month_after_an_incident_named_with_the_is_past():
    text = "The lad from the Kelham Road stabbing in March is walking again, she said yesterday."
    out = _generalised(text, "in March", "DATE_TIME", "nurse")
    assert "soon" not in out and "earlier this year" in out


def test_since_last_month_is_a_length_of_time():
    text = "Tribunal tomorrow for one of mine, he's been on a section since last August. Fingers crossed."
    out = _generalised(text, "last August", "DATE_TIME", "nurse")
    assert "since recently" not in out and "for months" in out


# -- where a journey starts is a place ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, name, kind, said",
    [
        ("Site visit done, drove 4 hours back from Kroonvale and listened to a podcast.", "Kroonvale", "PERSON", "back from elsewhere and"),
        ("Our new DI came over from Dunmurry CID, knows nothing about rural policing.", "Dunmurry CID", "ORGANIZATION", "over from elsewhere,"),
    ],
)
def test_where_a_journey_starts_is_a_place(text, name, kind, said):
    assert said in _generalised(text, name, kind, "other")


def test_an_answer_back_from_someone_stays_a_person():
    out = _generalised("Finally heard back from Deirdre about the flat.", "Deirdre", "PERSON", "other")
    assert "from someone" in out


# -- a firm or a body spoken to goes, and "you" opens the sentence -----------------------------------------------

@pytest.mark.parametrize(
    "text, name, kind, said",
    [
        ("The LA refused it again. Dunmore County Council you should be ashamed.", "Dunmore County Council", "ORGANIZATION",
         "again. You should be ashamed."),
        ("La directrice dit rien. CPE Les Petits Lutins, vous méritez mieux.", "CPE Les Petits Lutins", "ORGANIZATION",
         "rien. Vous méritez mieux."),
        ("Left on a trolley for 45 minutes again. St. Aldhelm's you pay us too little for this.", "St. Aldhelm's", "FACILITY",
         "again. You pay us too little"),
    ],
)
def test_a_body_spoken_to_at_its_sentence_start_goes(text, name, kind, said):
    assert said in _generalised(text, name, kind, "nurse")


def test_a_body_named_mid_sentence_before_you_stays_said():
    text = "I told them at Dunmore County Council you can't do this."
    out = _generalised(text, name := "Dunmore County Council", "ORGANIZATION", "nurse")
    assert name not in out and "at  you" not in out and "you can't do this" in out
    assert out != "I told them at you can't do this."
