"""Who hosted a ceremony (claims/hosts.py, verify/events.py): a hosting verb's subject or
agent, or a hosting noun said of a person, against the KB's host list for the edition, which
events.yaml declares complete for the 2024-25 season's ceremonies."""
from __future__ import annotations

import reelcheck


def hosts(text, kb):
    return [(c.verdict, c.object.id if hasattr(c.object, "id") else c.object)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "host"]


def test_the_subject_of_a_hosting_verb_is_the_host(default_kb):
    assert hosts("Conan O'Brien hosted the 97th Academy Awards.", default_kb) == [
        ("supported", "conan-obrien")]
    assert hosts("Nikki Glaser emceed the 82nd Golden Globe Awards.", default_kb) == [
        ("supported", "nikki-glaser")]


def test_another_name_refutes_where_the_host_list_is_complete(default_kb):
    assert hosts("Jimmy Kimmel hosted the 97th Academy Awards.", default_kb) == [
        ("refuted", "Jimmy Kimmel")]
    assert hosts("Jo Koy hosted the 82nd Golden Globe Awards.", default_kb) == [
        ("refuted", "Jo Koy")]


def test_the_by_agent_of_a_participle_on_the_event(default_kb):
    assert hosts("The 97th Oscars, hosted by Conan O'Brien, ran long.", default_kb) == [
        ("supported", "conan-obrien")]
    assert hosts("Sean Baker, speaking at the 97th Academy Awards hosted by Jimmy Kimmel, "
                 "thanked sex workers.", default_kb) == [("refuted", "Jimmy Kimmel")]


def test_a_list_of_hosts_distributes(default_kb):
    got = hosts("The 97th Academy Awards were hosted by Conan O'Brien and Jimmy Kimmel.",
                default_kb)
    assert sorted(got) == [("refuted", "Jimmy Kimmel"), ("supported", "conan-obrien")]


def test_a_hosting_noun_said_of_a_person(default_kb):
    assert hosts("Comedian Nikki Glaser was the host of the 82nd Golden Globe Awards.",
                 default_kb) == [("supported", "nikki-glaser")]
    assert hosts("The host of the 30th Critics Choice Awards, Chelsea Handler, opened with a "
                 "joke about the fires.", default_kb) == [("supported", "chelsea-handler")]


def test_a_host_title_with_only_the_show_family_never_refutes(default_kb):
    # "Oscars host" may mean any year's; the edition is the one the sentence or paragraph names
    assert hosts("Oscars host Conan O'Brien opened the 97th Academy Awards with a song.",
                 default_kb) == [("supported", "conan-obrien")]
    got = hosts("Anora won Best Picture at the 97th Academy Awards. Former Oscars host Jimmy "
                "Kimmel sat in the front row.", default_kb)
    assert got == [("not_enough_info", "Jimmy Kimmel")]


def test_a_bare_host_title_takes_the_paragraph_edition(default_kb):
    got = hosts("Sean Baker won Best Director at the 97th Academy Awards. Host Conan O'Brien "
                "joked about the film's runtime.", default_kb)
    assert got == [("supported", "conan-obrien")]


def test_no_host_claim_without_a_person_or_for_an_edition_the_kb_lacks(default_kb):
    assert hosts("A host of stars, including Conan O'Brien, attended the 97th Academy Awards.",
                 default_kb) == []
    assert all(v == "not_enough_info" for v, _ in hosts(
        "Conan O'Brien hosted the 2006 Emmy Awards.", default_kb))


def test_a_venue_beside_the_host_is_accounted_for(default_kb):
    # the host is right, the hall the sentence names is one the KB does not know
    assert hosts("Conan O'Brien emceed the 97th Academy Awards at the Shrine Auditorium.",
                 default_kb) == [("not_enough_info", "conan-obrien")]


def test_what_a_host_claim_says_beyond_who_hosted_is_a_slot(default_kb):
    # "first-time", "for the first time", "again": the KB cannot say, so the match is open
    assert hosts("First-time host Conan O'Brien opened the 97th Academy Awards.",
                 default_kb) == [("not_enough_info", "conan-obrien")]
    assert hosts("Conan O'Brien hosted the 97th Academy Awards for the first time.",
                 default_kb) == [("not_enough_info", "conan-obrien")]
    # a plain adverb adds nothing; a wrong host is wrong whatever else is said
    assert hosts("Conan O'Brien also hosted the 97th Academy Awards.", default_kb) == [
        ("supported", "conan-obrien")]
    assert hosts("Jimmy Kimmel hosted the 97th Academy Awards again.", default_kb) == [
        ("refuted", "Jimmy Kimmel")]
