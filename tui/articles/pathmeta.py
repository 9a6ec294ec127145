"""Outlet and date from where a file lies, for articles whose text names neither (issue 15): corpora keep them
in folder and file names ("polnear-train/breitbart_2015-12-03_….txt", "bbc/politics/169.txt",
"xinhua/XIE19960703.0180.txt"). Only names are read: nothing here opens a path."""

from __future__ import annotations

import os
import re
from datetime import datetime

# Folder or file-name words that name an outlet, and how the outlet is written.
OUTLETS = {
    "bbc": "BBC", "reuters": "Reuters", "xinhua": "Xinhua", "ap": "AP", "apw": "AP", "nyt": "New York Times",
    "xie": "Xinhua", "breitbart": "Breitbart", "politico": "Politico", "wash-post": "Washington Post",
    "washington-post": "Washington Post", "huff-post": "HuffPost", "usa-today": "USA Today",
    "west-journal": "Western Journal", "guardian": "The Guardian", "cnn": "CNN", "fox": "Fox News",
}  # fmt: skip
# "breitbart_2015-12-03_title.txt": the outlet and the date open the file name
_PREFIXED = re.compile(r"^([a-z][a-z-]{1,30})_((?:19|20)\d{2})-(\d{2})-(\d{2})_")
# "APW19980905.0175", "XIE19960703.0180", "NYT19980719.0097": a wire code and the date
_WIRE = re.compile(r"^([A-Z]{2,4})((?:19|20)\d{2})(\d{2})(\d{2})\.\d+")


def outlet_and_date(source: str) -> tuple[str, datetime | None]:
    """("", None) when the path says nothing."""
    name = os.path.basename(source)
    outlet, date = "", None
    m = _PREFIXED.match(name)
    if m:
        outlet = OUTLETS.get(m.group(1), m.group(1).replace("-", " ").title())
        date = _date(m.group(2), m.group(3), m.group(4))
    elif (w := _WIRE.match(name)) is not None:
        outlet = OUTLETS.get(w.group(1).lower(), "")
        date = _date(w.group(2), w.group(3), w.group(4))
    if not outlet:
        for part in reversed(os.path.dirname(source).replace("\\", "/").split("/")):
            if part.lower() in OUTLETS:
                outlet = OUTLETS[part.lower()]
                break
    return outlet, date


def _date(y: str, m: str, d: str) -> datetime | None:
    try:
        return datetime(int(y), int(m), int(d))  # a day, no time: naive, as an unzoned date line is
    except ValueError:
        return None


def folders(source: str) -> list[str]:
    """The folder names a file lies under, for the search filter `in:` ("in:bbc", "in:politics")."""
    return [p for p in os.path.dirname(source).replace("\\", "/").split("/") if p and p not in (".", "..")]
