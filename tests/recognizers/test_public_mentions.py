"""Public things (issue 10): big places, brands, public bodies and offices, and a well-known person's
public work are not flagged; the same names stay flagged where the post makes them private."""

import pytest

from rewriter.detect.recognizers.support.public import is_public_mention


@pytest.mark.parametrize(
    "text",
    [
        "Flying to New York for the cardiology conference",
        "Tesla's Q3 delivery numbers came out today.",
        "Boots, Superdrug and every independent pharmacy.",
        "A nurse from Lagos and one from Toronto.",
        "Flew from Manchester to Dubai for the conference.",
        "The Health Secretary said nothing new.",
        "Listening to Brené Brown's podcast again.",
        "Back in the UK now.",
        # a public figure by what the writer did with their work
        "Loved Brené Brown's talk in London last night.",
        "She sang Vera Lynn all afternoon on the ward.",
        "Quoting Maya Angelou in supervision again.",
        "Finished Michelle Obama's book on the night shift.",
        # a listed company in ordinary use, as news or as the writer's own career; a product by its form
        "Proud to share that I've joined Unilever's HR leadership programme!",
        "Tesla's Q3 numbers came out and the forum is on fire.",
        "Accenture and Siemens both announced results today.",
    ],
)
def test_public_things_are_not_flagged(find, text):
    assert find(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("We lost Mapleton Foods, our biggest account.", "Mapleton Foods"),
        ("We lost Tesco, our biggest account.", "Tesco"),
        # someone the writer knows, or a first name alone: not a public figure
        ("Loved my colleague Sarah Jones's talk at the team day.", "Sarah Jones's"),
        ("Listening to Sam talk about his week was hard.", "Sam"),
        ("We lost Unilever, our biggest account.", "Unilever"),
        ("I work at Unilever and nobody knows yet.", "Unilever"),
        ("Our client BrightPath called again.", "BrightPath"),
        ("Our Leeds clinic is short staffed.", "Leeds"),
        ("Please keep Mama Ngozi in your prayers.", "Ngozi"),
        ("See you Monday, Sutton.", "Sutton"),
        ("Maria Costa's book club met.", "Maria Costa"),
        ("Jane Smith of Leeds won.", "Leeds"),
        ("I live in Bristol now.", "Bristol"),
        ("A video call from his grandson in Lisbon.", "Lisbon"),
    ],
)
def test_private_context_keeps_the_name(find, text, name):
    assert any(name in t for t, _ in find(text))


def test_a_city_that_is_a_given_name_is_not_public():
    assert not is_public_mention("I saw Florence today.", 6, 14, "PERSON")


def test_a_country_named_anywhere_is_public(find):
    assert find("The Supreme Court ruling today on the Rwanda policy is worth reading in full.") == []


def test_a_clients_country_of_origin_stays_flagged(find):
    assert ("Eritrea", "LOCATION") in find("My client moved here from Eritrea last year and her mum is still there.")


@pytest.mark.parametrize("text", ["Loved the talk in London last night, so much to think about.", "Flying to Sydney for the conference."])
def test_a_big_city_that_is_also_a_given_name_is_public_where_someone_is_or_goes(find, text):
    assert find(text) == []


def test_the_same_name_as_a_person_stays_flagged(find):
    assert ("Sydney", "PERSON") in find("Spoke to Sydney about her meds today.")


def test_a_big_city_spoken_to_is_the_writers_own_life(find):
    assert find("Passed the bar! Mum, Dad, thank you. Lagos, I'm coming home this weekend o!") == []
    assert ("Danial", "PERSON") in find("Danial, can I please speak to you about the rota?")


def test_work_done_for_a_big_company_makes_it_a_client(find):
    assert ("Barclays", "ORGANIZATION") in find("Shipping the payments SDK for Barclays next month, can't say more.")
    assert find("Bought a meal deal at Boots for lunch.") == []


# A city of a million or more that is no common given name or surname (rewriter/data/metropolises.txt),
# alone in a sentence, whatever the small model calls it
@pytest.mark.parametrize(
    "text",
    [
        "Nairobi never disappoints 😂 the conductor gave me relationship advice",
        "Lahore biryani vs Karachi biryani debate has destroyed our staff group chat",
        "Chicago was freezing but the conference was worth it",
    ],
)
def test_a_city_of_millions_alone_names_no_one(find, text):
    assert find(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # a city that is also a common surname stays someone's where it may be ("Houston" is both)
        ("Houston called and said the parcel is late", "Houston"),
        # a title makes any word a person
        ("Mr Durban on bay 4 is refusing his meds", "Durban"),
    ],
)
def test_a_city_that_may_be_someone_stays_flagged(find, text, name):
    assert name in [t for t, _ in find(text)]


