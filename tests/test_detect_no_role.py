"""Capitalisation guesses the sentence gives no role a person takes (rewriter/detect/no_role.py): an opener
before a verbless noun phrase, a toast, a dish eaten or ordered, a word before a group of people, a lower-case
word no name has. Each class beside real names in the same places, which stay. Real detector."""

from __future__ import annotations

import pytest

from rewriter.detect import no_role
from rewriter.spans import Span


def _span(text: str, part: str, source: str = "language model (spaCy)", entity_type: str = "PERSON") -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part, entity_type=entity_type, score=0.85, source=source,
                why="", suggestion="someone")


@pytest.mark.parametrize("text, word", [
    # an opener: a noun phrase with a determiner and no verb follows it, with no person at its head
    ("Eish, the queue at the clinic today. Patients waiting since 6.", "Eish"),
    ("Grabe the traffic on the way to my shift at the clinic, late again.", "Grabe"),
    # a toast: "to" and people follow
    ("Sláinte to the new homeowners! Proud to have helped my clients get the keys.", "Sláinte"),
    ("Mabuhay to all the nurses on night shift!", "Mabuhay"),
    ("Congrats to the Year 11s on their results!", "Congrats"),
    # a dish or a brand eaten or ordered
    ("After a twelve hour shift on the ward I treated myself to Jollibee Chickenjoy.", "Jollibee"),
    ("Ordered Biryani for the night shift.", "Biryani"),
    # before a group of people a verb follows
    ("Naija nurses are the backbone of this ward.", "Naija"),
    # lower-case words no name has
    ("Kopi peng, kaya toast, jia you. Long day of home visits ahead.", "jia you"),
    # an item of a list of things written in lower case
    ("Kopi peng, kaya toast, jia you. Long day of home visits ahead.", "Kopi peng"),
    ("Kopi peng, kaya toast, jia you. Long day of home visits ahead.", "kaya toast"),
    # a cheer, and a side beaten or lost to: counties and teams
    ("Wrecked after nights on station, but Mammy's roast sorted me out. Up Kerry! 💚💛", "Kerry"),
    ("Sunday dinner after a long week on the ward, then watched the Toon batter Sunderland.", "Sunderland"),
])
def test_a_guess_in_no_persons_role_is_nobody_in_a_post_about_work(find, text, word):
    found = [f for f, _ in find(text)]
    assert not any(word in f for f in found), found


@pytest.mark.parametrize("text, name", [
    ("Priya the new HCA is brilliant with the patients.", "Priya"),
    ("Priya, the new HCA.", "Priya"),
    ("Kwame this week smashed his targets on the ward.", "Kwame"),
    ("Sipho the legend stayed late again to help the patients.", "Sipho"),
    ("Treated Mrs Okafor to a cuppa after her scan.", "Mrs Okafor"),
    ("Treated Kwame to lunch after his first week on the ward.", "Kwame"),
    ("Ordered Kwame a taxi home after his shift.", "Kwame"),
    ("Congrats to Hafiz on his 9As, so proud of my tutees.", "Hafiz"),
    ("Congrats to Sipho on passing his driving test, my best learner this year.", "Sipho"),
    ("Farida nurses her mum at home after every shift.", "Farida"),
    ("Chloe so cute in her speech today, one of my P6 pupils.", "Chloe"),
    ("Kwame this morning: 'Miss, can I go toilet?' in the middle of the test. Year 4 life.", "Kwame"),
    ("Shoutout to my Year 10s. Sipho this term, what a turnaround in maths.", "Sipho"),
    ("Match day with my under 12s. Ordered Kwame off for arguing with the ref.", "Kwame"),
    ("Siobhan, our dispenser, has been here 30 years and knows every patient.", "Siobhan"),
    ("Sad news on the ward today. Gareth, the porter, has retired after 30 years.", "Gareth"),
    ("Emeka, the client I mentioned last week, called again.", "Emeka"),
    ("Priya, Kwame and Sipho covered the whole ward tonight.", "Kwame"),
    ("Thanks to Priya, Kwame and the night team.", "Kwame"),
    ("Came in by taxi. The driver, Emeka, stayed, held the torch and refused payment.", "Emeka"),
    ("Shoutout to Folake for organising the ward party.", "Folake"),
    ("Home visit in Sunderland today, Mr Okafor was on good form.", "Sunderland"),
    ("Beat Kwame at chess on my break, first time this year.", "Kwame"),
])
def test_a_real_name_in_the_same_places_stays(find, text, name):
    assert any(name in f for f, _ in find(text)), find(text)


