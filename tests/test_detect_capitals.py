"""Words in capitals that are no one's name (session 34): an ordinary word in capitals is emphasis, an acronym
made a verb is a deed, and an acronym in a regulator's, a public service's, a broadcaster's or a field term's slot
is public. Each class on both sides: the harmless use is left, and a client's, a school's or a ward's initials
are still caught. Every private name here is invented."""

from __future__ import annotations

import pytest
from conftest import flagged_in


# -- an ordinary word in capitals, with a number near it, is still emphasis --------------------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("Mr Brannigan pulled his cannula out AGAIN at 3am so that was my night.", "AGAIN"),
        ("Claim no. 2023-QB-11842 FINALLY got listed, the client cried on the phone.", "FINALLY"),
        ("Parents evening ran till 9pm and the heating broke TWICE before 8pm.", "TWICE"),
    ],
)
def test_an_ordinary_word_in_capitals_near_a_number_is_emphasis(find, text, word):
    assert flagged_in(find, text, word) == []


@pytest.mark.parametrize(
    "text, word",
    [
        ("Posted the forms to PO Box 4471, TARWICK, 51937 for the client.", "TARWICK"),
        ("Client Dervla Kowalczyk AGAIN at 3am asking for her file.", "Dervla Kowalczyk"),
    ],
)
def test_an_address_line_and_a_name_before_emphasis_are_still_caught(find, text, word):
    assert flagged_in(find, text, word) != []


# -- an acronym made a verb ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("A client DMed me on Instagram at midnight asking about her appeal.", "DMed"),
        ("Please stop DMing me asking for updates on the ward.", "DMing"),
        ("Got CC'd on the whole thread by the partner again.", "CC'd"),
        ("He KO'd the lad in round two and the whole gym went wild.", "KO'd"),
    ],
)
def test_an_acronym_made_a_verb_is_no_name(find, text, word):
    assert flagged_in(find, text, word) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Our client Dmitri Volkonsky DMed me again about the settlement.", "Dmitri"),
        ("Client Tamsin Oduya CC'd her ex on the custody email.", "Tamsin"),
    ],
)
def test_the_name_beside_an_acronym_verb_is_still_caught(find, text, name):
    assert flagged_in(find, text, name) != []


# -- an acronym read by its slot: a regulator, a public service, a broadcaster, a field's term ------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("The regulator's new F&O rules kicked in and my uncle stopped asking for tips.", "F&O"),
        ("Best session at the conference: what ESG reporting looks like in practice.", "ESG"),
        ("Mostly there for the CLM vendor booths and free socks tbh.", "CLM"),
        ("The whole district is under GES investigation for the exam leak in the news.", "GES"),
        ("Results day and the WAEC website crashed obviously, refreshed 50 times.", "WAEC"),
        ("That flooding story has been on KTVB all week, my mum keeps sending it.", "KTVB"),
        ("HR also got IG ok, so be careful what you post.", "IG"),
        ("New term! JCE candidates, the exam board timetable is out, check it well.", "JCE"),
        ("Hot take: the DevCon CEO's FTC keynote was two hours of leather jacket.", "FTC"),
        ("CW: suicide\n\nA client sent me a follow request last night. I haven't accepted.", "CW"),
        ("TW: baby loss. Sat with a family on the unit today and I'm not ok.", "TW"),
    ],
)
def test_an_acronym_in_a_public_slot_is_left(find, text, word):
    assert flagged_in(find, text, word) == []


@pytest.mark.parametrize(
    "text, word",
    [
        ("Our client BRKH's website went down and they blamed us for it.", "BRKH"),
        ("Ward 7B at SJH was chaos again, three falls before lunch.", "SJH"),
        ("Our client BRK Holdings wants the compliance review redone by Friday.", "BRK Holdings"),
        ("My client's wife at DTQ reporting him to HR again.", "DTQ"),
        ("CW Oduya from accounts took my lunch from the fridge again.", "Oduya"),
    ],
)
def test_a_client_or_a_site_by_its_initials_is_still_caught(find, text, word):
    assert flagged_in(find, text, word) != []


# -- capitalised public things in harmless posts: a container brand, a star on the speaker, a side by its score --

@pytest.mark.parametrize(
    "text, word",
    [
        ("He turned up with a Tupperware of jollof for the whole office. Can't accept it but the smell!", "Tupperware"),
        ("Brought a Thermos of tea to the night shift and it saved me.", "Thermos"),
        ("Coffee refilled, Mariah Carey already on the office speaker. It's the season.", "Mariah Carey"),
        ("Celtic 2-0 and my dad hasnae stopped singing since. Tablet at my gran's after.", "Celtic"),
        ("Kaizer Chiefs 1-1 again, I cannot with this team.", "Kaizer Chiefs"),
    ],
)
def test_a_public_brand_star_or_side_in_a_harmless_post_is_left(find, text, word):
    assert flagged_in(find, text, word) == []


@pytest.mark.parametrize(
    "text, word",
    [
        ("We had a Priya of Accounts turn up asking for the client file.", "Priya"),
        ("My colleague Tom already on the speaker asking for the van keys.", "Tom"),
        ("Jayden 2-0 up at chess club today, so proud of my student.", "Jayden"),
        ("Our under 12s beat them, Dunmore 3-1, proud coach moment.", "Dunmore"),
        ("Amara 3-4 years old in the playroom with her foster carer.", "Amara"),
    ],
)
def test_a_person_counted_heard_or_scoring_is_still_caught(find, text, word):
    assert flagged_in(find, text, word) != []


# -- the writer's "I" after a role noun opens a clause, it names no employer ----------------------------------

def test_the_writers_i_after_client_is_no_company(find):
    assert flagged_in(find, "A client I've seen for two years sent me a follow request last night.", "I've") == []


def test_a_company_after_client_is_still_caught(find):
    assert flagged_in(find, "Our client Initrode wants the audit redone by Friday.", "Initrode") != []
