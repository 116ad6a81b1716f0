"""Public places, languages and national bodies that the model or a rule reads with the wrong kind (session 22,
precision; support/public.py's place_before_a_noun and countries named like people, public_forms.py's listed
bodies): a province, a country, a language or a place's people before the noun it modifies, a country that is also
a given name where the model calls it a place, a national body by its listed name whatever rule read it. Each class
on both sides: the same words made a person, a client or someone served are still found. Real Presidio engine."""

from __future__ import annotations

import pytest

from conftest import flagged_in


@pytest.mark.parametrize(
    "text, word",
    [
        # a region, a language or a place's people before the common noun it modifies
        ("Manitoba nurses: how are you coping with the new rota system? Asking for a tired friend.", "Manitoba"),
        ("Big shoutout to all the Gujarati aunties who fed the whole night shift on Sunday.", "Gujarati"),
        ("My tutor taught me the Tagalog word for that exact feeling of dread before exams.", "Tagalog"),
        ("Lunch break win: Ghanaian street food at the market, and I am never going back to sandwiches.", "Ghanaian"),
        # a country that is also a given name, read as a place by the model
        ("So proud to see WHO praise India's progress on childhood vaccination this year.", "India"),
        ("Admitted as an advocate of the High Court of Kenya this morning, what a journey.", "Kenya"),
        # a national body by its listed name, whatever rule read it
        ("Power was out all evening until Eskom sorted it, so dinner was by candlelight.", "Eskom"),
        ("Finished my bar course and called to the Bar at Gray's Inn last night, mum cried.", "Gray's Inn"),
        ("Forever grateful to my lecturers at the Ghana School of Law for getting me through.", "Ghana School"),
        # the writer's own university, by its name, a campus or its short form beside a university's words
        ("Proud to have attended graduation at Makerere today 🎓 Thousands crossed that stage, never gets old.", "Makerere"),
        ("UWI Mona was pure vibes today for Research Day 🎓 Real proud of di students dem.", "Mona"),
        # a part of a region, a country or a state, a region's short form, and a whole group in a city
        ("Any pro bono Spanish-speaking attorneys in North Texas? Please DM me, urgent one.", "Texas"),
        ("Anyone recommend good signing training in the West Mids? Our team wants to go together.", "Mids"),
        ("Typhoon signal 8 again, all visits cancelled today. Stay safe everyone in HK!", "HK"),
        ("Whole town turned out to dig the wombat out 😂 only in the Riverina", "Riverina"),
        ("Repo rate unchanged again. Every EMI-paying uncle in Pune is breathing a sigh of relief today.", "Pune"),
        # a national newspaper
        ("The VC is trying to keep the faculty's mess out of the Guardian. Wild week at work 🫢", "Guardian"),
        # a national service, an agency or a national broadcaster's player
        ("Is the ScotRail commute survivable or should I just rent up there for the rotation?", "ScotRail"),
        ("IRCC updated processing times AGAIN today. Please check the official website, not TikTok.", "IRCC"),
        ("Rewatching old health documentaries on iPlayer tonight. Still the best thing on telly.", "iPlayer"),
        # a nation's or a city's own body, a listed court as a workplace
        ("Bombay High Court canteen chai is undefeated. Long day of arguments, good day though.", "Bombay"),
        ("Proud day: called to the Ghanaian Bar this morning after seven long years of study.", "Ghanaian"),
        ("Punjab High Court canteen tea is undefeated. Long day of arguments, good day though.", "Punjab"),
        # a brand in capitals is no town
        ("Picked up new storage boxes from IKEA for the classroom reading corner, looks lovely.", "IKEA"),
        # a degree or a qualification, in a tag or not
        ("Finally finished my DClinPsy thesis, three years of my life in one PDF. #DClinPsy #psychology", "DClinPsy"),
        # a relative taken to a town is a trip, not where they live
        ("Took my nan to Scarborough for her birthday and she ate two ice creams.", "Scarborough"),
    ],
)
def test_public_places_languages_and_bodies_are_left_alone(find, text, word):
    assert not flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # a name before a verb is the verb's subject, not a modifier
        ("My client Adrian nurses a grudge against his landlord and it shows in every session.", "Adrian"),
        # a country's name the model reads as a person is a person
        ("My client Kenya was in court today and she was so brave about it.", "Kenya"),
        # a listed body made a client's is still found
        ("Our biggest account is ESB and we pitched the new platform to them yesterday.", "ESB"),
        ("Our biggest client is ScotRail and we pitched the new platform to them yesterday.", "ScotRail"),
        # a national newspaper as a client; a local paper
        ("Our biggest client is the Guardian and we pitched the new platform to them yesterday.", "Guardian"),
        ("Can't say much but the lad I supervise was on the Ballykeel Chronicle last night.", "Ballykeel"),
        # a town whose name starts with a word for a part of a place, and one relative's home in a city
        ("My client moved to West Bromwich last month and wants her records sent on.", "Bromwich"),
        ("My client's uncle in Pune is breathing a sigh of relief today, his loan came through.", "Pune"),
        # a university with one person served in its sentence, or its short form with no university's words
        ("My student from Makerere was arrested at the protest yesterday, graduation is off.", "Makerere"),
        ("Makerere called me again about the invoice, third time this week.", "Makerere"),
        # a university in a sentence about him or her is that person's
        ("Dembe began writing as a teenager, publishing her first story while studying at Makerere University.",
         "Makerere"),
        # a city before a noun narrows down which estate, business or news: not a place's people ("-i" ending)
        ("This Ranchi estate land matter is everywhere, and yes I'm on the defence team for one of the directors.", "Ranchi"),
        # one of a kind or a count before a language or a people's word narrows down who
        ("I'm the only Amharic interpreter in the whole county, so whenever there's a hearing it's obviously me.", "Amharic"),
        ("The one Moldovan child in our little school read aloud in class today for the first time.", "Moldovan"),
        # a region before a match is a team's game, not a group of people
        ("Remember the Leinster match on the telly Saturday where the winger went off? He was in our A&E last night.",
         "Leinster"),
        # a given name shaped like a people's word, before a verb the tagger takes for a noun
        ("so my juniors found my TikTok. Dmitri comments under every video now, delete it??", "Dmitri"),
        # a city's court is where one case is heard
        ("My client won her land case at the Tamale High Court today and sent me a cake with my face on it.", "Tamale"),
        # a listed body as the writer's employer
        ("I used to work for Eskom as a meter reader, but quit a few months ago. Now I'm unemployed.", "Eskom"),
        # a listed court where a client's case is heard
        ("My client won her land case at the Bombay High Court today and sent me a cake with my face on it.", "Bombay"),
        # a court in a family's legal matter is where the case is heard
        ("Dundee Sheriff Court has the Lennox custody case again on Thursday, what a mess.", "Dundee"),
        # a name before a bar is a business, not a nation's bar
        ("Met the Okafor Bar owners about the lease for my client today, tense meeting.", "Okafor"),
        # a town in capitals is still found
        ("My client moved to RYSSBY last month and wants her records sent on.", "RYSSBY"),
        # where a client's relative lives is still private (the writer's own nan's town is theirs: own_trips, session 50)
        ("My client's nan lives in Scarborough and she visits her every other weekend.", "Scarborough"),
    ],
)
def test_the_same_words_made_someone_or_a_client_are_still_found(find, text, word):
    assert flagged_in(find, text, word), find(text)
