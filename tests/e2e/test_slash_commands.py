"""Slash commands through the real client, on the deterministic FakeEngine: replies, charts, refusals,
autocomplete limits and slow answers."""
from __future__ import annotations

import asyncio
import threading

import pytest
from fake_discord import BOT_ID, FakeDiscord
from fake_engine import FakeEngine

from handlers.discord_ui.client import ElectionBot
from handlers.discord_ui.cogs import common

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def engine() -> FakeEngine:
    return FakeEngine.instances[-1]


async def test_result_is_an_embed_with_candidates_and_chart(fake: FakeDiscord, bot: ElectionBot) -> None:
    reply = await fake.slash("result", seat="Testville", election="2017")
    assert reply.path.endswith("/callback") and reply.json["type"] == 4 and not reply.ephemeral
    [embed] = reply.embeds
    assert embed["title"] == "Testville — 2017"
    fields = {f["name"]: f["value"] for f in embed.get("fields", [])}
    assert "Candidates" not in fields and "Winner" not in fields  # the chart shows the candidates, once
    assert embed["footer"]["text"] == "Sources: article testville.txt, 2017-06-09"
    assert embed["image"]["url"] == "attachment://result.png"
    [(_, filename, data)] = reply.files
    assert filename == "result.png" and data.startswith(PNG_MAGIC)
    assert reply.json["data"]["attachments"][0]["filename"] == "result.png"
    assert ("result", ("Testville", "2017")) in engine().calls


@pytest.mark.parametrize(("command", "options", "call"), [
    ("winner", {"seat": "Testville"}, ("winner", ("Testville", None))),
    ("winner", {"seat": "Testville", "election": "2015 general election"},
     ("winner", ("Testville", "2015 general election"))),
    ("compare", {"seat": "Testville", "first": "2015"}, ("compare", ("Testville", "2015", None))),
    ("national", {"election": "2017"}, ("national_result", ("2017",))),
    ("margin", {"seat": "Testville", "year": 2019}, ("margin", ("Testville", 2019))),
    ("recounts", {}, ("recounts", (None, None))),
    ("recounts", {"seat": "Testville"}, ("recounts", ("Testville", None))),
    ("candidate", {"name": "Ann Able", "seat": "Testville"}, ("candidate", ("Ann Able", "Testville", None))),
    ("closest", {"count": 3, "year": 2017}, ("closest", (3, 2017))),
    ("closest", {}, ("closest", (5, None))),
    ("party", {"name": "Labour"}, ("party", ("Labour", None))),
    ("ask", {"question": "who won testville?"}, ("ask", ("who won testville?",))),
    ("sources", {"seat": "Testville"}, ("sources", ("Testville", None))),
    ("about", {}, ("about", ())),
])
async def test_each_command_calls_the_engine_and_replies(fake: FakeDiscord, bot: ElectionBot, command: str,
                                                        options: dict, call: tuple) -> None:
    reply = await fake.slash(command, **options)
    assert reply.json["type"] == 4 and not reply.ephemeral
    assert reply.embeds and reply.embeds[0]["description"]
    assert call in engine().calls


async def test_seat_list_answers_list_the_seats(fake: FakeDiscord, bot: ElectionBot) -> None:
    reply = await fake.slash("closest", count=3)
    [embed] = reply.embeds
    # an answer without lines of its own lists its seats in the text (paged when long)
    assert "**Testville** (2017): Ann Able, margin 1,234" in embed["description"]


async def test_unknown_seat_is_refused_ephemerally_with_suggestions(fake: FakeDiscord, bot: ElectionBot) -> None:
    reply = await fake.slash("winner", seat="Atlantis")
    assert reply.ephemeral
    text = reply.text()
    assert "no results for Atlantis" in text and "Testville" in text
    assert not reply.files


