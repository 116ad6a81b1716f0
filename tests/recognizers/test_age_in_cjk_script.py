"""AgeInCjkScriptRecognizer (people/age_in_cjk_script.py): an age written with 歲, 岁, 歳, 살 or 세 after the
number. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.age_in_cjk_script import AgeInCjkScriptRecognizer

AGE = AgeInCjkScriptRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in AGE.analyze(text, None)]


@pytest.mark.parametrize("text, age", [
    ("Bed 9 uncle Mr Leung, 77歲, keeps pulling out his cannula 😩", "77歲"),
    ("Student's 妹妹 DM'd me on IG, 佢先 12 歲 😳", "12 歲"),
    ("今日見咗個 client, 八十五歲 仲自己搭巴士嚟", "八十五歲"),
    ("Visited Mrs Wong again, 她已经 91岁 了", "91岁"),
    ("ホームの田中さん、103歳の誕生日でした 🎂", "103歳"),
    ("Our new 학생 민준이는 9살 and already reads better than me", "9살"),
    ("Patient 김씨 (72세) refused his meds again", "72세"),
])
def test_an_age_in_cjk_script(text, age):
    assert texts(text) == [age]


@pytest.mark.parametrize("text", [
    "做咗 27 年 accounts, finally retiring 🥲",  # years of service are written with 年, never 歲
    "平成3年 was a long time ago lol",  # an era year
    "Ward 7樓 closed for cleaning today",  # a floor
    "3세 경영 at that chaebol again, same family",  # a family's third generation running a firm
    "Paid $45 for 2 bowls of noodles, 好貴",  # a price and a count
    "The 24/7 helpline number is on the poster",  # no unit at all
])
def test_numbers_that_are_no_age_are_left(text):
    assert texts(text) == []


@pytest.mark.parametrize("text, kept, gone", [
    ("Only Capgras-type case on our unit 😅 Mr Tse, 63歲, keeps asking me to check his wife's ID card.",
     "keeps asking me", "63"),
    ("Student's 妹妹 DM'd me on IG 😳 佢先 12 歲... should I block??", "should I block", "12"),
])
def test_the_rewrite_drops_or_bands_the_age(detector, text, kept, gone):
    from rewriter.generalise import generalise

    out = generalise(text, detector.detect(text, role="other"), "other").text
    assert kept in out and gone not in out and "歲" not in out, out


def test_an_age_before_a_titled_name_goes_with_its_space(detector):
    from rewriter.generalise import generalise

    text = "Home visit with the police this morning, 82歲 Mrs Ho 俾個仔打到手腫. Case still open."
    out = generalise(text, detector.detect(text, role="other"), "other").text
    assert "82" not in out and "older person someone" not in out, out
