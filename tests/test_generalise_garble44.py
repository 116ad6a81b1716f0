"""Rewrites read as garbled on fresh39-40 (session 44) where the generaliser's slot, not the detector, was at fault.
Each class is pinned on made-up sentences of the same shape, with the near case that must be left as it was:

- a cardinal written as a word after a name opens a count or a time, never the noun the name describes ("walked
  into Byker ABC three month ago" read "into the local three month ago").
- a regular past before an object after a street's name is the sentence's verb ("off the Glen Road breached his
  licence" read "off the local breached").
- a stop and a closing quote end a sentence: a name spoken to after them goes as at any sentence's start.
- someone "from" a plain name the detector called a firm (after their name, or after a client's or patient's
  noun) is from a place, never "from an organisation"; a firm's name with its trade word stays a firm.
- a town after a comma that closes a named institution goes with the comma, after a firm-tagged college too;
  a one-word name there that is no given name is the town, not someone else.
- a bare given name after another's "her", "his", "their" before a verb is one of the family: "her child",
  never "why her didn't".
"""

from __future__ import annotations

from test_generalise import gen


def test_a_number_word_after_a_name_is_no_noun_it_describes():
    out = gen("A lass who walked into [Byker ABC] three month ago cos she was bullied.", "ORGANIZATION", role="boxing coach")
    assert "the local three" not in out and "Byker" not in out and "three month ago" in out


def test_a_plain_noun_after_a_name_is_still_described():
    out = gen("Back at [Byker] youth club on Monday.", "ORGANIZATION", role="boxing coach")
    assert out == "Back at the local youth club on Monday."


def test_a_regular_past_with_its_object_after_a_street_is_a_verb():
    out = gen("Wee Ciaran off [the Glen Road] breached his licence AGAIN.", "STREET_ADDRESS", role="probation officer")
    assert "the local breached" not in out and "a local street breached his licence" in out


def test_a_street_before_a_plain_noun_is_still_its_modifier():
    out = gen("Out on [the Corrigan Lane] burglaries again.", "STREET_ADDRESS", role="police officer")
    assert out == "Out on the local burglaries again."


def test_a_name_spoken_to_after_a_quoted_stop_goes():
    out = gen("He asked if his results were 'bad.' [Marcus], I can't tell you that on here.", "LOCATION", role="research coordinator")
    assert "Marcus" not in out and "the area" not in out and "'bad.' I can't tell you" in out


def test_someone_from_a_plain_name_tagged_a_firm_is_from_a_place():
    out = gen("Client of mine, big [Gerry] from [Poleglass], told me today.", "PERSON", "ORGANIZATION", role="solicitor")
    assert "organisation" not in out and "Poleglass" not in out


def test_a_client_from_a_plain_name_is_from_a_place():
    out = gen("Client from [Ballymena] messaged my personal Facebook.", "ORGANIZATION", role="legal aid solicitor")
    assert "organisation" not in out and "Ballymena" not in out and "messaged my personal Facebook" in out


def test_someone_from_a_firm_with_its_trade_word_stays_at_a_firm():
    out = gen("[Dave] from [Kestrel Plumbing] rang about the leak.", "PERSON", "ORGANIZATION", role="housing officer")
    assert "elsewhere" not in out and "Kestrel" not in out and "from a" in out


def test_a_town_after_a_firm_tagged_institute_goes_with_its_comma():
    out = gen("Cleared his viva at [Sri Venkateshwara Institute of Technology], [Tirupati]. Proud.", "ORGANIZATION", "LOCATION",
              role="university lecturer")
    assert ", the area" not in out and "Tirupati" not in out and "Sri" not in out


def test_a_town_tagged_a_person_after_a_school_goes_with_its_comma():
    out = gen("[Chotu] from Class 3 at [St. Anne's Primary], [Kakkanad] finally buttoned his own shirt.",
              "PERSON", "FACILITY", "PERSON", role="occupational therapist")
    assert "someone else" not in out and "Kakkanad" not in out and "finally buttoned" in out


def test_a_given_name_after_a_school_and_its_comma_is_still_someone():
    out = gen("Thanks to all at [St. Anne's Primary], [Sarah] and I loved it.", "FACILITY", "PERSON", role="teacher")
    assert "Sarah" not in out and "elsewhere" not in out and "the area" not in out and "and I loved it" in out


def test_a_bare_name_after_her_before_a_verb_is_her_child():
    out = gen("Then she messaged asking why her [Jago] didn't get a part in the nativity.", "PERSON", role="reception teacher")
    assert "her didn't" not in out and "her child didn't get a part" in out


def test_a_name_after_her_and_a_noun_keeps_the_noun():
    out = gen("She rang crying cos her husband [Denis] won't take his tablets.", "PERSON", role="GP receptionist")
    assert "her husband won't take" in out and "child" not in out
