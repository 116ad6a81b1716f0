"""What the generaliser's own text leaves behind (issue 11, the rewrite users now get): stacked vague place
and time words, the wrong kind of noun for a place, a reference number turned into a heading or subject,
the same person twice in a row. Real detector, real review, the deterministic rewrite; every sentence is
written for its class."""

from __future__ import annotations

import pytest

from rewriter.config import Config
from rewriter.pipeline import Pipeline
from rewriter.review import Reviewer


@pytest.fixture(scope="module")
def pipeline(detector):
    return Pipeline(Config(), detector, None, Reviewer())


def rewrite(pipeline, text: str, role: str) -> str:
    return pipeline.rewrite(text, role=role, use_llm=False).text


# 3. a removed reference number goes with its label when it heads the sentence; as the subject it is "the X"
@pytest.mark.parametrize("text, role, expected", [
    ("Ticket #55120: customer Gary Smith rang 5 times today.", "call centre worker", "The customer rang repeatedly today."),
    ("Case ref AB-1234-56: the hearing went ahead today.", "social worker", "The hearing went ahead today."),
    ("incident 23-449120 was the worst shift I've had.", "paramedic", "the incident was the worst shift I've had."),
])
def test_a_reference_number_that_opens_a_sentence_goes_with_its_label(pipeline, text, role, expected):
    assert rewrite(pipeline, text, role) == expected


def test_a_reference_inside_a_sentence_is_still_a_noun(pipeline):
    out = rewrite(pipeline, "I spent all morning on ticket #55120 and it is still open.", "call centre worker")
    assert "a ticket and it is still open" in out, out


# 1. a place removed after a person, an event or what was just replaced goes, never a vague word stacked on it
@pytest.mark.parametrize("text, role, expected", [
    ("I keep seeing clients in Tesco every week.", "therapist", "I keep seeing clients every week."),
    ("The pile-up in Kilbrennan on Thursday was awful.", "paramedic", "The pile-up recently was awful."),
    ("Proud moment: the only deaf boy in year 8 in Glenmoor read to the whole assembly.", "teacher",
     "Proud moment: a deaf boy read to the whole assembly."),
    ("Shipped the firmware for Voltline's substation 7 in Port Ardley today.", "engineer", "Shipped the firmware for a site today."),
])
def test_a_place_after_someone_or_something_that_happened_just_goes(pipeline, text, role, expected):
    assert rewrite(pipeline, text, role) == expected


@pytest.mark.parametrize("text, role, expected", [
    ("Moved to Leeds last year and love it.", "nurse", "Moved elsewhere last year and love it."),
    ("Everyone in Little Hadley knows my class.", "teacher", "Everyone in town knows my class."),
    ("Two siblings placed with foster carers in Croydon tonight.", "social worker", "Two siblings placed with foster carers elsewhere tonight."),
])
def test_a_place_someone_went_to_or_lives_in_keeps_its_word(pipeline, text, role, expected):
    assert rewrite(pipeline, text, role) == expected


# 2. a place or organisation takes the kind its words, its sentence or the writer's work say, not "an organisation"
@pytest.mark.parametrize("text, role, expected", [
    ("Proud moment: the only blind boy in year 7 at Oakbank signed up for the choir today.", "teacher",
     "Proud moment: a blind boy at a school signed up for the choir today."),
    ("Little Oscar told me he's starting at St Bride's next week!", "other", "Someone told me he's starting at a school next week!"),
    ("Met the newsreader from Channel 5 Leeds today!", "nurse", "Met the newsreader from a TV station today!"),
    ("Boss at Shree Laxmi Medicals, Thane is making us work 12 hrs. Is this normal for a pharmacist?", "other",
     "Boss at a pharmacy is making us work 12 hrs. Is this normal for a pharmacist?"),
    ("Love how my manager Sheila at Seaview Counselling cancels my supervision again.", "other",
     "Love how my manager at a counselling service cancels my supervision again."),
])
def test_a_place_takes_the_kind_the_words_around_it_say(pipeline, text, role, expected):
    assert rewrite(pipeline, text, role) == expected


# 4. the same person twice in a row once the name went: one mention
@pytest.mark.parametrize("text, role, expected", [
    ("Pt Mary-Jane Cotter, MRN 00123456 — Mary-Jane's BP dropping, Cotter family asking for news.", "nurse",
     "The patient's BP dropping, the patient's family asking for news."),
    ("Party at Elm Lodge today for Doris and Fred — Doris turned 90!!", "care worker",
     "Party at a care home today for two residents — one of them had a milestone birthday!!"),
])
def test_the_same_person_named_twice_in_a_row_is_named_once(pipeline, text, role, expected):
    assert rewrite(pipeline, text, role) == expected


# 4. a named baby whose birth weight went, ending its clause, is a birth said whole ("the baby" dangles)
@pytest.mark.parametrize("text, expected", [
    ("Lovely couple today, baby Isla 8lb 1oz 💙", "Lovely couple today, a new baby 💙"),
    ("Baby Isla 8lb 1oz arrived at 3am!", "Baby arrived in the early hours!"),
])
def test_a_named_baby_whose_weight_went_reads_whole(pipeline, text, expected):
    assert rewrite(pipeline, text, "midwife") == expected


@pytest.mark.parametrize("text, role, gone, said", [
    ("The fire at the depot was all over Channels TV last month.", "social worker", "organisation", "all over the news last month"),
    ("Our funder Halvorsen Foundation is cutting staff but we can't say till after the board meets.", "ngo worker", "shop", ""),
])
def test_a_kind_comes_from_the_name_before_the_sentence(pipeline, text, role, gone, said):
    out = rewrite(pipeline, text, role)
    assert gone not in out and said in out, out
