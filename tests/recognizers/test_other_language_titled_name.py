"""OtherLanguageTitledNameRecognizer (people/other_language_titled_name.py): a name after a title, an honorific or a
kin word of another language ("dona Glorinha", "Frau Keller", "mwalimu Otieno", "Bi. Amina"); not a common word after
it ("Herr Doktor"), not the English words some titles are ("Mama Bear", "Pan Am"), not a famous or public name, not
the writer's own family. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.other_language_titled_name import OtherLanguageTitledNameRecognizer

NAME = OtherLanguageTitledNameRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in NAME.analyze(text, None, None)]


@pytest.mark.parametrize("text, name", [
    ("Hoje a dona Glorinha teve alta da UTI depois de 3 semanas", "dona Glorinha"),
    ("Frau Keller ruft schon wieder wegen ihrer Tabletten an", "Frau Keller"),
    ("Domnul V. are probleme cu inima de o lună", "Domnul V."),
    ("Leo mwalimu Otieno alikuja darasani mapema", "mwalimu Otieno"),
    ("Mama Nkechi brought puff-puff for the whole ward again", "Mama Nkechi"),
    ("La tía Lupe vino a la clínica otra vez", "tía Lupe"),
    ("Bi. Amina alikuja na mtoto wake leo", "Bi. Amina"),
    ("Pani Zofia Nowak znowu dzwoniła do biura", "Pani Zofia Nowak"),
    ("Mzee Kamau alikuja leo, amechoka sana", "Mzee Kamau"),
    ("Pak Budi marah lagi di kantor", "Pak Budi"),
    # the Nordic courtesy titles, with an initial or a surname (a guest known to the whole hotel)
    ("Hr. K. fra værelse 508 har klaget igen", "Hr. K."),
    ("Fru Hansen ringede igen om sin medicin", "Fru Hansen"),
])
def test_a_name_after_another_languages_title(text, name):
    assert texts(text) == [name]


@pytest.mark.parametrize("text", [
    "Herr Doktor, bitte kommen Sie schnell",  # a common word of the language after the title
    "Mama Bear mode activated for my new starters",  # the English words of a title that is English too
    "Booked the Pan Am themed night for the team",
    "Bi Pride month starts with a stall in the foyer",
    "Mama Africa was on the playlist all shift",  # a place
    "Reading Don Quixote on my break",  # a famous name
    "Took the kids to see my tía Lupe yesterday",  # the writer's own family
    "Mama said no to the sleepover",
    "The drive took 2 hr. A lot of traffic",  # an hour, not a title
    "Not havin it no more, goin to HR. Gert embarrassin.",  # the department, in capitals
    "Fru Hjemme er en podcast jeg elsker",  # a common word of the language after the title
])
def test_no_name(text):
    assert texts(text) == []


def test_a_place_named_after_someone_is_no_one():
    assert texts("Took my boys to watch the Black Stars at Baba Yara on Sunday") == []
    assert texts("Bought airtime at Mama Zodwa's spaza again") == ["Mama Zodwa"]


def test_a_business_named_after_someone_is_no_one():
    assert texts("She quit after 22 years at Mama Lou's Catfish Kitchen in Bucksnort") == []
