"""The desk never opens a network connection.

Two proofs:

1. At run time: the app's main flows run in one subprocess under an audit
   hook (``sys.addaudithook``) that records and refuses every network
   operation Python can make — creating an internet socket, ``connect``,
   ``bind``, name look-ups (``getaddrinfo``, ``gethostbyname`` …),
   ``sendto``/``sendmsg``, ``urllib.Request``, ``http.client``, ``ftplib``,
   ``smtplib`` … — and that Qt's network module is never loaded. The flows:
   ``demo``, ``stats`` (three ways), ``search``, ``report`` (ledger, notice),
   ``ledger template``, ``where``, ``verify``, ``backup`` (to a folder, list),
   ``restore``, a whole USB sync round between a village and a hamlet desk
   (``sync pair`` / ``join`` / ``export`` / ``import`` / ``peers`` /
   ``history``), and ``selftest`` (the main window, offscreen, and a printed
   PDF); and the desk window itself as a person starts it. Local sockets (AF_UNIX, e.g. a socketpair) are not network and are
   let through.
2. Statically: no module under models/ ui/ reports/ sync/ commands/ (nor
   main.py) imports a networking module.

What it does not cover: native code that opens sockets below Python (Qt's own
C++ networking is excluded by proof 1's module check; SQLite and reportlab do
no networking).
"""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HARNESS = r"""
import contextlib, io, json, os, re, socket, sys
from pathlib import Path

ROOT, WORK, LOG = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
NETWORK = {"socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
           "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.getnameinfo",
           "socket.sendto", "socket.sendmsg", "urllib.Request", "http.client.connect",
           "http.client.send", "ftplib.connect", "smtplib.connect", "poplib.connect",
           "imaplib.open", "nntplib.connect", "telnetlib.Telnet.open", "webbrowser.open"}
LOCAL = {getattr(socket, "AF_UNIX", None)}


def hook(event, args):
    if event == "socket.__new__":
        if args[1] in LOCAL:
            return
        what = f"{event} family={args[1]!r}"
    elif event in NETWORK:
        if event in ("socket.connect", "socket.bind") and isinstance(args[1], (str, bytes)):
            return  # an AF_UNIX path
        what = f"{event} {args[1:]!r}"[:300]
    else:
        return
    with open(LOG, "a", encoding="utf-8") as f:
        f.write(what + "\n")
    raise PermissionError("no network at the station desk: " + event)


sys.addaudithook(hook)
sys.path.insert(0, ROOT)
os.chdir(WORK)
import main  # noqa: E402

results = []


def run(*argv):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            code = main.main(list(argv))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    results.append([list(argv), code, out.getvalue()[-300:]])
    return out.getvalue()


if sys.argv[4:] == ["selftest"]:
    run("selftest")
    print("RESULTS " + json.dumps({"results": results, "loaded": [
        m for m in ("PySide6.QtNetwork", "PySide6.QtWebEngineCore") if m in sys.modules]}))
    sys.exit(0)

village, hamlet = str(WORK / "village"), str(WORK / "hamlet")
usb = WORK / "usb"
usb.mkdir()
run("--data-dir", village, "demo")
run("--data-dir", village, "stats")
run("--data-dir", village, "stats", "--json")
run("--data-dir", village, "stats", "--period", "month", "--at", "2026-10-15")
run("--data-dir", village, "search", "低保")
run("--data-dir", village, "report", "ledger", "-o", str(WORK / "ledger.pdf"))
run("--data-dir", village, "report", "notice", "-o", str(WORK / "notice.pdf"))
run("--data-dir", village, "ledger", "template", "-o", str(WORK / "template.xlsx"))
run("--data-dir", village, "where")
run("--data-dir", village, "verify")
run("--data-dir", village, "backup", "--to", str(usb))
run("--data-dir", village, "backup", "--list")

# A USB sync round: the village pairs a hamlet desk, which joins and sends
# its first package; the village imports it and sends one back.
said = run("--data-dir", village, "sync", "pair", "--code", "451422101205-09", "--name", "新屯",
           "--level", "hamlet", "--to", str(usb))
code = re.search(r"(\d{4}-\d{4})", said.split("配对码", 1)[-1])
from models.core.paths import database_path# noqa: E402
from models.safety.opening import close_database, open_database
from models.station import stations  # noqa: E402
close_database()
open_database(database_path(hamlet))
stations.set_up_this_station("hamlet", "新屯", "451422101205-09")
close_database()
[pairing] = usb.glob("*.vpair")
run("--data-dir", hamlet, "sync", "join", str(pairing), "--pass-code", code.group(1) if code else "?")
(WORK / "up").mkdir()
run("--data-dir", hamlet, "sync", "export", "--to", str(WORK / "up"))
run("--data-dir", village, "sync", "import", *map(str, (WORK / "up").glob("*")))
(WORK / "down").mkdir()
run("--data-dir", village, "sync", "export", "--to", str(WORK / "down"), "--for", "451422101205-09")
run("--data-dir", hamlet, "sync", "import", *map(str, (WORK / "down").glob("*")))
run("--data-dir", village, "sync", "peers")
run("--data-dir", village, "sync", "history")

[copy] = usb.glob("*.sqlite3")
run("--data-dir", village, "restore", str(copy), "--yes")

loaded = [m for m in ("PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebSockets")
          if m in sys.modules]
print("RESULTS " + json.dumps({"results": results, "loaded": loaded}, ensure_ascii=False))
"""


