"""ServiceLengthRecognizer (people/service_length.py): how long someone the post describes has served
("retiring after 41 yrs on ward 12", "who's been at Savanna Fresh Dairies for 22 years"); never the
writer's own service."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.service_length import ServiceLengthRecognizer

SERVICE = ServiceLengthRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in SERVICE.analyze(text, None)]


@pytest.mark.parametrize(
    "text, length",
    [
        ("Sister Agnes is retiring after 41 yrs on ward 12 😭😭 end of an era", "41 yrs"),
        ("Shout out to Constable Aoife McCready who's retiring after 30 year at Glenbrook station.", "30 year"),
        ("Farewell to our ward in-charge Sister Mini Thomas today after 22 years at Mar Elias Hospital 🙏", "22 years"),
        ("Disciplinary today for someone who's been at Savanna Fresh Dairies for 22 years.", "22 years"),
        ("They're closing the branch end of month. Miss Sharon been there 27 years and she doesn't know.", "27 years"),
        ("Our receptionist Blessing has been here 30 yrs and knows every coffee order.", "30 yrs"),
        ("Big congrats to Sister Abena on 30 years at Korle View Polyclinic!", "30 years"),
        ("Love to the lollipop lady who got clipped by a van this morning. 30 years keeping our kids safe.", "30 years"),
    ],
)
def test_someone_elses_length_of_service_is_found(text, length):
    assert texts(text) == [length]


@pytest.mark.parametrize(
    "text",
    [
        "My mum retired today after 41 years as a district nurse in Glasgow.",
        "Retired today after 38 years 🥲 swipe for my cake",
        "Retiring Friday after 38 yrs on the wards, can't believe it.",
        "I've been here 22 years and I'm heartbroken.",
        "Bus driver for 31 years on the same route and today I did something new.",
        "Things I keep in my own car after 12 years on the road: blanket, water, torch.",
        "Big personal news: after 7 years I'm leaving Google to start a PhD.",
        "Thirty years a midwife and my own granddaughter arrived today.",
        "My son started reception today and I cried more than he did. 14 years of teaching and nothing prepares you.",
        "He retired 30 years ago and still visits.",
        "She's been well for 3 years.",
    ],
)
def test_the_writers_own_service_and_other_years_are_left(text):
    assert texts(text) == []


def test_the_rewrite_says_many_years(detector):
    from rewriter.generalise import generalise

    text = "Sister Agnes is retiring after 41 yrs on ward 12 😭😭 end of an era, who's sorting the card?"
    out = generalise(text, detector.detect(text, role="nurse"), "nurse").text
    assert "41" not in out and "after many years on" in out, out


@pytest.mark.parametrize(
    "text, found",
    [
        ("Mr Hughes in room 9 showed me photos from his 58 years married to Glenys.", "58 years"),
        ("The Bakers (married 66 years!) moved in together on our unit today.", "66 years"),
        ("Residents Alf and Ivy celebrated 70 years wed this weekend.", "70 years"),
        ("New couple I'm working with: both teachers, married 25 yrs, and it's all falling apart.", "25 yrs"),
    ],
)
def test_a_long_marriage_told_of_someone(text, found):
    assert found in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Me and him, 30 years married today and he still snores.",  # the writer's own
        "My grandparents are 60 years married on Sunday!",  # the writer's own family
        "We've been married 12 years and I still can't cook.",  # the writer's own
    ],
)
def test_the_writers_own_marriage_is_left(text):
    assert texts(text) == []
