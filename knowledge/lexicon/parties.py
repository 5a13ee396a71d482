"""Party names: canonical names, the aliases people and newspapers use, and finding them in text."""
from __future__ import annotations

import re
from functools import lru_cache

from knowledge.lexicon.text import fold

# canonical name -> aliases (matched case-insensitively unless listed in CASE_SENSITIVE_ALIASES)
PARTY_ALIASES: dict[str, tuple[str, ...]] = {
    "Labour": ("Labour Party", "Lab", "Welsh Labour", "Scottish Labour", "Labour and Co-operative",
               "Labour Co-operative", "Labour Co-op", "Lab Co-op", "Labour and Co-operative Party"),
    "Conservative": ("Conservatives", "Conservative Party", "Con", "Tory", "Tories",
                     "Conservative and Unionist", "Conservative and Unionist Party", "Scottish Conservative",
                     "Scottish Conservatives", "Welsh Conservative", "Welsh Conservatives"),
    "Liberal Democrat": ("Liberal Democrats", "Lib Dem", "Lib Dems", "LibDem", "LibDems", "LD",
                         "Scottish Liberal Democrats", "Welsh Liberal Democrats", "Scottish Liberal Democrat",
                         "Welsh Liberal Democrat", "Liberal Democrat Party"),
    "Scottish National Party": ("SNP", "Scottish Nationalists", "Scottish National"),
    "Plaid Cymru": ("Plaid", "PC", "Plaid Cymru - The Party of Wales"),
    "Green": ("Green Party", "Greens", "Grn", "Scottish Green", "Scottish Greens", "Scottish Green Party",
              "Green Party of England and Wales", "Wales Green Party"),
    "UKIP": ("UK Independence Party", "United Kingdom Independence Party"),
    "Democratic Unionist Party": ("DUP", "Democratic Unionist", "Democratic Unionists"),
    "Sinn Fein": ("Sinn Féin", "SF"),
    "SDLP": ("Social Democratic and Labour Party", "Social Democratic & Labour Party"),
    "Ulster Unionist Party": ("UUP", "Ulster Unionist", "Ulster Unionists"),
    "Alliance": ("Alliance Party", "Alliance Party of Northern Ireland", "APNI"),
    "Independent": ("Ind",),
    "Brexit Party": ("Brexit", "The Brexit Party", "Brex"),
    "People Before Profit": ("People Before Profit Alliance", "PBP", "PBPA"),
    "Women's Equality Party": ("WEP", "Women's Equality"),
    "Christian Party": ("Christian Party, Proclaiming Christ's Lordship", "Christian Party Proclaiming Christ's Lordship"),
    "Monster Raving Loony Party": ("Official Monster Raving Loony Party", "Monster Raving Loony", "Loony Party", "MRLP"),
    "Trade Unionist and Socialist Coalition": ("TUSC",),
    "Socialist Party of Great Britain": ("The Socialist Party of Great Britain", "SPGB"),
    "Christian Peoples Alliance": ("Christian Peoples Alliance Party", "Christian People's Alliance", "CPA"),
    "English Democrats": ("English Democrat",),
    "Yorkshire Party": ("The Yorkshire Party",),
    "Social Democratic Party": ("SDP",),
    "Liberal": ("Liberal Party",),
    "British National Party": ("BNP",),
    "Traditional Unionist Voice": ("TUV",),
    "Mebyon Kernow": (),
    "National Health Action Party": ("National Health Action",),
    "Pirate Party": (),
    "Animal Welfare Party": (),
    "Workers Revolutionary Party": ("WRP",),
    "Communist Party of Britain": (),
    "Socialist Labour Party": (),
    "Cannabis is Safer than Alcohol": ("Cannabis is Safer than Alcohol Party", "CISTA"),
    "Aontú": ("Aontu",),
    "Speaker": ("The Speaker", "Spk", "Speaker seeking re-election"),
    "Independent Group for Change": ("Change UK", "The Independent Group for Change"),
    "Reform UK": ("Reform", "RUK", "Reform UK Party", "Reform Party"),
    "Workers Party of Britain": ("Workers Party", "WPB", "Workers' Party", "Workers' Party of Britain"),
    "Heritage Party": (),
    "Scottish Socialist Party": (),
    "Respect": ("Respect Party",),
}

# How an answer names a party as a sentence's subject or object ("the Conservatives won 365 seats",
# "gained from the SNP"); a party not listed is named as it is ("Labour", "Plaid Cymru", "Reform UK").
PARTY_NOUNS: dict[str, str] = {
    "Conservative": "the Conservatives", "Liberal Democrat": "the Liberal Democrats", "Scottish National Party": "the SNP",
    "Green": "the Greens", "Democratic Unionist Party": "the DUP", "Ulster Unionist Party": "the UUP", "SDLP": "the SDLP",
    "Brexit Party": "the Brexit Party", "Sinn Fein": "Sinn Féin", "Speaker": "the Speaker", "Independent": "independents",
    "Liberal": "the Liberals", "British National Party": "the BNP", "Traditional Unionist Voice": "the TUV",
    "Social Democratic Party": "the SDP", "English Democrats": "the English Democrats",
    "Monster Raving Loony Party": "the Monster Raving Loony Party", "Yorkshire Party": "the Yorkshire Party",
    "Women's Equality Party": "the Women's Equality Party", "Christian Party": "the Christian Party",
    "Independent Group for Change": "Change UK",
}

