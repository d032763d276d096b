"""Each classification rule, and that its reason names it in words an editor can act on."""
from __future__ import annotations

import pytest

from reelcheck.linkcheck import RULES


def test_rule_table_is_ordered_and_named():
    ids = [r.id for r in RULES]
    assert ids[0] == "blocklist"
    assert ids.index("piracy-name") < ids.index("allow-list") < ids.index("cheap-tld-streaming")
    assert len(ids) == len(set(ids))


def test_piracy_name(one):
    link = one("The clip came from fmovies.to last week.")
    assert link.verdict == "piracy"
    assert "fmovies" in link.reason and "known piracy site" in link.reason
    assert link.reason.endswith("(rule: piracy-name)")


def test_piracy_name_in_subdomain_and_with_hyphens(find):
    links = find("Mirrors: put-locker.example.net and hdtoday.cc and ww1.soap2day.example.com.")
    assert [(l.domain, l.verdict) for l in links] == [
        ("put-locker.example.net", "piracy"), ("hdtoday.cc", "piracy"),
        ("ww1.soap2day.example.com", "piracy")]
    assert all("(rule: piracy-name)" in l.reason for l in links)


def test_piracy_prefix_pattern_does_not_hit_inside_words(find):
    links = find("See sflix.to and docsflix.com.")
    assert [(l.domain, l.verdict) for l in links] == [
        ("sflix.to", "piracy"), ("docsflix.com", "unknown")]


def test_legit_lookalike_names_are_not_piracy(find):
    links = find("Free with ads: popcornflix.com, tubitv.com and netflix.com.")
    assert [l.verdict for l in links] == ["ok", "ok", "ok"]


def test_brand_lookalike_names_the_real_site(one):
    link = one("Now on myflixer-to.online for everyone.")
    assert link.verdict == "piracy"
    assert "imitates myflixer.to" in link.reason
    assert link.reason.endswith("(rule: piracy-lookalike)")


def test_brand_on_its_own_country_ending_is_plain_piracy_name(one):
    link = one("Now on fmovies-to.to for everyone.")
    assert link.verdict == "piracy"
    assert link.reason.endswith("(rule: piracy-name)")


def test_generic_dash_to_lookalike(one):
    link = one("A new site, SomeSite-to.online, has the film.")
    assert link.verdict == "piracy"
    assert "-to" in link.reason and ".to site" in link.reason
    assert link.reason.endswith("(rule: tld-lookalike)")


def test_english_dash_to_is_not_a_lookalike(one):
    link = one("A guide at how-to.online explains it.")
    assert link.verdict == "unknown"


def test_allow_list_and_subdomains(find):
    links = find("See en.wikipedia.org/wiki/Anora, www.imdb.com and neonrated.com.")
    assert [l.verdict for l in links] == ["ok", "ok", "ok"]
    assert "allow-list" in links[0].reason and "listed as wikipedia.org" in links[0].reason
    assert all(l.reason.endswith("(rule: allow-list)") for l in links)


def test_allow_list_does_not_cover_lookalike_names(one):
    assert one("Try imdb.com.example.xyz today.").verdict != "ok"


def test_cta_with_unknown_site_is_piracy(one):
    link = one("Stream it free at filmhub-central.net today.")
    assert link.verdict == "piracy"
    assert "call to action" in link.reason and "filmhub-central.net" in link.reason
    assert link.reason.endswith("(rule: free-streaming-cta)")


def test_cta_without_site_is_spam(one):
    link = one("Watch Anora online free, no sign-up needed.")
    assert link.verdict == "spam"
    assert "watch Anora online free".lower() in link.reason.lower()
    assert link.reason.endswith("(rule: free-streaming-cta-no-site)")


def test_cta_to_licensed_service_is_ok(one):
    link = one("Stream it free on Kanopy with a library card.")
    assert link.text == "Stream it free on Kanopy"
    assert link.verdict == "ok"
    assert "kanopy.com" in link.reason


def test_cta_to_named_piracy_site_without_ending(one):
    link = one("Watch it free on Soap2Day.")
    assert link.verdict == "piracy"
    assert "soap2day" in link.reason.lower()


def test_cta_mentioned_in_reason_of_name_rules(one):
    link = one("Download the full movie at www.123movies.xyz/anora")
    assert link.verdict == "piracy"
    assert "call to action" in link.reason
    assert link.reason.endswith("(rule: piracy-name)")


def test_cheap_tld_with_streaming_word_is_spam(one):
    link = one("Rumours spread on hdfilmhub.xyz.")
    assert link.verdict == "spam"
    assert ".xyz" in link.reason and "film" in link.reason
    assert link.reason.endswith("(rule: cheap-tld-streaming)")


def test_cheap_tld_without_streaming_word_is_unknown(one):
    assert one("A fan blog at annasnotes.xyz covered it.").verdict == "unknown"


def test_free_movie_address_is_spam(one):
    link = one("A link went round: https://cdn.example.org/anora-2024-full-movie-online.html")
    assert link.verdict == "spam"
    assert link.reason.endswith("(rule: free-movie-address)")


def test_disguised_address_is_spam(one):
    link = one("Fans shared example dot com in the comments.")
    assert link.verdict == "spam"
    assert "example dot com" in link.reason
    assert link.reason.endswith("(rule: disguised-address)")


def test_unknown_says_so(one):
    link = one("The director's site, seanbakerfilms.com, is new.")
    assert link.verdict == "unknown"
    assert link.reason.endswith("(rule: no-match)")


@pytest.mark.parametrize("text", ["http://localhost:8000/x", "https://192.168.1.1/a"])
def test_hosts_without_public_suffix_are_unknown(one, text):
    link = one(f"Local copy at {text} only.")
    assert link.verdict == "unknown"
    assert link.text == text


def test_reference_page_about_a_piracy_site_is_ok(one):
    link = one("Background: https://en.wikipedia.org/wiki/Putlocker explains the case.")
    assert link.verdict == "ok"


def test_other_country_codes_need_a_cheap_ending(find):
    links = find("Both paris-is.com and flicks-is.xyz appeared.")
    assert [(l.domain, l.verdict) for l in links] == [
        ("paris-is.com", "unknown"), ("flicks-is.xyz", "piracy")]
    assert links[1].reason.endswith("(rule: tld-lookalike)")


def test_gambling_site_is_spam(find):
    links = find("Claim your spins at megawin-casino.win or lucky.bet-hub.net today.")
    assert [(l.domain, l.verdict) for l in links] == [
        ("megawin-casino.win", "spam"), ("lucky.bet-hub.net", "spam")]
    assert "casino" in links[0].reason and links[0].reason.endswith("(rule: spam-words)")


def test_spam_words_do_not_hit_inside_film_names(one):
    assert one("Reviews at alphabetsoupfilms.com are kind.").verdict == "unknown"


def test_a_site_selling_medicines_is_spam(find):
    got = [x for x in find("Deals at cheap-meds-online.biz and rx-pharmacy-store.top.")]
    assert [x.verdict for x in got] == ["spam", "spam"]
