"""A hosting clause that names no show of its own (claims/hosts.py `_attached`): the show is
the one the clause hangs on -- the name before the comma of a participle (or of the first of
conjoined participles), the subject of the clause an absolute "with X hosting" or a trailing
participle is set off from. A numbered family name ("the 77th DGA Awards") is that edition,
for hosts and venues alike, and a venue the parser hung on the "by" agent is the verb's."""
from __future__ import annotations

import reelcheck


def claims(text, kb, predicate):
    return [(c.verdict, c.object.id if hasattr(c.object, "id") else c.object)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == predicate]


def test_the_second_of_conjoined_participles_after_a_show(default_kb):
    s = "Anora took Best Feature at the 40th Independent Spirit Awards, staged in Santa " \
        "Monica and hosted by {}."
    assert claims(s.format("Aidy Bryant"), default_kb, "host") == [
        ("supported", "aidy-bryant")]
    assert claims(s.format("Nikki Glaser"), default_kb, "host") == [
        ("refuted", "nikki-glaser")]
    # the winner the conjoined clauses share as subject hosted nothing
    s = "Mikey Madison was named Best Actress at the 97th Academy Awards, held on March 2 " \
        "and hosted by Conan O'Brien."
    assert claims(s, default_kb, "host") == [("supported", "conan-obrien")]


def test_an_absolute_with_phrase_is_the_clause_subject_s_host(default_kb):
    s = "The 30th Critics Choice Awards unfolded inside the Barker Hangar, with {} hosting."
    assert claims(s.format("Chelsea Handler"), default_kb, "host") == [
        ("supported", "chelsea-handler")]
    assert claims(s.format("David Tennant"), default_kb, "host") == [
        ("refuted", "david-tennant")]
    # hosting something else is no hosting of the show
    assert claims("The 97th Oscars were a hit, with Jimmy Kimmel hosting a party afterwards.",
                  default_kb, "host") == []


def test_a_trailing_participle_after_a_date(default_kb):
    s = "The 2025 Critics Choice Awards took place in Santa Monica on Friday, February 7, " \
        "hosted by {}."
    assert ("supported", "chelsea-handler") in claims(s.format("Chelsea Handler"),
                                                      default_kb, "host")
    assert ("refuted", "judd-apatow") in claims(s.format("Judd Apatow"), default_kb, "host")


def test_a_numbered_family_name_is_its_edition(default_kb):
    assert claims("Judd Apatow emceed the 77th DGA Awards.", default_kb, "host") == [
        ("supported", "judd-apatow")]
    assert claims("Chelsea Handler emceed the 77th DGA Awards.", default_kb, "host") == [
        ("refuted", "chelsea-handler")]
    # an ordinal the entity tagger folded into the name
    assert ("refuted", "barker-hangar") in claims(
        "The 82nd Golden Globes were hosted by Nikki Glaser at the Barker Hangar.",
        default_kb, "event_location")
    # a word ordinal counts someone's shows; it numbers no edition
    assert claims("It was her first Golden Globes, hosted by Jo Koy.", default_kb,
                  "host") == []


def test_a_venue_hung_on_the_agent_is_the_verb_s(default_kb):
    s = "The 97th Academy Awards, hosted by Conan O'Brien at the {}, ran past midnight."
    assert ("supported", "dolby-theatre") in claims(s.format("Dolby Theatre"), default_kb,
                                                    "event_location")
    assert ("refuted", "beverly-hilton") in claims(s.format("Beverly Hilton"), default_kb,
                                                   "event_location")


def test_with_a_name_as_host(default_kb):
    s = "The 78th BAFTAs went off at the Royal Festival Hall, with {} as host."
    assert claims(s.format("David Tennant"), default_kb, "host") == [
        ("supported", "david-tennant")]
    assert claims(s.format("Chelsea Handler"), default_kb, "host") == [
        ("refuted", "chelsea-handler")]
    assert claims("With Jo Koy as its host, the 40th Independent Spirit Awards ran short.",
                  default_kb, "host") == [("refuted", "Jo Koy")]
    # "its" said after a film's clause is no show's: nothing to judge
    assert ("refuted", "chelsea-handler") not in claims(
        "Anora won Best Feature, with Chelsea Handler as its host.", default_kb, "host")


def test_a_show_s_family_dated_on_the_hosting_verb(default_kb):
    # the year (or day) on the verb names the family's one edition held then
    assert claims("Jo Koy emceed the Golden Globes on January 5, 2025.", default_kb,
                  "host") == [("refuted", "Jo Koy")]
    got = reelcheck.check("Last winter Jimmy Kimmel hosted the Oscars in 2025.",
                          kb=default_kb).claims
    host = [c for c in got if c.predicate == "host"]
    assert [c.verdict for c in host] == ["refuted"] and "2025" in host[0].text
    assert claims("Chelsea Handler hosted the Critics Choice Awards in February 2025.",
                  default_kb, "host") == [("supported", "chelsea-handler")]
