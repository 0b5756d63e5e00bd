"""The search log's query key: spelling variants of one name share a key, distinct queries do not."""

from __future__ import annotations

import pytest

from enablement.search.keys import query_key

KNOWN = frozenset({"альфасофт", "wifi", "k300r"})  # compounds the index (or the log) knows


@pytest.mark.parametrize(
    "variants",
    [
        ["Альфа-Софт", "Альфасофт", "альфа софт", "АльфаСофт", "альфа-софта"],
        ["Wi-Fi 7", "wifi 7", "wi fi 7", "7 WiFi", "Wi-Fi 7 -mesh"],
        ["K-300R", "K300R", "к-300r", "К300R", "k 300r"],
        ["цена роутера", "роутеры цена", "Роутеры, цена"],
    ],
)
def test_spelling_variants_share_a_key(variants: list[str]) -> None:
    keys = {query_key(v, KNOWN) for v in variants}
    assert len(keys) == 1, keys


def test_compounds_key_by_their_joined_form_without_a_vocabulary() -> None:
    assert query_key("Wi-Fi 7") == query_key("wifi 7") == "7 wifi"
    assert query_key("Альфа-Софт") == query_key("АльфаСофт") == query_key("альфасофт") == "альфасофт"
    assert query_key("к-300r") == query_key("K300R") == "k300r"
    # Words typed apart join only when their joined form is known.
    assert query_key("альфа софт") == "альф софт"
    assert query_key("wi fi 7") == "7 fi wi"


def test_distinct_queries_stay_distinct() -> None:
    assert query_key("альфа", KNOWN) != query_key("альфа софт", KNOWN)
    assert query_key("софт альфа", KNOWN) == "альф софт"  # the pair joins in the order it is written
    # Not neighbours: a stop word or an OR between them.
    assert query_key("альфа и софт", KNOWN) == query_key("альфа OR софт", KNOWN) == "альф софт"
    assert query_key("цена роутера", KNOWN | {"ценароутер"}) == "ценароутер"  # only when known
    assert query_key("цена роутера", KNOWN) == "роутер цен"
    assert query_key("мтс тариф") == "мтс тариф"  # plain Cyrillic keeps its letters
    assert query_key("kind:deck") is None
    assert query_key("") is None
