"""``baomi watch``: a file is reviewed only once completely written, clean files go to
approved, the others to held with their record, nothing is lost, and a (re)start picks up what
is already in the inbox."""

from __future__ import annotations

import fcntl
import hashlib
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_docx, run_cli

PHONE = "13812345678"


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    names = ("inbox", "approved", "held", "out")
    paths = {name: tmp_path / name for name in names}
    paths["inbox"].mkdir()
    return paths


def _all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def _watch_once(folders: dict[str, Path], *extra: str) -> Any:
    return run_cli(
        "watch",
        str(folders["inbox"]),
        "--approved",
        str(folders["approved"]),
        "--held",
        str(folders["held"]),
        "--out",
        str(folders["out"]),
        "--once",
        "--settle",
        "0.3",
        "--lang",
        "en",
        *extra,
    )


def test_once_sorts_the_inbox_and_loses_nothing(folders: dict[str, Path]) -> None:
    inbox = folders["inbox"]
    (inbox / "clean.txt").write_text("关于做好春节期间值班工作的通知。\n", encoding="utf-8")
    (inbox / "phone.txt").write_text(f"联系电话{PHONE}。\n", encoding="utf-8")
    (inbox / "sub").mkdir()
    make_docx(inbox / "sub" / "notice.docx", ["普通通知正文。"])
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.7\nbroken\n")
    (inbox / ".upload.docx.part").write_bytes(b"half")  # still being uploaded: left alone
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in _all_files(inbox)}

    result = _watch_once(folders)
    assert result.exit_code == 2, result.output  # broken.pdf could not be processed

    approved, held = folders["approved"], folders["held"]
    assert sorted(p.relative_to(approved).as_posix() for p in _all_files(approved)) == [
        "clean.txt",
        "sub/notice.docx",
    ]
    assert sorted(p.relative_to(held).as_posix() for p in _all_files(held)) == [
        "broken.pdf",
        "broken.pdf.error.txt",
        "phone.txt",
        "phone.txt.review.json",
    ]
    assert [p.name for p in _all_files(inbox)] == [".upload.docx.part"]
    # Moved, not rewritten: every file arrives byte for byte.
    for folder in (approved, held):
        for path in _all_files(folder):
            if path.name in digests:
                assert hashlib.sha256(path.read_bytes()).hexdigest() == digests[path.name]
    record = json.loads((held / "phone.txt.review.json").read_text(encoding="utf-8"))
    assert record["findings"][0]["entity_type"] == "CN_MOBILE"
    assert (held / "phone.txt.review.json").stat().st_mode & 0o077 == 0
    assert "corrupt" in (held / "broken.pdf.error.txt").read_text(encoding="utf-8")
    assert "approved: clean.txt" in result.stdout and "held: phone.txt" in result.stdout


