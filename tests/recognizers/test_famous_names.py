"""Famous names (issue 10, precision on held-out drafts): a well-known person, fictional character,
landmark or work that the rules know by name (data/famous_people.txt, famous_things.txt) is left alone;
the same name stays flagged where the post makes them someone the writer knows or serves."""

import pytest
from conftest import flagged_in

from rewriter import vocab
from rewriter.detect.recognizers.support.famous_names import (
    famous_person, famous_surname_in_public_work, famous_thing, listed_public_figure)


@pytest.mark.parametrize(
    "text",
    [
        "We had a Roald Dahl marathon at home this weekend.",
        "Florence Nightingale would have hated our rota.",
        "Watched Usain Bolt's old races with the kids.",
        "Nelson Mandela said education is the most powerful weapon.",
        "Reading Sherlock Holmes on the train home.",
    ],
)
def test_a_famous_name_is_left_alone(find, text):
    assert find(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("My client Roald Dahl called again today.", "Roald Dahl"),
        ("Our new patient Usain Bolt settled in well.", "Usain Bolt"),
        ("Usain Bolt, one of my residents, had a fall.", "Usain Bolt"),
        ("Bed 4, Nelson Mandela, was discharged.", "Nelson Mandela"),
    ],
)
def test_the_same_name_said_of_someone_the_writer_knows_stays_flagged(find, text, name):
    assert any(name in t for t, _ in find(text))


def test_a_first_name_alone_is_never_famous():
    assert all(len(name.split()) >= 2 for name in vocab.words("famous_people"))
    text = "Florence came in for her review."
    assert not famous_person(text, 0, 8, "Florence")


def test_a_name_the_model_cut_short_is_read_whole():
    text = "As a student I read about Florence Nightingale."
    start = text.index("Nightingale")
    assert famous_person(text, start, start + len("Nightingale"), "Nightingale")


def test_common_full_names_are_not_taken_for_famous_ones():
    # "John Smith" (the colonist) and "Grace Kelly" are famous, but many private people carry them
    assert "John Smith" not in vocab.words("famous_people")
    assert "Grace Kelly" not in vocab.words("famous_people")


def test_landmarks_and_works_are_known_but_not_given_names_or_ordinary_words():
    assert famous_thing("Magna Carta")
    assert not famous_thing("Jordan")
    assert not famous_thing("Nice")


def test_a_famous_name_after_an_honour_is_left_alone_but_not_after_a_courtesy_title(find):
    assert find("A photo of Sir Edmund Hillary on the wall of the site office.") == []
    assert any("Usain Bolt" in t for t, _ in find("Mr Usain Bolt came in for his review."))


def test_a_possessive_some_words_before_is_no_relationship(find):
    assert find("She asked me to read her some Maya Angelou before bed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Phoebe Bridgers on repeat all the way home.",
        "That Matthew McConaughey audiobook got me through the commute.",
        "Keir Starmer was on the radio again this morning.",
    ],
)
def test_a_star_from_wikipedias_biographies_is_left_alone(find, text):
    # wikipedia_people.txt: people the Vital Articles and WordNet are too short to hold
    assert find(text) == []


def test_a_star_from_wikipedias_biographies_said_of_someone_the_writer_knows_stays_flagged(find):
    assert any("Phoebe Bridgers" in t for t, _ in find("My client Phoebe Bridgers rang twice today."))


def test_wikipedias_biographies_leave_out_names_many_private_people_carry():
    listed = vocab.words("wikipedia_people")
    assert "Matthew McConaughey" in listed
    # common surnames of any language, and given names as surnames: many private people's names
    for name in ("Kwame Boateng", "Tomasz Nowak", "Shilpa Rao", "Tariq Mehmood", "John Smith", "Plan B", "Mr. T"):
        assert name not in listed
    assert all(len(name.split()) >= 2 for name in listed)


def test_the_span_veto_reads_famous_people_only():
    # its word features were learnt on famous_people.txt; the large list must not change what they say
    from rewriter.detect import span_veto

    assert "wikipedia_people" not in span_veto._LISTS


