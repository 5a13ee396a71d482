"""From facts to seats: group what every source says, link the people, keep agreement and conflict.

Official figures win over articles where both give one; among articles the value most sources give
wins (the latest article breaks a tie) and every other value is kept as a `Conflict`, never dropped.
Facts that compare two elections (previous majority, previous party, gain or hold) are derived from
the official figures by `knowledge.store.derived` before the seats are concluded.

Party values are concluded as canonical party names (`knowledge.lexicon.parties.canonical_party`), so that
counting seats by `winner_party` counts each party once.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from knowledge.lexicon.parties import canonical_party
from knowledge.lexicon.people import likely_same_person, name_tokens, same_person, strip_titles
from knowledge.lexicon.seatnames import canonical_seat
from knowledge.lexicon.text import name_key
from knowledge.records import Candidate, Conflict, Fact, Provenance, Quote, Seat, SeatFact, Value
from knowledge.store.derived import derive_facts

# (the seat's name key, election year, by-election polling day or None): one seat at one contest
SeatKey = tuple[str, int | None, str | None]
PARTY_FIELDS = frozenset({"winner_party", "previous_party", "party"})


@lru_cache(maxsize=1 << 16)
def seat_key(constituency: str, year: int | None, by_election_day: str | None = None) -> SeatKey:
    """The key of one seat at one contest; the name is looked up in the boundary set of `year`."""
    return name_key(canonical_seat(constituency, year)), year, by_election_day


# Merging compares the same few thousand names and parties many times over: remember the answers.
_key = lru_cache(maxsize=1 << 16)(name_key)
_party = lru_cache(maxsize=1 << 12)(canonical_party)


def merge(facts: Iterable[Fact], quotes: Iterable[Quote] = ()) -> list[Seat]:
    """Every seat the facts speak of, concluded; sorted by year then name."""
    facts = list(facts)
    facts.extend(derive_facts(facts))
    grouped: dict[SeatKey, list[Fact]] = defaultdict(list)
    for fact in facts:
        grouped[seat_key(fact.constituency, fact.election_year, fact.by_election_day)].append(fact)
    quotes_by_seat: dict[SeatKey, list[Quote]] = defaultdict(list)
    for quote in quotes:
        quotes_by_seat[seat_key(quote.constituency, quote.election_year, quote.by_election_day)].append(quote)
    seats = [_merge_seat(group, quotes_by_seat.get(key, [])) for key, group in grouped.items()]
    return sorted(seats, key=seat_order)


def seat_order(seat: Seat) -> tuple[int, str, str]:
    """Seats by year, general election before by-elections, then name."""
    return seat.election_year or 0, seat.by_election_day or "", _key(seat.constituency)


def _merge_seat(facts: list[Fact], quotes: list[Quote]) -> Seat:
    official = [f for f in facts if f.provenance.origin == "official"]
    name_source = official[0] if official else max(facts, key=lambda f: len(f.constituency))
    first = facts[0]
    seat = Seat(constituency=canonical_seat(name_source.constituency, first.election_year),
                election_year=first.election_year, by_election_day=first.by_election_day)
    people = _link_people(facts)
    seat.candidates = _conclude_candidates(seat, facts, people)
    by_field: dict[str, list[tuple[Value, Provenance]]] = defaultdict(list)
    for fact in facts:
        if fact.candidate is None:
            value = people.get(fact.value, fact.value) if fact.field == "winner" else fact.value
            by_field[fact.field].append((value, fact.provenance))
    for field_name, claims in by_field.items():
        value, sources, conflicts = _conclude(field_name, claims)
        seat.facts[field_name] = SeatFact(value, sources)
        seat.conflicts.extend(
            Conflict(seat.constituency, seat.election_year, field_name, None, value, sources[0], other, where)
            for other, where in conflicts)
    _mark_winner(seat)
    seat.quotes = [Quote(people.get(q.speaker, q.speaker), q.text, seat.constituency, seat.election_year,
                         q.provenance, seat.by_election_day) for q in quotes]
    return seat


def _link_people(facts: list[Fact]) -> dict[str, str]:
    """Each written name of a candidate (or winner) -> the name the seat will use for that person.

    Every candidate on an official list is a person of their own (the lists name each candidate
    once). Other names (articles, an official winner column) are linked to the one person they can
    be: the same name; else the one `same_person` match whose party, where both are known, agrees;
    else, where the seat has an official list, the one loose match on it (`likely_same_person`:
    'Victoria Borthwick' for 'Victoria Borwick'). A name that could be two people ('Evans' where Liz
    and Mark Evans stand) or nobody known stays a person of its own rather than a guess.
    """
    official: dict[str, None] = {}
    others: set[str] = set()
    parties: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        written = fact.candidate or (str(fact.value) if fact.field == "winner" else None)
        if not written:
            continue
        name = strip_titles(written)
        if fact.candidate and fact.provenance.origin == "official":
            official.setdefault(name)
        else:
            others.add(name)
        if fact.field == "party" and fact.candidate:
            parties[name].add(_party(str(fact.value)) or str(fact.value))
    people: list[str] = []
    mapping: dict[str, str] = {}
    for name in official:
        match = next((p for p in people if _key(p) == _key(name)), None)
        if match is None:
            people.append(name)
        mapping[name] = match or name
    listed = frozenset(people)
    for name in sorted(others - set(mapping), key=lambda n: (-len(name_tokens(n)), -len(n), n)):
        match = _match_person(name, people, listed, parties)
        if match is None:
            people.append(name)
        mapping[name] = match or name
    for fact in facts:
        for written in (fact.candidate, fact.value if fact.field == "winner" else None):
            if isinstance(written, str) and written not in mapping:
                mapping[written] = mapping.get(strip_titles(written), strip_titles(written))
    return mapping


def _match_person(name: str, people: list[str], listed: frozenset[str], parties: dict[str, set[str]]
                  ) -> str | None:
    """The one person `name` can be, or None (nobody, or more than one)."""
    tokens = name_tokens(name)
    exact = [p for p in people if name_tokens(p) == tokens]
    if exact:
        return exact[0]
    agreeing = [p for p in people if _parties_agree(parties.get(name), parties.get(p))]
    strict = [p for p in agreeing if same_person(name, p)]
    if strict:
        return strict[0] if len(strict) == 1 else None
    loose = [p for p in agreeing if p in listed and likely_same_person(name, p)]
    return loose[0] if len(loose) == 1 else None


def _parties_agree(a: set[str] | None, b: set[str] | None) -> bool:
    """Whether two people can be one as far as their parties go (unknown agrees with anything)."""
    if not a or not b or a & b:
        return True
    independent = {p for p in a | b if "independ" in _key(p)}
    return independent == a | b


def _conclude_candidates(seat: Seat, facts: list[Fact], people: dict[str, str]) -> list[Candidate]:
    claims: dict[str, dict[str, list[tuple[Value, Provenance]]]] = defaultdict(lambda: defaultdict(list))
    order: list[str] = []
    for fact in facts:
        if fact.candidate is None:
            continue
        person = people.get(fact.candidate, fact.candidate)
        if person not in claims:
            order.append(person)
        claims[person][fact.field].append((fact.value, fact.provenance))
    candidates = []
    for person in order:
        fields = claims[person]
        candidate = Candidate(name=person, party=None, votes=None)
        written = {strip_titles(str(v)) for v, _ in fields.get("candidate", [])}
        candidate.aliases = sorted(written - {person})
        candidate.sources = _unique([p for claims_ in fields.values() for _, p in claims_])
        for field_name in ("party", "votes"):
            if field_name not in fields:
                continue
            value, sources, conflicts = _conclude(field_name, fields[field_name])
            setattr(candidate, field_name, value)
            if field_name == "votes":
                candidate.vote_sources = sources
            seat.conflicts.extend(
                Conflict(seat.constituency, seat.election_year, field_name, person, value, sources[0], other, where)
                for other, where in conflicts)
        candidates.append(candidate)
    return candidates


def _comparable(field_name: str, value: Value) -> Value:
    if field_name in PARTY_FIELDS:
        return _party(str(value)) or str(value)
    if isinstance(value, str):
        return _key(value)
    if isinstance(value, float) and field_name != "turnout_percent" and value.is_integer():
        return int(value)
    return round(value, 2) if isinstance(value, float) else value


def _conclude(field_name: str, claims: list[tuple[Value, Provenance]]
              ) -> tuple[Value, list[Provenance], list[tuple[Value, Provenance]]]:
    """(value kept, the sources that state it, [(other value, its source)])."""
    if len(claims) == 1:  # one source (the usual case for official figures): nothing to weigh
        value, where = claims[0]
        if field_name in PARTY_FIELDS:
            value = _party(str(value)) or value
        return value, [where], []
    groups: dict[Value, list[tuple[Value, Provenance]]] = defaultdict(list)
    for value, where in claims:
        groups[_comparable(field_name, value)].append((value, where))
    def strength(key: Value) -> tuple:
        support = groups[key]
        has_official = any(p.origin == "official" for _, p in support)
        latest = max((p.date or "" for _, p in support), default="")
        return has_official, len({p.file for _, p in support}), latest

    # Where every source agrees (the usual case) there is nothing to weigh.
    best = next(iter(groups)) if len(groups) == 1 else max(groups, key=strength)
    kept = groups[best]
    value = next((v for v, p in kept if p.origin == "official"), kept[0][0])
    if field_name in PARTY_FIELDS:
        value = _party(str(value)) or value
    others = [(v, p) for key, group in groups.items() if key != best for v, p in group]
    sources = [p for _, p in kept]
    if any(p.origin == "official" for p in sources):
        # An article that rounds an official figure, or gives its time roughly, agrees with it.
        sources += [p for v, p in others if p.origin == "article" and approximately(field_name, value, v)]
        others = [(v, p) for v, p in others if p not in sources]
    return value, _unique(sources), others


def approximately(field_name: str, precise: Value, stated: Value) -> bool:
    """Whether `stated` (an article's wording) is a rounded or approximate form of `precise` (an official figure).

    Turnout given to fewer decimals ('69.6 per cent' for 69.56); a declaration time given by the clock
    ('shortly after 2am' for 02:02, 'just before 9pm' for 21:03: five minutes' slack on the far side).

    >>> approximately("turnout_percent", 69.56, 69.6), approximately("declared_at", "2017-06-09 02:02", "shortly after 2am")
    (True, True)
    """
    if field_name == "turnout_percent" and isinstance(precise, int | float) and isinstance(stated, int | float):
        decimals = len(repr(float(stated)).split(".")[1].rstrip("0"))
        return decimals < 2 and round(precise, decimals) == round(stated, decimals)
    if field_name == "declared_at" and isinstance(precise, str) and isinstance(stated, str):
        at = _CLOCK_OFFICIAL.search(precise)
        window = _clock_window(stated)
        if at is None or window is None:
            return False
        minutes = int(at["h"]) * 60 + int(at["m"])
        return any(window[0] <= minutes + day <= window[1] for day in (-1440, 0, 1440))
    return False


_CLOCK_OFFICIAL = re.compile(r"(?:^|\s)(?P<h>\d{1,2}):(?P<m>\d{2})\b")
_CLOCK_STATED = re.compile(r"^(?:(?P<q>just|shortly|well|soon)\s+)?(?P<w>before|after|at around|at|around|about)\s+"
                           r"(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ap>am|pm)$", re.IGNORECASE)


def _clock_window(text: str) -> tuple[int, int] | None:
    """'shortly after 2am' -> (120, 180): minutes after midnight the words allow."""
    match = _CLOCK_STATED.match(" ".join(text.split()))
    if match is None:
        return None
    hour = int(match["h"]) % 12 + (12 if match["ap"].lower() == "pm" else 0)
    t = hour * 60 + int(match["m"] or 0)
    word, qualifier = match["w"].lower(), (match["q"] or "").lower()
    reach = 180 if qualifier == "well" else 60
    if word == "before":
        return t - reach, t + 5
    if word == "after":
        return t - 5, t + reach
    return t - 15, t + 15


def _unique(sources: list[Provenance]) -> list[Provenance]:
    seen: dict[tuple[str, str, str], Provenance] = {}
    for p in sources:
        seen.setdefault((p.origin, p.file, p.sentence), p)
    return list(seen.values())


def _mark_winner(seat: Seat) -> None:
    winner = seat.get("winner")
    for candidate in seat.candidates:
        candidate.elected = winner is not None and _key(candidate.name) == _key(str(winner))
    valid = seat.get("valid_votes")
    if isinstance(valid, int) and valid > 0:
        for candidate in seat.candidates:
            if candidate.votes is not None:
                candidate.share_percent = round(100.0 * candidate.votes / valid, 2)
    seat.candidates.sort(key=lambda c: (not c.elected, -(c.votes or -1)))
