"""Regular expressions pickled compiled, so a sealed value does not compile them again.

A pickled ``re.Pattern`` is its source and flags: unpickling it runs Python's
regular-expression compiler, which is written in Python. Extraction's
knowledge holds a few hundred patterns, some of them alternations of
thousands of names; compiling them is most of the time a run that extracts
one new file spends loading the knowledge from the store (a fifth of a
second). Here a pattern is pickled with the code the compiler made for it,
and unpickled by handing that code to the regular-expression engine
(``_sre.compile``, what ``re.compile`` ends with), which validates it.

The code is CPython's own format, so it is used only by the same version of
CPython's engine (``_sre.MAGIC`` and the interpreter's version); anything
else, or code the engine refuses, is compiled from the source as usual. Only
sealed values are unpickled (:mod:`auditor.store.sealed`): code that this
user's own runs made.
"""

from __future__ import annotations

import re
import sys
from typing import Any

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another implementation of Python: patterns pickle as usual
    _sre = None  # type: ignore[assignment]

_ENGINE = (getattr(_sre, "MAGIC", None), sys.implementation.name, sys.version_info[:2])


def reduce_pattern(pattern: re.Pattern) -> tuple:
    """What ``pickle`` keeps of ``pattern``: its engine code, or (elsewhere) its source."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        # Plain integers: the compiler's named opcodes refuse to be pickled.
        code = [int(word) for word in _compiler._code(parsed, pattern.flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        compiled = (pattern.flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - no engine code to be had: the source alone
        return re.compile, (pattern.pattern, pattern.flags)
    return restore_pattern, (pattern.pattern, pattern.flags, _ENGINE, compiled)


def restore_pattern(source: Any, flags: int, engine: tuple, compiled: tuple) -> re.Pattern:
    """The pattern ``reduce_pattern`` kept: from its code when this is the engine that made it."""
    if _sre is not None and engine == _ENGINE:
        try:
            return _sre.compile(source, *compiled)
        except Exception:  # noqa: BLE001 - code the engine refuses: compiled from the source
            pass
    return re.compile(source, flags)
