"""NumberedRoomRecognizer (places/numbered_room.py): Wards, beds and rooms by their number: "Ward 7", "bed 12",
"room 4B", "bay C", "Courtroom 3", "Court 2" (a place noun and its number), and hospital units by floor and
wing ("Ward 4 North", "on 6 West")."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.numbered_room import NumberedRoomRecognizer

ROOM = NumberedRoomRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Night shift on Ward 7 again", "Ward 7"),
        ("our new grad on ward 9 handled it", "ward 9"),
        ("Mr K in bed 12 asked for tea", "bed 12"),
        ("Mrs. Abernathy in bed 5 on the cardiac ward", "bed 5"),
        ("Group session in room 4B", "room 4B"),
        ("moved to bay C overnight", "bay C"),
        ("the patient in side room 3", "side room 3"),
    ],
)
def test_numbered_rooms(text, found):
    assert texts(ROOM, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "I stayed in bed 2 days with flu",
        "in bed I cried for an hour",
        "there is room for improvement",
        "the cardiac ward was quiet",
        "room a bit cold today",
    ],
)
def test_rooms_that_are_not_facilities(text):
    assert texts(ROOM, text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Three hours in Courtroom 3 again", "Courtroom 3"),
        ("Waiting outside Court 2 for the list", "Court 2"),
        ("Court Room 4 was freezing", "Court Room 4"),
        ("Moved to Court No. 3 after lunch", "Court No. 3"),
        ("theatre 3 ran late all morning", "theatre 3"),
        ("Interview Room 2 smells of coffee", "Interview Room 2"),
        ("Night shift on 4 North again", "4 North"),
        ("She was moved from 6 West overnight", "6 West"),
        ("Ward 4 North is short-staffed", "Ward 4 North"),
        ("Unit 5 South was quiet for once", "Unit 5 South"),
    ],
)
def test_courtrooms_theatres_and_hospital_units(text, found):
    assert texts(ROOM, text) == [found]


def test_rooms_and_units_suggest_their_kind():
    [court] = ROOM.analyze("Waiting outside Court 2 for the list", None)
    assert court.recognition_metadata["suggestion"] == "a courtroom"
    [unit] = ROOM.analyze("Night shift on 4 North again", None)
    assert unit.recognition_metadata["suggestion"] == "a hospital ward"


@pytest.mark.parametrize(
    "text",
    [
        "Tennis on Court 2 tonight!",
        "we played on court 3 at the leisure centre",
        "Back in court 2 days later",
        "The High Court 2024 ruling",
        "Stuck on 5 South for an hour in traffic",
        "We live at 12 North Street",
        "Moved to 6 West Avenue last year",
        "Drove 5 miles north to the coast",
        "Head office is at 3 North Road",
    ],
)
def test_courts_and_compass_points_that_are_not_rooms(text):
    assert texts(ROOM, text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Last shift at Station 23 tomorrow, see you all", "Station 23"),
        ("Mrs Pryce at number 17 has called again about the hedge", "number 17"),
        ("the lovely fella from no. 4 brought biscuits", "no. 4"),
    ],
)
def test_stations_and_house_numbers(text, found):
    assert found in texts(ROOM, text)


@pytest.mark.parametrize("text", ["the song went to number 1 in the charts", "we came in at number 3 on the list", "Waited at the station 2 hours"])
def test_chart_places_and_waits_are_not_stations_or_houses(text):
    assert texts(ROOM, text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("the man in seat 17C kept pressing the call button", "seat 17C"),
        ("the juror in seat 4 has been asleep all afternoon", "seat 4"),
    ],
)
def test_someone_by_their_seat(text, found):
    assert texts(ROOM, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "I'm in seat 14A if anyone's on the same flight",  # the writer's own seat
        "Swapped my seat 3 times before take-off",  # a count of swaps
        "The hall seats 200 people",  # a capacity
    ],
)
def test_own_seats_and_capacities_are_not_rooms(text):
    assert texts(ROOM, text) == []


def test_ringgit_in_millions_written_mil_is_no_room():
    from rewriter.detect.recognizers.places.numbered_room import NumberedRoomRecognizer

    found = lambda t: [t[r.start : r.end] for r in NumberedRoomRecognizer().analyze(t, None)]
    assert found("Boss just signed with them for RM12 mil, delivery in 6 weeks") == []
    assert found("The patient in RM12 is asking for you") == ["RM12"]


# A room, a bed or a ward named in another language (room_nouns_other_languages.txt), with its number: the same
# detail as "bed 12", and the rewrite says which kind it was.
@pytest.mark.parametrize(
    "text, found, suggestion",
    [
        ("Hr. K. fra værelse 508 har klaget for femte gang", "værelse 508", "a room"),
        ("Han bodde hos oss hele januar. Rom 407.", "Rom 407", "a room"),
        ("checked in with someone who is NOT his wife, rum 18, two nights", "rum 18", "a room"),
        ("Pan z łóżka nr 7 znowu wyrwał sobie wenflon", "łóżka nr 7", "a bed on the ward"),
        ("la señora de la cama 12 no quiere comer", "cama 12", "a bed on the ward"),
        ("o senhor do leito 4 teve alta", "leito 4", "a bed on the ward"),
        ("Dia ditempatkan di Wad 6B semalam", "Wad 6B", "a hospital ward"),
        ("our resident from quarto 12 is home", "quarto 12", "a room"),
    ],
)
def test_rooms_in_other_languages(text, found, suggestion):
    results = ROOM.analyze(text, None)
    assert [text[r.start : r.end] for r in results] == [found]
    assert ROOM.result(results[0].start, results[0].end, 0.75, found).recognition_metadata["suggestion"] == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Rom 3:23 was the reading on Sunday",  # a verse, not room 3
        "Vi har et stort værelse til gæster",  # a room with no number
        "sala de espera cheia hoje, 3 horas",  # a waiting room, no number after the noun
        "Das Zimmer ist frei, 3 Nächte ab Freitag",  # a room, and a number that is no room's
        "ward 4 days ago the cama was moved",  # (the English rule's time words after an English noun)
    ],
)
def test_room_nouns_in_other_languages_without_a_room_number(text):
    assert texts(ROOM, text) == []


@pytest.mark.parametrize(
    "text, found, suggestion",
    [
        # the room or bed word of the language before the number (invented people and wards)
        ("Дядо Петко от стая 14 пак не иска да яде", "стая 14", "a room"),
        ("Пані Ганна з палати 6 знову кличе доньку", "палати 6", "a hospital ward"),
        # the number first, as an ordinal with its stop (Latvian, Estonian)
        ("Naktī atkal kliedza kundze no 9. gultas", "9. gultas", "a bed on the ward"),
        ("Šonakt pacients no 4. palātas aizgāja prom", "4. palātas", "a hospital ward"),
    ],
)
def test_rooms_of_other_languages_by_their_number(text, found, suggestion):
    results = ROOM.analyze(text, None)
    assert [text[r.start : r.end] for r in results] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "1. Zimmer buchen, 2. Koffer packen",  # a numbered list opening its line: no room by its number
        "Gultas ir jaunas, 3. stāvā",  # the bed word without its number
    ],
)
def test_ordinals_that_are_no_room(text):
    assert texts(ROOM, text) == []
