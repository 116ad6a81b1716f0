"""Write writer_5.jsonl: templated drafts in the name_drafts format, for training the private-name model.

    python benchmarks/make_name_drafts.py [--n 2400] [--seed 5] [--out benchmarks/data/name_drafts/writer_5.jsonl]

Each draft joins one to three sentences written for a role (nurse, teacher, therapist, social worker,
lawyer, care worker, engineer, HR, pharmacist, paramedic, accountant, police, vet, coach, ...) and, now and
then, a sentence any role might post. Slots in a sentence are filled from pools below: private people in
many forms (full names, first names, lowercase family names, nicknames in quotes, ordinary-word names,
initials with titles, pets), small places, client organisations, and public things that must not be
flagged (public figures, brands, products, public bodies, big cities and countries, events). Some drafts
are lower-cased whole or have words in capitals, as posts are. Every private name, place and company is
made up here from parts; the public ones are real. Marks: ``[[text|NAME/PLACE/ORG/PUBLIC]]`` as in the
other writers' files. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "name_drafts" / "writer_5.jsonl"

FIRST = """Aaliyah Abdul Ada Adaeze Aditi Ahmed Aidan Aisling Akosua Alfie Alina Amara Amira Anil Anjali Antoni
Aoife Arjun Asha Ayesha Babajide Barney Beatriz Bernadette Bilal Bogdan Bronagh Caoimhe Carys Ciaran Cormac
Dagny Darnell Deepa Delroy Declan Dominika Efua Eilidh Emeka Enzo Esme Ewa Fatima Femi Fenella Fergus Fiadh
Gareth Gethin Gintare Gwen Hamza Hana Harvinder Hollis Ibrahim Ifeoma Ines Isla Jaswinder Jolanta Jomo Kacper
Kai Kamala Kasia Keelan Kemi Kerry-Ann Khalid Kofi Lachlan Laszlo Leilani Lorcan Luca Maalik Mairead Malachy
Manon Marek Marisol Mateo Maura Mehmet Mirela Mohsin Morven Nadia Naledi Niamh Nkechi Noor Oisin Olamide
Oluwaseun Oona Osman Paddy Parveen Piotr Priya Rahel Rajesh Ravi Reuben Rhodri Rosheen Ruairi Rukhsana Saoirse
Seren Shauna Shreya Siobhan Soraya Stanislav Sunita Tadhg Tamsin Thandiwe Tomasz Tunde Uche Una Vikram Wiktoria
Xiadani Yasmin Yusuf Zainab Zofia Zuri Beryl Doreen Elsie Gladys Mavis Nora Stan Wilf Cyril Reg Ethel Harold
Marjorie Brendan Colm Trevor Shirley Janice Lorraine Gary Wayne Kieran Tyler Jayden Kayleigh Chantelle Demi
Ellis Freddie Harriet Imogen Jasper Lottie Monty Ottilie Rufus Tabitha Wilfred Zeynep Yannick Sven Ingrid""".split()

# Given names that are also ordinary words: a name only where the sentence uses them as one.
WORD_NAMES = """Hope Grace Summer Rich Will Joy Faith Rose Daisy Bill Frank Mark Pat Sunny Amber Holly Ivy Autumn
Dawn Honey Jack Robin Penny Ruby Jade Heather Crystal Precious Patience Blessing Brook Chase Hunter Skye River
Storm Sterling Reed Cliff Miles Norm Sue Ray Art Lily Poppy Fern Iris Violet Hazel Willow Angel Destiny Glory
Merit Gift Harmony Bliss Pearl""".split()

SURNAMES = """Abernethy Adeyemi Ahern Armitage Ashworth Babatunde Bainbridge Balogun Banerjee Barraclough Bhatt
Blackwood Brannigan Brennan Carmichael Chaudhry Clegg Coughlan Cunliffe Dabrowski Delaney Dempsey Desai Doherty
Duckworth Egan Eze Farrelly Featherstone Fitzpatrick Flanagan Gallagher Ghosh Gillespie Gorecki Greenhalgh
Hargreaves Hegarty Holroyd Horvath Igwe Iqbal Jankowski Kaczmarek Kavanagh Kowalczyk Lambe Lindqvist Lomax
Lynch MacAskill Mahmood Mbeki McAllister McGinty Merriman Mistry Mulligan Murtagh Nakamura Nwosu Obi Ogunleye
Okafor Okonkwo O'Driscoll O'Hare Onyango Osei Pankhurst-Reid Patel Pennington Quigley Rafferty Rahman Rowntree
Sandhu Sheridan Sowerby Strachan Szabo Tennant Thackeray Tolland Trelawney Umeh Varga Venkatesh Wainwright
Whitlock Wojcik Yilmaz Zielinski Featherstone-Okoro Achterberg Blomqvist Castellano Dunleavy Entwistle""".split()

PETS = """Biscuit Marmalade Pickle Noodle Bramble Waffles Pudding Mabel Ziggy Bonnie Pepper Crumpet Toffee Bobby
Sprout Luna Rolo Dexter Nugget Hamish Dougal Poppet Jellybean Mr Whiskers Gizmo Nacho Kipper""".split()
PETS[PETS.index("Mr")] = "Mr Whiskers"
PETS.remove("Whiskers")

FAMILY = ["nanny", "nana", "nan", "grandad", "grandpa", "auntie", "aunty", "uncle", "cousin", "granny", "gran",
          "our", "wee", "lil", "little", "big", "baby"]
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]
RANKS = ["sister", "nurse", "matron", "coach", "sergeant", "pc", "dc", "sgt", "father", "councillor", "ward sister"]
NICKS = ["the Tornado", "Tank", "Smiley", "the Professor", "Bones", "Sparky", "Tiny", "Boss", "the Rocket",
         "Mouse", "Chief", "Duchess", "Snoop", "Ginger", "Legs"]

PLACE_ROOTS = """Carrow Heron Ashby Bramley Wellspring Thornbury Kilbride Maple Hollin Quarry Saltmere Pennant Alder
Larkspur Millbrook Foxglove Drumcree Brackenridge Oakhurst Harrowden Ravensworth Kestrel Greystones Elmstead
Fernhill Bellfield Copperfield Ashgrove Linwood Marston Rowan Cedar Sycamore Highfield Brookside Cragside
Windmill Tanners Fairholme Sunnybank Ballyross Clonmore Glenariff Pendle Llanfair Bryn Cwm Kirkton Dunmore
Rookwood Hazelmere Longacre Meadowbank Penrhos Stonebridge Wetherby Tullyglass Hillcrest Ivybridge""".split()
PLACE_FORMS = ["{r} Lane", "{r} Close", "{r} Road", "{r} Avenue", "{r} ward", "{r} Ward", "{r} Primary",
               "{r} Primary School", "{r} Academy", "{r} High", "{r} Court", "{r} House", "{r} Lodge care home",
               "{r} Court care home", "{r} Leisure Centre", "{r} Community Centre", "the {r} estate", "{r} Estate",
               "{r} Park", "{r} Surgery", "{r} Medical Centre", "{r} Rangers", "{r} FC", "{r} Cricket Club",
               "{r} Village Hall", "{r} Junior", "{r} Nursery", "{r}-on-Sea", "Little {r}", "{r}ford", "{r}ton",
               "{r} End", "{r} Green", "{r} Heights", "St {s}'s", "St {s}'s Primary", "Our Lady of {r}",
               "the {r} plant", "the {r} depot", "the {r} site", "{r} Quay", "{r} Row", "the {r} Arms"]
SAINTS = ["Brigid", "Aidan", "Columba", "Teresa", "Anne", "Luke", "Mungo", "Hilda", "Cuthbert", "Winifred",
          "Piran", "Oswald", "Bede", "Joseph", "Agnes", "Kevin"]
ORG_WORDS = """Sunrise Mapleton Brannock Pennant Harwell Northgate Bluewater Ironbridge Silverline Greenleaf Oakridge
Lumen Kestrel Tidewater Corrib Halcyon Orchard Beacon Summit Larchfield Meridian Copperleaf Foxwood Stellan
Rivermead Castlegate Brightside Vantage Harbourside Wren Thistle Evergreen Redkite Blackthorn""".split()
ORG_FORMS = ["{w} Software", "{w} Multispeciality", "{w} Pharmacy", "{w} Foods", "{w} Logistics", "{w} Dental",
             "{w} Homes", "{w} Analytics", "{w} Care Group", "{w} Haulage", "{w} Engineering", "{w} Recruitment",
             "{w} Insurance", "{w} Facilities", "{w} Bakery", "{w} Systems", "{w} Health", "{w} Capital",
             "{w} Packaging", "{w} Builders", "{s} & {s2} LLP", "{s} & Sons", "{s} {w} Ltd", "{w} Solutions",
             "{w} Vets", "{w} Nurseries", "{w} Housing Association", "{w} Motors", "{w} Print", "{w} Labs"]

PUBLIC_PEOPLE = """Taylor Swift|Beyoncé|Keir Starmer|Rishi Sunak|Joe Biden|Barack Obama|Donald Trump|Elon Musk|
Jeff Bezos|Marcus Rashford|Serena Williams|Lionel Messi|Cristiano Ronaldo|David Attenborough|Florence Nightingale|
Mary Seacole|Winston Churchill|Shakespeare|Jane Austen|Charles Dickens|Adele|Harry Styles|Ed Sheeran|Oprah|
Brené Brown|Simon Sinek|Adam Grant|Greta Thunberg|King Charles|Prince William|the Queen|Einstein|Marie Curie|
Nelson Mandela|Martin Luther King|Mo Farah|Emma Raducanu|Andy Murray|Lewis Hamilton|Mary Berry|Paul Hollywood|
Jamie Oliver|Gordon Ramsay|Stephen Fry|Louis Theroux|Joe Wicks|Dolly Parton|Bruce Springsteen|Vera Lynn|
Freud|Carl Rogers|Maslow|Piaget|Vygotsky|Bowlby|Sam Altman|Satya Nadella|Tim Cook|Warren Buffett|
Jacinda Ardern|Michelle Obama|Kamala Harris|Zelensky|Pope Francis|Roger Federer|Usain Bolt|Jürgen Klopp|
Gareth Southgate|Steven Bartlett|Mel Robbins|Wes Streeting|Bridget Phillipson|Lady Gaga|Rihanna|Drake""".replace("\n", "").split("|")
BRANDS = """Tesco|Greggs|Boots|Superdrug|Costa|Starbucks|Pret|Aldi|Lidl|Sainsbury's|Waitrose|M&S|IKEA|Amazon|
Netflix|Spotify|TikTok|Instagram|LinkedIn|WhatsApp|Facebook|YouTube|Google|Apple|iPhone|Microsoft|Teams|Zoom|
Slack|Excel|ChatGPT|Canva|Notion|Jira|GitHub|AWS|Azure|Kubernetes|Postgres|Salesforce|Xero|Sage|Tesla|Uber|
Deliveroo|Just Eat|Red Bull|Haribo|Lego|Nike|Adidas|Primark|Zara|Dyson|Ozempic|Calpol|Lemsip|Nurofen|Duolingo|
Peloton|Strava|Fitbit|Kindle|Audible|Monzo|Barclays|HSBC|Lloyds|Deloitte|PwC|KPMG|Accenture|McDonald's|KFC|
Nando's|Domino's|Coca-Cola|Heinz|Cadbury|Colgate|Vinted|eBay|Etsy|Airbnb|Ryanair|easyJet|British Airways|Avanti|
Bridgerton|Strictly|Bake Off|Love Island|Gogglebox|EastEnders|Coronation Street|Minecraft|Fortnite|Roblox|
Pokémon|Harry Potter|Gruffalo|Peppa Pig|Bluey|Paw Patrol|Frozen|Taylor Swift's Eras Tour""".replace("\n", "").split("|")
BODIES = """NHS|Ofsted|HMRC|GMC|NMC|CQC|the Home Office|DWP|BBC|WHO|FCA|ICO|SRA|HCPC|Met Office|NICE|BMA|RCN|
Unison|the DfE|Department for Education|Court of Appeal|Supreme Court|High Court|Parliament|the Treasury|
Bank of England|Ofgem|Ofcom|the Met|Police Scotland|the Law Society|Social Work England|the UN|the EU|
the Royal College of Nursing|GPhC|the Samaritans|Mind|Macmillan|Cancer Research UK|the RSPCA|Citizens Advice|
the Labour Party|the Conservatives|the Lib Dems|No 10|Downing Street|the White House|Red Cross|Oxfam|UCAS|
Ofqual|AQA|Pearson|the Open University|Oxford|Cambridge|Harvard|Imperial|the Guardian|the Times|the BMJ|
The Lancet|Nature|the FT|Reuters|Sky News|ITV|Channel 4""".replace("\n", "").split("|")
CITIES = """London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|Dublin|Liverpool|Bristol|
Newcastle|Sheffield|Nottingham|Paris|Berlin|Madrid|Barcelona|Rome|Lisbon|Amsterdam|New York|Boston|Chicago|
San Francisco|Toronto|Vancouver|Sydney|Melbourne|Auckland|Lagos|Nairobi|Accra|Johannesburg|Cape Town|Mumbai|
Delhi|Bangalore|Karachi|Dubai|Singapore|Hong Kong|Tokyo|Seoul|Bangkok|Istanbul|Athens|Prague|Vienna|Krakow|
Warsaw|Reykjavik|Las Vegas|Orlando|Marrakech""".replace("\n", "").split("|")
COUNTRIES = """UK|US|USA|England|Scotland|Wales|Ireland|France|Spain|Italy|Germany|Portugal|Poland|Nigeria|Ghana|
Kenya|India|Pakistan|Canada|Australia|New Zealand|Japan|China|Brazil|Mexico|Jamaica|Greece|Turkey|Iceland|
Norway|Sweden|Ukraine|Europe|Africa|Asia|the Philippines""".replace("\n", "").split("|")
EVENTS = """Glastonbury|the Olympics|the World Cup|Wimbledon|the Euros|the Six Nations|Black Friday|Pride|
the Great North Run|the London Marathon|Comic Relief|Children in Need|Movember|Dry January|Eurovision|
the Edinburgh Fringe|the Chelsea Flower Show|the Ashes|the Super Bowl|Notting Hill Carnival""".replace("\n", "").split("|")


