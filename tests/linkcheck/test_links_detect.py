"""What counts as a link, and exactly where its span starts and ends."""
from __future__ import annotations

import pytest


def test_url_with_trailing_period(one):
    text = "The festival page is https://www.festival-cannes.com/en/films/anora."
    link = one(text)
    assert link.text == "https://www.festival-cannes.com/en/films/anora"
    assert (link.start, link.end) == (21, 21 + len(link.text))
    assert link.domain == "festival-cannes.com"


def test_url_inside_parentheses_keeps_balanced_paren(one):
    text = "(see https://en.wikipedia.org/wiki/Anora_(film))"
    link = one(text)
    assert link.text == "https://en.wikipedia.org/wiki/Anora_(film)"
    assert link.start == 5
    assert link.domain == "en.wikipedia.org"


def test_url_closing_paren_of_sentence_is_trimmed(one):
    text = "Its page (https://variety.com/t/anora) is long."
    assert one(text).text == "https://variety.com/t/anora"


def test_www_without_scheme(one):
    link = one("Tickets at www.bfi.org.uk, from Friday.")
    assert link.text == "www.bfi.org.uk"
    assert link.domain == "bfi.org.uk"


def test_bare_domains_with_and_without_path(find):
    text = "Try myflixer.to/anora-2024 or SomeSite-to.online, or example.com."
    got = [(l.text, l.domain) for l in find(text)]
    assert got == [("myflixer.to/anora-2024", "myflixer.to"),
                   ("SomeSite-to.online", "somesite-to.online"),
                   ("example.com", "example.com")]


@pytest.mark.parametrize("written,domain", [
    ("example dot com", "example.com"),
    ("site[.]to", "site.to"),
    ("site (dot) net", "site.net"),
    ("site[dot]net", "site.net"),
    ("myflixer DOT to", "myflixer.to"),
])
def test_obfuscated_domains(one, written, domain):
    text = f"Readers were told to try {written} for the film."
    link = one(text)
    assert link.text == written
    assert link.start == text.index(written)
    assert link.domain == domain


@pytest.mark.parametrize("text", [
    "Many sites, e.g. the big ones, agree.",
    "It opened in the U.S. and the U.K. first.",
    "Dr.Strange and Mr.Smith were not in it.",
    "It earned 3.5 stars and $1.5bn in a 10.30am slot.",
    "Read report.pdf, notes.md and clip.mov before Friday.",
    "It played in St.Louis last year.",
    "Everyone loved Anora.",
    "The film ended.It was a long night.Then the credits rolled.",
    "Version 2.0.1 of the app, i.e. the new one, shipped with Python 3.11.",
    "Write to press@neonrated.com or first.last@example.org for a copy.",
    "The dot com boom came long before the film. Connect each dot to the next.",
    "Fans could watch it free at the festival.",
    "Free movies at the park all summer.",
    "Stream it with a free trial of the service.",
])
def test_prose_is_not_a_link(find, text):
    assert [l.text for l in find(text)] == []


def test_cta_with_domain_covers_phrase_and_domain(one):
    text = "Liked it? Watch free movies on myflixer-to.online now."
    link = one(text)
    assert link.text == "Watch free movies on myflixer-to.online"
    assert link.start == text.index("Watch")
    assert link.domain == "myflixer-to.online"


@pytest.mark.parametrize("text,span", [
    ("You can stream it free at fmovies.to!", "stream it free at fmovies.to"),
    ("Download the full movie at https://x.example.xyz/anora.",
     "Download the full movie at https://x.example.xyz/anora"),
    ("Watch Anora on cheapflix.online for free tonight.",
     "Watch Anora on cheapflix.online for free tonight"),
    ("Free HD movies at flixzone[.]site", "Free HD movies at flixzone[.]site"),
])
def test_cta_forms_with_site(one, text, span):
    link = one(text)
    assert link.text == span
    assert link.start == text.index(span)
    assert link.domain is not None


def test_cta_without_domain(one):
    text = "Where to watch Anora online free? Read on."
    link = one(text)
    assert link.text == "watch Anora online free"
    assert link.start == text.index("watch")
    assert link.domain is None


def test_cta_naming_a_site_without_ending(one):
    link = one("Watch it free on 123movies.")
    assert link.text == "Watch it free on 123movies"
    assert link.domain is None


def test_many_links_sorted_and_exact(find):
    text = ("Sources: imdb.com/title/tt28607951 and https://www.oscars.org/. "
            "Ignore myflixer dot to. Stream it free at soap2day.rs today.")
    links = find(text)
    assert [l.text for l in links] == ["imdb.com/title/tt28607951", "https://www.oscars.org/",
                                       "myflixer dot to", "Stream it free at soap2day.rs"]


def test_non_str_input_is_a_clear_error():
    from reelcheck.linkcheck import find_links
    with pytest.raises(TypeError, match="str"):
        find_links(b"bytes")


def test_empty_text(find):
    assert find("") == []


@pytest.mark.parametrize("text,span", [
    ("Here is how to download the full movie at x.example.xyz",
     "download the full movie at x.example.xyz"),
    ("Good news: you can stream Anora free, no sign-up, on filmhub.site",
     "stream Anora free, no sign-up, on filmhub.site"),
    # the offer made to the film's audience at large, not only to "you"
    ("Fans can stream The Lantern Keeper free at reelz-hub.xyz without an account.",
     "stream The Lantern Keeper free at reelz-hub.xyz"),
    ("Or visit site{.}to for more.", "site{.}to"),
])
def test_more_cta_and_disguise_forms(one, text, span):
    link = one(text)
    assert link.text == span
    assert link.start == text.index(span)


@pytest.mark.parametrize("text", [
    "Audiences wanted to watch it free of charge.",
    "Anora is streaming on Hulu, and you can watch the trailer on YouTube.",
    "Critics could watch the restored print free at the festival.",
    "Viewers can stream the series on Max from Friday.",
    "The film is free to stream on Kanopy for library members.",
    "Watch: Mikey Madison on her first Oscar.",
])
def test_ordinary_film_writing_has_no_cta(find, text):
    assert find(text) == []


def test_possessive_after_url_is_not_part_of_it(find):
    text = "Compare https://www.imdb.com's page and imdb.com's list."
    assert [l.text for l in find(text)] == ["https://www.imdb.com", "imdb.com"]


def test_offsets_are_code_points_after_astral_characters(one):
    text = "🎬🍿 Sauvé: Watch free movies on fmovies.to"
    link = one(text)
    assert (link.start, link.end) == (10, len(text)) == (text.index("Watch"), 41)
