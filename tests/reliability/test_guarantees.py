"""Guarantees that are not one input file: internal errors (G1), consoles (G10), the lock (FS7),
fix-encoding (G4), and the crash log."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from reltools import REPO, held_locks, tree_digest

from lawreport.building import year as building
from lawreport.cli import cli as group


def _run(root: Path, *args: str, env: dict[str, str] | None = None, flags: tuple[str, ...] = ()) -> subprocess.CompletedProcess[bytes]:
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([sys.executable, *flags, "-m", "lawreport", *args], cwd=root, env=full_env,
                          capture_output=True, timeout=60)


def test_internal_error_is_exit_3_with_a_log(built_workspace: Path, monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    monkeypatch.chdir(built_workspace)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    before = tree_digest(built_workspace / "build")

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(building, "render_html", broken)
    result = CliRunner().invoke(group, ["build", "2023", "--force"], prog_name="lawreport")
    assert result.exit_code == 3
    assert "Traceback" not in result.stdout + result.stderr
    assert "内部错误" in result.stderr and "RuntimeError: renderer exploded" in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 3
    logs = list((tmp_path / "state" / "lawreport" / "crash").glob("crash-*.log"))
    assert len(logs) == 1 and str(logs[0]) in result.stderr
    text = logs[0].read_text("utf-8")
    assert "Traceback" in text and "renderer exploded" in text
    assert tree_digest(built_workspace / "build") == before
    assert not held_locks(built_workspace / "build")


@pytest.mark.parametrize("where", ["name", "title"])
def test_gbk_console_never_crashes(workspace: Path, where: str) -> None:
    """Characters outside GBK (䶮 U+4DAE, 𠮷 U+20BB7) printed to a cp936 console."""
    rare = "䶮𠮷"
    if where == "name":
        (workspace / "sections/2023" / f"{rare}.md").write_text("# 标题\n", "utf-8")
        expected = 1
    else:
        meta = workspace / "sections/2023/report.yaml"
        meta.write_text(meta.read_text("utf-8").replace("issuer: 示例县教育局", f"issuer: {rare}县教育局"), "utf-8")
        expected = 0
    result = _run(workspace, "build", "2023", env={"PYTHONIOENCODING": "cp936"})
    stdout, stderr = result.stdout.decode("cp936"), result.stderr.decode("cp936")
    assert "Traceback" not in stdout + stderr, stderr
    assert result.returncode == expected, stderr
    printed = stderr if where == "name" else stdout
    assert "\\u4dae" in printed and "\\U00020bb7" in printed


@pytest.mark.parametrize("args", [("lint", "2023"), ("diff", "2022", "2023"), ("diff", "2022", "2023", "--full")])
def test_gbk_console_prints_source_text_outside_gbk(workspace: Path, args: tuple[str, ...]) -> None:
    """lint and diff print the sources' own text (findings, redlines) to a cp936 console."""
    part = workspace / "sections/2023/shortcomings.md"
    part.write_text(part.read_text("utf-8").replace("部分学校负责人", "部分学校负责人䶮𠮷,"), "utf-8")
    result = _run(workspace, *args, env={"PYTHONIOENCODING": "cp936"})
    stdout, stderr = result.stdout.decode("cp936"), result.stderr.decode("cp936")
    assert "Traceback" not in stdout + stderr, stderr
    assert result.returncode in (0, 1), stderr
    assert "\\u4dae\\U00020bb7" in stdout, stdout[-2000:]


def test_no_implicit_locale_encoding(workspace: Path) -> None:
    """Every file lawreport opens names its encoding (G10)."""
    result = _run(workspace, "build", "2023", flags=("-X", "warn_default_encoding", "-W", "error::EncodingWarning"))
    assert result.returncode == 0, result.stderr.decode()


