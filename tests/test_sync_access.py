"""Who may carry data between desks: sync.run is checked in the sync code
itself (models/core/access.py's table), not only by the screen's buttons."""
from __future__ import annotations

import pytest

from models.core import access
from models.core.errors import ValidationError

from . import sync_desks as sd


@pytest.fixture
def pair_of_desks(tmp_path):
    township, village = sd.build_network(tmp_path / "desks", villages=1)[:2]
    stick = tmp_path / "stick"
    stick.mkdir()
    yield township, village, stick
    sd.close()


@pytest.mark.parametrize("who", [access.NOBODY, access.Actor("赵国平", "supervisor")])
def test_a_supervisor_or_a_locked_desk_cannot_export_import_or_pair(pair_of_desks, who):
    from sync import engine, pairing

    township, village, stick = pair_of_desks
    package = sd.export(village, township, stick)
    township.open()
    before = sd.table_counts(township)
    with access.acting_as(who):
        for attempt in (lambda: engine.export_package(stick, village.code),
                        lambda: engine.import_package(package),
                        lambda: engine.import_package(package, dry_run=True),
                        lambda: pairing.create_child_pairing("451422101299", "新村", None, stick)):
            with pytest.raises(ValidationError) as refused:
                attempt()
            assert "U盘" in refused.value.message or "登录" in refused.value.message
    assert sd.table_counts(township) == before
    engine.import_package(package)  # the command line (SYSTEM) may


def test_a_database_copied_to_a_second_pc_is_refused_not_merged(pair_of_desks, tmp_path):
    """Two PCs working on copies of one desk's file share its instance id:
    the same dot then carries two values. The township takes the first
    package and refuses the second plainly instead of keeping one silently."""
    import shutil

    from models.core.schema import Station
    from sync import engine

    township, village, stick = pair_of_desks
    sd.close()
    clone = sd.Desk("clone", tmp_path / "clone", village.level, village.name, village.code,
                    village.station_id)
    shutil.copytree(village.folder, clone.folder)
    for desk, phone in ((village, "13900000001"), (clone, "13900000002")):
        desk.open()
        Station.update(phone=phone).where(Station.id == village.station_id).execute()
    first = sd.export(village, township, stick)
    second = sd.export(clone, township, stick)
    township.open()
    engine.import_package(first)
    before = sd.table_counts(township)
    with pytest.raises(ValidationError) as refused:
        engine.import_package(second)
    assert refused.value.reason == "cloned_desk"
    assert "另一台电脑" in refused.value.message
    assert sd.table_counts(township) == before
