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


# Issue 10 (leak33): the same person named again in another form than the one found.
def _chased(person, text, name):
    found = RepeatedNameRecognizer().enhance_using_context(text, [], [person(text, name)], None)
    return [text[r.start : r.end] for r in found]


def test_a_name_that_is_a_word_spoken_to_again_in_lower_case_is_chased(person):
    assert _chased(person, "if anyone sees Rich from data eng tell him his SQL is beautiful. love u rich", "Rich") == ["rich"]
    assert _chased(person, "Our area manager Bill Otten moved the stock again. Cheers bill.", "Bill Otten") == ["bill"]


def test_the_same_word_as_a_word_after_thanks_is_not_chased(person):
    # "rich" goes on to a noun, "hope" is what was given: neither is spoken to
    assert _chased(person, "Great session with Rich Dawson. We love you rich people of the board.", "Rich Dawson") == []
    assert _chased(person, "Thanks to Hope Adeyemi for covering, and thanks to all who gave hope today.", "Hope Adeyemi") == []


def test_the_initials_of_a_full_name_found_are_chased(person):
    assert _chased(person, "Teaching Add Maths to Jun Wei every Tues. Proud of you JW", "Jun Wei") == ["JW"]


def test_initials_inside_a_word_or_an_everyday_acronym_are_not_chased(person):
    assert _chased(person, "Dinner with Emma Dunn, then back to ED for the night.", "Emma Dunn") == []
    assert _chased(person, "Coffee with Jun Wei about the JWT tokens.", "Jun Wei") == []


def test_a_short_form_of_a_long_given_name_is_chased(person):
    text = "Welcome to Lindiwe Mahlangu, our new analyst! Lindi, you're hired twice"
    assert _chased(person, text, "Lindiwe Mahlangu") == ["Lindi"]


def test_a_word_that_starts_a_name_is_no_short_form(person):
    # "March" begins "Marchetti" but is a month; "Mahl" too short a piece to be anyone
    assert _chased(person, "Welcome to Gianni Marchetti, who starts in March.", "Gianni Marchetti") == []
