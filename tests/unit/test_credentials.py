"""Team sign-in credentials: keyring entry names, URLs, where a password comes from, and which
keyrings are trusted with it (never a plain-text one). No PostgreSQL needed, no real keyring touched."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from enablement import credentials
from enablement.credentials import (
    ENV_PASSWORD,
    KEYRING_SERVICE,
    account_key,
    forget_password,
    has_password,
    keyring_available,
    login_name,
    remember_password,
    resolve_password,
    stored_password,
    team_url,
    with_password,
)
from tests.helpers.keyrings import BrokenKeyring, MemoryKeyring, PlaintextKeyring, installed

URL = "postgresql://maria@hub.example.com/sales"


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


@pytest.fixture(autouse=True)
def _no_env_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_PASSWORD, raising=False)


def password_of(url: str) -> str | None:
    return sa.engine.make_url(url).password  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("url", "key"),
    [
        (URL, "maria@hub.example.com:5432/sales"),
        ("postgres://maria:secret@hub.example.com:6543/sales", "maria@hub.example.com:6543/sales"),
        ("postgresql+psycopg://maria:secret@hub/sales?sslmode=require", "maria@hub:5432/sales"),
        ("postgresql:///sales", "@localhost:5432/sales"),
    ],
)
def test_account_key_names_login_server_and_database_only(url: str, key: str) -> None:
    assert account_key(url) == key
    assert "secret" not in account_key(url)


def test_account_key_is_the_same_with_or_without_a_password() -> None:
    assert account_key(with_password(URL, "s3cret")) == account_key(URL)
    assert login_name(URL) == "maria"


def test_with_password_keeps_everything_else_and_survives_odd_characters() -> None:
    odd = "p@ss:w/rd?#%"
    url = with_password(URL, odd)
    assert password_of(url) == odd and has_password(url)
    parsed = sa.engine.make_url(url)
    assert (parsed.username, parsed.host, parsed.database) == ("maria", "hub.example.com", "sales")
    assert with_password(URL, None) == URL and with_password(URL, "") == URL
    assert not has_password(URL)


def test_team_url_from_a_sign_in_form() -> None:
    assert (
        team_url(" hub.example.com ", " sales ", " maria ") == "postgresql://maria@hub.example.com:5432/sales"
    )
    assert (
        team_url("hub.example.com:6543", "sales", "maria") == "postgresql://maria@hub.example.com:6543/sales"
    )
    assert team_url("hub", "sales", "maria", port=7000).endswith("@hub:7000/sales")
    assert not has_password(team_url("hub", "sales", "maria"))


def test_is_team_url() -> None:
    assert credentials.is_team_url(URL)
    assert credentials.is_team_url("postgres://x@h/d")
    assert credentials.is_team_url("postgresql+psycopg://x@h/d")
    assert not credentials.is_team_url("sqlite:///library.db")
    assert not credentials.is_team_url(None)
    assert not credentials.is_team_url("")


def test_resolve_password_prefers_url_then_environment_then_keyring(
    memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_password(URL) == URL  # nowhere: unchanged, libpq (PGPASSWORD, ~/.pgpass) may still know
    assert remember_password(URL, "from-keyring")
    assert memory.passwords == {(KEYRING_SERVICE, account_key(URL)): "from-keyring"}
    assert password_of(resolve_password(URL)) == "from-keyring"
    monkeypatch.setenv(ENV_PASSWORD, "from-env")
    assert password_of(resolve_password(URL)) == "from-env"
    assert password_of(resolve_password(with_password(URL, "from-url"))) == "from-url"
    monkeypatch.setenv(ENV_PASSWORD, "")  # empty is not a password: the keyring's is used
    assert password_of(resolve_password(URL)) == "from-keyring"


def test_resolve_password_leaves_sqlite_alone(memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_PASSWORD, "from-env")
    assert resolve_password("sqlite:///library.db") == "sqlite:///library.db"


def test_the_keyring_entry_is_per_login(memory: MemoryKeyring) -> None:
    other = "postgresql://ivan@hub.example.com/sales"
    remember_password(URL, "maria's")
    remember_password(other, "ivan's")
    assert stored_password(URL) == "maria's" and stored_password(other) == "ivan's"


def test_forget_password(memory: MemoryKeyring) -> None:
    remember_password(URL, "secret")
    forget_password(with_password(URL, "whatever"))  # the same entry, whatever the URL carries
    assert stored_password(URL) is None
    assert memory.passwords == {}
    forget_password(URL)  # nothing kept: nothing to do, no error


def test_a_plain_text_keyring_is_never_used(monkeypatch: pytest.MonkeyPatch) -> None:
    backend = PlaintextKeyring()
    backend.set_password(KEYRING_SERVICE, account_key(URL), "lying around")
    with installed(backend):
        assert not keyring_available()
        assert not remember_password(URL, "secret")
        assert stored_password(URL) is None
        assert resolve_password(URL) == URL
        forget_password(URL)
    assert backend.passwords == {(KEYRING_SERVICE, account_key(URL)): "lying around"}  # untouched


def test_no_keyring_at_all_remembers_nothing() -> None:
    from keyring.backends import fail

    with installed(fail.Keyring()):
        assert not keyring_available()
        assert not remember_password(URL, "secret")
        assert stored_password(URL) is None
        forget_password(URL)


def test_a_broken_keyring_does_not_break_sign_in(monkeypatch: pytest.MonkeyPatch) -> None:
    with installed(BrokenKeyring()):
        assert keyring_available()
        assert not remember_password(URL, "secret")
        assert stored_password(URL) is None
        forget_password(URL)
        monkeypatch.setenv(ENV_PASSWORD, "from-env")
        assert password_of(resolve_password(URL)) == "from-env"
