"""Test-wide settings."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _claim_store_outside_the_repository(tmp_path_factory: pytest.TempPathFactory):
    """Commands run by tests keep their claim store in a temporary folder, not in the checkout.

    One folder for the session: a test that runs a corpus another test ran
    reads the store, as a user's second run would. Tests about the store
    pass ``--cache-dir`` of their own.
    """
    patch = pytest.MonkeyPatch()
    patch.setenv("AUDITOR_CACHE_DIR", str(tmp_path_factory.mktemp("auditor-cache")))
    # The key that seals compiled knowledge in the store lives in the user's cache folder.
    patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
    yield
    patch.undo()
