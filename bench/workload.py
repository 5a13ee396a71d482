"""The answer workload: questions generated from the loaded data, covering every intent.

Each question is made from a template and a real seat, candidate, party or year of the knowledge
base; a seeded share get a typo in the name, and a share ask about real-looking names that are not
on record (unknown seats and people). The same knowledge and seed give the same questions.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from knowledge.lexicon.text import name_key
from knowledge.records import Seat
from knowledge.store.database import Knowledge

# intent -> templates; {seat}, {person}, {year}, {party} are filled from the data.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "winner": ("who won {seat}", "who won {seat} in {year}?", "{seat} result", "winner in {seat} {year}"),
    "margin": ("what was the majority in {seat}", "how close was it in {seat}", "margin in {seat} {year}"),
    "votes": ("how many votes did {person} get", "votes for {person}", "how many votes did {person} get in {year}"),
    "recounts": ("how many recounts were there in {seat}", "was there a recount in {seat}"),
    "turnout": ("turnout in {seat}", "what was the turnout in {seat} in {year}"),
    "previous_majority": ("what was the previous majority in {seat}", "previous majority {seat}"),
    "second": ("who came second in {seat}", "runner up in {seat} {year}"),
    "quote": ("what did {person} say", "quotes from {seat}"),
    "sources": ("sources for {seat}", "where does the {seat} result come from"),
    "closest": ("closest seats in {year}", "closest results", "which seats had the smallest majorities in {year}"),
    "party_seats": ("how many seats did {party} win in {year}", "which seats did {party} win in {year}"),
    "gains": ("{party} gains {year}", "which seats did {party} gain in {year}", "seats that changed hands in {year}"),
    "help": ("help", "what can you do"),
    "about": ("what elections do you cover", "what are you"),
}
NAMED = {"winner", "margin", "recounts", "turnout", "previous_majority", "second", "sources"}
UNKNOWN_TEMPLATES = ("who won {seat}", "turnout in {seat}", "how many votes did {person} get")
PARTIES = ("labour", "the conservatives", "tories", "lib dems", "snp", "plaid cymru", "green")
KINDS = (*TEMPLATES, "unknown")

_SYLLABLES = ("mar", "wick", "ton", "bel", "ford", "ley", "ash", "brook", "dun", "hal", "stow", "rith",
              "cor", "ven", "mer", "by", "thorpe", "gar", "lin", "wor", "den", "pel", "sal", "ick")
_FIRST = ("Alice", "Brendan", "Carys", "Dominic", "Eleri", "Fergus", "Gwen", "Harriet", "Imran", "Joanna")


@dataclass(frozen=True, slots=True)
class Item:
    kind: str           # an intent of TEMPLATES, or "unknown"
    text: str           # the question as asked
    name: str | None    # the seat or person name it was made from (before any typo)
    typo: bool


def invented_word(rng: random.Random, syllables: int = 3) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize()


def add_typo(rng: random.Random, name: str) -> str:
    """One typing slip in a name: a swapped, dropped or doubled letter (names of 4+ letters)."""
    spots = [i for i in range(1, len(name) - 1) if name[i].isalpha() and name[i + 1].isalpha()]
    if len(name) < 4 or not spots:
        return name
    i = rng.choice(spots)
    kind = rng.randrange(3)
    if kind == 0:
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if kind == 1:
        return name[:i] + name[i + 1:]
    return name[:i] + name[i] + name[i:]


def _pools(knowledge: Knowledge) -> tuple[list[Seat], list[tuple[str, int | None]], list[int]]:
    seats = [s for s in knowledge.seats if s.constituency]
    people = [(c.name, s.election_year) for s in seats for c in s.candidates if c.name]
    years = sorted({s.election_year for s in seats if s.election_year})
    return seats, people, years or [2019]


def known_keys(knowledge: Knowledge) -> tuple[set[str], set[str]]:
    """The name keys of every seat and every candidate on record."""
    return ({name_key(s.constituency) for s in knowledge.seats},
            {name_key(c.name) for s in knowledge.seats for c in s.candidates})


def unknown_names(knowledge: Knowledge, rng: random.Random,
                  keys: tuple[set[str], set[str]] | None = None) -> tuple[str, str]:
    """A seat name and a person name that look real but are not on record."""
    seat_keys, person_keys = keys or known_keys(knowledge)
    while True:
        seat = f"{invented_word(rng)} {rng.choice(('North', 'South', 'and ' + invented_word(rng, 2), 'Vale'))}"
        person = f"{rng.choice(_FIRST)} {invented_word(rng)}"
        if name_key(seat) not in seat_keys and name_key(person) not in person_keys:
            return seat, person


def make_questions(knowledge: Knowledge, count: int, seed: int = 0, typo_rate: float = 0.25,
                   unknown_rate: float = 0.1) -> list[Item]:
    """`count` questions: every kind in turn (so each appears), names drawn at random."""
    rng = random.Random(seed)
    seats, people, years = _pools(knowledge)
    if not seats:
        raise ValueError("the knowledge base has no seats to ask about")
    keys = known_keys(knowledge)
    items: list[Item] = []
    kinds = list(KINDS)
    for i in range(count):
        kind = kinds[i % len(kinds)]
        if kind == "unknown" or (kind in NAMED and rng.random() < unknown_rate / 2):
            seat_name, person_name = unknown_names(knowledge, rng, keys)
            template = rng.choice(UNKNOWN_TEMPLATES)
            items.append(Item("unknown", template.format(seat=seat_name, person=person_name), None, False))
            continue
        template = rng.choice(TEMPLATES[kind])
        seat = rng.choice(seats)
        person, person_year = rng.choice(people) if people else ("", None)
        year = seat.election_year or rng.choice(years)
        if "{person}" in template and person_year:
            year = person_year
        name = person if "{person}" in template else seat.constituency if "{seat}" in template else None
        typo = name is not None and rng.random() < typo_rate
        shown = add_typo(rng, name) if typo and name else name
        text = template.format(seat=shown if "{seat}" in template else seat.constituency,
                               person=shown if "{person}" in template else person,
                               year=year if "{year}" in template else rng.choice(years),
                               party=rng.choice(PARTIES))
        items.append(Item(kind, text, name, typo and shown != name))
    return items


def autocomplete_prefixes(names: list[str], count: int, seed: int = 0) -> list[str]:
    """Prefixes (1 to 12 characters) of real names, as someone types them."""
    rng = random.Random(seed)
    pool = [n for n in names if n]
    out = []
    for _ in range(count):
        name = rng.choice(pool)
        out.append(name[:rng.randint(1, min(12, len(name)))].lower() if rng.random() < 0.5
                   else name[:rng.randint(1, min(12, len(name)))])
    return out
