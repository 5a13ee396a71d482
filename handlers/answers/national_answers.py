"""Answers about a general election as a whole, from `handlers.answers.national` (official results only).

Where the official results for an election are not loaded, the answer says national figures need
them and gives only what the seats on record state, never a total made up from them.
"""
from __future__ import annotations

from handlers.answers import replies as r
from handlers.answers.answer import Answer, ordered_sources
from handlers.answers.national import Election, NationalResults, PartyTotal
from knowledge.lexicon.areas import area_phrase, in_area_words
from knowledge.lexicon.parties import canonical_party, party_noun

SHOWN_SEATS = 40
SHOWN_SHARE = 1.0    # parties without seats are listed one by one from this share of the vote


def subject(party: str) -> str:
    """'Conservative' -> 'the Conservatives'; 'Labour' -> 'Labour'."""
    return party_noun(party)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def points(now: float, before: float | None) -> str:
    """', up 1.2 points on 2017' style change of a percentage; '' without a previous figure."""
    if before is None:
        return ""
    change = now - before
    if abs(change) < 0.05:
        return "unchanged"
    return f"{'up' if change > 0 else 'down'} {abs(change):.1f} points"


def one_decimal(value: float) -> str:
    return f"{value:.1f}%"


def _answer(election: Election, intent: str, lead: str, details: list[str] | None = None) -> Answer:
    return Answer(lead=lead, answered=True, intent=intent, details=details or [],
                  sources=ordered_sources(election.sources))


def _coverage(election: Election) -> str:
    """A note when the official results loaded do not cover every seat."""
    if election.complete:
        return ""
    return (f" (The official results I hold cover {election.counted} of {election.total} seats"
            f"{in_area_words(election.area)}, so these are the figures of those seats only.)")


def _since(election: Election, previous: Election | None) -> str:
    if previous is None:
        return ""
    note = " on the old boundaries" if election.notional else ""
    return f" on {previous.year}{note}"


def party_line(total: PartyTotal, previous: Election | None) -> str:
    """'• Conservative: 365 seats (+48), 13,966,454 votes, 43.6% (+1.2)'."""
    before = previous.party(total.party) if previous is not None else None
    seat_change = ""
    share_change = ""
    if previous is not None:
        diff = total.seats - (before.seats if before else 0)
        seat_change = f" ({diff:+d})" if diff else " (no change)"
        if before is not None:
            share_change = f" ({total.share - before.share:+.1f})"
    return (f"• {r.party(total.party)}: {total.seats} seat{'s' if total.seats != 1 else ''}{seat_change}, "
            f"{r.number(total.votes)} votes, {one_decimal(total.share)}{share_change}")


def party_lines(parties: list[PartyTotal], previous: Election | None) -> list[str]:
    """A line for each party that won a seat or `SHOWN_SHARE` of the vote, in the order given, then one
    line adding up the rest ('• 83 other parties: no seats, 459,823 votes, 1.6%')."""
    shown = [p for p in parties if p.seats or p.share >= SHOWN_SHARE]
    lines = [party_line(p, previous) for p in shown]
    rest = [p for p in parties if not (p.seats or p.share >= SHOWN_SHARE)]
    if rest:
        votes = sum(p.votes for p in rest)
        lines.append(f"• {len(rest)} other parties: no seats, {r.number(votes)} votes, "
                     f"{one_decimal(sum(p.share for p in rest))}")
    return lines


def result_lines(results: NationalResults, election: Election) -> list[str]:
    """Every party's seats, votes and share (with the change on the previous election), then turnout."""
    previous = results.previous(election)
    details = party_lines(election.parties, previous)
    if previous is not None:
        details.insert(0, f"Seats, votes and vote share (change{_since(election, previous)}):")
    turnout = election.turnout
    if turnout is not None:
        details.append(f"Turnout {one_decimal(turnout)} (valid votes / electorate).")
    return details


def overall(results: NationalResults, election: Election) -> Answer:
    """Who won: the largest party, its seats, its majority or a hung parliament; then every party."""
    top = election.largest
    name = election.name
    if top is None:
        return Answer(lead=f"The official results I hold for {name} name no winners.", answered=False,
                      intent="national")
    if not election.complete:
        lead = (f"The official results I hold for {election.year} cover only {election.counted} of {election.total} "
                f"seats, so I can't say who won {name}. In those seats {subject(top.party)} won the most, "
                f"{top.seats}.")
    elif election.area:
        lead = (f"{capital(subject(top.party))} won the most seats in {area_phrase(election.area)} at the {election.year} "
                f"general election: {top.seats} of {election.total}.")
    elif election.majority is not None:
        lead = (f"{capital(subject(top.party))} won {name}: {top.seats} of {election.total} seats, a majority of "
                f"{election.majority} ({election.needed} needed).")
    else:
        lead = (f"No party won a majority at {name}: a hung parliament. {capital(subject(top.party))} won the most "
                f"seats, {top.seats} of {election.total}, {election.needed - top.seats} short of the "
                f"{election.needed} needed.")
    return _answer(election, "national", lead, result_lines(results, election))


