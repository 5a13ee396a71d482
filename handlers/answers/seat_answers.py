"""Answers about one seat at one election (people are in `handlers.answers.person_answers`).

Each function takes a resolved `Seat` (and a candidate where the question is about one) and returns
an `Answer`. A fact the sources do not state is never filled in: the answer says so
(answered=False) and offers what the sources do give for that seat.
"""
from __future__ import annotations

from collections.abc import Sequence

from handlers.answers import replies as r
from handlers.answers.answer import Answer, ordered_sources
from knowledge.fields import FIELDS
from knowledge.records import Candidate, Provenance, Seat

FIELD_SENTENCES: dict[str, str] = {f.name: f.sentence for f in FIELDS if f.sentence}


def seat_answer(intent: str, lead: str, seat: Seat, sources: Sequence[Provenance], facts: Sequence[str] = (),
                answered: bool = True, details: Sequence[str] = (), cited: bool = True) -> Answer:
    """An answer about one seat, its sources in citation order."""
    return Answer(lead=lead, answered=answered, intent=intent, details=list(details),
                  sources=ordered_sources(list(sources)), cited=cited, facts=list(facts), seat=seat)


def known_summary(seat: Seat) -> str:
    """What the sources do give for a seat, in one clause (for answers that must say 'not stated')."""
    parts = []
    winner = r.winner_name(seat)
    if winner:
        parts.append(f"the winner, {winner}")
    margin = seat.get("margin")
    if margin is not None:
        parts.append(f"the majority, {r.number(margin)}")
    for field in ("turnout_percent", "electorate", "previous_majority"):
        value = seat.get(field)
        if value is not None:
            parts.append(f"the {r.FIELD_NAMES[field]}, {r.value_text(field, value)}")
    if seat.get("recounts") is not None:
        parts.append(r.recount_phrase(seat.get("recounts")))
    counted = sum(1 for c in seat.candidates if c.votes is not None)
    if counted:
        parts.append(f"votes for {counted} candidate{'s' if counted > 1 else ''}")
    return r.listing(parts) if parts else "nothing else about this seat"


def not_stated(seat: Seat, what: str, intent: str) -> Answer:
    """The sources name the seat but not this fact: say so, and what they do give."""
    text = (f"The sources I have don't state the {what} for {r.seat_label(seat)}. "
            f"What they do give: {known_summary(seat)}.")
    return seat_answer(intent, text, seat, seat.sources, answered=False)


def winner(seat: Seat) -> Answer:
    name = r.winner_name(seat)
    if name is None:
        return not_stated(seat, "winner", "winner")
    elected = r.winner_of(seat)
    text = f"{name} won {r.seat_label(seat)}"
    with_votes = elected is not None and elected.votes is not None
    if with_votes:
        text += f" with {r.number(elected.votes)} votes"
    margin = seat.get("margin")
    second, sure = r.runner_up(seat)
    if margin is not None:
        text += f", a majority of {r.number(margin)}" if with_votes else f" with a majority of {r.number(margin)}"
        if second is not None and sure:
            text += f" over {r.person(second)}"
    text += "."
    outcome = r.outcome_phrase(seat)
    if outcome:
        text += f" {outcome[0].upper()}{outcome[1:]}."
    note = r.conflict_note(seat, "winner") or r.conflict_note(seat, "margin")
    sources = r.field_sources(seat, "winner", "margin", "outcome")
    text = " ".join(p for p in (text, note) if p)
    return seat_answer("winner", text, seat, sources, [f"winner: {seat.get('winner')}"])


def margin(seat: Seat) -> Answer:
    value = seat.get("margin")
    if value is None:
        return not_stated(seat, "majority", "margin")
    name = r.winner_name(seat)
    second, sure = r.runner_up(seat)
    if name:
        text = f"{name} won {r.seat_label(seat)} by {r.number(value)} votes"
        text += f" over {r.person(second)}." if second is not None and sure else "."
    else:
        text = f"The majority in {r.seat_label(seat)} was {r.number(value)} votes."
    return fact_answer(seat, "margin", text)


def fact_answer(seat: Seat, name: str, text: str) -> Answer:
    """An answer stating one fact of a seat: the sentence, any disagreement between sources, the citation."""
    sources = r.field_sources(seat, name)
    text = " ".join(p for p in (text, r.conflict_note(seat, name)) if p)
    return seat_answer(name, text, seat, sources, [f"{name}: {seat.get(name)}"])


def previous_majority(seat: Seat) -> Answer:
    value = seat.get("previous_majority")
    if value is None:
        return not_stated(seat, "previous majority", "previous_majority")
    holder = seat.get("previous_party")
    held = f" ({r.party_noun(str(holder))} held it)" if holder else ""
    when = f"Before the {seat.election_year} election" if seat.election_year else "Before this election"
    text = f"{when}, the majority in {seat.constituency} was {r.number(value)}{held}."
    return fact_answer(seat, "previous_majority", text)


