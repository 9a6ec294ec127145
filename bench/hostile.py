"""The hostile corpus end to end (issue 12): parse and analysis time of each 1 MB pathological shape,
every CLI command and format, and the reader over `serve ssh`, with no control sequence reaching a terminal.

    python bench/hostile.py [--size 1000000]

Exit status 1 when any check fails. Times are measured here, never asserted in the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _common import free_port, wait_for_port  # noqa: E402

from tests.hostile import FORBIDDEN, SECRET, pathological, write_corpus  # noqa: E402

COMMANDS = [
    ["list"], ["list", "--format", "jsonl"],
    *[["extract", "--format", f] for f in ("jsonl", "json", "md", "csv")],
    *[["search", "cut taxes", "--scope", s] for s in ("quotes", "speakers", "initiatives", "articles")],
    *[["export", "--speaker", "John Smith", "--format", f] for f in ("md", "csv", "json")],
    *[["speakers", "--all", "--format", f] for f in ("table", "jsonl", "csv")],
    *[["speaker", "John Smith", "--format", f] for f in ("md", "jsonl")],
    *[["initiative", "plan", "--format", f] for f in ("md", "jsonl")],
    *[["quotes", "--shared", "--format", f] for f in ("md", "jsonl")],
]  # fmt: skip
NAMED = ("search", "speaker", "initiative")  # a query or a name before the sources


def inert(out: bytes) -> list[str]:
    bad = [repr(seq) for seq in FORBIDDEN if seq in out]
    if SECRET.encode() in out:
        bad.append("the secret file's text")
    if b"Traceback" in out:
        bad.append("a traceback")
    return bad


def shapes(size: int) -> bool:
    from tui.analysis import analyze
    from tui.articles import Article
    from tui.articles.sources import kind_for, parse_document

    ok = True
    print(f"pathological shapes, {size:,} characters each (parse, then analysis; limit 2 s each):")
    for name, text in pathological(size).items():
        t0 = time.perf_counter()
        items = parse_document(text, name, name, kind_for(name, text))
        t1 = time.perf_counter()
        for a in items:
            if isinstance(a, Article):
                analyze(a)
        t2 = time.perf_counter()
        flag = "" if t2 - t0 < 2 else "  SLOW"
        ok &= not flag
        print(f"  {name:12} parse {t1 - t0:5.2f} s  analyse {t2 - t1:5.2f} s{flag}")
    return ok


def joins(n: int = 20_000) -> bool:
    """The speakers' join on crafted analyses: n people sharing one surname beside n bare surnames, one person
    named in n articles beside n bare surnames, one article naming a thousand speakers, and one quotation
    reported by n articles (limit 10 s each)."""
    from datetime import datetime

    from tui.analysis import Analysis, Quote, Speaker
    from tui.articles import Article
    from tui.library.people import People
    from tui.library.peopleprofile import versions_marked

    def article(i: int, speakers: list[str], quote: str = "") -> tuple[Article, Analysis]:
        a = Article.build(id=f"{i}.txt", source=f"/h/{i}.txt", title=f"Story {i}", paragraphs=[quote or "Text."],
                          outlet=f"Outlet {i % 7}", published=datetime(2000, 1, 1 + i % 28))  # fmt: skip
        qs = [Quote(quote, 0, len(quote), speakers[0])] if quote else []
        return a, Analysis(qs, [Speaker(s, "Minister") for s in speakers], [], [])

    cases = {
        "one surname": [article(i, [f"Given{i} Smith" if i % 2 else "Smith"]) for i in range(2 * n)],
        "one name, bare ones": [article(i, ["John Smith" if i % 2 else "Smith"]) for i in range(2 * n)],
        "crowded article": [article(0, [f"Person{i} Name{i}" for i in range(1000)], "we said it and meant it")],
        "one quote, n times": [
            article(i, ["Ann Lee"], f"the same words again and again in every article here {i % 3}") for i in range(n)
        ],
    }
    ok = True
    print(f"the speakers' join on crafted analyses ({n:,} of each; limit 10 s each):")
    for name, pairs in cases.items():
        t0 = time.perf_counter()
        people = People.build(pairs)
        people.summaries()
        for g in people.group_ids():
            versions_marked([v["text"] for v in people.group(g)])
        took = time.perf_counter() - t0
        flag = "" if took < 10 else "  SLOW"
        ok &= not flag
        made = f"{len(people.identities):,} identities, {len(people.groups):,} groups"
        print(f"  {name:20} {took:5.2f} s  ({made}){flag}")
    return ok


def terminal() -> bool:
    """The reader's output filter (tui.terminal.compact_sgr) on twice the stream: twice the time, not four times."""
    from tui.terminal import PLAIN, compact_sgr

    piece = "\x1b[38;2;1;1;1;48;2;2;2;2mab\x1b[0m\x1b[3;4H"
    took = []
    for n in (100_000, 200_000):
        t0 = time.perf_counter()
        compact_sgr(piece * n, PLAIN)
        took.append(time.perf_counter() - t0)
    ok = took[1] < took[0] * 3
    print(f"  terminal output filter: {took[0]:.2f} s, twice the stream {took[1]:.2f} s{'' if ok else '  NOT LINEAR'}")
    return ok


