"""From facts to seats: group what every source says, link the people, keep agreement and conflict.

Official figures win over articles where both give one; among articles the value most sources give
wins (the latest article breaks a tie) and every other value is kept as a `Conflict`, never dropped.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from knowledge.parties import canonical_party
from knowledge.people import same_person, strip_titles
from knowledge.records import Candidate, Conflict, Fact, Provenance, Quote, Seat, SeatFact, Value
from knowledge.seatnames import canonical_seat
from knowledge.text import name_key

SeatKey = tuple[str, int | None]


def seat_key(constituency: str, year: int | None) -> SeatKey:
    return name_key(canonical_seat(constituency)), year


def merge(facts: Iterable[Fact], quotes: Iterable[Quote] = ()) -> list[Seat]:
    """Every seat the facts speak of, concluded; sorted by year then name."""
    grouped: dict[SeatKey, list[Fact]] = defaultdict(list)
    for fact in facts:
        grouped[seat_key(fact.constituency, fact.election_year)].append(fact)
    quotes_by_seat: dict[SeatKey, list[Quote]] = defaultdict(list)
    for quote in quotes:
        quotes_by_seat[seat_key(quote.constituency, quote.election_year)].append(quote)
    seats = [_merge_seat(group, quotes_by_seat.get(key, [])) for key, group in grouped.items()]
    return sorted(seats, key=lambda s: (s.election_year or 0, name_key(s.constituency)))


def _merge_seat(facts: list[Fact], quotes: list[Quote]) -> Seat:
    official = [f for f in facts if f.provenance.origin == "official"]
    name_source = official[0] if official else max(facts, key=lambda f: len(f.constituency))
    seat = Seat(constituency=canonical_seat(name_source.constituency), election_year=facts[0].election_year)
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
                         q.provenance) for q in quotes]
    return seat


def _link_people(facts: list[Fact]) -> dict[str, str]:
    """Each written name of a candidate (or winner) -> the name the seat will use for that person."""
    names: list[tuple[int, str]] = []  # (rank, name): official names first, then the fullest forms
    for fact in facts:
        written = fact.candidate or (str(fact.value) if fact.field == "winner" else None)
        if written:
            rank = 0 if fact.provenance.origin == "official" else 1
            names.append((rank, strip_titles(written)))
    canonical: list[str] = []
    mapping: dict[str, str] = {}
    for _, name in sorted(set(names), key=lambda n: (n[0], -len(n[1].split()), -len(n[1]), n[1])):
        match = next((c for c in canonical if same_person(name, c)), None)
        if match is None:
            canonical.append(name)
            match = name
        mapping[name] = match
    for fact in facts:
        for written in (fact.candidate, fact.value if fact.field == "winner" else None):
            if isinstance(written, str) and written not in mapping:
                mapping[written] = mapping.get(strip_titles(written), strip_titles(written))
    return mapping


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
    if field_name in ("winner_party", "previous_party", "party"):
        return canonical_party(str(value)) or str(value)
    if isinstance(value, str):
        return name_key(value)
    if isinstance(value, float) and field_name != "turnout_percent" and value.is_integer():
        return int(value)
    return round(value, 2) if isinstance(value, float) else value


def _conclude(field_name: str, claims: list[tuple[Value, Provenance]]
              ) -> tuple[Value, list[Provenance], list[tuple[Value, Provenance]]]:
    """(value kept, the sources that state it, [(other value, its source)])."""
    groups: dict[Value, list[tuple[Value, Provenance]]] = defaultdict(list)
    for value, where in claims:
        groups[_comparable(field_name, value)].append((value, where))

    def strength(key: Value) -> tuple:
        support = groups[key]
        has_official = any(p.origin == "official" for _, p in support)
        latest = max((p.date or "" for _, p in support), default="")
        # Recount tallies only grow through a night: a later, larger count supersedes an earlier one.
        size = key if field_name == "recounts" and isinstance(key, int | float) else 0
        return has_official, size, len({p.file for _, p in support}), latest

    best = max(groups, key=strength)
    kept = groups[best]
    value = next((v for v, p in kept if p.origin == "official"), kept[0][0])
    others = [(v, p) for key, group in groups.items() if key != best for v, p in group]
    return value, _unique([p for _, p in kept]), others


def _unique(sources: list[Provenance]) -> list[Provenance]:
    seen: dict[tuple[str, str, str], Provenance] = {}
    for p in sources:
        seen.setdefault((p.origin, p.file, p.sentence), p)
    return list(seen.values())


def _mark_winner(seat: Seat) -> None:
    winner = seat.get("winner")
    for candidate in seat.candidates:
        candidate.elected = winner is not None and name_key(candidate.name) == name_key(str(winner))
    valid = seat.get("valid_votes")
    if isinstance(valid, int) and valid > 0:
        for candidate in seat.candidates:
            if candidate.votes is not None:
                candidate.share_percent = round(100.0 * candidate.votes / valid, 2)
    seat.candidates.sort(key=lambda c: (not c.elected, -(c.votes or -1)))
