"""A name a letter or two off a KB film person, set beside a trade outside film-making (a
festival programmer, a curator, a footballer, a member of parliament), is someone else: the
text says who they are. Texts written for these tests, on the default KB."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _flagged(kb, text):
    return {(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"}


def test_a_near_name_beside_another_trade_is_not_flagged(default_kb):
    for text in ("Anora took the Palme d'Or; the programmer Mikey Madsen chose it for our series.",
                 "Anora took the Palme d'Or, and the curator Sean Bakker hung its posters.",
                 "Poor Things won four Oscars. Emma Stane, the club's goalkeeper, saw it twice.",
                 "Poor Things won four Oscars. Emma Stane, the MP for Hartwell, walked out.",
                 "Oppenheimer won Best Picture. The striker Cillian Murphey called it long."):
        assert not _flagged(default_kb, text), text


def test_the_same_near_name_doing_film_work_is_still_flagged(default_kb):
    got = _flagged(default_kb, "Poor Things won four Oscars, and Emma Stane took Best Actress.")
    assert ("Emma Stane", "Emma Stone") in got


def test_a_trade_set_before_the_name_with_a_comma_counts(default_kb):
    assert not _flagged(default_kb, "Anora swept the Oscars, and Mikey Madison hugged her "
                                    "agent, Mikey Madsen, backstage.")
    # a role word closing an opening phrase is not said of the name
    got = _flagged(default_kb, "Poor Things won four Oscars. Among critics, Emma Stane "
                               "took Best Actress.")
    assert ("Emma Stane", "Emma Stone") in got
