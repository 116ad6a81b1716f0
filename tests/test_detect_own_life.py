"""Issue 10 precision, session 6: the writer's own pets, public and fictional figures, brands in ordinary
use, travel, and the writer's own age and party days are left alone; the same shapes stay caught where
the post makes them a client's, a colleague's or a patient's. Every sentence here was written for these
tests, none from the dev sets."""

from __future__ import annotations

import pytest
from conftest import flagged_in
from rewriter.detect.recognizers.support import not_people
from rewriter.detect.recognizers.support.not_people import own_pet_names


# -- the writer's own pets ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("Took my dog Pretzel to the beach after a brutal week of nights.", "Pretzel"),
        ("Our cat Pickle's vet bill came to more than my council tax this month.", "Pickle"),
        ("Long walkies with Biscuit before the early shift, bliss.", "Biscuit"),
        ("My rabbit Clover ignored me all evening, rude.", "Clover"),
        # "ma" (Scots my), "wor" (Geordie our): the writer's own animal in their English
        ("Away hame tae ma cat Tunnock an a cuppa after a long week.", "Tunnock"),
        ("Wor dog Bella had the Sunday roast off the table, the cheek.", "Bella"),
        ("Our new puppy Mabel chewed the lanyard I need for work.", "Mabel"),
        ("Nothing fixes a rota week like cuddles with my staffie Bruno.", "Bruno"),
        ("Home to our guinea pig Nugget and a takeaway.", "Nugget"),
        ("Waffle, our rescue greyhound, has claimed the sofa again.", "Waffle"),
        ("My old pony Duchess turns 25 today and still bites.", "Duchess"),
        ("Our kitten Tilly knocked my laptop off the desk. Tilly shows no remorse.", "Tilly"),
    ],
)
def test_the_writers_own_pet_is_not_a_person(find, text, word):
    assert flagged_in(find, text, word) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mrs K's dog Pretzel sat by her bed all afternoon.", "Pretzel"),
        ("Her spaniel Rocky was the only thing she asked about on the ward.", "Rocky"),
        # "ma pal": a person, whatever English the possessive is in
        ("Away hame tae ma pal Shug an a cuppa after a long week.", "Shug"),
        ("My client Bruno Alvarez brought his dog to the session.", "Bruno Alvarez"),
        ("Sam the dog walker found him collapsed on the towpath.", "Sam"),
        ("Walked my dog and then met Gareth Price to go over his appeal.", "Gareth Price"),
        # at work with animals, an animal named without "my" or "our" is a client's
        ("Dog walker life: Mabel the cockapoo rolled in fox poo again.", "Mabel"),
        ("Marnie the whippet came in for her jabs and charmed the whole clinic.", "Marnie"),
    ],
)
def test_someone_elses_pet_or_a_person_beside_one_is_still_caught(find, text, name):
    assert flagged_in(find, text, name)


# -- public, historical and fictional figures by what the sentence does with them ------------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("Channelling my inner Leslie Knope for the budget meeting.", "Knope"),
        ("Channelling my inner Atticus Finch for this tribunal prep.", "Finch"),
        ("As Maya Angelou once said, people will never forget how you made them feel.", "Angelou"),
        ("Rereading Viktor Frankl's Man's Search for Meaning on my lunch break.", "Frankl"),
        ("In the words of Dolly Parton, if you want the rainbow you gotta put up with the rain.", "Parton"),
        ("Honestly Nelson Mandela would be proud of these apprentices.", "Mandela"),
        ("Nye Bevan would be turning in his grave at these waiting lists.", "Bevan"),
        ("Dropped a Marcus Aurelius quote into the team huddle and nobody laughed.", "Aurelius"),
        ("My favourite Mary Oliver line is on a post-it above my desk.", "Oliver"),
        ("Quoting Audre Lorde again in my reflective log.", "Lorde"),
    ],
)
def test_a_public_or_fictional_figure_is_notflagged_in(find, text, word):
    assert flagged_in(find, text, word) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("As my colleague Dana Whitfield said, the rota is a work of fiction.", "Dana Whitfield"),
        ("In the words of my client Harriet Moss, I finally feel heard.", "Harriet Moss"),
        ("Reading Sarah Jones's referral letter before the meeting.", "Sarah Jones"),
        ("As Dr Collins said, the scans were clear.", "Collins"),
        ("Mrs Evans would be proud of her grandson, she told me.", "Evans"),
        ("Quoting my client Peter Holt: I finally slept.", "Peter Holt"),
    ],
)
def test_someone_the_writer_knows_is_still_caught(find, text, name):
    assert flagged_in(find, text, name)


