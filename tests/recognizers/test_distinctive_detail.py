"""DistinctiveDetailRecognizer (people/distinctive_detail.py): Distinctive details: a story that fits only one
person identifies them without a name."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.distinctive_detail import DistinctiveDetailRecognizer

DISTINCTIVE = DistinctiveDetailRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in DISTINCTIVE.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("She's the only deaf girl in year 9 and she smashed it", "the only deaf girl in year 9"),
        ("Delivered the first triplets ever born on our unit!", "first triplets ever born on our unit"),
        ("our youngest ever patient went home today", "youngest ever patient"),
        ("the youngest child on the ward", "the youngest child on the ward"),
        ("a record-breaking fundraiser from one family", "record-breaking"),
        ("our first ever patient to go home on the new drug", "first ever patient to go"),
        ("one of only three children in the country with it", "one of only three children in the country"),
        ("living with an extremely rare condition", "extremely rare condition"),
        # a feature anyone who has met her would recognise
        ("(she's the only one with the purple hair, you know who you are)", "the only one with the purple hair"),
        ("the only girl in a wheelchair in her year", "the only girl in a wheelchair"),
        ("he's the only one who wears a hearing aid in class", "the only one who wears a hearing aid"),
        # a job held by one person names the writer, and so the workplace
        ("I'm the only paediatric neurosurgeon at Royal Cornwall, so", "the only paediatric neurosurgeon at Royal"),
        ("the only physiotherapist in the practice", "the only physiotherapist in the practice"),
        ("our only paediatrician was off sick", "our only paediatrician"),
        # a formal title one person holds
        ("our Head of Procurement at Halden Logistics was walked out", "Head of Procurement"),
        ("their Director of Nursing signed it off", "Director of Nursing"),
        ("he's 97 and the last WWII vet in town.", "the last WWII vet in town"),
        # the setting's size stressed: the setting is the noun after "whole"/"entire", with its group word
        ("he's the only albino man in our whole sub-county", "the only albino man in our whole sub-county"),
        ("the only deaf girl in her entire year group, so", "the only deaf girl in her entire year group"),
        ("the only male midwife in the whole of Cumbria", "the only male midwife in the whole"),
    ],
)
def test_distinctive_details(text, found):
    assert texts(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Billable hours: the only unit of time that moves slower than a Monday morning.",
        "The only thing I want is sleep.",
        "I'm the only one who remembers the old rota",
        "read aloud for the first time!",
        "My youngest starts school today",
        "The first time ever I saw your face",
        "Our first ever team away day was brilliant.",
        "A world record number of forms to fill in today.",
        "You can't help anyone if you're running on empty.",
        "the only list that matters is the one you finish",
        "The only checklist that works is a short one.",
        "the only playlist I need on nights",
        "the only one with a key to the cupboard",
        "the only one in the office before 8",
        "at the head of the queue",
        "the manager of the shop was lovely",
        "the last patient on the list went home at 6",
        "the last nurse on shift turned the lights off",
    ],
)
def test_ordinary_phrases_are_not_distinctive(text):
    assert texts(text) == []


def test_distinctive_details_score_lower_than_identifiers():
    [result] = DISTINCTIVE.analyze("the only deaf girl in year 9", None)
    assert result.entity_type == "DISTINCTIVE_DETAIL"
    assert result.score == 0.5


def test_distinctive_details_through_the_real_detector(find):
    found = find("Delivered the first triplets ever born on our unit last night.")
    assert ("first triplets ever born on our unit", "DISTINCTIVE_DETAIL") in found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Our new head of maths, Gareth, took credit for my scheme again.", "head of maths"),
        ("my deputy head of year rang again", "deputy head of year"),
    ],
)
def test_a_one_person_title_in_lowercase_after_our_or_my(text, found):
    assert found in texts(text)


@pytest.mark.parametrize("text", ["Got to the head of the queue at last.", "our head of it all says hi"])
def test_the_head_of_a_queue_is_no_title(text):
    assert texts(text) == []


def test_a_one_person_title_becomes_a_senior_colleague(detector):
    from rewriter.generalise import generalise

    text = "Our new head of maths, Gareth, took credit for my revision scheme again."
    out = generalise(text, detector.detect(text, role="teacher"), "teacher").text
    assert out.startswith("A senior colleague took credit"), out


# A setting told by its size is taken whole, number, describer and noun: never cut at the number's comma,
# which left "a colleague,000-strong business" in the rewrite.
@pytest.mark.parametrize(
    "text, found",
    [
        ("Proud to support the only colleague in our 4,000-strong business living with progeria.",
         "the only colleague in our 4,000-strong business"),
        ("She is the only nurse on our 12-bed unit who wears a hijab.", "the only nurse on our 12-bed unit"),
    ],
)
def test_a_setting_told_by_its_size_is_taken_whole(find, text, found):
    assert (found, "DISTINCTIVE_DETAIL") in find(text)


def test_a_rewrite_never_cuts_a_number_at_its_comma(floor):
    out = floor("Proud to support the only colleague in our 4,000-strong business living with progeria.", "other")
    assert ",000" not in out
    assert "living with" in out


def test_the_only_other_one_is_another_one(floor):
    out = floor("The only other psychologist in our 4-person team has taken credit for my formulation twice.", "psychologist")
    assert out.startswith("Another psychologist has taken credit")
    assert "n other" not in out and "4-person" not in out


@pytest.mark.parametrize("text, found", [
    ("Our mentee just landed a job at a small fintech as their first female engineer, not announced yet", "their first female engineer"),
    ("Proud of the firm: its first Black partner made equity today", "its first Black partner"),
    ("He finished the program today, first in his family to stay clean past 3 months", "first in his family to"),
])
def test_the_first_of_a_kind_in_a_workplace_or_family(text, found):
    assert [text[r.start:r.end] for r in DistinctiveDetailRecognizer().analyze(text, None)] == [found]


@pytest.mark.parametrize("text", [
    "My first female boss was the best manager I ever had.",  # the writer's own life
    "First in my family to go to uni and still paying for it lol",  # the writer's own
    "The first patients arrived at 7am, top 10 busiest day.",  # no kind named
    "Our first 24/7 shift went fine, first aid kit restocked.",  # no person
])
def test_firsts_that_single_no_one_out(text):
    assert DistinctiveDetailRecognizer().analyze(text, None) == []


@pytest.mark.parametrize("text, kept, gone", [
    ("Mentee just landed a job at a small fintech as their first female engineer, shh.", "as a female engineer, shh", "first"),
    ("He finished his program today, first in his family to stay clean past 3 months.", "today, one of the few to stay clean",
     "first in his family"),
])
def test_the_rewrite_keeps_the_feat(detector, text, kept, gone):
    from rewriter.generalise import generalise

    out = generalise(text, detector.detect(text, role="other"), "other").text
    assert kept in out and gone not in out, out
