"""Answers about one person at one election: votes, place, who they beat, who they are, what they said.

Like `handlers.answers.seat_answers`, a figure the sources do not give is never filled in: the answer says so
(answered=False) and offers what the sources do give.
"""
from __future__ import annotations

from collections.abc import Sequence

from handlers.answers import replies as r
from handlers.answers.answer import Answer, ordered_sources
from handlers.answers.person_index import Person, names_match
from handlers.answers.seat_answers import known_summary, not_stated, seat_answer
from knowledge.lexicon.text import fold
from knowledge.records import Candidate, Provenance, Quote, Seat


def beat(seat: Seat, candidate: Candidate) -> Answer:
    """'who did o'mara beat' (the runner-up and the rest), 'who beat clegg' (the winner)."""
    label = r.seat_label(seat)
    value = seat.get("margin")
    if candidate.elected:
        others = [c for c in seat.candidates if not c.elected]
        if not others:
            return not_stated(seat, "other candidates", "beat")
        runner, sure = r.runner_up(seat)
        if runner is not None and sure:
            text = f"{r.person(candidate)} beat {r.person(runner)}" + (
                f" by {r.number(value)} votes" if value is not None else "") + f" in {label}"
            rest = [r.person(c) for c in others if c is not runner]
            if rest:
                text += f"; the other candidate{'s were' if len(rest) > 1 else ' was'} {r.listing(rest)}."
            else:
                text += "."
        else:
            text = f"{r.person(candidate)} beat {r.listing([r.person(c) for c in others])} in {label}."
        sources = r.field_sources(seat, "winner", "margin")
    else:
        name = r.winner_name(seat)
        if name is None:
            return not_stated(seat, "winner", "beat")
        text = f"{r.person(candidate)} was beaten by {name} in {label}."
        sources = r.field_sources(seat, "winner")
    return seat_answer("beat", text, seat, sources)


def votes(seat: Seat, candidate: Candidate) -> Answer:
    label = r.seat_label(seat)
    if candidate.votes is None:
        text = (f"The sources I have name {r.person(candidate)} as a candidate in {label} but don't give "
                f"their votes. What they do give: {known_summary(seat)}.")
        return seat_answer("votes", text, seat, candidate.sources, answered=False)
    text = f"{r.person(candidate)} got {r.number(candidate.votes)} votes in {label}"
    if candidate.share_percent is not None:
        text += f" ({r.percent(candidate.share_percent)})"
    place, _, sure = r.position_of(seat, candidate)
    runner, runner_sure = r.runner_up(seat)
    if runner is candidate and runner_sure:
        place, sure = 2, True
    winner_candidate = r.winner_of(seat)
    if candidate.elected:
        text += " and won"
        value = seat.get("margin")
        if value is not None:
            text += f" by {r.number(value)}"
    elif winner_candidate is not None and winner_candidate.votes is not None:
        where = f"finishing {r.ordinal(place)}, " if place and sure else ""
        text += f", {where}{r.number(winner_candidate.votes - candidate.votes)} behind {r.person(winner_candidate)}"
    sources = candidate.vote_sources or candidate.sources
    text = " ".join(p for p in (text + ".", r.conflict_note(seat, "votes", candidate.name)) if p)
    return seat_answer("votes", text, seat, sources, [f"votes: {candidate.name} {candidate.votes}"])


def position(seat: Seat, candidate: Candidate) -> Answer:
    place, compared, sure = r.position_of(seat, candidate)
    label = r.seat_label(seat)
    if place is None:
        text = (f"The sources don't give {candidate.name}'s votes in {label}, so I can't say where they finished. "
                f"What they do give: {known_summary(seat)}.")
        return seat_answer("position", text, seat, candidate.sources, answered=False)
    votes_text = f" with {r.number(candidate.votes)} votes" if candidate.votes is not None else ""
    if sure:
        text = f"{r.person(candidate)} came {r.ordinal(place)} of {compared} in {label}{votes_text}."
    else:
        text = (f"{r.person(candidate)} had the {r.ordinal(place)} most votes of the {compared} candidates whose "
                f"votes the sources give in {label}{votes_text}.")
    sources = candidate.vote_sources or candidate.sources
    return seat_answer("position", text, seat, sources)