def did_win(results: NationalResults, election: Election, party: str) -> Answer:
    """'did labour win the 2024 election': yes or no, then the result."""
    answer = overall(results, election)
    top = election.largest
    name = canonical_party(party) or party
    won = top is not None and top.party == name and election.complete
    if won and election.majority is None and not election.area:
        verdict = f"Not outright — {subject(name)} won the most seats but no majority."
    else:
        verdict = "Yes." if won else "No."
    answer.lead = f"{verdict} {answer.lead}"
    return answer


def place(results: NationalResults, election: Election, place: int) -> Answer:
    """'which party came second': the party in that place by seats (then votes), with its seats and share."""
    ranked = election.parties
    index = place - 1 if place > 0 else len([p for p in ranked if p.seats]) - 1    # last: of the parties with seats
    if not 0 <= index < len(ranked):
        return overall(results, election)
    total = ranked[index]
    lead = (f"{capital(subject(total.party))} came {r.ordinal(index + 1)} in seats at {election.name}: "
            f"{total.seats} of {election.total}, {r.number(total.votes)} votes ({one_decimal(total.share)}).")
    return _answer(election, "national", lead + _coverage(election), result_lines(results, election))


def party_seats(results: NationalResults, election: Election, party: str) -> Answer:
    """'Labour won 411 of 650 seats at the 2024 general election, up 209 on 2019.'"""
    previous = results.previous(election)
    total = election.party(party)
    name = r.party(canonical_party(party) or party)
    won = total.seats if total else 0
    lead = f"{capital(subject(name))} won {won} of {election.total} seats at {election.name}"
    if previous is not None:
        before = previous.party(name)
        had = before.seats if before else 0
        change = won - had
        lead += (f", {'up' if change > 0 else 'down'} {abs(change)}" if change else ", no change") \
            + f"{_since(election, previous)} ({had})"
    lead += "." + _coverage(election)
    return _answer(election, "national_seats", lead)


def share(results: NationalResults, election: Election, party: str | None) -> Answer:
    """A party's national votes and share; without a party, the main parties' (most votes first) and the rest
    added up."""
    previous = results.previous(election)
    if party is None:
        by_votes = sorted(election.parties, key=lambda p: (-p.votes, p.party))
        top = by_votes[0] if by_votes and by_votes[0].votes else None
        lead = (f"{capital(subject(top.party))} won the most votes at {election.name}: {r.number(top.votes)}, "
                f"{one_decimal(top.share)} of the vote." if top else f"Vote share at {election.name}:")
        return _answer(election, "national_share", lead + _coverage(election), party_lines(by_votes, previous))
    name = r.party(canonical_party(party) or party)
    total = election.party(name)
    if total is None or not total.votes:
        lead = f"The official results I hold for {election.name} give no votes for {name}."
        return Answer(lead=lead, answered=False, intent="national_share", sources=ordered_sources(election.sources))
    before = previous.party(name) if previous is not None else None
    change = points(total.share, before.share if before else None)
    lead = (f"{capital(subject(name))} won {one_decimal(total.share)} of the vote at {election.name} "
            f"({r.number(total.votes)} votes)")
    if change and previous is not None:
        lead += f", {change}{_since(election, previous)}"
    return _answer(election, "national_share", lead + "." + _coverage(election))


def turnout(results: NationalResults, election: Election) -> Answer:
    """Turnout by the Library's definition: valid votes / electorate."""
    value = election.turnout
    if value is None:
        return Answer(lead=f"The official results I hold for {election.name} give no electorates, so no turnout.",
                      answered=False, intent="national_turnout", sources=ordered_sources(election.sources))
    previous = results.previous(election)
    before = previous.turnout if previous is not None else None
    lead = (f"Turnout at {election.name} was {one_decimal(value)}: "
            f"{r.number(election.electorate_valid_votes)} valid votes of an electorate of "
            f"{r.number(election.electorate)}")
    change = points(value, before)
    if change and previous is not None:
        lead += f", {change} on {previous.year}"
    return _answer(election, "national_turnout", lead + "." + _coverage(election))


def changed_hands(election: Election, count_only: bool = False) -> Answer:
    """How many seats changed hands, and between which parties."""
    n = len(election.changed)
    basis = " (compared with notional results of the previous election on the new boundaries)" \
        if election.notional else ""
    lead = f"{n} seat{'s' if n != 1 else ''} changed hands at {election.name}{basis}."
    by_winner: dict[str, list[tuple[str, int]]] = {}
    for (winner, before), seats in election.gains.most_common():
        by_winner.setdefault(winner, []).append((before, seats))
    details = []
    for winner, froms in sorted(by_winner.items(), key=lambda i: -sum(n for _, n in i[1])):
        gained = sum(n for _, n in froms)
        parts = r.listing([f"{n} from {r.short_party(before)}" for before, n in froms])
        details.append(f"• {r.party(winner)} gained {gained}: {parts}")
    if not count_only:
        named = [s.constituency for s in election.changed[:SHOWN_SEATS]]     # never a walk over every seat
        details.append("Seats: " + r.listing(named, SHOWN_SEATS, total=n) + ".")
    answer = _answer(election, "changed_hands", lead, details)
    answer.seats = election.changed
    return answer


def not_official(year: int | None, years: list[int]) -> str:
    """The sentence saying national figures need the official results of an election."""
    when = f"the {year} general election" if year else "an election"
    have = f" I hold them for {r.listing([str(y) for y in years])}." if years else ""
    return (f"National figures for {when} need the official results, which I don't hold; I won't add up the "
            f"few seats the articles report.{have}")
