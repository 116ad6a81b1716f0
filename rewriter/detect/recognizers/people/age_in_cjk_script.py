"""Ages written with the Chinese, Japanese or Korean word for "years old", as posts that mix Cantonese, Mandarin,
Japanese or Korean into English write them: "Mr Chan, 58歲, keeps asking", "佢先 14 歲", "85歳のおばあちゃん",
"아들이 7살", "김씨 (72세)". The unit makes the number an age, the same detail as "58 years old" (issue 10: ages
in their written forms); none of the English age rules reads these scripts.

歲 (traditional), 岁 (simplified) and 歳 (Japanese) mean "years of age" after a number and nothing else. Korean
살 after a number is the everyday age; 세 is the formal one, but after 1 to 3 it is as often a generation
("3세 경영", the founder's grandson running the firm), so it counts from 4 up. A number in Chinese numerals
("八十五歲") is read too. A count of years that is no one's age is written with 年 ("做咗 27 年", "27年間") and never
matches."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer

# Chinese numerals as ages are written: "八十五", "十四", "一百零一", "兩" for two
_HAN_NUMBER = r"[零一二三四五六七八九十百兩两]{1,5}"
_HAN_DIGITS = {"零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _han_value(numeral: str) -> int | None:
    """The value of a Chinese numeral up to 199 ("八十五" 85, "十四" 14, "一百零一" 101), or None."""
    total, digit = 0, None
    for ch in numeral:
        if ch in _HAN_DIGITS:
            digit = _HAN_DIGITS[ch]
        elif ch == "十":
            total += (digit if digit is not None else 1) * 10
            digit = None
        elif ch == "百":
            total += (digit if digit is not None else 1) * 100
            digit = None
        else:
            return None
    return total + (digit or 0)


class AgeInCjkScriptRecognizer(GatedRegexRecognizer):
    ORDER = 109
    ENTITY = "AGE"
    GATE_WORDS = ("歲", "岁", "歳", "살", "세")
    PATTERNS = [
        # "58歲", "14 歲", "85岁", "85歳", "八十五歲": the number and the unit, the space between optional
        Pattern("N 歲", rf"(?<![\d.,])(?:\d{{1,3}}|{_HAN_NUMBER})\s?[歲岁歳]", 0.8),
        # "7살", "72세", "(72세)": Korean, the number joined to the unit (a space is rare and as often a list)
        Pattern("N 살", r"(?<![\d.,])\d{1,3}\s?(?:살|세)(?![가-힣]{2})", 0.8),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        number = re.match(r"\d+|\S+?(?=\s?[歲岁歳살세])", match.group()).group()
        years = int(number) if number.isdigit() else _han_value(number)
        if years is None or not 0 < years <= 120:
            return False
        if match.group().endswith("세") and years < 4:
            return False  # "3세 경영": a family's third generation running a firm, not a toddler
        return True
