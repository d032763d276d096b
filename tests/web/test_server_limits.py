"""The real `reelcheck serve` (uvicorn on 127.0.0.1) against slow and stalling clients, spoken to
through raw sockets: half-sent headers and bodies are cut off, an over-budget check is stopped
and the server keeps serving."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

ARTICLE = "Sean Baker directed Anora. Yura Borisov won the Oscar for Best Supporting Actor."
LONG = " ".join(f"Sean Baker directed Anora. Mikey Madison won Best Actress, take {i}. "
                f"The shoot lasted {i + 30} days in New York and Las Vegas." for i in range(40))
WAIT = 90  # generous: only a limit, never a measurement


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(tmp_path, *extra, config: str = ""):
    port = free_port()
    cfg = tmp_path / f"serve-{port}.toml"
    cfg.write_text(config, encoding="utf-8")
    log = open(tmp_path / f"serve-{port}.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "reelcheck.cli", "serve", "--host",
                             "127.0.0.1", "--port", str(port), "--config", str(cfg), *extra],
                            env=dict(os.environ), stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + WAIT
    while True:
        if proc.poll() is not None:
            pytest.fail(f"serve exited: {(tmp_path / f'serve-{port}.log').read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(base + "/api/health", timeout=2) as r:
                if r.status == 200:
                    return proc, port, base
        except OSError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("serve did not answer /api/health")
        time.sleep(0.2)


def stop(proc):
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    proc, port, base = start(tmp, config="[server]\nheader_timeout_s = 1\nbody_timeout_s = 1\n"
                                         "workers = 1\n")
    yield port, base
    stop(proc)
    log = next(tmp.glob("serve-*.log")).read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]


def read_until_closed(sock) -> bytes:
    """Everything the server sends until it closes; fails if it never does within WAIT."""
    sock.settimeout(WAIT)
    data = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            pytest.fail(f"the server kept the connection open for {WAIT} s; got {data[:200]!r}")
        except ConnectionResetError:
            return data
        if not chunk:
            return data
        data += chunk


def post(base, payload, timeout=WAIT):
    req = urllib.request.Request(base + "/api/check", data=json.dumps(payload).encode(),
                                 headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_half_sent_headers_are_cut_off(server):
    port, _ = server
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(b"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appl")
        data = read_until_closed(s)
    assert data.startswith(b"HTTP/1.1 408"), data[:200]


def test_a_connection_that_sends_nothing_is_cut_off(server):
    port, _ = server
    with socket.create_connection(("127.0.0.1", port)) as s:
        assert read_until_closed(s).startswith(b"HTTP/1.1 408")


def test_half_sent_headers_after_a_kept_alive_request_are_cut_off(server):
    port, _ = server
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        s.settimeout(WAIT)
        first = b""
        while b"\r\n\r\n" not in first or not first.rstrip().endswith(b"}"):
            chunk = s.recv(65536)
            assert chunk, "closed before the first response"
            first += chunk
        assert first.startswith(b"HTTP/1.1 200")
        s.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.")
        rest = read_until_closed(s)
    assert b"HTTP/1.1 200" not in rest


def test_half_sent_body_is_refused_with_408(server):
    port, _ = server
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(b"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  b"Content-Type: application/json\r\nContent-Length: 200\r\n\r\n"
                  b'{"text": "Sean Baker')
        data = read_until_closed(s)
    assert data.startswith(b"HTTP/1.1 408"), data[:300]
    assert b'"kind":"timeout"' in data and b"body_timeout_s" in data


def test_the_server_still_serves_after_the_stalled_clients(server):
    _, base = server
    status, body = post(base, {"text": ARTICLE})
    assert status == 200 and body["summary"]["claims"] >= 1


def test_over_budget_check_is_stopped_and_the_server_keeps_serving(tmp_path):
    proc, _, base = start(tmp_path, "--doc-timeout", "0.001", "--workers", "1")
    try:
        status, body = post(base, {"text": LONG})
        assert status == 504 and body["error"]["kind"] == "timeout"
        assert "0.001 s limit" in body["error"]["message"]
        with urllib.request.urlopen(base + "/api/health", timeout=WAIT) as r:
            assert r.status == 200
        status, body = post(base, {"text": LONG})  # a fresh worker took the killed one's place
        assert status == 504 and body["error"]["kind"] == "timeout"
    finally:
        stop(proc)
    log = next(tmp_path.glob("serve-*.log")).read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]


def test_serve_refuses_a_bad_budget_in_one_line(tmp_path):
    p = subprocess.run([sys.executable, "-m", "reelcheck.cli", "serve", "--doc-timeout", "-2"],
                       capture_output=True, timeout=120, env=dict(os.environ))
    err = p.stderr.decode().strip()
    assert p.returncode == 2 and err.startswith("reelcheck: error:") and "\n" not in err
    assert "doc_timeout_s must be a positive number" in err


def test_connections_over_the_limit_get_503_and_endless_headers_400(tmp_path):
    proc, port, base = start(tmp_path, config="[server]\nmax_connections = 3\n"
                                              "header_timeout_s = 60\n")
    try:
        held = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
        try:
            with socket.create_connection(("127.0.0.1", port)) as s:
                s.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          b"Connection: close\r\n\r\n")
                assert read_until_closed(s).startswith(b"HTTP/1.1 503")
        finally:
            for s in held:
                s.close()
        with socket.create_connection(("127.0.0.1", port)) as s:
            # Headers that keep coming without an end are not buffered without limit.
            s.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " +
                      b"a" * 40_000)
            assert read_until_closed(s).startswith(b"HTTP/1.1 400")
        deadline = time.monotonic() + WAIT
        while True:  # the held connections are gone: served again
            try:
                with urllib.request.urlopen(base + "/api/health", timeout=WAIT) as r:
                    assert r.status == 200
                    break
            except urllib.error.HTTPError as e:
                assert e.code == 503 and time.monotonic() < deadline
                time.sleep(0.2)
    finally:
        stop(proc)


def test_a_run_too_long_for_the_parser_is_422_in_one_line(tmp_path):
    # A claim followed by ~1 MB of words with no sentence break: spaCy refuses a text over its
    # max_length (1,000,000 characters) with a ValueError, which came back as a 500.
    run_on = "Mikey Madison won the Oscar " + "and more " * 112_000
    proc, _, base = start(tmp_path, "--workers", "1", "--doc-timeout", "300")
    try:
        status, body = post(base, {"text": run_on}, timeout=400)
        assert status == 422, body
        assert body["error"]["kind"] == "too_long"
        message = body["error"]["message"]
        assert "\n" not in message and "more than the 1,000,000 the parser reads" in message
        status, body = post(base, {"text": ARTICLE})  # the same worker goes on serving
        assert status == 200 and body["summary"]["claims"] >= 1
    finally:
        stop(proc)
    log = next(tmp_path.glob("serve-*.log")).read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]
