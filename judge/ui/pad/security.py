"""Who may talk to the pad: one ASGI middleware in front of every route.

A page that runs code must be reachable only by the person who started it:

    Host      must be the address the server is bound to (127.0.0.1:PORT,
              localhost:PORT, [::1]:PORT; or the --host given with
              --allow-remote): a DNS-rebinding page cannot pass for the pad
    token     ?token=... once (answered with an HttpOnly, SameSite=Strict
              cookie and a redirect to the same URL without it), then the
              cookie; or an ``Authorization: token ...`` header
    Origin    a state-changing request (anything but GET, HEAD, OPTIONS) must
              carry an Origin, or else a Referer, of the pad's own origin
    headers   every response: a Content-Security-Policy without inline
              scripts, frame-ancestors 'none', nosniff, no caching of the API

The checks run in this order and the first that fails answers (400 for a
foreign Host, 403 otherwise) with one line of text; no route runs.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
       " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
       " form-action 'self'; frame-ancestors 'none'")


def page_csp(nonce: str) -> str:
    """The CSP of a page: CSP, with <style> elements allowed under ``nonce``."""
    return CSP.replace("style-src 'self'", f"style-src 'self' 'nonce-{nonce}'")


HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
NO_TOKEN = ("the pad needs its token: open the URL that `judge serve` printed"
            " (it ends in ?token=...)")
BAD_HOST = "unexpected Host header {host!r}: open the pad at the URL that `judge serve` printed"
BAD_ORIGIN = "cross-origin request refused: {what} is not the pad's own origin {origin}"
NO_ORIGIN = "request refused: a change needs an Origin or Referer header of the pad's origin"


def new_token() -> str:
    return secrets.token_urlsafe(24)


def host_names(host: str) -> tuple[str, ...]:
    """The names a browser may use for the bound address."""
    if host in ("127.0.0.1", "localhost", "::1"):
        return ("127.0.0.1", "localhost", "[::1]")
    return (f"[{host}]" if ":" in host else host,)


@dataclass(frozen=True)
class Guard:
    """What the middleware compares with: the token and the bound address."""

    token: str
    host: str = "127.0.0.1"
    port: int = 8765

    @property
    def cookie_name(self) -> str:
        # One cookie per port: two pads on one machine keep their own tokens.
        return f"judge_pad_{self.port}"

    @property
    def allowed_hosts(self) -> frozenset[str]:
        return frozenset(f"{name}:{self.port}".lower() for name in host_names(self.host))

    def origins(self) -> frozenset[str]:
        return frozenset(f"http://{host}" for host in self.allowed_hosts)

    def token_ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())


class SecurityMiddleware:
    """Host, token and Origin checks, and the security headers (see the module doc)."""

    def __init__(self, app: ASGIApp, guard: Guard) -> None:
        self.app = app
        self.guard = guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        refusal = self.refuse(scope)
        if refusal is not None and scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})  # the handshake gets a 403
            return
        if refusal is not None:
            await _with_headers(refusal)(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in HEADERS.items():
                    if name.encode() not in present:
                        headers.append((name.encode(), value.encode()))
                if scope["path"].startswith("/api/") and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def refuse(self, scope: Scope) -> Response | None:
        """The response that refuses this request, or None to let it through."""
        headers = Headers(scope=scope)
        host = headers.get("host", "").lower()
        if host not in self.guard.allowed_hosts:
            return PlainTextResponse(BAD_HOST.format(host=host), status_code=400)
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        method = scope.get("method", "GET")
        from_query = self.guard.token_ok(query.get("token"))
        if not (from_query or self.guard.token_ok(_cookie(headers, self.guard.cookie_name))
                or self.guard.token_ok(_authorization(headers))):
            return PlainTextResponse(NO_TOKEN, status_code=403)
        if method not in SAFE_METHODS:
            origin = f"http://{host}"
            refusal = self.check_origin(headers, origin)
            if refusal is not None:
                return refusal
        if from_query and method in ("GET", "HEAD"):
            # Trade the URL's token for a cookie, and take it out of the address bar
            # (and so out of the history and any Referer).
            rest = urlencode([(k, v) for k, v in parse_qsl(
                scope.get("query_string", b"").decode("latin-1")) if k != "token"])
            target = scope["path"] + (f"?{rest}" if rest else "")
            response = RedirectResponse(target, status_code=303)
            response.set_cookie(self.guard.cookie_name, self.guard.token, httponly=True,
                                samesite="strict", path="/")
            return response
        return None

    def check_origin(self, headers: Headers, origin: str) -> Response | None:
        given = headers.get("origin")
        if given is not None:
            if given.lower() != origin:
                return PlainTextResponse(BAD_ORIGIN.format(what=f"Origin {given!r}",
                                                           origin=origin), status_code=403)
            return None
        referer = headers.get("referer")
        if referer is None:
            return PlainTextResponse(NO_ORIGIN, status_code=403)
        parts = urlsplit(referer)
        if f"{parts.scheme}://{parts.netloc}".lower() != origin:
            return PlainTextResponse(BAD_ORIGIN.format(what="the Referer", origin=origin),
                                     status_code=403)
        return None


def _with_headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers[name] = value
    return response


def _cookie(headers: Headers, name: str) -> str | None:
    raw = headers.get("cookie")
    if not raw:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:  # a malformed Cookie header is no token
        return None
    morsel = jar.get(name)
    return morsel.value if morsel is not None else None


def _authorization(headers: Headers) -> str | None:
    value = headers.get("authorization", "")
    scheme, _, credential = value.partition(" ")
    return credential.strip() if scheme.lower() == "token" else None
