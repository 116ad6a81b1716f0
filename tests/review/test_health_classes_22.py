"""Classes of health detail missed on drafts nobody tuned to (session 22): the health of one specific person the
writer serves or meets, told with nothing else that points to them; a seat or a bed in brackets as a pointer;
a birth told by its care, someone else's pregnancy news, the end of a life, a therapy a child receives; and the
harmless posts beside each class. Each sentence is new, written for the class."""

from __future__ import annotations

import pytest
from review_helpers import kinds, phrases


@pytest.mark.parametrize(
    "text",
    [
        # one of the writer's own clients or patients, with "my", "our", "this", "one of our"
        "My client rang to say she's 30 days sober and proud of it.",
        "Heads up, one of our Room 9 tamariki has been diagnosed with epilepsy.",
        "This patient of mine has just been told his cancer has spread.",
        "My client's husband had a heart attack on Sunday and she still came to session.",
        # one met today whose secret the post tells
        "Tonight a dad told me in session that he's secretly been paying for his sister's chemo.",
        # a seat, or a bed in brackets after initials, points as a bed does
        "Lady in seat 31A had a stroke somewhere over Greenland, we diverted to Iceland.",
        "JT (bed 9) 39+2, induced this morning, asking for an epidural already.",
    ],
)
def test_the_health_of_one_specific_person(text):
    assert "health_detail" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sat with my lady at 38+6 tonight, her waters went at the bus stop.",
        "So proud of my mum-to-be who birthed her girl with no pain relief at all.",
        "One of my lads just told me he's going to be a dad, and he's still at school.",
        "Sat with Mrs P tonight, her son driving up from Cornwall to say goodbye.",
        "My resident is on a syringe driver now, comfort care only.",
        "After a year of speech therapy our little guy said his own name today!",
    ],
)
def test_births_pregnancy_news_the_end_of_a_life_and_a_therapy(text):
    assert "health_detail" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # an anonymous person by their condition, a topic, a pet, the writer's own, anyone at all (one met today
        # with nothing kept from anyone: test_health_detail's "A patient came for her ARVs today")
        "A client with anxiety asked me about breathing apps today.",
        "My client asked me about ADHD, she had read something online.",
        "My client's cat has diabetes and the insulin is costing her a fortune.",
        "The pharmacist recommended antihistamines for my hay fever.",
        "If your client says they're sober, believe them.",
        "Our resident choir sang for the dementia ward today.",
        "Walked the cancer awareness route with the whole family today.",
        # a journey to a goodbye that is the writer's own, a class saying goodbye, a score
        "Flying home to say goodbye to my nan this weekend.",
        "The kids came in to say goodbye on my last day, I cried buckets.",
        "Final score 32+4 after extra time, the lads were buzzing.",
    ],
)
def test_no_one_specific_or_no_ones_health(text):
    assert "health_detail" not in kinds(text)


def test_the_word_that_names_the_health_carries_it_not_diagnosed():
    text = "One of our tamariki has been diagnosed with leukaemia and will be off for a while."
    assert phrases(text, "health_detail") == ["leukaemia"]
    # what a rewrite leaves, the condition made general, tells nothing the post must hide
    assert "health_detail" not in kinds("One of our tamariki has been diagnosed with a health condition and will be off for a while.")


def test_words_that_tell_little_said_of_my_client_alone_are_no_risk():
    assert "health_detail" not in kinds("My client was unwell so we moved her session to Friday.")
    assert "health_detail" not in kinds("My client's prescription was late again, so we pushed her session back an hour.")


def test_a_word_that_tells_little_stands_when_the_specific_word_beside_it_is_no_health():
    # "days left until her trip" is an idiom, not the end of a life: "diagnosed" is the health told of her
    assert phrases("Mrs Patel was diagnosed this week, only days left until her trip and she's gutted.", "health_detail") == ["diagnosed"]
