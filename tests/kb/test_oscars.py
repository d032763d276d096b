"""The Oscar record compiled into a KB: nominations, wins, characters, completeness, merging with
factsheets (no duplicate entities) and disagreements kept as disputed facts."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from reelcheck.kb.factsheet import compile_factsheets
from reelcheck.kb.oscars import SOURCE
from reelcheck.kb.store import KB

HEAD = ("Ceremony\tYear\tClass\tCanonicalCategory\tCategory\tFilm\tFilmId\tName\tNominees\t"
        "NomineeIds\tWinner\tDetail")
# A made-up ceremony: two actresses, two pictures, a song, an honorary award.
ROWS = [
    "5\t1931/32\tActing\tACTRESS IN A LEADING ROLE\tACTRESS\tHarbour Lights\ttt9000001\t"
    "Ilse Varga\tIlse Varga\tnm9000001\tTrue\tNora Hale",
    "5\t1931/32\tActing\tACTRESS IN A LEADING ROLE\tACTRESS\tThe Glass Orchard\ttt9000002\t"
    "Mara Quill\tMara Quill\tnm9000002\t\tJune Ashby",
    "5\t1931/32\tTitle\tBEST PICTURE\tOUTSTANDING PRODUCTION\tHarbour Lights\ttt9000001\t"
    "Lantern Pictures\tLantern Pictures\tco9000001\t\t",
    "5\t1931/32\tTitle\tBEST PICTURE\tOUTSTANDING PRODUCTION\tThe Glass Orchard\ttt9000002\t"
    "Orchard Films\tOrchard Films\tco9000002\tTrue\t",
    "5\t1931/32\tMusic\tMUSIC (Original Song)\tMUSIC (Song)\tHarbour Lights\ttt9000001\t"
    "Music by Pell Dorn-Avery\tPell Dorn-Avery\tnm9000003\t\tTide Song",
    "5\t1931/32\tSpecial\tHONORARY AWARD\tHONORARY AWARD\t\t\t\tKes Ombra\tnm9000004\tTrue\t",
]
SHEET = """
factsheet: test-history
entities:
  - {id: academy-awards, label: Academy Awards, type: award}
  - {id: 5th-academy-awards, label: 5th Academy Awards, type: ceremony, year: 1932}
  - {id: academy-award-for-best-actress, label: Academy Award for Best Actress, type: award}
  - {id: academy-award-for-best-picture, label: Academy Award for Best Picture, type: award}
  - {id: harbour-lights-1931-film, label: Harbour Lights, type: film, year: 1931}
  - {label: Ilse Varga, type: person}
  - {label: Pell Dorn Avery, type: person}
  - {id: the-glass-orchard-1932-film, label: The Glass Orchard, type: film, year: 1932}
