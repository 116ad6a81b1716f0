"""Someone else's health said in words the rewrite had no general form for (issue 11, session 50): a sudden event
("since his stroke" -> "since his illness"), an injury ("with head injuries" -> "with injuries"), an operation
named by the body part ("her heart surgery" -> "her operation"), a condition known by its initials ("she's got MS"),
a treatment after a verb of going through it ("off having chemo"), a condition said alone as an aside, time off
told with its cause ("off with stress" -> "off sick"), and in a news story, the one a role names told by what
happened to them ("the cyclist killed on ..." -> "someone killed on ..."). Each on both sides: the writer's own,
shock said as an event, a group, a list of conditions and a slot the rewrite cannot read are left."""

from __future__ import annotations

import pytest

from rewriter.generalise.stories import story_rewrites
from rewriter.review import Risk


def risk(text: str, phrase: str, kind: str = "health_detail") -> Risk:
    start = text.index(phrase)
    return Risk(kind, start, start + len(phrase), phrase, "why", "advice")


def rewritten(text: str, phrase: str, kind: str = "health_detail") -> tuple[str, str | None]:
    found = [r for r in story_rewrites(text, [risk(text, phrase, kind)]) if r.kind == kind][0]
    return found.text, found.rewrite


@pytest.mark.parametrize(
    ("text", "phrase", "region", "words"),
    [
        # a sudden event after a possessive, and after an article
        ("Proud OT moment, my client made his own cuppa for the first time since his stroke.", "stroke", "stroke", "illness"),
        ("A learner in the Maths paper had a seizure halfway through, paramedics came.", "seizure", "a seizure",
         "a medical emergency"),
        # a modal in an earlier aside supposes nothing of the event
        ("Mr B (regulars will know him) made his own cuppa for the first time since his stroke.", "stroke", "stroke",
         "illness"),
        # an injury, singular and plural
        ("He's in the ICU with head injuries after the lorry rolled.", "injuries", "head injuries", "injuries"),
        ("Shoutout to my client who I rehabbed through a stress fracture this spring!", "fracture", "a stress fracture",
         "an injury"),
        # an operation named by the body part: the review raises only "surgery", the rewrite takes the whole name
        ("Our Mele has been so brave since her heart surgery, back in class after six weeks.", "surgery", "heart surgery",
         "operation"),
        ("So proud of my client who deadlifted 405 after his triple bypass!", "bypass", "triple bypass", "operation"),
        # a condition known by its initials, inside the review's phrase
        ("Interviewed a lass yesterday, brilliant CV, told me she's got MS and hid it from her last job.", "got MS", "MS",
         "a health condition"),
        # a condition named for a person, in the slot after "with"
        ("The old sheepdog came in with Addison's disease, his family were in bits.", "Addison's disease",
         "Addison's disease", "a health condition"),
        # a treatment after a verb of going through it
        ("Sending love to our team leader who's off having chemo, the office isn't the same.", "chemo", "chemo", "treatment"),
        # a condition said alone as an aside about the one just named
        ("Worked with a gorgeous little lad today — selective mutism, hasn't said a word in school for months.",
         "selective mutism", "selective mutism", "a health condition"),
        # a sudden event said alone as an aside, and one the review read only half of
        ("Had to ring 999 for one of our pupils, anaphylaxis after someone brought peanut cookies in.", "anaphylaxis",
         "anaphylaxis", "a medical emergency"),
        ("Custody today: yute come in wid sickle cell crisis an wi haffi rush him.", "sickle cell", "sickle cell crisis",
         "a medical emergency"),
        # time off told with its cause
        ("Our DI is off with stress again, third time this year.", "off with stress", "off with stress", "off sick"),
    ],
)
def test_someone_elses_health_in_new_words_becomes_general(text, phrase, region, words):
    assert rewritten(text, phrase) == (region, words)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I nearly had a heart attack when the patient stood up on his own.", "heart attack"),  # shock, the writer's
        ("Honestly she'll have a stroke when she sees the rota.", "stroke"),  # supposed, an idiom
        ("Half the team in our office off with stress and nobody upstairs cares.", "off with stress"),  # a workforce
        ("Some of the POs in our office are off with stress.", "off with stress"),  # a workforce
        ("I'm off with stress this week so the blog will be quiet.", "off with stress"),  # the writer's own
        ("She has anxiety, depression, ADHD and a lovely dog.", "depression"),  # one of a list of conditions
        ("My stroke recovery group starts Monday.", "stroke"),  # the writer's own
        ("The stroke of midnight came and went on the ward.", "stroke"),  # no slot the rewrite reads as health
        ("She came in with asthma, eczema and a broken heart.", "eczema"),  # one of a list: no aside
        ("He had a fit of giggles all through assembly.", "fit"),  # not a sudden event the rewrite knows
        ("Told ms jones about the new rota today.", "ms"),  # initials written in lowercase are a title, not MS
        ("Bell's on the phone again about the rota.", "Bell"),  # a surname with no condition word after it
    ],
)
def test_the_writers_own_shock_groups_lists_and_unread_slots_are_left(text, phrase):
    assert rewritten(text, phrase)[1] is None


def test_one_a_news_role_names_told_by_what_happened_to_them_becomes_someone():
    text = "Supporting the family of the cyclist killed on the A13 last month. Sentencing is next week."
    assert rewritten(text, "last month", "news_event") == ("last month", None)
    found = [r for r in story_rewrites(text, [risk(text, "Sentencing", "news_event")]) if r.rewrite is not None]
    assert [(r.text, r.rewrite) for r in found] == [("the cyclist", "someone")]


def test_a_news_role_with_a_possessive_after_it_is_left():
    text = "The cyclist's family were in court again today, it was on the news."
    found = [r for r in story_rewrites(text, [risk(text, "on the news", "news_event")]) if r.rewrite]
    assert all("cyclist" not in r.text for r in found)
