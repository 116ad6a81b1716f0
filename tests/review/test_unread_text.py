"""unread_text: a post written mostly in a script the checker cannot read (Hangul, Ge'ez, Greek, Chinese...), or
mostly in another language written in Latin letters with a number in it, is raised on the whole post; a few words
or a name in another script in an English post, a post in another language with no number in it, and an English
post with a few words of another language are not. Every name and text here is invented."""

from __future__ import annotations

import pytest
from review_helpers import REVIEWER, kinds, span

from rewriter.review.unread_text import (
    LATIN,
    OTHER,
    mostly_other_language,
    mostly_unread,
    other_language_share,
    script_of,
    unread_share,
)

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


# -- another language in Latin letters, with a number the checker cannot weigh: raised ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hoje a minha paciente de 84 anos voltou para casa depois de três semanas na enfermaria. Fiquei tão feliz!",
        "Mój uczeń z klasy 4b znowu przyszedł do szkoły bez śniadania. Nie wiem, co się dzieje w domu.",
        "Vecina mea de la etajul 3 a fost internată aseară cu o criză, iar copiii ei sunt singuri acasă.",
        "Aaj ward mein ek uncle aaye the, 67 saal ke, unki beti ne bola ki ghar pe koi nahi hai dekhne wala.",
        "Yung pasyente ko sa kama 12, umiiyak kanina kasi walang dumalaw sa kanya ngayong linggo.",
    ],
)
def test_a_post_mostly_in_another_language_with_a_number_is_unread_text(text):
    [risk] = [r for r in REVIEWER.review(text) if r.kind == "unread_text"]
    assert risk.whole_post and (risk.start, risk.end) == (0, len(text))
    assert "language this checker reads poorly" in risk.why


@pytest.mark.parametrize(
    "text",
    [
        # the same language with no number in it: a greeting, the writer's day
        "Feliz Natal a todos! Hoje o turno foi tranquilo e ainda ganhamos bolo da equipe. Bom descanso, gente!",
        "Dzisiaj trzy lata w tej pracy! Dziękuję wszystkim za wsparcie.",
        # an English post with a few words of another language, and a number
        "Ward 7 had the best Eid party today, Eid Mubarak everyone! Shukran to the team for 3 trays of baklava.",
        "Long shift today, 12 hours on the ward. Salamat sa lahat for the support, see you all tomorrow.",
        # Englishes the checker reads: Scots, Patois
        "Ah wis on the ward fae 7 the night, pure shattered, but the wee team wis brilliant.",
        "Mi deh pon di ward from 7 till 7, mi foot dem a hurt mi bad, but di patients dem lovely.",
        # a number only in a hashtag is no number the post tells
        "Bom dia gente, vamos estudar muito hoje e amanhã também! #Day3",
    ],
)
def test_no_number_or_mostly_english_is_no_unread_text(text):
    assert "unread_text" not in kinds(text)


def test_the_share_is_of_words_in_sentences_of_another_language():
    # a sentence counts when under half its words are everyday English; names inside it are no language's
    assert other_language_share("Dzisiaj Ania skończyła szkołę. So proud of her today, what a girl!") == pytest.approx(3 / 11)
    assert other_language_share("Kia ora! Great day on the ward.") == 0.0  # too short a sentence to tell
    assert mostly_other_language("Dzisiaj 3 lata w tej pracy! Dziękuję wszystkim za wsparcie.")
    assert not mostly_other_language("Dzisiaj 3 lata. Such a long time in this job and I loved every day of it, thanks all!")


# -- another language in Latin letters, no number, but something the detector took for a name: raised -------------


def test_a_post_mostly_in_another_language_naming_someone_is_unread_text():
    text = "Colega mea de la bibliotecă, Doamna Ionescu, a intrat în tratament săptămâna asta. Toată școala crede că e în concediu."
    [risk] = [r for r in REVIEWER.review(text, [span(text, "Doamna Ionescu", "PERSON")]) if r.kind == "unread_text"]
    assert risk.whole_post and "found a name" in risk.why


def test_the_same_post_with_nothing_found_in_it_is_no_unread_text():
    text = "Colega mea de la bibliotecă a intrat în concediu săptămâna asta. Toată școala îi trimite gânduri bune."
    assert "unread_text" not in kinds(text)


def test_an_english_post_naming_someone_is_no_unread_text():
    text = "My colleague Doamna Ionescu from the library starts her leave this week, the whole school is sending love."
    assert "unread_text" not in kinds(text, [span(text, "Doamna Ionescu", "PERSON")])
