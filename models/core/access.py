"""Who is at the desk, and what each role may see and do.

``TABLE`` below is the one written list of permissions: each row names a
permission, says in plain Chinese what it allows, and lists the roles that
have it. ``docs/roles.md`` is generated from it (``roles_markdown``; a test
checks the two agree), and every model function that changes data or shows
private data calls ``require(permission, obj)`` first, so a refusal does not
depend on a button being hidden.

The actor:

- In the GUI, ``ui.app`` calls ``begin_gui_session()``; from then on, while
  nobody is signed in (at start-up, or while the desk is locked), the actor is
  ``NOBODY`` and every ``require`` is refused. ``sign_in`` makes a staff
  member the actor; ``lock`` / ``sign_out`` go back to ``NOBODY``.
- Outside a GUI session (the command line, the test suite, scripts) the actor
  is ``SYSTEM`` ("命令行"), which may do everything: whoever can run commands
  on this computer's account can read the database file anyway. See
  docs/roles.md and docs/SECURITY.md.

Confidential concerns (涉密涉私) are visible only to the station head and to
the concern's assigned handler (and to ``SYSTEM``). Lists show such a concern
masked to everyone else; opening it is refused.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass

from models.core.errors import ValidationError

# ---------------------------------------------------------------- roles

# Staff roles (models.core.vocab.STAFF_ROLES holds their printed names), in the
# order docs/roles.md lists them.
ROLES = ["clerk", "hamlet_cadre", "head", "township_admin", "county_admin", "supervisor"]

DUTY = {"clerk", "hamlet_cadre"}          # 值班员: today's clerks and hamlet cadres
HEAD = {"head"}
ADMINS = {"township_admin", "county_admin"}
EVERYONE = set(ROLES)

# The one table: permission, what it allows, which roles have it.
TABLE: list[tuple[str, str, set[str]]] = [
    ("concern.view", "查看关切事项、首页、待办、查找和统计（涉密涉私事项见下一行）", EVERYONE),
    ("concern.view_confidential", "查看本站所有涉密涉私事项（承办人总能看到自己承办的那几件）", HEAD),
    ("concern.register", "接待来访，登记来访村民和反映的事项", DUTY | HEAD),
    ("concern.act", "记录办理步骤、备注、调解、收退材料、预约下访、办结、重新办理、更正", DUTY | HEAD),
    ("concern.oversee", "对下级站点的关切发督办、催办通知（由承办的站点回复）", HEAD | ADMINS),
    ("extension.approve", "审批延期申请（本站的由站长审批；上报上级的事项按设置由乡镇审批）", HEAD | ADMINS),
    ("person.view_phone", "在屏幕上看到村民完整的电话号码（其他人看到 138****5678）", DUTY | HEAD),
    ("person.view_id_number", "看到村民完整的身份证号码（其他人看到前6位和后4位）", {"clerk"} | HEAD),
    ("staff.manage", "增加或停用工作人员、改职责、为别人设置或重置密码", HEAD | ADMINS),
    ("settings.change", "修改办理期限、本站信息、工作制度和自动锁屏时间", HEAD | ADMINS),
    ("roster.edit", "排班、调班、登记请假和节假日、改排班规则", HEAD),
    ("roster.attend", "值班签到、签退", DUTY | HEAD),
    ("checklist.record", "登记“八个有”自查和上级检查", HEAD | ADMINS),
    ("outreach.record", "登记预约下站、开启意见箱、登记培训", DUTY | HEAD | ADMINS),
    ("supervision.manage", "登记监督员和任期、满意度测评会和年度问卷票数", HEAD),
    ("rate", "对办结的事项打分（监督员测评）", {"supervisor"} | HEAD),
    ("report.print", "打印台账、公示、统计表、轮值表等", EVERYONE),
    ("report.case", "打印某一件事的材料（代办回执、调解记录），上面有村民的姓名、电话和证件号", DUTY | HEAD),
    ("person.record", "打印村民本人的全部记录（应本人要求，个人信息查阅权；每次打印都记入留痕链）", HEAD),
    ("ledger.import", "导入纸质或电子表格台账", HEAD),
    ("sync.run", "用U盘与上级或下级交换数据", DUTY | HEAD | ADMINS),
    ("backup.make", "立即备份数据", EVERYONE - {"supervisor"}),
    ("backup.restore", "从备份恢复数据（会替换现在的数据）", HEAD | ADMINS),
    ("audit.verify", "检查数据是否完整、留痕链是否被改动", EVERYONE),
]

PERMISSIONS: dict[str, str] = {name: what for name, what, _ in TABLE}
GRANTS: dict[str, frozenset[str]] = {name: frozenset(roles) for name, _, roles in TABLE}

# Which roles see what unmasked, beyond the table (for docs/roles.md):
# the masking rule is the two person.* rows above.


@dataclass(frozen=True)
class Actor:
    """The person (or the command line) on whose behalf the models act."""
    name: str
    role: str                     # a ROLES code, or "system" / "nobody"
    staff_id: str | None = None
    station_id: str | None = None

    @property
    def is_staff(self) -> bool:
        return self.staff_id is not None


SYSTEM = Actor("命令行", "system")
NOBODY = Actor("（未登录）", "nobody")
SETUP = Actor("首次设置", "system")   # the first-run screen, before anyone can sign in


class NotAllowed(ValidationError):
    """The actor's role does not allow this; nothing was saved or shown."""

    def __init__(self, message: str, permission: str):
        super().__init__(message, None)
        self.permission = permission


