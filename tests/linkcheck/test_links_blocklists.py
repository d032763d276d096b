"""User blocklists: plain and hosts format, subdomains, and clear errors for bad files."""
from __future__ import annotations

import pytest

from reelcheck.linkcheck import find_links


@pytest.fixture
def plain(tmp_path):
    p = tmp_path / "studio-list.txt"
    p.write_text("# our own list\nbadstream.example.net\n\nfilmleak.net  # seen in March\n",
                 encoding="utf-8")
    return p


@pytest.fixture
def hosts(tmp_path):
    p = tmp_path / "hosts"
    p.write_text("127.0.0.1 localhost\n::1 localhost\n0.0.0.0 0.0.0.0\n"
                 "0.0.0.0 rips.example.org\n127.0.0.1 cams.example.com extra.example.com\n",
                 encoding="utf-8")
    return p


def test_plain_list(find, plain):
    link, = find("Copies turned up on badstream.example.net.", blocklists=[plain])
    assert link.verdict == "piracy"
    assert "studio-list.txt" in link.reason
    assert link.reason.endswith("(rule: blocklist)")


def test_plain_list_subdomain(find, plain):
    link, = find("Copies turned up on cdn2.filmleak.net/anora.", blocklists=[str(plain)])
    assert link.verdict == "piracy"
    assert "listed as filmleak.net" in link.reason


def test_hosts_format(find, hosts):
    links = find("See rips.example.org, cams.example.com, extra.example.com and example.com.",
                 blocklists=[hosts])
    assert [l.verdict for l in links] == ["piracy", "piracy", "piracy", "unknown"]
    assert all("hosts" in l.reason for l in links[:3])


def test_blocklist_beats_allow_list(find, tmp_path):
    p = tmp_path / "strict.txt"
    p.write_text("variety.com\n", encoding="utf-8")
    link, = find("Via variety.com.", blocklists=[p])
    assert link.verdict == "piracy"


def test_without_blocklist_domain_is_unknown(find):
    link, = find("Copies turned up on badstream.example.net.")
    assert link.verdict == "unknown"


def test_missing_blocklist_is_one_line_value_error(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(ValueError) as e:
        find_links("imdb.com", blocklists=[missing])
    assert "blocklist not found" in str(e.value) and "nope.txt" in str(e.value)
    assert "\n" not in str(e.value)


def test_directory_blocklist_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="not a file"):
        find_links("imdb.com", blocklists=[tmp_path])


def test_binary_blocklist_is_an_error(tmp_path):
    p = tmp_path / "list.bin"
    p.write_bytes(b"\x00\x01\x02bad")
    with pytest.raises(ValueError, match="binary"):
        find_links("x", blocklists=[p])


def test_non_utf8_blocklist_is_an_error(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("caf\xe9.example\n".encode("latin-1"))
    with pytest.raises(ValueError, match="UTF-8"):
        find_links("x", blocklists=[p])


def test_malformed_line_names_file_and_line(tmp_path):
    p = tmp_path / "typo.txt"
    p.write_text("good.example\nthis is not a domain\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"typo.txt:2"):
        find_links("x", blocklists=[p])


def test_single_path_string_is_accepted(find, plain):
    link, = find("On badstream.example.net.", blocklists=str(plain))
    assert link.verdict == "piracy"


def test_edited_blocklist_is_reread(find, tmp_path):
    p = tmp_path / "list.txt"
    p.write_text("one.example.net\n", encoding="utf-8")
    assert find("two.example.net", blocklists=[p])[0].verdict == "unknown"
    p.write_text("one.example.net\ntwo.example.net\n# grown\n", encoding="utf-8")
    assert find("two.example.net", blocklists=[p])[0].verdict == "piracy"


def test_wildcard_and_url_entries(find, tmp_path):
    p = tmp_path / "mixed.txt"
    p.write_text("*.wild.example.com\nhttps://urlish.example.org/path\n", encoding="utf-8")
    links = find("On a.wild.example.com and urlish.example.org.", blocklists=[p])
    assert [l.verdict for l in links] == ["piracy", "piracy"]
