"""The writer's own life and public names (session 50): a place in a clause about the writer's own relative or
their own home, the writer's own pet read with its kind word, a brand named with a title, a listed product in a
shout-out, a public body's site address, a qualification at its level. The same words told of a client, a patient
or a colleague still find them."""

from __future__ import annotations

import pytest

from rewriter.config import Config
from rewriter.detect import Detector


@pytest.fixture(scope="module")
def detector():
    d = Detector(Config())
    yield d
    d.close()


def _found(detector, text):
    return [s.text for s in detector.detect(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        # a place in the clause the writer's own relative opens, or the writer's own home
        ("It's Teachers' Day today — my mum taught in Gyumri for 30 years and now I'm teaching chemistry.", "Gyumri"),
        ("Sang till sunrise at my aunt's in Sigulda, what a night.", "Sigulda"),
        ("First day in my NHS uniform 💙 Dad rang the whole family in Peshawar saying I'm a doctor 😂", "Peshawar"),
        ("My sister lives in Tartu so Christmas is sorted.", "Tartu"),
        ("Missing all the teachers back home in Apia today 🙏", "Apia"),
        # the writer's own pet, read with its kind word by the role noun rule
        ("ACCA results day!!! my cat Biscuit sat on my notes for 6 months so she deserves the credit 🐱", "Biscuit"),
        # a brand named with a title, bought
        ("£140 on Dr Martens and my feet look like a crime scene 🙃", "Martens"),
        # a listed product thanked in a shout-out
        ("smashed quota at 112%. shoutout to Salesforce for only crashing twice lol", "Salesforce"),
        # a public body's site by its address alone
        ("PSA: Home Office has updated its family visa guidance on gov.uk. Please read it first.", "gov.uk"),
        # a qualification at its level, an exam with its results
        ("Marking 60 BTEC Level 3 assignments this weekend.", "BTEC"),
        ("Finally passed my NVQ Level 3! Three years of nights.", "NVQ"),
        ("IB results come out soon and honestly I'm more nervous than the students 😅", "IB"),
        # the writer's own sponsored run: the sum raised, and the big place's race typed in lowercase
        ("ran the Colchester half for Victim Support, £420 raised and my legs are hanging 😵 ta everyone who sponsored me",
         "£420"),
        ("ran the Colchester half for Victim Support, £420 raised and my legs are hanging 😵 ta everyone who sponsored me",
         "Colchester"),
        # a zoo as the writer's own outing, "to" as the Black Country says it
        ("Ar'm off ter Dudley Zoo with me own babby, ay bin since ar was a nipper.", "Dudley Zoo"),
        # where the jobs the writer advertises are based
        ("hiring for 3 junior dev roles, hybrid, Bristol based, no degree needed. DM me #TechJobs", "Bristol"),
    ],
)
def test_own_life_and_public_names_are_left(detector, text, word):
    assert not [s for s in _found(detector, text) if word in s]


@pytest.mark.parametrize(
    "text, word",
    [
        # someone else's relative, or the family the writer works with
        ("My client's mum lives in Sigulda and rang me twice today.", "Sigulda"),
        ("Visited Mrs K today, her daughter lives in Gyumri and rang the ward.", "Gyumri"),
        ("The whole family in Peshawar came to the ward to see him.", "Peshawar"),
        # a client's animal
        ("Home visit today, Mrs Dlamini's cat Biscuit sat on my notes the whole time.", "Biscuit"),
        # a doctor called Martens, who acts
        ("Dr Martens said the bloods were fine, he'll see her again Monday.", "Martens"),
        # a person thanked, and a client thanked
        ("Big shoutout to Sarah on nights for covering my shift.", "Sarah"),
        ("shoutout to our client Salesforce for renewing.", "Salesforce"),
        # a page deeper in a site, and any other site
        ("Her support worker's page is at oakfield-care.co.uk/staff/jsmith if you need it.", "oakfield"),
        # a street with a number
        ("Visited her at 60 Brook Lane today, she was fine.", "Brook Lane"),
        # a sum raised in business, with no cause and no sponsor
        ("£2m raised in our seed round, can't say who led it yet 🤐", "£2m"),
        # someone else's outing to the zoo
        ("Her foster carer took her to Dudley Zoo on Saturday and she loved it.", "Dudley Zoo"),
        # a client based in a place, in a hiring post too
        ("We're hiring! Lovely day with our Bristol based client, can't say more.", "Bristol"),
    ],
)
def test_other_peoples_places_names_and_links_stay(detector, text, word):
    assert [s for s in _found(detector, text) if word in s]