# Short forms that are ordinary words or initials in lower case: only their exact capitals count.
CASE_SENSITIVE_ALIASES = frozenset({"Con", "Lab", "LD", "PC", "SF", "Ind", "Grn", "Brexit", "Plaid", "Reform",
                                    "Liberal", "Alliance", "Green", "Greens", "Independent", "Respect",
                                    "Speaker", "The Speaker", "CPA", "SDP", "WEP", "TUV", "WRP", "Brex", "RUK",
                                    "WPB", "Spk", "Workers Party"})

# Short forms seen only in the party column of a results table, where a bare abbreviation can mean
# nothing else; in running text they are ordinary words or initials ("ED", "Comm").
COLUMN_ABBREVIATIONS: dict[str, str] = {
    "ED": "English Democrats", "Eng Dem": "English Democrats", "COMM": "Communist Party of Britain",
    "Comm": "Communist Party of Britain", "Green": "Green", "Gre": "Green", "Grn": "Green", "G": "Green",
    "L": "Labour", "C": "Conservative", "LDem": "Liberal Democrat", "Lib Dem": "Liberal Democrat",
    "Lib": "Liberal", "UKIP": "UKIP", "Ref": "Reform UK", "RefUK": "Reform UK", "Reform UK": "Reform UK",
    "BXP": "Brexit Party", "Brx": "Brexit Party", "PBP": "People Before Profit", "All": "Alliance",
    "Alli": "Alliance", "Alliance": "Alliance", "Aon": "Aontú", "Ind": "Independent", "Indep": "Independent",
    "Yorks": "Yorkshire Party", "YP": "Yorkshire Party", "SSP": "Scottish Socialist Party",
    "Soc Lab": "Socialist Labour Party", "Loony": "Monster Raving Loony Party", "OMRLP": "Monster Raving Loony Party",
    "Lab Co-op": "Labour", "Lab/Co-op": "Labour", "Con/Unionist": "Conservative",
}


def column_party(cell: str) -> str | None:
    """The party a results table's party cell names by abbreviation ("ED", "COMM"), else None."""
    cell = " ".join(cell.split())
    return COLUMN_ABBREVIATIONS.get(cell) or COLUMN_ABBREVIATIONS.get(cell.title() if cell.isupper() else cell)


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, aliases in PARTY_ALIASES.items():
        for alias in (canonical, *aliases):
            table[_party_key(alias)] = canonical
    return table


def _party_key(text: str) -> str:
    key = re.sub(r"[^a-z0-9' ]+", " ", fold(text))
    key = re.sub(r"\s+", " ", key).strip()
    return key[4:] if key.startswith("the ") else key


def canonical_party(name: str | None) -> str | None:
    """The canonical name of a party written as `name`; a party we do not know keeps its own name.

    >>> canonical_party("Lib Dems"), canonical_party("tories"), canonical_party("Pirate Party")
    ('Liberal Democrat', 'Conservative', 'Pirate Party')
    """
    if name is None:
        return None
    cleaned = " ".join(name.split()).strip(" ,;:-")
    if not cleaned:
        return None
    table = _alias_table()
    key = _party_key(cleaned)
    if key in table:
        return table[key]
    # "Scottish Labour Party", "Scottish Conservative and Unionist Party": a national branch of a known party
    core = re.sub(r"^(?:scottish|welsh|ulster|northern ireland) | party$", "", key)
    core = re.sub(r" party$", "", core)
    return table.get(core, cleaned)


def is_known_party(name: str) -> bool:
    return _party_key(name) in _alias_table()


@lru_cache(maxsize=1)
def party_pattern() -> re.Pattern[str]:
    """A regex that finds any party name or alias in running text (longest alias first).

    Case-sensitive short aliases only match in their exact capitals or all capitals ("CON", "LAB").
    The aliases are grouped by first letter behind a one-letter lookahead, so at each word only
    the few aliases that can start there are tried (about 2.5 times faster than one flat list).
    """
    by_letter: dict[str, list[str]] = {}
    aliases = sorted({a for c, al in PARTY_ALIASES.items() for a in (c, *al)}, key=len, reverse=True)
    for alias in aliases:
        escaped = re.escape(alias).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
        if alias in CASE_SENSITIVE_ALIASES:
            upper = re.escape(alias.upper()).replace(r"\ ", r"\s+")
            part = f"(?:{escaped}|{upper})"
        else:
            part = f"(?i:{escaped})"
        by_letter.setdefault(alias[0].lower(), []).append(part)
    groups = [f"(?=[{re.escape(letter)}{re.escape(letter.upper())}])(?:{'|'.join(parts)})"
              for letter, parts in by_letter.items()]
    return re.compile(r"(?<![\w'])(?:" + "|".join(groups) + r")(?![\w])")
