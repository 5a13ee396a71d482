"""How answers write English: parties as nouns, lists of names with commas, quotes cut at a word."""
from __future__ import annotations

from handlers.answers import replies as r


def test_parties_are_named_as_a_sentence_needs_them():
    assert r.sentence_start(r.party_noun("Tories")) == "The Conservatives"
    assert r.party_noun("SNP") == "the SNP" and r.party_noun("Lab") == "Labour"
    assert r.stood_for("Ind") == "stood as an independent"
    assert r.stood_for("Lib Dem") == "stood for the Liberal Democrats"


def test_names_holding_commas_are_listed_with_semicolons():
    assert r.listing(["Southampton, Itchen", "Bath"]) == "Southampton, Itchen and Bath"
    assert r.listing(["Southampton, Itchen", "Bath", "Bury North"]) == "Southampton, Itchen; Bath and Bury North"
    assert r.listing(["Bath", "Bury North", "Bedford"]) == "Bath, Bury North and Bedford"
    assert r.alternatives(["Ayr, Carrick and Cumnock", "Ayrshire"]) == "Ayr, Carrick and Cumnock or Ayrshire"


def test_long_quotes_are_cut_at_a_word():
    words = "unforgivable " * 40
    cut = r.quote_sentence(words)
    assert cut.endswith("unforgivable…") and len(cut) <= r.MAX_SENTENCE + 1


def test_quotes_lose_spaces_before_punctuation():
    assert r.quote_sentence("we are still here .") == "we are still here."
