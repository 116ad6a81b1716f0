"""Garbles of the deterministic rewrite on the analysis sets of session 24, where general words stood before a
noun the name had described (issue 10, "Grammar"), each pinned on made-up sentences of the same shape, with
what must stay as it was beside each:

- names listed before a plural noun go together ("answering Ozempic and Mounjaro questions" was "a customer
  and a customer questions"; "the Leeds and Doncaster sites" was "someone and someone else sites");
- a name between a preposition (or "and") and a plural or abstract noun goes, the noun standing bare ("talking
  about GenAI governance" was "about an organisation governance"; "and Spiderman wellies" was "someone wellies");
- an amount before the form the money took says "of" ("£85,000 cash" was "a significant sum cash");
- a phrase replaced whole takes the noun its last name described ("the crash on the Coorinya road" was "a
  serious accident road").
"""

from __future__ import annotations

import re

import pytest
from test_generalise_garble21 import gen  # tests/ is on the path

from rewriter.generalise import generalise
from rewriter.generalise.fit import described_noun_end
from rewriter.review import Risk


# -- names listed before a noun --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, kinds, expected",
    [
        ("We get [Zentria] and [Plovax] questions every day.", ("PERSON", "PERSON"), "We get questions every day."),
        ("We are closing the [Leeds] and [Sheffield] sites next month.", ("PERSON", "PERSON"), "We are closing the sites next month."),
        ("Big week for the [Acorn] & [Birch] branches.", ("ORGANIZATION", "ORGANIZATION"), "Big week for the two branches."),
    ],
)
def test_names_listed_before_a_plural_noun_go_together(draft, kinds, expected):
    assert gen(draft, *kinds, role="pharmacist") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("[Kofi] and [Ama] went home early.", "Two people went home early."),
        ("Had lunch with [Kofi] and [Ama] yesterday.", "Had lunch with two people yesterday."),
        ("[Kofi] and [Ama]'s kids were there.", "Two people's kids were there."),
    ],
)
def test_names_listed_before_a_verb_a_time_or_a_possessive_stay_people(draft, expected):
    # a writer whose people have no noun says the list once, in the plural, never "someone and someone else"
    assert gen(draft, "PERSON", "PERSON") == expected


def test_names_listed_for_a_writer_with_a_noun_for_people_take_it():
    assert gen("[Kofi] and [Ama] went home early.", "PERSON", "PERSON", role="teacher") == "Two students went home early."


# -- a name between a preposition and a plural or abstract noun ----------------------------------------------


@pytest.mark.parametrize(
    "draft, kind, expected",
    [
        ("Everyone is talking about [Quantix] governance, nobody has a plan.", "PERSON", "Everyone is talking about governance, nobody has a plan."),
        ("Just read a report on [Quantix] productivity.", "ORGANIZATION", "Just read a report on productivity."),
        ("The boy with red glasses and [Spiderman] wellies said a word today.", "PERSON", "The boy with red glasses and wellies said a word today."),
    ],
)
def test_a_name_before_a_plural_or_abstract_noun_after_a_preposition_goes(draft, kind, expected):
    assert gen(draft, kind) == expected


@pytest.mark.parametrize(
    "draft, kind, kept",
    [
        ("Gave the keys to [Sarah] ages ago.", "PERSON", "ages ago"),
        ("Had coffee with [Sarah] lots of times.", "PERSON", "lots of times"),
        ("Went with [Priya] for chips after.", "PERSON", "for chips"),
        ("Dropped the sofa at [Kilburn] recycling centre.", "LOCATION", "the local recycling centre"),
    ],
)
def test_a_name_before_a_quantity_or_a_singular_place_noun_keeps_its_slot(draft, kind, kept):
    out = gen(draft, kind)
    assert kept in out and len(out.split()) >= len(draft.split()) - 1, out


# -- an amount before the form of the money ---------------------------------------------------------------


def test_an_amount_before_the_form_of_money_takes_of():
    assert gen("A man came in to withdraw [£20,000] cash for a wedding.", "MONEY") == \
        "A man came in to withdraw a significant sum of cash for a wedding."
    assert gen("He forgot to declare [£40k] cash takings.", "MONEY") == "He forgot to declare a significant sum of cash takings."


def test_an_amount_before_other_words_is_unchanged():
    assert gen("She paid [£300] for the flights.", "MONEY") == "She paid a significant sum for the flights."


# -- a risk's phrase takes the noun its name described -------------------------------------------------------


def _with_risk(text: str, phrase: str, rewrite: str) -> str:
    start = text.index(phrase)
    risk = Risk("news_event", start, start + len(phrase), phrase, "why", "advice", rewrite=rewrite)
    return generalise(text, [], "paramedic", [risk]).text


def test_a_risk_phrase_ending_in_a_name_takes_its_noun():
    text = "Teenage girl, the collision on the Marrowby road that was on the radio."
    out = _with_risk(text, "the collision on the Marrowby", "a serious accident")
    assert out == "Teenage girl, a serious accident that was on the radio.", out
    text = "Long day after the outbreak on Miss Platt's ward 4."
    assert _with_risk(text, "the outbreak on Miss Platt's", "a serious incident") == "Long day after a serious incident.", text


