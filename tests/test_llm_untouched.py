"""The model may change only the words beside what the generaliser replaced; the writer's other words stay."""

from __future__ import annotations

import pytest

from rewriter.llm.untouched import changed_offsets, keep_untouched


def test_changed_offsets_point_at_the_replacement():
    original = "Saw Priya Sharma on Tuesday. Lovely day."
    generalised = "Saw a colleague on Tuesday. Lovely day."
    offsets = changed_offsets(original, generalised)
    assert offsets and all(generalised.index("a colleague") <= o < generalised.index(" on") for o in offsets)


def test_a_dropped_word_marks_the_word_before_the_gap():
    assert changed_offsets("It was Kevin. Nice weather.", "It was. Nice weather.") == [3]


# (typed post, generalised text, the model's answer, what is offered)
CASES = [
    # words far from any replacement come back as typed: capitals, quotes, emphasis, emoji, "lol"
    (
        "Proud moment: the only deaf girl in year 9 at Hillcrest signed the assembly today. Inclusion matters 🤟",
        "Proud moment: a deaf girl signed the assembly today. Inclusion matters 🤟",
        "A proud moment: a deaf girl signed the assembly today. Inclusion matters!",
        "Proud moment: a deaf girl signed the assembly today. Inclusion matters 🤟",
    ),
    (
        "Shoutout to Kwame on the duty team who 'forgot' the invite. Love that for me 🙃",
        "Shoutout to a colleague on the duty team who 'forgot' the invite. Love that for me 🙃",
        "Shoutout to a colleague on the duty team who forgot the invite. I love that for me.",
        "Shoutout to a colleague on the duty team who 'forgot' the invite. Love that for me 🙃",
    ),
    (
        "Priyanka's offer came in at £78k, which means her manager earns LESS than her lol. pay transparency era 🫠",
        "My colleague's offer came in at a significant sum, which means her manager earns LESS than her lol. pay transparency era 🫠",
        "My colleague's offer came in at a significant sum, which means her manager earns less than her own manager. A recent pay transparency era.",
        "My colleague's offer came in at a significant sum, which means her manager earns LESS than her lol. pay transparency era 🫠",
    ),
    (
        "Family court again tomorrow for the Pearce children. If the judge sends them home it's on her, not me.",
        "Family court again tomorrow for the children. If the judge sends them home it's on her, not me.",
        "Family court again tomorrow for the children. If the judge sends them home it's not me.",
        "Family court again tomorrow for the children. If the judge sends them home it's on her, not me.",
    ),
    # beside a replacement the model's smoothing is kept: a dropped "elsewhere", an article, a capital
    (
        "Huge step today. Had a session with Gregory Walsh in Leeds and he opened up.",
        "Huge step today. Had a session with a client elsewhere and he opened up.",
        "Huge step today! Had a session with a client and he opened up.",
        "Huge step today. Had a session with a client and he opened up.",
    ),
    (
        "Everyone in Little Hadley knows which house I'm going into.",
        "Everyone elsewhere knows which house I'm going into.",
        "Everyone here knows which house I'm going into.",
        "Everyone here knows which house I'm going into.",
    ),
    # a clause the model rephrased around a replacement is taken whole, never half and half
    (
        "Met Dr Anand's wife at the clinic today.",
        "Met a doctor's wife at the clinic today.",
        "Met the wife of a doctor at the clinic today.",
        "Met the wife of a doctor at the clinic today.",
    ),
    # nothing changed by the model: nothing changed here
    (
        "Saw Priya today. Great chat.",
        "Saw a colleague today. Great chat.",
        "Saw a colleague today. Great chat.",
        "Saw a colleague today. Great chat.",
    ),
    # a line break the model kept stays
    (
        "Big day!!\nMet Sam Lee at Harrow.",
        "Big day!!\nMet a client elsewhere.",
        "Big day!\nMet a client.",
        "Big day!!\nMet a client.",
    ),
    # a sentence the model added far from any replacement is dropped (the quality gate would refuse it too)
    (
        "Saw Priya today. Great chat.",
        "Saw a colleague today. Great chat.",
        "Saw a colleague today. Great chat. It was a bittersweet moment.",
        "Saw a colleague today. Great chat.",
    ),
    # the generalised text's last word followed by a word the model added beside a replacement
    (
        "Long day with Sam",
        "Long day with a client",
        "Long day with a client today",
        "Long day with a client today",
    ),
]


@pytest.mark.parametrize("original, generalised, answer, offered", CASES)
def test_keep_untouched(original, generalised, answer, offered):
    assert keep_untouched(original, generalised, answer) == offered


def test_an_untouched_sentence_the_model_dropped_comes_back():
    assert keep_untouched("Saw Priya today. Nice day. Long shift.", "Saw a colleague today. Nice day. Long shift.",
                          "Saw a colleague today. Long shift.") == "Saw a colleague today. Nice day. Long shift."


def test_an_emoji_the_model_dropped_beside_a_replacement_comes_back():
    assert keep_untouched("Lovely party for Harold 🎂🎉", "Lovely party for a resident 🎂🎉",
                          "Lovely party for a resident.") == "Lovely party for a resident 🎂🎉"


def test_a_person_the_model_dropped_beside_a_replacement_comes_back():
    original = "Lovely party at Millbrook for Harold and Gwen, both 90."
    generalised = "Lovely party for a resident and another resident, both older."
    answer = "Lovely party for a resident."
    assert keep_untouched(original, generalised, answer) == generalised
