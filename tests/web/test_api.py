"""The web app through FastAPI's TestClient: the real app over the real default KB."""
from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor

import jsonschema
import pytest
from fastapi.testclient import TestClient
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from reelcheck import runner
from reelcheck.config import Config
from reelcheck.pipeline import CheckOptions
from reelcheck.web.app import create_app

ARTICLE = ("Mikey Maddison won the Oscar for Best Actress. "
           "Yura Borisov won the Oscar for Best Supporting Actor for Anora. "
           "Sean Baker directed Anora.")

# A normal article of a few kilobytes: far more than a millisecond of work.
LONG_ARTICLE = " ".join(
    f"Sean Baker directed Anora. Mikey Madison won the Oscar for Best Actress in year {i}. "
    f"The film ran in cinemas for {i + 3} weeks and critics wrote about it at length."
    for i in range(40))

HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Anora sweeps the night</title></head>
<body>
<nav><a href="/">Home</a> <a href="/film">Film</a></nav>
<article>
<h1>Anora sweeps the night</h1>
<p>Sean Baker directed Anora, a comedy-drama about a young dancer from Brighton Beach who
marries the son of a rich Russian family after a week of parties in Las Vegas.</p>
<p>Mikey Madison won the Oscar for Best Actress for playing Ani, and the film also took Best
Picture at the ceremony in Los Angeles. Critics across the country praised the cast.</p>
<p>Yura Borisov won the Oscar for Best Supporting Actor for Anora, according to this page.</p>
</article>
<footer>Copyright nobody</footer>
</body></html>"""


@pytest.fixture(scope="module")
def app(default_kb):
    return create_app(kb=default_kb)


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app) as c:
        yield c


def error_of(resp, status: int, kind: str | None = None) -> str:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    err = resp.json()["error"]
    assert set(err) == {"kind", "message"} and err["message"]
    assert "Traceback" not in resp.text
    if kind:
        assert err["kind"] == kind, err
    return err["message"]


# -- API -------------------------------------------------------------------------------------

def test_health(client, default_kb):
    r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["kb"] == default_kb.describe() and body["version"]


def test_check_text_returns_schema_valid_report(client, schema):
    r = client.post("/api/check", json={"text": ARTICLE})
    assert r.status_code == 200, r.text
    report = r.json()
    jsonschema.validate(report, schema)
    assert report["document"]["text"] == ARTICLE
    names = {n["text"]: n for n in report["names"]}
    assert names["Mikey Maddison"]["issue"] == "misspelled"
    assert names["Mikey Maddison"]["suggestion"] == "Mikey Madison"
    verdicts = {c["text"]: c["verdict"] for c in report["claims"]}
    assert any("Borisov" in t and v == "refuted" for t, v in verdicts.items()), verdicts
    for c in report["claims"]:
        s, e = c["span"]
        assert ARTICLE[s:e] == c["text"]


def test_check_html_with_url(client, schema):
    r = client.post("/api/check", json={"html": HTML_PAGE, "url": "https://news.example.com/a"})
    assert r.status_code == 200, r.text
    report = r.json()
    jsonschema.validate(report, schema)
    assert report["document"]["url"] == "https://news.example.com/a"
    assert report["document"]["title"] == "Anora sweeps the night"
    assert "Copyright nobody" not in report["document"]["text"]
    assert any(c["verdict"] == "refuted" for c in report["claims"])


@pytest.mark.parametrize("body", [b'{"text": "Anora', b"{'text': 'single quotes'}", b"",
                                  b"\xff\xfe not json"])
def test_malformed_json_is_400(client, body):
    r = client.post("/api/check", content=body, headers={"content-type": "application/json"})
    assert "malformed JSON" in error_of(r, 400, "bad_json")


@pytest.mark.parametrize("payload", [["a list"], "just a string", 42])
def test_json_that_is_not_an_object_is_400(client, payload):
    error_of(client.post("/api/check", json=payload), 400, "bad_json")


@pytest.mark.parametrize("payload", [{}, {"text": "a", "html": "<p>b</p>"}, {"text": 5},
                                     {"text": "Anora", "url": ["x"]}, {"url": "https://x"}])
def test_wrong_fields_are_422(client, payload):
    error_of(client.post("/api/check", json=payload), 422, "invalid_request")


@pytest.mark.parametrize("ctype", ["text/plain", "application/x-www-form-urlencoded",
                                   "multipart/form-data; boundary=x", None])
def test_wrong_content_type_is_415(client, ctype):
    headers = {"content-type": ctype} if ctype else {}
    r = client.post("/api/check", content=b'{"text": "Anora"}', headers=headers)
    assert "application/json" in error_of(r, 415, "unsupported_media_type")


@pytest.mark.parametrize("text,kind", [("", "empty"), ("   \n\t ", "empty"),
                                       ("\x00\x01\x02binary\x00", "binary")])
def test_bad_input_text_is_400(client, text, kind):
    error_of(client.post("/api/check", json={"text": text}), 400, kind)


def test_html_without_article_text_is_400(client):
    error_of(client.post("/api/check", json={"html": "<html><body></body></html>"}), 400, "empty")


def test_search_and_entity_api(client):
    r = client.get("/api/entities", params={"q": "borisov"})
    assert r.status_code == 200
    assert [e["id"] for e in r.json()["results"]][:1] == ["yura-borisov"]
    assert client.get("/api/entities", params={"q": "zzqqxx"}).json()["results"] == []
    error_of(client.get("/api/entities"), 422, "invalid_request")
    error_of(client.get("/api/entities", params={"q": "a", "limit": 0}), 422)
    e = client.get("/api/entities/yura-borisov").json()
    assert e["label"] == "Yura Borisov" and e["type"] == "person"
    assert any(f["predicate"] == "date_of_birth" and f["value"] == "1992-12-08"
               for f in e["facts"])
    assert any(f["subject"] == "anora-2024-film" and f["predicate"] == "cast_member"
               for f in e["facts_as_object"])
    assert all(f["statement"] for f in e["facts"])
    assert {"alias": "Yura Borisov", "kind": "label"} in e["aliases"]
    error_of(client.get("/api/entities/no-such-entity"), 404, "not_found")


def test_unknown_path_and_method(client):
    error_of(client.get("/api/nothing-here"), 404, "not_found")
    error_of(client.delete("/api/health"), 405, "method_not_allowed")
    error_of(client.get("/api/check"), 405, "method_not_allowed")


def test_openapi_docs(client):
    spec = client.get("/openapi.json").json()
    assert "/api/check" in spec["paths"] and "/api/entities/{eid}" in spec["paths"]
    body = spec["paths"]["/api/check"]["post"]["requestBody"]
    assert "application/json" in body["content"]
    assert client.get("/docs").status_code == 200


def test_concurrent_checks_share_one_kb(client, app, default_kb):
    assert app.state.kb is default_kb
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda i: client.post(
            "/api/check", json={"text": f"Sean Baker directed Anora. Take {i}."}), range(8)))
    assert [r.status_code for r in results] == [200] * 8
    assert all(r.json()["summary"]["supported"] >= 1 for r in results)


# -- limits and failures (their own small apps) ----------------------------------------------

@pytest.fixture(scope="module")
def small(default_kb):
    app = create_app(kb=default_kb, config=Config(max_body_bytes=4096))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield app, c


def test_body_under_the_limit_passes(small):
    _, c = small
    r = c.post("/api/check", json={"text": "Sean Baker directed Anora. " * 100})
    assert r.status_code == 200, r.text


def test_body_over_content_length_limit_is_413(small):
    _, c = small
    r = c.post("/api/check", json={"text": "Anora " * 1000})
    assert "4,096-byte limit" in error_of(r, 413, "too_large")


def test_chunked_body_over_limit_is_413(small):
    _, c = small

    def chunks():
        yield b'{"text": "'
        for _ in range(50):
            yield b"Anora " * 100
        yield b'"}'
    r = c.post("/api/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.request.headers.get("transfer-encoding") == "chunked"
    assert "content-length" not in r.request.headers
    error_of(r, 413, "too_large")


def test_chunked_body_under_limit_passes(small):
    _, c = small

    def chunks():
        yield b'{"text": "Sean Baker '
        yield b'directed Anora."}'
    r = c.post("/api/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text


def test_upload_over_limit_is_413(small):
    _, c = small
    r = c.post("/check", files={"file": ("big.txt", b"Anora " * 2000, "text/plain")})
    error_of(r, 413, "too_large")


def test_check_over_its_budget_is_stopped_and_the_next_one_runs(default_kb):
    """A budget far below what the check needs: 504, the worker is killed, a new one serves."""
    cfg = Config(doc_timeout_s=0.001)
    app = create_app(kb=default_kb, config=cfg)
    text = LONG_ARTICLE
    with TestClient(app) as c:
        pids_before = set(app.state.pool.normal.pids())
        r = c.post("/api/check", json={"text": text})
        assert "0.001 s limit" in error_of(r, 504, "timeout")
        lane = app.state.pool.normal
        assert lane.killed == 1
        pids_after = set(lane.pids())
        gone = pids_before - pids_after
        assert len(gone) == 1 and len(pids_after) == len(pids_before)
        pid = gone.pop()
        assert not os.path.exists(f"/proc/{pid}") or \
            open(f"/proc/{pid}/stat").read().split()[2] == "Z"
        cfg.doc_timeout_s = 120.0
        r = c.post("/api/check", json={"text": text})
        assert r.status_code == 200, r.text
        assert r.json()["summary"]["supported"] >= 1


def test_full_line_is_503_and_the_admitted_checks_finish(default_kb, tmp_path):
    """One worker, one waiting place: a third check is refused at once with 503 + Retry-After."""
    import web_jobs

    app = create_app(kb=default_kb, config=Config(workers=1, queue_size=1))
    app.state.check_job = web_jobs.gated_check
    gate = tmp_path / "open"
    body = {"text": f"GATE {gate}\nSean Baker directed Anora."}
    with TestClient(app) as c, ThreadPoolExecutor(2) as pool:
        held = [pool.submit(c.post, "/api/check", json=body) for _ in range(2)]
        lane = app.state.pool.normal
        deadline = time.monotonic() + 60
        while lane.in_flight < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert lane.in_flight == 2
        r = c.post("/api/check", json=body)
        assert "busy" in error_of(r, 503, "busy")
        assert r.headers["retry-after"] == "5"
        gate.touch()
        for f in held:
            r = f.result(timeout=120)
            assert r.status_code == 200, r.text
        r = c.post("/api/check", json=body)
        assert r.status_code == 200, r.text


def test_unexpected_error_is_500_json_without_traceback(default_kb):
    import web_jobs

    app = create_app(kb=default_kb, config=Config(workers=1))
    app.state.check_job = web_jobs.broken_check
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/api/check", json={"text": "Sean Baker directed Anora."})
        assert "RuntimeError" in error_of(r, 500, "internal")
        assert "something inside broke" not in r.text


def test_a_check_over_the_memory_cap_is_stopped(default_kb):
    import web_jobs

    # a normal check stays well under 800 MB, with or without torch installed
    app = create_app(kb=default_kb, config=Config(workers=1, worker_max_rss_mb=800))
    with TestClient(app, raise_server_exceptions=False) as c:
        app.state.check_job = web_jobs.hungry_check
        r = c.post("/api/check", json={"text": "Sean Baker directed Anora."})
        assert "800 MB memory cap" in error_of(r, 413, "too_large")
        app.state.check_job = runner.check_bytes
        r = c.post("/api/check", json={"text": "Sean Baker directed Anora."})
        assert r.status_code == 200, r.text


def test_workers_are_forked_with_the_model_loaded(default_kb):
    import web_jobs

    w = runner.Worker(str(default_kb.path), CheckOptions(), warm=False)
    try:
        assert w.call(web_jobs.model_preloaded, (), 120) is True
    finally:
        w.close()


def test_the_memory_cap_counts_only_a_workers_own_memory(default_kb):
    # A worker's RSS (~200 MB) includes the model and the KB index it shares with the
    # forkserver; what it holds alone after an ordinary article is ~60 MB.
    app = create_app(kb=default_kb, config=Config(workers=1, worker_max_rss_mb=150))
    with TestClient(app, raise_server_exceptions=False) as c:
        for _ in range(3):
            r = c.post("/api/check", json={"text": LONG_ARTICLE})
            assert r.status_code == 200, r.text


def test_the_report_json_made_in_the_worker_is_what_the_api_sent_before(default_kb):
    from fastapi.responses import JSONResponse

    args = (ARTICLE.encode(), {"name": "request", "doc_id": "request", "url": None,
                               "title": None, "fmt": "text"})
    report = runner.check_bytes(default_kb, CheckOptions(), *args)
    made = runner.report_json(default_kb, CheckOptions(), runner.check_bytes, *args)
    assert made == JSONResponse(report.to_dict()).body


def test_a_worker_that_dies_is_replaced(default_kb):
    import web_jobs

    app = create_app(kb=default_kb, config=Config(workers=1))
    with TestClient(app, raise_server_exceptions=False) as c:
        app.state.check_job = web_jobs.dying_check
        error_of(c.post("/api/check", json={"text": "Sean Baker directed Anora."}), 500,
                 "internal")
        app.state.check_job = runner.check_bytes
        r = c.post("/api/check", json={"text": "Sean Baker directed Anora."})
        assert r.status_code == 200, r.text


# -- HTML pages ------------------------------------------------------------------------------

def test_index_page_has_the_form(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    tree = HTMLParser(r.text)
    form = tree.css_first("form")
    assert form.attributes["action"] == "/check" and form.attributes["method"] == "post"
    assert tree.css_first("textarea[name=text]") and tree.css_first("input[type=file]")


def badges(html: str) -> set[str]:
    return {b.text() for b in HTMLParser(html).css("#rc-article .badge")}


def test_pasted_text_gives_the_html_report(client):
    r = client.post("/check", data={"text": ARTICLE})
    assert r.status_code == 200, r.text
    got = badges(r.text)
    assert "MISSPELLED → Mikey Madison" in got and "REFUTED" in got
    tree = HTMLParser(r.text)
    # Same view as --format html, with links into the KB pages.
    assert tree.css_first("#rc-article") and tree.css_first(".rc-summary")
    assert tree.css_first('a[href="/entity/yura-borisov"]')


def test_pasted_hostile_text_stays_text(client):
    hostile = 'Sean Baker directed Anora. <script>alert(1)</script> "><img src=x onerror=alert(1)>'
    r = client.post("/check", data={"text": hostile})
    tree = HTMLParser(r.text)
    assert len(tree.css("script")) == 1 and not tree.css("img")
    assert "<script>alert(1)</script>" in tree.css_first("#rc-article").text()


def test_txt_and_html_uploads(client):
    r = client.post("/check", files={"file": ("story.txt", ARTICLE.encode(), "text/plain")})
    assert r.status_code == 200 and "MISSPELLED → Mikey Madison" in badges(r.text)
    r = client.post("/check", files={"file": ("story.html", HTML_PAGE.encode(), "text/html")},
                    data={"url": "https://news.example.com/b"})
    assert r.status_code == 200
    tree = HTMLParser(r.text)
    assert tree.css_first("h1").text() == "Anora sweeps the night"
    assert "Copyright nobody" not in tree.css_first("#rc-article").text()
    assert "REFUTED" in badges(r.text)
    assert tree.css_first('.rc-meta a[href="https://news.example.com/b"]')


@pytest.mark.parametrize("files,data,words", [
    ({"file": ("empty.txt", b"", "text/plain")}, {}, "empty document"),
    ({"file": ("", b"", "application/octet-stream")}, {"text": ""}, "paste some article text"),
    ({"file": ("blank.txt", b"  \n ", "text/plain")}, {}, "empty document"),
    ({"file": ("movie.bin", b"\x00\x01\x02\x03" * 50, "application/octet-stream")}, {},
     "binary"),
    (None, {"text": "   "}, "paste some article text"),
])
def test_bad_uploads_show_an_error_on_the_page(client, files, data, words):
    r = client.post("/check", files=files, data=data or None,
                    headers={"accept": "text/html"})
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("text/html")
    err = HTMLParser(r.text).css_first(".rc-error")
    assert err is not None and words in err.text()
    assert HTMLParser(r.text).css_first("form[action='/check']"), "the form is shown again"


def test_form_endpoint_rejects_json_with_415(client):
    error_of(client.post("/check", json={"text": "Anora"}), 415, "unsupported_media_type")


def test_entity_page(client):
    r = client.get("/entity/yura-borisov")
    assert r.status_code == 200
    tree = HTMLParser(r.text)
    assert tree.css_first("h1").text() == "Yura Borisov"
    assert "Russian actor" in tree.css_first(".rc-meta").text()
    assert tree.css_first('a[href="/entity/anora-2024-film"]'), "links to related entities"
    sources = [a.attributes["href"] for a in tree.css(".rc-sources a")]
    assert sources and all(s.startswith(("http://", "https://")) for s in sources)
    assert all("noopener" in a.attributes["rel"] for a in tree.css(".rc-sources a"))
    text = tree.body.text()
    assert "Facts about Yura Borisov" in text and "Facts that point to Yura Borisov" in text


def test_entity_page_404_is_a_page_for_browsers(client):
    r = client.get("/entity/no-such-entity", headers={"accept": "text/html"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "no-such-entity" in HTMLParser(r.text).css_first(".rc-error").text()


def test_search_page(client):
    tree = HTMLParser(client.get("/search", params={"q": "madison"}).text)
    links = {a.text(): a.attributes["href"] for a in tree.css(".rc-results a")}
    assert links.get("Mikey Madison") == "/entity/mikey-madison"
    tree = HTMLParser(client.get("/search", params={"q": "<b>zzqq</b>"}).text)
    assert not tree.css(".rc-results b") and "No entity" in tree.body.text()
    assert client.get("/search").status_code == 200