def test_second_build_is_refused_while_the_first_runs(built_workspace: Path) -> None:
    """FS7 with real processes: the first build is slowed down by the write-delay hook."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "LAWREPORT_TEST_DELAY_WRITE": "0.6"}
    first = subprocess.Popen([sys.executable, "-m", "lawreport", "build", "2023", "--force"], cwd=built_workspace,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    folder = built_workspace / "build/2023"
    for _ in range(2000):  # a bound on the polling (the first write holds the lock), not a timing assertion
        if any(p.name.startswith(".lawreport-tmp-") for p in folder.iterdir()) or first.poll() is not None:
            break
        time.sleep(0.01)
    second = _run(built_workspace, "build", "2023", "--force")
    out, err = first.communicate(timeout=30)
    assert second.returncode == 2, second.stderr.decode()
    assert "正在生成" in second.stderr.decode() and str(first.pid) in second.stderr.decode()
    assert first.returncode == 0, err.decode()
    assert not held_locks(folder)


def test_fix_encoding_then_build(cli, workspace: Path) -> None:
    """F1 and F9 end to end: the suggested command works and keeps a .bak."""
    part = workspace / "sections/2023/measures.md"
    original = part.read_text("utf-8")
    part.write_bytes(original.encode("gbk"))
    short = workspace / "sections/2023/other.md"
    short.write_bytes("媒".encode("gbk"))
    assert cli("build", "2023", cwd=workspace).exit_code == 1
    result = cli("fix-encoding", "sections/2023", cwd=workspace)
    assert result.exit_code == 0, result.stderr
    assert part.read_text("utf-8") == original
    assert short.read_text("utf-8") == "媒"
    assert (workspace / "sections/2023/measures.md.bak").read_bytes() == original.encode("gbk")


def test_fix_encoding_leaves_binary_files_alone(cli, workspace: Path) -> None:
    part = workspace / "sections/2023/measures.md"
    docx = b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256))
    part.write_bytes(docx)
    result = cli("fix-encoding", str(part), cwd=workspace)
    assert result.exit_code == 1
    assert "不是文本文件" in result.stderr
    assert part.read_bytes() == docx
    assert not part.with_name("measures.md.bak").exists()


def test_fix_encoding_of_a_whole_workspace_leaves_hidden_folders_and_environments_alone(cli, workspace: Path) -> None:
    """``lawreport fix-encoding .`` converts the sources, not what git or Python keep beside them."""
    gbk = "全年办理行政复议案件3件。\n".encode("gbk")
    source = workspace / "sections/2023/extra.md"
    source.write_bytes(gbk)
    kept = [workspace / ".git/description.txt", workspace / "env/lib/notes.txt", workspace / "__pycache__/x.txt"]
    (workspace / "env").mkdir()
    (workspace / "env/pyvenv.cfg").write_text("home = /usr/bin\n", "utf-8")
    for path in kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gbk)
    result = cli("fix-encoding", ".", cwd=workspace)
    assert result.exit_code == 0, result.stderr
    assert source.read_text("utf-8") == "全年办理行政复议案件3件。\n"
    assert [path.read_bytes() for path in kept] == [gbk] * len(kept)
    assert not any(path.with_name(path.name + ".bak").exists() for path in kept)


def test_fix_encoding_leaves_a_file_saved_while_it_was_converted(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An edit saved between the read and the replacement is not lost: the file is left as saved."""
    from lawreport.importing import recode as encoding

    part = workspace / "sections/2023/extra.md"
    part.write_bytes("全年办理行政复议案件3件。\n".encode("gbk"))
    convert = encoding.convert

    def saved_meanwhile(data: bytes) -> tuple[str, str] | None:
        part.write_bytes("改好的内容，又多写了几个字。\n".encode("gbk"))  # the office saves again, meanwhile
        return convert(data)

    monkeypatch.setattr(encoding, "convert", saved_meanwhile)
    monkeypatch.chdir(workspace)
    result = CliRunner().invoke(group, ["fix-encoding", str(part)])
    assert result.exit_code == 1
    assert "被改动" in result.stderr
    assert part.read_bytes() == "改好的内容，又多写了几个字。\n".encode("gbk")
    assert not part.with_name("extra.md.bak").exists()


_TRADITIONAL = "示例縣教育局2023年法治政府建設年度報告\n\n全年修訂制度4項，辦理行政復議案件3件。\n"
_JAPANESE = "示例町教育委員会の2023年の年次報告\n\n法令に基づいて行政の手続きを進めました。\n"


@pytest.mark.parametrize(("text", "encoding", "named"), [(_TRADITIONAL, "big5", "Big5"),
                                                         (_JAPANESE, "shift_jis", "Shift-JIS")], ids=["big5", "sjis"])
def test_fix_encoding_never_turns_big5_or_shift_jis_into_gbk_garbage(cli, workspace: Path, text: str, encoding: str,
                                                                    named: str) -> None:
    """Big5 and Shift-JIS bytes nearly always decode as GBK, into garbage: named and left alone,
    as import names and refuses them."""
    part = workspace / "sections/2023/other.md"
    part.write_bytes(text.encode(encoding))
    result = cli("fix-encoding", str(part), cwd=workspace)
    assert result.exit_code == 1
    assert named in result.stderr and "另存为" in result.stderr and "other.md" in result.stderr
    assert part.read_bytes() == text.encode(encoding)
    assert not part.with_name("other.md.bak").exists()