# ---------------------------------------------------------------- the actor

_state = {"actor": None, "gui": False}


def current() -> Actor:
    """Who the models act for now: the signed-in person; else ``NOBODY`` in a
    GUI session (locked, or nobody signed in yet); else ``SYSTEM``."""
    actor = _state["actor"]
    if actor is not None:
        return actor
    return NOBODY if _state["gui"] else SYSTEM


def current_staff():
    """The signed-in staff member (a ``Staff`` row), or None."""
    from models.core.schema import Staff

    actor = current()
    return Staff.get_or_none(Staff.id == actor.staff_id) if actor.is_staff else None


def begin_gui_session() -> None:
    """From now on an empty desk is ``NOBODY`` (see the module's docstring)."""
    _state["gui"] = True
    _tell_audit()


def end_gui_session() -> None:
    """Back to the command line's ``SYSTEM`` (the app's end, and tests)."""
    _state["gui"] = False
    _state["actor"] = None
    _tell_audit()


def in_gui_session() -> bool:
    return bool(_state["gui"])


def actor_for(staff) -> Actor:
    return Actor(staff.name, staff.role, staff.id, staff.station_id)


def become(staff) -> Actor:
    """Make ``staff`` the actor (``models.station.accounts.sign_in`` checks the PIN
    first; the first-run screen's new head is signed in this way too)."""
    actor = actor_for(staff)
    _state["actor"] = actor
    _tell_audit()
    return actor


def sign_out() -> None:
    """Nobody at the desk: ``NOBODY`` in a GUI session, ``SYSTEM`` outside one."""
    _state["actor"] = None
    _tell_audit()


lock = sign_out  # the idle lock: the same person or another signs in again


@contextlib.contextmanager
def acting_as(actor: Actor):
    """Act as ``actor`` for the length of a ``with`` block (the first-run
    screen as ``SETUP``; tests as a given role)."""
    saved = _state["actor"]
    _state["actor"] = actor
    _tell_audit()
    try:
        yield actor
    finally:
        _state["actor"] = saved
        _tell_audit()


# Told whenever the actor changes, with the new one (models.safety.audit listens,
# to name the actor on every change it records). The role table is the
# bottom of the house: it imports no other module of the desk; those above
# it listen.
_listeners: list = []


def on_actor_change(listener) -> None:
    """Call ``listener(actor)`` now and whenever the actor changes."""
    _listeners.append(listener)
    listener(current())


def _tell_audit() -> None:
    actor = current()
    for listener in _listeners:
        listener(actor)


# ---------------------------------------------------------------- checks