@pytest.mark.parametrize("text, nobody", [
    ("Sláinte to the new homeowners!", True),
    ("Cheers to the night team on Ward 7!", True),
    ("Congrats to the Year 11s on their results!", True),
    ("Mabuhay to all of you on nights!", True),
    ("Hafiz to the rescue again on the ward!", False),
    ("Priya to the front of the queue, as ever.", False),
])
def test_a_toast_is_to_people(text, nobody):
    word = text.split()[0]
    assert no_role.in_no_persons_role(_span(text, word), text) is nobody


def test_only_guesses_are_read():
    # a name a title or a role gives is not the sentence's guess: it stays wherever it stands
    text = "Ordered Mrs Okafor for the clinic list."
    assert not no_role.in_no_persons_role(_span(text, "Mrs Okafor", source="titled name rule"), text)
    assert no_role.in_no_persons_role(_span("Ordered Biryani for the shift.", "Biryani"), "Ordered Biryani for the shift.")


def test_a_place_before_to_and_a_capital_is_a_route_not_a_toast():
    text = "Kirkton to Dunmore in the rain for one home visit."
    assert not no_role.in_no_persons_role(_span(text, "Kirkton", entity_type="LOCATION"), text)
    text = "Mabuhay to all the nurses on night shift!"
    assert no_role.in_no_persons_role(_span(text, "Mabuhay", entity_type="LOCATION"), text)


@pytest.mark.parametrize("text, part, nobody", [
    ("jia you, then home.", "jia you", True),
    ("handover at kestrel green took 4 hours tonight.", "kestrel green", False),
    ("anil cried when the class hamster went home.", "anil cried", False),
    ("bonnie the spaniel ate a whole sock.", "bonnie the spaniel", False),
    ("we moved to vila do conde last year.", "vila do conde", False),
    ("Met Dimas yang baru today.", "Dimas yang", False),
    ("Off to Mabassa village for the clinic.", "Mabassa village", False),
    ("Our Director of Ops is on leave.", "Director of Ops", False),
    ("Castellan v Brightwater Homes is listed.", "Castellan v Brightwater Homes", False),
    ("Saw Maria da Silva today.", "Maria da Silva", False),
    ("Ludwig van Beethoven on repeat.", "Ludwig van Beethoven", False),
])
def test_a_names_shape(text, part, nobody):
    assert no_role.in_no_persons_role(_span(text, part), text) is nobody


# A word of the list of greetings that is also a first name ("Kai", food in Māori) stays where a person stands.
@pytest.mark.parametrize("text", [
    "Our PM Kai asked for it by Friday. Migrating the clinic's records this quarter.",
    "Lost one of my patients in the waiting room. Found Kai 20 mins later explaining the fish tank.",
    "Our registrar stayed 2 hours late to teach us on the ward. Be like Kai.",
])
def test_a_greeting_that_is_also_a_first_name_stays_where_a_person_stands(find, text):
    assert any("Kai" in f for f, _ in find(text)), find(text)


@pytest.mark.parametrize("text, part, nobody", [
    # an acronym someone has, or any one of its kind, is a kind of thing: no organisation
    ("Our centre back tore his ACL on the last day of the season.", "ACL", True),
    ("Sent her for an MRI and bloods, query a DVT.", "MRI", True),
    ("Sent her for an MRI and bloods, query a DVT.", "DVT", True),
    # an acronym alone, or one a team owns, may be a client's name
    ("We lost our ABC account this week and nobody knows yet.", "ABC", False),
    ("Signed with KPL today, huge for the team.", "KPL", False),
])
def test_an_acronym_someone_has_is_no_organisation(text, part, nobody):
    assert no_role.in_no_persons_role(_span(text, part, entity_type="ORGANIZATION"), text) is nobody