def _harness(tmp_path, *extra) -> list:
    """Run HARNESS (with ``extra`` arguments); assert that no network was
    tried, every command succeeded and Qt's network module stayed unloaded;
    return the commands' results."""
    log = tmp_path / "network.log"
    work = tmp_path / "work"
    work.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", HARNESS, str(ROOT), str(work), str(log), *extra],
                          env=env, capture_output=True, text=True, timeout=600)
    tried = log.read_text(encoding="utf-8") if log.exists() else ""
    assert tried == "", "the app tried to use the network:\n" + tried
    assert done.returncode == 0, done.stderr[-3000:]
    [line] = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULTS ")]
    outcome = json.loads(line[len("RESULTS "):])
    failed = [(argv, code, out) for argv, code, out in outcome["results"] if code != 0]
    assert not failed, failed
    assert outcome["loaded"] == []
    return outcome["results"]


def test_the_main_flows_open_no_network_connection(tmp_path):
    results = _harness(tmp_path)
    assert len(results) == 21  # every step ran
    assert (tmp_path / "work" / "ledger.pdf").read_bytes().startswith(b"%PDF-")


def test_selftest_opens_no_network_connection(tmp_path):
    """``main.py selftest``: the main window offscreen, a document rendered,
    opened with Qt's PDF module and printed through Qt's print support."""
    [(argv, code, _out)] = _harness(tmp_path, "selftest")
    assert argv == ["selftest"] and code == 0


DESK = r"""
import main
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import app as desk_app

data = str(WORK / "desk")
assert main.main(["--data-dir", data, "demo"]) == 0
from models.safety.opening import close_database
close_database()
real_start = desk_app.start


def start(*args, **kw):
    app, window, code = real_start(*args, **kw)
    timer = QTimer(app)
    timer.timeout.connect(lambda: QApplication.exit(0))  # not quit(): it asks windows to close
    timer.start(50)
    return app, window, code


desk_app.start = start
desk_app.make_app()
print("DESK", desk_app.run(data))
"""


def test_the_desk_window_opens_no_network_connection(tmp_path):
    """The desk as a person starts it (ui.app.run: the lock, the sign-in
    screen, the backup at start-up and at closing), under the same hook."""
    log = tmp_path / "network.log"
    script = HARNESS.split("import main  # noqa: E402")[0] + DESK
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script, str(ROOT), str(tmp_path), str(log)],
                          env=env, capture_output=True, text=True, timeout=600)
    tried = log.read_text(encoding="utf-8") if log.exists() else ""
    assert tried == "", "the desk tried to use the network:\n" + tried
    assert done.returncode == 0, done.stderr[-3000:]
    assert "DESK 0" in done.stdout
    assert list((tmp_path / "desk" / "backups").glob("*.sqlite3"))  # it did its work


def test_the_hook_does_refuse_and_record_a_connection(tmp_path):
    """The proof above means something: the same hook catches a real attempt
    (a name look-up, an internet socket, a URL opened)."""
    log = tmp_path / "network.log"
    probe = HARNESS.split("sys.addaudithook(hook)")[0] + r"""
sys.addaudithook(hook)
for attempt in (lambda: socket.getaddrinfo("example.org", 80),
                lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("127.0.0.1", 9)),
                lambda: __import__("urllib.request").request.urlopen("http://127.0.0.1:9/")):
    try:
        attempt()
    except PermissionError:
        print("refused")
    except Exception as exc:
        print("slipped through", type(exc).__name__, exc)
"""
    done = subprocess.run([sys.executable, "-c", probe, str(ROOT), str(tmp_path), str(log)],
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.split("\n")[:3] == ["refused"] * 3, done.stdout + done.stderr
    tried = log.read_text(encoding="utf-8").splitlines()
    assert tried[0].startswith("socket.getaddrinfo")
    assert any(t.startswith("socket.__new__") for t in tried)
    assert any(t.startswith("urllib.Request") for t in tried)


NETWORK_MODULES = {"socket", "socketserver", "ssl", "http", "urllib", "urllib3", "requests",
                   "httpx", "aiohttp", "ftplib", "smtplib", "poplib", "imaplib", "nntplib",
                   "telnetlib", "xmlrpc", "asyncio", "websocket", "websockets", "webbrowser"}
NETWORK_QT = ("PySide6.QtNetwork", "PySide6.QtWebEngine", "PySide6.QtWebSockets",
              "PySide6.QtWebChannel", "PySide6.QtHttpServer")


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and getattr(node.func, "attr", getattr(node.func, "id", "")) in
              ("import_module", "__import__")):
            yield node.lineno, node.args[0].value


def test_no_app_module_imports_a_networking_module():
    files = [ROOT / "main.py"]
    for folder in ("models", "ui", "reports", "sync", "commands"):
        files += sorted((ROOT / folder).rglob("*.py"))
    assert len(files) > 50
    found = []
    for path in files:
        for line, name in _imports(path):
            if name.split(".")[0] in NETWORK_MODULES or name.startswith(NETWORK_QT):
                found.append(f"{path.relative_to(ROOT)}:{line}: {name}")
    assert found == []
