"""A deterministic stand-in for `handlers.answers.engine.Engine`, for tests of the Discord layer itself.

It answers about one invented seat ("Testville"), echoes questions (so a test can make an answer
contain "@everyone"), and misbehaves on purpose where the Discord layer must protect itself:
autocomplete returns 60 names of 150 characters whatever the limit.
"""
from __future__ import annotations

import threading

from handlers.answers.answer import Answer
from handlers.answers.national import SeatsChart
from knowledge.records import Candidate, Provenance, Seat, SeatFact
from knowledge.store.database import Knowledge

SOURCE = Provenance("article", "testville.txt", "2017-06-09", "Ann Able won Testville by 1,234 votes.")


def testville() -> Seat:
    seat = Seat("Testville", 2017)
    seat.facts = {"winner": SeatFact("Ann Able", [SOURCE]), "winner_party": SeatFact("Labour", [SOURCE]),
                  "margin": SeatFact(1234, [SOURCE]), "recounts": SeatFact(1, [SOURCE])}
    seat.candidates = [Candidate("Ann Able", "Labour", 20000, True, sources=[SOURCE]),
                       Candidate("Bob Baker", "Conservative", 18766, sources=[SOURCE]),
                       Candidate("Cy Cole", "Green", None, sources=[SOURCE])]
    return seat


class FakeEngine:
    """Implements the Engine API; `calls` records (method, args) in order."""

    instances: list[FakeEngine] = []
    block_construction: threading.Event | None = None  # set by a test to hold a reload mid-way

    def __init__(self, knowledge: Knowledge) -> None:
        if FakeEngine.block_construction is not None and FakeEngine.instances:
            FakeEngine.block_construction.wait(timeout=10)
        self.knowledge = knowledge
        self.calls: list[tuple[str, tuple]] = []
        self.generation = len(FakeEngine.instances)
        FakeEngine.instances.append(self)

    def _seat(self, name: str | None) -> Seat | None:
        return testville() if name and name.strip().lower() == "testville" else None

    def _unknown(self, what: str) -> Answer:
        return Answer(f"I have no results for {what}.", False, "unknown", suggestions=["Testville"])

    def _seat_answer(self, intent: str, seat: str, text: str) -> Answer:
        found = self._seat(seat)
        if found is None:
            return self._unknown(seat)
        return Answer(text, True, intent, sources=[SOURCE], seat=found)

    def ask(self, question: str) -> Answer:
        self.calls.append(("ask", (question,)))
        if "testville" in question.lower():
            return self._seat_answer("winner", "testville", "Ann Able (Labour) won Testville in 2017.")
        if question.strip():
            return Answer(f"You asked: {question}", True, "echo")
        return self.help()

    def result(self, seat: str, election: str | int | None = None) -> Answer:
        self.calls.append(("result", (seat, election)))
        return self._seat_answer("result", seat, "Testville 2017: Ann Able (Labour) won by 1,234 votes.")

    def winner(self, seat: str, election: str | int | None = None) -> Answer:
        self.calls.append(("winner", (seat, election)))
        return self._seat_answer("winner", seat, f"Ann Able (Labour) won Testville in {election or 2017}.")

    def compare(self, seat: str, first: str | int | None = None, second: str | int | None = None) -> Answer:
        self.calls.append(("compare", (seat, first, second)))
        return self._seat_answer("compare", seat, "Testville: Ann Able won in 2015 and in 2017.")

    def national_result(self, election: str | int | None = None, area: str | None = None) -> Answer:
        self.calls.append(("national_result", (election, area) if area else (election,)))
        if election not in (None, "2017"):
            return Answer(f"No official results for {election}.", False, "national", suggestions=["2017"])
        return Answer("Labour won the 2017 general election: 2 of 3 seats.", True, "national", sources=[SOURCE])

    def national_seats(self, election: str | int | None = None, area: str | None = None) -> SeatsChart | None:
        self.calls.append(("national_seats", (election, area) if area else (election,)))
        return SeatsChart("2017 general election: seats", [("Labour", 2), ("Conservative", 1)], 2)

    def margin(self, seat: str, year: int | None = None) -> Answer:
        self.calls.append(("margin", (seat, year)))
        return self._seat_answer("margin", seat, "Ann Able won Testville by 1,234 votes.")

    def recounts(self, seat: str | None = None, year: int | None = None) -> Answer:
        self.calls.append(("recounts", (seat, year)))
        if seat is None:
            return Answer("One seat on record had recounts.", True, "recounts", sources=[SOURCE], seats=[testville()])
        return self._seat_answer("recounts", seat, "Testville had 1 recount.")

    def candidate(self, name: str, seat: str | None = None, year: int | None = None) -> Answer:
        self.calls.append(("candidate", (name, seat, year)))
        return self._seat_answer("candidate", "testville", f"{name} stood in Testville.") if "able" in name.lower() \
            else self._unknown(name)

    def closest(self, count: int = 5, year: int | None = None) -> Answer:
        self.calls.append(("closest", (count, year)))
        return Answer(f"The {count} closest results.", True, "closest", sources=[SOURCE], seats=[testville()])

    def party(self, name: str, year: int | None = None) -> Answer:
        self.calls.append(("party", (name, year)))
        return Answer(f"{name} won 1 seat on record.", True, "party", seats=[testville()])

    def sources(self, seat: str, year: int | None = None) -> Answer:
        self.calls.append(("sources", (seat, year)))
        return self._seat_answer("sources", seat, "Testville's facts come from testville.txt.")

    def about(self) -> Answer:
        self.calls.append(("about", ()))
        return Answer(f"I know {len(self.knowledge.seats)} seats from {len(self.knowledge.articles)} articles "
                      f"(engine generation {self.generation}).", True, "about")

    def help(self) -> Answer:
        self.calls.append(("help", ()))
        return Answer("Ask me who won a seat.", True, "help")

    def previous_contest(self, seat: Seat) -> Seat | None:
        return None

    def complete_seats(self, text: str, limit: int = 25) -> list[str]:
        self.calls.append(("complete_seats", (text, limit)))
        return [f"Seat {i} {text} " + "x" * 150 for i in range(60)]  # ignores the limits on purpose

    def complete_candidates(self, text: str, limit: int = 25) -> list[str]:
        self.calls.append(("complete_candidates", (text, limit)))
        return ["Ann Able", "Bob Baker"]

    def complete_elections(self, seat: str, text: str = "", limit: int = 25) -> list[str]:
        self.calls.append(("complete_elections", (seat, text, limit)))
        return ["2017 general election", "2015 general election"] if seat.lower() == "testville" else []

    def complete_national(self, text: str, limit: int = 25) -> list[str]:
        self.calls.append(("complete_national", (text, limit)))
        return [y for y in ("2017", "2015") if text in y]

    def complete_parties(self, text: str, limit: int = 25) -> list[str]:
        self.calls.append(("complete_parties", (text, limit)))
        return [name for name in ("Labour", "Liberal Democrat") if text.lower() in name.lower()]