def test_fix_encoding_converts_utf16_without_a_bom(cli, workspace: Path) -> None:
    part = workspace / "sections/2023/measures.md"
    original = part.read_text("utf-8")
    part.write_bytes(original.encode("utf-16-le"))
    result = cli("fix-encoding", str(part), cwd=workspace)
    assert result.exit_code == 0, result.stderr
    assert "UTF-16" in result.stdout
    assert part.read_text("utf-8") == original


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and symlinks")
def test_fix_encoding_keeps_the_mode_and_leaves_links_and_read_only_files(cli, workspace: Path) -> None:
    """A private file stays private (its .bak too); a read-only file and a link (which may lead
    out of sections/: the build refuses it) are named and left as they are."""
    folder = workspace / "sections/2023"
    gbk = "全年办理行政复议案件3件。\n".encode("gbk")
    private = folder / "private.md"
    private.write_bytes(gbk)
    private.chmod(0o600)
    locked = folder / "locked.md"
    locked.write_bytes(gbk)
    locked.chmod(0o444)
    outside = workspace / "elsewhere.md"
    outside.write_bytes(gbk)
    (folder / "link.md").symlink_to(outside)
    result = cli("fix-encoding", str(folder), cwd=workspace)
    assert result.exit_code == 1
    assert private.read_text("utf-8") == "全年办理行政复议案件3件。\n"
    assert (private.stat().st_mode & 0o777, (folder / "private.md.bak").stat().st_mode & 0o777) == (0o600, 0o600)
    assert "locked.md" in result.stderr and "只读" in result.stderr
    assert locked.read_bytes() == gbk and not (folder / "locked.md.bak").exists()
    assert "link.md" in result.stderr and "链接" in result.stderr
    assert (folder / "link.md").is_symlink() and outside.read_bytes() == gbk and not (folder / "link.md.bak").exists()


