"""A name said to someone or somewhere goes with its comma, and the greeting stays whole (issue 10,
"Grammar"): "Thank you Mumbai!" -> "Thank you!", not "Thank you the area!"; "Happy birthday Tunde, my
brother" -> "Happy birthday, my brother", not "Happy birthday someone". A greeting that spaCy joined to the
name after it ("Congrats Kwame") is no part of the name. Drafts written for these tests."""

from __future__ import annotations

import pytest
from test_generalise import gen  # tests/ is on the path

from rewriter.generalise import generalise


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        ("Thank you [Mumbai]!", ("LOCATION",), "Thank you!"),
        ("Good morning, [Lagos] 🌞 clinic opens at 9", ("LOCATION",), "Good morning 🌞 clinic opens at 9"),
        ("Thank you [Oakfield Primary] for having us, the kids loved it", ("FACILITY",),
         "Thank you for having us, the kids loved it"),
        ("Happy birthday [Tunde], my brother from another mother", ("PERSON",),
         "Happy birthday, my brother from another mother"),
        ("Congrats [Kwame] on passing the NCLEX!!", ("PERSON",), "Congrats on passing the NCLEX!!"),
    ],
)
def test_a_name_spoken_to_goes_with_its_comma(draft, types, expected):
    assert gen(draft, *types, role="nurse") == expected


@pytest.mark.parametrize(
    "draft, types",
    [
        # the place is what the sentence is about, not who it greets
        ("Thank you to everyone in [Lagos] who came to the clinic", ("LOCATION",)),
        ("Good morning from [Kisumu General], night shift done", ("FACILITY",)),
        # the person is the subject after the greeting
        ("Happy birthday to [Tunde] from all of us", ("PERSON",)),
    ],
)
def test_a_name_not_spoken_to_is_still_replaced_in_place(draft, types):
    out = gen(draft, *types, role="nurse")
    name = draft[draft.index("[") + 1 : draft.index("]")]
    assert name not in out
    words_before = draft[: draft.index("[")].split()
    assert out.split()[: len(words_before)] == words_before  # what came before stays word for word
    assert len(out.split()) > len(words_before) + 2  # and the clause was not dropped


@pytest.fixture(scope="module")
def rewrite(detector):
    def _rewrite(text: str, role: str = "other") -> str:
        return generalise(text, detector.detect(text, role=role), role).text

    return _rewrite


def test_a_congratulation_is_no_part_of_the_name(detector, rewrite):
    text = "Congrats Kwame on passing the NCLEX!! So proud of my mentee"
    found = [s.text for s in detector.detect(text, role="nurse")]
    assert "Kwame" in found and not any("Congrats" in f for f in found)
    assert rewrite(text, role="nurse") == "Congrats on passing the NCLEX!! So proud of my mentee"


def test_a_greeting_alone_names_no_one(detector):
    assert [s.text for s in detector.detect("Good morning, Namaste 🙏 sunrise class at 6 tomorrow", role="yoga instructor")] == []


def test_a_greeting_trimmed_off_a_name_takes_no_emoji_with_it(detector, rewrite):
    text = "Good morning, Namaste 🙏 Priya joined us at sunrise today."
    found = [s.text for s in detector.detect(text, role="yoga instructor")]
    assert found == ["Priya"]
    assert rewrite(text, role="yoga instructor").startswith("Good morning, Namaste 🙏 ")


# A name alone after a comma closing its sentence (or an aside in brackets) is said to them, or only puts a
# name to the words before it: it goes with its comma, never "Sure, the colleague." (session 22's judges).
@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("Six sessions for complex trauma, [Deborah]. SIX.", "counsellor", "Six sessions for complex trauma. SIX."),
        ("Claimed £9 of takeaway as client entertainment. Sure, [Gareth].", "hr",
         "Claimed £9 of takeaway as client entertainment. Sure."),
        ("Friday lunches are on me, [Mari] 🌮", "sales rep", "Friday lunches are on me 🌮"),
        ("If your Head of Talent (looking at you, [Mei Ling]) rejects every candidate, talk to me", "hr",
         "If your Head of Talent (looking at you) rejects every candidate, talk to me"),
        ("Welcome aboard to our new HR partner, [Ama Owusu-Hart]! 🎉", "hr", "Welcome aboard to our new HR partner! 🎉"),
    ],
)
def test_a_name_closing_its_sentence_after_a_comma_goes_with_the_comma(draft, role, expected):
    assert gen(draft, "PERSON", role=role) == expected


