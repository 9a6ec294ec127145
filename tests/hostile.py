"""A hostile corpus: every payload kind issue 12 names, in every format the reader takes.

    python -m tests.hostile DIR [--big]

writes DIR/corpus (what to open) and DIR/secret.txt (a local file no feed may make the reader list).
`--big` adds the pathological shapes at 1 MB each (nested brackets in Markdown, "John Smith said "
repeated, one unbroken quotation), which the tests use at a smaller size.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

SECRET = "SECRET-MARKER-7f3a"  # in secret.txt only; seeing it in any output means a feed read a local file
# Terminal payloads: each would act on a terminal if written raw. The markers name what each would do.
CLEAR = "\x1b[2J\x1b[H"
OSC52 = "\x1b]52;c;UFdORUQtQ0xJUEJPQVJE\x07"  # base64 of PWNED-CLIPBOARD
OSC8 = "\x1b]8;;file:///etc/passwd\x1b\\PWNED-LINK\x1b]8;;\x1b\\"
OSC2 = "\x1b]2;PWNED-TITLE\x07"
C1_CSI = "\x9b2J"
BIDI = "\u202eTXT.exe\u202c \u2066isolated\u2069"
BELL = "\x07\x08\x7f"
TERMINAL = CLEAR + OSC52 + OSC8 + OSC2 + C1_CSI + BIDI + BELL
# Markup payloads: Rich and Textual markup, and a Textual action link that wrote a file on click.
MARKUP = (
    "[@click=app.screenshot('pwned.svg')]PWNED-CLICK[/] [/] [bold red]PWNED-STYLE [link=file:///etc/passwd]x[/link]"
)
PAYLOAD = f"{TERMINAL} {MARKUP}"
# Byte sequences a terminal would act on, as they would reach it (UTF-8): none may appear in any output.
FORBIDDEN = [b"\x1b]52;", b"\x1b]8;;file:", b"\x1b]2;PWNED", b"\xc2\x9b", "\u202e".encode(), b"\x1b[2J\x1b[H"]


def _text_article() -> str:
    return (
        f"Minister {PAYLOAD} promises reform\n\nSource\nXinhua {OSC2}\nAuthor\nJane {OSC52} Doe\n"
        "Time\n2024-03-05 10:00:00\n\n"
        f'"We will cut taxes {CLEAR} for families," said John {MARKUP} Smith, the finance minister.\n\n'
        f"Smith said the Families First Plan {OSC8} (FFP) starts in June.\n\n"
        f'"It is {C1_CSI} a fair plan {BIDI}," said Jane Doe, an economist.\n'
    )


def _markdown_article() -> str:
    return (
        f'---\ntitle: "Markdown {OSC52} [/] title"\nauthor: "A {MARKUP}"\nurl: "javascript:alert(1)"\n'
        f'source: "Outlet {OSC2}"\ndate: 2024-03-06\n---\n\n'
        f'"Peace is possible {OSC8}," said Mary {CLEAR} Jones.\n\n[link]({BIDI}) and ![img](x)\n'
    )


def _json_articles() -> str:
    return json.dumps(
        [
            {
                "title": f"JSON {TERMINAL}",
                "body": f'"We act {MARKUP} now," said Ali Khan.\n\nMore {C1_CSI} text.',
                "author": OSC52,
                "source": f"{MARKUP}",
                "url": "file:///etc/passwd",
                "date": "2024-03-07",
            },
            {"headline": "Second \u009b0m JSON", "text": f'"Hello {OSC2}," said Bo Lee.', "url": "http://ok.example/a"},
        ]
    )


def _jsonl_articles() -> str:
    good = json.dumps({"title": f"Line {OSC8}", "text": f'"Yes {CLEAR}," said Cy Park.'})
    deep = "[" * 100_000 + "]" * 100_000  # too deep for json: a problem for its line, not the file
    return f"{good}\n{deep}\n{good.replace('Line', 'Other line')}\n"


def _rss_feed() -> str:
    esc = "&#27;"  # ESC as an XML character reference: feedparser decodes it
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>Feed {esc}]2;PWNED-TITLE&#7;</title><link>http://ok.example/</link>"
        f"<item><title>Item {esc}[2J{esc}[H &#155;2J [/] [bold]x</title>"
        f"<link>javascript:alert(1)</link>"
        f"<description>&lt;p&gt;&quot;Cut taxes {esc}]52;c;UFdORUQtQ0xJUEJPQVJE&#7;,&quot; said Dee Roe.&lt;/p&gt;"
        f"</description><author>{esc}]8;;file:///etc/passwd{esc}\\PWNED-LINK</author></item>"
        "</channel></rss>"
    )


def _html_page() -> str:
    return (
        f"<html><head><title>Page {OSC2}</title></head><body><article><h1>Page {OSC52} [/]</h1>"
        + "".join(
            f"<p>&quot;Paragraph {i} {CLEAR} of the page is long enough to be kept {MARKUP},&quot; "
            f"said Eve Stone. &#27;]52;c;UFdORUQ=&#7;</p>"
            for i in range(6)
        )
        + "</article></body></html>"
    )


def pathological(size: int) -> dict[str, str]:
    """Shapes that made parsers or the analysis quadratic, at about `size` characters each."""
    return {
        "brackets.md": "# Brackets\n\n" + "[" * size + "\n",
        "links.md": "# Links\n\n" + "[a](" * (size // 4) + "\n",
        "emphasis.md": "# Emphasis\n\n" + "*a " * (size // 3) + "\n",
        "said.txt": "Said\n\n" + "John Smith said " * (size // 16) + "\n",
        "quote.txt": 'Quote\n\n"' + "word " * (size // 5) + "\n",
        "quotes.txt": "Quotes\n\n" + '"a" ' * (size // 4) + "\n",
        "names.txt": "Names\n\n" + "Mr A. B. C. " * (size // 12) + "\n",
        "commas.txt": "Commas\n\n" + "said X, " * (size // 8) + "\n",
        "believe.txt": "Believe\n\n" + "others believe " * (size // 15) + "\n",
        # an opening clause of many cues, and many groups each taken up again by "the lawyers"
        "though.txt": "Though\n\n" + "Though lawyers say " * (size // 38) + "officials say " * (size // 26) + ", x.\n",
        "groups.txt": "Groups\n\n"
        + "".join(f"Firm{i} lawyers said it was fine. It was not, the lawyers said. " for i in range(size // 64))
        + "\n",
        # a list of names before a cue (read back a bounded number of names), clauses cut at ", but X said", and
        # a capitalised "Said" inside names
        "and.txt": "And\n\n" + "Ann Lee, " * (size // 9) + "and Bob Roe said it was fine.\n",
        "but.txt": "But\n\n" + "Ann said it was fine, but Bob said " * (size // 35) + "no.\n",
        "saidcap.txt": "Said\n\n" + "Mahmoud Said " * (size // 13) + "said so.\n",
        # statements pointed back to ("the statement said" after the one issued), a statement's issuer after a long
        # run of capitals, and "The Association said" after many bodies of that head (each head's bodies read once)
        "statements.txt": "Statements\n\n"
        + "The Ministry issued a statement. It was fine, the statement said. " * (size // 66)
        + "\n",
        "issuer.txt": "Issuer\n\n" + '"Fine," said a statement issued by ' + "Big " * (size // 4) + "Co.\n",
        "heads.txt": "Heads\n\n"
        + "Danish Banks Association met. The Association said it was fine. " * (size // 64)
        + "\n",
        # "the commission said" many times after one "Commission on Trade" (each head's bodies are found once)
        "bodies.txt": "Bodies\n\n"
        + "The Commission on Trade met. It was fine, the commission said. " * (size // 63)
        + "\n",
        # a sentence of many participles after one subject (the subject is read once, three participles at most)
        "participles.txt": "Participles\n\nOfficials met, " + "saying it was fine and good, " * (size // 29) + "x.\n",
        # thousands of distinct initiatives, each matched against the names found before it (a bounded number)
        "bills.txt": "Bills\n\n" + "".join(f"Bill {i} and the Plan{i} Act passed. " for i in range(size // 36)) + "\n",
    }


def write_corpus(root: Path, *, big: bool = False, shape_size: int = 20_000) -> Path:
    """Write the hostile corpus under root/corpus and the secret beside it; returns the corpus folder."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    secret = root / "secret.txt"
    secret.write_text(f"Secret\n\n{SECRET} must never be listed.\n", encoding="utf-8")
    files = {
        "a_wire.txt": _text_article(),
        "b_front.md": _markdown_article(),
        "c_dump.json": _json_articles(),
        "d_lines.jsonl": _jsonl_articles(),
        "e_feed.rss": _rss_feed(),
        "f_page.html": _html_page(),
        # A feed whose whole body is a local path, and one whose body is a URL: neither may be followed.
        "g_path.rss": str(secret),
        "h_url.rss": "http://127.0.0.1:9/feed.xml",
        f"i_name {MARKUP[:20]}.txt": f"Name\n\nA file whose name is markup {BIDI}.\n",
    }
    for name, text in files.items():
        (corpus / name.replace("/", "_")).write_text(text, encoding="utf-8")
    (corpus / "j_c1.txt").write_bytes(b"C1 title \x9b2J in cp1252\n\nBody \x1b[2J text said Al Roe.\n")
    shapes = corpus / "shapes"
    shapes.mkdir(exist_ok=True)
    for name, text in pathological(1_000_000 if big else shape_size).items():
        (shapes / name).write_text(text, encoding="utf-8")
    return corpus


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--big", action="store_true", help="pathological shapes at 1 MB each")
    args = ap.parse_args()
    print(write_corpus(args.dir, big=args.big))


if __name__ == "__main__":
    main()
