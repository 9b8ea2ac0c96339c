"""The pad in a real browser: headless Chromium (Debian's package) driven by Playwright.

`judge serve --port 0` runs in a subprocess with a throwaway submissions folder
and history. Every request the browser makes is routed through a check: one to
any host but loopback is aborted and fails the test (nothing is fetched from
outside the machine).

Screenshots for the README: JUDGE_PAD_SCREENSHOTS=docs pytest tests/test_pad_browser.py
"""

from __future__ import annotations

import http.client
import os
import re
import select
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from judge.isolation import environment

playwright_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
SHOTS = os.environ.get("JUDGE_PAD_SCREENSHOTS")

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="needs Debian's chromium (apt-get install chromium)")

WRONG = '''def most_played_track(plays: list[str]) -> str:
    """Ties by the smallest id: wrong, the spec says the earliest first play."""
    if not plays:
        raise ValueError("no plays")
    counts: dict[str, int] = {}
    for track in plays:
        counts[track] = counts.get(track, 0) + 1
    best = max(counts.values())
    return min(track for track, count in counts.items() if count == best)
'''

RIGHT = '''def most_played_track(plays: list[str]) -> str:
    """One pass to count; max over the dict keeps the first-seen order on ties."""
    if not plays:
        raise ValueError("no plays")
    counts: dict[str, int] = {}
    for track in plays:
        counts[track] = counts.get(track, 0) + 1
    return max(counts, key=counts.__getitem__)
'''


class Server:
    def __init__(self, tmp: Path) -> None:
        self.submissions = tmp / "submissions"
        self.data = tmp / "data"
        self.env = {**os.environ, "JUDGE_SUBMISSIONS": str(self.submissions),
                    "JUDGE_DATA_DIR": str(self.data), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "judge", "--problems", str(ROOT / "problems"), "serve",
             "--port", "0"], cwd=ROOT, env=self.env, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True)
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], 60)
        if not ready:
            self.stop()
            pytest.fail("judge serve printed nothing in 60 s")
        line = self.proc.stdout.readline()
        match = re.search(r"(http://\S+)", line)
        assert match, f"judge serve printed no URL: {line!r}"
        self.url = match.group(1)
        self.base = self.url.split("/?")[0]
        self.token = self.url.split("token=")[1]

    def file(self, slug: str) -> Path:
        return self.submissions / f"{slug}.py"

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("pad"))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    """A browser context whose every request must go to loopback."""
    foreign: list[str] = []
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})

    def guard(route: Any) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:")) or host in LOOPBACK:
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    ctx.route("**/*", guard)
    errors: list[str] = []
    ctx.on("weberror", lambda error: errors.append(str(error.error)))
    ctx.foreign = foreign
    ctx.errors = errors
    yield ctx
    ctx.close()
    assert not foreign, f"the pad tried to reach another host: {foreign}"


def shot(page: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / name))


def set_code(page: Any, text: str) -> None:
    """Replace the editor's text as a paste would (then the autosave runs)."""
    page.evaluate("text => window.judgePad.editor.set(text)", text)


def verdict(page: Any, timeout_s: float = 90) -> str:
    """The verdict the panel shows, once it shows one."""
    page.wait_for_selector("#verdict[data-verdict]:not([data-verdict=''])",
                           timeout=timeout_s * 1000)
    shown: str = page.get_attribute("#verdict", "data-verdict")
    if shown not in ("Accepted", "Wrong Answer", "Too Slow", "Runtime Error"):
        print(page.inner_text("#verdict"))  # a Judge Error's details, for the log
    return shown


def wait_saved(page: Any) -> None:
    page.wait_for_function("() => !window.judgePad.dirty && !window.judgePad.saving")


