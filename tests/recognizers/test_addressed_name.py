"""AddressedNameRecognizer (people/addressed_name.py): a name after a family, affectionate or nursing title
("sister hargreaves", "nanny peg, 91,", "Auntie Val"), in any case; the title alone, or before an everyday
word, is no name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        ("cannot believe sister hargreaves on nights left the CD count unsigned AGAIN", "hargreaves"),
        ("my lovely lady (nanny peg, 91, lives on her own) gave me a fiver", "peg"),
        ("Auntie Val brought cake in for the whole ward", "Val"),
        ("grandma okonkwo asked for her hearing aids again", "okonkwo"),
        ("nanny margaret (88) told me off for working too hard", "margaret"),
    ],
)
def test_a_name_after_an_address_word_is_a_person(find, text, name):
    assert (name, "PERSON") in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "my sister works nights and my brother is a nurse too",
        "the nurse practitioner saw him, then the nurse said no",
        "my sister lol, she never listens",
        "my nan is 94 and still driving",
        "the matron said the new rota is out",
    ],
)
def test_an_address_word_before_an_everyday_word_names_no_one(find, text):
    assert [f for f in find(text) if f[1] == "PERSON"] == []
