"""RepeatedNameRecognizer (people/repeated_name.py): Every other mention of a name found in the post, in any
case: "starring Borkowski" after "directed by Maciej Borkowski", "everyone calls me borna" after "my name is
borna jerković", so a rewrite cannot leave one behind."""

from __future__ import annotations

from rewriter.detect.recognizers.people.repeated_name import RepeatedNameRecognizer


def test_every_mention_of_a_found_name_is_reported(find):
    found = find("Film directed by Maciej Borkowski and starring Borkowski.")
    assert ("Maciej Borkowski", "PERSON") in found
    assert ("Borkowski", "PERSON") in found
    found = find("my name is borna jerković but everyone calls me borna")
    assert sum(1 for text, kind in found if text.startswith("borna") and kind == "PERSON") == 2


def test_the_second_pass_chases_the_people_the_first_pass_named(person):
    text = "Film directed by Maciej Borkowski and starring Borkowski."
    found = RepeatedNameRecognizer().enhance_using_context(text, [], [person(text, "Maciej Borkowski")], None)
    assert [(text[r.start : r.end], r.score) for r in found] == [("Borkowski", 0.765)]


def test_the_first_pass_alone_finds_nothing_and_an_unnamed_person_is_not_chased(person):
    text = "Borkowski met Borkowski."
    assert RepeatedNameRecognizer().analyze(text, ["PERSON"], None) == []
    assert RepeatedNameRecognizer().enhance_using_context(text, [], [person(text, "Borkowski", named=False)], None) == []


def test_a_first_name_that_is_a_word_is_chased_where_it_stands_as_a_name(person):
    text = "Please welcome Will Fairbrother-Nwosu to the team! Will joins us from retail."
    found = RepeatedNameRecognizer().enhance_using_context(text, [], [person(text, "Will Fairbrother-Nwosu")], None)
    assert [text[r.start : r.end] for r in found] == ["Will"]
    assert found[0].start == text.index("Will joins")


def test_the_same_word_used_as_a_word_is_not_chased(person):
    text = "Please welcome Will Fairbrother-Nwosu to the team! Will you all say hi? He wrote his Will in March."
    assert RepeatedNameRecognizer().enhance_using_context(text, [], [person(text, "Will Fairbrother-Nwosu")], None) == []


def test_a_word_the_model_took_for_a_first_name_is_not_chased(person):
    text = "Night shift with a broken coffee machine. Send Irn Bru. Send help."
    assert RepeatedNameRecognizer().enhance_using_context(text, [], [person(text, "Send Irn Bru")], None) == []