def test_solve_a_problem_in_the_pad(server: Server, context: Any) -> None:
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and context.errors.append(m.text))
    page.goto(server.url)
    assert "token" not in page.url  # traded for a cookie
    page.wait_for_selector("#catalog tbody tr[data-problem='most_played_track']")
    assert page.locator("#catalog tbody tr").count() >= 20
    page.select_option("#f-level", "easy")
    assert page.locator("#catalog tbody tr").count() < 20

    # A new problem starts from the stub, written to submissions/<slug>.py.
    page.click("#catalog a[href='/pad/most_played_track']")
    page.wait_for_selector(".cm-content >> text=raise NotImplementedError")
    assert server.file("most_played_track").read_text() == (
        ROOT / "problems/most_played_track/stub.py").read_text()
    # The statement pane ends with the environment the code runs with.
    statement = page.inner_text("#statement")
    assert "Your environment" in statement and "np.asarray(x, dtype=float)" in statement
    assert f"numpy {environment.version('numpy')}" in statement

    # A wrong solution: Run (the keyboard shortcut) finds the minimal counterexample.
    set_code(page, WRONG)
    wait_saved(page)
    assert server.file("most_played_track").read_text() == WRONG
    page.click(".cm-content")
    page.keyboard.press("Control+Enter")
    assert verdict(page) == "Wrong Answer"
    assert "Reproduce" in page.inner_text("#verdict")
    assert "most_played_track([" in page.locator(".repro pre").inner_text()
    assert page.locator("code.diff mark").count() == 2  # expected and actual, difference marked
    shot(page, "pad-wrong-answer.png")

    # The reproduce line pastes into the console and runs in the worker.
    page.click("text=Paste into the console")
    page.click("#console-run")
    page.wait_for_selector("#console-output .value", timeout=30_000)
    assert ">>> most_played_track(" in page.locator("#console-output").inner_text()

    # Fixed: Submit streams progress, then Accepted with the growth plot.
    set_code(page, RIGHT)
    wait_saved(page)
    page.click("#submit")
    page.wait_for_selector("#verdict .progress >> text=speed:", timeout=90_000)  # streamed
    assert verdict(page, timeout_s=150) == "Accepted"
    assert page.locator("svg.growth .series.yours circle").count() >= 3
    assert page.locator("svg.growth .series.reference circle").count() >= 3
    assert page.locator("table.speed tbody tr").count() >= 3
    shot(page, "pad-accepted.png")

    # Run on a correct solution: click to verdict on screen, median of 5 (reported).
    times = []
    for _ in range(5):
        page.evaluate("document.querySelector('#verdict').dataset.verdict = ''")
        started = time.perf_counter()
        page.click("#run")
        assert verdict(page) == "Accepted"
        times.append(time.perf_counter() - started)
    print(f"\nRun latency, click to verdict (median of 5): {statistics.median(times):.3f} s"
          f" (all: {', '.join(f'{t:.3f}' for t in times)})")

    # Reload: the code is there (it was saved to the file).
    page.reload()
    page.wait_for_selector(".cm-content >> text=counts.__getitem__")
    assert server.file("most_played_track").read_text() == RIGHT

    # Another editor changes the file: the pad offers it and overwrites nothing.
    changed = RIGHT.replace("One pass", "Edited elsewhere: one pass")
    server.file("most_played_track").write_text(changed)
    page.wait_for_selector("#conflict:not([hidden])", timeout=10_000)
    shot(page, "pad-conflict.png")
    set_code(page, RIGHT + "\n# typed in the pad meanwhile\n")
    page.wait_for_timeout(1200)  # past the autosave delay: still not written
    assert server.file("most_played_track").read_text() == changed
    page.click("#load-disk")
    page.wait_for_selector(".cm-content >> text=Edited elsewhere")
    assert server.file("most_played_track").read_text() == changed

    # The same file through `judge check` in a terminal: the history has both checks.
    done = subprocess.run([sys.executable, "-m", "judge", "--problems", str(ROOT / "problems"),
                           "check", "most_played_track"], cwd=ROOT,
                          env={**server.env, "JUDGE_NO_SPEED": "1"}, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert str(server.file("most_played_track")) in done.stdout.replace("\n", "")
    from judge.practice.history import History

    checks = History(server.data / "history.db").checks("most_played_track")
    assert [c.verdict.value for c in checks] == ["Accepted", "Accepted"]
    assert {c.submission for c in checks} == {str(server.file("most_played_track"))}

    # The problems page reads the same history: Accepted, two tries.
    page.goto(server.base + "/")
    row = page.locator("#catalog tbody tr[data-problem='most_played_track']")
    row.wait_for()
    assert "Accepted" in row.inner_text() and "\t2\t" in row.inner_text()
    shot(page, "pad-problems.png")
    assert not context.errors, context.errors


def test_typed_text_survives_a_closed_tab(server: Server, context: Any) -> None:
    page = context.new_page()
    page.goto(server.url)
    page.goto(f"{server.base}/pad/dedupe_replays")
    page.wait_for_selector(".cm-content >> text=NotImplementedError")
    page.click(".cm-content")
    page.keyboard.press("Control+End")
    page.keyboard.type("# typed just before closing the tab")
    page.close(run_before_unload=True)  # within the autosave delay
    time.sleep(1.0)
    assert "typed just before closing" in server.file("dedupe_replays").read_text()


class _Foreign(BaseHTTPRequestHandler):
    """A page of another origin that tries to change the pad's file."""

    target = ""

    def do_GET(self) -> None:
        body = (f"<!doctype html><title>evil</title><script>"
                f"fetch({self.target!r}, {{method: 'PUT', mode: 'no-cors', credentials:"
                f" 'include', headers: {{'content-type': 'text/plain'}},"
                f" body: JSON.stringify({{text: 'owned', base: null}})}})"
                f".finally(() => {{ document.title = 'sent'; }});</script>").encode()
        self.send_response(200)
        self.send_header("content-type", "text/html")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def test_other_origins_and_no_token_are_refused(server: Server, context: Any) -> None:
    page = context.new_page()
    # Without the token: refused, nothing served.
    response = page.goto(f"{server.base}/pad/most_played_track")
    assert response is not None and response.status == 403
    assert "token" in page.inner_text("body")
    api = page.request.get(f"{server.base}/api/files/most_played_track")
    assert api.status == 403

    # A DNS-rebinding page reaches the port under another name: the Host is refused.
    port = int(server.base.rsplit(":", 1)[1])
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/api/status", headers={"Host": f"rebind.example:{port}",
                                                "Authorization": f"token {server.token}"})
    assert conn.getresponse().status == 400
    conn.close()

    # With the token (a cookie now), a page of another origin still cannot write.
    page.goto(server.url)
    before = server.file("artist_hops")
    assert not before.exists()
    _Foreign.target = f"{server.base}/api/files/artist_hops"
    evil = HTTPServer(("127.0.0.1", 0), _Foreign)
    thread = threading.Thread(target=evil.serve_forever, daemon=True)
    thread.start()
    try:
        page.goto(f"http://127.0.0.1:{evil.server_address[1]}/")
        page.wait_for_function("document.title === 'sent'", timeout=10_000)
    finally:
        evil.shutdown()
    assert not before.exists()


def test_a_timed_round_in_the_browser(server: Server, context: Any) -> None:
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())
    page.goto(server.url)
    page.goto(f"{server.base}/round")
    page.wait_for_selector("#round-setup:not([hidden])")
    page.fill("#r-minutes", "30")
    page.fill("#r-problems", "top_k_tracks,most_played_track")
    page.click("#r-start")
    page.wait_for_selector(".cm-content >> text=NotImplementedError")
    assert re.match(r"\d\d:\d\d left", page.inner_text("#clock"))
    assert page.locator("#round-tabs .tab").count() == 2
    set_code(page, "def top_k_tracks(plays, k):\n    return sorted(set(plays))[:k]\n")
    wait_saved(page)
    page.click("#run")
    assert verdict(page) == "Wrong Answer"
    page.wait_for_selector("#timeline tbody tr >> text=Wrong Answer", timeout=10_000)
    shot(page, "pad-round.png")
    page.click("#end-round")
    page.wait_for_selector("#scorecard h1", timeout=60_000)
    card = page.inner_text("#scorecard")
    assert "0 of 2 solved" in card and "Wrong Answer" in card and "not attempted" in card
    assert page.locator("#timeline tbody tr").count() == 1
    shot(page, "pad-scorecard.png")