def field(seat: Seat, name: str) -> Answer:
    """Turnout, electorate, ballots, valid or rejected votes, declaration time."""
    value = seat.get(name)
    if value is None:
        return not_stated(seat, r.FIELD_NAMES.get(name, name), name)
    text = FIELD_SENTENCES[name].format(seat=r.seat_label(seat), value=r.value_text(name, value))
    return fact_answer(seat, name, text)


def recounts(seat: Seat, how_many: bool = False) -> Answer:
    """Whether there was a recount ('Yes — there were 3 ...'), or how many when that is the question."""
    value = seat.get("recounts")
    if value is None:
        return not_stated(seat, "number of recounts (or whether there was one)", "recounts")
    label = r.seat_label(seat)
    if how_many:
        phrase = "no recounts (0)" if value == 0 else r.recount_phrase(value)   # how many: the count, even 0
        text = f"There {'was' if value == 1 else 'were'} {phrase} in {label}."
    elif value == 0:
        text = f"No — there was no recount in {label}."
    elif value == 1:
        text = f"Yes — there was 1 recount in {label}."
    else:
        text = f"Yes — there were {r.number(value)} recounts in {label}."
    return fact_answer(seat, "recounts", text)


def outcome(seat: Seat) -> Answer:
    """Gain or hold, and from whom."""
    phrase = r.outcome_phrase(seat)
    if not phrase:
        before = seat.get("previous_party")
        if before is not None:
            text = f"Before {r.seat_label(seat)}, the seat was held by {r.party_noun(str(before))}."
            sources = r.field_sources(seat, "previous_party")
            return seat_answer("outcome", text, seat, sources)
        return not_stated(seat, "gain or hold", "outcome")
    text = f"{r.seat_label(seat)} was a {phrase}"
    name = r.winner_name(seat)
    value = seat.get("margin")
    if name:
        text += f": {name} won" + (f" by {r.number(value)} votes" if value is not None else "")
    sources = r.field_sources(seat, "outcome", "previous_party", "winner")
    text = " ".join(p for p in (text + ".", r.conflict_note(seat, "outcome")) if p)
    return seat_answer("outcome", text, seat, sources, [f"outcome: {seat.get('outcome')}"])


def _what_happened(seat: Seat) -> str:
    """'Ian Austin (Labour) held Dudley North in 2017, with a majority of 22'."""
    name = r.winner_name(seat) or "the winner"
    before = seat.get("previous_party")
    if seat.get("outcome") == "gain":
        verb = "gained" + f" {seat.constituency}" + (f" from {r.party_noun(str(before))}" if before else "")
    elif seat.get("outcome") == "hold":
        verb = f"held {seat.constituency}"
    else:
        verb = f"won {seat.constituency}"
    year = f" in {seat.election_year}" if seat.election_year else ""
    value = seat.get("margin")
    return f"{name} {verb}{year}" + (f", with a majority of {r.number(value)}" if value is not None else "")


def did(seat: Seat, verb: str, *, party: str | None = None, from_party: str | None = None,
        candidate: Candidate | None = None) -> Answer:
    """'did the tories win X', 'did timpson hold X', 'was X a labour gain': yes or no, then what happened."""
    if seat.get("winner") is None:
        return not_stated(seat, "winner", "did")
    if candidate is not None:
        won = candidate.elected
        who = candidate.name
    else:
        won = r.same_party(r.winning_party(seat), party)
        who = r.party(party)
    outcome_value = seat.get("outcome")
    before = seat.get("previous_party")
    caveat = ""
    if verb == "hold":
        yes = won and (outcome_value == "hold" if outcome_value else r.same_party(str(before or ""), party or
                                                                                 (candidate.party if candidate else None)))
        if won and outcome_value is None and before is None:
            yes, caveat = True, " The sources don't say whether it was a hold or a gain."
    elif verb == "gain":
        yes = won and outcome_value == "gain" and (from_party is None or r.same_party(str(before or ""), from_party))
        if won and outcome_value is None:
            yes, caveat = True, " The sources don't say whether it was a gain."
    elif verb == "lose":
        yes = not won
    else:
        yes = won
    text = f"{'Yes' if yes else 'No'} — {_what_happened(seat)}."
    if candidate is not None and not candidate.elected:
        got = f" with {r.number(candidate.votes)} votes" if candidate.votes is not None else ""
        text += f" {who} ({r.party(candidate.party)}) lost{got}."
    text += caveat
    sources = r.field_sources(seat, "winner", "outcome", "margin")
    return seat_answer("did", text, seat, sources, [f"winner: {seat.get('winner')}"])


