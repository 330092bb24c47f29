"""What every command needs: the data folder's database, opened."""
from __future__ import annotations

import sys
from pathlib import Path


def open_data(data_dir, must_exist: bool = True) -> Path:
    """Open the database in ``data_dir`` (the user's data folder if None) and
    return its path; exit with a plain message if there is none yet."""
    from models.db import database_path, open_database

    path = database_path(data_dir)
    if must_exist and not path.exists():
        sys.exit(f"还没有数据库：{path}\n请先运行 python main.py 设置站点，或运行 python main.py demo 生成演示数据。")
    open_database(path)
    return path