async def test_everyone_in_an_answer_pings_no_one(fake: FakeDiscord, bot: ElectionBot) -> None:
    reply = await fake.slash("ask", question="@everyone @here <@&1> who won?")
    assert "@\u200beveryone" in reply.text() and "@everyone" not in reply.text() and "<@&1>" not in reply.text()
    mentions = reply.json["data"]["allowed_mentions"]
    assert mentions["parse"] == [] and not mentions.get("replied_user")


async def test_autocomplete_is_capped_at_25_choices_of_100_characters(fake: FakeDiscord, bot: ElectionBot) -> None:
    payload = fake.interaction("winner", fake.options(focused="seat", seat="Test"), kind=4)
    await fake.dispatch("INTERACTION_CREATE", payload)
    reply = await fake.wait_reply(payload["token"])
    assert reply.json["type"] == 8
    choices = reply.json["data"]["choices"]
    assert 0 < len(choices) <= 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    assert ("complete_seats", ("Test", 25)) in engine().calls


async def test_candidate_and_party_autocomplete(fake: FakeDiscord, bot: ElectionBot) -> None:
    payload = fake.interaction("candidate", fake.options(focused="name", name="a"), kind=4)
    await fake.dispatch("INTERACTION_CREATE", payload)
    assert [c["value"] for c in (await fake.wait_reply(payload["token"])).json["data"]["choices"]] == [
        "Ann Able", "Bob Baker"]
    payload = fake.interaction("party", fake.options(focused="name", name="lib"), kind=4)
    await fake.dispatch("INTERACTION_CREATE", payload)
    choices = [c["value"] for c in (await fake.wait_reply(payload["token"])).json["data"]["choices"]]
    assert choices == ["Liberal Democrat"]
    assert ("complete_parties", ("lib", 25)) in engine().calls  # the cog asks the engine, not the alias table


async def test_a_typed_seat_that_is_not_a_choice_still_gets_an_answer(fake: FakeDiscord, bot: ElectionBot) -> None:
    reply = await fake.slash("winner", seat="  testville ")
    assert ("winner", ("testville", None)) in engine().calls  # the seat option tidies spaces, nothing more
    assert "Ann Able" in reply.text()


async def test_a_slow_answer_is_deferred_then_followed_up(fake: FakeDiscord, bot: ElectionBot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "DEFER_AFTER", 0.05)
    original = FakeEngine.winner
    release = threading.Event()  # the answer is held back until the deferral has been seen: no race

    def slow_winner(self: FakeEngine, seat: str, year: int | None = None):
        release.wait(60)  # a hang guard only
        return original(self, seat, year)

    monkeypatch.setattr(FakeEngine, "winner", slow_winner)
    payload = fake.interaction("winner", fake.options(seat="Testville"))

    def callbacks() -> list:
        return [r for r in fake.requests if payload["token"] in r.path and r.path.endswith("/callback")]

    await fake.dispatch("INTERACTION_CREATE", payload)
    await fake.wait_until(lambda: bool(callbacks()), timeout=30, what="the deferral")
    release.set()
    reply = await fake.wait_reply(payload["token"])
    callbacks = callbacks()
    assert [c.json["type"] for c in callbacks] == [5], "deferred (thinking) first"
    assert callbacks[0].at < reply.at
    assert reply.path.startswith(f"/webhooks/{BOT_ID}/") and "Ann Able" in reply.text()
    assert reply.files and reply.files[0][1] == "result.png"


async def test_an_engine_error_is_reported_ephemerally(fake: FakeDiscord, bot: ElectionBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: FakeEngine, seat: str, year: int | None = None):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(FakeEngine, "margin", broken)
    reply = await fake.slash("margin", seat="Testville")
    assert reply.ephemeral and "Something went wrong" in reply.text()
    assert "exploded" not in reply.text()


async def test_commands_run_concurrently(fake: FakeDiscord, bot: ElectionBot) -> None:
    replies = await asyncio.gather(*(fake.slash("winner", seat="Testville") for _ in range(5)))
    assert len({r.path for r in replies}) == 5
