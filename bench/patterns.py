"""Each analysis pattern rewritten for speed against its plain form: time over the corpus, and the same matches.

    python bench/patterns.py [CORPUS] [--every 4]   (default: ../shared/corpus/bulk)

The plain forms are the ones tests/test_scan.py holds the fast forms to (issue 13: a pattern that opens on \\b or
a look-behind is tried at every character). Each pair runs `finditer` over every N-th file's text, best of three.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from types import ModuleType

from tui.analysis import attribution as A
from tui.analysis import nouns as N
from tui.analysis.scan import finditer_any
from tui.articles import load

ROOT = Path(__file__).resolve().parent.parent


def _plain_forms() -> ModuleType:
    """tests/test_scan.py as a module: the plain forms live there, beside the test that holds them equal."""
    spec = importlib.util.spec_from_file_location("test_scan_plain", ROOT / "tests" / "test_scan.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _best(run: Callable[[str], list[tuple[int, int]]], texts: list[str]) -> tuple[float, list[list[tuple[int, int]]]]:
    best, found = float("inf"), []
    for _ in range(3):
        t0 = time.perf_counter()
        found = [run(t) for t in texts]
        best = min(best, time.perf_counter() - t0)
    return best, found


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _fast_spans(patterns: tuple[re.Pattern[str], ...], text: str) -> list[tuple[int, int]]:
    return _spans(finditer_any(patterns, text))


def _plain_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return _spans(pattern.finditer(text))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "bulk"))
    ap.add_argument("--every", type=int, default=4)
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        print(f"no corpus at {args.corpus}; nothing to measure")
        return 0
    files = sorted(Path(args.corpus).rglob("*.txt"))[:: args.every]
    texts = [a.text for a in load([str(f) for f in files]).articles]
    plain = _plain_forms()
    # (name, the fast form: one pattern or several searched side by side, the plain form)
    pairs: list[tuple[str, tuple[re.Pattern[str], ...], re.Pattern[str]]] = [
        ("WORK_TITLE", (A._WORK_TITLE,), plain.PLAIN_WORK_TITLE),
        ("ONE_WORD_FIRM", (A._ONE_WORD_FIRM,), plain.PLAIN_ONE_WORD_FIRM),
        ("ACRONYM_WORD", (A._ACRONYM_WORD,), plain.PLAIN_ACRONYM_WORD),
        ("BOUNDARY", (N._BOUNDARY,), plain.PLAIN_BOUNDARY),
        ("AFTER_STOP", (N._AFTER_STOP,), plain.PLAIN_AFTER_STOP),
        ("APPOS_AFTER", (A._APPOS_AFTER,), plain.PLAIN_APPOS_AFTER),
        ("RUN_ON_STOP", (N._RUN_ON_STOP,), plain.PLAIN_RUN_ON_STOP),
        ("MEDIUM_WORD", (N._MEDIUM_WORD,), plain.PLAIN_MEDIUM_WORD),
        ("NICKNAME", A._NICKNAMES, plain.PLAIN_NICKNAME),
        ("OWNED_THAT", A._OWNED_THATS, plain.PLAIN_OWNED_THAT),
    ]
    mb = sum(len(t) for t in texts) / 1e6
    print(f"{len(texts):,} texts, {mb:.1f} M characters; each pattern's finditer over all, best of 3")
    for name, fast, slow in pairs:
        fast_s, fast_found = _best(partial(_fast_spans, fast), texts)
        plain_s, plain_found = _best(partial(_plain_spans, slow), texts)
        same = "same matches" if fast_found == plain_found else "MATCHES DIFFER"
        print(f"  {name:14} plain {plain_s * 1000:7.1f} ms   fast {fast_s * 1000:7.1f} ms   {same}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