def test_a_risk_phrase_keeps_a_verb_or_a_time_after_it():
    text = "The crash on the Marrowby road happened at night."
    assert _with_risk(text, "The crash on the Marrowby road", "a serious accident") == "A serious accident happened at night."
    text = "We talked about the crash near Marrowby yesterday."
    assert _with_risk(text, "the crash near Marrowby", "a serious accident") == "We talked about a serious accident yesterday."


def test_described_noun_end_needs_a_name_before_the_noun():
    text = "the outbreak spread."
    assert described_noun_end(text, len("the outbreak")) == len("the outbreak")
    text = "on the Marrowby road."
    assert described_noun_end(text, len("on the Marrowby")) == len("on the Marrowby road")


# -- an age used as a noun after words describing it --------------------------------------------------------


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("She is the bravest [8 year old] I know.", "She is the bravest young child I know."),
        ("Our cheekiest [6-year-old] lost a tooth today.", "Our cheekiest young child lost a tooth today."),
        ("A very brave [9 year old] did it.", "A very brave young child did it."),
    ],
)
def test_an_age_after_a_determiner_and_describing_words_takes_no_second_article(draft, expected):
    assert gen(draft, "AGE", role="teacher") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("My [6 year old] lost a tooth.", "My young child lost a tooth."),
        ("A [7-year-old] bit me.", "A young child bit me."),
        ("She took the [5 year old] home.", "She took a young child home."),
    ],
)
def test_an_age_after_a_bare_determiner_is_unchanged(draft, expected):
    assert gen(draft, "AGE", role="teacher") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Been his key worker [since he was 9] and now he is off to uni.", "Been his key worker since he was a child and now he is off to uni."),
        ("Knew her [since she was 4 years old].", "Knew her since she was a child."),
    ],
)
def test_an_age_told_as_since_he_was_keeps_its_clause(draft, expected):
    assert gen(draft, "AGE", role="social worker") == expected


def test_an_age_after_was_still_becomes_a_band():
    assert gen("He was [15] when he left.", "AGE", role="teacher") == "He was a teenager when he left."


def test_a_lone_capitalised_risk_word_keeps_its_noun():
    text = "Third visit this month, same problem."
    assert _with_risk(text, "Third", "Another") == "Another visit this month, same problem."


@pytest.mark.parametrize(
    "draft, kind, kept",
    [
        ("The whole of [Aberfinn] turns up every year.", "LOCATION", "turns up"),
        ("Our merger with [Brightwell Foods] goes public soon.", "ORGANIZATION", "goes public"),
        ("The charge nurse on [ward 7] needs to retire.", "FACILITY", "needs to"),
    ],
)
def test_a_name_before_its_own_verb_in_s_keeps_its_slot(draft, kind, kept):
    out = gen(draft, kind, role="nurse")
    assert kept in out and not re.search(r"(?:of|with|on) " + kept, out), out


def test_a_name_joined_to_general_words_before_a_plural_noun_goes_with_them():
    # the first name went in an earlier reading; the list still describes the noun
    assert gen("We keep fielding a customer and [Plovax] questions daily.", "PERSON", role="pharmacist") == \
        "We keep fielding questions daily."
    out = gen("Had lunch with a customer and [Plovax] today.", "PERSON", role="pharmacist")
    assert out.startswith("Had lunch with a customer and ") and out.endswith(" today.") and "Plovax" not in out, out


def test_a_name_before_a_verb_in_s_and_a_subject_keeps_its_slot():
    out = gen("My dementia patient on [ward 7] thinks she is my sister.", "FACILITY", role="nurse")
    assert "thinks she is" in out and " on thinks" not in out, out


def test_a_preposition_before_a_dropped_age_still_goes():
    assert gen("A patient with zero fillings at [age 84]. Retired head.", "AGE", role="dentist") == \
        "A patient with zero fillings. Retired head."


# -- a span that opens with the people's noun ----------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, kind, expected",
    [
        ("[Owners Jen & Dave Whitlock] were in bits today.", "ORGANIZATION", "The owners were in bits today."),
        ("[Neighbours Sam and Lee Okoro] called the police.", "PERSON", "The neighbours called the police."),
    ],
)
def test_a_span_opening_with_the_peoples_noun_keeps_the_noun(draft, kind, expected):
    assert gen(draft, kind, role="vet") == expected


def test_an_organisation_whose_name_opens_with_a_plural_noun_stays_an_organisation():
    out = gen("[Doctors Without Borders] sent a team.", "ORGANIZATION", role="nurse")
    assert not out.lower().startswith("the doctors"), out


# -- "up to" an amount --------------------------------------------------------------------------------------


def test_up_to_an_amount_says_how_much_at_most():
    assert gen("Staff were underpaid by up to [£1,200] each.", "MONEY") == "Staff were underpaid by up to a significant sum each."


def test_a_price_that_went_up_to_an_amount_went_up():
    assert gen("The rent went up to [£900] this year.", "MONEY") == "The rent went up this year."


def test_two_names_in_apposition_are_no_list():
    out = gen("My client from [Kalgoorlie Fuels], [Bazza], sent me a video.", "PERSON", "ORGANIZATION", role="sales rep")
    assert "two people" not in out, out
