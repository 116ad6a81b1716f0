"""unread_text: a post written mostly in a script the checker cannot read (Hangul, Ge'ez, Greek, Chinese...) is
raised on the whole post; a few words or a name in another script in an English post, and a post in another
language written in Latin letters, are not. Every name and text here is invented."""

from __future__ import annotations

import pytest
from review_helpers import REVIEWER, kinds

from rewriter.review.unread_text import LATIN, OTHER, mostly_unread, script_of, unread_share

# -- mostly in another script: raised ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "오늘 병동에서 김민수 환자분이 드디어 퇴원하셨어요. 정말 기뻐요! 🎉",  # Korean
        "ዛሬ ታካሚዬ አበበ ከሆስፒታል ወጣ። በጣም ደስ ብሎኛል። #nurselife",  # Amharic (Ge'ez)
        "Σήμερα η μαθήτριά μου η Ελένη κέρδισε το πρώτο βραβείο στο σχολείο! 👏",  # Greek
        "ඊයේ මගේ රෝගියා නිමල් ගෙදර ගියා. ගොඩක් සතුටුයි 🙏",  # Sinhala
        "今天我的病人张伟终于出院了, 真替他高兴! Long shift but worth it.",  # Chinese, some English
        "Сегодня моя пациентка Анна наконец выписалась домой. Ura! 💐",  # Russian
    ],
)
def test_a_post_mostly_in_another_script_is_unread_text(text):
    assert "unread_text" in kinds(text)


def test_the_risk_is_on_the_whole_post_and_shown_so():
    text = "오늘 병동에서 김민수 환자분이 드디어 퇴원하셨어요. 정말 기뻐요!"
    [risk] = [r for r in REVIEWER.review(text) if r.kind == "unread_text"]
    assert (risk.start, risk.end, risk.whole_post, risk.phrase, risk.rewrite) == (0, len(text), True, "(the whole post)", None)
    assert risk.to_dict()["whole_post"] is True
    assert "cannot read" in risk.why


# -- not raised: a few words or a name in another script, a Latin-script language --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Happy Chuseok everyone! 추석 잘 보내세요 🌕 Back on the ward tomorrow.",  # a Korean greeting
        "So proud of my student प्रिया for her science project today!",  # a name in Devanagari
        "Eid Mubarak عيد مبارك to all my colleagues working through the holiday 🌙",
        "Finally learnt to write 谢谢 properly, my patients loved it haha",
        "Aujourd'hui ma patiente est enfin rentrée chez elle, trop contente pour elle et sa famille.",  # French
        "Ang saya ko ngayon, nakauwi na yung pasyente ko sa bahay nila. Salamat po sa lahat!",  # Tagalog
        "Hôm nay bệnh nhân của tôi đã được xuất viện, tôi rất vui.",  # Vietnamese, in Latin letters
        "𝐁𝐢𝐠 𝐧𝐞𝐰𝐬: our ward won the team award 🏆🏆🏆 ✨✨✨ 💯💯",  # styled letters, emoji
        "好!",  # one character: no post written in it
    ],
)
def test_a_few_words_of_another_script_or_a_latin_language_is_no_unread_text(text):
    assert "unread_text" not in kinds(text)


def test_digits_emoji_and_punctuation_are_no_letters():
    assert script_of("7") is None and script_of("🎉") is None and script_of("!") is None and script_of("。") is None
    assert script_of("é") == LATIN and script_of("𝐛") == LATIN and script_of("ｆ") == LATIN
    assert script_of("한") == OTHER and script_of("ሀ") == OTHER and script_of("λ") == OTHER
    # a number and emoji beside a short English phrase do not make it other-script
    assert unread_share("Ward 7 🎉🎉 2024!!! 100%") == 0.0
    assert unread_share("안녕 🎉 123") == 1.0


def test_the_share_is_of_letters_so_the_threshold_reads_the_mix():
    assert mostly_unread("오늘 환자분 퇴원 so happy")  # 7 Hangul of 14 letters
    assert not mostly_unread("오늘 so happy for my patient today")  # 2 of 26
