"""Running the app under uvicorn with limits a slow or hostile client cannot get round.

uvicorn's h11 protocol starts no timer while a request's headers are arriving: a client that
sends half its headers and then nothing holds its connection (and a place under the concurrency
limit) forever. `header_deadline_protocol()` returns an h11 protocol that closes a connection
whose request headers are not complete `header_timeout_s` after it opened (or after the previous
response, on a kept-alive connection), with a 408 when nothing of the response has gone out.
The body has its own deadline (`BodyLimit`), the check its budget (`runner`), and
`limit_concurrency` bounds how many connections are open at once (more get 503).
"""
from __future__ import annotations

from typing import Any, Optional

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

_TIMEOUT_408 = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
                b"connection: close\r\ncontent-length: 42\r\n\r\n"
                b"the request headers did not arrive in time")


def header_deadline_protocol(header_timeout_s: float) -> type:
    class HeaderDeadlineH11Protocol(H11Protocol):
        _header_timer: Any = None

        def _arm_header_deadline(self, delay: float) -> None:
            self._cancel_header_deadline()
            self._header_timer = self.loop.call_later(delay, self._header_deadline_passed)

        def _cancel_header_deadline(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _header_deadline_passed(self) -> None:
            self._header_timer = None
            if self.transport.is_closing():
                return
            if self.conn.their_state is h11.IDLE and self.conn.our_state is h11.IDLE:
                try:
                    self.transport.write(_TIMEOUT_408)
                except Exception:  # noqa: BLE001 - the socket is going anyway
                    pass
                self.transport.close()

        def connection_made(self, transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm_header_deadline(header_timeout_s)

        def handle_events(self) -> None:
            super().handle_events()
            if self.conn.their_state is not h11.IDLE:  # the headers are in
                self._cancel_header_deadline()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():  # kept alive: the next request has its deadline
                self._arm_header_deadline(self.timeout_keep_alive + header_timeout_s)

        def connection_lost(self, exc: Optional[Exception]) -> None:
            self._cancel_header_deadline()
            super().connection_lost(exc)

    return HeaderDeadlineH11Protocol


def uvicorn_config(app, cfg) -> Any:
    """The uvicorn Config for `app` with the limits from `cfg` (a reelcheck Config)."""
    import uvicorn
    return uvicorn.Config(
        app, host=cfg.server_host, port=int(cfg.server_port), log_level="warning",
        http=header_deadline_protocol(float(cfg.header_timeout_s)),
        h11_max_incomplete_event_size=16 * 1024,  # headers bigger than this: 400
        timeout_keep_alive=5,
        limit_concurrency=int(cfg.max_connections),
        backlog=256,
    )


def run(app, cfg) -> None:
    import uvicorn

    from ..runner import limit_malloc_retention
    limit_malloc_retention()  # 2 MB bodies: their buffers are returned, not kept per thread
    uvicorn.Server(uvicorn_config(app, cfg)).run()
