"""The claim store: what is kept, when it is used, and what happens when it is damaged."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.checks.rulefile import load_rules
from auditor.cli.check_command import check
from auditor.engine import AuditOptions, audit
from auditor.model import ClaimSource
from auditor.resources import default_rules_dir
from auditor.sources import list_sources
from auditor.store import FILE_NAME, claims_fingerprint, open_store

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus" / "documents"
RULES = load_rules()

A = "Nordvik Shipping raised $245 million in funding in 2019 to build electric ferries.\n"
B = "Nordvik Shipping raised $90 million in funding in 2019 to build electric ferries.\n"
C = "Lakeside Hospital received a $48 million grant in 2021.\n"


def write(folder: Path, **texts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(folder: Path, cache: Path, knowledge_dir: Path | None = None, jobs: int = 1):
    """Audit a folder with a store in ``cache``; the result and the documents extracted."""
    extracted: list[int] = []
    with open_store(cache, claims_fingerprint(knowledge_dir)) as store:
        options = AuditOptions(store=store, knowledge_dir=knowledge_dir, jobs=jobs, parallel_threshold=2,
                               progress=lambda stage, done, total: extracted.append(total) if stage == "extract" else None)  # fmt: skip
        result = audit(list_sources([folder]), RULES, (), options)
    return result, (extracted[-1] if extracted else 0)


def test_a_changed_document_is_extracted_again_and_an_unchanged_one_is_not(tmp_path):
    corpus = write(tmp_path / "corpus", **{"a.txt": A, "b.txt": C, "c.txt": C})
    first, extracted = run(corpus, tmp_path / "cache")
    assert extracted == 3
    again, extracted = run(corpus, tmp_path / "cache")
    assert extracted == 0 and again == first
    write(corpus, **{"b.txt": B})
    changed, extracted = run(corpus, tmp_path / "cache")
    assert extracted == 1
    assert [f.rule for f in changed.findings] == ["figure-mismatch"] and not first.findings


def test_a_lexicon_change_invalidates_the_store(tmp_path):
    corpus = write(tmp_path / "corpus", **{"a.txt": A, "b.txt": C})
    knowledge = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), knowledge, ignore=shutil.ignore_patterns("checks", "facts"))
    before = claims_fingerprint(knowledge)
    assert run(corpus, tmp_path / "cache", knowledge)[1] == 2
    assert run(corpus, tmp_path / "cache", knowledge)[1] == 0
    with (knowledge / "lexicon" / "qualifiers.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n# an editor's note changes nothing read, yet the store cannot know that\n")
    assert claims_fingerprint(knowledge) != before
    assert run(corpus, tmp_path / "cache", knowledge)[1] == 2


def test_rule_files_and_facts_do_not_invalidate_the_store(tmp_path):
    knowledge = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), knowledge)
    before = claims_fingerprint(knowledge)
    (knowledge / "checks" / "extra.yaml").write_text("kind: timeline\n", encoding="utf-8")
    (knowledge / "facts" / "more.yaml").write_text("[]\n", encoding="utf-8")
    assert claims_fingerprint(knowledge) == before


def test_the_libyaml_that_parses_the_knowledge_is_in_the_fingerprint(monkeypatch):
    from auditor.store import fingerprint

    before = claims_fingerprint()
    monkeypatch.setattr(fingerprint, "_libyaml_version", lambda: "0.0.0-another")
    assert claims_fingerprint() != before


def test_every_module_that_shapes_claims_is_in_the_fingerprint():
    from auditor.store.fingerprint import NOT_CLAIM_SHAPING, PACKAGE_DIR, code_files

    program = (
        "import sys, auditor.extract, auditor.sources, auditor.link, auditor.pipeline.extraction\n"
        "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.startswith('auditor') and m.__file__))"
    )
    loaded = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout.split()
    covered = {path.resolve() for path in code_files()}
    exempt = {(PACKAGE_DIR / name).resolve() for name in NOT_CLAIM_SHAPING}
    missing = [
        str(Path(f).resolve().relative_to(PACKAGE_DIR)) for f in loaded if Path(f).resolve() not in covered | exempt
    ]
    assert missing == [], "add these to CLAIM_SHAPING_CODE in auditor/store/fingerprint.py"


# --------------------------------------------------------------------------- damaged stores, from the command line


def check_json(tmp_path: Path, corpus: Path, *args: str) -> tuple[int, str, str]:
    output = tmp_path / "report.json"
    runner = CliRunner()
    result = runner.invoke(check, [str(corpus), "--format", "json", "--output", str(output), "--fail-on", "never",
                                   "--no-progress", *args])  # fmt: skip
    return result.exit_code, output.read_text(encoding="utf-8") if output.exists() else "", result.stderr


@pytest.mark.parametrize(
    "damage, said",
    [
        (lambda db: db.write_bytes(db.read_bytes()[: db.stat().st_size // 2]), "damaged"),
        (lambda db: db.write_bytes(b"\x00garbage" * 4096), "not an SQLite database"),
        (lambda db: db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000), ""),
    ],
    ids=["truncated", "garbage", "bad-header"],
)
def test_a_truncated_or_garbage_store_is_rebuilt_with_a_message(tmp_path, damage, said):
    corpus = write(tmp_path / "corpus", **{"a.txt": A, "b.txt": B, "c.txt": C})
    cache = tmp_path / "cache"
    code, clean, stderr = check_json(tmp_path, corpus, "--cache-dir", str(cache))
    assert code == 0 and stderr == ""
    damage(cache / FILE_NAME)
    code, rebuilt, stderr = check_json(tmp_path, corpus, "--cache-dir", str(cache))
    assert code == 0 and rebuilt == clean
    assert "claim store" in stderr and "rebuilt" in stderr and said in stderr, stderr
    assert (cache / (FILE_NAME + ".damaged")).exists()
    # The new store is sound: the next run reads it and says nothing.
    code, again, stderr = check_json(tmp_path, corpus, "--cache-dir", str(cache))
    assert (code, again, stderr) == (0, clean, "")


def test_another_programs_database_is_never_used(tmp_path):
    corpus = write(tmp_path / "corpus", **{"a.txt": A, "b.txt": B})
    cache = tmp_path / "cache"
    cache.mkdir()
    with sqlite3.connect(cache / FILE_NAME) as connection:
        connection.execute("CREATE TABLE documents (path TEXT)")
    code, report, stderr = check_json(tmp_path, corpus, "--cache-dir", str(cache))
    assert code == 0 and "another program's database" in stderr and "rebuilt" in stderr
    assert json.loads(report)["findings"]


def test_a_damaged_entry_is_extracted_again_with_a_message(tmp_path):
    corpus = write(tmp_path / "corpus", **{"a.txt": A, "b.txt": B})
    cache = tmp_path / "cache"
    _, clean, _ = check_json(tmp_path, corpus, "--cache-dir", str(cache))
    with sqlite3.connect(cache / FILE_NAME) as connection:
        connection.execute("UPDATE payloads SET claims = X'789c0000' WHERE path LIKE '%a.txt'")
    # The report's claims were kept encoded (kept_encodings): this run reads
    # neither the claims (its findings are kept too) nor the damaged entry.
    code, report, stderr = check_json(tmp_path, corpus, "--cache-dir", str(cache))
    assert code == 0 and report == clean and "damaged" not in stderr
    # Without them, the report reads the entry, finds it damaged and extracts it again.
    with sqlite3.connect(cache / FILE_NAME) as connection:
        connection.execute("DELETE FROM corpus_tables WHERE name LIKE 'encoded-claims:%'")
    code, report, stderr = check_json(tmp_path, corpus, "--cache-dir", str(cache))
    assert code == 0 and report == clean
    assert "a.txt was damaged; it was extracted again" in stderr


def test_records_decoded_in_one_go_are_those_decoded_one_by_one_and_a_damaged_one_still_raises():
    from auditor.model import AuditError, DocumentStatus
    from auditor.store import DamagedEntry, decode, decode_all, encode

    statuses = [
        DocumentStatus(path="a.txt", status="read", sha256="ab", title="A", date="2024-03-01"),
        DocumentStatus(path="b.md", status="skipped", reason="empty file", skip_kind="empty"),
        DocumentStatus(path="c.txt", status="read", problems=(AuditError(path="c.txt", line=3, message="m", level="warning"),)),
    ]
    datas = [encode(status) for status in statuses]
    assert decode_all(DocumentStatus, datas) == [decode(DocumentStatus, data) for data in datas] == statuses
    assert decode_all(DocumentStatus, []) == []
    with pytest.raises(DamagedEntry):
        decode_all(DocumentStatus, [datas[0], b"x\x9c\x00\x00", datas[2]])


def test_an_unusable_cache_folder_leaves_the_run_going_with_a_warning(tmp_path):
    corpus = write(tmp_path / "corpus", **{"a.txt": A, "b.txt": B})
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, report, stderr = check_json(tmp_path, corpus, "--cache-dir", str(blocker / "cache"))
    assert code == 0 and json.loads(report)["findings"]
    assert "running without the claim store" in stderr


def test_no_cache_never_touches_the_disk(tmp_path, monkeypatch):
    corpus = write(tmp_path / "corpus", **{"a.txt": A, "b.txt": B})
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("AUDITOR_CACHE_DIR", raising=False)
    connected: list[str] = []
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda target, *a, **k: connected.append(str(target)) or real_connect(target, *a, **k))
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    code, _, stderr = check_json(tmp_path, corpus, "--no-cache", "--cache-dir", str(tmp_path / "cache"))
    after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.name != "report.json")
    assert code == 0 and stderr == ""
    assert after == before
    assert connected == [":memory:"]


def test_the_store_folder_says_it_is_a_cache(tmp_path):
    corpus = write(tmp_path / "corpus", **{"a.txt": A})
    check_json(tmp_path, corpus, "--cache-dir", str(tmp_path / "cache"))
    assert (tmp_path / "cache" / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (tmp_path / "cache" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")


# --------------------------------------------------------------------------- concurrency


def test_two_concurrent_runs_leave_a_consistent_store(tmp_path, monkeypatch):
    # Two processes fill one store at once, from overlapping corpora; then the
    # store decodes entry by entry, passes SQLite's integrity check, and a
    # third run reads every document from it with the findings of a run
    # without a store.
    monkeypatch.chdir(tmp_path)  # paths are shown, and kept, relative to it
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(CORPUS.iterdir()):
        shutil.copy(path, corpus / path.name)
    names = sorted(path.name for path in corpus.iterdir())
    left, right = names[:20], names[10:]
    cache = tmp_path / "cache"
    program = "import sys; from auditor.cli import main; sys.exit(main(sys.argv[1:]))"
    runs = [
        subprocess.Popen([sys.executable, "-c", program, "check", *(f"corpus/{name}" for name in files),
                          "--cache-dir", str(cache), "--fail-on", "never", "--format", "json", "--no-progress"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
        for files in (left, right)
    ]  # fmt: skip
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert all(stderr == b"" for _, stderr in outputs), outputs

    with sqlite3.connect(cache / FILE_NAME) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    from auditor.model import Document, DocumentClaims

    with open_store(cache, claims_fingerprint()) as store:
        index = store.index()
        assert sorted(index) == [f"corpus/{name}" for name in names]
        for path in index:
            assert store.payload(path, DocumentClaims, "claims") is not None
            assert store.payload(path, Document, "head").path == path

    extracted: list[tuple] = []
    with open_store(cache, claims_fingerprint()) as store:
        options = AuditOptions(store=store, include_claims=True, progress=lambda *a: extracted.append(a))
        warm = audit(list_sources(["corpus"]), RULES, (), options)
    cold = audit(list_sources(["corpus"]), RULES, (), AuditOptions(include_claims=True))
    assert not [a for a in extracted if a[0] == "extract"]
    assert warm == cold and warm.findings


def test_an_unchanged_file_is_not_even_read_and_a_racily_written_one_is(tmp_path, monkeypatch):
    import os
    import time

    from auditor import engine

    corpus = write(tmp_path / "corpus", **{"a.txt": A, "b.txt": C})
    old = 1_600_000_000
    os.utime(corpus / "a.txt", (old, old))  # written long before it is read
    # b.txt is written "now" as far as the store can tell, however long a
    # loaded machine takes to start the run: a time ahead of the clock is
    # inside any tick the run reads it in.
    soon = int(time.time()) + 3600
    os.utime(corpus / "b.txt", (soon, soon))
    reads: list[str] = []
    real = engine.read_bytes
    monkeypatch.setattr(engine, "read_bytes", lambda path, *limit: reads.append(Path(path).name) or real(path, *limit))
    run(corpus, tmp_path / "cache")
    reads.clear()
    run(corpus, tmp_path / "cache")
    # b.txt was written just before the first run read it: within the same
    # clock tick a write could hide, so it is hashed again.
    assert reads == ["b.txt"]
    (corpus / "a.txt").write_text(A.replace("245", "246"), encoding="utf-8")
    reads.clear()
    assert run(corpus, tmp_path / "cache")[1] == 1
    assert "a.txt" in reads


def test_a_store_that_breaks_during_the_run_is_replaced_and_the_run_starts_again(tmp_path):
    corpus = write(tmp_path / "corpus", **{"a.txt": A, "b.txt": B})
    cache = tmp_path / "cache"
    _, clean, _ = check_json(tmp_path, corpus, "--cache-dir", str(cache))
    with sqlite3.connect(cache / FILE_NAME) as connection:
        # Sound pages, a sound header, and still not the layout the code reads.
        connection.execute("ALTER TABLE documents DROP COLUMN read_ns")
    code, report, stderr = check_json(tmp_path, corpus, "--cache-dir", str(cache))
    assert code == 0 and report == clean
    assert "no such column" in stderr and "the run started again with a new one" in stderr
    assert check_json(tmp_path, corpus, "--cache-dir", str(cache)) == (0, clean, "")


def test_compiled_knowledge_is_kept_sealed_and_a_forged_one_is_never_opened(tmp_path, monkeypatch):
    import pickle

    import auditor.extract
    from auditor.pipeline.knowledge_cache import TABLE, cached_knowledge

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    built: list[int] = []
    real = auditor.extract.load_knowledge
    monkeypatch.setattr(auditor.extract, "load_knowledge", lambda folder=None: built.append(1) or real(folder))
    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        first = cached_knowledge(store, None)
        again = cached_knowledge(store, None)
        assert len(built) == 1 and type(again) is type(first)
        assert again.lexicon.currency_symbols == first.lexicon.currency_symbols
        # A store file from elsewhere: a pickle that would run code when opened.
        marker = tmp_path / "opened"

        class Payload:
            def __reduce__(self):
                return exec, (f"open({str(marker)!r}, 'w').close()",)

        evil = pickle.dumps(Payload())
        for value in (b"garbage", b"\x00" * 32 + evil, b"\xff" * 32 + evil):
            store.put_table(TABLE, value)
            assert cached_knowledge(store, None) is not None
        assert not marker.exists()
        assert len(built) == 4
    assert (tmp_path / "home-cache" / "auditor" / "seal.key").stat().st_mode & 0o077 == 0


def test_the_results_claims_are_read_from_the_store_after_the_run(tmp_path):
    corpus = write(tmp_path / "corpus", **{"a.txt": A, "b.txt": B, "c.txt": C})
    result, _ = run(corpus, tmp_path / "cache")  # the run's store is closed by now
    assert isinstance(result.claims, ClaimSource)
    held = audit(list_sources([corpus]), RULES, (), AuditOptions())
    assert isinstance(held.claims, tuple)
    # The claims of the two documents the finding cites, read again at each pass.
    assert {Path(c.evidence.location.path).name for c in held.claims} == {"a.txt", "b.txt"}
    assert tuple(result.claims) == held.claims == tuple(result.claims)
    assert len(result.claims) == len(held.claims) and result.claims[0] == held.claims[0]
    assert result == held


def test_claims_of_a_store_gone_after_the_run_fail_clearly_and_no_report_is_half_written(tmp_path):
    from auditor.cli.report_files import write_report
    from auditor.reporters import render_pieces
    from auditor.store import StoreDamaged

    corpus = write(tmp_path / "corpus", **{"a.txt": A, "b.txt": B})
    result, _ = run(corpus, tmp_path / "cache")
    for name in (FILE_NAME, FILE_NAME + "-wal", FILE_NAME + "-shm"):
        (tmp_path / "cache" / name).unlink(missing_ok=True)
    with pytest.raises(StoreDamaged):
        list(result.claims)
    assert not (tmp_path / "cache" / FILE_NAME).exists()  # reading never makes a store
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    report.write_text("the last report\n", encoding="utf-8")
    with pytest.raises(StoreDamaged):
        write_report(report, lambda: render_pieces(result, "json"))
    assert report.read_text(encoding="utf-8") == "the last report\n"
    assert [p.name for p in report.parent.iterdir()] == ["report.json"]


def test_a_new_file_against_the_corpus_grows_the_kept_short_form_table_and_keeps_it_as_it_was(tmp_path):
    from auditor.engine import _SHORT_FORMS
    from auditor.store.sealed import unseal

    corpus = write(tmp_path / "corpus", **{
        "full.txt": "Alverna Rail Systems raised $245 million in funding in 2019 to build electric trains.\n",
        "other.txt": C,
    })  # fmt: skip
    new = write(tmp_path / "new", **{"short.txt": "Alverna raised $90 million in funding in 2019 to build electric trains.\n"})
    sources = list_sources([corpus, new])
    reviewed = frozenset(s.path for s in sources if s.path.endswith("short.txt"))

    def against(store=None):
        return audit(sources, RULES, (), AuditOptions(store=store, against_paths=reviewed))

    with open_store(tmp_path / "cache", claims_fingerprint(None)) as store:
        audit(list_sources([corpus]), RULES, (), AuditOptions(store=store))
        kept = store.table(_SHORT_FORMS)
        checked = against(store)
        assert store.table(_SHORT_FORMS) == kept  # the corpus's table, for the next run over it
        built_from, _ = unseal(kept)
        assert sorted(Path(path).name for path in built_from) == ["full.txt", "other.txt"]
    held = against()
    # "Alverna" is the corpus's "Alverna Rail Systems": the new file's figure conflicts with it.
    assert [f.rule for f in checked.findings] == ["figure-mismatch"]
    assert checked.findings == held.findings and tuple(checked.claims) == held.claims


def test_a_corpus_file_rewritten_with_the_same_size_is_noticed_by_against(tmp_path, monkeypatch):
    """The index trusts a file's size and modification time (as git does): a
    corpus file rewritten with the same number of bytes and a new modification
    time is hashed again and extracted again, and its new figure is checked."""
    import os

    from auditor import engine

    monkeypatch.chdir(tmp_path)
    write(tmp_path / "corpus", **{"a.txt": A, "c.txt": C})
    write(tmp_path, **{"new.txt": A})
    old = 1_600_000_000
    for path in (tmp_path / "corpus" / "a.txt", tmp_path / "corpus" / "c.txt", tmp_path / "new.txt"):
        os.utime(path, (old, old))  # written long before they are read
    reads: list[str] = []
    real = engine.read_bytes
    monkeypatch.setattr(engine, "read_bytes", lambda path, *limit: reads.append(Path(path).name) or real(path, *limit))

    def against() -> tuple[list[str], list[str]]:
        reads.clear()
        code, report, _ = check_json(tmp_path, Path("new.txt"), "--against", "corpus", "--cache-dir", "cache")
        assert code == 0
        return sorted(reads), [f["rule"] for f in json.loads(report)["findings"]]

    assert against() == (["a.txt", "c.txt", "new.txt"], [])
    assert against() == ([], [])  # nothing read at all
    changed = A.replace("245", "745")
    assert len(changed) == len(A)
    (tmp_path / "corpus" / "a.txt").write_text(changed, encoding="utf-8")
    os.utime(tmp_path / "corpus" / "a.txt", (old + 60, old + 60))
    assert against() == (["a.txt"], ["figure-mismatch"])


def test_a_damaged_page_the_open_does_not_check_is_found_when_read(tmp_path):
    """Opening a store checks the pages of its documents table; the pages of
    the claim index, which only --against reads, are checked by SQLite as
    they are read: a damaged one stops the run, and it starts again with a
    new store, saying so, with the findings of a sound one."""
    corpus = write(tmp_path / "corpus", **{"a.txt": A, "c.txt": C})
    new = write(tmp_path / "new", **{"b.txt": B})
    cache = tmp_path / "cache"

    def against() -> tuple[int, str, str]:
        return check_json(tmp_path, new / "b.txt", "--against", str(corpus), "--cache-dir", str(cache))

    code, clean, stderr = against()
    assert code == 0 and stderr == "" and json.loads(clean)["findings"]
    with sqlite3.connect(cache / FILE_NAME) as connection:
        (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'claim_index'").fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    with open(cache / FILE_NAME, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)
    with open_store(cache, claims_fingerprint(None)) as store:
        assert store.notices == []  # not a page the open reads
    code, report, stderr = against()
    assert code == 0 and report == clean
    assert "malformed" in stderr and "the run started again with a new one" in stderr, stderr
    assert (cache / (FILE_NAME + ".damaged")).exists()
    assert against() == (0, clean, "")


def test_compiled_knowledge_is_unsealed_without_compiling_its_patterns_again(tmp_path, monkeypatch):
    """A sealed value keeps its patterns as the engine's code: unsealing them
    compiles nothing, and they match as the patterns they were made from."""
    import io
    import pickle
    import re
    from re import _compiler  # type: ignore[attr-defined]

    from auditor.extract import load_knowledge
    from auditor.store.sealed import seal, unseal

    def patterns_of(value: object) -> list[re.Pattern]:
        found: list[re.Pattern] = []

        class Collect(pickle.Pickler):
            def reducer_override(self, obj):  # type: ignore[no-untyped-def]
                if isinstance(obj, re.Pattern):
                    found.append(obj)
                return NotImplemented

        Collect(io.BytesIO()).dump(value)
        return found

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    knowledge = load_knowledge()
    patterns = patterns_of(knowledge)
    sealed = seal(knowledge)
    compiled: list[str] = []
    real = _compiler.compile
    monkeypatch.setattr(_compiler, "compile", lambda pattern, flags=0: compiled.append(pattern) or real(pattern, flags))
    re.purge()
    unsealed = unseal(sealed)
    assert compiled == []
    again = patterns_of(unsealed)
    assert len(patterns) > 20 and len(again) == len(patterns)
    text = (REPO / "sources").glob("*.txt").__next__().read_text(encoding="utf-8")
    for before, after in zip(patterns, again):
        assert (after.pattern, after.flags, after.groupindex) == (before.pattern, before.flags, before.groupindex)
        assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_the_patterns_derived_from_the_lexicon_are_kept_with_the_knowledge(tmp_path, monkeypatch):
    """A run that extracts one new file against a stored corpus compiles none of
    the patterns extraction derives from the lexicon (a quarter of a second):
    they come compiled with the knowledge the store keeps, and read as those
    built afresh do."""
    import re
    from re import _compiler  # type: ignore[attr-defined]

    from auditor.extract import extract_document, load_knowledge
    from auditor.extract.lexicon import derive_all
    from auditor.pipeline.knowledge_cache import cached_knowledge
    from auditor.sources import parse_document

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        cached_knowledge(store, None)  # built and kept
    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        unsealed = cached_knowledge(store, None)
    assert unsealed.lexicon is not load_knowledge().lexicon
    assert len(unsealed.lexicon.derived) >= 4  # figures, dates, rates, number words
    compiled: list[str] = []
    real = _compiler.compile
    monkeypatch.setattr(_compiler, "compile", lambda pattern, flags=0: compiled.append(pattern) or real(pattern, flags))
    re.purge()
    derive_all(unsealed.lexicon)
    assert compiled == []
    monkeypatch.setattr(_compiler, "compile", real)
    for path in sorted((REPO / "sources").glob("*.txt"))[:3]:
        document = parse_document(path.name, path.read_bytes())
        assert extract_document(document, unsealed) == extract_document(document, load_knowledge())


def test_a_pattern_kept_by_another_engine_is_compiled_from_its_source():
    import re

    from auditor.store.compiled_patterns import reduce_pattern, restore_pattern

    pattern = re.compile(r"(?P<amount>\d+(?:\.\d+)?)\s*(?i:million)")
    restore, (source, flags, engine, compiled) = reduce_pattern(pattern)
    assert restore is restore_pattern
    for other in ((0, "cpython", (2, 7)), engine[:2] + ((0, 0),)):
        found = restore_pattern(source, flags, other, compiled)
        assert found is re.compile(source, flags)  # compiled from the source (re's own cache)
    damaged = (compiled[0], [0xFFFF] * 8, *compiled[2:])
    assert restore_pattern(source, flags, engine, damaged) is re.compile(source, flags)  # code the engine refuses
    kept = restore_pattern(source, flags, engine, compiled)
    assert kept.match("12.5 Million").group("amount") == "12.5"


def test_a_check_whose_extraction_ran_in_workers_keeps_the_compiled_knowledge(tmp_path, monkeypatch):
    """Worker processes build their own knowledge; the run still leaves it with
    the store, so a new file checked --against the corpus next unseals it
    instead of building it (YAML and pint, a second or two)."""
    import auditor.extract
    from auditor.pipeline.knowledge_cache import TABLE

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    corpus = write(tmp_path / "corpus", **{"a.txt": A, "b.txt": C, "c.txt": C.replace("48", "12")})
    new = write(tmp_path / "new", **{"d.txt": B})
    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        assert store.table(TABLE) is None
    run(corpus, tmp_path / "cache", jobs=2)
    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        assert store.table(TABLE) is not None
    built: list[int] = []
    real = auditor.extract.load_knowledge
    monkeypatch.setattr(auditor.extract, "load_knowledge", lambda folder=None: built.append(1) or real(folder))
    sources = list_sources([corpus, new])
    reviewed = frozenset(s.path for s in sources if s.path.endswith("d.txt"))
    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        result = audit(sources, RULES, (), AuditOptions(store=store, against_paths=reviewed))
    assert built == [] and [f.rule for f in result.findings] == ["figure-mismatch"]


def test_a_moment_s_failure_another_run_causes_is_tried_again_and_damage_is_not():
    from auditor.store.database import _again

    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise sqlite3.OperationalError("disk I/O error")
        return "read"

    assert _again(flaky) == "read" and len(calls) == 3

    def damaged():
        raise sqlite3.OperationalError("database disk image is malformed")

    with pytest.raises(sqlite3.OperationalError):
        _again(damaged)
