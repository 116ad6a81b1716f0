"""Public names in harmless posts (support/public.py, data/brands.txt, data/public_events.txt,
recognizers/business/partnership_name.py, public_forms.py): a fashion house, a department store, a phone maker or a restaurant
chain named in shop talk; a listed brand with its person taken in by the model ("the Siemens rep"); a run of
listed brands that is no firm of partners; a sport's named fixture and a listed side beside it or on the road
to a tournament; a listed university in its own language or word order, or by the initials of a name the list
opens with "The"; a nation's body of a profession named head last. Each class on both sides: the same shape as a client, a patient or a person the writer
serves is still found. Every private name here is invented; the public ones are the public's. Real Presidio
engine (``find``)."""

from __future__ import annotations

import pytest


def _found(find, text):
    return [t for t, _ in find(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        # fashion houses and a department store in shop talk
        ("End of season sale starts tomorrow: Gucci, Prada and Max Mara racks all marked down.", "Prada"),
        ("End of season sale starts tomorrow: Gucci, Prada and Max Mara racks all marked down.", "Max Mara"),
        ("Popped into Selfridges for a lipstick and came out with three bags, classic me.", "Selfridges"),
        # a phone maker and a restaurant chain
        ("Tecno and Infinix phones all on offer at the stall this weekend!", "Tecno"),
        ("Grabbed a Waffle House breakfast on the drive back from the conference.", "Waffle House"),
        # a listed company's person taken in with its name
        ("Huge thanks to the Siemens rep who stayed late to get our MRI back up.", "Siemens"),
        # a sport's named fixture, and a listed club beside it
        ("Half the staffroom were up late for El Clásico and the rest are Barça fans pretending not to care.", "Clásico"),
        ("Half the staffroom were up late for El Clásico and the rest are Barça fans pretending not to care.", "Barça"),
        # a national side on the road to a tournament
        ("Super Eagles go qualify for the World Cup this time, I dey sure.", "Super Eagles"),
        # a listed university in its own language or word order, and by its initials past "The"
        ("Graduation at Stellenbosch Universiteit today, so proud of our cohort.", "Stellenbosch"),
        ("Presented my poster at the Universiteit Stellenbosch research day, such a friendly crowd.", "Stellenbosch"),
        ("Sabbatical visit to CUHK for my PhD fieldwork next semester.", "CUHK"),
        # a listed university with a department the model took in
        ("Attended the HKU Psychiatry symposium today, great talk on ketamine.", "HKU"),
        # a nation's or a region's body of a profession, named head last
        ("Honoured to be accredited by the Hong Kong Professional Counselling Association this week.", "Counselling"),
        ("Thanks to the Irish Occupational Therapists Society for the webinar.", "Therapists"),
    ],
)
def test_public_names_in_harmless_posts_are_left_alone(find, text, word):
    assert not any(word in t or t in word for t in _found(find, text)), _found(find, text)


@pytest.mark.parametrize(
    "text, word",
    [
        # a listed brand made a client or an account, or carried by a patient as a surname
        ("Our client Gucci has asked for the store audit by Friday.", "Gucci"),
        ("We lost Burberry, our biggest account, to a rival agency this week.", "Burberry"),
        ("Mr Versace in bay 3 needs his obs repeated at 2pm.", "Versace"),
        ("Our client Selfridges wants the window designs by Monday.", "Selfridges"),
        # a small firm and a client company by their names
        ("We lost Mapleton Foods, our biggest account, after the tender.", "Mapleton Foods"),
        # a firm of partners' surnames is still a firm
        ("Hargreaves, Lennox and Pryce have taken on the case.", "Hargreaves"),
        # a brand's rep who is named: the person stays
        ("The Tecno rep Kamau Njoroge came by the shop about our stock order.", "Kamau Njoroge"),
        # a listed university with one person served there
        ("My student at Stellenbosch Universiteit told me she is struggling with her placement.", "Stellenbosch"),
        # the same department with a patient in its sentence
        ("My patient from the HKU Psychiatry clinic was readmitted, she is struggling.", "HKU"),
        # a youth side named after a listed one
        ("Super Eagles Academy under 12s training moved to Thursday for my son.", "Super Eagles Academy"),
        # the same body shape of one town's, or made a client
        ("The Leeds Professional Counselling Association meets upstairs at the pub.", "Leeds"),
        ("Our client, the Kenyan Professional Counselling Association, wants its accounts redone.", "Kenyan"),
    ],
)
def test_private_parties_in_the_same_shapes_are_still_found(find, text, word):
    assert any(word in t or t in word for t in _found(find, text)), _found(find, text)
