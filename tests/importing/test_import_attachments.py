"""``lawreport import`` of a report whose attachments follow the 落款 (GB/T 9704 7.4)."""

from __future__ import annotations

from tests.received.test_attachments import ATTACHMENTS, HEAD, NOTICE, SIGNED


def test_attachments_are_left_out_with_a_note_and_the_signature_kept(workspace, cli, tmp_path):
    path = tmp_path / "林业局.txt"
    path.write_text("\n".join(HEAD + NOTICE + SIGNED + ATTACHMENTS) + "\n", encoding="utf-8")
    result = cli("import", str(path), cwd=workspace)
    assert result.exit_code == 0, result.output
    folder = workspace / "sections" / "2024"
    meta = (folder / "report.yaml").read_text(encoding="utf-8")
    assert 'issuer: "青禾县林业局"' in meta and 'date: "2025年2月21日"' in meta
    plans = (folder / "plans.md").read_text(encoding="utf-8")
    assert "附件：1.青禾县林业局2024年行政执法情况统计表" in plans  # the 附件说明 is the body's end
    assert "附件1" not in plans and "行政检查" not in plans and "森林防火" not in plans
    assert "青禾县林业局\n" not in plans and "2025年2月21日" not in plans
    first = len(HEAD + NOTICE + SIGNED) + 1
    assert f"{path}:{first}:1: 落款之后的附件" in result.output
    build = cli("build", "2024", "--format", "html", cwd=workspace)
    assert build.exit_code == 0, build.output
