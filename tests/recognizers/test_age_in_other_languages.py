"""AgeInOtherLanguagesRecognizer (people/age_in_other_languages.py): a number with another language's own "years old"
after it, its word for a person's age before it, or a Romance verb of having the years. Every name and sentence here
is invented."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.age_in_other_languages import AgeInOtherLanguagesRecognizer

AGE = AgeInOtherLanguagesRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in AGE.analyze(text, None)]


@pytest.mark.parametrize("text, age", [
    ("Hôm nay bé Vy 4 tuổi vẽ tặng cả khoa một bức tranh", "4 tuổi"),
    ("Wiilkii Cabdi oo 9 jir ah ayaa isbitaalka yimid", "9 jir"),
    ("Yeni hastamız 82 yaşında, çok tatlı bir amca", "82 yaşında"),
    ("Mój podopieczny, 19-letni chłopak z Radomia, znowu uciekł", "19-letni"),
    ("Die 91-Jährige aus Zimmer 3 hat heute gelacht", "91-Jährige"),
    ("A néni 88 éves és még mindig süt nekünk", "88 éves"),
    ("Pesakit baru kami, umur 67, dari Kuantan", "umur 67"),
    ("Lami, shekarunta 16, ta zo asibiti", "shekarunta 16"),
    ("A vizinha do quarto 2 tem 93 anos e ainda faz crochê", "93 anos"),
    ("Don Anselmo cumplió 100 años ayer en la residencia", "100 años"),
    ("Elle a 87 ans et elle marche encore tous les jours", "87 ans"),
    ("Doamna Ionescu are 74 de ani și trăiește singură", "74 de ani"),
    ("Pedrinho, 6 aninhos, ganhou o concurso de desenho", "6 aninhos"),
    # Persian (romanised), Malayalam, Bengali, Nepali, Thai and Kinyarwanda
    ("Shagerde jadidam, Tara, 12 salesh e va kheili bahoosh e", "12 salesh"),
    ("Ammachi ippo ICU il aanu. 72 vayassu maathram.", "72 vayassu"),
    ("নতুন resident খালা, ৯১ বছর বয়সী, খুব মিষ্টি", "৯১ বছর বয়সী"),
    ("Bed ko hajurba, 81 barse, bolna garo cha", "81 barse"),
    ("น้องคนนี้ 7 ขวบ เรียนเก่งมาก", "7 ขวบ"),
    ("Umukobwa w'imyaka 13 yaje kundeba uyu munsi", "w'imyaka 13"),
    # Albanian, Estonian, Latvian, Bulgarian, Armenian, Georgian, Pashto, Sorani, Marathi (session 50)
    ("Klienti im, Dritoni, 27 vjeç, ka seancë të hënën", "27 vjeç"),
    ("Sot takova një zonjë 79 vjeçe nga fshati", "79 vjeçe"),
    ("Meie rühmas on üks 9-aastane poiss, kes ei räägi", "9-aastane"),
    ("Mana pacienta, 88 gadus veca, šodien smaidīja", "88 gadus veca"),
    ("Нашата пациентка, 77 годишна, се прибра у дома", "77 годишна"),
    ("Մեր խմբի Արամը (4 տարեկան) այսօր երգեց", "4 տարեկան"),
    ("ერთი 41 წლის ექთანი დღეს წავიდა", "41 წლის"),
    ("نن مې یوه ناروغه ولیدله، 72 کلنه", "72 کلنه"),
    ("کوڕێکی ١٦ ساڵان هات بۆ لام", "١٦ ساڵان"),
    ("Aaj ward madhe 82 varshanche aaji aalya", "82 varshanche"),
])
def test_an_age_in_another_languages_words(text, age):
    assert texts(text) == [age]


@pytest.mark.parametrize("text", [
    "Il y a 3 ans que je travaille ici",  # three years ago
    "Ela tem 30 anos de casa e nunca faltou",  # thirty years at the firm
    "Lui ha 20 anni di esperienza in reparto",  # years of experience
    "Faz 3 anos que não vejo a minha turma",  # a time ago
    "Mamy 2 lata gwarancji na ten sprzęt",  # a plain word for years
    "Zakończyłam studia 5 lat temu",
    "My son is 7 aninhos and loves it",  # the writer's own family
    "Kursus ini untuk umur 210 ke atas",  # no one's age
    "we are 3 years behind on the audit",  # English "are" takes no other language's years
    "Big 11 sale this weekend at the pharmacy",  # an English word, not the Persian age
    "Dukaan 10 saal purani hai",  # a plain word for years (Hindi-Urdu "saal" without ka/ki/ke)
    "Punoj këtu prej 12 vjet",  # Albanian plain years: a length of time
    "Ilay orinasa dia efa 3 taona izao",  # Malagasy plain years
    "Працюю тут вже 5 років",  # Ukrainian plain years
])
def test_no_age(text):
    assert texts(text) == []
