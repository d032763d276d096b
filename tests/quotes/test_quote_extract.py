"""Quote extraction and attribution in checked articles (no trusted sources involved)."""
from __future__ import annotations

import pytest

from reelcheck.model import Document, EntityRef, Mention
from reelcheck.quotes import check_quotes


def run(text, kb, mentions=()):
    qs = check_quotes(Document("t", text), list(mentions), kb)
    for q in qs:  # spans cover exactly the quoted words, never the marks
        assert text[q.start:q.end] == q.text
        assert q.text[:1] not in "\"\u201c\u201d" and q.text[-1:] not in "\"\u201c\u201d"
    return qs


def who(q):
    return q.speaker.id if q.speaker else None


def test_straight_and_curly_double_quotes(kb):
    text = ('"We built the whole story around one wild week in Brooklyn," Sean Baker said. '
            'Mikey Madison was blunt: \u201cI had never danced on a pole before that summer.\u201d')
    qs = run(text, kb)
    assert [q.text for q in qs] == [
        "We built the whole story around one wild week in Brooklyn",
        "I had never danced on a pole before that summer."]
    assert [who(q) for q in qs] == ["sean-baker", "mikey-madison"]


def test_split_quote_reports_two_parts_with_the_same_speaker(kb):
    text = ('Mikey Madison smiled. \u201cThe first week was chaos,\u201d she said, \u201cand '
            'then somehow it turned into a family.\u201d')
    qs = run(text, kb)
    assert [q.text for q in qs] == ["The first week was chaos",
                                    "and then somehow it turned into a family."]
    assert [who(q) for q in qs] == ["mikey-madison", "mikey-madison"]
    assert "part 2" in qs[1].note


def test_partial_quote_inside_a_sentence(kb):
    text = ('Sean Baker said the ending was meant to be "quiet, uncomfortable and completely '
            'earned" rather than tidy.')
    (q,) = run(text, kb)
    assert q.text == "quiet, uncomfortable and completely earned"
    assert who(q) == "sean-baker"


def test_quote_spanning_sentences(kb):
    text = ('"I did not sleep for two days. Then I watched the cut and cried. It was worth '
            'every minute," Mikey Madison recalled.')
    (q,) = run(text, kb)
    assert q.text.startswith("I did not sleep") and q.text.endswith("worth every minute")
    assert who(q) == "mikey-madison"


def test_nested_single_quotes_and_apostrophes(kb):
    text = ("Sean Baker\u2019s advice was simple. \u201cMy coach kept telling me, \u2018make "
            "sure you\u2019re prepared,\u2019 and I never forgot it,\u201d Mikey Madison said. "
            "Baker's crew didn't argue.")
    (q,) = run(text, kb)
    assert q.text == ("My coach kept telling me, \u2018make sure you\u2019re prepared,\u2019 "
                      "and I never forgot it")
    assert who(q) == "mikey-madison"


def test_apostrophes_alone_make_no_quote(kb):
    text = ("Baker\u2019s film isn\u2019t subtle, and Madison's turn doesn't try to be. "
            "It's the '90s all over again, you\u2019re told.")
    assert run(text, kb) == []


LONG = "the rehearsals taught me more than any acting class ever did"


@pytest.mark.parametrize("text", [
    f'"{LONG}," Mikey Madison said.',
    f'"{LONG}," said Mikey Madison.',
    f'Mikey Madison told Variety that "{LONG}."',
    f'"{LONG}," Mikey Madison explained.',
    f'"{LONG}," Mikey Madison admitted.',
    f'"{LONG}," Mikey Madison confessed.',
    f'Mikey Madison shared with the audience: "{LONG}."',
    f'"{LONG}," Mikey Madison laughed.',
    f'"{LONG}," Mikey Madison joked.',
    f'"{LONG}," Mikey Madison recalled.',
    f'"{LONG}," Mikey Madison added.',
    f'"{LONG}," recalled Mikey Madison.',
    f'According to Mikey Madison, "{LONG}."',
    f'"{LONG}," according to Mikey Madison.',
    f'Mikey Madison: "{LONG}."',
    f'Mikey Madison, 25, said: "{LONG}."',
    f'Mikey Madison plays Ani. "{LONG}," Madison later said.',
], ids=lambda t: t[:12] + "..." + t[-30:])
def test_attribution_in_every_order(kb, text):
    qs = run(text, kb)
    assert len(qs) == 1
    assert qs[0].text.rstrip(".") == LONG
    assert who(qs[0]) == "mikey-madison"


