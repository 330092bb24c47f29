#!/usr/bin/env python3
"""Keep the UI translations in step with the code.

Each module ui/NAME.py has its own file resources/translations/<lang>/NAME.ts
(its contexts are its own classes, plus the shared "Domain" labels), so
screens can be translated independently; the app loads every .qm in the
language's folder.

    python scripts/translations.py update   # lupdate every ui module, then lrelease
    python scripts/translations.py release  # lrelease only (.ts -> .qm)
    python scripts/translations.py check    # exit 1 if any string lacks a translation
                                            # or a .qm does not match its .ts
    python scripts/translations.py fill NAME [LANG] < map.json
        # set translations in LANG/NAME.ts (default zh_CN) from a JSON object
        # {"English source": "译文"}, then lrelease; plural (%n) strings too
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
LANGS = ["zh_CN"]


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def ts_path(module: Path, lang: str) -> Path:
    return ROOT / "resources" / "translations" / lang / (module.stem + ".ts")


def update() -> None:
    for lang in LANGS:
        for module in sorted(UI.glob("*.py")):
            ts = ts_path(module, lang)
            ts.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete",
                            "-target-language", lang, str(module), "-ts", str(ts)], check=True)
            if "<message" not in ts.read_text(encoding="utf-8"):
                ts.unlink()
    release()


def release() -> None:
    """Compile every .ts to its .qm, each written beside it and renamed into
    place, so a running app or test never loads a half-written file."""
    import os

    for ts in sorted((ROOT / "resources" / "translations").glob("*/*.ts")):
        qm = ts.with_suffix(".qm")
        tmp = qm.with_suffix(".qm.tmp")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(tmp)], check=True)
        if qm.exists() and qm.read_bytes() == tmp.read_bytes():
            tmp.unlink()  # unchanged: leave the file (and its time) alone
        else:
            os.replace(tmp, qm)


def unfinished() -> list[str]:
    """Source strings in ui/ that have no finished translation, as 'file: text'."""
    import xml.etree.ElementTree as ET

    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            for module in sorted(UI.glob("*.py")):
                ts = ts_path(module, lang)
                probe = Path(tmp) / f"{lang}-{module.stem}.ts"
                if ts.exists():
                    shutil.copy(ts, probe)
                subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", str(module),
                                "-ts", str(probe)], check=True)
                for message in ET.parse(probe).iter("message"):
                    tr = message.find("translation")
                    if tr is not None and tr.get("type") == "unfinished":
                        problems.append(f"{lang}/{module.stem}.ts: {message.findtext('source')}")
                if ts.exists():
                    qm, fresh = ts.with_suffix(".qm"), Path(tmp) / f"{lang}-{module.stem}.qm"
                    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
                                   check=True)
                    if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                        problems.append(f"{lang}/{module.stem}.qm: does not match its .ts; run release")
    return problems


def fill(name: str, mapping: dict[str, str], lang: str = "zh_CN") -> list[str]:
    """Write translations into LANG/NAME.ts; returns the sources not found."""
    import xml.etree.ElementTree as ET

    ts = ROOT / "resources" / "translations" / lang / f"{name}.ts"
    tree = ET.parse(ts)
    seen = set()
    for message in tree.iter("message"):
        source = message.findtext("source")
        if source not in mapping:
            continue
        seen.add(source)
        tr = message.find("translation")
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        if message.get("numerus") == "yes":
            tr.text = None
            form = ET.SubElement(tr, "numerusform")
            form.text = mapping[source]
        else:
            tr.text = mapping[source]
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(header + body + "\n", encoding="utf-8")
    release()
    return [s for s in mapping if s not in seen]


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "fill":
        import json

        missing = fill(argv[2], json.load(sys.stdin), argv[3] if len(argv) > 3 else "zh_CN")
        if missing:
            print("not in the .ts (run update first?):\n" + "\n".join(missing))
            return 1
    elif command == "check":
        problems = unfinished()
        print("\n".join(problems) or "all UI strings translated")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
