"""ListedNameRecognizer (people/listed_name.py): the other items of a list of names are names too, once two
of them are people; a list with fewer than two people, and the public names in one, are left."""

from __future__ import annotations

from rewriter.detect.recognizers.people.listed_name import ListedNameRecognizer

LISTED = ListedNameRecognizer()


def found(text: str, people: list[str], person) -> list[str]:
    results = LISTED.enhance_using_context(text, [], [person(text, p) for p in people], None)
    return [text[r.start:r.end] for r in results]


def test_the_other_items_of_a_squad_list_are_people(person):
    text = "Squad for Saturday: Orlaith, Saoirse M, Saoirse K, Blathin, Nadia and Oluchi. Meet 9.30."
    assert found(text, ["Saoirse M", "Saoirse K"], person) == ["Orlaith", "Blathin", "Nadia", "Oluchi"]


def test_one_person_makes_no_list_of_people(person):
    text = "We stock Tavian's favourites: Nike, Adidas, Puma and Reebok."
    assert found(text, ["Tavian"], person) == []


def test_a_public_name_or_a_weekday_in_the_list_stays(person):
    text = "Rota: Orlaith, Blathin, Monday, Beyoncé and Nadia."
    assert found(text, ["Orlaith", "Blathin"], person) == ["Nadia"]


def test_the_detector_finds_the_whole_squad(find):
    text = "Squad for Saturday vs Glenmore: Orlaith, Saoirse M, Saoirse K, Blathin, Nadia, Oluchi. Gumshields!"
    people = [t for t, kind in find(text) if kind == "PERSON"]
    assert all(any(name in p for p in people) for name in ("Orlaith", "Nadia", "Oluchi"))