# Public people whose names private people carry too (wikipedia_people_common.txt, _commonest.txt): public
# beside their work, someone the writer knows otherwise.
@pytest.mark.parametrize(
    "text, name",
    [
        ("Spent the evening watching old Margot Robbie films with a takeaway.", "Margot Robbie"),
        ("Found an Ed Sheeran vinyl at the car boot sale for a quid.", "Ed Sheeran"),
        ("Finally got Taylor Swift tickets after four hours in the queue!", "Taylor Swift"),
        ("Ironing mountain conquered with Whitney Houston at full volume.", "Whitney Houston"),
        ("Year 5 wrote their own poems after a week of lessons on Robert Burns.", "Robert Burns"),
        ("Closed the youth service by quoting Stormzy's Vossi Bop lyrics, the teens were shook.", "Stormzy"),
    ],
)
def test_a_public_person_beside_their_work_is_left_alone(find, text, name):
    assert flagged_in(find, text, name.split()[-1]) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # the same names, of someone the writer knows or serves, stay names
        ("Our new HCA Taylor Swift started on the ward today, lovely girl, gave her the tour.", "Taylor Swift"),
        ("My client Virat Kohli wants the cricket club accounts done by Friday.", "Virat Kohli"),
        ("Mrs Whitney Houston in bay 4 sang along to the radio all morning.", "Houston"),
        # the commonest names need the work attached: in the same sentence is not enough
        ("Taylor Swift from accounts came to the gig with us last night.", "Taylor Swift"),
        ("James Talbot from the site team is off to the cricket on Saturday.", "James Talbot"),
    ],
)
def test_the_same_names_of_someone_the_writer_knows_stay_names(find, text, name):
    assert flagged_in(find, text, name.split()[-1])


def test_a_common_famous_name_needs_its_work_near_it():
    from rewriter.detect.recognizers.support.famous_names import famous_in_public_work

    quiet = "Ed Sheeran popped in to fix the boiler again."
    assert not famous_in_public_work(quiet, 0, 10, "Ed Sheeran")
    loud = "Ed Sheeran on the radio while I fixed the boiler."
    assert famous_in_public_work(loud, 0, 10, "Ed Sheeran")


def test_people_known_by_one_word_are_famous_but_common_surnames_are_not():
    words = vocab.words("famous_surnames")
    assert "Shakespeare" in words and "Goethe" in words
    assert "Goldberg" not in words and "Talbot" not in words  # many people's surnames
    text = "Year 10 learnt that Shakespeare invented half the words they use."
    start = text.index("Shakespeare")
    assert famous_person(text, start, start + len("Shakespeare"), "Shakespeare")
    titled = "Mr Shakespeare from number 12 called about the fence."
    assert not famous_person(titled, 3, 14, "Shakespeare")
    # a family or a case by the same surname is someone the writer deals with
    case = "Report due for the Goethe hearing on Monday and the dad's lawyer keeps emailing."
    start = case.index("Goethe")
    assert not famous_person(case, start, start + len("Goethe"), "Goethe")


def test_a_famous_surname_of_a_family_in_a_case_stays_a_name(find):
    text = "writing a custody eval that's due for the Picasso hearing on monday and the mum's lawyer has emailed me twice."
    assert flagged_in(find, text, "Picasso")


def test_a_word_of_a_famous_name_joins_no_one_by_and(find):
    assert flagged_in(find, "Abeg who else dey watch Burna Boy and Wizkid fans fight online today?", "Boy") == []
    # a private pair is still joined
    assert flagged_in(find, "Mason and Lily came to the gig with me.", "Mason")


# A public person named after their work's title, in quotes, in an earlier sentence: the post talks of the
# work, then of the person who made it.
@pytest.mark.parametrize(
    "text, name",
    [
        ("The busker outside work does a cover of 'Bohemian Rhapsody'. I have heard it a thousand times. "
         "Freddie Mercury deserved better.", "Freddie Mercury"),
        ("Book club picked 'Still Life' this month. Louise Penny is a genius with a small village.", "Louise Penny"),
    ],
)
def test_a_public_person_after_their_works_title_is_left_alone(find, text, name):
    assert flagged_in(find, text, name.split()[-1]) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # the words of public work in another sentence say nothing of the name: a patient who talks films
        ("Freddie Mercury came in for his bloods today. Lovely man, we talked about films for an hour.", "Freddie Mercury"),
        # a title before, but the name is the writer's client
        ("We sang 'Amazing Grace' at the service. My client Louise Penny cried all the way through.", "Louise Penny"),
        # the commonest names need the work attached, a title in an earlier sentence is not enough
        ("We sang 'Happy Birthday' in the staffroom. James Talbot turns 60 tomorrow.", "James Talbot"),
    ],
)
def test_a_works_title_elsewhere_leaves_someone_the_writer_knows_a_name(find, text, name):
    assert flagged_in(find, text, name.split()[-1])


def test_a_given_name_before_a_famous_surname_is_a_private_person(find):
    # "Mavis" is an ordinary word too (a thrush), but before a surname it is the patient's first name, not a
    # verb the model took into the name as in "Reading Thackeray"
    assert flagged_in(find, "Mavis Thackeray came in for her bloods today", "Thackeray")
    assert flagged_in(find, "Reading Thackeray on my break, such long chapters", "Thackeray") == []


