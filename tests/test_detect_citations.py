"""Citations name no one (detect/citations.py): scripture by book, chapter and verse, and a landmark court case's
parties whichever rule read them. A person by a book's name, a case of the writer's own, stay. Names invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # a book that is a given name, with chapter and verse and a word of faith
    "Verse for the week on the chaplaincy board: 'Come to me, all you who are weary' (Matthew 11:28) 🙏",
    "Reading John 14:27 before every night shift. Peace I leave with you. Keeps me going, that verse",
    # a book no one is named, chapter alone, in a post about faith
    "Gave the school devotion on Psalm 121 this morning and you could hear a pin drop. God is good",
    # a numbered book
    "Love is patient, love is kind (1 Corinthians 13:4). Lovely wedding at the chapel today",
])
def test_scripture_cited_is_left(find, text):
    assert find(text, role="chaplain") == [], find(text, role="chaplain")


@pytest.mark.parametrize("text, name", [
    # a given name and a number, no verse and no faith: a person and an age
    ("Matthew 25 was brilliant in clinic today, so proud of him", "Matthew"),
    # a title before it: a person
    ("Mr John 3:16 came in for his bloods, lovely man, church warden", "John"),
])
def test_a_person_named_like_a_book_stays(find, text, name):
    assert any(name in t for t, _ in find(text, role="nurse"))


@pytest.mark.parametrize("text, party", [
    # a landmark case read by the company name rule, in a post that cites it
    ("That Supreme Court judgment in Pimlico Plumbers Ltd v Smith is still the one everyone cites at me", "Pimlico"),
])
def test_a_landmark_case_party_read_by_any_rule_is_left(find, text, party):
    assert not any(party in t for t, _ in find(text, role="lawyer"))


@pytest.mark.parametrize("text, party", [
    # a case the writer works on, same shape
    ("Our client in Dunmore Holdings Ltd v Aslam won the judgment this morning, the hearing went well", "Dunmore"),
])
def test_a_case_of_the_writers_own_stays(find, text, party):
    assert any(party in t for t, _ in find(text, role="lawyer"))
