"""The pad's server in-process (Starlette's TestClient): who may talk to it, how it saves.

The browser tests (test_pad_browser.py) drive the same app through Chromium;
these check each rule on its own, fast.
"""

from __future__ import annotations

import os
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("httpx")

from starlette.testclient import TestClient

from judge.cli import main
from judge.isolation import environment
from judge.packages.format import find_problem
from judge.ui.pad import console, files
from judge.ui.pad.app import PAGES, STATIC, create_app
from judge.ui.pad.security import NO_TOKEN, Guard

ROOT = Path(__file__).resolve().parents[1]
PROBLEMS = ROOT / "problems"
TOKEN = "s3cret-token"
BASE = "http://127.0.0.1:8765"
ORIGIN = {"origin": BASE}


@pytest.fixture
def subs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JUDGE_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "submissions"


@pytest.fixture
def anonymous(subs: Path) -> Iterator[TestClient]:
    app = create_app(PROBLEMS, subs, Guard(TOKEN, "127.0.0.1", 8765))
    with TestClient(app, base_url=BASE, follow_redirects=False) as client:
        yield client


@pytest.fixture
def client(anonymous: TestClient) -> TestClient:
    anonymous.headers["authorization"] = f"token {TOKEN}"
    return anonymous


# --- who may talk to the pad -------------------------------------------------------------


def test_no_token_is_refused(anonymous: TestClient) -> None:
    for path in ("/", "/pad/most_played_track", "/api/status", "/static/pad.js",
                 "/api/files/most_played_track"):
        response = anonymous.get(path)
        assert response.status_code == 403, path
        assert response.text == NO_TOKEN
    assert anonymous.get("/?token=wrong").status_code == 403
    assert anonymous.get("/", headers={"authorization": "token wrong"}).status_code == 403
    assert anonymous.get("/", headers={"cookie": "judge_pad_8765=wrong"}).status_code == 403


def test_the_token_in_the_url_becomes_a_cookie(anonymous: TestClient) -> None:
    response = anonymous.get(f"/pad/most_played_track?token={TOKEN}&x=1")
    assert response.status_code == 303
    assert response.headers["location"] == "/pad/most_played_track?x=1"  # the token is gone
    cookie = response.headers["set-cookie"]
    assert f"judge_pad_8765={TOKEN}" in cookie
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert anonymous.get("/pad/most_played_track").status_code == 200  # the cookie now
    assert anonymous.get("/api/status").status_code == 200


def test_a_foreign_host_is_refused(client: TestClient) -> None:
    for host in ("evil.example:8765", "127.0.0.1:9999", "127.0.0.1", "attacker.test"):
        response = client.get("/api/status", headers={"host": host})
        assert response.status_code == 400, host
        assert "Host" in response.text
    for host in ("127.0.0.1:8765", "localhost:8765", "[::1]:8765"):
        assert client.get("/api/status", headers={"host": host}).status_code == 200, host


def test_changes_need_the_pads_own_origin(client: TestClient, subs: Path) -> None:
    body = {"text": "x = 1\n", "base": None}
    target = subs / "most_played_track.py"
    refused = [
        {},  # no Origin, no Referer
        {"origin": "http://evil.example"},
        {"origin": "http://127.0.0.1:9999"},
        {"origin": "null"},
        {"referer": "http://evil.example/page"},
    ]
    for headers in refused:
        for method, path in (("PUT", "/api/files/most_played_track"),
                             ("POST", "/api/run/most_played_track"),
                             ("POST", "/api/console/most_played_track"),
                             ("POST", "/api/files/most_played_track/start"),
                             ("POST", "/api/round")):
            response = client.request(method, path, json=body, headers=headers)
            assert response.status_code == 403, (method, path, headers)
    assert not target.exists()  # nothing changed, nothing ran
    assert client.put("/api/files/most_played_track", json=body,
                      headers={"referer": f"{BASE}/pad/most_played_track"}).status_code == 200
    assert target.read_text() == "x = 1\n"


def test_security_headers(client: TestClient) -> None:
    for path in ("/", "/pad/most_played_track", "/round", "/api/status", "/static/pad.js"):
        response = client.get(path)
        assert response.status_code == 200, path
        csp = response.headers["content-security-policy"]
        assert "script-src 'self';" in csp and "default-src 'self'" in csp
        assert "connect-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
    refused = client.get("/", headers={"authorization": "token nope"})
    assert "frame-ancestors 'none'" in refused.headers["content-security-policy"]
    # the page's nonce (CodeMirror's <style> elements) is in its CSP and nowhere for scripts
    page = client.get("/pad/most_played_track")
    nonce = re.search(r'name="csp-nonce" content="([^"]+)"', page.text)
    assert nonce and f"style-src 'self' 'nonce-{nonce.group(1)}'" in page.headers[
        "content-security-policy"]
    assert client.get("/api/status").headers["cache-control"] == "no-store"


