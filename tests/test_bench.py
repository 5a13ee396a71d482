"""The benchmark's generators (questions, prefixes, articles, scaled data) on tiny sizes; no timings."""
from __future__ import annotations

from bench import adversarial, corpus, scale, workload
from bench.naive import NaiveResolver
from handlers.answers.engine import Engine
from knowledge.lexicon.text import name_key
from knowledge.reading.reader import read_article
from knowledge.records import Candidate, Provenance, Seat, SeatFact
from knowledge.store.database import Knowledge

SEATS = {
    ("Ashfield", 2017): [("Gloria De Piero", "Labour", 21285), ("Tony Harper", "Conservative", 20844),
                         ("Gail Turner", "Ashfield Independents", 4612)],
    ("Epping Forest", 2019): [("Eleanor Laing", "Conservative", 32364), ("Vicky Ashworth", "Labour", 10191)],
    ("Dudley North", 2017): [("Ian Austin", "Labour", 18090), ("Les Jones", "Conservative", 18068)],
    ("Stockton North", 2015): [("Alex Cunningham", "Labour", 19436), ("Christopher Daniels", "Conservative", 11069)],
}


def _knowledge() -> Knowledge:
    seats = []
    for (name, year), people in SEATS.items():
        where = Provenance("official", f"official_{year}.csv", None, f"{name} row")
        candidates = [Candidate(person, party, votes, elected=i == 0, sources=[where], vote_sources=[where])
                      for i, (person, party, votes) in enumerate(people)]
        facts = {"winner": SeatFact(people[0][0], [where]), "winner_party": SeatFact(people[0][1], [where]),
                 "margin": SeatFact(people[0][2] - people[1][2], [where])}
        seats.append(Seat(name, year, facts, candidates))
    return Knowledge(seats=seats)


def test_questions_cover_every_kind_with_typos_and_unknowns():
    knowledge = _knowledge()
    items = workload.make_questions(knowledge, 20, seed=1, typo_rate=0.5)
    assert len(items) == 20
    assert {item.kind for item in items} == set(workload.KINDS)
    assert all(item.text.strip() for item in items)
    assert any(item.typo for item in items)
    known = {name_key(s.constituency) for s in knowledge.seats}
    known |= {name_key(c.name) for s in knowledge.seats for c in s.candidates}
    for item in items:
        if item.typo:
            assert item.name and item.name not in item.text
        if item.kind == "unknown":
            assert item.name is None
            assert not any(name in item.text.lower() for name in ("ashfield", "epping", "dudley", "stockton"))
    assert workload.make_questions(knowledge, 20, seed=1) == workload.make_questions(knowledge, 20, seed=1)


def test_unknown_names_are_absent():
    import random

    knowledge = _knowledge()
    keys = {name_key(s.constituency) for s in knowledge.seats} | {
        name_key(c.name) for s in knowledge.seats for c in s.candidates}
    rng = random.Random(3)
    for _ in range(20):
        seat, person = workload.unknown_names(knowledge, rng)
        assert name_key(seat) not in keys and name_key(person) not in keys


def test_prefixes_are_prefixes_of_real_names():
    names = ["Ashfield", "Epping Forest", "Dudley North"]
    prefixes = workload.autocomplete_prefixes(names, 20, seed=2)
    assert len(prefixes) == 20
    assert all(any(n.lower().startswith(p.lower()) for n in names) for p in prefixes)


def test_generated_articles_parse_into_their_seats():
    knowledge = _knowledge()
    articles = corpus.make_articles(knowledge, 20, seed=4)
    assert len(articles) == 20
    assert {a.layout for a in articles} == set(corpus.LAYOUTS)
    assert len({a.file for a in articles}) == 20
    for article in articles:
        report = read_article(article.text, article.file)
        assert (article.constituency, article.election_year) in report.seats, article.text
        winners = {f.value for f in report.facts if f.field == "winner"}
        assert article.winner in winners, article.text


def test_scaled_knowledge_has_distinct_names_and_answers():
    knowledge = _knowledge()
    big = scale.scaled(knowledge, 5, seed=0)
    assert len(big.seats) == 5 * len(knowledge.seats)
    assert len({(s.constituency, s.election_year) for s in big.seats}) == len(big.seats)
    for seat in big.seats:
        assert seat.get("winner") == seat.candidates[0].name
    engine = Engine(big)
    clone = big.seats[-1]
    answer = engine.ask(f"who won {clone.constituency}")
    assert answer.answered and clone.candidates[0].name in answer.text


def test_naive_resolver_finds_the_named_seat():
    resolver = NaiveResolver(_knowledge())
    assert resolver.resolve("who won epping forest in 2019")[0] == "epping forest"


def test_every_adversarial_shape_is_full_size_and_reads_without_raising():
    names = [shape.name for shape in adversarial.SHAPES]
    assert len(names) == len(set(names))
    for shape in adversarial.SHAPES:
        text = shape.text()
        assert len(text) == adversarial.SIZE
        assert text.startswith(adversarial.DATE)
        report = read_article(text, f"{shape.name}.txt")
        assert report.file == f"{shape.name}.txt"


def test_numbered_shapes_give_each_repeat_its_own_number():
    rows = next(s for s in adversarial.SHAPES if s.name == "distinct names, one per line").text(2_000)
    lines = rows[len(adversarial.DATE):].splitlines()
    assert len(set(lines[:-1])) == len(lines) - 1


def test_measure_reports_the_slowest_shape_of_its_own_figures():
    result = adversarial.measure(lambda text, file: None, repeats=1, size=500)
    assert set(result["median_s"]) == {shape.name for shape in adversarial.SHAPES}
    assert result["slowest_s"] == max(result["median_s"].values())
    assert result["median_s"][result["slowest"]] == result["slowest_s"]
