"""NameBeforeHonorificRecognizer (people/name_before_honorific.py): a name with a courtesy or kin word after it
("Ajith chettan", "Raj bhaji", "陈先生", "윤서아님", "K.T.さん"); not "Thank you sir", not a place or a dish before the
word, not a particle inside a longer name, not a role or kin word with its courtesy word ("店長さん", "팀장님")."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.name_before_honorific import NameBeforeHonorificRecognizer


def found(text):
    return [text[r.start:r.end] for r in NameBeforeHonorificRecognizer().analyze(text, ["PERSON"])]


def names(detector, text):
    return [s.text for s in detector.detect(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("ഞങ്ങളുടെ ടീമിലെ Ajith chettan ന് ഇന്നലെ office il vechu heart attack ആയി 😢", "Ajith"),
        ("Saturday gurdwara te. Raj bhaji bahut khush honge je mein jaavaan.", "Raj"),
        ("Srinivas garu from accounts retired today after 31 years", "Srinivas"),
        ("Meeting with 陈先生 today about his son's autism diagnosis", "陈先生"),
        ("今天张老师又请病假，说是抑郁症复发", "张老师"),
        ("오늘 VIP 신부 윤서아님 dress 사진 올려도 되죠?", "윤서아님"),
    ],
)
def test_a_name_before_a_courtesy_word_is_found(detector, text, name):
    assert any(name in n for n in names(detector, text))


@pytest.mark.parametrize(
    "text, name",
    [
        # Japanese: spaCy's English model often reads a whole sentence of kana as one span, which then stands for both
        ("未経験からIT転職を目指したK.T.さん、今日内定出ました", "K.T.さん"),
        ("パートの佐藤さん、妊娠8週目なんだって", "佐藤さん"),
        ("施主の高橋さんご家族と現場確認", "高橋さん"),
    ],
)
def test_the_recognizer_reads_japanese_names(text, name):
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you sir, see you tomorrow",
        "Onion bhaji and a mango lassi at the staff do",
        "The Lagos aunty at church asked again",
        "I was their midwife!! Proud aunty moment",  # an English word opening the sentence
        "The auntie did her first unassisted steps since her hip fracture today",  # a determiner
        "Our uncle from bay 4 went home",  # an English word opening the sentence
        "Ya Allah, yana da zazzabi sosai",  # Hausa "yana da" (he has): no courtesy word
        "Maria da Silva won the election",  # a particle inside a longer name, not a courtesy word
        "팀장님 선생님 변호사님 오늘 회의",  # role words with 님
        "店長さん と お客様 が来た",  # a shop manager and a customer
        "上周老师说要考试",  # last week the teacher said
        "Every EMI-paying uncle in Pune is breathing a sigh of relief",  # a compound adjective before the kin word
    ],
)
def test_no_name_before_the_courtesy_word(text):
    assert found(text) == []