def test_once_leaves_a_locked_file_and_names_never_clash(folders: dict[str, Path]) -> None:
    inbox = folders["inbox"]
    (folders["approved"]).mkdir()
    (folders["approved"] / "clean.txt").write_text("已经通过的旧文件\n", encoding="utf-8")
    (inbox / "clean.txt").write_text("关于做好值班工作的通知。\n", encoding="utf-8")
    locked = inbox / "locked.txt"
    locked.write_text("正在上传的文件\n", encoding="utf-8")
    with locked.open("rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        result = _watch_once(folders)
    assert result.exit_code == 0, result.output
    assert locked.exists()
    assert "still being written" in result.stderr
    # The earlier approved file is kept; the new one gets its own name.
    assert (folders["approved"] / "clean.txt").read_text(encoding="utf-8") == "已经通过的旧文件\n"
    assert (folders["approved"] / "clean (2).txt").read_text(encoding="utf-8").startswith("关于")
    # A later run (the lock gone) picks the file up.
    result = _watch_once(folders)
    assert result.exit_code == 0 and not locked.exists()
    assert (folders["approved"] / "locked.txt").is_file()


def test_watch_refuses_nested_folders(folders: dict[str, Path]) -> None:
    result = run_cli(
        "watch",
        str(folders["inbox"]),
        "--approved",
        str(folders["inbox"] / "ok"),
        "--held",
        str(folders["held"]),
        "--once",
    )
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_file_arriving_in_pieces_is_reviewed_once_complete(folders: dict[str, Path]) -> None:
    """The first half of the file is clean, the second half holds a mobile number. Reviewed
    too early, the file would go to approved; complete, it must go to held."""
    from pipeline.batch.watch import Watcher
    from pipeline.config import load_config
    from pipeline.engines import get_engines

    config = load_config(None)
    get_engines(config)  # loaded now, so an early review would be fast enough to show
    lines: list[str] = []
    watcher = Watcher(
        folders["inbox"],
        folders["approved"],
        folders["held"],
        folders["out"],
        config,
        lang="en",
        settle=1.5,
        poll=0.05,
        echo=lambda line, err: lines.append(line),
    )
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
    thread.start()
    try:
        target = folders["inbox"] / "reply.txt"
        first = "关于申请公开政府信息的答复。\n" * 20
        rest = f"经办人电话{PHONE}。\n"
        with target.open("w", encoding="utf-8") as handle:
            handle.write(first)
        # Several polls pass while the upload pauses (shorter than the settle interval).
        time.sleep(0.8)
        assert target.exists()
        assert watcher.handled == []
        assert not folders["out"].exists() or not list(folders["out"].rglob("*.review.json"))
        with target.open("a", encoding="utf-8") as handle:
            handle.write(rest)
        deadline = time.monotonic() + 30
        while not watcher.handled and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert len(watcher.handled) == 1, lines
    handled = watcher.handled[0]
    complete = (first + rest).encode("utf-8")
    assert handled.sha256 == hashlib.sha256(complete).hexdigest()
    assert handled.held and handled.destination == folders["held"] / "reply.txt"
    assert (folders["held"] / "reply.txt").read_bytes() == complete
    assert (folders["held"] / "reply.txt.review.json").is_file()
    assert not target.exists()


def test_watch_picks_up_files_that_arrived_while_down(folders: dict[str, Path]) -> None:
    """Files already in the inbox when the watch starts are reviewed without any event."""
    from pipeline.batch.watch import Watcher
    from pipeline.config import load_config

    for i in range(3):
        (folders["inbox"] / f"n{i}.txt").write_text(f"第{i}号通知。\n", encoding="utf-8")
    watcher = Watcher(
        folders["inbox"],
        folders["approved"],
        folders["held"],
        folders["out"],
        load_config(None),
        settle=0.2,
        poll=0.05,
        echo=lambda line, err: None,
    )
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while len(watcher.handled) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    thread.join(timeout=10)
    assert sorted(p.name for p in folders["approved"].iterdir()) == ["n0.txt", "n1.txt", "n2.txt"]
    assert not list(folders["inbox"].iterdir())


def test_safe_move_across_filesystems_keeps_the_file(tmp_path: Path, monkeypatch) -> None:
    """When a hard link is impossible (another filesystem), the copy is complete and checked
    before the source goes."""
    import errno
    import os

    from pipeline.batch import watch

    source = tmp_path / "a" / "doc.txt"
    source.parent.mkdir()
    source.write_bytes(b"content")
    real_link = os.link
    calls = []

    def no_cross_device_link(src, dst, *args, **kwargs):
        calls.append((src, dst))
        if Path(src) == source:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return real_link(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "link", no_cross_device_link)
    target = tmp_path / "b" / "doc.txt"
    digest = hashlib.sha256(b"content").hexdigest()
    assert watch.safe_move(source, target, digest) == target
    assert target.read_bytes() == b"content" and not source.exists()
    assert len(calls) == 2  # the refused link, then the temporary copy linked into place
    assert not [p for p in target.parent.iterdir() if p.name != "doc.txt"]
    # A copy that does not match what was reviewed is refused and the source stays.
    source.write_bytes(b"changed")
    with pytest.raises(OSError):
        watch.safe_move(source, tmp_path / "c" / "doc.txt", digest)
    assert source.read_bytes() == b"changed"
    assert not (tmp_path / "c" / "doc.txt").exists()