def test_a_star_with_their_works_title_and_kind_taken_into_the_name_is_left_alone(find):
    # "Robbie Williams Swing Tour": the model took the tour's title into the name; the star is its head
    text = "Robbie Williams Swing Tour lesson plan done, the kids loved it and sang all afternoon."
    assert not flagged_in(find, text, "Robbie"), find(text)


def test_a_name_longer_than_the_stars_without_a_works_kind_stays_a_name(find):
    text = "Our new HCA Robbie Williams Smith gave the tour of the ward today and she was brilliant."
    assert flagged_in(find, text, "Smith"), find(text)


# A public person by surname alone (press and fans' usage), where the surname is rare: one or two people of
# Wikipedia's biographies carry it, and no list of names private people share holds it.
@pytest.mark.parametrize(
    "text, name",
    [
        ("Covered the marathon today. Kipchoge's pace in an exhibition run is unreal.", "Kipchoge"),
        ("The whole staff room was arguing about Osimhen after the match.", "Osimhen"),
        ("Budget day. Sunak's speech in parliament was long.", "Sunak"),
    ],
)
def test_a_rare_famous_surname_beside_public_work_is_left_alone(find, text, name):
    start = text.index(name)
    assert famous_surname_in_public_work(text, start, start + len(name), name)
    assert not any(name in t for t, _ in find(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("My client Kipchoge came in after the match.", "Kipchoge"),  # the writer's own
        ("Mr Osimhen watched the match from bed 4.", "Osimhen"),  # a courtesy title
        ("Kipchoge came in for his bloods this morning.", "Kipchoge"),  # no public work
        ("Lost the Osimhen appeal today, after the match on telly.", "Osimhen"),  # a case by its surname
        ("Watched the match with Adaeze Kipchoge from next door.", "Kipchoge"),  # a longer name's last word
        ("Kohli's century on the radio all afternoon.", "Kohli"),  # a surname many listed people carry
        ("Smith scored twice in the match.", "Smith"),  # a common surname
        # a song or a film frames a private name as often: left to the rules of full names
        ("It may be that Kipchoge was influenced by an earlier song.", "Kipchoge"),
        # the surname of a full name the post gives with another given name
        ("A match report by Tunde Osimhen, and Osimhen again on the final.", "Osimhen"),
    ],
)
def test_a_surname_alone_of_someone_the_writer_knows_or_shared_by_many_is_not_public(text, name):
    start = text.index(name)
    assert not famous_surname_in_public_work(text, start, start + len(name), name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Fresh trims all day, shop bumping with Vybz Kartel, couple man chatting football.", "Vybz Kartel"),
        ("Monday again, and Davido just dropped a new jam. Call in!", "Davido"),
        ("Butter tarts, best night of the year. Louise Penny next 📚", "Louise Penny"),
    ],
)
def test_a_public_person_beside_music_playing_or_a_books_emoji_is_left_alone(find, text, name):
    assert not any(name in t for t, _ in find(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("My client Louise Penny finally finished her library book 📚", "Louise Penny"),
        ("Louise Penny, one of my residents, asked for her tunes on.", "Louise Penny"),
    ],
)
def test_the_same_cues_beside_someone_the_writer_knows_leave_a_name(find, text, name):
    assert any(name in t for t, _ in find(text))


# Session 39: the full name of a listed public figure few private people share ("Chinua Achebe", "Judy Blume")
# is public in any post, beside pupils, clients or a thanks, unless the words around it make them the writer's
# own; the surname alone, after that full name, is the same person.
@pytest.mark.parametrize(
    "text, name",
    [
        ("Big thank you to Chinua Achebe for Things Fall Apart. My Year 10s are hooked and the essays are flying in.",
         "Chinua Achebe"),
        ("Shout out to Judy Blume, my whole reading group of Year 6s fell for her this term.", "Judy Blume"),
        ("Thanks to Maya Angelou, every session with my clients starts with a line of poetry. Merci, Angelou.",
         "Angelou"),
    ],
)
def test_a_listed_public_figure_beside_the_writers_pupils_or_a_thanks_is_left_alone(find, text, name):
    assert not any(name in t for t, _ in find(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Shout out to my client Chinua Achebe, who finally got his flat sorted.", "Chinua Achebe"),
        ("Reading with Mrs Judy Blume on Thursday went well, she is 84 and sharp as a tack.", "Judy Blume"),
    ],
)
def test_a_listed_figures_name_made_the_writers_own_or_a_saints_stays_flagged(find, text, name):
    assert any(name in t for t, _ in find(text))


