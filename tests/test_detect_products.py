"""A product, vehicle, medicine or piece of software named where a thing is bought, used or taken is no one
(detect/products.py); a person's name in the same slots is still found. Every name here is invented or a widely
known product; the sentences are written for these tests."""

from __future__ import annotations

import pytest

from rewriter.detect.products import is_product
from rewriter.spans import Span


def _span(text: str, word: str, kind: str = "PERSON", source: str = "language model (spaCy)") -> Span:
    start = text.index(word)
    return Span(start, start + len(word), word, kind, 0.85, source, "", "")


@pytest.mark.parametrize(
    "text, word, kind",
    [
        # "the new X": a new one of something (a listed brand even where it is also a given name)
        ("Depot finally took delivery of the new Scania, smells like a showroom in here", "Scania", "ORGANIZATION"),
        # changing one tool for another, or asking for reviews
        ("Small practice here - has anyone switched from Pracvio to something cloud based?", "Pracvio", "LOCATION"),
        ("We are upgrading from our old Kelvix scanner next month, wish me luck", "Kelvix", "ORGANIZATION"),
        ("Any honest reviews on Trellic before I sign the contract?", "Trellic", "PERSON"),
        # one of a kind of thing after "a"
        ("Ice on every road and I'm out on visits in a Corsa with no winter tyres", "Corsa", "LOCATION"),
        # a listed tool beside another name: a tool among tools
        ("Honestly Canva and Pixlova did half my lesson prep this term", "Canva", "PERSON"),
        # the writer's own colleagues at a listed brand: the public rules read the employer of thousands
        ("Thanks to all my Nespresso colleagues for the send-off cake", "Nespresso", "ORGANIZATION"),
        # one of a thing got, with when after it
        ("Anyone want to grab a Marlowes between lectures? my treat", "Marlowes", "PERSON"),
        # coordinated with a listed medicine or brand
        ("Ran out of Nurofen and Brufexol by noon on the first hot day", "Brufexol", "PERSON"),
        # a listed brand after an article
        ("Massive thanks to whoever left the Gatorade in the staff fridge", "Gatorade", "PERSON"),
        # a listed brand after a possessive, with a thing's word after it (not a job's)
        ("Her Nespresso machine died mid-shift, we held a minute's silence", "Nespresso", "ORGANIZATION"),
    ],
)
def test_a_product_where_a_thing_is_goes(text, word, kind):
    assert is_product(_span(text, word, kind), text)


def test_a_word_the_coordinated_name_rule_joins_to_a_product_is_one_more():
    text = "Shout out to Canva and Pixlova for every slide I made this term"
    assert is_product(_span(text, "Pixlova", "PERSON", "coordinated name rule"), text)
    # joined to a given name, it is a person
    text = "Shout out to Priya and Pixlova for every slide I made this term"
    assert not is_product(_span(text, "Pixlova", "PERSON", "coordinated name rule"), text)


@pytest.mark.parametrize(
    "text, word, kind",
    [
        # "the new X" with a given name: a new colleague
        ("The new Priya on nights is brilliant with the relatives", "Priya", "PERSON"),
        # an unlisted name after "the new": a colleague or a place no list knows
        ("Honestly the new Adebanjo on nights is a breath of fresh air", "Adebanjo", "PERSON"),
        # a person's verb after the name
        ("Honestly the new Marisol said she'd cover my Sunday, legend", "Marisol", "PERSON"),
        # "got a" someone where a place follows, not a time: a person
        ("We got an Adeyemi in from agency today, she was brilliant", "Adeyemi", "PERSON"),
        # a listed tool beside another name, as a client: stays
        ("We just signed Canva and Brightwave as clients, huge week", "Canva", "ORGANIZATION"),
        # a listed word called out between commas: a person
        ("Told you so, Ruby, told you so 🤐", "Ruby", "PERSON"),
        # a title before it
        ("Switched from Dr Okonkwo to another GP after the move", "Okonkwo", "PERSON"),
        # a singular "review for/of" is a piece of work for a client, not a reading of reviews
        ("Finished the annual review for Tollemache Freight, their FD is chasing me already", "Tollemache",
         "ORGANIZATION"),
        # a listed shop with a place after it is where someone is
        ("Bumped into half the ward at the Tesco on the ring road", "Tesco", "ORGANIZATION"),
        # an unknown name after "the" with no product cue stays a name
        ("Handed the keys back to the Fennimores this morning", "Fennimores", "PERSON"),
        # a given name after "a" stays (a name, not a kind of thing)
        ("There was a Siobhan on the course who knew my cousin", "Siobhan", "PERSON"),
        # a site, a settlement or a business after the name: a place where people are
        ("Two lads hurt on the new Harrowgate build this week", "Harrowgate", "ORGANIZATION"),
        ("Word is the retail park gets a brand new Pellory Home flagship in spring", "Pellory Home", "PERSON"),
        # a word of dealing after a listed brand: a client, not the product
        ("Cannot believe we just won the Guinness distribution contract, champagne time", "Guinness", "ORGANIZATION"),
        ("Buzzing, we landed the Nespresso account this morning", "Nespresso", "ORGANIZATION"),
        ("Only dietitian in a Kestrin village of 400, everyone knows my car", "Kestrin", "LOCATION"),
        # a word of a job held there after a listed brand, behind a possessive: an employer, not a thing she owns
        ("Printed off her Nespresso resignation letter on the office printer, so brave", "Nespresso", "ORGANIZATION"),
        ("His Spotify exit interview is tomorrow and he has a lot to say", "Spotify", "PERSON"),
        # a listed shop after "at the": where it happened
        ("She told my client all about it at the Lidl. Small town.", "Lidl", "ORGANIZATION"),
        # beside a listed word that is also a given name, or written in lowercase: a list of people, a street
        ("Squad for Sunday: Keeva, Zara, Marnie-Jo and subs", "Marnie-Jo", "ORGANIZATION"),
        ("the guy with the tesla, Barrowfield Rd one, shouted at us", "Barrowfield Rd", "PERSON"),
        # after "a", a name that goes on to a noun
        ("Signed, an Orvane rep who has heard it all", "Orvane", "ORGANIZATION"),
        # a span from a title or role rule is never read here
        ("We got the new Scania today", "Scania", "ORGANIZATION", ),
    ],
)
def test_a_person_in_the_same_slot_stays(text, word, kind):
    source = "title rule" if text.startswith("We got") else "language model (spaCy)"
    assert not is_product(_span(text, word, kind, source), text)


@pytest.mark.parametrize("text", [
    # two products compared, read by the model as one name; one side a listed brand
    "Mindray vs Samsung for portable scanners... which one would you buy for a small clinic? #sonography",
    "Epic vs Microsoft for the new rota system, honestly both are painful 😅",
])
def test_two_products_compared_are_left(find, text):
    assert find(text, role="nurse") == [], find(text, role="nurse")


@pytest.mark.parametrize("text, name", [
    # a case against a brand: the law's words in the post
    ("Okafor vs Samsung goes to the tribunal next week, fingers crossed for my client", "Okafor"),
    # a person against a brand: a given name
    ("Priya vs Samsung, the great phone debate in our house continues", "Priya"),
])
def test_a_party_or_a_person_against_a_brand_stays(find, text, name):
    assert any(name in t for t, _ in find(text, role="lawyer"))