def test_imported_then_built_document_leaks_nothing(built_workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """I11 + I13 + G12: hidden text and the received file's metadata never reach our outputs."""
    import hostile

    leaky = hostile.hidden(built_workspace)
    received = built_workspace / "received.docx"
    received.write_bytes(hostile._rewrite(leaky, lambda name, content: content.replace(
        b"</cp:coreProperties>", b"<dc:description>AUTHOR-LEAK</dc:description></cp:coreProperties>")
        if name == "docProps/core.xml" else content))
    shutil.rmtree(built_workspace / "sections/2023")
    shutil.rmtree(built_workspace / "build")
    monkeypatch.chdir(built_workspace)
    imported = CliRunner().invoke(group, ["import", "received.docx"], prog_name="lawreport")
    assert imported.exit_code == 0, imported.output
    built = CliRunner().invoke(group, ["build", "2023"], prog_name="lawreport")
    assert built.exit_code == 0, built.output
    (docx,) = (built_workspace / "build/2023").glob("*.docx")
    with zipfile.ZipFile(docx) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
    for secret in (b"AUTHOR-LEAK", b"HIDDEN-SECRET", b"<w:ins ", b"<w:del ", b"<w:vanish", b"/tmp/", b"/root"):
        assert secret not in everything, secret
    (page,) = (built_workspace / "build/2023").glob("*.html")
    assert "HIDDEN-SECRET" not in page.read_text("utf-8") and str(built_workspace) not in page.read_text("utf-8")


_RECORD_OPENS = """
import json, os, runpy, sys
opened = []
sys.addaudithook(lambda event, args: opened.append([os.fsdecode(args[0]), args[1], args[2]])
                 if event == "open" and isinstance(args[0], (str, bytes)) else None)
sys.argv = ["lawreport", *sys.argv[1:]]
try:
    runpy.run_module("lawreport", run_name="__main__")
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "opened": opened}), file=sys.stderr)
"""
"""Runs lawreport with an audit hook that records every file opened: [path, mode, flags] (mode
is None for os.open)."""


def _opened(root: Path, *args: str, env: dict[str, str]) -> tuple[object, list[tuple[Path, bool]]]:
    """The exit status of ``lawreport *args`` run in ``root``, and every file it opened: its
    absolute path, and whether the open could read what the file held before (read access, not
    truncated, not created new)."""
    import json

    done = subprocess.run([sys.executable, "-c", _RECORD_OPENS, *args], cwd=root,
                          env={**os.environ, "PYTHONPATH": str(REPO), **env}, capture_output=True, timeout=120)
    result = json.loads(done.stderr.decode().strip().splitlines()[-1])
    opened = []
    for name, mode, flags in result["opened"]:
        if isinstance(mode, str):
            reads = "r" in mode or "+" in mode
        else:
            fresh = flags & os.O_TRUNC or (flags & os.O_CREAT and flags & os.O_EXCL)
            reads = flags & os.O_ACCMODE != os.O_WRONLY and not fresh
        opened.append((Path(os.path.abspath(os.path.join(root, name))), bool(reads)))
    return result["code"], opened


def _below(path: Path, roots: list[Path]) -> bool:
    return any(path == root or root in path.parents for root in roots)


_SYSTEM = [*(Path(p) for p in {sys.prefix, sys.base_prefix, sys.exec_prefix, *__import__("sysconfig").get_paths().values()}),
           Path("/dev"), Path("/proc"), Path("/sys"), Path("/etc"), Path("/usr")]
"""Python, its packages and the system's folders."""


@pytest.mark.parametrize("args", [("build", "2023", "--force"), ("lint", "2023"), ("diff", "2022", "2023")])
def test_nothing_outside_the_workspace_is_read(built_workspace: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    """G11: every file a command opens is in the workspace, lawreport itself, Python or a system
    folder, even when sections/ holds links pointing out of it."""
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "机密.md").write_text("# 机密\n\n不应读取的内容。\n", "utf-8")
    (built_workspace / "sections/2023/other.md").symlink_to(secret / "机密.md")
    (built_workspace / "sections/2022/other.md").symlink_to(secret / "机密.md")
    code, opened = _opened(built_workspace, *args, env={})
    assert code == 1, opened  # the links are refused
    outside = [str(path) for path, _ in opened if not _below(path, [built_workspace, REPO / "lawreport", *_SYSTEM])]
    assert any(path.name == "measures.md" for path, _ in opened)  # the hook does record reads
    assert outside == [], outside
    assert not any("机密" in str(path) or secret in path.parents for path, _ in opened)


def test_outputs_are_byte_identical_across_processes_and_places(tmp_path: Path) -> None:
    """G5: two builds in different folders, from different working directories, with different
    hash seeds, time zones and locales (and a pause between them) give identical files."""
    digests = []
    for index, (seed, tz, lang, cwd) in enumerate([("1", "UTC", "C.UTF-8", "."),
                                                   ("2", "Asia/Shanghai", "zh_CN.UTF-8", "sections/2023")]):
        root = tmp_path / f"copy-{index}" / ("深" * (index + 1))
        shutil.copytree(REPO / "sections", root / "sections")
        env = {"PYTHONHASHSEED": seed, "TZ": tz, "LANG": lang, "LC_ALL": lang}
        done = _run(root / cwd, "build", "2023", env=env)
        assert done.returncode == 0, done.stderr.decode()
        digests.append({p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                        for p in (root / "build/2023").iterdir() if p.suffix in (".docx", ".html")})
        time.sleep(1.1)  # a different second on the clock: no timestamp may leak in
    assert len(digests[0]) == 2 and digests[0] == digests[1]


def test_no_cache_is_read_and_no_planted_code_runs(built_workspace: Path, tmp_path: Path) -> None:
    """A build reads the sources, the templates and the configuration, from build/ only its
    own bookkeeping (.lawreport-build.json, data) and the lock (opened read-write to be locked),
    and this user's key for the build state (lawreport.files.statekey, 32 bytes, not code):
    no cache of parsed sources or compiled
    templates, in the workspace or in the user's cache and temporary folders. Jinja bytecode
    caches planted in each of those places (pickles that would run a command) stay unread."""
    import pickle

    import jinja2
    from jinja2.bccache import bc_magic

    from lawreport.render.templates import find_template

    marker = tmp_path / "planted-code-ran"

    class Planted:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"echo ran > '{marker}'",))

    user_cache, temporary = tmp_path / "user-cache", tmp_path / "tmp"
    template = find_template("report.html.j2", built_workspace / "templates")
    folders = [built_workspace / name for name in ("build/.cache", "build", "build/2023")]
    folders += [user_cache, user_cache / "lawreport", temporary, temporary / "lawreport",
                temporary / f"_jinja2-cache-{os.getuid()}"]
    for cache in folders:
        cache.mkdir(parents=True, exist_ok=True)
        key = jinja2.FileSystemBytecodeCache(str(cache)).get_cache_key("report.html.j2", str(template))
        (cache / f"__jinja2_{key}.cache").write_bytes(bc_magic + pickle.dumps(Planted(), 2))
    env = {"XDG_CACHE_HOME": str(user_cache), "TMPDIR": str(temporary), "LAWREPORT_JOBS": "1",
           "XDG_STATE_HOME": str(tmp_path / "state")}
    code, opened = _opened(built_workspace, "build", "2023", "--force", env=env)
    assert code == 0, opened
    assert not marker.exists()
    read = [path for path, reads in opened if reads]
    assert any(path.name == "report.html.j2" for path in read)  # the hook does record reads
    sources = [built_workspace / "sections", REPO / "lawreport", REPO / "templates", *_SYSTEM]
    own = [built_workspace / "build/2023" / name for name in (".lawreport-build.json", ".lawreport.lock")]
    own.append(tmp_path / "state/lawreport/state-key")
    unexpected = [str(path) for path in read if not _below(path, sources) and path not in own]
    assert unexpected == [], unexpected
