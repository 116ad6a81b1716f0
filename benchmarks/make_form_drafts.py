"""Write form_drafts/forms_1.jsonl: form-like texts (forms, lists, rosters, sign-offs, dialogue lines, address
lines, one-line notes) whose private names and small places are labelled, for train_token_veto.py --extra.

    python benchmarks/make_form_drafts.py [--n 900] [--seed 43] [--out benchmarks/data/form_drafts/forms_1.jsonl]

Why: the token tagger learnt social posts only, where a name with no story around it is seldom anyone's, so in
form-like text (a label and a name, a list of names, a bare name on its line) it read names as no one's
(train_token_veto.py's docstring: synth's "Nicole", "Pearson", "ÅLESUND" lost). These texts show it that kind of
writing with the names in it private. Names are the made-up parts of make_name_drafts.py plus given names and
surnames of more languages written here; towns from rewriter/data/towns.txt (GeoNames). No text of the synth
benchmark (presidio-research) is used. Fields as the other labelled drafts: id, text, leaks (escaped names),
clean. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "form_drafts" / "forms_1.jsonl"

import sys
sys.path.insert(0, str(ROOT / "benchmarks"))
import make_name_drafts as M  # noqa: E402

MORE_FIRST = """Agnieszka Andrzej Anneli Arvid Astrid Bjørn Borislav Dagmar Dimitra Eero Eleni Eirik Elżbieta Ferenc
Gudrun Halldóra Henrik Ilona István Jiří Jorunn Kalle Katarzyna Kostas Kristín Lars Liisa Magnús Marketa Matti
Miroslav Nikos Oddny Ondřej Panagiota Pernille Radek Rasmus Sigrún Sölve Stavros Teodora Tuula Vasiliki Vesna
Zdeněk Zsófia Joaquim Rosário Thiago Graça Leandro Mariana Caio Valentina Gonzalo Ximena Renata Bruno Camila
Hiroshi Yuki Minh Linh Hyun-woo Ji-yeon Wei Mei Rohan Kavya Tariq Leyla Emre Selin Dmitri Oksana Yaroslav
Dorothy Walter Gloria Raymond Tracy Dwayne Brianna Cody Latoya Jerome Megan Dustin Kristen Travis Amanda
Heidi Colette Margaux Lucien Solène Anouk Joris Femke Wouter Griet Lotte Matthias Ursula Jürgen Annika Bernd""".split()

MORE_SURNAMES = """Andersson Bergström Christensen Dahl Ekström Halvorsen Haugen Jóhannsdóttir Karlsson Kristiansen
Lund Mikkelsen Nieminen Nyström Pedersen Rantanen Sigurðsson Virtanen Dvořák Horáková Kovács Nagy Novotný
Procházka Svoboda Szabó Tóth Wiśniewski Kowalska Lewandowski Papadopoulos Georgiou Konstantinou Nikolaidis
Alves Carvalho Ferreira Gonçalves Moura Oliveira Pereira Ribeiro Santos Gutiérrez Herrera Morales Navarro
Ortega Ramírez Vargas Tanaka Watanabe Nguyen Tran Kim Park Zhang Liu Chen Reddy Iyer Kapoor Demir Kaya Öztürk
Ivanova Petrov Sokolov Bennett Brooks Coleman Fletcher Graham Hayes Jenkins Mitchell Porter Russell Simmons
Dubois Lefebvre Moreau Girard Janssen de Vries Bakker Visser Schmidt Becker Hoffmann Schäfer Wagner""".split()

FIRST = M.FIRST + MORE_FIRST
SURNAMES = M.SURNAMES + MORE_SURNAMES
TOWNS = [t for t in (ROOT / "rewriter" / "data" / "towns.txt").read_text(encoding="utf-8").splitlines()
         if t and not t.startswith("#") and re.fullmatch(r"[A-Z][\w' -]+", t)]
STREETS = ["Street", "Road", "Lane", "Avenue", "Close", "Way", "Drive", "Crescent", "Gardens", "Terrace"]
STREET_WORDS = ["Mill", "Church", "Station", "Park", "Orchard", "Meadow", "Willow", "Kings", "Bridge", "Hill",
                "Chapel", "Victoria", "Elm", "Beech", "Castle", "Green", "North", "School", "Brook", "Foxglove"]
LABELS = ["Name", "Full name", "Patient", "Client", "Pupil", "Student", "Contact", "Next of kin", "Emergency contact",
          "Referred by", "Key worker", "Tenant", "Applicant", "Parent/carer", "Guardian", "Employee", "Customer",
          "Account holder", "Witness", "Mentor", "Supervisor", "Assigned to", "Owner", "Signed", "Attendee"]
OTHER_FIELDS = [("Date of birth", lambda r: f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1940, 2015)}"),
                ("Phone", lambda r: "07" + "".join(str(r.randint(0, 9)) for _ in range(9))),
                ("Ref", lambda r: f"{r.choice('ABCKMT')}{r.randint(1000, 99999)}"),
                ("Status", lambda r: r.choice(["open", "closed", "pending", "on hold", "referred on"])),
                ("Appointment", lambda r: f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {r.randint(8, 17)}:00"),
                ("Notes", lambda r: r.choice(["follow up in two weeks", "prefers email", "no concerns raised",
                                              "needs interpreter", "late twice this month", "see attached"])),
                ("Department", lambda r: r.choice(["Finance", "Outpatients", "Year 9", "Maths", "Housing", "HR"])),
                ("Amount", lambda r: f"£{r.randint(10, 5000)}.{r.randint(0, 99):02d}")]
LINES = ["can you send me the form by Friday?", "I'll be late, sorry.", "Thanks, that works.", "Where is the file?",
         "Did the payment go through?", "Call me when you land.", "Sounds good to me.", "Who has the keys?",
         "Meeting moved to 3.", "I sent it yesterday.", "No, the other one.", "Let me check and get back to you."]


def person(r: random.Random) -> tuple[str, list[str]]:
    """A private person as forms write one, and the parts that leak."""
    f, s = r.choice(FIRST), r.choice(SURNAMES)
    kind = r.random()
    if kind < 0.3:
        return f"{f} {s}", [f, s]
    if kind < 0.45:
        return f, [f]
    if kind < 0.6:
        return s, [s]
    if kind < 0.7:
        return f"{s}, {f}", [f, s]
    if kind < 0.8:
        return f"{r.choice(['Mr', 'Mrs', 'Ms', 'Dr', 'Miss'])} {s}", [s]
    if kind < 0.9:
        return f"{f[0]}. {s}", [s]
    return f"{f} {r.choice(FIRST)} {s}", [f, s]


def address(r: random.Random) -> tuple[str, list[str]]:
    town = r.choice(TOWNS)
    street = f"{r.choice(STREET_WORDS)} {r.choice(STREETS)}"
    return f"{r.randint(1, 240)} {street}, {town}", [street, town]


def caps(text: str, r: random.Random) -> str:
    return text.upper() if r.random() < 0.08 else text


def form(r: random.Random) -> tuple[str, list[str]]:
    lines, leaks = [], []
    who, parts = person(r)
    lines.append(f"{r.choice(LABELS)}: {caps(who, r)}")
    leaks += parts
    for label, make in r.sample(OTHER_FIELDS, r.randint(1, 4)):
        lines.append(f"{label}: {make(r)}")
    if r.random() < 0.5:
        where, parts = address(r)
        lines.insert(r.randint(1, len(lines)), f"{r.choice(['Address', 'Home address', 'Lives at'])}: {caps(where, r)}")
        leaks += parts
    if r.random() < 0.4:
        who, parts = person(r)
        lines.append(f"{r.choice(LABELS)}: {who}")
        leaks += parts
    return "\n".join(lines), leaks


def roster(r: random.Random) -> tuple[str, list[str]]:
    head = r.choice(["Attendees", "Rota this week", "Group B", "Cover list", "Still to reply", "Home visits",
                     "Shortlist", "Reading group", "On call", "Pickups today"])
    bullet = r.choice(["- ", "* ", "", "• "])
    lines, leaks = [f"{head}:"], []
    for i in range(r.randint(2, 6)):
        who, parts = person(r)
        tail = r.choice(["", "", f" ({r.choice(['am', 'pm', 'off', 'tbc'])})", f" - {r.randint(8, 17)}:30"])
        lines.append(f"{bullet if bullet else f'{i + 1}. '}{who}{tail}")
        leaks += parts
    return "\n".join(lines), leaks


def table(r: random.Random) -> tuple[str, list[str]]:
    sep = r.choice([" | ", ", ", "\t", "; "])
    lines, leaks = [sep.join(["Name", "Town", "Ref"])], []
    for _ in range(r.randint(2, 5)):
        who, parts = person(r)
        town = r.choice(TOWNS)
        lines.append(sep.join([who, town, str(r.randint(100, 999))]))
        leaks += parts + [town]
    return "\n".join(lines), leaks


def dialogue(r: random.Random) -> tuple[str, list[str]]:
    a, b = r.choice(FIRST), r.choice(FIRST)
    lines = [f"{r.choice([a, b])}: {r.choice(LINES)}" for _ in range(r.randint(2, 5))]
    return "\n".join(lines), [a, b]


def signoff(r: random.Random) -> tuple[str, list[str]]:
    who, parts = person(r)
    body = r.choice(["Please find the minutes attached.", "Thanks for covering on Tuesday.",
                     "The invoice is overdue, could you chase it?", "Reminder: forms back by the 12th."])
    return f"{r.choice(['Hi all,', 'Hello,', 'Dear team,'])}\n{body}\n{r.choice(['Best wishes,', 'Thanks,', 'Regards,', 'Cheers,'])}\n{who}", parts


def note(r: random.Random) -> tuple[str, list[str]]:
    who, parts = person(r)
    where, wparts = address(r)
    text = r.choice([
        f"{who} called about the appointment.",
        f"Please send the letter to {who} at {where}.",
        f"{who} - moved to {where}",
        f"Booked: {who}, {r.choice(['Mon', 'Thu', 'Sat'])} {r.randint(9, 16)}:00",
        f"Spoke to {who} re: invoice {r.randint(1000, 9999)}.",
        f"New starter {who} from {where.split(', ')[-1]}",
        f"{who} ({r.randint(4, 90)}) {where}",
    ])
    return text, parts + [p for p in wparts if p in text]


KINDS = [form, form, roster, table, dialogue, signoff, note, note]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=900)
    ap.add_argument("--seed", type=int, default=43)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    r = random.Random(args.seed)
    rows = []
    for i in range(args.n):
        text, leaks = r.choice(KINDS)(r)
        leaks = sorted({re.escape(x) for x in leaks if x and x.lower() in text.lower()})
        rows.append({"id": f"form{i:04d}", "clean": False, "text": text, "leaks": leaks})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    print(f"{len(rows)} texts to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
