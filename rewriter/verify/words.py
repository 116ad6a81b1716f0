"""How the checks read a text: canonical words and digit runs, and the words too common to count."""

from __future__ import annotations

import re

from ..text import canonical

STOPWORDS = frozenset(
    """
    a an the and or but so of in on at to from by with for about into over after before than then that this
    these those is was are were be been being have has had do does did will would can could should may might
    must i me my we us our you your he him his she her they them their it its what which who whom when where
    why how not no just very really also too still even all any some every each there here today
    """.split()
)


def words_in(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", canonical(text))


def digit_runs(text: str) -> set[str]:
    return set(re.findall(r"\d{2,}", canonical(text)))
