"""Records: what a source says (facts with provenance) and what the knowledge base concludes (seats).

Article reading and official imports produce `Fact` and `Quote` records; `knowledge.store.merge` turns all
of them into `Seat` records, keeping every fact's provenance and every disagreement.

Every fact, quote and seat belongs to one contest (`Contest`): a general election, named by its year
(`by_election_day` None), or a by-election, named by its polling day (`by_election_day` "YYYY-MM-DD";
`election_year` is then that day's year). A by-election's facts are never a general election's: the
two are different seats of the knowledge base even in the same year.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Literal, TypeVar

from knowledge import fields as fields_registry

Value = str | int | float

# The fields' names, from the field registry (`knowledge.fields`), in the order answers list them.
SEAT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields_registry.FIELDS)
CANDIDATE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields_registry.CANDIDATE_FIELDS)
NUMERIC_FIELDS = frozenset(f.name for f in (*fields_registry.FIELDS, *fields_registry.CANDIDATE_FIELDS)
                           if f.kind is int)

Origin = Literal["article", "official"]
RecordType = TypeVar("RecordType", bound=type)


def pickled_by_fields(cls: RecordType) -> RecordType:
    """Pickle a dataclass as a call of its constructor with its field values.

    A large ingest sends hundreds of thousands of facts from the parsing processes back to the
    writer; this is about twice as fast to pickle and unpickle as the generic state of a slotted
    (and frozen) dataclass.
    """
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self: object) -> tuple[type, tuple]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


@dataclass(frozen=True, slots=True, order=True)
class Contest:
    """One poll: a general election (`by_election_day` None) or a by-election on `by_election_day`."""

    year: int | None
    by_election_day: str | None = None

    @property
    def by_election(self) -> bool:
        return self.by_election_day is not None

    def describe(self) -> str:
        """'the 2024 general election', 'the by-election of 1 May 2025', 'an unknown election'."""
        if self.by_election_day:
            year, month, day = (int(part) for part in self.by_election_day.split("-"))
            return f"the by-election of {day} {_MONTHS[month - 1]} {year}"
        return f"the {self.year} general election" if self.year else "an unknown election"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a fact was read: the file, its date and the sentence (or row) that states it, and for an
    article the reader's rule that read it there (`knowledge.reading.rules`; not stored, not compared)."""

    origin: Origin
    file: str
    date: str | None
    sentence: str
    rule: str | None = field(default=None, compare=False)

    def cite(self) -> str:
        when = f", {self.date}" if self.date else ""
        kind = "official results" if self.origin == "official" else "article"
        return f"{kind} {self.file}{when}"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Fact:
    """One statement about one seat at one contest (and, for candidate fields, one candidate)."""

    constituency: str
    election_year: int | None
    field: str
    value: Value
    provenance: Provenance
    candidate: str | None = None
    by_election_day: str | None = None  # set for a by-election's facts (see the module docstring)

    @property
    def contest(self) -> Contest:
        return Contest(self.election_year, self.by_election_day)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str
    text: str
    constituency: str
    election_year: int | None
    provenance: Provenance
    by_election_day: str | None = None


@pickled_by_fields
@dataclass(slots=True)
class ArticleReport:
    """What reading one article produced, and why it produced nothing when it did not."""

    file: str
    date: str | None
    election_year: int | None
    facts: list[Fact] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    by_election_day: str | None = None  # the article reports a by-election held that day

    @property
    def seats(self) -> list[tuple[str, int | None]]:
        return sorted({(f.constituency, f.election_year) for f in self.facts},
                      key=lambda s: (s[0], s[1] or 0))

    @property
    def has_result(self) -> bool:
        return any(f.field == "winner" for f in self.facts)


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two sources disagree on one fact; `kept` is the value the knowledge base answers with."""

    constituency: str
    election_year: int | None
    field: str
    candidate: str | None
    kept: Value
    kept_source: Provenance
    other: Value
    other_source: Provenance


@dataclass(slots=True)
class SeatFact:
    """A concluded value with every source that states it."""

    value: Value
    sources: list[Provenance]


@dataclass(slots=True)
class Candidate:
    name: str
    party: str | None
    votes: int | None
    elected: bool = False
    share_percent: float | None = None
    sources: list[Provenance] = field(default_factory=list)
    vote_sources: list[Provenance] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Seat:
    """Everything the knowledge base concludes about one constituency at one contest (a general election,
    or a by-election when `by_election_day` is set)."""

    constituency: str
    election_year: int | None
    facts: dict[str, SeatFact] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    by_election_day: str | None = None

    @property
    def by_election(self) -> bool:
        return self.by_election_day is not None

    @property
    def contest(self) -> Contest:
        return Contest(self.election_year, self.by_election_day)

    def get(self, name: str) -> Value | None:
        fact = self.facts.get(name)
        return fact.value if fact else None

    @property
    def sources(self) -> list[Provenance]:
        seen: dict[tuple[str, str], Provenance] = {}
        for fact in self.facts.values():
            for p in fact.sources:
                seen.setdefault((p.origin, p.file), p)
        for c in self.candidates:
            for p in c.sources:
                seen.setdefault((p.origin, p.file), p)
        return list(seen.values())

    @property
    def files(self) -> list[str]:
        return [p.file for p in self.sources]
