"""Test-wide settings."""

from __future__ import annotations

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run, so that the suite passes
# or fails alike on every machine and in CI; `--hypothesis-profile=explore`
# draws fresh ones (and more of them) to look for new counterexamples.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore", max_examples=1000, database=None)
settings.load_profile("deterministic")


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
