"""The UI speaks through Qt's translation system: English in the code, every
string translated into Simplified Chinese, and the compiled .qm files current."""
from __future__ import annotations

import io
import re
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402

CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")
# ui/selftest.py is the `main.py selftest` console report, not a screen.
NOT_SCREENS = {"selftest.py"}


def test_every_ui_string_has_a_chinese_translation_and_compiled_files_are_current():
    assert translations.unfinished() == []


def test_ui_code_holds_no_chinese_string_literals():
    found = []
    for path in sorted((ROOT / "ui").glob("*.py")):
        if path.name in NOT_SCREENS:
            continue
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        for tok in tokens:
            if tok.type != tokenize.STRING or tok.string.lstrip("rRbBuUfF").startswith(('"""', "'''")):
                continue  # docstrings may quote the Chinese terms they explain
            if CJK.search(tok.string):
                found.append(f"{path.name}:{tok.start[0]}: {tok.string[:40]}")
    assert found == []


def test_every_message_is_filed_under_the_context_that_asks_for_it():
    """A string lupdate could not place in a class (e.g. translate() behind a
    lambda alias) lands in an empty context, where no translate() call looks:
    it would show in English although the .ts holds its Chinese."""
    import xml.etree.ElementTree as ET

    lost = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*/*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            if not (context.findtext("name") or "").strip():
                lost += [f"{ts.name}: {m.findtext('source')}" for m in context.iter("message")]
    assert lost == []