def role_name(role: str) -> str:
    from models.core.vocab import STAFF_ROLES

    return {"system": "命令行", "nobody": "未登录"}.get(role) or STAFF_ROLES.get(role, role)


def has(permission: str, actor: Actor | None = None) -> bool:
    """Does the actor's role have ``permission`` (ignoring any object)?"""
    if permission not in GRANTS:
        raise KeyError(f"unknown permission {permission!r}")
    actor = actor or current()
    if actor.role == "system":
        return True
    return actor.role in GRANTS[permission]


def can_see(concern, actor: Actor | None = None) -> bool:
    """May the actor see this concern in full? Anyone with ``concern.view``
    sees an ordinary one; a confidential one only the station head, its
    assigned handler, or ``SYSTEM``."""
    actor = actor or current()
    if not has("concern.view", actor):
        return False
    if not concern.confidential or has("concern.view_confidential", actor):
        return True
    return actor.is_staff and concern.handler_id == actor.staff_id


def allowed(permission: str, obj=None, actor: Actor | None = None) -> bool:
    actor = actor or current()
    if not has(permission, actor):
        return False
    from models.core.schema import Concern

    if isinstance(obj, Concern):
        return can_see(obj, actor)
    return True


def require(permission: str, obj=None) -> Actor:
    """Raise ``NotAllowed`` (a ``ValidationError`` with a plain Chinese
    message) unless the current actor may do ``permission`` — on ``obj``, when
    it is a concern: a confidential one only for the head or its handler.
    Returns the actor."""
    actor = current()
    if actor.role == "nobody":
        raise NotAllowed("桌面已锁定，或还没有人登录。请先选自己的名字、输入密码登录。", permission)
    if not has(permission, actor):
        raise NotAllowed(f"{actor.name}（{role_name(actor.role)}）不能{_verb(permission)}。"
                         "如需办理，请找站长。", permission)
    from models.core.schema import Concern

    if isinstance(obj, Concern) and not can_see(obj, actor):
        raise NotAllowed(f"{obj.case_number} 是涉密涉私事项，只有站长和承办人可以查看和办理。",
                         permission)
    return actor


def _verb(permission: str) -> str:
    what = PERMISSIONS[permission]
    return what.split("（")[0]


# ---------------------------------------------------------------- masking

def shown_phone(phone: str, actor: Actor | None = None) -> str:
    """A villager's phone as the actor may see it (masked without
    ``person.view_phone``). The masks themselves live in models.core.validation."""
    from models.core.validation import mask_phone

    if not phone or has("person.view_phone", actor):
        return phone or ""
    return mask_phone(phone)


def shown_id_number(id_number: str, actor: Actor | None = None) -> str:
    from models.core.validation import mask_id

    if not id_number or has("person.view_id_number", actor):
        return id_number or ""
    return mask_id(id_number) or "*" * len(id_number)


CONFIDENTIAL_SUMMARY = "（涉密涉私事项，只有站长和承办人可以查看）"


# ---------------------------------------------------------------- docs/roles.md

