"""A generated article corpus: news reports of official results, in varied layouts and phrasing.

Each article reports one seat of the loaded official data (winner, runner-up, votes, margin and
sometimes turnout and a quote), written as prose, as a result list or as a headline with a short
report. The articles are seeded, so the same data and seed give the same corpus.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from knowledge.lexicon.elections import polling_day
from knowledge.records import Candidate, Seat
from knowledge.store.database import Knowledge

LAYOUTS = ("prose", "list", "headline")


@dataclass(frozen=True, slots=True)
class Article:
    file: str
    text: str
    layout: str
    constituency: str
    election_year: int
    winner: str


def reportable_seats(knowledge: Knowledge) -> list[Seat]:
    """Seats with a dated election and at least two candidates with votes, the winner first."""
    seats = []
    for seat in knowledge.seats:
        voted = [c for c in seat.candidates if c.votes is not None]
        if seat.election_year and polling_day(seat.election_year) and len(voted) >= 2:
            seats.append(seat)
    return seats


def _ranked(seat: Seat) -> list[Candidate]:
    return sorted((c for c in seat.candidates if c.votes is not None), key=lambda c: -(c.votes or 0))


def _n(value: int) -> str:
    return f"{value:,}"


def _party(c: Candidate) -> str:
    return c.party or "Independent"


def _surname(c: Candidate) -> str:
    return c.name.split()[-1]


def _prose(rng: random.Random, seat: Seat, ranked: list[Candidate]) -> str:
    w, s = ranked[0], ranked[1]
    margin = (w.votes or 0) - (s.votes or 0)
    opening = rng.choice([
        f"{w.name} of the {_party(w)} has won {seat.constituency} with {_n(w.votes or 0)} votes.",
        f"{_party(w)} candidate {w.name} won the {seat.constituency} seat with {_n(w.votes or 0)} votes.",
        f"{w.name} ({_party(w)}) was elected as the MP for {seat.constituency}, polling {_n(w.votes or 0)} votes.",
    ])
    second = rng.choice([
        f"{s.name} ({_party(s)}) came second with {_n(s.votes or 0)} votes.",
        f"The {_party(s)} candidate, {s.name}, polled {_n(s.votes or 0)} votes.",
        f"Runner-up {s.name} of the {_party(s)} got {_n(s.votes or 0)} votes.",
    ])
    parts = [opening, second, rng.choice([f"The majority was {_n(margin)}.", f"That is a majority of {_n(margin)}."])]
    for c in ranked[2:5]:
        parts.append(f"{c.name} ({_party(c)}) received {_n(c.votes or 0)} votes.")
    turnout = seat.get("turnout_percent")
    if turnout is not None and rng.random() < 0.5:
        parts.append(f"Turnout was {turnout}%.")
    body = " ".join(parts[:3]) + "\n\n" + " ".join(parts[3:])
    if rng.random() < 0.4:
        body += (f"\n\n{_surname(w)} said: \u201cThank you to everyone in {seat.constituency} "
                 f"who put their trust in me.\u201d")
    return body


def _list(rng: random.Random, seat: Seat, ranked: list[Candidate]) -> str:
    header = rng.choice([f"{seat.constituency} result:", f"Here is the full result in {seat.constituency}:",
                         f"{seat.constituency} - the declaration"])
    lines = [f"{c.name} ({_party(c)}) {_n(c.votes or 0)}" for c in ranked]
    margin = (ranked[0].votes or 0) - (ranked[1].votes or 0)
    tail = rng.choice([f"{ranked[0].name} was elected with a majority of {_n(margin)}.",
                       f"{_party(ranked[0])} majority: {_n(margin)}."])
    return header + "\n\n" + "\n".join(lines) + "\n\n" + tail


def _headline(rng: random.Random, seat: Seat, ranked: list[Candidate]) -> str:
    w, s = ranked[0], ranked[1]
    margin = (w.votes or 0) - (s.votes or 0)
    headline = rng.choice([f"{w.name} wins {seat.constituency}", f"{seat.constituency}: {w.name} elected",
                           f"Victory for {w.name} in {seat.constituency}"])
    report = rng.choice([
        f"{w.name} ({_party(w)}) won {seat.constituency} with {_n(w.votes or 0)} votes, "
        f"a majority of {_n(margin)} over {s.name} ({_party(s)}), who got {_n(s.votes or 0)}.",
        f"In {seat.constituency}, {w.name} of the {_party(w)} beat {s.name} of the {_party(s)} "
        f"by {_n(margin)} votes, {_n(w.votes or 0)} to {_n(s.votes or 0)}.",
    ])
    return headline + "\n\n" + report


WRITERS = {"prose": _prose, "list": _list, "headline": _headline}


def make_articles(knowledge: Knowledge, count: int, seed: int = 0) -> list[Article]:
    """`count` articles about seats of `knowledge`, cycling through the layouts."""
    seats = reportable_seats(knowledge)
    if not seats:
        raise ValueError("no seats with votes to write articles about (import the official results first)")
    rng = random.Random(seed)
    articles = []
    for i in range(count):
        seat = seats[rng.randrange(len(seats))]
        layout = LAYOUTS[i % len(LAYOUTS)]
        ranked = _ranked(seat)
        day = polling_day(seat.election_year or 0) or date(2019, 12, 12)
        text = f" date {day + timedelta(days=1)} " + WRITERS[layout](rng, seat, ranked) + "\n"
        articles.append(Article(f"bench_{i:05d}_{layout}.txt", text, layout, seat.constituency,
                                seat.election_year or 0, ranked[0].name))
    return articles


def write_articles(articles: list[Article], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (folder / article.file).write_text(article.text, encoding="utf-8")