# -- brands, software, national events, named storms and quoted titles in ordinary use --------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("Night shift survival kit: Jaffa Cakes, Tim Tams and a litre of Irn-Bru.", "Jaffa"),
        ("Night shift survival kit: Jaffa Cakes, Tim Tams and a litre of Irn-Bru.", "Tim Tams"),
        ("Night shift survival kit: Jaffa Cakes, Tim Tams and a litre of Irn-Bru.", "Irn-Bru"),
        ("Team lunch at Nando's to celebrate the audit.", "Nando"),
        # a pharmacy shelf's and a dentist's brands
        ("Any other dentists tried the Colgate whitening strips patients keep asking about?", "Colgate"),
        ("Did the big Tesco shop after a twelve hour shift.", "Tesco"),
        ("Sainsbury's meal deal and a quiet corner: my lunch break.", "Sainsbury"),
        ("Rebuilt the rota in Google Sheets and nobody cried.", "Sheets"),
        ("Learning Power BI on my evenings off.", "Power BI"),
        ("Finally switched to Neovim and my wrists thank me.", "Neovim"),
        ("Hoping the Budget does something for social care.", "Budget"),
        ("Storm Babet flooded the car park again.", "Babet"),
        ("Hurricane Milton coverage has me glued to the news.", "Milton"),
        ("Belting out 'Dancing Queen' on the drive home after a double.", "Dancing Queen"),
        ("Our busker did a cover of 'Bohemian Rhapsody'. I have heard it 4,000 times.", "Bohemian Rhapsody"),
    ],
)
def test_brands_events_and_titles_in_ordinary_use_are_notflagged_in(find, text, word):
    assert flagged_in(find, text, word) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Our client Greggs signed the renewal today.", "Greggs"),
        ("Our client Colgate signed the renewal today.", "Colgate"),
        ("We lost Pret, our biggest account.", "Pret"),
        ("Sat with Mr Costa in bay four this morning.", "Costa"),
        ("Sarah Costa rang the office twice today.", "Sarah Costa"),
        ("The Greggs store on our site is short staffed.", "Greggs"),
        ("Sat down with 'Big Steve' from the hostel today, he's doing better.", "Steve"),
    ],
)
def test_a_brand_made_a_client_or_a_person_of_the_same_name_is_still_caught(find, text, name):
    assert flagged_in(find, text, name)


# -- travel: cities, resorts and landmarks the writer visits -------------------------------------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("Off to Seville next week for a long weekend, no laptop.", "Seville"),
        ("Finally saw the Taj Mahal after twenty years of wanting to.", "Taj Mahal"),
        ("Holiday in Dubrovnik booked, annual leave approved.", "Dubrovnik"),
        ("Flying to Reykjavik for the conference on Thursday.", "Reykjavik"),
        ("Visited the Colosseum and the Trevi Fountain on our day off.", "Colosseum"),
        ("Visited the Colosseum and the Trevi Fountain on our day off.", "Trevi"),
        ("Just back from Hoi An, best food of my life.", "Hoi An"),
        ("We walked the Great Wall and my knees have not forgiven me.", "Great Wall"),
        ("Booked a week in Santorini for my 40th.", "Santorini"),
    ],
)
def test_a_place_the_writer_travels_to_is_notflagged_in(find, text, word):
    assert flagged_in(find, text, word) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Our Seville office is hiring.", "Seville"),
        ("I live in Whitby now.", "Whitby"),
        ("Her son in Montego Bay calls every Sunday.", "Montego Bay"),
        ("Our Santorini villa guests complained again.", "Santorini"),
    ],
)
def test_where_someone_lives_or_works_is_still_caught(find, text, name):
    assert flagged_in(find, text, name)


# -- the writer's own family celebrations and a big public employer --------------------------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("Aunty Ronke's 60th on Saturday, so I've swapped my shift.", "Ronke"),
        ("Aunty Ronke's 60th on Saturday, so I've swapped my shift.", "Saturday"),
        ("Uncle Dele's wedding in Lagos next month, outfit sorted.", "Dele"),
        ("Cousin Femi's graduation on Friday and I've booked the day off.", "Femi"),
        ("Proud to be a paramedic with the Scottish Ambulance Service for ten years.", "Ambulance"),
        ("Twenty years with Greater Manchester Police and still learning.", "Police"),
        ("Spent the whole day at the Crown Court waiting to give evidence.", "Crown Court"),
    ],
)
def test_own_family_celebrations_and_big_public_bodies_are_notflagged_in(find, text, word):
    assert flagged_in(find, text, word) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Auntie Pam's 80th birthday at the care home today, residents loved the cake.", "Pam"),
        ("Mr Bello's 60th on Saturday was the last time his family saw him well.", "Bello"),
        ("We won the Greater Manchester Police contract today!", "Police"),
        ("Our client NHS Scotland signed off the pilot.", "NHS Scotland"),
    ],
)
def test_a_residents_celebration_or_a_public_body_as_client_is_still_caught(find, text, name):
    assert flagged_in(find, text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Olga Krylova\nCable line installer\nNorth Site", "Olga"),
        ("Spoke to Priya Raman line manager to line manager about the rota.", "Priya Raman"),
    ],
)
def test_a_name_before_a_job_with_line_in_it_is_not_a_quote(find, text, name):
    assert flagged_in(find, text, name)


def test_a_posts_own_pet_names_are_worked_out_once_for_all_its_candidate_names():
    # asked once per name the model offers (four times a post on average) about the same text
    text = "Walkies with my dog Pretzel and Maria before Pretzel's vet bill"
    first = own_pet_names(text)
    assert first == {"Pretzel"}
    assert own_pet_names(text) is first


def test_the_posts_animal_work_is_read_only_when_an_animal_named_in_it_could_change_the_answer(monkeypatch):
    # the animal-work words are a long alternation, most of the time this takes, and most posts name no animal
    searched = []
    real = not_people._ANIMAL_WORK

    class Spy:
        def search(self, text):
            searched.append(text)
            return real.search(text)

    monkeypatch.setattr(not_people, "_ANIMAL_WORK", Spy())
    assert own_pet_names.__wrapped__("Coffee with my colleague Maya before the ward round.") == frozenset()
    assert own_pet_names.__wrapped__("Our dog Pretzel needs a walk.") == frozenset({"Pretzel"})
    assert not searched
    assert own_pet_names.__wrapped__("Pickle the cockapoo came in for her jabs at the vets.") == frozenset()
    assert own_pet_names.__wrapped__("Pickle the cockapoo stole my toast.") == frozenset({"Pickle"})
    assert len(searched) == 2
