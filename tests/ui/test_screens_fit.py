"""Every screen and dialog fits an old office PC: 1024×768 and 1366×768
screens less a 40-pixel taskbar, at 100% and (1366) at Windows' 125%, with
大字 on and off. Each size is a real screen of Qt's offscreen platform,
in its own process (``tests/ui/fit_check.py`` opens every screen there and
lists what does not fit: a window larger than the screen less its title bar,
a widget outside the visible part of its parents, text cut in a button or a
box). ``DESK_SCREENSHOTS=1`` also saves each screen to
docs/screenshots/small-screens/<size>/."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

SIZES = [  # (width, height, Qt scale): the screen less the taskbar
    (1024, 728, "1"),
    (1366, 728, "1"),
    (1366, 728, "1.25"),
]


@pytest.mark.parametrize("width,height,scale", SIZES, ids=["1024x728", "1366x728", "1366x728@125%"])
def test_every_screen_and_dialog_fits_the_screen(demo_template, tmp_path, width, height, scale):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "office-pc", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "dpr": 1}]}))
    out = tmp_path / "fit.json"
    args = [sys.executable, "-m", "tests.ui.fit_check", str(demo_template), str(out)]
    if os.environ.get("DESK_SCREENSHOTS"):
        name = f"{width}x{height}" + ("" if scale == "1" else f"-{int(float(scale) * 100)}pct")
        args.append(str(ROOT / "docs" / "screenshots" / "small-screens" / name))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=scale, PYTHONPATH=str(ROOT))
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text())
    scale_f = float(scale)
    # the process really had the screen asked for (in Qt's logical pixels)
    assert result["screen"] == [round(width / scale_f), round(height / scale_f)]
    # every screen was opened, at both text sizes
    for name in ("first-run", "sign-in", "main-home", "main-print", "main-roster",
                 "main-sync", "intake", "settings", "action-close", "action-follow-up", "main-todo-tab2", "concern-answer_on_spot", "concern-longest"):
        assert any(n.startswith(name) for n in result["checked"]), name
    assert any(n.endswith("-large") or "-large-" in n for n in result["checked"])
    assert result["problems"] == []