class Filler:
    """Fills a template's slots; one person, place or organisation per numbered slot within a draft."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.people: dict[str, dict] = {}
        self.places: dict[str, str] = {}
        self.orgs: dict[str, str] = {}

    def person(self, key: str) -> dict:
        if key not in self.people:
            r = self.rng
            first = r.choice(WORD_NAMES) if r.random() < 0.25 else r.choice(FIRST)
            self.people[key] = {"first": first, "last": r.choice(SURNAMES)}
        return self.people[key]

    def place(self, key: str) -> str:
        if key not in self.places:
            r = self.rng
            form = r.choice(PLACE_FORMS)
            self.places[key] = form.format(r=r.choice(PLACE_ROOTS), s=r.choice(SAINTS))
        return self.places[key]

    def org(self, key: str) -> str:
        if key not in self.orgs:
            r = self.rng
            form = r.choice(ORG_FORMS)
            self.orgs[key] = form.format(w=r.choice(ORG_WORDS), s=r.choice(SURNAMES), s2=r.choice(SURNAMES))
        return self.orgs[key]

    def fill(self, slot: str) -> str:
        kind, _, key = slot.partition(":")
        r = self.rng
        p = self.person(key or "1") if kind in {"name", "first", "full", "fam", "nick", "init", "titled", "rank", "lfirst"} else None
        if kind == "first":          # "Hope", "Oluwaseun"
            return mark(p["first"], "NAME")
        if kind == "lfirst":         # a first name as typed in a hurry: "aoife"
            return mark(p["first"].lower(), "NAME")
        if kind == "full":           # "Grace Tolland"
            return mark(f"{p['first']} {p['last']}", "NAME")
        if kind == "name":           # any ordinary form
            form = r.random()
            if form < 0.45:
                return mark(p["first"], "NAME")
            if form < 0.75:
                return mark(f"{p['first']} {p['last']}", "NAME")
            if form < 0.85:
                return mark(p["first"].lower(), "NAME")
            return mark(f"{r.choice(TITLES)} {p['last']}", "NAME")
        if kind == "fam":            # "nanny peg", "wee Cian", "auntie Bernadette"
            who = p["first"] if r.random() < 0.5 else p["first"].lower()
            return mark(f"{r.choice(FAMILY)} {who}", "NAME")
        if kind == "nick":           # "Cian 'the Tornado' Mulligan"
            q = r.choice(["'", '"', "‘"])
            close = "’" if q == "‘" else q
            return mark(f"{p['first']} {q}{r.choice(NICKS)}{close} {p['last']}", "NAME")
        if kind == "init":           # "Mr D.W.", "Mrs K", "J.P."
            a, b = r.choice("ABCDEFGHJKLMNOPRSTW"), r.choice("ABCDEFGHJKLMNOPRSTW")
            form = r.choice([f"{r.choice(TITLES)} {a}.{b}.", f"{r.choice(TITLES)} {a}", f"{a}.{b}.", f"{r.choice(TITLES)} {a}{b}",
                             f"{r.choice(TITLES).lower()} {a.lower()}.{b.lower()}."])
            return mark(form, "NAME")
        if kind == "titled":         # "Mrs Okafor", "Dr O'Hare"
            return mark(f"{r.choice(TITLES)} {p['last']}", "NAME")
        if kind == "rank":           # "sister hargreaves", "Coach Dempsey"
            rank = r.choice(RANKS)
            last = p["last"] if r.random() < 0.5 else p["last"].lower()
            if r.random() < 0.4:
                rank = rank.title()
            return mark(f"{rank} {last}", "NAME")
        if kind == "pet":
            return mark(r.choice(PETS), "NAME")
        if kind == "place":
            return mark(self.place(key or "1"), "PLACE")
        if kind == "org":
            return mark(self.org(key or "1"), "ORG")
        if kind == "celeb":
            return mark(r.choice(PUBLIC_PEOPLE), "PUBLIC")
        if kind == "brand":
            return mark(r.choice(BRANDS), "PUBLIC")
        if kind == "body":
            return mark(r.choice(BODIES), "PUBLIC")
        if kind == "city":
            return mark(r.choice(CITIES), "PUBLIC")
        if kind == "country":
            return mark(r.choice(COUNTRIES), "PUBLIC")
        if kind == "event":
            return mark(r.choice(EVENTS), "PUBLIC")
        if kind == "age":
            return str(r.choice([4, 7, 9, 11, 15, 16, 17, 19, 23, 34, 47, 58, 66, 72, 81, 87, 91, 94, 96, 101]))
        if kind == "n":
            return str(r.choice([2, 3, 4, 5, 6, 8, 10, 12, 14, 20, 30]))
        if kind == "day":
            return r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
        raise KeyError(slot)


def mark(text: str, label: str) -> str:
    return f"[[{text}|{label}]]"


# Sentences by role. {first}, {name}, {full}, {fam}, {nick}, {init}, {titled}, {rank}, {lfirst}: a private
# person (":2" for a second one); {pet}; {place}; {org}; public: {celeb}, {brand}, {body}, {city}, {country},
# {event}; plain: {age}, {n}, {day}.
ROLE_SENTENCES: dict[str, list[str]] = {
    "nurse": [
        "Night shift on {place} with {rank} and honestly she carried the whole floor.",
        "{first}, {age}, asked me to hold her hand while the cannula went in. Of course I did.",
        "Patient in bay 4, {full}, kept calling me by her daughter's name. I answered to it.",
        "My colleague {full} has just passed her {body} revalidation. So proud of you {first:1}!",
        "{rank} on nights again. Bring biscuits and patience.",
        "Discharged {titled} today after 6 weeks. He shook every hand on {place}.",
        "Handover at 7:30, {brand} coffee by 7:31.",
        "Watched the {body} briefing on my break and still no clearer on staffing.",
        "{fam}, {age}, told the whole bay about her dancing days and got a round of applause.",
        "Student nurse {first} handled her first arrest call like a pro today.",
        "Mr {init} refused his meds until I agreed he is the best-dressed man on the ward. He is.",
        "Flying to {city} for the nursing conference next week, first time presenting!",
        "{first:2}'s family brought in a cake for the whole team. We don't deserve them.",
        "Three years qualified today. Thank you {rank} for believing in me when I didn't.",
    ],
    "teacher": [
        "{first} finally nailed her times tables today. So proud of you {first:1}!",
        "Year 6 at {place} did the whole assembly on {celeb} and nobody forgot a line.",
        "{first} and {first:2} spent all of wet play building {brand} towers. Engineers of the future.",
        "Parents' evening: {first}'s dad asked if I could 'just make her like maths'.",
        "{lfirst} cried when the class hamster {pet} went home for half term.",
        "Marking 30 essays on {celeb}. Send help and {brand}.",
        "{body} are coming on {day}. Of course they are.",
        "My mentor {titled} retires this week after 34 years at {place}. An absolute legend.",
        "{nick} scored the winning goal in the staff v pupils match and has not stopped talking about it.",
        "Shoutout to {full} in Year 9 who stood up for a classmate today. That's the stuff.",
        "Taking 40 Year 8s to {city} on the train tomorrow. Pray for me.",
        "{lfirst} asked if {celeb} was my friend. I said yes. I regret nothing.",
        "Reading {brand} to Reception and {first} did all the voices.",
        "Our head {titled} let us leave at 4 for once. Miracles happen.",
    ],
    "therapist": [
        "Session with {first} today: first time in months she laughed.",
        "Client {init} said something today I will carry for a long time.",
        "Re-reading {celeb} on a rainy afternoon between sessions.",
        "{first} and {first:2} came to couples work arguing about {brand}. It was never about {brand}.",
        "A client told me {fam} was the only one who ever listened to her.",
        "Supervision with {full} this morning. Grateful for good supervisors.",
        "Working at {place} on Thursdays now, a quieter room and a better chair.",
        "Trained with {body} years ago and still use the same grounding exercise daily.",
        "{lfirst} texted to say she passed her driving test. Tiny wins matter.",
    ],
    "social worker": [
        "Home visit on {place} today. The kids showed me their new puppy, {pet}.",
        "{full}, {age}, finally has a foster placement that fits. Best news of the week.",
        "Court again for the {lfirst} case. Long day.",
        "My manager {first} covered my caseload so I could see my own kids' nativity.",
        "{body} guidance changed again. Third time this year.",
        "{first} is moving in with her nan in {place} on {day}. Fingers crossed.",
        "Visited {fam} at {place}; she made me tea and told me off for being thin.",
        "Conference in {city} next month on kinship care, who else is going?",
        "Young person {init} wrote me a card. I'm not crying, you're crying.",
    ],
    "lawyer": [
        "Settled the {org} matter at the door of court this morning.",
        "Our client {org} wants it done by Friday. It will not be done by Friday.",
        "Trainee {first} asked what a skeleton argument is. We've all been there.",
        "Read the {body} judgment this week. Paras 40 to 60 are worth your time.",
        "Acting for {full} in a boundary dispute over a hedge at {place}. Six years. A hedge.",
        "Partner {titled} just called the client 'a delight'. He was being sarcastic.",
        "{first} from the other side sent the bundle at 11:58pm. Classic.",
        "Heading to {city} for the arbitration, bringing {brand} snacks for the team.",
        "Client {init} finally signed. Champagne is a {brand} meal deal.",
    ],
    "care worker": [
        "{first}, {age}, taught me a card game today and then beat me at it 6 times.",
        "{fam} at {place} asked for {celeb} songs all afternoon and sang every word.",
        "{titled} walked to the garden on his own for the first time since his fall.",
        "Our resident cat {pet} has claimed the lounge chair. Nobody argues.",
        "{first} and {first:2} have been married 60 years and still hold hands at tea.",
        "Double shift at {place}; {first} made me laugh so hard I forgot I was tired.",
        "Agency staff again this week. {body} inspection next month. Great.",
        "{nick} says he was a boxer in the 60s. I believe him.",
        "Took {fam} to {brand} for a hot chocolate, her first trip out in a year.",
    ],
    "engineer": [
        "Can't say much (NDA) but the {org} rollout is live and nothing's on fire.",
        "{first} fixed the {brand} outage at 2am. Legend.",
        "Migrating {org} off {brand} this quarter. Wish us luck.",
        "Pairing with {full} taught me more in a week than a year of tutorials.",
        "Site visit to the {place} plant tomorrow for the new line.",
        "Ran into a DNS issue again. It's always DNS.",
        "Our PM {first} asked for it by Friday. It's Thursday, {first:1}.",
        "Flew to {city} for the {brand} summit, came back with 14 stickers.",
        "Reading {celeb}'s latest thread about AI and rolling my eyes.",
    ],
    "hr": [
        "{first} from payroll saved the day again. Give her a raise.",
        "We're letting go of {n} people at {org} next week and I can't sleep.",
        "Exit interview with {full} today. Some of it was fair.",
        "New starter {first} brought doughnuts on day one. Instant favourite.",
        "Investigating a complaint about {titled}. Can't say more.",
        "Annual review season. {first} wrote 'crushed it' as her self-assessment.",
        "Reading {celeb} on leadership. Not sure it survives contact with payroll.",
        "Our {brand} licence ran out mid-interview. Good times.",
    ],
    "pharmacist": [
        "Ran out of HRT patches again across our {n} {org} branches.",
        "{titled} comes in every {day} for his prescription and a chat about cricket.",
        "{first}, our dispenser, has been here 30 years and knows every regular by name.",
        "{body} changed the guidance on {brand} again.",
        "A regular, {fam}, brought us a tin of {brand}. Best customers.",
        "Locum shift at {place} today, the till still sticks.",
        "Explaining to customers why {brand} is out of stock everywhere, including {brand}.",
    ],
    "paramedic": [
        "Call to {place} at 3am. {first}, {age}, had fallen but was mostly cross about missing {brand}.",
        "My crewmate {first} has the best bedside manner I've ever seen.",
        "Handover at {place} took 4 hours tonight. 4.",
        "{fam} insisted on making us tea before we took her in.",
        "Drove past {place} and remembered {titled}. Hope you're well.",
        "Another 12 hours, another {brand} meal deal in the cab.",
        "Watching the {body} figures and wondering who wrote them.",
    ],
    "doctor": [
        "Ward round with {rank} and {titled}; learned more in an hour than a week of lectures.",
        "{first}, {age}, asked if I was old enough to be a doctor. Fair.",
        "Reading the {body} piece on physician associates on my lunch break.",
        "Patient {full} went home today after 3 weeks on {place}.",
        "Locum at {place} again, great team, terrible parking.",
        "Off to {city} for the cardiology conference on {day}.",
        "My registrar {first} stayed 2 hours late to teach us. Be like {first:1}.",
    ],
    "accountant": [
        "Year end at {org} done. I'm going to sleep for a week.",
        "Our biggest client {org} is moving to {brand}. Great for them, awful for us.",
        "{first} in accounts payable found the £3k error. Hero.",
        "Lost {org}, our biggest account, today. 30% of revenue.",
        "{body} deadline is a state of mind.",
        "Training with {full} on the new {brand} set-up.",
    ],
    "police": [
        "Found a missing teenager, {first}, safe in {place} at 4am. Relief.",
        "{rank} bought the whole shift breakfast. We stan.",
        "Community meeting at {place} tonight, the usual parking complaints.",
        "{body} statement out today, reading it with everyone else.",
        "My tutor constable {first} retires today. 30 years.",
    ],
    "vet": [
        "{pet} the spaniel ate a whole sock and is very proud of it.",
        "{first} brought {pet} in for her last appointment. Hardest part of the job.",
        "Locum at {org} this week, lovely team.",
        "Farm call out past {place} in the snow, {brand} flask in hand.",
        "Nurse {first} can calm any cat. Witchcraft.",
    ],
    "coach": [
        "{nick} scored a hat-trick for {place} on {day}. Under 11s on fire.",
        "{lfirst} turned up to training in {brand} boots two sizes too big and still ran rings round everyone.",
        "Watching {celeb} highlights with the squad for motivation.",
        "Our keeper {first} saved a penalty and cried. So did I.",
        "Off to {city} with the under 14s for the tournament.",
    ],
    "manager": [
        "Lost {org} as a customer today. {n} years of work.",
        "My team lead {full} is leaving for {org}. Gutted.",
        "Team offsite in {city}. {n} people, one {brand} booking, many opinions.",
        "{first} called in sick so I covered the {place} shift.",
        "Reading about {celeb}'s return-to-office memo. Not doing that.",
    ],
}

# Sentences any writer might post: the writer's own life, public news, travel, ordinary words in capitals.
ANY_SENTENCES = [
    "Huge respect to everyone working this weekend.",
    "Monday mood already 😴",
    "LISTEN. Drink some water.",
    "Hope you all have a restful weekend.",
    "Grace under pressure is a skill nobody teaches you.",
    "Summer holidays can't come soon enough.",
    "Will do better at replying to messages, promise.",
    "Frank conversation with my manager today. Needed.",
    "Rich tea biscuits are the superior biscuit. Fight me.",
    "My daughter's recital was tonight and I cried.",
    "My nan is 94 and still beats me at Scrabble.",
    "Flying to {city} tomorrow for a long weekend.",
    "Watched {celeb} on {brand} last night, brilliant.",
    "{brand} has changed their app again and I hate it.",
    "{body} announced new guidance today. Thoughts?",
    "Back from {country}, jet lag is real.",
    "Ran {event} for charity this year, never again (until next year).",
    "Went to {event} with my sister, still recovering.",
    "New {brand} update broke everything.",
    "{celeb} said it best: be kind.",
    "Our dog {pet} ate my lanyard. Again.",
    "Dinner with my husband {first:9} for our anniversary, first night out in months.",
    "My son {first:8} started school today and didn't look back once.",
    "Sunday walk, no phone, just the dog and a flask.",
    "Bit of a rant incoming. Sorry.",
    "Anyway. Kettle on.",
    "#NHS #teacherlife #socialwork",
    "Thank you to everyone who messaged.",
    "Any tips for surviving nights? Asking for me.",
    "The {city} trains were a disaster as usual.",
    "{country} v {country} tonight, who's watching?",
    "Grateful. That's the post.",
    "So proud of my team.",
    "Could not be prouder.",
    "Please share if you can.",
]

DECOR = ["", "", "", " 😂", " 🙏", " ❤️", " 💪", " 🫶", " #proud", " #grateful", " #worklife", " 😭", " 🙌"]


def draft(rng: random.Random, n: int) -> dict:
    role = rng.choice(list(ROLE_SENTENCES))
    own = ROLE_SENTENCES[role]
    k = rng.choice([1, 2, 2, 3, 3])
    picks = rng.sample(own, min(k, len(own)))
    if rng.random() < 0.45:
        picks.insert(rng.randrange(len(picks) + 1), rng.choice(ANY_SENTENCES))
    if rng.random() < 0.08:  # harmless posts too
        picks = rng.sample(ANY_SENTENCES, rng.choice([1, 2, 3]))
    filler = Filler(rng)
    text = " ".join(picks) + rng.choice(DECOR)
    text = re.sub(r"\{([a-z]+(?::\d)?)\}", lambda m: filler.fill(m.group(1)), text)
    text = re.sub(r"\b([Tt]he) \[\[the ", r"\1 [[", text)  # "the [[the Home Office" -> "the [[Home Office"
    style = rng.random()
    if style < 0.12:  # typed in a hurry: everything lowercase, the marks included
        text = re.sub(r"\|([a-z]+)\]\]", lambda m: "|" + m.group(1).upper() + "]]", text.lower())
    elif style < 0.2:  # one word shouted
        words = text.split(" ")
        i = rng.randrange(len(words))
        if "[[" not in words[i] and "|" not in words[i] and "]]" not in words[i]:
            words[i] = words[i].upper()
        text = " ".join(words)
    return {"id": f"s5-{n:04d}", "role": role, "marked": text}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2400)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seen, rows = set(), []
    while len(rows) < args.n:
        d = draft(rng, len(rows) + 1)
        if d["marked"] not in seen:
            seen.add(d["marked"])
            rows.append(d)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} drafts -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
