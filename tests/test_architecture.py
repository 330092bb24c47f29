"""The layers of docs/architecture.md hold: the contracts in .importlinter,
checked by import-linter on the real tree — and shown able to fail on a copy
of the tree with one arrow pointing the wrong way."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).parent / "lint-imports"
PACKAGES = ("models", "sync", "reports", "ui", "commands")


def lint(tree: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT), "--config", str(tree / ".importlinter"), "--no-cache"],
                          cwd=tree, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})


def test_every_layer_contract_is_kept():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 kept, 0 broken" in result.stdout


@pytest.fixture
def tree(tmp_path):
    for name in PACKAGES:
        shutil.copytree(ROOT / name, tmp_path / name,
                        ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / ".importlinter", tmp_path)
    return tmp_path


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n" + line + "\n", encoding="utf-8")


@pytest.mark.parametrize("module, line, broken", [
    ("models/core/clock.py", "from models.station import stations  # noqa", "models' floors"),
    ("models/safety/backup.py", "from sync import identity  # noqa", "shells over sync"),
    ("sync/store.py", "from PySide6 import QtCore  # noqa", "No Qt"),
    ("reports/ledger.py", "from models.core.db import db  # noqa", "Documents are drawn"),
    ("ui/home_page.py", "import peewee  # noqa", "Screens hold no SQL"),
    ("models/station/stations.py", "from models.station import roster  # noqa", "import circle"),
])
def test_an_arrow_the_wrong_way_breaks_its_contract(tree, module, line, broken):
    _append(tree / module, line)
    result = lint(tree)
    assert result.returncode != 0
    assert broken in result.stdout.split("Broken contracts")[-1], result.stdout
