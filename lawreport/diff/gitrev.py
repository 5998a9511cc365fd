"""Reading one year's sources as they were at a git revision.

The year folder is read with ``git ls-tree`` and ``git cat-file`` (never a shell) into a
temporary workspace that shares the current workspace's settings, and loaded from there. A
blob's size is read from the tree listing before the blob is: one larger than a source may be
is refused without being read. A missing git, a folder outside a repository, an unknown
revision or a year absent at that revision each get a Chinese message (exit 2).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from lawreport.errors import LawreportError, SourceError, UsageError
from lawreport.model import Report
from lawreport.sources.loader import load_report
from lawreport.sources.textfile import MAX_SOURCE_BYTES
from lawreport.sources.workspace import Workspace

GIT_TIMEOUT = 60
MAX_ENTRIES = 256
"""Files read from one year folder at a revision (a year has a handful)."""
_SAFE_REV = re.compile(r"^[^\s\x00-\x1f-][^\x00-\x1f]*$")


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    git = shutil.which("git")
    if git is None:
        raise UsageError("找不到 git 命令，无法读取历史版本", hint="请安装 git，或去掉 --rev / 年份@版本 的写法。")
    try:
        return subprocess.run([git, *args], cwd=cwd, capture_output=True, timeout=GIT_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise UsageError(f"git {args[0]} 超过 {GIT_TIMEOUT} 秒没有结束") from None
    except OSError as exc:
        raise UsageError(f"无法运行 git：{exc.strerror or exc}") from None


def _toplevel(root: Path) -> Path:
    result = _git(["rev-parse", "--show-toplevel"], root)
    if result.returncode != 0:
        raise UsageError(f"工作区 {root} 不在 git 仓库中，无法读取历史版本",
                         hint="请先用 git init 建立仓库并提交，或直接比较两个年份：lawreport diff 2022 2023。")
    return Path(result.stdout.decode("utf-8", "replace").strip()).resolve()


def resolve_commit(root: Path, rev: str) -> str:
    """The commit id ``rev`` names, or a UsageError."""
    if not _SAFE_REV.match(rev):
        raise UsageError(f"修订版本“{rev}”的写法无效", hint="例如 HEAD~1、main、v2023 或提交号。")
    _toplevel(root)
    result = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], root)
    if result.returncode != 0:
        raise UsageError(f"git 仓库中找不到修订版本“{rev}”",
                         hint="可用 git log --oneline 查看提交，例如 HEAD~1 表示上一次提交。")
    return result.stdout.decode("ascii").strip()


def _extract(root: Path, commit: str, rev: str, folder: Path, target: Path) -> None:
    top = _toplevel(root)
    try:
        relative = folder.resolve().relative_to(top).as_posix()
    except ValueError:
        raise UsageError(f"{folder} 不在 git 仓库 {top} 中") from None
    listing = _git(["ls-tree", "-l", "-z", commit, "--", relative + "/"], root)
    entries = [e for e in listing.stdout.decode("utf-8", "surrogateescape").split("\0") if e]
    if listing.returncode != 0 or not entries:
        raise UsageError(f"修订版本“{rev}”中没有 {relative}/ 目录",
                         hint="这一年可能在该版本之后才建立；可用 git log -- " + relative + " 查看它的历史。")
    if len(entries) > MAX_ENTRIES:
        raise UsageError(f"修订版本“{rev}”中的 {relative}/ 有 {len(entries)} 个条目，超过上限 {MAX_ENTRIES}",
                         hint="年度目录中只应有该年的源文件。")
    target.mkdir(parents=True)
    for entry in entries:
        meta, _, path = entry.partition("\t")
        mode, kind, blob, size = meta.split()
        name = path.rsplit("/", 1)[-1]
        if kind != "blob" or mode not in ("100644", "100755") or name in ("", ".", ".."):
            continue
        if not size.isdigit() or int(size) > MAX_SOURCE_BYTES:
            raise SourceError(f"修订版本“{rev}”中的 {path} 过大（{int(size) // 1024 if size.isdigit() else '?'} KB，"
                              f"上限 {MAX_SOURCE_BYTES // 1024} KB），未读取", hint="源文件应为几十 KB 以内的文字。")
        content = _git(["cat-file", "blob", blob], root)
        if content.returncode != 0:
            raise UsageError(f"无法从修订版本“{rev}”读取 {path}")
        (target / name).write_bytes(content.stdout)


def load_report_at(workspace: Workspace, year: int, rev: str) -> Report:
    """``sections/<year>/`` of ``workspace`` as committed at ``rev`` (settings from the working tree)."""
    commit = resolve_commit(workspace.root, rev)
    folder = workspace.sections / str(year)
    with tempfile.TemporaryDirectory(prefix="lawreport-rev-") as temp:
        snapshot = workspace._replace(root=Path(temp))
        target = snapshot.sections / str(year)
        _extract(workspace.root, commit, rev, folder, target)
        try:
            return load_report(snapshot, year)
        except LawreportError as exc:
            message = exc.render().replace(str(target), f"{rev}:{folder.relative_to(workspace.root).as_posix()}")
            raise SourceError(f"修订版本“{rev}”中的 {year} 年源文件有错误：\n{message}") from None
