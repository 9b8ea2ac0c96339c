"""`judge serve`: the pad, a local web app on Starlette, served by uvicorn.

    GET  /                       the problems page        (pages/problems.html)
    GET  /pad/<slug>             the pad for one problem  (pages/pad.html)
    GET  /round                  the timed round          (pages/round.html)
    GET  /static/...             editor.js (CodeMirror bundle), pad.js, pad.css
    GET  /api/status             every problem's best verdict and attempts; what next
    GET  /api/problems/<slug>    the statement (HTML), hints shown so far
    GET  /api/files/<slug>       the file and its version        (?round=1: the round's file)
    PUT  /api/files/<slug>       save {text, base}: 409 if the disk is not at ``base``
    POST /api/files/<slug>/start the file from the stub, if there is none
    POST /api/run/<slug>         Run: quick check of the saved file
    POST /api/submit/<slug>      Submit: the check of record -> {job}
    GET  /api/jobs/<id>/events   its progress and result (server-sent events)
    POST /api/console/<slug>     call the function on typed input {input}
    POST /api/hint/<slug>        the next hint
    POST /api/solution/<slug>    the reference {reveal}: after an Accepted, or recorded
    GET  /api/round, POST /api/round, POST /api/round/end   the timed round

Every request passes :class:`judge.ui.pad.security.SecurityMiddleware` first
(Host, token, Origin, headers). Pages are static HTML; the scripts fetch the
API. Errors are JSON ``{"error": "one line"}`` with a 4xx status, never a
traceback.
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import sys
import webbrowser
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from judge.errors import JudgeError, ProblemNotFound
from judge.grading.runner import grade
from judge.packages.format import Problem, find_problem, no_problems
from judge.practice import interview
from judge.practice import status as practice
from judge.practice.history import History
from judge.ui.pad import console, files
from judge.ui.pad.render import code_html, markdown_html
from judge.ui.pad.security import Guard, SecurityMiddleware, new_token, page_csp
from judge.ui.pad.session import Jobs, RoundSession, quick_check
from judge.ui.results import check_json, statement_markdown, status_json

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
PAGES = HERE / "pages"
SLUG = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,99}$")
DEFAULT_PORT = 8765
LOOPBACK = ("127.0.0.1", "localhost", "::1")


class BadRequest(JudgeError):
    """A malformed request (not JSON, a missing field): the message names it."""


@dataclass
class Pad:
    """The server's state: where problems and files are, the jobs, the round."""

    root: Path
    submissions: Path
    guard: Guard
    jobs: Jobs = field(default_factory=Jobs)
    round: RoundSession | None = None

    def problem(self, slug: str) -> Problem:
        if not SLUG.match(slug):
            raise ProblemNotFound(f"unknown problem '{slug[:100]}'")
        return find_problem(self.root, slug)

    def file(self, problem: Problem, request: Request) -> Path:
        """The file the pad edits: submissions/<slug>.py, or the round's copy."""
        if request.query_params.get("round"):
            session = self.round
            if session is None or session.problem(problem.slug) is None:
                raise BadRequest(f"{problem.slug} is not in a round in progress")
            return session.plan.file(problem)
        return self.submissions / f"{problem.slug}.py"


def _pad(request: Request) -> Pad:
    pad: Pad = request.app.state.pad
    return pad


