"""The model rewords only the sentences the generaliser changed; the writer's other sentences stay as typed."""

from __future__ import annotations

import pytest

from rewriter.llm.untouched import changed_offsets, keep_untouched, sentences


@pytest.mark.parametrize(
    "text",
    [
        "Hi there. How are you?\nFine!! 😀 ok",
        "One sentence with no end",
        "Ends with a quote.' Then more… and \"a quote!\" Done.",
        "",
    ],
)
def test_sentences_join_back_to_the_text(text):
    assert "".join(sentences(text)) == text


def test_changed_offsets_point_into_the_generalised_text():
    original = "Saw Priya Sharma on Tuesday. Lovely day."
    generalised = "Saw a colleague on Tuesday. Lovely day."
    offsets = changed_offsets(original, generalised)
    assert offsets and all(generalised.index("a colleague") <= o < generalised.index(" on") for o in offsets)


def test_a_dropped_word_marks_its_sentence_changed():
    original = "It was Kevin. Nice weather."
    generalised = "It was. Nice weather."
    assert [o for o in changed_offsets(original, generalised) if o < len("It was.")]


# (typed post, generalised text, the model's answer, what is offered)
CASES = [
    # a sentence the generaliser never touched comes back word for word: capitals, quotes, emphasis, emoji
    (
        "Proud moment: the only deaf girl in year 9 at Hillcrest signed the assembly today. Inclusion matters 🤟",
        "Proud moment: a deaf girl signed the assembly today. Inclusion matters 🤟",
        "A proud moment: a deaf girl signed the assembly today. Inclusion matters!",
        "A proud moment: a deaf girl signed the assembly today. Inclusion matters 🤟",
    ),
    (
        "Shoutout to Kwame who 'forgot' the invite. Love that for me 🙃",
        "Shoutout to a colleague who 'forgot' the invite. Love that for me 🙃",
        "Shoutout to a colleague who forgot the invite. I love that for me.",
        "Shoutout to a colleague who forgot the invite. Love that for me 🙃",
    ),
    (
        "Met Dr Anand at the clinic. He earns LESS than me lol. pay transparency era 🫠",
        "Met a doctor at the clinic. He earns LESS than me lol. pay transparency era 🫠",
        "I met a doctor at the clinic. He earns less than me. A recent pay transparency era.",
        "I met a doctor at the clinic. He earns LESS than me lol. pay transparency era 🫠",
    ),
    # the changed sentence keeps the model's smoothing
    (
        "Huge step today. Had a session with Gregory Walsh in Leeds and he opened up.",
        "Huge step today. Had a session with a client elsewhere and he opened up.",
        "Huge step today. Had a session with a client and he opened up.",
        "Huge step today. Had a session with a client and he opened up.",
    ),
    # a sentence the model wrote anew (matching nothing of the post) is the model's to answer for
    (
        "Saw Priya today. Great chat.",
        "Saw a colleague today. Great chat.",
        "Saw a colleague today. Great chat. Something entirely different was said here.",
        "Saw a colleague today. Great chat. Something entirely different was said here.",
    ),
    # nothing changed by the model: nothing changed by the splice
    (
        "Saw Priya today. Great chat.",
        "Saw a colleague today. Great chat.",
        "Saw a colleague today. Great chat.",
        "Saw a colleague today. Great chat.",
    ),
    # a line break the model kept stays; the untouched line is the typed one
    (
        "Big day!!\nMet Sam Lee at Harrow.",
        "Big day!!\nMet a client elsewhere.",
        "Big day!\nMet a client.",
        "Big day!!\nMet a client.",
    ),
]


@pytest.mark.parametrize("original, generalised, answer, offered", CASES)
def test_keep_untouched(original, generalised, answer, offered):
    assert keep_untouched(original, generalised, answer) == offered


def test_the_model_dropping_an_untouched_sentence_is_not_undone_here():
    # the quality gate ("leaves out ...") answers for lost content; the splice never adds a sentence back
    assert keep_untouched("Saw Priya. Nice day. Long shift.", "Saw a colleague. Nice day. Long shift.",
                          "Saw a colleague. Long shift.") == "Saw a colleague. Long shift."