def test_no_inline_script_and_nothing_from_outside() -> None:
    for page in PAGES.glob("*.html"):
        text = page.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), page.name
        assert not re.search(r"\son\w+=", text), page.name  # no inline handlers
        assert not re.search(r"(src|href)=\"(https?:)?//", text), page.name
    for asset in ("pad.js", "pad.css"):
        urls = set(re.findall(r"https?://[^\s\"'`)]+", (STATIC / asset).read_text()))
        assert urls <= {"http://www.w3.org/2000/svg"}, asset
    bundle = (STATIC / "editor.js").read_text()
    assert "fetch(" not in bundle and "import(" not in bundle


# --- the file ----------------------------------------------------------------------------


def test_a_new_problem_starts_from_the_stub_never_overwriting(client: TestClient,
                                                             subs: Path) -> None:
    stub = (PROBLEMS / "most_played_track" / "stub.py").read_text()
    first = client.get("/api/files/most_played_track").json()
    assert first == {"text": "", "version": None, "exists": False,
                     "path": str(subs / "most_played_track.py")}
    started = client.post("/api/files/most_played_track/start", headers=ORIGIN).json()
    assert started["text"] == stub and started["exists"]
    (subs / "most_played_track.py").write_text("mine\n")
    again = client.post("/api/files/most_played_track/start", headers=ORIGIN).json()
    assert again["text"] == "mine\n"


def test_saves_are_atomic_and_refuse_a_newer_disk_version(client: TestClient,
                                                         subs: Path) -> None:
    path = subs / "most_played_track.py"
    version = client.post("/api/files/most_played_track/start", headers=ORIGIN).json()["version"]
    saved = client.put("/api/files/most_played_track", json={"text": "v1\n", "base": version},
                       headers=ORIGIN)
    assert saved.status_code == 200
    v1 = saved.json()["version"]
    assert path.read_text() == "v1\n" and v1 == files.version_of(b"v1\n")
    path.write_text("edited in another editor\n")
    stale = client.put("/api/files/most_played_track", json={"text": "v2\n", "base": v1},
                       headers=ORIGIN)
    assert stale.status_code == 409
    assert stale.json()["disk"]["text"] == "edited in another editor\n"
    assert "changed on disk" in stale.json()["error"]
    assert path.read_text() == "edited in another editor\n"  # never overwritten silently
    keep = client.put("/api/files/most_played_track",
                      json={"text": "v2\n", "base": stale.json()["disk"]["version"]},
                      headers=ORIGIN)
    assert keep.status_code == 200 and path.read_text() == "v2\n"
    assert sorted(p.name for p in subs.iterdir()) == ["most_played_track.py"]  # no temp files