async def _json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadRequest(f"the request body is not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise BadRequest("the request body must be a JSON object")
    return data


def _field(data: dict[str, Any], name: str, kind: type | tuple[type, ...],
           default: Any = ...) -> Any:
    if name not in data:
        if default is ...:
            raise BadRequest(f"the request has no '{name}'")
        return default
    value = data[name]
    if value is not None and not isinstance(value, kind):
        wanted = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        raise BadRequest(f"'{name}' must be {wanted}, got {type(value).__name__}")
    return value


# --- pages -------------------------------------------------------------------------------


def _page(name: str) -> Response:
    """A page, with a fresh nonce for the <style> elements CodeMirror adds (scripts:
    'self' only, whatever the nonce)."""
    nonce = secrets.token_urlsafe(16)
    text = (PAGES / name).read_text(encoding="utf-8").replace("__CSP_NONCE__", nonce)
    return HTMLResponse(text, headers={"content-security-policy": page_csp(nonce),
                                       "cache-control": "no-store"})


async def page_problems(request: Request) -> Response:
    return _page("problems.html")


async def page_pad(request: Request) -> Response:
    _pad(request).problem(request.path_params["slug"])
    return _page("pad.html")


async def page_round(request: Request) -> Response:
    return _page("round.html")


# --- the API -----------------------------------------------------------------------------


async def api_status(request: Request) -> Response:
    pad = _pad(request)

    def work() -> dict[str, Any]:
        problems, errors = practice.catalog(pad.root)
        data = status_json(practice.status(problems, History(), pad.submissions))
        started = {p.slug for p in problems if (pad.submissions / f"{p.slug}.py").is_file()}
        for row in data["problems"]:
            row["started"] = row["problem"] in started
        data["warnings"] = errors
        data["empty"] = None if problems else no_problems(pad.root, "No")
        data["round"] = pad.round is not None and pad.round.scorecard is None
        return data

    return JSONResponse(await run_in_threadpool(work))


async def api_problem(request: Request) -> Response:
    pad = _pad(request)
    problem = pad.problem(request.path_params["slug"])

    def work() -> dict[str, Any]:
        hints = practice.shown_hints(problem, History())
        accepted = History().first_accepted(problem.slug)
        return {
            "problem": problem.slug, "title": problem.title, "difficulty": problem.difficulty,
            "set": problem.set, "tags": list(problem.tags), "entry": problem.entry,
            "kind": problem.kind,
            "statement_html": markdown_html(statement_markdown(problem)),
            "hints": [markdown_html(h) for h in hints.visible], "hints_total": hints.total,
            "solved": accepted is not None,
            "file": str(pad.file(problem, request)),
        }

    return JSONResponse(await run_in_threadpool(work))


def _file_json(path: Path, state: files.FileState) -> dict[str, Any]:
    return {"text": state.text, "version": state.version, "path": str(path),
            "exists": state.version is not None}


async def api_file_get(request: Request) -> Response:
    pad = _pad(request)
    problem = pad.problem(request.path_params["slug"])
    path = pad.file(problem, request)
    return JSONResponse(_file_json(path, await run_in_threadpool(files.load, path)))


async def api_file_put(request: Request) -> Response:
    pad = _pad(request)
    problem = pad.problem(request.path_params["slug"])
    path = pad.file(problem, request)
    data = await _json_body(request)
    text = _field(data, "text", str)
    if text is None:
        raise BadRequest("'text' must be str, got NoneType")
    base = _field(data, "base", str)
    try:
        version = await run_in_threadpool(files.save, path, text, base)
    except files.SaveConflict as exc:
        return JSONResponse({"error": str(exc), "disk": _file_json(path, exc.disk)},
                            status_code=409)
    return JSONResponse({"version": version, "path": str(path)})


async def api_file_start(request: Request) -> Response:
    pad = _pad(request)
    problem = pad.problem(request.path_params["slug"])
    path = pad.file(problem, request)
    return JSONResponse(_file_json(path, await run_in_threadpool(files.start, path,
                                                                 problem.stub)))


async def api_run(request: Request) -> Response:
    pad = _pad(request)
    problem = pad.problem(request.path_params["slug"])
    path = pad.file(problem, request)
    session = pad.round if request.query_params.get("round") else None
    if session is not None:
        result = await run_in_threadpool(session.run, problem.slug)
    else:
        result = await run_in_threadpool(quick_check, problem, path)
    return JSONResponse({"result": check_json(result)})


async def api_submit(request: Request) -> Response:
    pad = _pad(request)
    problem = pad.problem(request.path_params["slug"])
    path = pad.file(problem, request)
    if not path.is_file():
        raise BadRequest(f"{path}: no such file (it is made when the pad opens the problem)")
    session = pad.round if request.query_params.get("round") else None
    if session is not None:
        job = pad.jobs.start(problem.slug, lambda progress: session.submit(problem.slug,
                                                                           progress))
    else:
        job = pad.jobs.start(problem.slug, lambda progress: grade(problem, path,
                                                                  progress=progress))
    return JSONResponse({"job": job.id}, status_code=202)


async def api_job_events(request: Request) -> Response:
    job = _pad(request).jobs.get(int(request.path_params["job"]))
    if job is None:
        return JSONResponse({"error": "no such job (the server was restarted?)"},
                            status_code=404)

    async def stream() -> AsyncIterator[str]:
        index = 0
        yield "retry: 2000\n\n"
        while True:
            events, done = job.since(index)
            for event in events:
                yield f"data: {json.dumps(event)}\n\n"
            index += len(events)
            if done and not events:
                return
            if not events:
                await asyncio.sleep(0.1)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"cache-control": "no-store"})