def who_is(people: Sequence[Person]) -> Answer:
    """Who a person is: their seat, party and result at every election on record."""
    lines = []
    sources: list[Provenance] = []
    for record in people[:4]:
        seat, candidate = record.seat, record.candidate
        if candidate is None:
            lines.append(f"{record.name} is quoted in the reports on {r.seat_label(seat)} but was not a candidate there.")
            sources += [q.provenance for q in seat.quotes if names_match(q.speaker, record.name)]
            continue
        line = f"{candidate.name} {r.stood_for(candidate.party)} in {r.seat_label(seat)}"
        if candidate.elected:
            value = seat.get("margin")
            line += " and won" + (f" with {r.number(candidate.votes)} votes" if candidate.votes is not None else "")
            line += f", a majority of {r.number(value)}" if value is not None else ""
        else:
            place, _, sure = r.position_of(seat, candidate)
            line += f", finishing {r.ordinal(place)}" if place and sure else ""
            line += f" with {r.number(candidate.votes)} votes" if candidate.votes is not None else ""
            name = r.winner_name(seat)
            line += f"; {name} won" if name else ""
        lines.append(line + ".")
        sources += candidate.sources
    return Answer(lead=" ".join(lines), answered=True, intent="who_is", sources=ordered_sources(sources),
                  seat=people[0].seat if len(people) == 1 else None, seats=[p.seat for p in people])


def party_candidates(seat: Seat, party: str) -> list[Candidate]:
    return [c for c in seat.candidates if r.same_party(c.party, party)]


def party_candidate(seat: Seat, party: str) -> Answer:
    found = party_candidates(seat, party)
    if not found:
        return no_party_candidate(seat, party)
    candidate = found[0]
    text = f"{candidate.name} was the {r.party(party)} candidate in {r.seat_label(seat)}"
    place, _, sure = r.position_of(seat, candidate)
    if candidate.elected:
        text += " and won"
    elif place and sure:
        text += f", finishing {r.ordinal(place)}"
    text += f" with {r.number(candidate.votes)} votes." if candidate.votes is not None else "."
    return seat_answer("party_candidate", text, seat, candidate.sources)


def no_party_candidate(seat: Seat, party: str) -> Answer:
    named = r.listing([r.person(c) for c in seat.candidates]) or "no candidates"
    text = f"The sources name no {r.party(party)} candidate in {r.seat_label(seat)}. They name {named}."
    return seat_answer("party_candidate", text, seat, seat.sources, answered=False)


def quotes(seat_quotes: Sequence[Quote], who: str, topic: str | None, seat: Seat | None) -> Answer:
    """What someone said (optionally about a topic), with the article it is from."""
    chosen = list(seat_quotes)
    if topic:
        about = [q for q in chosen if _mentions(q.text, topic)]
        if not about:
            text = f"I have no quote from {who} about {topic}."
            if chosen:
                text += f" I have {len(chosen)} other quote{'s' if len(chosen) > 1 else ''} from {who}."
            return Answer(lead=text, answered=False, intent="quote", seat=seat)
        chosen = about
    if not chosen:
        return Answer(lead=f"I have no quotes from {who}.", answered=False, intent="quote", seat=seat)
    lines = [f"{q.speaker} said: “{r.quote_sentence(q.text)}”" for q in chosen]
    sources = ordered_sources([q.provenance for q in chosen])
    if len(lines) == 1:
        return Answer(lead=lines[0], answered=True, intent="quote", sources=sources, seat=seat)
    about = f" about {topic}" if topic else ""
    return Answer(lead=f"{len(lines)} quotes from {who}{about}:", details=lines, answered=True, intent="quote",
                  sources=sources, seat=seat)


def _mentions(text: str, topic: str) -> bool:
    words = fold(text)
    return topic in words or any(w.startswith(topic[: max(4, len(topic) - 2)]) for w in words.split())
