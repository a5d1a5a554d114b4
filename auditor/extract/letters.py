"""Capital letters as names write them, for character classes.

``[A-Z]`` misses the capitals of most European names: "Šiauliai", "Łódź",
"Ørsted", "Île-de-France". ``UPPER`` is a class body (no brackets) of every
capital of the Latin, Greek and Cyrillic alphabets, built once from Python's
own notion of a capital.
"""

from __future__ import annotations

import re


def _capitals(first: int, last: int) -> str:
    return "".join(re.escape(chr(code)) for code in range(first, last + 1) if chr(code).isupper() and len(chr(code).lower()) == 1)


# Latin-1 and Latin Extended-A/B, Greek and Cyrillic: a class body, "A-Z" first.
UPPER = "A-Z" + _capitals(0xC0, 0x24F) + _capitals(0x370, 0x3FF) + _capitals(0x400, 0x52F)
