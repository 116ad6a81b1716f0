"""CoordinatedNameRecognizer (people/coordinated_name.py): A capitalised word joined by "and" to a person
already found is a person too: "Mason and Lily" when only "Lily" was found, "Priya and Hunter"."""

from __future__ import annotations

from rewriter.detect.recognizers.people.coordinated_name import CoordinatedNameRecognizer


def test_coordination_needs_a_person_or_a_capitalised_partner(find):
    # "Pens" is an everyday plural the tagger does not call a proper noun: only Sam is a person
    assert find("Pens and Sam are on the desk.") == [("Sam", "PERSON")]


def test_coordinated_word_mid_sentence_is_a_person(find):
    assert ("Rose", "PERSON") in find("I saw Tom and Rose today.")


def test_the_second_pass_reads_the_people_the_first_pass_named(person):
    text = "Kwame and Priya came in."
    rec = CoordinatedNameRecognizer()
    assert [text[r.start : r.end] for r in rec.enhance_using_context(text, [], [person(text, "Priya")], None)] == ["Kwame"]
    assert rec.enhance_using_context(text, [], [person(text, "Priya", named=False)], None) == []