async def api_console(request: Request) -> Response:
    pad = _pad(request)
    problem = pad.problem(request.path_params["slug"])
    path = pad.file(problem, request)
    data = await _json_body(request)
    text = _field(data, "input", str) or ""
    result = await run_in_threadpool(console.run, problem, path, text)
    return JSONResponse(result.as_json())


async def api_hint(request: Request) -> Response:
    problem = _pad(request).problem(request.path_params["slug"])
    hints = await run_in_threadpool(practice.next_hint, problem, History())
    return JSONResponse({"hints": [markdown_html(h) for h in hints.visible],
                         "shown": hints.shown, "total": hints.total, "new": hints.new})


async def api_solution(request: Request) -> Response:
    problem = _pad(request).problem(request.path_params["slug"])
    reveal = bool(_field(await _json_body(request), "reveal", bool, False))
    try:
        shown = await run_in_threadpool(practice.solution, problem, History(), reveal)
    except practice.SolutionLocked as exc:
        return JSONResponse({"error": str(exc), "locked": True}, status_code=409)
    return JSONResponse({"html": code_html(shown.source), "complexity": shown.complexity,
                         "explanation": shown.explanation, "revealed": shown.revealed})


async def api_round_get(request: Request) -> Response:
    session = _pad(request).round
    if session is None:
        return JSONResponse({"active": False, "round_id": None})
    return JSONResponse(await run_in_threadpool(session.as_json))


async def api_round_start(request: Request) -> Response:
    pad = _pad(request)
    if pad.round is not None and pad.round.scorecard is None and pad.round.error is None:
        raise BadRequest("a round is in progress: end it first")
    data = await _json_body(request)
    minutes = _field(data, "minutes", (int, float), interview.DEFAULT_MINUTES)
    count = _field(data, "count", int, interview.DEFAULT_COUNT)
    levels = _field(data, "level", list, []) or []
    tags = _field(data, "tags", list, []) or []
    chosen_slugs = _field(data, "problems", list, []) or []

    def work() -> RoundSession:
        history = History()
        chosen = [pad.problem(str(slug)) for slug in chosen_slugs]
        catalog = [] if chosen else practice.catalog(pad.root)[0]
        plan = interview.plan_round(catalog, history, minutes=float(minutes or 0),
                                    count=int(count or 0), levels=[str(x) for x in levels],
                                    tags=[str(x) for x in tags], chosen=chosen)
        session = RoundSession(plan, history)
        session.start()
        return session

    pad.round = await run_in_threadpool(work)
    return JSONResponse(await run_in_threadpool(pad.round.as_json), status_code=201)


async def api_round_end(request: Request) -> Response:
    session = _pad(request).round
    if session is None:
        raise BadRequest("no round is in progress")
    session.finish(ended_early=True)
    return JSONResponse(await run_in_threadpool(session.as_json))


