"""Request-body size limit as plain ASGI middleware.

A declared Content-Length over the limit is refused before reading anything; a body without one
(chunked) is counted as it streams and refused as soon as it passes the limit. The body read so
far is then replayed to the app, so endpoints never see a truncated request.
"""
from __future__ import annotations

import orjson


def too_large_body(limit: int) -> bytes:
    return orjson.dumps({"error": {
        "kind": "too_large",
        "message": f"request body is larger than the {limit:,}-byte limit "
                   "(server.max_body_bytes in the config)"}})


class BodyLimit:
    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    return await _reply(send, 400, orjson.dumps({"error": {
                        "kind": "bad_request", "message": "invalid Content-Length header"}}))
                if declared > self.max_bytes:
                    return await _reply(send, 413, too_large_body(self.max_bytes))
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return await _reply(send, 413, too_large_body(self.max_bytes))
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


async def _reply(send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
