"""What the organisation recognizers share: the shape of a word of a company's name, and reading a
post typed all in lowercase as if each word were capitalised."""

from __future__ import annotations

import re

# A capitalised word of a name ("Vandelay", "O'Brien", "Hewlett-Packard").
COMPANY_WORD = r"(?=[^\W\d_a-zß-ÿ])[^\W\d_][\w'’\-]*"


def capitalise_words(text: str) -> str:
    """ "praxon systems" -> "Praxon Systems"; every offset stays where it was when no letter changes length."""
    return re.sub(r"\b[^\W\d_]", lambda m: m.group().upper(), text)
