"""Wire and plain-text articles: the seed, older wire styles, bodies without titles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from tests.helpers import SEED
from tui.articles.decode import decode
from tui.articles.text import parse_text, unwrap


def test_seed_metadata_and_body() -> None:
    a = parse_text(decode(SEED.read_bytes()), str(SEED), SEED.name)
    assert a.title == "UN peacekeeping chief hopes to enhance cooperation with China"
    assert a.outlet == "Xinhua"
    assert a.editor == "Li Jiayao"
    assert a.author == "Wang Jiangang"
    assert a.published == datetime(2021, 11, 26, 22, 22, 11, tzinfo=timezone(timedelta(hours=8)))
    assert a.dateline == "UNITED NATIONS"
    assert "Related News" not in a.text and "Continue..." not in a.text
    assert a.paragraphs[0].startswith("UNITED NATIONS, Nov. 26 (Xinhua) -- The United Nations (UN)")
    assert a.paragraphs[-1] == '"We need to do much more," the UN peacekeeping chief highlighted.'
    assert all(a.text[s:e] == p for (s, e), p in zip(a.spans, a.paragraphs, strict=True))


XINHUA_1996 = """Ministers Meet on Trade

1996-01-13 05:26

ULAN BATOR, Mongolia, January 13 (Xinhua) -- Mongolia has decided to apply.

The decision was made at a recent meeting.
"""


def test_old_xinhua_date_line_is_beijing_time() -> None:
    a = parse_text(XINHUA_1996, "x.txt", "x")
    assert a.title == "Ministers Meet on Trade"
    assert a.outlet == "Xinhua"
    assert a.dateline == "ULAN BATOR, Mongolia"
    assert a.published is not None and a.published.utcoffset() == timedelta(hours=8)
    assert len(a.paragraphs) == 2


AP_1998 = """Iran says it will not build a bomb

1998-01-06 09:55:00

By ROHAN SULLIVAN
Associated Press Writer

TEHRAN, Iran (AP) _ Iran will not build an atomic bomb, officials said.

Iran has good military ties with China. af/vj
"""


def test_ap_byline_role_and_desk_initials() -> None:
    a = parse_text(AP_1998, "APW19980601.0515.txt", "ap")
    assert a.author == "Rohan Sullivan"
    assert a.outlet == "AP"
    assert a.dateline == "TEHRAN, Iran"
    assert a.paragraphs[-1] == "Iran has good military ties with China."
    # The archive printed 1998-06-01 as 1998-01-06; the file name settles it.
    assert a.published is not None and (a.published.month, a.published.day) == (6, 1)
    assert a.published.tzinfo is None


NYT_1998 = """WILL IRAN BE NEXT TO JOIN NUCLEAR CLUB?

1998-06-02 18:49

(For use by New York Times News Service clients)
(ATTN: Fla., Ill.) (This article is from the
current Economist magazine.)
By DAVID L. MARCUS and COLUM LYNCH
c.1998 The Boston Globe

WASHINGTON _ After India and Pakistan, what is next?

"We're at a loss," said an official.
"""


def test_nyt_editors_notes_byline_and_copyright() -> None:
    a = parse_text(NYT_1998, "n.txt", "n")
    assert a.title == "WILL IRAN BE NEXT TO JOIN NUCLEAR CLUB?"
    assert a.author == "David L. Marcus and Colum Lynch"
    assert a.outlet == "The Boston Globe"
    assert a.dateline == "WASHINGTON"
    assert a.paragraphs[0] == "WASHINGTON _ After India and Pakistan, what is next?"
    assert a.published == datetime(1998, 6, 2, 18, 49)


REUTERS_1987 = """BAHIA COCOA REVIEW

SALVADOR, Feb 26 - Showers continued throughout the week in
the Bahia cocoa zone, alleviating the drought since early
January, Comissaria Smith said in its weekly review.
    The dry period means the temporao will be late this year.
    Arrivals for the week ended February 22 were 155,221 bags
of 60 kilos making a cumulative total for the season.
 Reuter
"""


def test_reuters_hard_wrap_unwrapped_into_paragraphs() -> None:
    a = parse_text(REUTERS_1987, "r.txt", "r")
    assert a.title == "BAHIA COCOA REVIEW"
    assert a.outlet == "Reuters"
    assert a.dateline == "SALVADOR"
    assert a.paragraphs == (
        "SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, alleviating the "
        "drought since early January, Comissaria Smith said in its weekly review.",
        "The dry period means the temporao will be late this year.",
        "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a cumulative total "
        "for the season.",
    )
    assert a.published is None


def test_body_without_title_keeps_every_line() -> None:
    raw = (
        "A bereaved mother took revenge on the fighters after they killed her son. She fought for hours.\n\n"
        '"I could not stop myself," she said.\n'
    )
    a = parse_text(raw, "f.txt", "f")
    assert a.title == "A bereaved mother took revenge on the fighters after they killed her son."
    assert a.paragraphs[0].startswith("A bereaved mother")
    assert len(a.paragraphs) == 2


def test_inline_labels_and_plain_title() -> None:
    raw = "Plain title\n\nAuthor: Jane Roe\nDate: 2024-03-05T10:00:00Z\n\nBody one.\n\nBody two.\n"
    a = parse_text(raw, "p.txt", "p")
    assert (a.title, a.author) == ("Plain title", "Jane Roe")
    assert a.published == datetime(2024, 3, 5, 10, tzinfo=UTC)
    assert a.paragraphs == ("Body one.", "Body two.")


def test_unwrap_joins_hyphenated_line_ends() -> None:
    assert unwrap(["a farmer-", "owned reserve"]) == ["a farmer-owned reserve"]


def test_xinhua_end_of_item_trailer_run_into_the_last_paragraph_goes() -> None:
    """ "… according to statistics. enditem =06171335 =06171353 NNNN 21:41 21:41 g # PAB": the wire's trailer is
    no part of the story (the analysis read 'NNNN' as the source that statistics were according to)."""
    raw = (
        "Kenya Gets Loan\n\n1997-06-17 13:53\n\nNAIROBI, June 17 (Xinhua) -- The World Bank has granted Kenya a loan."
        "\n\nSome 70,000 AIDS cases have been reported, according to statistics. enditem =06171335 =06171353 NNNN"
        " 21:41 21:41 g # PAB\n"
    )
    a = parse_text(raw, "x.txt", "x")
    assert a.paragraphs[-1] == "Some 70,000 AIDS cases have been reported, according to statistics."
