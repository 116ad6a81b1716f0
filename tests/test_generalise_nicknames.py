"""A nickname said as one (generalise/people.py nickname_slot): the words that give someone a nickname stay and
the nickname becomes "a nickname" ("we all call him 'the walrus'" -> "we all call him by a nickname"), or goes
with them ("the lad known as 'Smudge' round here" -> "the lad round here"); a rank before a quoted nickname is
who the person is ("PC 'Biscuits'" -> "A PC"). Never "we call someone", "That fella someone". All names invented."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def rewrite(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    def run(text: str, role: str = "other") -> str:
        return Pipeline(Config(role=role), detector).rewrite(text, role=role, use_llm=False).text

    return run


@pytest.mark.parametrize(
    "role, text, expected",
    [
        ("dental nurse", "the practice owner (we all call him 'the walrus' 🙄) told us no pay rise AGAIN.",
         "the practice owner (we all call him by a nickname 🙄) told us no pay rise AGAIN."),
        ("therapist", "the couple i call 'the Jam Jar people' had their best session yet.",
         "the couple i call by a nickname had their best session yet."),
        ("counsellor", "to my client who goes by Otter: so proud of you for making it this far.",
         "to my client who goes by a nickname: so proud of you for making it this far."),
        ("paramedic", "Crewed with 'Sprocket' again. He took 3 smoke breaks. Reporting him this time.",
         "Crewed with a colleague again. He took 3 smoke breaks. Reporting him this time."),
        ("police officer", "PC 'Crumpets' on our team got told off for eating in the car 😂",
         "A PC on our team got told off for eating in the car 😂"),
        ("pharmacist", "That fella 'Dai Pills' we all know was in AGAIN trying to get his codeine early.",
         "That fella we all know was in AGAIN trying to get his codeine early."),
        ("youth worker", "the lad known as 'Smudgey' round here got lifted again",
         "the lad round here got lifted again"),
        ("counsellor", "update on my client 'Bunbun' (she picked the nickname lol), 90 days today!",
         "update on my client (she picked the nickname lol), 90 days today!"),
        # a name spoken to with "buddy" after it goes alone, and "buddy" opens the sentence
        ("electrician", "Scorch marks EVERYWHERE. Trent buddy, call me FIRST next time 😬",
         "Scorch marks EVERYWHERE. Buddy, call me FIRST next time 😬"),
        ("plumber", "the leak was MY fault apparently. Sal, buddy, it's your 1962 boiler.",
         "the leak was MY fault apparently. It's your 1962 boiler."),
    ],
)
def test_a_nickname_goes_and_the_sentence_reads(rewrite, role, text, expected):
    assert rewrite(text, role) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We call it 'the graveyard shift' for a reason.",
        "The year goes by so fast when you love the job.",
        "Our team calls them 'the dailies' and nobody knows why.",
        "Slow night. Mate, you would not believe the queue.",
    ],
)
def test_words_in_quotes_that_name_no_one_stay(rewrite, text):
    assert rewrite(text) == text


@pytest.mark.parametrize(
    "role, text, expected",
    [
        # a lowercase surname after an Irish particle goes with the name and its age; the writer's role noun
        # after them stands for her (kind35)
        ("healthcare assistant", "shout out to niamh ní fhlatharta, 19, my patient on the day unit who rang the bell today",
         "shout out to my patient on the day unit who rang the bell today"),
    ],
)
def test_a_name_with_its_age_goes(rewrite, role, text, expected):
    assert rewrite(text, role) == expected


def test_a_name_and_its_age_before_an_apposition_go(rewrite):
    out = rewrite("Huge thanks to Doreen, 94, our oldest resident, for the cake.", "care worker")
    assert "Doreen" not in out and "94" not in out
    # the role noun stands for her (kind35's apposition rule): never "someone, our oldest resident" nor a lone comma
    assert out.startswith("Huge thanks to our oldest resident") and "someone" not in out
