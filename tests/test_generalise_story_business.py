"""A confidential business story's figures made vague (generalise/story_business.py) and a rarity's count
dropped (generalise/story_rarity.py): each class on both sides, with invented sentences."""

from __future__ import annotations

import pytest

from rewriter.generalise.story_business import business_figures
from rewriter.generalise.story_rarity import rarities
from rewriter.review import Risk


def risk(kind: str = "confidential_business") -> Risk:
    return Risk(kind, 0, 1, "x", "why", "advice")


def said(text: str, kind: str = "confidential_business") -> dict[str, str]:
    return {r.text: r.rewrite for r in business_figures(text, [risk(kind)])}


@pytest.mark.parametrize(
    ("text", "region", "words"),
    [
        ("Board says we're cutting 22% of the Leeds support team next month", "22% of ", "a sizeable part of "),
        ("The review found 70% of our vendor files had no signed NDA, not public yet", "70% of ", "most of "),
        ("Q3 sales down 35% and nobody outside finance knows", "35%", "sharply"),
        ("margins shrank by 8% after the reorg, keep it internal", "by 8%", "significantly"),
        ("the partner hid 5 crore in a cousin's account", "5 crore", "a large sum"),
        ("they're moving to a rival next quarter. 25 lakh annual.", "25 lakh annual", "A large sum a year"),
        ("Ghar wale ko 12 lakh ka loan chahiye, manager ne approve kar diya", "12 lakh", "a large sum"),
        ("we lost a client worth 3m this morning, not announced", "3m", "a large sum"),
        ("the union rep says they'll cut 7 porter jobs before Easter", "7", "several"),
        ("closing twelve branches across the north by spring", "twelve", "a dozen or so"),
        ("they're letting 45 engineers go in March", "45", "dozens of"),
        ("1.8M trial users get the paywall email on Monday", "1.8M", "Millions of"),
        ("all 60 staff at the depot find out on Friday", "60 ", ""),
        ("The firm lists on the JSE in June, keep it quiet", "lists on the JSE", "goes public"),
        ("we're merging with a rival in spring, not announced", "merging with a rival", "restructuring"),
        ("the board is about to sign with Varnell Medical for the scanners", "sign with Varnell Medical", "sign a major deal"),
        ("we're scrapping the free plan next month", "scrapping the free plan", "changing our pricing"),
    ],
)
def test_a_business_figure_is_made_vague(text, region, words):
    assert said(text).get(region) == words


@pytest.mark.parametrize(
    "text",
    [
        "Ward 9 staff are the best, 3 shifts in a row and still smiling",  # a number that names which ward
        "Year 11 students sit their mocks on Monday",
        "I ran a 5k run before work, 10m from the door",  # k and m with no money word
        "1 in 4 people will have a mental health problem this year",  # a rate everyone quotes
        "I'm 99% sure the printer hates me",
        "the band signed with a label and I listed on eBay",  # no name after 'with', no exchange
        "my sister is merging with her old team at work",
        "the app launches soon with 3 juta pre-registered users",  # a magnitude in another English: not "several juta"
        "the new rig hit 112% of spec on the test bed, not public yet",  # a share of a target: how well it did
        "we'll reach only 60% of forecast this quarter, keep it internal",
        "the '<1% of users' in the press release was wrong",
    ],
)
def test_what_is_no_business_figure_stays(text):
    assert said(text) == {}


def test_a_post_with_no_business_risk_keeps_its_figures():
    assert said("we're cutting 22% of the Leeds support team", kind="venting") == {}


def rare(text: str) -> dict[str, str]:
    return {r.text: r.rewrite for r in rarities(text, [Risk("rare_or_unique", 0, 1, "x", "why", "advice")])}


@pytest.mark.parametrize(
    ("text", "region", "words"),
    [
        ("My client with the syndrome (literally 2 of 9 in the country) came by today", " (literally 2 of 9 in the country)", ""),
        ("She has a disorder so rare there are only about 40 known cases worldwide.",
         "a disorder so rare there are only about 40 known cases worldwide", "a very rare disorder"),
        ("He's got a rare blood thing. Only one in Kent. Cracking lad though.", "Only one in Kent. ", ""),
    ],
)
def test_a_counted_rarity_goes(text, region, words):
    assert rare(text).get(region) == words


@pytest.mark.parametrize(
    "text",
    [
        "Loved seeing the kids (all 3 of them in the photo) today",  # a count, no rarity across a place
        "Only one in Kent.",  # the post's only sentence: nothing would be left
        "a day so busy there was no time for lunch",
    ],
)
def test_what_is_no_counted_rarity_stays(text):
    assert rare(text) == {}


def news(text: str) -> dict[str, str]:
    from rewriter.generalise.stories import _news

    return {r.text: r.rewrite for r in _news(text, [Risk("news_event", 0, 1, "x", "why", "advice")])}


@pytest.mark.parametrize(
    ("text", "region", "words"),
    [
        ("That's my Year 8 in the clip doing the rounds on WhatsApp, I'm gutted", " doing the rounds on WhatsApp", ""),
        ("I was the paramedic in that video trending online. Yes that was me.", " trending online", ""),
        ("the video going round Facebook of the crash at the school", " going round Facebook", ""),
        ("We rehoused the family from the flat that burnt down last night in town.",
         "the flat that burnt down last night in town", "a flat that was badly damaged"),
        ("I was first on scene to the minibus that overturned yesterday", "the minibus that overturned yesterday",
         "a minibus that overturned"),
    ],
)
def test_a_news_story_loses_its_spread_and_its_when(text, region, words):
    assert news(text).get(region) == words


@pytest.mark.parametrize(
    "text",
    [
        "Loved the video of the kids' sports day, trending in our house all week",  # spread of no clip right before
        "The house that I grew up in has a new owner",  # what happened to it is no event
        "That bus that comes at 8 is never on time",
    ],
)
def test_what_is_no_news_spread_stays(text):
    assert news(text) == {}


def test_the_only_one_in_an_aside_goes_with_its_commas():
    text = "The boy in my group with the rare blood disorder, the only one in the whole county with it, beat me at chess."
    got = {r.text: r.rewrite for r in rarities(text, [Risk("small_community", 0, 1, "x", "why", "advice")])}
    assert got == {", the only one in the whole county with it,": ""}


def test_the_only_one_with_no_aside_stays():
    text = "She is the only one in the whole county with it and everyone knows her."
    assert {r.text: r.rewrite for r in rarities(text, [Risk("small_community", 0, 1, "x", "why", "advice")])} == {}


def test_the_only_one_in_a_place_is_never_a_one():
    from rewriter.review import Reviewer

    text = "The boy in my group with the rare blood disorder, the only one in the whole parish with it, beat me at chess."
    assert not any((r.rewrite or "").startswith(("a one", "an one")) for r in Reviewer().review(text, []))


def test_the_only_one_joined_at_a_clause_end_goes():
    text = "she's a sweetheart and the only one in our region with it. Love her."
    got = {r.text: r.rewrite for r in rarities(text, [Risk("small_community", 0, 1, "x", "why", "advice")])}
    assert got == {" and the only one in our region with it": ""}