facts:
  - {subject: 5th-academy-awards, predicate: edition_of, object: academy-awards,
     sources: [https://example.org/ceremonies]}
  - {subject: ilse-varga, predicate: award_received, object: academy-award-for-best-actress,
     qualifiers: {ceremony: 5th-academy-awards, film_title: Harbour Lights},
     sources: [https://example.org/actress-list]}
  - {subject: harbour-lights-1931-film, predicate: award_received,
     object: academy-award-for-best-picture, qualifiers: {ceremony: 5th-academy-awards},
     sources: [https://example.org/picture-list]}
complete:
  - {predicate: award_received, object: academy-award-for-best-actress,
     qualifiers: {ceremony: 5th-academy-awards}}
  - {predicate: award_received, object: academy-award-for-best-picture,
     qualifiers: {ceremony: 5th-academy-awards}}
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("oscars")
    data = d / "oscars.tsv.gz"
    with gzip.open(data, "wt", encoding="utf-8") as fh:
        fh.write("\n".join([HEAD] + ROWS) + "\n")
    sheets = d / "sheets"
    sheets.mkdir()
    (sheets / "history.yaml").write_text(SHEET, encoding="utf-8")
    stats = compile_factsheets([sheets], d / "kb.sqlite", oscars=data)
    return KB(d / "kb.sqlite"), stats


def _facts(kb, who, pred):
    return [f for f in kb.facts_involving(who, pred)]


def test_a_nomination_with_its_character_and_ids(built):
    kb, _ = built
    mara = kb.entity_by_external("imdb", "nm9000002")
    assert mara is not None and mara.label == "Mara Quill" and mara.type == "person"
    noms = kb.facts(subject=mara.id, predicate="nominated_for")
    assert len(noms) == 1
    f = noms[0]
    assert f.value == "academy-award-for-best-actress"
    assert f.qualifiers["ceremony"] == "5th-academy-awards"
    assert f.qualifiers["character_name"] == "June Ashby"
    assert f.qualifiers["for_work"] == kb.entity_by_external("imdb", "tt9000002").id
    assert f.qualifiers["category_variant"] == "ACTRESS"
    assert SOURCE in f.sources
    assert kb.facts(subject=mara.id, predicate="award_received") == []   # a nominee, not a winner


def test_a_win_agreeing_with_a_factsheet_is_one_fact_with_both_sources(built):
    kb, stats = built
    wins = kb.facts(subject="ilse-varga", predicate="award_received")
    assert len(wins) == 1                      # the factsheet's fact, not a second copy
    w = wins[0]
    assert w.sources[0] == "https://example.org/actress-list" and SOURCE in w.sources
    assert w.qualifiers["character_name"] == "Nora Hale"
    assert not w.disputed
    # the record's nomination of the same person is there too
    assert [f.value for f in kb.facts(subject="ilse-varga", predicate="nominated_for")] == [
        "academy-award-for-best-actress"]


def test_entities_merge_by_id_or_name_and_year_never_twice(built):
    kb, _ = built
    # factsheet person without an id: merged by name, gains the IMDb id
    assert kb.entity_by_external("imdb", "nm9000001").id == "ilse-varga"
    # factsheet film merged by title and year
    assert kb.entity_by_external("imdb", "tt9000001").id == "harbour-lights-1931-film"
    # a hyphen in one source and a space in the other: one person
    assert kb.entity_by_external("imdb", "nm9000003").id == "pell-dorn-avery"
    con = kb._con()
    for label in ("Ilse Varga", "Harbour Lights", "Pell Dorn Avery", "The Glass Orchard"):
        n = con.execute("SELECT count(*) FROM entities WHERE label = ?", (label,)).fetchone()[0]
        assert n == 1, label
    assert con.execute("SELECT count(*) FROM entities WHERE label LIKE 'Pell Dorn%'"
                       ).fetchone()[0] == 1


def test_completeness_per_category_subject_and_history(built):
    kb, _ = built
    cer = {"ceremony": "5th-academy-awards"}
    song = "academy-award-for-best-original-song"
    assert kb.is_complete("nominated_for", object_entity=song, qualifiers=cer)
    assert kb.is_complete("award_received", object_entity=song, qualifiers=cer)
    film = kb.entity_by_external("imdb", "tt9000001").id
    assert kb.is_complete("nominated_for", subject=film, qualifiers=cer)
    assert kb.is_complete("award_received", subject="ilse-varga",
                          qualifiers={"family": "academy-awards"})
    # a ceremony the record does not cover is not declared
    assert not kb.is_complete("nominated_for", subject=film,
                              qualifiers={"ceremony": "6th-academy-awards"})
    # the song's nominee is a recipient of the film's nomination, with the song as detail
    f = [x for x in kb.facts(subject=film, predicate="nominated_for") if x.value == song][0]
    assert f.qualifiers["recipients"] == ["pell-dorn-avery"] and f.qualifiers["detail"] == "Tide Song"


def test_an_award_without_a_film_has_the_person_as_subject(built):
    kb, _ = built
    kes = kb.entity_by_external("imdb", "nm9000004")
    wins = kb.facts(subject=kes.id, predicate="award_received")
    assert [kb.label(f.value) for f in wins] == ["Academy Honorary Award"]
    assert kb.facts(subject=kes.id, predicate="nominated_for") == []   # not a competition


def test_disagreement_becomes_disputed_and_is_reported(built):
    kb, stats = built
    # the factsheet says Harbour Lights won Best Picture; the record says The Glass Orchard
    fs = [f for f in kb.facts(subject="harbour-lights-1931-film", predicate="award_received")
          if f.value == "academy-award-for-best-picture"]
    assert len(fs) == 1 and fs[0].disputed
    assert {tuple(d["sources"]) for d in fs[0].disputed_values} >= {
        ("https://example.org/picture-list",)}
    rec = [f for f in kb.facts(subject="the-glass-orchard-1932-film", predicate="award_received")]
    assert len(rec) == 1 and rec[0].disputed
    assert len(stats.disputes) == 2
    assert all("Best Picture" in d for d in stats.disputes)
    # the agreeing Best Actress list raised nothing
    assert not any("Best Actress" in d for d in stats.disputes)


def test_default_kb_holds_the_whole_record(default_kb):
    kb = default_kb
    lily = kb.entities_by_name("Lily Gladstone", "person")[0]
    noms = [f for f in kb.facts_involving(lily.id, "nominated_for")
            if f.qualifiers.get("ceremony") == "96th-academy-awards"]
    assert [kb.label(f.value) for f in noms] == ["Academy Award for Best Actress"]
    assert noms[0].qualifiers["character_name"] == "Mollie Burkhart"
    opp = kb.entities_by_name("Oppenheimer", "film")[0]

    def count(pred):
        return len({f.value for f in kb.facts_involving(opp.id, pred)
                    if f.qualifiers.get("ceremony") == "96th-academy-awards"})
    assert (count("nominated_for"), count("award_received")) == (13, 7)
    assert kb.is_complete("nominated_for", subject=opp.id,
                          qualifiers={"ceremony": "96th-academy-awards"})
    # Anora's six nominations at the 97th still agree with its factsheet (nothing disputed)
    anora = [f for f in kb.facts_involving("anora-2024-film", "nominated_for")
             if f.qualifiers.get("ceremony") == "97th-academy-awards"]
    assert len({f.value for f in anora}) == 6 and not any(f.disputed for f in anora)
    assert kb.entity_by_external("imdb", "tt28607951").id == "anora-2024-film"


def test_no_win_of_the_record_sits_on_a_namesake_without_its_nomination(default_kb):
    # A factsheet winner merged with the record by name alone could take a namesake's IMDb id
    # (the first "Robert Benton" of the record is a set decorator): every person's win must
    # sit on the entity that holds the same nomination.
    kb = default_kb
    con = kb._con()
    for fid, subj, obj, q in con.execute(
            "SELECT f.id, f.subject, f.object_entity, f.qualifiers FROM facts f JOIN entities "
            "e ON e.id = f.subject WHERE f.predicate = 'award_received' AND e.type = 'person' "
            "AND f.qualifiers LIKE '%academy-awards%'"):
        cer = json.loads(q).get("ceremony")
        if not cer:
            continue
        label = kb.label(subj)
        namesakes = [e.id for e in kb.entities_by_name(label, "person") if e.id != subj]
        if not namesakes:
            continue
        def nominated(eid):
            return any(f.value == obj and f.qualifiers.get("ceremony") == cer
                       for f in kb.facts_involving(eid, "nominated_for"))
        assert nominated(subj) or not any(nominated(e) for e in namesakes), (fid, subj)
    benton = kb.entity_by_external("imdb", "nm0000914")
    assert any(f.value == "academy-award-for-best-director" for f in
               kb.facts(subject=benton.id, predicate="award_received"))


def test_names_are_cleaned_before_they_become_entities():
    from reelcheck.kb.oscars import clean_name, clean_title
    assert clean_title("the end") == "The End"          # styled lower case: prose words
    assert clean_title("images") == "Images"
    assert clean_name("Screenplay - Justine Triet") == "Justine Triet"
    assert clean_name("FRED JACKMAN") == "Fred Jackman"
    assert clean_name("the EASTMAN KODAK CO.") == "Eastman Kodak Co."
    assert clean_name("Hal Roach (production company)") == "Hal Roach"
