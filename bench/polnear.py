"""What PolNeAR's misattributions are: the direct quotes whose gold speaker the reader does not match, sorted
by kind, so that the gap to a PolNeAR bar can be read as conventions or as errors (issue 13).

    python bench/polnear.py [GOLD_DIR] [--pred PRED.jsonl] [--show 3]

Runs `newsdesk extract` on the gold's articles (or reads --pred), matches quotes as
../shared/tools/score_extraction.py does (its own functions), and puts each miss in the first kind it fits:

  not-a-speaker  the gold speaker is a word PolNeAR's span expansion left, not a source ("said", "which", "who")
  apposition     the gold speaker is the name with its apposition kept ("Flynn, a top Trump surrogate,") and
                 the prediction is that person's name
  body-of-person the gold speaker is the body in "NAME of/at/, BODY" and the prediction is NAME, who the text
                 names right before the body (GUIDE: the person speaks, the body is their title)
  descriptor     the gold keeps a description of a role ("the mayor", "The Republican nominee") and the
                 prediction is a name the article gives (GUIDE: the fullest name)
  other-person   the gold names another person with the prediction's surname ("Rafael Cruz" for Ted Cruz)
  other          the rest: the reader's errors, and disagreements no rule here decides

The kinds are read off the strings and the text, never off a list of articles; --show prints examples of each
so that anyone can check the sorting. The rate printed last is attribution with only "other" counted as
wrong: an upper bound of what the reader gets right by GUIDE, not a score.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules import SHARED, load, predict, scorer

from tui.analysis.lexicon import ROLE_WORDS

_NOT_SPEAKERS = {"said", "says", "which", "who", "whom", "that", "this", "it", "told", "and"}
_DETERMINER = re.compile(r"^(?:the|a|an|one|some|other|another|his|her|their|its|my)\b", re.I)
_LINK = re.compile(
    r"\s*(?:,\s*(?:a|an|the)?\s*[\w\s.'’-]{0,60}?\s*(?:of|at|for|with)\s+|\s+(?:of|at|for|with|from)\s+)(?:the\s+)?"
)


def _tokens(s: str) -> list[str]:
    return scorer().name_tokens(s)


def kind(gold: str, pred: str | None, text: str) -> str:
    """The kind of one miss, from the two speakers and the article's text."""
    g = gold.strip()
    words = g.split()
    if words and words[0].lower().strip(",.") in _NOT_SPEAKERS:
        return "not-a-speaker"
    if not pred:
        return "other"
    ptoks = _tokens(pred)
    surname = ptoks[-1] if ptoks else ""
    if "," in g and surname and surname in _tokens(g.split(",", 1)[0]):
        return "apposition"
    person = len(pred.split()) >= 2 and pred[:1].isupper() and pred.split()[-1][:1].isupper()  # "Bill de Blasio"
    if person and g[:1].isupper() and not _DETERMINER.match(g):
        # "David Wasserman of the Cook Political Report": the body right after the name
        for m in re.finditer(re.escape(pred.split()[-1]), text):
            after = text[m.end() : m.end() + 160]
            link = _LINK.match(after)
            if link is not None and g in after[link.end() : link.end() + 80]:
                return "body-of-person"  # ("…, director of the Urban-Brookings Tax Policy Center")
    gt = _tokens(g)
    if person and surname and gt and gt[-1] == surname and gt != ptoks:
        return "other-person"
    if person and _DETERMINER.match(g) and len(words) <= 6 and words[-1].lower().strip(",.") in ROLE_WORDS:
        return "descriptor"  # "the mayor", "The Republican nominee", "Obama's former campaign strategist"
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", type=Path, default=SHARED / "gold" / "polnear-dev")
    ap.add_argument("--pred", type=Path)
    ap.add_argument("--show", type=int, default=3)
    args = ap.parse_args()
    s = scorer()
    pred = args.pred or predict(args.gold)
    golds, preds = load(args.gold, pred)
    attributed = 0
    kinds: dict[str, list[tuple[str, str, str | None, str]]] = defaultdict(list)
    for gid, g in golds.items():
        p = preds.get(gid, {})
        text = (SHARED / "corpus" / gid).read_text(encoding="utf-8", errors="replace")
        gq = [q for q in g.get("quotes", []) if s.is_direct(q)]
        pq = [q for q in p.get("quotes", []) if s.is_direct(q)]
        for gi, pi in s.match(gq, pq, s.quote_score):
            gs, ps = gq[gi].get("speaker"), pq[pi].get("speaker")
            if not gs:
                continue
            attributed += 1
            if not s.same_speaker(gs, ps):
                kinds[kind(gs, ps, text)].append((gid.split("/")[-1][:34], gs, ps, gq[gi]["text"][:40]))
    misses = sum(len(v) for v in kinds.values())
    print(f"{args.gold}: {attributed} attributed direct quotes, {misses} misattributed "
          f"(attribution {1 - misses / max(attributed, 1):.3f})")  # fmt: skip
    for name in ("not-a-speaker", "apposition", "body-of-person", "descriptor", "other-person", "other"):
        rows = kinds.get(name, [])
        print(f"\n{name}: {len(rows)}")
        for gid, gs, ps, quote in rows[: args.show]:
            print(f"  {gid}  gold {gs!r}  ours {ps!r}  «{quote}»")
    other = len(kinds.get("other", []))
    rate = 1 - other / max(attributed, 1)
    print(f"\nattribution counting only 'other' as wrong: {rate:.3f} (an upper bound, not a score)")


if __name__ == "__main__":
    main()
