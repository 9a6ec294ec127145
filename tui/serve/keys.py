"""Who may log in to `newsdesk serve ssh`, and as whom: the authorized_keys file read at each login with its
options honoured (from=, expiry-time, and the refusals of command=, no-pty and restrict), a session's identity
from its key, never from the name the client typed, and the server's own host key."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

import asyncssh

from tui.paths import create_file, replace_file

log = logging.getLogger("newsdesk.ssh")

MAX_USER_DIRS = 1000  # per-key state folders the server will make; past it, new keys read as in the kiosk
_LABEL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@")


@dataclass(frozen=True)
class Identity:
    """Who a key-authenticated session is: the key, never the name the client typed.

    `key_id` names the user's folder (a hash of the public key: stable, and no path can be built from it);
    `label` is for logs and the reader's title, from the authorized_keys comment when it is a plain name."""

    key_id: str
    label: str


def key_identity(key: asyncssh.SSHKey, comment: str | None) -> Identity:
    import hashlib

    key_id = hashlib.sha256(key.public_data).hexdigest()[:32]
    label = (comment or "").strip()
    if not label or len(label) > 64 or any(c not in _LABEL_CHARS for c in label):
        label = f"key-{key_id[:12]}"
    return Identity(key_id, label)


def _expired(value: str, now: float | None = None) -> bool:
    """authorized_keys `expiry-time="YYYYMMDD[HHMM[SS]]"`, local time as OpenSSH reads it; unreadable is expired."""
    import datetime as dt

    digits = value.strip().strip('"')
    formats = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}
    try:
        when = dt.datetime.strptime(digits, formats[len(digits)])
    except (KeyError, ValueError):
        return True
    return when.timestamp() <= (time.time() if now is None else now)


def check_key(path: Path, key: asyncssh.SSHKey, addr: str) -> tuple[Identity | None, str]:
    """Whether key may log in from addr under the authorized_keys file at path, honouring its options.

    `from=` is matched against the client's address; an `expiry-time` in the past refuses the key; a key
    with `command=`, `no-pty` or `restrict` (without `pty`) is refused, since this server runs only the
    reader and the reader needs a terminal: each refusal says why, for the log."""
    import asyncssh as _a

    try:
        lines = path.read_text(encoding="utf-8").splitlines()  # read at each login: edits apply at once
    except (OSError, UnicodeDecodeError) as exc:
        return None, f"cannot read authorized keys {path}: {exc}"
    why = "key not in authorized keys"
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            entry = _a.import_authorized_keys(line)
            options = entry.validate(key, addr, addr)
        except (ValueError, _a.KeyImportError):
            continue  # a malformed line or option (a bad from= pattern) never matches
        if options is None:
            if any(e.key == key for e in getattr(entry, "_user_entries", [])):
                why = "key not allowed from this address (from=)"
            continue
        expiry = options.get("expiry-time")
        if expiry is not None and any(_expired(v) for v in (expiry if isinstance(expiry, list) else [str(expiry)])):
            return None, "key expired (expiry-time)"
        if options.get("command") is not None:
            return None, "key has a forced command= (this server runs only the reader)"
        if options.get("no-pty") or (options.get("restrict") and not options.get("pty")):
            return None, "key may not have a terminal (no-pty or restrict), and the reader needs one"
        entries = getattr(entry, "_user_entries", [])
        comment = entries[0].key.get_comment() if entries and entries[0].key is not None else None
        return key_identity(key, comment), ""
    return None, why


def load_host_key(path: Path) -> asyncssh.SSHKey:
    """The server's host key, made (Ed25519, mode 0600) on first start and kept."""
    if path.exists():
        return asyncssh.read_private_key(str(path))
    key = asyncssh.generate_private_key("ssh-ed25519")
    path.parent.mkdir(parents=True, exist_ok=True)
    create_file(path, key.export_private_key(), mode=0o600)
    replace_file(path.with_name(path.name + ".pub"), key.export_public_key())
    log.info("generated host key %s (%s)", path, key.get_fingerprint())
    return key