def test_pronouns_follow_the_nearest_person_of_that_gender(kb):
    text = ("Sean Baker cast Mikey Madison after seeing her in a small role. "
            "\u201cShe walked in already knowing who Ani was,\u201d he said. "
            "\u201cHe never once told me to tone it down on set,\u201d she said.")
    qs = run(text, kb)
    assert [who(q) for q in qs] == ["sean-baker", "mikey-madison"]


def test_role_nouns_resolve_to_the_right_person(kb):
    text = ("Mikey Madison and Sean Baker spoke after the screening. "
            "\u201cEvery scene was rehearsed until it felt unrehearsed,\u201d the director "
            "explained. \u201cI trusted him with the hardest scenes completely,\u201d the "
            "actress said.")
    qs = run(text, kb)
    assert [who(q) for q in qs] == ["sean-baker", "mikey-madison"]


def test_the_director_skips_a_nearer_person_who_directed_nothing(kb):
    text = ("Sean Baker watched from the back while Mark Eydelshteyn took questions. "
            "\u201cWe only ever had one take of the staircase fight, so nobody breathed,\u201d "
            "the director recalled.")
    (q,) = run(text, kb)
    assert who(q) == "sean-baker"


def test_scare_quotes_and_short_unattributed_quotes_are_not_quotes(kb):
    text = ('The so-called "legend" of the shoot grew online. Critics called Vanya a '
            '\u201cboy lost in privilege\u201d and the film a "modern fairy tale".')
    assert run(text, kb) == []


def test_titles_are_not_quotes(kb):
    text = ('Madison had a small part in "Once Upon a Time in Hollywood" before this. '
            'Baker made "The Florida Project" and the soundtrack opens with "Greatest Day Of '
            'Our Young Lives Together".')
    assert run(text, kb) == []


def test_short_quote_with_attribution_is_kept(kb):
    (q,) = run('"Never again," Sean Baker joked.', kb)
    assert q.text == "Never again" and who(q) == "sean-baker"


def test_speaker_from_mentions_even_when_misspelled(kb):
    text = '"We shot on real film stock because it forgives nothing," Sean Bakker said.'
    s = text.index("Sean Bakker")
    m = Mention(s, s + len("Sean Bakker"), "Sean Bakker", EntityRef("sean-baker", "Sean Baker"),
                entity_type="person", issue="misspelled", how="fuzzy")
    assert who(run(text, kb)[0]) is None          # not a KB name: nobody to link
    (q,) = run(text, kb, [m])
    assert who(q) == "sean-baker"


def test_unknown_speaker_keeps_the_name_as_written(kb):
    (q,) = run('"I thought the third act would never end," Jane Doorley wrote.', kb)
    assert q.speaker is None
    assert q.speaker_text == "Jane Doorley"


def test_interview_lines_without_marks(kb):
    text = ("Q: What did the shoot teach you?\n\n"
            "Mikey Madison: Mostly patience, and that a long take is a team sport.\n")
    (q,) = run(text, kb)
    assert q.text == "Mostly patience, and that a long take is a team sport."
    assert who(q) == "mikey-madison"


def test_unattributed_follow_up_quote_keeps_the_speaker(kb):
    text = ('"The casino scenes took eleven nights," Sean Baker said. "By the end the dealers '
            'were giving us notes on our blocking."')
    qs = run(text, kb)
    assert [who(q) for q in qs] == ["sean-baker", "sean-baker"]


def test_no_kb_still_finds_quotes_and_names():
    qs = check_quotes(Document("t", '"Nobody expected the ovation to last that long," '
                                    'Sean Baker said.'), [], None)
    assert len(qs) == 1 and qs[0].speaker is None and qs[0].speaker_text == "Sean Baker"
    assert qs[0].verdict == "unsourced"


def test_film_dialogue_by_a_character_is_not_pinned_on_a_person(tmp_path):
    from reelcheck.kb.store import KB, KBWriter
    w = KBWriter(tmp_path / "chars.sqlite")
    w.add_entity("sean-baker", "person", "Sean Baker")
    w.add_entity("anora-mikheeva", "character", "Anora Mikheeva")
    w.add_alias("anora-mikheeva", "Ani", "nickname")
    w.commit()
    kb = KB(tmp_path / "chars.sqlite")
    (q,) = run('Sean Baker wrote the scene. "You can\'t just leave me in a hotel room," Ani '
               'shouts at the brothers.', kb) or [None]
    assert q is None or (q.speaker is None and "character" in q.note)