# --- errors ------------------------------------------------------------------------------


async def judge_error(request: Request, exc: Exception) -> Response:
    status = 404 if isinstance(exc, ProblemNotFound) else 400
    return JSONResponse({"error": str(exc)}, status_code=status)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    detail = f"not found: {request.url.path}" if exc.status_code == 404 else exc.detail
    return JSONResponse({"error": detail}, status_code=exc.status_code)


async def server_error(request: Request, exc: Exception) -> Response:
    print(f"judge serve: {request.method} {request.url.path}: {exc!r}", file=sys.stderr)
    return JSONResponse({"error": f"the pad hit an internal error: {exc!r}"}, status_code=500)


def create_app(root: Path, submissions: Path, guard: Guard) -> Starlette:
    """The pad's one app object, for ``guard``'s address and token."""
    slug = "{slug:str}"
    routes = [
        Route("/", page_problems),
        Route(f"/pad/{slug}", page_pad),
        Route("/round", page_round),
        Route("/api/status", api_status),
        Route(f"/api/problems/{slug}", api_problem),
        Route(f"/api/files/{slug}", api_file_get, methods=["GET"]),
        Route(f"/api/files/{slug}", api_file_put, methods=["PUT"]),
        Route(f"/api/files/{slug}/start", api_file_start, methods=["POST"]),
        Route(f"/api/run/{slug}", api_run, methods=["POST"]),
        Route(f"/api/submit/{slug}", api_submit, methods=["POST"]),
        Route("/api/jobs/{job:int}/events", api_job_events),
        Route(f"/api/console/{slug}", api_console, methods=["POST"]),
        Route(f"/api/hint/{slug}", api_hint, methods=["POST"]),
        Route(f"/api/solution/{slug}", api_solution, methods=["POST"]),
        Route("/api/round", api_round_get, methods=["GET"]),
        Route("/api/round", api_round_start, methods=["POST"]),
        Route("/api/round/end", api_round_end, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(SecurityMiddleware, guard=guard)],
        exception_handlers={JudgeError: judge_error, HTTPException: http_error,
                            Exception: server_error},
    )
    app.state.pad = Pad(root.resolve(), submissions.resolve(), guard)
    return app


# --- serving -----------------------------------------------------------------------------


class ServeError(JudgeError):
    """`judge serve` cannot start: the message names the option to change."""


def url_of(guard: Guard) -> str:
    host = f"[{guard.host}]" if ":" in guard.host else guard.host
    return f"http://{host}:{guard.port}/?token={guard.token}"


def serve(root: Path, submissions: Path, *, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
          allow_remote: bool = False, open_browser: bool = False, token: str | None = None
          ) -> int:
    """Serve the pad until Ctrl-C; print its URL (with the token) first."""
    import socket

    import uvicorn

    if host not in LOOPBACK and not allow_remote:
        raise ServeError(f"--host {host}: the pad runs code, so it listens on loopback only;"
                         " add --allow-remote to listen on another address")
    if not 0 <= port <= 65535:
        raise ServeError(f"--port must be 0 to 65535, got {port}")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ServeError(f"--port {port}: cannot listen on {host}:{port} ({exc.strerror or exc});"
                         " pass another --port (0: any free one)") from None
    guard = Guard(token or new_token(), host, sock.getsockname()[1])
    app = create_app(root, submissions, guard)
    from judge.grading import service

    service.ensure(root)  # Run and Submit are forks of warm processes, not cold starts
    url = url_of(guard)
    if host not in LOOPBACK:
        print(f"judge serve: WARNING: listening on {host}, not loopback: anyone who can reach"
              " this address and has the token can run code on this machine", file=sys.stderr)
    print(f"The pad is at {url}", flush=True)
    print(f"Editing files in {submissions.resolve()}; Ctrl-C to stop.", flush=True)
    if open_browser:
        webbrowser.open(url)
    config = uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=2)
    uvicorn.Server(config).run(sockets=[sock])
    return 0
