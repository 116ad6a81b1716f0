"""Word lists as data: every shipped list says what it is for and where it came from, holds no entry
twice, and no two lists are the same list."""

from __future__ import annotations

import pytest

from rewriter import vocab


def test_lists_are_found_and_loaded():
    names = vocab.available()
    assert names, "no word lists shipped in rewriter/data/"
    for name in names:
        assert vocab.entries(name), f"{name}: empty list"


@pytest.mark.parametrize("name", vocab.available())
def test_each_list_has_a_header_with_its_source(name):
    head = vocab.header(name)
    assert head and head[0], f"{name}: first line must say what the list is for"
    assert any(line.lower().startswith("source:") for line in head), f"{name}: no '# source:' line"


@pytest.mark.parametrize("name", vocab.available())
def test_no_entry_twice_in_a_list(name):
    seen, doubled = set(), []
    for entry in vocab.entries(name):
        if entry in seen:
            doubled.append(entry)
        seen.add(entry)
    assert not doubled, f"{name}: listed twice: {doubled[:10]}"


def test_no_list_is_a_copy_of_another():
    by_content = {}
    for name in vocab.available():
        key = vocab.words(name)
        assert key not in by_content, f"{name} and {by_content[key]} hold the same entries"
        by_content[key] = name


def test_unknown_list_is_a_clear_error():
    with pytest.raises(vocab.UnknownList, match="no word list named 'no_such_list'"):
        vocab.entries("no_such_list")


def test_alternation_escapes_and_keeps_order():
    import re

    name = vocab.available()[0]
    pattern = re.compile(vocab.alternation(name) + r"\Z")
    for entry in vocab.entries(name)[:50]:
        assert pattern.match(entry)


def test_a_list_with_meanings_gives_entries_alone_and_meanings_apart():
    # pet_words declares "format: entry: meaning": a breed carries its animal, a plain kind carries none
    assert "labrador" in vocab.words("pet_words") and "labrador: dog" not in vocab.words("pet_words")
    assert vocab.meanings("pet_words")["maine coon"] == "cat"
    assert "hamster" in vocab.words("pet_words") and "hamster" not in vocab.meanings("pet_words")
    # a list without that header line keeps a colon inside its entries
    assert any(":" in e for e in vocab.entries("name_titles"))
    assert vocab.meanings("name_titles") == {}