def test_the_last_name_of_a_list_is_not_spoken_to():
    out = gen("Squad for Saturday: [Erin], [Maeve], [Nadia].", "PERSON", "PERSON", "PERSON", role="coach")
    assert out == "Squad for Saturday: three athletes."


# A name opening its sentence before a question, a plea or the writer's words to them is spoken to: it goes,
# never "Someone else, why did you make ..." (session 22's judges).
@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("Essays all weekend. [F. Scott], why did you make the green light so popular.", "teacher",
         "Essays all weekend. Why did you make the green light so popular."),
        ("Accepted onto the doctorate! [Faith], keep asking the awkward questions.", "psychologist",
         "Accepted onto the doctorate! Keep asking the awkward questions."),
        ("Passed her viva! 🎉 [Hope], the field is lucky to have you.", "psychologist",
         "Passed her viva! 🎉 The field is lucky to have you."),
        ("Said it in front of the director. [Kamau], I know you read this.", "support agent",
         "Said it in front of the director. I know you read this."),
        ("99% on-time reviews this quarter. [Amara], that's all you. Proud doesn't cover it.", "social worker",
         "99% on-time reviews this quarter. That's all you. Proud doesn't cover it."),
        ("I've put in a complaint. [Dr Hale], ye know who ye are.", "midwife", "I've put in a complaint. Ye know who ye are."),
        # a clause with a subject of its own after the comma
        ("Resolved in 4 minutes 🧙 [Ananya Pillai], lunch is on me!", "support agent", "Resolved in 4 minutes 🧙 Lunch is on me!"),
        ("Retirement do tonight. [Marge], the place won't run without you!", "doctor", "Retirement do tonight. The place won't run without you!"),
    ],
)
def test_a_name_opening_a_plea_or_a_question_goes(draft, role, expected):
    assert gen(draft, "PERSON", role=role) == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a relative clause says who they are; a list goes on with the others
        ("[Sarah], who is 9, came in today.", "A patient, who is 9, came in today."),
        ("[Priya], Ben and I went for lunch.", "A patient, Ben and I went for lunch."),
        # an apposition has its own closing comma; an age is no subject
        ("[Sarah], the nurse, is lovely.", "The nurse is lovely."),
        ("[Sarah], 9, is lovely.", "A patient is lovely."),
    ],
)
def test_a_name_opening_a_clause_about_them_stays_said(draft, expected):
    assert gen(draft, "PERSON", role="nurse") == expected


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        # the greeting said again or shortened, and a title with the name
        ("He wrote it on the whiteboard 😂 love you too [Kev] #nhs", "nurse", "He wrote it on the whiteboard 😂 love you too #nhs"),
        ("Learned more in 2 hours than in a month. ty [Kofi] 🙏", "engineer", "Learned more in 2 hours than in a month. ty 🙏"),
        ("Still waiting after 19 months. Hang in there Mr. [Okafor], we WILL get your refund 💪", "accountant",
         "Still waiting after 19 months. Hang in there, we WILL get your refund 💪"),
    ],
)
def test_a_name_after_a_greeting_goes_with_its_title(draft, role, expected):
    assert gen(draft, "PERSON", role=role) == expected


def test_a_name_after_words_that_only_look_like_a_greeting_stays_said():
    # "love you too" here is what was said; the name is the subject of what follows
    assert gen("I said I love you too [Kev] said it first.", "PERSON", role="nurse") == "I said I love you too a patient said it first."