def commands(corpus: Path, env: dict[str, str]) -> bool:
    ok = True
    print("every command and format over the hostile corpus:")
    for argv in COMMANDS:
        cmd = [sys.executable, "-m", "tui", argv[0]]
        cmd += [argv[1], str(corpus), *argv[2:]] if argv[0] in NAMED else [str(corpus), *argv[1:]]
        res = subprocess.run(cmd, capture_output=True, env=env, timeout=300, check=False)
        bad = inert(res.stdout + res.stderr)
        if res.returncode not in (0, 1):
            bad.append(f"exit {res.returncode}")
        ok &= not bad
        print(f"  {' '.join(argv):45} {'ok' if not bad else 'FAIL: ' + ', '.join(bad)}")
    return ok


async def ssh_session(port: int, key: object) -> bytes:
    import asyncssh

    async with asyncssh.connect(
        "127.0.0.1", port, username="bench", client_keys=[key], known_hosts=None, agent_path=None
    ) as conn:
        proc = await conn.create_process(term_type="xterm-256color", term_size=(160, 45), encoding=None)
        out = b""

        async def drain(seconds: float) -> None:
            nonlocal out
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                try:
                    out += await asyncio.wait_for(proc.stdout.read(65536), 0.2)
                except TimeoutError:
                    continue

        await drain(4)
        for keys in ("]", "]", "]", "]", "3", "\r", "/", "@smith", "\r", "\x1b", "\x1b", "p", "\x1b", "e", "\x1b",
                     "3", "P", "\x1b", "4", "V", "\x1b", "5", "P", "\x1b"):  # fmt: skip
            proc.stdin.write(keys.encode())
            await drain(0.6)
        proc.stdin.write(b"q")
        await drain(1)
        return out


def ssh(corpus: Path, base: Path, env: dict[str, str]) -> bool:
    import asyncssh

    key = asyncssh.generate_private_key("ssh-ed25519")
    (base / "authorized_keys").write_bytes(key.export_public_key())
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tui", "serve", "ssh", str(corpus), "--port", str(port), "--authorized-keys",
         str(base / "authorized_keys"), "--host-key", str(base / "host_key"), "--log-level", "warning"],
        env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for_port(port)
        out = asyncio.run(ssh_session(port, key))
    finally:
        server.terminate()
        server.wait(20)
    bad = inert(out)
    written = [p for p in base.rglob("*") if p.suffix == ".svg"]
    if written:
        bad.append(f"files written: {written}")
    print(f"serve ssh, a session through every screen ({len(out):,} bytes received): {'ok' if not bad else bad}")
    return not bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=1_000_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        corpus = write_corpus(base / "h")
        env = {**os.environ, "NEWSDESK_CACHE": str(base / "cache.sqlite"), "NEWSDESK_DATA": str(base / "data"),
               "PYTHONPATH": str(ROOT), "FORCE_COLOR": "1", "COLUMNS": "160"}  # fmt: skip
        ok = shapes(args.size)
        ok &= joins()
        ok &= terminal()
        ok &= commands(corpus, env)
        ok &= ssh(corpus, base, env)
    print("all checks passed" if ok else "SOME CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
