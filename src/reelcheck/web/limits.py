"""Request-body size limit as plain ASGI middleware.

A declared Content-Length over the limit is refused before reading anything; a body without one
(chunked) is counted as it streams and refused as soon as it passes the limit; a body that takes
longer than `timeout_s` to arrive is refused with 408. The body read so far is then replayed to
the app, so endpoints never see a truncated request. A browser's form post (Accept: text/html,
not under /api/) gets its refusal as a page (`page(status, kind, message)`), not as JSON.
"""
from __future__ import annotations

import asyncio
from typing import Callable, Optional

import orjson


def too_large_body(limit: int) -> bytes:
    return orjson.dumps({"error": {
        "kind": "too_large",
        "message": f"request body is larger than the {limit:,}-byte limit "
                   "(server.max_body_bytes in the config)"}})


def wants_page(scope) -> bool:
    """A browser asking for a page (not the JSON API)."""
    if scope.get("path", "").startswith("/api/"):
        return False
    accept = b"".join(v for k, v in scope.get("headers", ()) if k == b"accept")
    return b"text/html" in accept


class BodyLimit:
    def __init__(self, app, max_bytes: int, timeout_s: Optional[float] = None,
                 page: Optional[Callable[[int, str, str], bytes]] = None):
        self.app = app
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s
        self.page = page

    async def _refuse(self, scope, send, status: int, kind: str, message: str) -> None:
        if self.page is not None and wants_page(scope):
            return await _reply(send, status, self.page(status, kind, message),
                                b"text/html; charset=utf-8")
        return await _reply(send, status, orjson.dumps({"error": {"kind": kind,
                                                                  "message": message}}))

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        too_large = orjson.loads(too_large_body(self.max_bytes))["error"]["message"]
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    return await self._refuse(scope, send, 400, "bad_request",
                                              "invalid Content-Length header")
                if declared > self.max_bytes:
                    return await self._refuse(scope, send, 413, "too_large", too_large)
        chunks, size = [], 0
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout_s if self.timeout_s else None
        while True:
            try:
                if deadline is None:
                    message = await receive()
                else:
                    message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                return await self._refuse(
                    scope, send, 408, "timeout", f"the request body did not arrive within "
                    f"{self.timeout_s:g} s (server.body_timeout_s)")
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return await self._refuse(scope, send, 413, "too_large", too_large)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
# For HTML that sets no policy of its own: nothing but its inline style runs or loads.
DEFAULT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


class SecurityHeaders:
    """Adds the security headers to every response, and a CSP to HTML that lacks one.

    Plain ASGI so it also covers replies made by other middleware (the body limit's 413 page).
    """

    def __init__(self, app):
        self.app = app
        self._extra = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                have = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in self._extra if k not in have]
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if ctype.startswith(b"text/html") and b"content-security-policy" not in have:
                    headers.append((b"content-security-policy", DEFAULT_CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        return await self.app(scope, receive, send_with_headers)


async def _reply(send, status: int, body: bytes, ctype: bytes = b"application/json") -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", ctype),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