def second(seat: Seat) -> Answer:
    candidate, sure = r.runner_up(seat)
    if candidate is None:
        return not_stated(seat, "runner-up", "second")
    label = r.seat_label(seat)
    text = f"{r.person(candidate)} came second in {label}" if sure else (
        f"Of the candidates whose votes the sources give, {r.person(candidate)} had the most after the winner in {label}")
    winner_candidate = r.winner_of(seat)
    if candidate.votes is not None:
        text += f" with {r.number(candidate.votes)} votes"
        if winner_candidate is not None and winner_candidate.votes is not None:
            text += f", {r.number(winner_candidate.votes - candidate.votes)} behind {r.person(winner_candidate)}"
    sources = [*candidate.vote_sources, *candidate.sources]
    return seat_answer("second", f"{text}.", seat, sources, [f"second: {candidate.name}"])


def place(seat: Seat, wanted: int) -> Answer:
    """Who finished in a given place (-1: last); only when the sources' votes make it certain."""
    if wanted == 2:
        return second(seat)
    others = [c for c in seat.candidates if not c.elected]
    counted = sorted((c for c in others if c.votes is not None), key=lambda c: -(c.votes or 0))
    index = wanted - 2 if wanted > 0 else len(counted) - 1
    what = "last-placed candidate" if wanted < 0 else f"candidate who came {r.ordinal(wanted)}"
    if not others or len(counted) < len(others) or not 0 <= index < len(counted) or r.winner_of(seat) is None:
        return not_stated(seat, what, "place")
    candidate = counted[index]
    where = "last" if wanted < 0 else r.ordinal(wanted)
    text = (f"{r.person(candidate)} came {where} of {len(seat.candidates)} in {r.seat_label(seat)} with "
            f"{r.number(candidate.votes)} votes.")
    sources = candidate.vote_sources or candidate.sources
    return seat_answer("place", text, seat, sources, [f"place {wanted}: {candidate.name}"])


def conflicts(seat: Seat) -> Answer:
    """Where the sources disagree about one seat."""
    if not seat.conflicts:
        text = f"The sources I have agree on everything they state about {r.seat_label(seat)}."
        return seat_answer("conflicts", text, seat, seat.sources)
    lead = (f"The sources disagree on {len(seat.conflicts)} fact{'s' if len(seat.conflicts) > 1 else ''} "
            f"about {r.seat_label(seat)} (I give the first value):")
    sources = [p for c in seat.conflicts for p in (c.kept_source, c.other_source)]
    return seat_answer("conflicts", lead, seat, sources, details=[f"• {r.conflict_label(c)}" for c in seat.conflicts],
                       cited=False)


def result(seat: Seat) -> Answer:
    """The full result: winner, majority, outcome, turnout, then every candidate."""
    head = winner(seat).lead if seat.get("winner") else f"{r.seat_label(seat)}: the sources don't name the winner."
    extras = [r.recount_phrase(seat.get("recounts"))] if seat.get("recounts") is not None else []
    for name in ("turnout_percent", "electorate", "ballots", "previous_majority", "declared_at"):
        value = seat.get(name)
        if value is not None:
            extras.append(f"{r.FIELD_NAMES[name]} {r.value_text(name, value)}")
    lines = []
    if extras:
        lines.append(r.listing(extras)[0].upper() + r.listing(extras)[1:] + ".")
    lines += [r.candidate_line(c, seat) for c in seat.candidates]
    if any(p.origin == "official" for p in seat.sources):
        lines.append("Figures from the official results.")
    return seat_answer("result", head, seat, seat.sources, [f"winner: {seat.get('winner')}"], details=lines)


def candidates(seat: Seat) -> Answer:
    if not seat.candidates:
        return not_stated(seat, "candidates", "candidates")
    sources = [p for c in seat.candidates for p in c.sources]
    return seat_answer("candidates", f"Candidates in {r.seat_label(seat)}:", seat, sources,
                       details=[r.candidate_line(c, seat) for c in seat.candidates])


def sources(seat: Seat, field_name: str | None = None, candidate: Candidate | None = None) -> Answer:
    """Where a seat's result (or one fact of it) comes from: the file, its date and the sentence."""
    label = r.seat_label(seat)
    if candidate is not None:
        cited = candidate.vote_sources or candidate.sources
        what = f"{candidate.name}'s votes in {label}" if candidate.vote_sources else f"{candidate.name} in {label}"
    elif field_name and field_name in seat.facts:
        cited = seat.facts[field_name].sources
        what = f"the {r.FIELD_NAMES.get(field_name, field_name)} in {label} ({r.value_text(field_name, seat.get(field_name))})"
    elif field_name:
        return not_stated(seat, r.FIELD_NAMES.get(field_name, field_name), "sources")
    else:
        cited = seat.sources
        what = f"the {label} result"
    ordered = ordered_sources(list(cited))
    lead = f"I have {what} from {len(ordered)} source{'s' if len(ordered) != 1 else ''}:"
    lines = []
    for p in ordered:
        sentence = f": “{r.quote_sentence(p.sentence)}”" if p.sentence and (field_name or candidate) else ""
        lines.append(f"• {p.cite()}{sentence}")
    return seat_answer("sources", lead, seat, ordered, details=lines, cited=False)
