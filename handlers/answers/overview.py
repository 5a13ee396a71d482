"""Answers across the knowledge base: closest and largest majorities, recounts, gains, parties, coverage.

`Overview` sorts and groups the seats once (when the engine is built); each answer then slices a
ready list. Without a year, every election on record counts, each seat shown with its year; with a
nation or region ('closest seats in Wales', 'recounts in London'), only its seats, the list kept once asked.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from handlers.answers import replies as r
from handlers.answers.answer import Answer, ordered_sources
from knowledge.lexicon.areas import in_area, in_area_words
from knowledge.lexicon.parties import canonical_party
from knowledge.records import Provenance, Seat
from knowledge.store.database import Knowledge

DEFAULT_RANKING = 5
MAX_RANKING = 25


class Overview:
    """The knowledge base's seats, grouped and sorted for questions about many seats at once."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.seats = knowledge.seats
        self.years = sorted({s.election_year for s in self.seats if s.election_year is not None})
        with_margin = [s for s in self.seats if isinstance(s.get("margin"), int | float)]
        self.by_margin = sorted(with_margin, key=lambda s: (s.get("margin"), s.constituency))
        self.by_margin_in: dict[int | None, list[Seat]] = defaultdict(list)
        for seat in self.by_margin:
            self.by_margin_in[seat.election_year].append(seat)
        self._pools: dict[tuple[str | None, str, int | None], list[Seat]] = {}
        self._by_turnout: dict[int | None, list[Seat]] = {}     # year -> its seats by turnout, sorted when asked
        self._in_area: dict[tuple[str, int | None, str], list[Seat]] = {}   # (list, year, area) -> its seats
        # (party, verb, year, party before) -> the seats, the answer's lead and its sources, worked out once
        self._party_answers: dict[tuple[str | None, str, int | None, str | None],
                                  tuple[list[Seat], str, list[Provenance]]] = {}
        self.seats_in: Counter[int | None] = Counter(s.election_year for s in self.seats)
        self.conflicting = [(s, c) for s in self.seats for c in s.conflicts]
        self._about: Answer | None = None
        self.with_recounts = sorted((s for s in self.seats if (s.get("recounts") or 0) > 0),
                                    key=lambda s: (-(s.election_year or 0), -int(s.get("recounts") or 0),
                                                   s.constituency))
        self.by_party: dict[str, list[Seat]] = defaultdict(list)
        self.lost_by: dict[str, list[Seat]] = defaultdict(list)
        for seat in sorted(self.seats, key=lambda s: (-(s.election_year or 0), s.constituency)):
            winning = canonical_party(str(seat.get("winner_party") or "")) or None
            if winning:
                self.by_party[winning].append(seat)
            before = canonical_party(str(seat.get("previous_party") or "")) or None
            if before and seat.get("outcome") == "gain" and before != winning:
                self.lost_by[before].append(seat)
        latest_first = sorted(self.seats, key=lambda s: (-(s.election_year or 0), s.constituency))
        self.gains = [s for s in latest_first if s.get("outcome") == "gain"]
        self._example_names = [s.constituency + (f" in {s.election_year}" if s.election_year else "")
                               for s in self._example_seats(latest_first)]    # 'Ashfield in 2017'

    def _example_seats(self, latest_first: list[Seat], limit: int = 5) -> list[Seat]:
        """Seats worth suggesting: those the articles report (latest first), then the closest results of
        the latest election, never the alphabetically first of the official files."""
        latest = self.years[-1] if self.years else None
        reported = [s for s in latest_first if any(p.origin != "official" for p in s.sources)]
        closest = [s for s in self.by_margin if s.election_year == latest]
        picked: dict[str, Seat] = {}
        for seat in (*reported, *closest, *latest_first):
            picked.setdefault(seat.constituency, seat)
            if len(picked) == limit:
                break
        return list(picked.values())

    def _year_check(self, year: int | None) -> Answer | None:
        if year is not None and year not in self.years:
            known = r.listing([str(y) for y in self.years]) or "none"
            return Answer(lead=f"I have no results for {year}. Elections on record: {known}.", answered=False,
                          intent="unknown_year", suggestions=[str(y) for y in self.years])
        return None

    def _area_only(self, name: str, seats: list[Seat], year: int | None, area: str | None) -> list[Seat]:
        """`seats` (the list called `name`, of `year`) kept to one nation's or region's, worked out once per list."""
        if area is None:
            return seats
        key = (name, year, area)
        if key not in self._in_area:
            self._in_area[key] = [s for s in seats if in_area(s.constituency, s.election_year, area)]
        return self._in_area[key]

    def ranking(self, largest: bool, count: int | None, year: int | None, area: str | None = None) -> Answer:
        """The closest (or largest) majorities on record, in one nation or region when one is given."""
        refusal = self._year_check(year)
        if refusal:
            return refusal
        count = max(1, min(count or DEFAULT_RANKING, MAX_RANKING))
        pool = self.by_margin if year is None else self.by_margin_in.get(year, [])
        pool = self._area_only("margin", pool, year, area)
        if largest:
            pool = pool[::-1]
        chosen = pool[:count]
        kind = "largest" if largest else "closest"
        when = _where(year, area)
        if not chosen:
            return Answer(lead=f"No majorities are on record{when}.", answered=False, intent=kind)
        title = "Largest majorities" if largest else "Closest results"
        lines = []
        for i, seat in enumerate(chosen, 1):
            who = r.winner_name(seat)
            lines.append(f"{i}. {r.seat_label(seat)}: majority {r.number(seat.get('margin'))}"
                         + (f", {who}" if who else ""))
        sources = [p for s in chosen for p in r.field_sources(s, "margin")]
        return Answer(lead=f"{title} on record{when}:", details=lines, answered=True, intent=kind,
                      sources=ordered_sources(sources), seats=chosen)

    def turnout_ranking(self, highest: bool, count: int | None, year: int | None, area: str | None = None
                        ) -> Answer:
        """The seats with the highest (or lowest) turnout on record, in one nation or region when one is given."""
        refusal = self._year_check(year)
        if refusal:
            return refusal
        if year not in self._by_turnout:
            with_turnout = [s for s in self.seats if isinstance(s.get("turnout_percent"), int | float)
                            and (year is None or s.election_year == year)]
            self._by_turnout[year] = sorted(with_turnout, key=lambda s: (s.get("turnout_percent"), s.constituency))
        pool = self._area_only("turnout", self._by_turnout[year], year, area)
        count = max(1, min(count or DEFAULT_RANKING, MAX_RANKING))
        chosen = (pool[::-1] if highest else pool)[:count]
        when = _where(year, area)
        if not chosen:
            return Answer(lead=f"No turnouts are on record{when}.", answered=False, intent="turnout_ranking")
        lines = [f"{i}. {r.seat_label(seat)}: {r.percent(seat.get('turnout_percent'))}"
                 for i, seat in enumerate(chosen, 1)]
        sources = [p for s in chosen for p in r.field_sources(s, "turnout_percent")]
        return Answer(lead=f"{'Highest' if highest else 'Lowest'} turnout on record{when}:", details=lines,
                      answered=True, intent="turnout_ranking", sources=ordered_sources(sources), seats=chosen)

    def recounts(self, year: int | None, count_only: bool = False, area: str | None = None) -> Answer:
        refusal = self._year_check(year)
        if refusal:
            return refusal
        chosen = [s for s in self.with_recounts if year is None or s.election_year == year]
        chosen = self._area_only("recounts", chosen, year, area)
        when = _where(year, area)
        if not chosen:
            return Answer(lead=f"None of the seats on record{when} had a recount that the sources mention.",
                          answered=False, intent="recounts")
        lines = [f"• {r.seat_label(s) if year is None else s.constituency}: {r.recount_phrase(s.get('recounts'))}"
                 for s in chosen]
        text = f"{len(chosen)} seat{'s' if len(chosen) != 1 else ''} on record{when} had recounts:"
        sources = [p for s in chosen for p in r.field_sources(s, "recounts")]
        return Answer(lead=text, details=lines, answered=True, intent="recounts",
                      sources=ordered_sources(sources), seats=chosen)

    def party_seats(self, party: str | None, verb: str, year: int | None, count_only: bool = False,
                    from_party: str | None = None) -> Answer:
        """Seats a party won, gained, held or lost (every gain when no party is named); `from_party`
        keeps the seats that party held before."""
        refusal = self._year_check(year)
        if refusal:
            return refusal
        name = canonical_party(party) if party else None
        key = (name, verb, year, from_party or None)
        if key not in self._party_answers:
            self._party_answers[key] = self._party_answer(name, verb, year, from_party)
        chosen, lead, sources = self._party_answers[key]
        return Answer(lead=lead, answered=bool(chosen), intent="party", sources=list(sources), seats=list(chosen))

    def _party_answer(self, name: str | None, verb: str, year: int | None, from_party: str | None
                      ) -> tuple[list[Seat], str, list[Provenance]]:
        """The seats, the lead and the sources of a party-seats answer (each a walk over those seats)."""
        chosen = self.pool(name, verb, year)
        if from_party:
            chosen = [s for s in chosen if r.same_party(str(s.get("previous_party") or ""), from_party)]
        verb_text = {"win": "won", "gain": "gained", "hold": "held", "lose": "lost"}.get(verb, "won")
        when = f" in {year}" if year else ""
        if not chosen:
            text = (f"None of the {self.count(year)} seats on record{when} was {verb_text} by {r.party_noun(name)}."
                    if name else f"No seat on record{when} changed hands.")
            return [], text, []
        sources = [p for s in chosen for p in r.field_sources(s, "winner_party", "outcome")]
        return chosen, self._party_line(name, verb_text, chosen, year), ordered_sources(sources)

    def pool(self, name: str | None, verb: str, year: int | None) -> list[Seat]:
        """Seats a party won/gained/held/lost (all gains without a party), remembered per question."""
        key = (name, verb, year)
        if key not in self._pools:
            self._pools[key] = self._select(name, verb, year)
        return self._pools[key]

    def _select(self, name: str | None, verb: str, year: int | None) -> list[Seat]:
        if name is None:
            pool = self.gains
        elif verb == "lose":
            pool = self.lost_by.get(name, [])
        else:
            pool = self.by_party.get(name, [])
            if verb in ("gain", "hold"):
                pool = [s for s in pool if s.get("outcome") == verb]
        return [s for s in pool if year is None or s.election_year == year]

    def _party_line(self, name: str | None, verb_text: str, chosen: list[Seat], year: int | None) -> str:
        n = len(chosen)
        seats_word = f"{n} seat{'s' if n != 1 else ''}"
        head = (f"{r.sentence_start(r.party_noun(name))} {verb_text} {seats_word} on record" if name
                else f"{seats_word} on record changed hands")
        describe: Callable[[Seat], str] = (lambda s: s.constituency) if name else _changed_hands
        years = sorted({s.election_year for s in chosen}, key=lambda y: -(y or 0))
        if year is not None or len(years) == 1:
            names = r.listing([describe(s) for s in chosen[:40]], 40, total=n)
            return f"{head} in {years[0]}: {names}." if years[0] else f"{head}: {names}."
        parts = []
        per_year = max(5, 36 // len(years))
        for y in years:
            group = [s for s in chosen if s.election_year == y]
            names = r.listing([describe(s) for s in group[:per_year]], per_year, total=len(group))
            parts.append(f"{y or 'year unknown'} ({len(group)}): {names}")
        return f"{head}: " + "; ".join(parts) + "."

    def count(self, year: int | None) -> int:
        """How many contests are on record (in `year`)."""
        return len(self.seats) if year is None else self.seats_in[year]

    def conflicts(self, year: int | None) -> Answer:
        """Every fact the sources disagree on (with the value the knowledge base gives first)."""
        refusal = self._year_check(year)
        if refusal:
            return refusal
        found = [(s, c) for s, c in self.conflicting if year is None or s.election_year == year]
        when = f" in {year}" if year else ""
        if not found:
            return Answer(lead=f"The sources I have agree on every fact they state{when}.", answered=True,
                          intent="conflicts")
        lead = (f"The sources disagree on {len(found)} fact{'s' if len(found) != 1 else ''}{when} "
                "(I give the first value):")
        sources = [p for _, c in found for p in (c.kept_source, c.other_source)]
        return Answer(lead=lead, details=[f"• {r.seat_label(s)}, {r.conflict_label(c)}" for s, c in found],
                      answered=True, intent="conflicts", sources=ordered_sources(sources), cited=False,
                      seats=list({id(s): s for s, _ in found}.values()))

    def about(self) -> Answer:
        """What the knowledge base covers (worked out once: the knowledge does not change under an engine)."""
        if self._about is None:
            self._about = self._build_about()
        return self._about

    def _build_about(self) -> Answer:
        k = self.knowledge
        per_year = defaultdict(int)
        for seat in self.seats:
            per_year[seat.election_year] += 1
        elections = r.listing([f"{y} ({n} seat{'s' if n != 1 else ''})" for y, n in
                               sorted(per_year.items(), key=lambda i: -(i[0] or 0)) if y is not None])
        with_results = sum(1 for a in k.articles if a.status == "result")
        lines = [f"I know the results of {len(self.seats)} seat contests: {elections or 'none yet'}.",
                 f"Articles read: {len(k.articles)} ({with_results} with a declared result).",
                 f"Official results files imported: {len(k.imports)}"
                 + (f" ({r.listing([str(i.get('file')) for i in k.imports], 5)})." if k.imports else "."),
                 f"Disagreements between sources on record: {len(k.conflicts)}."]
        if k.built_at:
            lines.append(f"Knowledge base built {k.built_at}.")
        return Answer(lead=lines[0], details=lines[1:], answered=True, intent="about")

    def examples(self, limit: int = 3) -> list[str]:
        """Questions about seats the knowledge base does hold, for suggestions."""
        return [f"who won {name}" for name in self._example_names[:limit]]

    def example_names(self, limit: int = 3) -> list[str]:
        """Seats the knowledge base does hold, with their year ('Ashfield in 2017'), to build examples from."""
        return self._example_names[:limit]


def _where(year: int | None, area: str | None) -> str:
    """' in Wales in 2019', ' in 2019', ''."""
    return in_area_words(area) + (f" in {year}" if year else "")


def _changed_hands(seat: Seat) -> str:
    """'Bury North (Con gain from Lab)' for long lists."""
    before = seat.get("previous_party")
    source = f" from {r.short_party(str(before))}" if before else ""
    return f"{seat.constituency} ({r.short_party(r.winning_party(seat))} gain{source})"
