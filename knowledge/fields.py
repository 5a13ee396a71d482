"""The field registry: every seat field declared once, with what each layer needs of it.

The store makes a column of each (`kind`), the export writes it under its name, answers name it
(`noun`) and state it (`sentence`), embeds label it (`label`), and questions ask for it by its
`signal` (a word group of `handlers.answers.intents`). A new seat field is one row here, plus the
reader's rule that finds it.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SeatField:
    """One fact about a contest.

    - `name`: the record's, the database column's and the export's name;
    - `kind`: the type of its value;
    - `noun`: how an answer names it ("the number of ballots cast");
    - `label`: its field's title in the result embed, or None when the embed does not show it as a
      field (the winner, majority and turnout are in the answer's own text);
    - `sentence`: how an answer states it ("Turnout in {seat} was {value}."), or None when a
      dedicated answer states it (the winner, the majority);
    - `signal`: the question word group that asks for it ("turnout"), or None.
    - `scored`: the evaluation's gold files have it (it is exported first).
    """

    name: str
    kind: type
    noun: str
    label: str | None = None
    sentence: str | None = None
    signal: str | None = None
    scored: bool = False


# In the order answers list them.
FIELDS: tuple[SeatField, ...] = (
    SeatField("winner", str, "winner", scored=True),
    SeatField("winner_party", str, "winning party", scored=True),
    SeatField("margin", int, "majority", scored=True),
    SeatField("recounts", int, "number of recounts", signal="recount", scored=True),
    SeatField("turnout_percent", float, "turnout", sentence="Turnout in {seat} was {value}.",
              signal="turnout", scored=True),
    SeatField("electorate", int, "electorate", sentence="{seat} had an electorate of {value}.",
              signal="electorate", scored=True),
    SeatField("ballots", int, "number of ballots cast", sentence="{value} ballots were cast in {seat}.",
              signal="ballots"),
    SeatField("valid_votes", int, "number of valid votes", sentence="{seat} had {value} valid votes.",
              signal="valid"),
    SeatField("invalid_votes", int, "number of rejected ballots", sentence="{value} ballots were rejected in {seat}.",
              signal="invalid"),
    SeatField("previous_majority", int, "previous majority", scored=True),
    SeatField("outcome", str, "gain or hold", label="Outcome", scored=True),
    SeatField("previous_party", str, "party that held it before", scored=True),
    SeatField("declared_at", str, "time of the declaration", sentence="The {seat} result was declared at {value}.",
              signal="declared"),
)
BY_NAME: dict[str, SeatField] = {f.name: f for f in FIELDS}


def embed_label(name: str) -> str:
    """The title of field `name` in the result embed (KeyError for a field the embed does not show)."""
    label = BY_NAME[name].label
    if label is None:
        raise KeyError(f"the result embed does not show {name}")
    return label

# Which field a question asks for when its words hold several signals: the narrower first
# ("spoilt ballots" asks about rejected ballots, not all ballots; "valid votes" not all votes).
SIGNAL_PRECEDENCE: tuple[str, ...] = ("turnout", "electorate", "invalid", "valid", "ballots", "declared", "recount")
FIELD_BY_SIGNAL: dict[str, str] = {
    signal: next(f.name for f in FIELDS if f.signal == signal) for signal in SIGNAL_PRECEDENCE}

# Candidate-level fields: "candidate" records that a source names the person at all.
CANDIDATE_FIELDS: tuple[SeatField, ...] = (
    SeatField("candidate", str, "candidate"),
    SeatField("party", str, "party"),
    SeatField("votes", int, "votes"),
)

