"""Dates as news files write them, to aware datetimes where the text allows."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

BEIJING = timezone(timedelta(hours=8), "CST")
# Outlets whose wire times are local to one zone.
OUTLET_ZONES = {"xinhua": BEIJING}

_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%B %d %Y",
    "%d %B %Y %H:%M",
    "%B %d, %Y %I:%M %p",
)
DATE_LINE = re.compile(r"^\d{4}[-/]\d{2}[-/]\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")


def parse_date(value: str, zone: timezone | None = None) -> datetime | None:
    """Parse the common forms; a naive result takes `zone` when one is known."""
    value = " ".join(value.replace("\u00a0", " ").split()).strip()
    if not value or len(value) > 64:
        return None
    dt: datetime | None = None
    iso = value.replace("Z", "+00:00") if value.endswith("Z") else value
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        pass
    if dt is None:
        from email.utils import parsedate_to_datetime  # email costs 7-14 ms to import: not before the first frame

        try:
            dt = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            dt = None
    if dt is None:
        cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value)
        for fmt in _FORMATS:
            try:
                dt = datetime.strptime(cleaned, fmt)
                break
            except ValueError:
                continue
    if dt is None:
        return None
    if dt.tzinfo is None and zone is not None:
        dt = dt.replace(tzinfo=zone)
    return dt


def zone_for(outlet: str) -> timezone | None:
    return OUTLET_ZONES.get(outlet.casefold())


def fix_swapped(dt: datetime | None, source: str) -> datetime | None:
    """Trust a YYYYMMDD in the file name when the text has day and month swapped.

    Archives such as the LDC newswire dumps print 1998-06-01 as 1998-01-06.
    """
    if dt is None:
        return None
    m = _FILE_DATE.search(source.rsplit("/", 1)[-1])
    if not m:
        return dt
    y, mo, d = (int(g) for g in m.groups())
    if dt.year == y and dt.month == d and dt.day == mo and mo != d and mo <= 12:
        try:
            return dt.replace(month=mo, day=d)
        except ValueError:
            return dt
    return dt


def as_utc(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def show_date(dt: datetime | None, *, time: bool = False, offset: bool = True) -> str:
    """A date as the reader shows it everywhere (list, pane, search, digest, CLI): in the article's own time,
    as its wire gave it, "30 Sep 2000", with the time "30 Sep 2000 08:40 +08:00" (an offset, never a zone
    abbreviation: "CST" is China's and America's)."""
    if dt is None:
        return ""
    if not time:
        return dt.strftime("%d %b %Y")
    zone = dt.strftime("%z") if offset else ""
    return dt.strftime("%d %b %Y %H:%M") + (f" {zone[:3]}:{zone[3:]}" if zone else "")
