"""Every slash command and a mention, answered by the project's real engine over the sample articles.

The sample knowledge base: Kensington 2017 (Emma Dent Coad, Labour, by 20 votes after three
recounts) and Ashfield 2017 (Gloria De Piero, Labour, by 441 votes over Tony Harper).
"""
from __future__ import annotations

import pytest
from fake_discord import BOT_ID, FakeDiscord

from handlers.discord_ui.client import ElectionBot

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def field(embed: dict, name: str) -> str:
    return next((f["value"] for f in embed.get("fields", []) if f["name"] == name), "")


async def test_result_kensington(fake: FakeDiscord, real_bot: ElectionBot) -> None:
    reply = await fake.slash("result", seat="Kensington", election="2017 general election")
    assert not reply.ephemeral
    [embed] = reply.embeds
    assert embed["title"] == "Kensington — 2017"
    assert embed["description"].startswith("Emma Dent Coad (Labour) won Kensington (2017) with 16,333 votes, "
                                            "a majority of 20 over Victoria Borwick (Conservative).")
    assert field(embed, "Outcome") == "Lab gain from Con"
    # the candidates once: in the chart, not in the text as well
    assert "Borwick" not in field(embed, "Candidates") and "16,313" not in embed["description"]
    assert "Winner" not in [f["name"] for f in embed.get("fields", [])]
    assert "000_fef51d309493ca4a.txt" in embed["footer"]["text"]
    assert embed["image"]["url"] == "attachment://result.png"
    assert reply.files[0][1] == "result.png" and reply.files[0][2].startswith(PNG_MAGIC)


@pytest.mark.parametrize(("command", "options", "expected"), [
    ("winner", {"seat": "Kensington"}, "Emma Dent Coad"),
    ("winner", {"seat": "ashfield", "election": "2017"}, "Gloria De Piero"),
    ("margin", {"seat": "Ashfield"}, "441"),
    ("recounts", {"seat": "Kensington"}, "3 recounts"),
    ("recounts", {}, "Kensington"),
    ("candidate", {"name": "Tony Harper"}, "Ashfield"),
    ("closest", {"count": 2}, "Kensington"),
    ("party", {"name": "Labour"}, "Ashfield"),
    ("ask", {"question": "who won kensington in 2017?"}, "Emma Dent Coad"),
    ("sources", {"seat": "Kensington"}, "000_fef51d309493ca4a.txt"),
    ("about", {}, "Articles read: 2"),
])
async def test_commands_answer_from_the_sample_articles(fake: FakeDiscord, real_bot: ElectionBot, command: str,
                                                       options: dict, expected: str) -> None:
    reply = await fake.slash(command, **options)
    assert not reply.ephemeral, reply.text()
    assert expected in reply.text()


async def test_an_unknown_seat_is_answered_honestly_and_ephemerally(fake: FakeDiscord, real_bot: ElectionBot) -> None:
    reply = await fake.slash("winner", seat="Atlantis North")
    assert reply.ephemeral
    assert "Emma Dent Coad" not in reply.text()


async def test_seat_autocomplete_from_the_knowledge_base(fake: FakeDiscord, real_bot: ElectionBot) -> None:
    payload = fake.interaction("result", fake.options(focused="seat", seat="Kens"), kind=4)
    await fake.dispatch("INTERACTION_CREATE", payload)
    choices = (await fake.wait_reply(payload["token"])).json["data"]["choices"]
    assert "Kensington" in [c["value"] for c in choices]
    assert len(choices) <= 25 and all(len(c["name"]) <= 100 for c in choices)


async def test_a_mention_is_answered_from_the_sample_articles(fake: FakeDiscord, real_bot: ElectionBot) -> None:
    event = fake.message_event(f"<@{BOT_ID}> who won ashfield?")
    await fake.dispatch("MESSAGE_CREATE", event)
    reply = await fake.wait_request("POST", r"^/channels/\d+/messages$")
    assert str(reply.json["message_reference"]["message_id"]) == event["id"]
    assert "Gloria De Piero" in reply.text()


async def test_election_option_autocompletes_the_seats_contests_and_picks_one(fake: FakeDiscord,
                                                                               real_bot: ElectionBot) -> None:
    payload = fake.interaction("winner", fake.options(focused="election", seat="Kensington", election=""), kind=4)
    await fake.dispatch("INTERACTION_CREATE", payload)
    choices = (await fake.wait_reply(payload["token"])).json["data"]["choices"]
    assert [c["value"] for c in choices] == ["2017 general election"]
    reply = await fake.slash("winner", seat="Kensington", election=choices[0]["value"])
    assert not reply.ephemeral and "Emma Dent Coad" in reply.text()
    refused = await fake.slash("winner", seat="Kensington", election="2015")
    assert refused.ephemeral and "Emma Dent Coad" not in refused.text()
    assert "2017 general election" in refused.text()


async def test_national_and_compare_without_what_they_need_say_so(fake: FakeDiscord, real_bot: ElectionBot) -> None:
    reply = await fake.slash("national", election="2017")
    assert reply.ephemeral and "need the official results" in reply.text() and not reply.files
    reply = await fake.slash("compare", seat="Kensington")
    assert reply.ephemeral and "only the 2017 general election" in reply.text()