def test_a_site_named_by_its_city_stays_flagged(find):
    # a workplace of one employer, which the city alone is not
    assert "Batam" in " ".join(t for t, _ in find("Two welders hurt at the Batam shipyard and nobody's saying why"))


def test_a_city_on_a_line_of_an_address_stays_flagged(find):
    # an address block or a contact card: the city is part of where someone is found
    assert "Los Angeles" in [t for t, _ in find("Martin Karlsen\n\nLos Angeles\nUnited States")]


def test_a_business_described_by_its_city_stays_flagged(find):
    # after a determiner, the city narrows down one business: "a Pune auto-parts maker"
    found = [t for t, _ in find("Let's just say a Pune auto-parts maker with 1,100 employees and a promoter who doesn't read his emails.")]
    assert "Pune" in " ".join(found)


@pytest.mark.parametrize("text", [
    "Sport England funding for our youth league came through today, buzzing!",
    "Pharmacy First Scotland has been a game changer for minor ailments this winter.",
])
def test_a_nations_own_service_is_public(find, text):
    assert find(text) == []


def test_a_firm_or_a_broadcaster_of_a_nation_is_no_national_service():
    from rewriter.detect.recognizers.support.public import _national_service

    assert _national_service("Public Health Wales") and _national_service("Sport England")
    assert not _national_service("Halvorsen UK")  # a word no dictionary has: a firm's branch
    assert not _national_service("BBC Scotland")  # initials
    assert not _national_service("Scotland")
    assert not _national_service("Southern Tunisia") and not _national_service("Rural Wales")  # a part of the place


def test_a_national_service_made_a_client_stays_flagged(find):
    assert ("Harbour Foods Scotland", "ORGANIZATION") in find("We just lost Harbour Foods Scotland as a client, gutted.")


@pytest.mark.parametrize("text", [
    "Called to the Bar of England and Wales tonight, ten years after my first law lecture.",
    "Admitted to the Law Society of Scotland today after seven years of study!",
])
def test_a_nation_in_a_bodys_name_or_joined_to_another_is_no_person(find, text):
    assert find(text) == []


@pytest.mark.parametrize("text, name", [
    # "Jordan" is no country in the lists (a given name), so "Devon and Jordan" are people
    ("Sat with Devon and Jordan in group today, both doing so well.", "Devon"),
    ("Remember the Munster match on the telly? The winger who got hurt was on my table today.", "Munster"),
])
def test_a_region_named_like_a_person_without_a_body_or_another_nation_stays(find, text, name):
    assert any(name in t for t, _ in find(text))


@pytest.mark.parametrize(
    "text, place",
    [
        ("Pic from OPD today, 6yo girl from Kandy, classic hand foot and mouth.", "Kandy"),
        ("Police asked for my report on the woman from Kandy who came in with burns.", "Kandy"),
        ("Mr Okonjo from Stockport came in for his insulin again.", "Stockport"),
        ("Tavian from Stockport rang about the double charge.", "Stockport"),
    ],
)
def test_where_the_one_person_of_a_post_is_from_is_private(text, place):
    start = text.index(place)
    assert not is_public_mention(text, start, start + len(place), "LOCATION")


@pytest.mark.parametrize(
    "text, place",
    [
        ("Greetings from Kandy! Back on shift tomorrow.", "Kandy"),
        ("Nurses from Kandy are the backbone of this ward.", "Kandy"),
        ("Back from Stockport after the conference.", "Stockport"),
    ],
)
def test_a_greeting_a_group_or_a_trip_from_a_city_stays_public(text, place):
    start = text.index(place)
    assert is_public_mention(text, start, start + len(place), "LOCATION")


def test_a_person_from_a_brand_leaves_the_brand_public():
    text = "I was sure I saw a film star on a yacht but it was a man from Unilever."
    start = text.index("Unilever")
    assert is_public_mention(text, start, start + len("Unilever"), "ORGANIZATION")
