"""How each attribution rule does against a gold folder: a rule that helps one article and hurts three
shows here.

    python bench/rules.py [GOLD_DIR] [--split] [--pred PRED.jsonl] [--wrong RULE]

Runs `newsdesk extract` on the gold articles (or reads --pred), matches predicted quotes to gold ones the
way ../shared/tools/score_extraction.py does (its own functions), and for each sieve, each resolver step
and each whole rule ("sieve/step") prints how many matched quotes it decided and how many of those have the
right speaker. --split prints the same for two halves of the gold (by a hash of each article's id), and
the attribution accuracy of each: a wide gap between them is a rule fitted to articles. --wrong RULE lists the
quotes that rules whose name holds RULE got wrong (article, gold speaker, predicted speaker, text).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def scorer():  # noqa: ANN201 - the shared scoring module
    spec = importlib.util.spec_from_file_location("score_extraction", SHARED / "tools" / "score_extraction.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict(gold: Path) -> Path:
    sc = SHARED / "tools" / "score_extraction.py"
    paths = subprocess.run(
        [sys.executable, str(sc), "--gold", str(gold), "--paths", str(SHARED / "corpus")],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    out = Path(tempfile.mkdtemp()) / "pred.jsonl"
    with out.open("w") as fh:
        cmd = [sys.executable, "-m", "tui", "extract", *paths, "--format", "jsonl", "--jobs", "2", "--no-cache"]
        subprocess.run(cmd, stdout=fh, check=True, cwd=ROOT)
    return out


def half(gid: str) -> int:
    return hashlib.sha256(gid.encode()).digest()[0] % 2


WRONG: list[tuple[str, str, str, str, str]] = []  # (rule, article, gold speaker, predicted speaker, text)


def load(gold: Path, pred: Path, which: int | None = None) -> tuple[dict[str, dict], dict[str, dict]]:
    """The gold articles by id (one half of them with `which`) and the prediction for each, matched as the
    scorer matches them (a prediction's path ends with the gold's id)."""
    golds = {}
    for f in sorted(gold.rglob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        gid = g["id"].replace("\\", "/")
        if which is None or half(gid) == which:
            golds[gid] = g
    preds = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        if line.strip():
            p = json.loads(line)
            key = str(p.get("path") or "").replace("\\", "/")
            for gid in golds:
                if key == gid or key.endswith("/" + gid):
                    preds[gid] = p
    return golds, preds


def tally(gold: Path, pred: Path, which: int | None = None) -> tuple[dict[str, Counter[str]], float, int]:
    s = scorer()
    golds, preds = load(gold, pred, which)
    counts: dict[str, Counter[str]] = {"decided": Counter(), "right": Counter()}
    attributed = correct = 0
    for gid, g in golds.items():
        p = preds.get(gid, {})
        for direct in (True, False):
            gq = [q for q in g.get("quotes", []) if s.is_direct(q) == direct]
            pq = [q for q in p.get("quotes", []) if s.is_direct(q) == direct]
            for gi, pi in s.match(gq, pq, s.quote_score if direct else s.indirect_score):
                rule = pq[pi].get("rule") or "unattributed"
                sieve, _, step = rule.partition("/")
                right = s.same_speaker(gq[gi].get("speaker"), pq[pi].get("speaker"))
                if not right:
                    WRONG.append((rule, gid, str(gq[gi].get("speaker")), str(pq[pi].get("speaker")),
                                  str(gq[gi].get("text", ""))[:70]))  # fmt: skip
                kind = "direct" if direct else "reported"
                for key in (f"{kind} rule {rule}", f"{kind} sieve {sieve}", f"step {step or '-'}"):
                    counts["decided"][key] += 1
                    counts["right"][key] += right
                if direct and gq[gi].get("speaker"):
                    attributed += 1
                    correct += right
    return counts, (correct / attributed if attributed else 0.0), len(golds)


def report(counts: dict[str, Counter[str]], title: str) -> None:
    print(title)
    for key, n in sorted(counts["decided"].items(), key=lambda kv: (kv[0].split()[0], kv[0].split()[1], -kv[1])):
        right = counts["right"][key]
        flag = "  <-" if n >= 3 and right / n < 0.7 else ""
        print(f"  {key:70} {right:4d}/{n:<4d} {right / n:6.1%}{flag}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", type=Path, default=SHARED / "gold" / "dev")
    ap.add_argument("--pred", type=Path, help="an extract --format jsonl output to read instead of running it")
    ap.add_argument("--split", action="store_true", help="the two halves of the gold side by side")
    ap.add_argument("--wrong", metavar="RULE", help="list the wrong decisions of the rules whose name holds RULE")
    args = ap.parse_args()
    pred = args.pred or predict(args.gold)
    counts, acc, n = tally(args.gold, pred)
    report(counts, f"{args.gold}: {n} articles, direct attribution accuracy {acc:.3f} (right/decided per rule)")
    if args.wrong:
        for rule, gid, g, p, text in WRONG:
            if args.wrong in rule:
                print(f"  wrong  {rule}  {gid}: gold {g!r}, predicted {p!r}: {text!r}")
    if args.split:
        s = scorer()
        for which in (0, 1):
            _, a, m = tally(args.gold, pred, which)
            with tempfile.TemporaryDirectory() as tmp:
                for f in args.gold.rglob("*.json"):
                    g = json.loads(f.read_text(encoding="utf-8"))
                    if half(g["id"].replace("\\", "/")) == which:
                        (Path(tmp) / f"{len(list(Path(tmp).iterdir()))}.json").write_text(json.dumps(g))
                flat = s.flat(s.score(Path(tmp), pred))
            scores = " | ".join(f"{k} {v:.3f}" for k, v in flat.items() if isinstance(v, float))
            print(f"half {which}: {m} articles, direct attribution accuracy {a:.3f}; {scores}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
