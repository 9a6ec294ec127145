"""What the benchmarks share: start child processes as an installed reader starts."""

from __future__ import annotations

import compileall
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def installed_env(**extra: str) -> dict[str, str]:
    """The environment for a child process, with byte code cached as after `pip install` (pip compiles it).

    Some machines set PYTHONDONTWRITEBYTECODE: there every start of a checkout recompiles the whole
    package, which no installed reader does, while the bare Textual app it is compared with imports
    only compiled site-packages.
    """
    compileall.compile_dir(str(ROOT / "tui"), quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.environ.get("PYTHONPATH") or str(ROOT)
    env.update(extra)
    return env
