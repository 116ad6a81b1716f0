"""VocativeNameRecognizer (people/vocative_name.py): a name the writer speaks to, opening a sentence, is a
person; an everyday word or a public name spoken to is not."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.vocative_name import VocativeNameRecognizer

VOCATIVE = VocativeNameRecognizer()


def names(text: str) -> list[str]:
    return [text[r.start:r.end] for r in VOCATIVE.analyze(text, None)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Charge nurse said I'm too slow in front of a patient. Aled, mate, try doing 14 sets of obs.", "Aled"),
        ("Passed her final assessment today 🎉 Tolulope, you absolute star.", "Tolulope"),
        ("Third time this week he's kicked off. Jaxon, buddy, we talked about this.", "Jaxon"),
        ("Moved teams on Friday.\nWiktoria, if you're reading this, the plant is yours.", "Wiktoria"),
    ],
)
def test_a_name_spoken_to_is_a_person(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Long week. Anyway, if you're debugging today, check the certificate first.",
        "Lunchbox season again. Parents, please check for nuts!!",
        "Deploy day. Kubernetes, please behave.",
        "Best gig of the year. Beyoncé, you were unreal.",
        "Proud of the team. Aled said you were all brilliant.",  # named, not spoken to
    ],
)
def test_an_everyday_word_a_public_name_or_no_address_is_no_one(text):
    assert names(text) == []


def test_the_detector_finds_the_name_spaCy_missed(find):
    text = "Charge nurse said I'm too slow in front of a patient. Aled, mate, try doing 14 sets of obs."
    assert ("Aled", "PERSON") in find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a word the dictionary also lists as a given name, spoken to with the words friends are called by
        ("told the tenants the leak was MY fault. Sal, buddy, it's your 1962 boiler.", "Sal"),
        ("Scorch marks EVERYWHERE. Brent buddy, call me FIRST next time", "Brent"),
        # a name cheered on at the close of an exclamation
        ("Great work today, Sione! Proud of you", "Sione"),
    ],
)
def test_a_name_cheered_or_called_mate_is_a_person(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "What a match, England!",
        "Come on, Leinster!",
        "Thank you, God!",
        "Merry Christmas, Nana!",
        "Happy Friday, Everyone!",
        "We did it, Team!",
        "Sorry, you lot, the shop is shut.",
        "Chur bro, swell was pumping at the point, six lessons in and not one broken board",
    ],
)
def test_a_place_god_kin_or_everyone_cheered_is_no_one(text):
    assert names(text) == []