def test_a_failed_save_leaves_the_old_file_whole(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "f.py"
    path.write_text("old\n")

    def broken(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(files.JudgeError, match="cannot be saved"):
        files.save(path, "new\n", files.version_of(b"old\n"))
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["f.py"]


def test_bad_requests_get_one_clear_line(client: TestClient) -> None:
    cases = [
        ("PUT", "/api/files/most_played_track", b"{not json", 400, "not JSON"),
        ("PUT", "/api/files/most_played_track", b"[1, 2]", 400, "JSON object"),
        ("PUT", "/api/files/most_played_track", b'{"base": null}', 400, "no 'text'"),
        ("PUT", "/api/files/most_played_track", b'{"text": 3, "base": null}', 400, "str"),
        ("GET", "/api/files/no_such_problem", None, 404, "unknown problem 'no_such_problem'"),
        ("GET", "/api/problems/most_playd_track", None, 404, "did you mean"),
        ("GET", "/api/files/..%2F..%2Fetc", None, 404, "not found"),
        ("GET", "/api/files/a..b", None, 404, "unknown problem"),
        ("POST", "/api/console/most_played_track", b'{"input": "__import__(\'os\')"}', 400,
         "line 1"),
        ("POST", "/api/run/most_played_track", None, 400, "no such file"),
        ("GET", "/api/jobs/999/events", None, 404, "no such job"),
        ("GET", "/api/files/most_played_track?round=1", None, 400, "not in a round"),
    ]
    for method, path, body, status, words in cases:
        response = client.request(method, path, content=body,
                                  headers={**ORIGIN, "content-type": "application/json"})
        assert response.status_code == status, (path, response.text)
        error = response.json()["error"]
        assert words in error and "\n" not in error and "Traceback" not in error, error
    assert client.get("/pad/nope").status_code == 404


def test_hint_and_solution_follow_the_cli_rules(client: TestClient) -> None:
    locked = client.post("/api/solution/most_played_track", json={"reveal": False},
                         headers=ORIGIN)
    assert locked.status_code == 409 and locked.json()["locked"]
    shown = client.post("/api/solution/most_played_track", json={"reveal": True},
                        headers=ORIGIN)
    assert shown.status_code == 200 and shown.json()["revealed"]
    assert "most_played_track" in shown.json()["html"]
    hint = client.post("/api/hint/most_played_track", headers=ORIGIN).json()
    assert hint["shown"] == 1 and len(hint["hints"]) == 1 and hint["total"] >= 1
    problem = client.get("/api/problems/most_played_track").json()
    assert len(problem["hints"]) == 1 and "<h1>Most played track</h1>" in problem[
        "statement_html"]
    # the statement pane says what a submission runs with, as `judge show` does
    assert "<h2>Your environment</h2>" in problem["statement_html"]
    assert f"numpy {environment.version('numpy')}" in problem["statement_html"]
    status = client.get("/api/status").json()
    row = next(p for p in status["problems"] if p["problem"] == "most_played_track")
    assert row["hints_shown"] == 1 and row["solution_revealed"]


def test_a_timed_round_in_the_browser_api(client: TestClient) -> None:
    assert client.get("/api/round").json()["round_id"] is None
    started = client.post("/api/round", json={"problems": ["most_played_track"], "minutes": 5},
                          headers=ORIGIN)
    assert started.status_code == 201, started.text
    state = started.json()
    assert state["active"] and [p["problem"] for p in state["problems"]] == ["most_played_track"]
    file = client.get("/api/files/most_played_track?round=1").json()
    assert file["exists"] and file["path"].startswith(state["folder"])
    assert client.post("/api/round", json={}, headers=ORIGIN).status_code == 400  # one at a time
    client.post("/api/round/end", headers=ORIGIN)
    deadline = time.monotonic() + 30
    while (state := client.get("/api/round").json())["scorecard"] is None:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert state["scorecard"]["lines"][0]["summary"] == "not attempted"


# --- the console -------------------------------------------------------------------------


def test_an_empty_problems_folder_says_so(tmp_path: Path, subs: Path) -> None:
    app = create_app(tmp_path, subs, Guard(TOKEN, "127.0.0.1", 8765))
    with TestClient(app, base_url=BASE, headers={"authorization": f"token {TOKEN}"}) as empty:
        data = empty.get("/api/status").json()
    assert data["problems"] == [] and data["empty"].startswith(f"No problems in {tmp_path}:")
    app = create_app(PROBLEMS, subs, Guard(TOKEN, "127.0.0.1", 8765))
    with TestClient(app, base_url=BASE, headers={"authorization": f"token {TOKEN}"}) as full:
        client_status = full.get("/api/status").json()
    assert client_status["empty"] is None


def test_console_input_is_parsed_never_evaluated() -> None:
    function = find_problem(PROBLEMS, "most_played_track")
    cls = find_problem(PROBLEMS, "LRUTrackCache")
    steps = console.parse("most_played_track(['a', ''])\n['x', 'y']\n(['z'],)", function)
    assert [s.args for s in steps] == [(["a", ""],), (["x", "y"],), (["z"],)]
    steps = console.parse("c = LRUTrackCache(2)\nc.put('a', b'1')\nc.get('a')", cls)
    assert steps[0].assign == "c" and steps[2].target == ("c", "get")
    array = console.parse("most_played_track(np.array([1, 2], dtype=np.int32))", function)
    assert str(array[0].args[0].dtype) == "int32"
    for bad in ("__import__('os').system('true')", "import os", "most_played_track(open('x'))",
                "x = 1", "most_played_track(*[1])", "exec('1')", "c.get(1)",
                "most_played_track(lambda: 1)", ""):
        with pytest.raises(console.ConsoleInputError):
            console.parse(bad, function)


def test_serve_refuses_a_remote_host_without_the_flag(capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    assert main(["serve", "--host", "0.0.0.0"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("judge: error: --host 0.0.0.0") and "--allow-remote" in err
    assert err.count("\n") == 1
    assert main(["serve", "--port", "70000"]) == 2
    assert "--port" in capsys.readouterr().err
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"judge: error: --port {port}: cannot listen") and err.count("\n") == 1