@pytest.mark.parametrize(
    "text, name, at",
    [
        # a courtesy title or "my client" before the surname, after the figure's full name: someone the writer knows
        ("We read Desmond Tutu quotes at assembly, then Mr Tutu from the office fixed the projector.", "Tutu", 2),
        ("Loved the Chinua Achebe unit. My client Achebe rang twice about his appeal.", "Achebe", 2),
        # a saint's name is a school's or a church's, left to the rules of places
        ("Sports day at St. Thomas Aquinas primary was chaos.", "St. Thomas Aquinas", 1),
        # the name runs on into a place or a body named after the figure
        ("Our new site is out past the Nelson Mandela Bay stadium.", "Nelson Mandela", 1),
    ],
)
def test_the_whole_name_rule_leaves_the_writers_own_a_saint_and_a_named_place(text, name, at):
    start = -1
    for _ in range(at):
        start = text.index(name, start + 1)
    assert not listed_public_figure(text, start, start + len(name), name)


def test_the_whole_name_rule_reads_the_figure_and_their_surname_after():
    text = "Loved the Chinua Achebe unit. Achebe still lands with every class."
    assert listed_public_figure(text, 10, 23, "Chinua Achebe")
    assert listed_public_figure(text, text.rindex("Achebe"), text.rindex("Achebe") + 6, "Achebe")


# A work named beside its kind, without quotes: "Wonder, the book that ...".
@pytest.mark.parametrize(
    "text",
    [
        "Finished Holes, the book that every Year 7 pretends to hate, and half the class cried at the end.",
        "Reading Skellig, the novel by David Almond, with my group this term.",
    ],
)
def test_a_work_apposed_to_its_kind_is_left_alone(find, text):
    assert all(t not in ("Holes", "Skellig") for t, _ in find(text))


def test_a_person_spoken_to_before_the_book_stays_flagged(find):
    assert any("Oluwaseun" in t for t, _ in find("Thanks Oluwaseun, the book that you lent me made my week."))


# A common listed name thanked for their own public work ("for her memoir") is public; thanked for a talk,
# which a colleague gives too, it stays a name.
def test_a_common_listed_name_thanked_for_their_public_work_is_left_alone(find):
    assert not any("Johann Hari" in t for t, _ in find("Huge thanks to Johann Hari for his podcast, it got me through the night shifts."))


def test_a_common_listed_name_thanked_for_a_talk_stays_flagged(find):
    assert any("Michelle Obama" in t for t, _ in find("Shout out to Michelle Obama for the talk on rotas at our team meeting today."))


# A work's title in the possessive of a public figure the post names: the title and the figure are public; a
# business, a place or a relative in the possessive is not a work.
@pytest.mark.parametrize(
    "text, names",
    [
        ("Halfway through Beatrix Potter's Peter Rabbit with the nursery group, they adore the pictures.",
         ("Beatrix Potter", "Peter Rabbit")),
        ("Big shout out to Malala Yousafzai's Malala Fund, my sixth formers raised money for it this week.",
         ("Malala Yousafzai", "Malala Fund")),
    ],
)
def test_a_title_in_a_public_figures_possessive_is_left_alone(find, text, names):
    assert not any(n in t for t, _ in find(text) for n in names)


def test_a_business_in_a_common_listed_names_possessive_stays_flagged(find):
    assert any("Bakery" in t or "Beatrix Potter" in t
               for t, _ in find("Shout out to Beatrix Potter's Bakery on Mill Lane for the cakes for my residents."))


# The most-read people of Wikipedia (data/famous_people_top.txt, by page views): names whose parts are common
# ("Taylor", "Swift"; "Freddie") but which, said whole, mean the star, even in a post about pupils or clients.
@pytest.mark.parametrize(
    "text, name",
    [
        ("my tutorial group cited Durkheim and Taylor Swift in one essay, honestly iconic, marking is killing me",
         "Taylor Swift"),
        ("Year 8 sang Bohemian Rhapsody in assembly and Freddie Mercury would have cried. 28 kids, 28 different keys.",
         "Freddie Mercury"),
        ("Our clients' book club picked Michelle Obama's memoir this month, great chats in group today", "Michelle Obama"),
    ],
)
def test_a_most_read_star_is_public_in_a_work_post(find, text, name):
    assert not flagged_in(find, text, name, role="teacher")


@pytest.mark.parametrize(
    "text, name",
    [
        ("My client Taylor Swift (no relation!) finally got the keys to her flat today", "Taylor Swift"),
        ("Freddie Mercury was my patient on nights, a gentle soul who never complained", "Freddie Mercury"),
    ],
)
def test_a_most_read_stars_name_said_of_someone_the_writer_serves_stays_flagged(find, text, name):
    assert any(name in t for t, _ in find(text, "nurse"))