def roles_markdown() -> str:
    """docs/roles.md, generated from ``TABLE`` (scripts: ``python -c "from
    models.core.access import write_roles_doc; write_roles_doc()"``)."""
    from models.core.vocab import STAFF_ROLES

    lines = [
        "# 角色和权限 (roles and permissions)",
        "",
        "<!-- Generated from models/core/access.py TABLE by models.core.access.write_roles_doc(); "
        "do not edit by hand: tests/test_access.py checks it. -->",
        "",
        "每个工作人员有一个职责（角色）。下表列出每种角色能看什么、能做什么；"
        "软件在数据层（models/）逐项检查，不只是把按钮藏起来。",
        "",
        "| 权限 | 允许做什么 | " + " | ".join(STAFF_ROLES[r] for r in ROLES) + " |",
        "|---|---|" + "---|" * len(ROLES),
    ]
    for name, what, roles in TABLE:
        marks = " | ".join("✓" if r in roles else "—" for r in ROLES)
        lines.append(f"| `{name}` | {what} | {marks} |")
    lines += [
        "",
        "角色代码：" + "，".join(f"`{r}` {STAFF_ROLES[r]}" for r in ROLES) + "。"
        "值班员就是办事员（`clerk`）和屯点干部（`hamlet_cadre`）。",
        "",
        "## 涉密涉私事项",
        "",
        "涉密涉私的事项只有**站长**和这件事的**承办人**能看到内容、能办理。其他人在首页、"
        "待办的列表里只看到案件编号和“" + CONFIDENTIAL_SUMMARY + "”，反映人姓名只显示姓；"
        "查找时找不到它；打开它会被拒绝。首页的件数仍然把它算在内。",
        "",
        "## 电话号码和身份证号码",
        "",
        "没有 `person.view_phone` 的角色看到的电话是 138****5678 这样；没有 "
        "`person.view_id_number` 的角色看到的身份证号只有前6位和后4位。"
        "打印出来贴在公示栏上的材料一律遮住姓名和电话（不论谁打印）。",
        "",
        "## 没有人登录的时候",
        "",
        "- **图形界面**：启动后、锁屏时，桌面上“没有人”（NOBODY），任何查看和修改都会被拒绝，"
        "直到有人选自己的名字、输入密码登录。闲置超过设定的时间（默认10分钟，站长可在设置里改）"
        "桌面自动锁定（也可以按“锁屏”或F12），所有窗口都被遮住；正在填写的表格不会丢，登录后接着填。"
        "换别人登录时，上一位没关的窗口还在，由后来的人决定保存还是放弃；查找页上一位输入的字会被清掉。",
        "- **命令行和测试**：不在图形界面里时，操作者是“命令行”（SYSTEM），可以做所有事情。"
        "能在这台电脑上运行命令的人本来就能直接读数据文件，所以命令行不再另设密码；"
        "这台电脑的开机密码保护它（见 docs/SECURITY.md）。",
        "- **演示数据**：首次运行时选“用演示数据试试”，不用登录。",
        "- 每一条办理记录都写上当时登录的人；留痕链（models/safety/audit.py）也记下是谁。",
        "",
        "## 密码（PIN）",
        "",
        "- 密码是4到8位数字，或者至少6位、含字母或符号的口令。1234、0000 这类太容易猜的数字不收。",
        "- 只保存加盐的慢哈希（scrypt，n=2^14、r=8、p=1，参数和盐一起保存，以后可以调高），"
        "从不保存密码本身；密码只留在这台电脑上，不随U盘同步。"
        "数字密码挡得住坐到桌前的人，挡不住拿走整个数据文件的人（4到8位数字可以逐个试出来）："
        "数据文件靠电脑的开机密码和存放地点保护。",
        "- 连续输错5次，这个人的账号锁定5分钟；再锁定时依次为10、20、40、60分钟。"
        "屏幕上直接说还要等几分钟。登录成功后重新计数。",
        "- 站长（或管理员）可以在“设置 → 工作人员”里为别人设置或重置密码；"
        "被重置的人下次登录时要换一个自己的密码。",
        "",
        "## 从旧版本升级（还没有人设密码）",
        "",
        "1. 本站还没有任何人设密码时，登录屏幕只让**站长**先设自己的密码；"
        "如果本站没有在岗的站长，谁先设密码谁就成为站长（屏幕上会说明）。",
        "2. 已经有人设了密码之后，其他还没有密码的人不能自己设，"
        "要请站长在“设置 → 工作人员”里为他设置（防止冒名顶替）。",
        "3. 本站一个工作人员也没有时，登录屏幕请第一个人登记姓名和密码，他成为站长。",
        "4. 如果唯一的站长忘了密码：在这台电脑上用命令行 "
        "`python main.py [--data-dir DIR] reset-pin 姓名` 重新设置（命令行就是“命令行”角色），"
        "站点不会被锁死。",
        "",
    ]
    return "\n".join(lines)


def write_roles_doc(path=None) -> None:
    from pathlib import Path

    path = Path(path) if path else Path(__file__).resolve().parents[2] / "docs" / "roles.md"
    path.write_text(roles_markdown(), encoding="utf-8")
