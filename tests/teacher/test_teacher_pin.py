"""The teacher PIN: scrypt hashes, verification, and where a PIN may be set."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from examtrainer.paths import AppPaths
from examtrainer.services.teacher import (
    PinError,
    hash_pin,
    may_set_pin,
    safe_database_url,
    set_user_pin,
    verify_pin,
)
from examtrainer.settings import Settings, load_settings


@pytest.mark.production_pin_cost
def test_hash_has_the_documented_format() -> None:
    stored = hash_pin("482913")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "65536", "8", "1")
    assert verify_pin("482913", stored)
    assert len(base64.b64decode(salt)) == 16
    assert len(base64.b64decode(digest)) == 32


def test_right_pin_is_accepted_and_wrong_ones_refused() -> None:
    stored = hash_pin("482913")
    assert verify_pin("482913", stored)
    assert not verify_pin("482914", stored)
    assert not verify_pin("", stored)
    assert not verify_pin("482913 ", stored)


def test_salt_differs_each_time() -> None:
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second
    assert first.split("$")[4] != second.split("$")[4]
    assert verify_pin("1234", first) and verify_pin("1234", second)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain",
        "scrypt$x$8$1$AAAA$AAAA",
        "bcrypt$16384$8$1$AAAA$AAAA",
        "scrypt$16384$8$1$!!!$AAAA",
        "scrypt$1000$8$1$AAAAAAAA$AAAAAAAA",
    ],
)
def test_malformed_hashes_never_match(stored: str) -> None:
    assert not verify_pin("1234", stored)


@pytest.mark.parametrize(("n", "r", "p"), [(2, 8, 1), (2**13, 8, 1), (2**14, 1, 1), (2**14, 4, 1)])
def test_hashes_below_the_minimum_cost_are_refused(n: int, r: int, p: int) -> None:
    """Before, verify_pin accepted whatever cost the stored string named (n = 2 verified):
    a learner could write a cheap hash of their own, or guess offline in no time."""
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"1234", salt=salt, n=n, r=r, p=p, dklen=32)
    encoded = [base64.b64encode(part).decode() for part in (salt, digest)]
    assert not verify_pin("1234", f"scrypt${n}${r}${p}${encoded[0]}${encoded[1]}")
    with pytest.raises(ValueError, match="below the minimum"):
        hash_pin("1234", n=n, r=r, p=p)


def test_the_minimum_cost_is_still_accepted() -> None:
    """Hashes IT made with the first release (n = 2**14) keep working."""
    assert verify_pin("482913", hash_pin("482913", n=2**14, r=8, p=1))


def test_tests_hash_at_the_minimum_not_below(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite's cheaper cost (conftest) is the production minimum itself; a lower cost
    cannot be configured at all: hash_pin refuses it."""
    from examtrainer.services import teacher

    assert teacher.SCRYPT_N == teacher.MIN_SCRYPT_N == 2**14
    monkeypatch.setattr(teacher, "SCRYPT_N", 2**10)
    with pytest.raises(ValueError, match="below the minimum"):
        hash_pin("1234")


def test_too_short_pin_is_refused() -> None:
    with pytest.raises(PinError):
        hash_pin("123")


def test_first_pin_is_saved_in_the_user_settings(paths: AppPaths) -> None:
    settings = set_user_pin(paths, Settings(), "5555")
    assert verify_pin("5555", settings.teacher_pin_hash)
    assert verify_pin("5555", load_settings(paths).teacher_pin_hash)


def test_no_local_pin_on_a_school_database_or_when_the_site_sets_one(
    paths: AppPaths, tmp_path: Path
) -> None:
    shared = replace(Settings(), database_url="postgresql://school/examtrainer")
    assert may_set_pin(paths, shared) is not None
    with pytest.raises(PinError):
        set_user_pin(paths, shared, "5555")
    paths.site_config.mkdir(parents=True, exist_ok=True)
    paths.site_config_file.write_text(
        f'teacher_pin_hash = "{hash_pin("9999")}"\nlocked = ["teacher_pin_hash"]\n',
        encoding="utf-8",
    )
    settings = load_settings(paths)
    assert may_set_pin(paths, settings) is not None
    assert verify_pin("9999", settings.teacher_pin_hash)


def test_database_password_is_hidden() -> None:
    shown = safe_database_url("postgresql://teacher:geheim@db.school.nl/examtrainer")
    assert "geheim" not in shown
    assert "db.school.nl/examtrainer" in shown
