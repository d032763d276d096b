"""Words written exactly as one KB entity's name are that entity, not a slip of a longer body's
name close to it (a sentence written for this test)."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def test_exact_name_is_not_a_slip_of_a_body(default_kb):
    text = "Walt Disney Studio was credited on the nomination."
    ms = [m for m in link_names(Document(id="t", text=text), default_kb)
          if m.text == "Walt Disney Studio"]
    assert ms and ms[0].issue != "misspelled" and ms[0].entity.id == "walt-disney-studio"


def test_a_slip_in_a_body_name_is_still_flagged(default_kb):
    text = "The Academy of Motion Pictures Arts and Sciences changed its rules for Anora's year."
    got = [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), default_kb)
           if m.issue == "misspelled"]
    assert ("Academy of Motion Pictures Arts and Sciences",
            "Academy of Motion Picture Arts and Sciences") in got
