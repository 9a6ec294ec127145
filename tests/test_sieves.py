"""Each attribution sieve and resolver step on a small self-written example: the rule a quote carries
names the sieve that found its speaker and the step that resolved them (issue 13)."""

from __future__ import annotations

import pytest

from tui.analysis import Analysis, analyze
from tui.analysis.attribution import DIRECT_SIEVES, Resolver, _people
from tui.analysis.nouns import Mention, parse_np
from tui.articles import Article

SIEVES = {
    "reports-colon": (["The New York Times reports:", '"The plan will fail within a year and everyone knows it."'],
                      "New York Times"),
    "signature-dash": (['"We never gave up on the town and we never will." ― Carla Sanchez'], "Carla Sanchez"),
    "signed-line": (['“I would rather die than live in what he calls “hell” than live like this.” ― Adriana Rodarte'],
                    "Adriana Rodarte"),
    "quoted-as": (['"The team played very well tonight in the cold," TVA Sports quoted Daly as saying.'], "Daly"),
    "came-reply": (['The mayor told the show\'s director: "Are you ready to start the broadcast now?"',
                    '"Not yet, we need more time," came the response.'], "the show's director"),
    "as-put-after": (['"A plan to cut the budget by half," as a Homeland Security memo put it.'],
                     "a Homeland Security memo"),
    "cue-after": (['"We will cut taxes next year for families," said Jane Doe.'], "Jane Doe"),
    "subject-then-cue-after": (['"We will cut taxes next year for families," Jane Doe said.'], "Jane Doe"),
    "partial-then-cue": (['Scientists say the brain "responds very strongly" to sex steroids, said Douglas Meinecke of '
                          "the National Institute."], "Douglas Meinecke"),
    "as-put-before": (['As Jane Doe put it, "the plan is a mess from start to finish."'], "Jane Doe"),
    "according-to": (['According to Jane Doe, "the plan is a mess from start to finish."'], "Jane Doe"),
    "claim": (["Jane Doe's claim that the plan \"is a mess from start to finish\" was rejected."], "Jane Doe"),
    "cue-before": (['Jane Doe said the plan was "a mess from start to finish" on Monday.'], "Jane Doe"),
    "participle-opening": (['Declaring that "Currency is politics," French Prime Minister Alain Juppe today '
                            "reiterated the plan."], "Alain Juppe"),
    "source-after": (['"Members must vote in person at the annual meeting," per the party\'s bylaws.'],
                     "the party's bylaws"),
    "document-found": (['A GAO report released last year found that the agency "failed to track its spending."'],
                       "GAO"),
    "colon-before": (['Jane Doe: "We will cut taxes next year for families."'], "Jane Doe"),
    "final-cue": (['"A disaster for the whole of the nation" is what the plan amounts to for the families and the '
                   "workers of the whole country and all of its towns, Jane Doe said."], "Jane Doe"),
    "sentence-subject": (['Jane Doe called on the ministers to "stop the cuts before it is too late."'], "Jane Doe"),
    "previous-sentence": (["Jane Doe identified exhaustion as the main reason for the vote.",
                           '"The younger people are tired of waiting for change in this country."'], "Jane Doe"),
}  # fmt: skip

STEPS = {
    "pronoun:nearby-person": (["Jane Doe spoke in the capital on Monday.",
                               '"We will cut taxes next year for families," she said.'], "Jane Doe"),
    "pronoun:nearby-body": (["The Acme Corporation published its figures on Monday.",
                             'It said the results were "better than anyone expected this year."'], "Acme Corporation"),
    "pronoun:one-of-group": (["Dealers said the dollar fell in thin trade on Monday.",
                              '"All the action is in New York and Tokyo this week," one said.'], "Dealers"),
    "pronoun:nearby-group": (["Farmers marched through the capital on Monday.",
                              'They said the cuts were "a disaster for every village in the land."'], "Farmers"),
    "surname:full-name": (["Finance Minister Jane Doe spoke on Monday.",
                           '"We will cut taxes next year for families," Doe said.'], "Jane Doe"),
    "surname:alone": (['"We will cut taxes next year for families," Doe said.'], "Doe"),
    "name": (['"We will cut taxes next year for families," Jane Doe said.'], "Jane Doe"),
    "org:acronym": (["The Consumer Electronics Association (CEA) met on Monday.",
                     '"Sales of gadgets will rise again next year," CEA said.'], "Consumer Electronics Association"),
    "org": (['"Sales of gadgets will rise again next year," the Consumer Electronics Association said.'],
            "Consumer Electronics Association"),
    "descriptor:title": (["Finance Minister Jane Doe spoke on Monday.",
                          '"We will cut taxes next year for families," the minister said.'], "Jane Doe"),
    "descriptor:named-body": (["The Countryside Alliance held a rally on Monday.",
                               '"We will fight this ban in every court of the land," the group said.'],
                              "Countryside Alliance"),
    "descriptor:issuer": (['The IMF report said the economy "will grow faster than expected next year."'], "IMF"),
    "descriptor:age": (["Andy Roddick beat Tim Henman in three sets at Queen's on Sunday.",
                        '"I felt pretty good out there today," said the 22-year-old.'], "Andy Roddick"),
    "descriptor:as-named": (['"We will fight this ban in every court of the land," a senior official said.'],
                            "a senior official"),
    "descriptor:same-head": (["Burlington lawyers said the bid was unfair. Samjens lawyers said the bid was fair.",
                              '"The merger would be unlawful from start to finish," the lawyers said.'],
                             "Samjens lawyers"),
    "descriptor:same-role": (["Prices will rise, a spokesman for the Ministry of Trade said.",
                              "Traders in London said prices would fall.",
                              '"The traders are wrong about the harvest this year," the spokesman said.'],
                             "a spokesman for the Ministry of Trade"),
    "descriptor:outlet": (["The New York Times reported that Iran had deployed new missiles near the strait.",
                           '"Missiles now used by Iran had only a fraction of that power," the paper said.'],
                          "New York Times"),
    "descriptor:outlet-named": (['"Missiles now used by Iran had only a fraction of that power," Britain\'s Guardian'
                                 ' newspaper said.'], "Guardian"),
    "descriptor:named-next": (['"The lawsuit will go to trial next month," a federal judge said. Judge Ruben'
                               " Castillo this week issued an opinion."], "Ruben Castillo"),
    "descriptor:same-unnamed": (['"The decree stands," a senior official at the ministry said.',
                                 "President Akbar Rafsanjani said at a news conference that the decree was law.",
                                 '"The president has been clear," the official at the ministry said.'],
                                "a senior official at the ministry"),
    "org:initials": (["Standard and Poor's Corp said it may downgrade the debt of Acme Corp.",
                      '"The sale will weaken the parent," S and P said.'], "Standard and Poor's Corp"),
    "descriptor:surname-of": (["Analyst Jane Doe said prices would fall this year.",
                               '"Bonds will rally before the summer," said Doe of Merrill Lynch.'], "Jane Doe"),
}  # fmt: skip


def _analysis(paragraphs: list[str]) -> Analysis:
    """The analysis of a small self-written article, one string a paragraph."""
    return analyze(Article.build(id="x", source="x", title="T", paragraphs=paragraphs))


def _speakers(*paragraphs: str) -> list[str | None]:
    """The speakers of a small self-written article's quotes and reports, in order."""
    return [q.speaker for q in _analysis(list(paragraphs)).quotes]


def _direct(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.rule, q.speaker) for q in _analysis(paragraphs).quotes if q.kind == "direct"]


def test_every_sieve_has_an_example_here() -> None:
    assert {name for name, _ in DIRECT_SIEVES} == set(SIEVES)


@pytest.mark.parametrize("sieve", sorted(SIEVES))
def test_each_sieve_attributes_its_own_example(sieve: str) -> None:
    paragraphs, speaker = SIEVES[sieve]
    rule, who = _direct(paragraphs)[-1]
    assert rule.split("/")[0] == sieve and who == speaker


@pytest.mark.parametrize("step", sorted(STEPS))
def test_each_resolver_step_resolves_its_own_example(step: str) -> None:
    paragraphs, speaker = STEPS[step]
    rule, who = _direct(paragraphs)[-1]
    assert rule.split("/", 1)[1] == step and who == speaker


def test_a_bare_quotation_continues_the_last_speaker_or_runs_on_to_the_next() -> None:
    got = _direct(["Finance Minister Jane Doe spoke on Monday.", '"We will cut taxes next year," Doe said.',
                   '"And we will raise pensions for everyone over seventy as well."'])  # fmt: skip
    assert got[-1] == ("continues-last-speaker", "Jane Doe")
    got = _direct(['"We will cut taxes next year." "And we will raise pensions for everyone," Jane Doe said.'])
    assert got[0] == ("runs-on-to-next/name", "Jane Doe")


def test_reported_speech_names_its_two_shapes() -> None:
    an = _analysis([
        "Jane Doe said the government would cut taxes for every family next year.",
        "The cuts will pay for themselves within three years, Doe said.",
    ])  # fmt: skip
    rules = [q.rule for q in an.quotes if q.kind == "indirect"]
    assert rules == ["cue-then-clause/name", "clause-then-cue/surname:full-name"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Blair called for a Marshall Plan for Africa on Monday.", ["Marshall Plan for Africa"]),
        (
            "The General Agreement on Tariffs and Trade (GATT) talks resumed.",
            ["General Agreement on Tariffs and Trade"],
        ),
        ("The export enhancement program (EEP) was used again.", ["export enhancement program"]),
        ("He signed the Maastricht treaty last year.", ["Maastricht treaty"]),
        ("The February 22 Paris accord held.", ["Paris accord"]),
        ("Bush's Clear Skies Initiative stalled.", ["Clear Skies Initiative"]),
        ("The Women's Health Initiative found it.", ["Women's Health Initiative"]),
        # not initiatives: people, bodies, broadcasts, someone's, a nation's
        ("Mayor Bill de Blasio spoke. Films starring Jude Law and Julia Roberts.", []),
        ("He studied at Hastings College of the Law. A World Bank mission arrived.", []),
        ("Speaking on BBC Radio 4's Today programme, he said so. OPEC's December accord held.", []),
        ("The Gulf Cooperation Council (GCC) met. The Soviet summit and the 1986 accord.", []),
        ("The Bernie Sanders campaign rallied.", []),
        # a body once shown as one is one everywhere; a firm before a verb "plan"; when, not name
        (
            "Elizabeth Birch, executive director of the Human Rights Campaign, spoke. Birch said the Human Rights"
            " Campaign was buying an ad.",
            [],
        ),
        ("Three trading houses including Mitsui Co Ltd plan to export plants.", []),
        ("Clinton spoke at the Democratic National Convention on Wednesday.", ["Democratic National Convention"]),
        ("The Good Friday Agreement held. Our groups launched Who Talks? in May.", ["Good Friday Agreement"]),
    ],
)
def test_initiatives_are_named_things_not_people_bodies_or_broadcasts(text: str, names: list[str]) -> None:
    from tui.analysis.initiatives import find_initiatives

    assert [i.name for i in find_initiatives(text)] == names


def test_a_company_named_by_its_first_word_is_the_company() -> None:
    an = _analysis([
        "Burlington Industries Inc said on Monday it would fight the bid.",
        "Burlington said the offer was too low for its shareholders to accept.",
        "CSR Ltd said it would bid again.", 'CSR said the bid was "fair and full for all shareholders."',
    ])  # fmt: skip
    got = [(q.speaker, q.rule.split("/")[-1]) for q in an.quotes]
    assert ("Burlington Industries Inc", "surname:org-short-form") in got
    assert ("CSR Ltd", "org:short-form") in got
    assert {s.name for s in an.speakers} == {"Burlington Industries Inc", "CSR Ltd"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Standard and Poor's Corp said it had cut the ratings of the utility company.", "Standard and Poor's Corp"),
        ("However, S and P said the outlook for the company was stable.", "S and P"),
        ("International Minerals and Chemical Corp said the agency granted the permission.",
         "International Minerals and Chemical Corp"),
        # no firm: two countries speaking together, as the gold names them ("China and Russia")
        ("Britain and France said the talks would resume in Geneva next week.", "Britain and France"),
    ],
)  # fmt: skip
def test_a_firm_named_with_and_is_read_whole(sentence: str, speaker: str) -> None:
    an = _analysis(["Opening line of the report about it.", sentence])
    assert [q.speaker for q in an.quotes] == [speaker]


def test_a_name_then_a_relative_clause_then_the_cue_is_the_speaker() -> None:
    got = _direct([
        "Ed Harris won for a film. Lynn Redgrave also won.", '"I am glad people did not forget it," Harris said.',
        'Redgrave, who played the loving maid to a horror director in "Gods and Monsters," said, "It has been 32 '
        'years since I stood one of these on a mantelpiece."',
    ])  # fmt: skip
    assert got[-1] == ("cue-before/surname:full-name", "Lynn Redgrave")


def test_a_title_then_the_name_in_apposition_after_the_cue_is_the_name() -> None:
    got = _direct(['"The deep waters appear to be very promising," said the government\'s Director of Petroleum '
                   "Research, Dr. Yehezkel Druckman, who granted the licenses."])  # fmt: skip
    assert got == [("cue-after/name", "Yehezkel Druckman")]


def test_a_participle_hangs_on_a_subject_with_an_irregular_verb() -> None:
    got = _direct(['Ed Harris set the tone for the show by coming on stage with a toothpick in his mouth, saying, '
                   '"Oh man, I just got through eating dinner."'])  # fmt: skip
    assert got == [("cue-before/name", "Ed Harris")]


def test_marks_left_from_an_inner_quotation_do_not_hide_the_cue() -> None:
    got = _direct(['"It is dangerous to accept the bait when they say, \'Come on, admit it,"\' said a former federal '
                   "prosecutor who did not want to be named."])  # fmt: skip
    assert got[0][0].startswith("cue-after/") and got[0][1].startswith("a former federal prosecutor")


def test_a_question_word_opens_no_name() -> None:
    an = _analysis([
        "Gene Herbert runs the company. Where Monier goes next is unclear, Herbert said.",
        '"We fit better with Monier," he said.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Gene Herbert"]
    assert all(not s.name.startswith("Where") for s in an.speakers)


def test_a_negated_cue_reports_nothing_and_a_relative_clause_names_no_speaker() -> None:
    an = _analysis([
        "A Chrysler spokeswoman would not say whether some problem had cropped up in the talks.",
        "Environment Minister Robert Hill said he would compile a rebuttal of the report, which he has "
        "described as superficial and unbalanced.",
    ])  # fmt: skip
    got = [(q.speaker, q.text) for q in an.quotes]
    assert got == [
        ("Robert Hill", "he would compile a rebuttal of the report, which he has described as superficial and "
                        "unbalanced"),
        ("Robert Hill", "as superficial and unbalanced"),  # what "described" reports, not a clause before a cue
    ]  # fmt: skip


def test_a_generation_stays_in_the_name() -> None:
    from tui.analysis.nouns import parse_np

    assert parse_np("J.T. Battenberg III", 0).name == "J.T. Battenberg III"  # type: ignore[union-attr]
    assert parse_np("John F. Smith Jr.", 0).name == "John F. Smith Jr."  # type: ignore[union-attr]
    got = _direct(["J.T. Battenberg III, the chairman, spoke on Monday.",
                   '"We will not sell the plant to anyone," Battenberg said.'])  # fmt: skip
    assert got == [("subject-then-cue-after/surname:full-name", "J.T. Battenberg III")]


def test_an_acronym_after_a_reuters_marked_name_speaks_as_it() -> None:
    an = _analysis([
        "CSR Ltd will go on despite the counter-bid from <Equiticorp Tasman Ltd> (ETL), an executive said.",
        "ETL said today it would offer 4.15 dlrs each for the shares.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes][-1] == "Equiticorp Tasman Ltd"


def test_a_clause_fragment_is_no_speaker() -> None:
    an = _analysis([
        "The plan, which the minister defended, could blunt Republican claims of a failing economy.",
        "A Swissair spokesman declined to say how much the engine order was worth in the end.",
    ])  # fmt: skip
    names = {s.name for s in an.speakers}
    assert not any(n.split()[0] in ("could", "would") or n.endswith((" to", " of")) for n in names), names


def test_a_participle_after_a_cue_reports_for_the_same_speaker() -> None:
    an = _analysis([
        "Growth this year should be at least one pct, Walter Seipp said, describing the downturn as a false start.",
        "Lone Star said it expects the cement industry to keep consolidating, adding foreign companies own half of it.",
    ])  # fmt: skip
    got = [(q.rule.split("/")[0], q.speaker, q.text) for q in an.quotes]
    assert ("clause-then-cue", "Walter Seipp", "Growth this year should be at least one pct") in got
    assert ("then-participle", "Walter Seipp", "the downturn as a false start") in got
    assert ("then-participle", "Lone Star", "foreign companies own half of it") in got


def test_a_group_named_two_ways_is_one_speaker_with_an_alias() -> None:
    an = _analysis([
        "Samjens lawyers said they received information from PaineWebber last month.",
        "Lawyers for Samjens said the bid would go ahead as planned next week.",
    ])  # fmt: skip
    speakers = an.speakers
    assert [s.name for s in speakers] == ["Samjens lawyers"]
    assert speakers[0].aliases == ["Lawyers for Samjens"]


def test_a_day_after_the_cue_opens_no_clause() -> None:
    an = _analysis([
        "Police officers said Saturday they had made great strides in the inquiry.",
        "Michael Flatley agreed Tuesday to pay his former manager a substantial sum to settle the lawsuit.",
        "Investigators in the embassy bombing said they had found the truck used in the attack.",
    ])  # fmt: skip
    got = [(q.text, q.speaker) for q in an.quotes]
    assert ("they had made great strides in the inquiry", "Police officers") in got
    assert all(not t.startswith("to pay") for t, _ in got)
    assert all(s is None or "bombing" not in s for _, s in got)  # an event is no speaker


def test_a_surname_that_ends_like_an_event_is_still_a_name() -> None:
    got = _direct(['"People will vote for her in great numbers this year," said Charlie King, a prominent New York '
                   "Democrat."])  # fmt: skip
    assert got[0][1] == "Charlie King"


def test_according_to_reports_a_clause_on_either_side() -> None:
    an = _analysis([
        "The economy will grow by two percent next year, according to the finance ministry.",
        "According to Wendy Wilson, this is the first time her colleagues have come across it.",
        'According to Jane Doe, "the plan is a mess from start to finish."',
        "Witnesses later said they saw one gunman down near the library.",
    ])  # fmt: skip
    got = [(q.kind, q.rule.split("/")[0], q.speaker) for q in an.quotes]
    assert ("indirect", "clause-then-according", "the finance ministry") in got
    assert ("indirect", "according-then-clause", "Wendy Wilson") in got
    assert ("direct", "according-to", "Jane Doe") in got  # a quotation stays a direct quote
    assert ("indirect", "cue-then-clause", "Witnesses") in got  # "saw": an irregular past makes a clause


def test_an_interrupted_clause_is_one_report_of_the_speaker_inside_it() -> None:
    an = _analysis([
        "Jane Doe and Paul Manafort are at the meeting.",
        "The cuts, Doe said, would hurt families across the country.",
        "That, Mr. Manafort said, was in the works for the campaign.",
    ])  # fmt: skip
    got = [(q.rule.split("/")[0], q.speaker, q.text) for q in an.quotes]
    assert ("interrupted", "Jane Doe", "The cuts, Doe said, would hurt families across the country") in got
    assert ("interrupted", "Paul Manafort", "That, Mr. Manafort said, was in the works for the campaign") in got


def test_a_cue_word_inside_a_hyphenated_word_is_no_cue() -> None:
    an = _analysis([
        "Shell is to pay $1m to the ex-finance chief who stepped down after the firm over-stated its reserves.",
        "The self-described caliph was injured in the attack on the convoy, officials said.",
    ])  # fmt: skip
    speakers = [q.speaker for q in an.quotes]
    assert "the firm over" not in speakers and "The self" not in speakers
    assert speakers == ["officials"]


def test_the_subject_of_a_first_verb_says_the_second() -> None:
    an = _analysis([
        "In Washington, State Department spokesman James P. Rubin welcomed the recommendation and said prompt "
        "action would help broaden and deepen democracy in Peru.",
        "School administrators sharing their tactics unveiled elaborate safety plans and said they preferred to err "
        "on the side of caution.",
    ])  # fmt: skip
    got = [(q.speaker, q.text[:20]) for q in an.quotes]
    assert ("James P. Rubin", "prompt action would ") in got
    assert all(s != "School" for s, _ in got)  # no truncated subject: a full name only


def test_a_second_verb_after_and_starts_a_report_of_its_own() -> None:
    an = _analysis([
        'Opposition leader John Smith called the plan "a disaster for public services" and said the sums did not '
        "add up.",
    ])  # fmt: skip
    reports = [q.text for q in an.quotes if q.kind == "indirect"]
    assert reports == ["the sums did not add up"]  # once, not again inside the report of "called"


def _reports(paragraphs: list[str]) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.rule) for q in _analysis(paragraphs).quotes if q.kind == "indirect"]


def test_a_plain_say_verb_reports_a_clause_in_the_present_tense() -> None:
    got = _reports([
        "Jon Scalia said the federal government undertakes about 130 perjury prosecutions a year.",
        "Ellen Boylan said zero-tolerance policies illegally keep students from school.",
        "Albert Melnikov, deputy trade representative, said in an interview.",
        "The bishop said a prayer for the victims of the flood.",
    ])  # fmt: skip
    assert [(t[:20], s) for t, s, _ in got] == [("the federal governme", "Jon Scalia"),
                                                 ("zero-tolerance polic", "Ellen Boylan")]  # fmt: skip


def test_a_group_with_its_modifier_speaks_as_the_article_words_it() -> None:
    got = _reports([
        "But friends of the couple said the marriage was doomed from the start.",
        "Lawyers who have read the transcripts said the questions were never asked.",
        "Officials at the Foreign Ministry said the talks would resume.",
        "Investigators in the Aug. 7 bombing of the American Embassy in Tanzania said the bomb was in a truck.",
        "The coffee talks ended without a deal on quotas, delegates said.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["friends of the couple", "Lawyers who have read the transcripts",
                                      "Officials at the Foreign Ministry", "Investigators", "delegates"]  # fmt: skip


def test_his_group_is_named_by_its_owner() -> None:
    got = _reports([
        "President Alberto Fujimori won a landslide in 1995.",
        "His opponents say his bid for a third term violates the constitution.",
    ])  # fmt: skip
    assert got == [("his bid for a third term violates the constitution", "Fujimori's opponents",
                    "cue-then-clause/descriptor:owner-group")]  # fmt: skip


def test_beliefs_are_reported_of_people_and_bodies_only() -> None:
    got = _reports([
        "Some economists fear that a single currency means a loss of sovereignty.",
        "Druckman suggested a minimum of 3,000 barrels a day while others believe more would be needed.",
        "The program would net 10 billion francs, more than the 30 billion originally estimated.",
        "Thousands of supporters are expected to turn out at the meets.",
        "Toyota's expected decline will come principally in the truck segment.",
        "The former president expressed the hope that the policy would never change.",
    ])  # fmt: skip
    assert [(t, s) for t, s, _ in got] == [
        ("a single currency means a loss of sovereignty", "Some economists"),
        ("a minimum of 3,000 barrels a day", "Druckman"),  # the contrast ends the first report
        ("more would be needed", "others"),
        ("the policy would never change", "The former president"),
    ]


def test_a_belief_inside_another_report_is_part_of_it() -> None:
    got = _reports(["Jim Perkins runs sales.", "Toyota, he said, expects its sales will total 600,000 cars."])
    assert [(s, r.split("/")[0]) for _, s, r in got] == [("Jim Perkins", "interrupted")]


def test_a_speaker_set_off_by_commas_after_the_clause() -> None:
    an = _analysis([
        "Exports will rise this year, managing director of the Australian Meat Corp, Peter Frawley, said.",
        "Imports will fall this year, Ann Lee, 45, a trade official in Sydney, said.",
        "The economy grew, exports rose, Tom Hale, 45, said.",
    ])  # fmt: skip
    got = [(q.text, q.speaker) for q in an.quotes]
    assert got == [("Exports will rise this year", "Peter Frawley"), ("Imports will fall this year", "Ann Lee"),
                   ("The economy grew, exports rose", "Tom Hale")]  # fmt: skip
    titles = {s.name: s.title for s in an.speakers}
    assert titles["Peter Frawley"] == "managing director of the Australian Meat Corp"
    assert titles["Ann Lee"] == "trade official in Sydney"


def test_a_country_speaks_as_a_body_never_as_he() -> None:
    got = _reports([
        "Australia expects that meat exports to the Middle East will rise this year.",
        "He told Reuters an improvement in the economic climate should lead to higher beef sales.",
    ])  # fmt: skip
    assert got[0][1:] == ("Australia", "cue-then-clause/surname:place")
    assert got[1][1] != "Australia"


def test_a_title_keeps_the_stops_of_us() -> None:
    an = _analysis([
        "Jim Perkins, vice president for sales for Toyota's U.S. sales unit, said the market was weak.",
    ])  # fmt: skip
    assert an.speakers[0].title == "vice president for sales for Toyota's U.S. sales unit"


def test_a_relative_clause_after_an_apposition_leaves_the_name_speaking() -> None:
    got = _reports(["Dr. Joanne Jordan, an arthritis specialist at the University of North Carolina at Chapel Hill, "
                    "who presented the findings, said much more research is needed."])  # fmt: skip
    assert [(t, s) for t, s, _ in got] == [("much more research is needed", "Joanne Jordan")]


def test_a_body_keeps_its_whole_name() -> None:
    got = _reports([
        "The California Department of Justice reports there were 15,680 perjury prosecutions in the state.",
        "The Wyoming Department of Family Services says the tribe accounts for a fifth of all welfare cases.",
        "The U.S. Department of Transportation said it gave final approval to the merger.",
        "The National Union of Journalists said it stood strongly behind the reporters.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["California Department of Justice", "Wyoming Department of Family Services",
                                      "U.S. Department of Transportation", "National Union of Journalists"]  # fmt: skip


def test_a_title_of_the_ends_before_the_name() -> None:
    an = _analysis([
        "British Chancellor of the Exchequer Nigel Lawson met bankers. Secretary of the Interior Bruce Babbitt spoke.",
        "Lawson said the pound was strong. Babbitt said the parks were full.",
        "In the San Jose Open, Andy Roddick won.",
    ])  # fmt: skip
    titles = {s.name: s.title for s in an.speakers}
    assert titles == {"Nigel Lawson": "British Chancellor of the Exchequer",
                      "Bruce Babbitt": "Secretary of the Interior"}  # fmt: skip


def test_a_clause_that_opens_with_a_past_verb_is_no_speaker() -> None:
    got = _reports([
        "The lifelong Republican who wrote the speech delivered by the mother of one of the victims says he won't "
        "vote for Trump.",
        "Unidentified sources said the FBI flew the suspect to the United States.",
        "Others familiar with the talks at strike headquarters for the seamen in Rio said the strike would end.",
        "At least one analyst said the shares were cheap.",
    ])  # fmt: skip
    speakers = [s for _, s, _ in got]
    assert all(s is None or not s.startswith(("delivered", "at strike")) for s in speakers)
    assert "Unidentified sources" in speakers and "At least one analyst" in speakers


def test_a_given_or_middle_name_is_its_one_bearer() -> None:
    an = _analysis([
        "Pakistani Foreign Secretary Shamshad Ahmad met reporters. Scientist Abdul Qadeer Khan was there.",
        '"We will not sign the treaty," Shamshad said. "The program is peaceful," Qadeer said.',
        'John Smith and John Brown spoke. "It went well," John said.',
    ])  # fmt: skip
    got = [(q.speaker, q.rule.split("/")[-1]) for q in an.quotes]
    assert got[:2] == [("Shamshad Ahmad", "surname:name-part"), ("Abdul Qadeer Khan", "surname:name-part")]
    assert got[2][0] not in ("John Smith", "John Brown")  # two Johns: no guess


def test_a_product_is_no_person() -> None:
    an = _analysis([
        "Apple unveiled the Apple Watch on Tuesday. Sony showed the Sony PlayStation Portable.",
        '"It is the most personal device we have made," Apple said. Sony said sales would start in May.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Apple", "Sony"]
    assert not {"Apple Watch", "Sony PlayStation Portable"} & {s.name for s in [*an.speakers, *an.mentioned]}


def test_a_report_inside_an_opening_clause_ends_at_its_comma() -> None:
    got = _reports([
        "Though company insiders say the union leader has been cooperative, publicly he has criticized the plan.",
        "If Jane Doe says the economy is growing, others will disagree.",
    ])  # fmt: skip
    assert [(t, s) for t, s, _ in got] == [("the union leader has been cooperative", "company insiders")]


def test_a_second_verb_after_but_is_said_by_the_sentence_subject() -> None:
    got = _reports(["Battenberg declined to comment in detail but said he was in close touch with union leaders.",
                    "Samjens lawyers met him, and continued to meet with them until the spring."])  # fmt: skip
    assert [(t[:14], s) for t, s, _ in got] == [("he was in clos", "Battenberg")]


def test_a_tail_of_time_or_audience_leaves_the_clause_before_it_reported() -> None:
    got = _reports([
        "Delphi plans to be a major player in the industry, J.T. Battenberg III told reporters before departing on "
        "a worldwide roadshow to raise its profile.",
        "The economy will grow by three percent next year, Jane Doe said in an interview broadcast on Sunday night.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["J.T. Battenberg III", "Jane Doe"]


def test_passive_and_plea_verbs_report_no_one() -> None:
    got = _reports([
        "The UAW is expected to demand that hourly workers get the same deal as GM's workers.",
        "It has been widely predicted that Mr Gates would be showcasing the new Xbox.",
        "On Friday, a man pleaded no contest to a charge of perjury and faces four years in prison.",
    ])  # fmt: skip
    assert got == []


def test_an_object_and_a_phrase_before_that_are_not_the_clause() -> None:
    got = _reports(["Rogan told his colleagues during debate on the floor of Congress that 700 people were convicted.",
                    "Later, he pointed out that the figures are much higher on the state level."])  # fmt: skip
    assert [(t, s) for t, s, _ in got] == [("700 people were convicted", "Rogan"),
                                           ("the figures are much higher on the state level", "Rogan")]  # fmt: skip


def test_a_noun_with_its_relative_clause_is_no_speaker() -> None:
    got = _reports(["The missiles destroyed a factory near Khartoum that Washington said stocked bomb-making "
                    "materials, an allegation Khartoum has denied."])  # fmt: skip
    assert [s for _, s, _ in got] == ["Washington"]


def test_one_group_named_with_and_without_a_capital_is_one_speaker() -> None:
    an = _analysis(["Bankers said the loans were safe. Other lenders disagreed.",
                    "The central bank, bankers said, would step in.",
                    "Federal and state officials said the figures check out."])  # fmt: skip
    names = [s.name for s in an.speakers]
    assert names.count("bankers") == 1 and "Bankers" not in names
    assert "Federal and state officials" in names


def test_its_chairman_in_a_lede_is_the_person_named_after_it() -> None:
    an = _analysis([
        "Delphi Automotive Systems Corp. has no more money-losing plants, its chairman said Monday.",
        "Delphi plans to be a major player in the industry, J.T. Battenberg III told reporters before leaving.",
        "J.T. Battenberg III said there has been progress in the talks with the union.",
    ])  # fmt: skip
    assert {q.speaker for q in an.quotes} == {"J.T. Battenberg III"}


def test_a_middle_initial_is_no_article_and_a_late_full_name_is_indexed() -> None:
    an = _analysis([
        "U.S. District Court Judge Eugene A. Gordon said he plans to issue a decision tomorrow.",
        '"It is wrong," according to Gibson Gayle, a Texaco attorney.',
        '"It is all wrong," Gayle said. Gordon said the hearing would go on.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Eugene A. Gordon", "Gibson Gayle", "Gibson Gayle", "Eugene A. Gordon"]


def test_a_verb_with_its_prepositional_object_reports_no_clause() -> None:
    got = _reports([
        "The police continued to stop traffic on the western edge of the complex.",
        "If a witness testified about an affair, the prosecutors would press forward.",
        "Barack Obama responded to a Gold Star mother on Wednesday night by saying nothing new.",
        "John Kerry urged North Korea to resume denuclearization talks it abandoned in 2009.",
        "Union Texas said for the full year it restated its loss to 57.5 mln dlrs.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["John Kerry", "Union Texas"]


def test_think_and_feel_report_beliefs_but_not_as_nouns_or_idioms() -> None:
    got = _reports([
        "Screen International's editor Mike Goodridge thinks the films have not grabbed the public's imagination.",
        "John Morris, president of a California think tank of scientists, applauded the action.",
        "Nadal holds serve as both players feel their way into the fourth set of the match.",
        "If she had made the final I think Jeanette would have gone a bit quicker.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["Mike Goodridge"]


def test_a_body_that_spoke_goes_on_as_it_and_two_sponsors_make_one_survey() -> None:
    an = _analysis([
        "Only ten nations will still be exporting timber by 2000, a World Bank and U.N. Sponsored survey said.",
        "Of the 20 billion dlrs advanced by the World Bank in 1980-84, only 100 mln went to forestry, it said.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["a World Bank and U.N. Sponsored survey"] * 2


def test_a_report_in_a_clause_of_time_ends_at_its_comma() -> None:
    got = _reports(
        ["But when Clinton said she would debate on that day, Sanders looked like the dog that caught the car."]
    )
    assert [(t, s) for t, s, _ in got] == [("she would debate on that day", "Clinton")]


def test_ticker_markup_is_no_part_of_a_name_and_the_company_goes_on() -> None:
    an = _analysis([
        "LONDON, March 3 - Fisons Plc <FISN.L> said strong international growth was the main feature of 1986.",
        "<Dowa Mining Co Ltd> said it will start commercial production of gold in April.",
        "Texaco Inc said it filed a motion to overturn Pennzoil Co's judgment against Texaco. The company said "
        "its motion cites over 200 errors in the decision.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Fisons Plc", "Dowa Mining Co Ltd", "Texaco Inc", "Texaco Inc"]


def test_a_company_goes_by_a_word_of_its_name_and_not_by_what_opens_its_sentence() -> None:
    an = _analysis([
        "ROCHESTER, N.Y. - Eastman Kodak Co said it would cut 3,000 jobs this year.",
        "Kodak said the cuts would save 100 mln dlrs a year. Shares of Reynolds Metals Co rose after it said "
        "its profits had doubled in the quarter.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Eastman Kodak Co", "Eastman Kodak Co", "Reynolds Metals Co"]


def test_a_subject_that_declined_but_said_says_the_quote() -> None:
    """`A spokesman for X declined to comment but said "Q"`: the coordinated verbs share the sentence's subject,
    named as the article names it; after ", but" the clause before has its own, so the speaker read before stays."""
    got = _direct([
        'Jane Doe said on Tuesday: "The audit is over."',
        "A spokesman for Platte River declined to address the report specifically but said in a statement that "
        '"the company treated every client alike."',
        'Richard Lyng said USDA makes every effort to cut salmonella, but added "total elimination is impossible."',
    ])  # fmt: skip
    assert got[1] == ("cue-before/descriptor:as-named", "A spokesman for Platte River")
    assert got[2][1] == "Richard Lyng"


def test_a_cue_with_a_clause_of_its_own_ends_no_clause_before_it() -> None:
    """`X said A, adding that Y has admitted that B`: the second cue reports its own clause, so A is X's, not
    Y's. `CLAUSE, reported the Daily Mail` and `CLAUSE, the Daily News reported this week` still report CLAUSE."""
    an = _analysis([
        "President Yasser Arafat spoke on television. Arafat said Netanyahu does not want peace, adding that "
        "Netanyahu has admitted that he ignores the Oslo accords.",
        "The government has awarded the first five licenses to drill for oil, reported The Jerusalem Post today.",
        "Seinfeld took up with Jessica Sklar soon after she married, the New York Post and the Daily News reported "
        "this week.",
        "Clinton noted the clot's existence in her book.",
    ])  # fmt: skip
    got = [(q.rule.split("/")[0], q.speaker, q.text) for q in an.quotes]
    assert ("cue-then-clause", "Yasser Arafat", "Netanyahu does not want peace") in got
    assert ("then-participle", "Yasser Arafat", "Netanyahu has admitted that he ignores the Oslo accords") in got
    assert not any(speaker and "Netanyahu" in speaker and "Arafat" in text for _, speaker, text in got)
    assert (
        "clause-then-cue",
        "Jerusalem Post",
        "The government has awarded the first five licenses to drill for oil",
    ) in got
    assert any(
        r == "clause-then-cue" and s == "New York Post and Daily News" and t.startswith("Seinfeld took up")
        for r, s, t in got
    )
    assert not any("clot" in t for _, _, t in got)


def test_a_role_named_again_is_the_one_introduced_so_when_nothing_it_adds_differs() -> None:
    """ "the spokesman" is "a spokesman for the Ministry of Trade" across another speaker (who are "Traders in
    London", a group); "the family spokesperson" is not "a spokesperson for the White House"; "the newspaper" is
    not folded into "a source", who is no named person; "The daily said" is said by the daily, not by "The"."""
    an = _analysis([
        "Indonesia has not issued licences, a spokesman for the Ministry of Trade said.",
        "Traders in London said Indonesia has issued licences, but the spokesman said this was incorrect.",
    ])  # fmt: skip
    got = [(q.speaker, q.text) for q in an.quotes]
    assert ("a spokesman for the Ministry of Trade", "this was incorrect") in got
    assert ("Traders in London", "Indonesia has issued licences") in got
    an = _analysis([
        "A spokesperson for the White House National Security Council said the talks went well.",
        '"She devoted her career to helping those in need," the family spokesperson said.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["the family spokesperson"]
    an = _analysis([
        '"He signed the deal and then tore it up," a source told the Mirror. "He was stunned," the source said.',
        '"There was an enormous sense of shock among the promoters," the newspaper said.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes if q.kind == "direct"][-1] == "the newspaper"
    an = _analysis(["The reform was reported by the People's Daily. The daily said price rises came too fast."])
    assert [q.speaker for q in an.quotes] == ["People's Daily"]  # (the daily named just before, now a paper)


def test_a_day_or_here_after_an_inverted_speaker_is_no_part_of_the_name() -> None:
    """Xinhua writes `…," said KNUT Secretary-General Ambrose Adongo Wednesday.`: the day is when, not a name
    (England's sevens coach Mike Friday keeps his)."""
    an = _analysis([
        '"The teachers will not accept anything short of the full rise," said Secretary-General Ambrose Adongo '
        "Wednesday.",
        '"We are delighted with the way the team played in Dubai," said coach Mike Friday.',
        '"The two countries will sign the agreement next month," said Foreign Minister Marwan Muasher here.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Ambrose Adongo", "Mike Friday", "Marwan Muasher"]


def test_a_body_is_one_speaker_under_its_acronym_and_its_shorter_name() -> None:
    """An acronym in the body's own language ("National Mining Society (SONAMI)") and a shorter form of the
    name ("the Mining Society") speak as the body named in full; "analysts of the Soviet Union" do not lend
    their name to "the Soviet Union"."""
    an = _analysis([
        "Private mines in Chile produced more copper, according to the National Mining Society (SONAMI).",
        "The SONAMI said the growth had made Chile the leading producer.",
        "Output of state mines would rise in 1996, the Mining Society said.",
    ])  # fmt: skip
    assert {q.speaker for q in an.quotes} == {"National Mining Society"}
    an = _analysis([
        "Prices will rise, analysts of the Soviet Union said.",
        "The Soviet Union said the harvest had been good this year.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["analysts of the Soviet Union", "Soviet Union"]


def test_a_state_felt_is_no_belief_reported() -> None:
    """ "feel compelled to", "feels embarrassed to", "feel pressured to" report nothing; "feel (that) CLAUSE" does."""
    an = _analysis([
        "Victims of the disorder often feel compelled to perform the same task over and over again.",
        "Kilroy-Silk feels embarrassed to be associated with such people in the party.",
        "Many farmers feel the government has abandoned them to the banks this year.",
    ])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Many farmers", "the government has abandoned them to the banks this year")
    ]


def test_speakers_joined_by_and_speak_together_as_the_article_names_them() -> None:
    """ "China and Russia said", "Specter, Santorum and Murtha said": one group speaker, as the gold writes them;
    not a title that holds "and" ("Secretary of Housing and Urban Development Andrew Cuomo"), a place the sentence
    named before ("meet at Twickenham and Kirwan says"), an opening word ("Still, Stevens and Manson said"), or a
    firm named short ("Fertility and Genetics said" after "Fertility and Genetics Research Inc")."""
    an = _analysis([
        "China and Russia said the resolution went too far in its demands.",
        "Specter, Santorum and Murtha said they were pleased with the budget.",
        "Secretary of Housing and Urban Development Andrew Cuomo said the grants would go out soon.",
        "The two sides meet on 12 March at Twickenham and Kirwan says his side will be ready.",
        "Still, Stevens and Manson said the risk was small for most women.",
        "Fertility and Genetics Research Inc said it agreed to the merger. Fertility and Genetics said the deal "
        "would close in May.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == [
        "China and Russia",
        "Specter, Santorum and Murtha",
        "Andrew Cuomo",
        "Kirwan",
        "Stevens and Manson",
        "Fertility and Genetics Research Inc",
        "Fertility and Genetics Research Inc",
    ]


def test_a_capitalised_said_inside_a_name_reports_nothing() -> None:
    """ "Said" opens a sentence as a verb ('Said Smith: …'); after a capitalised word it is a name ("Mustafa Mahmoud
    Said Ahmed", "Edward Said") or a campaign ("North East Says No")."""
    an = _analysis([
        "Diplomats said that one man, Mustafa Mahmoud Said Ahmed, was interrogated in the fall.",
        "Edward Said, the critic, sets forth Monday night on a journey to Palestine.",
        "He runs his own No campaign alongside the official North East Says No campaign in the region.",
    ])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Diplomats", "one man, Mustafa Mahmoud Said Ahmed, was interrogated in the fall")
    ]


def test_a_clause_ends_where_another_group_says_its_own() -> None:
    """ "Critics say A, but advocates say B": two reports, each with its own speaker."""
    an = _analysis([
        "Critics say the constitution is a step towards a federal Europe, but advocates say it ensures the "
        "enlarged union works."
    ])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Critics", "the constitution is a step towards a federal Europe"),
        ("advocates", "it ensures the enlarged union works"),
    ]


def test_a_dateline_opening_any_paragraph_is_no_part_of_a_reported_clause() -> None:
    """AP copy often opens with a date or photo line, so its dateline is in the second paragraph; a digest has one
    at each item ("TOKYO - Central Bank Governor … said")."""
    an = _analysis([
        "08/12/1998 10:47:00",
        "GENEVA (AP) _ The treaty will make the return of refugees easier and safer, the U.N. refugee agency said.",
        "TOKYO - Central Bank Governor Satoshi Sumita said he would support the issue of new bonds.",
    ])  # fmt: skip
    assert [q.text for q in an.quotes] == [
        "The treaty will make the return of refugees easier and safer",
        "he would support the issue of new bonds",
    ]


def test_the_firms_chief_in_a_lede_is_the_person_the_story_then_names() -> None:
    """ "the firm's chief has told BBC News" and only later "Helmut Panke predicted": one person, as with "its
    chairman"; a role owned by a person ("Obama's former strategist") stays apart."""
    an = _analysis([
        "BMW is preparing to enter the market for people carriers, the firm's chief has told BBC News.",
        "Speaking at a BMW event, Helmut Panke predicted demand for such vehicles would soar in Europe.",
    ])  # fmt: skip
    assert {q.speaker for q in an.quotes} == {"Helmut Panke"}
    an = _analysis([
        "The plan will fail within a year, Obama's former strategist said.",
        "Speaking in Chicago, Barack Obama predicted the plan would pass the Senate this year.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Obama's former strategist", "Barack Obama"]


def test_a_name_after_a_show_is_a_person_when_a_clause_follows() -> None:
    """ "at the Geneva motor show, Helmut Panke predicted": the name after "show," is the subject of its clause,
    so a later "Mr Panke" is the same person; "her book, Living History, said" stays a title."""
    an = _analysis([
        "Speaking at a BMW event ahead of the Geneva motor show, Helmut Panke predicted demand would soar.",
        'Mr Panke praised the Honda as the "best execution" yet. "We have decided that BMW will enter," he said.',
    ])  # fmt: skip
    assert {q.speaker for q in an.quotes} == {"Helmut Panke"}
    an = _analysis(['In her 2003 book, Living History, Clinton wrote of it. "It was hard," Clinton said.'])
    assert "Living History" not in {q.speaker for q in an.quotes}


def test_a_ruling_speaks_as_a_document_does() -> None:
    """ "…," said the ruling: a court's ruling is a text that speaks, as a report is (GUIDE), not an event like
    "the hearing", which speaks for no one."""
    an = _analysis([
        "The appeals court ruled that the practice was unlawful.",
        '"A state cannot avoid the conclusion that its process results in removal," said the ruling.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["the ruling"]
    assert [q.speaker for q in _analysis(['"The plan is dead and buried now," said the hearing.']).quotes] == [None]


def test_an_unnamed_official_with_a_body_stays_as_the_article_words_it() -> None:
    """ "An official with the Ministry of Commerce said": an anonymous source, not the ministry (GUIDE), as with
    "from"; a long one ("A researcher with the … institute of the Chinese Academy of …") is not cut to its last
    ten words."""
    assert _direct_or_reported("An official with the Ministry of Commerce said the talks would resume next week.") == [
        "An official with the Ministry of Commerce"
    ]
    long = "A researcher with the biological prevention institute of the Chinese Academy of Agricultural Science"
    assert _direct_or_reported(f"{long} said his institute has bred over a dozen species.") == [long]


def _direct_or_reported(paragraph: str) -> list[str | None]:
    return [q.speaker for q in _analysis([paragraph]).quotes]


def test_a_statement_speaks_for_its_issuer_when_the_article_names_one() -> None:
    """GUIDE: "a statement issued by spokesman X said" is X, "the ministry's statement said" is the ministry, and
    "the statement said" after "The ministry issued a statement" is the ministry; with no issuer named, or with
    a day for an owner, the statement stays its own speaker, and a statement carried by an agency is not the
    agency's."""
    quote = '"We believe that the identity is accurate and correct,"'
    assert _direct_or_reported(f"{quote} said a statement issued by spokesman John Smith.") == ["John Smith"]
    assert _direct_or_reported(f"{quote} said a statement released Monday by the Foreign Ministry.") == [
        "Foreign Ministry"
    ]
    an = _analysis(["The Foreign Ministry issued a statement on Monday.", f"{quote} the statement said."])
    assert [q.speaker for q in an.quotes] == ["Foreign Ministry"]
    an = _analysis(["The Foreign Ministry met on Monday.", f"{quote} the ministry's statement said."])
    assert [q.speaker for q in an.quotes] == ["Foreign Ministry"]
    an = _analysis(["In a statement, the Foreign Ministry said talks would go on.", f"{quote} the statement said."])
    assert [q.speaker for q in an.quotes] == ["Foreign Ministry", "Foreign Ministry"]
    assert _direct_or_reported(f"{quote} the statement said.") == ["the statement"]
    # a press release as a statement; "the Peruvian foreign ministry" is no "Italian Foreign Ministry" named before
    an = _analysis([
        "On Friday, the Italian Foreign Ministry voiced concerns over the tests.",
        f"{quote} the Peruvian foreign ministry said in a press release.",
        "The press release said it is urgent to stop nuclear testing.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["the Peruvian foreign ministry"] * 2
    assert _direct_or_reported(f"The ministry met. {quote} Wednesday's statement said.") == ["Wednesday's statement"]
    assert _direct_or_reported(f"{quote} said the statement quoted by IRNA. It claimed victories.") != ["IRNA"]
    # a body a demonym qualifies is the issuer whole (was 'Cypriot'); an owner's office is still the owner
    assert _direct_or_reported(f"{quote} a statement issued by Cypriot government said.") == ["Cypriot government"]
    an = _analysis(
        [
            "Attorney General Eliot Spitzer sued the firm.",
            "According to a statement from Mr Spitzer's office, the executive admitted the bids were not fair.",
        ]
    )
    assert an.quotes[0].speaker == "Eliot Spitzer"


def test_the_capitalised_head_of_a_body_is_the_body_named_before() -> None:
    """ "The Association said" after "The Danish Banks Association announced": the association named in full."""
    an = _analysis([
        "COPENHAGEN, April 2 - The Danish Banks Association announced a plan to help depositors.",
        "The Association said in a statement that its 80 members would give full cover.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Danish Banks Association"]


def test_a_relative_clause_on_a_body_in_an_apposition_leaves_the_person_speaking() -> None:
    """ "Tonya Adams, principal of Union Chapel Elementary School, which has had …, said": the school's relative
    clause, not the school, before the cue; and "X said the organization tells districts to …" reports the
    organization's own words under it (not a speaker "said the organization")."""
    assert _direct_or_reported(
        "Tonya Adams, principal of Union Chapel Elementary School in Russell County, which has had the Ten "
        "Commandments posted for years, said she's never received any complaints about it."
    ) == ["Tonya Adams"]
    speakers = _direct_or_reported(
        "Brad Hughes, spokesman for the Kentucky School Boards Association, said the organization tells districts "
        "to follow the Supreme Court ruling."
    )
    assert speakers[0] == "Brad Hughes" and not any(s and s.startswith("said") for s in speakers)


def test_an_owner_before_a_name_is_no_part_of_it() -> None:
    """ "Vogue's Anna Wintour said": Anna Wintour, not "Vogue Anna Wintour"."""
    assert _direct_or_reported("Vogue's Anna Wintour said the magazine staff was thrilled.") == ["Anna Wintour"]


def test_she_is_the_one_who_spoke_in_the_nearer_sentence_that_names_no_one() -> None:
    """ "the Duchess of York promised that she would be good. "…," she told the Telegraph": the duchess (one
    person: a noun in -ss is no plural), not a woman named two paragraphs before."""
    an = _analysis([
        "Vogue's Anna Wintour said the magazine staff was thrilled.",
        "On the eve of the premiere of her TV talk show, the Duchess of York promised that she would be good. "
        '"I\'m not going to be saying anything wrong or bad about the royal family," she told the Telegraph.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Anna Wintour", "the Duchess of York", "the Duchess of York"]


def test_according_to_official_figures_names_no_official() -> None:
    """ "according to official figures": a cut inside a compound noun is no speaker ("official"); the figures
    are, as a report or "Census data" is (GUIDE; the dev gold has data as a speaker)."""
    assert _direct_or_reported(
        "About 95 pct of the surplus was from trade with America, according to official figures."
    ) == ["official figures"]


def test_a_surname_that_is_a_role_word_is_a_surname() -> None:
    """ "Ms King said" and "Stephen King said" name people; "The Glasgow Kelvin MP" is a role (the member for a
    seat) that the article's MP fills, not a person called Glasgow Kelvin; "The party's declared aims" has no
    speaker."""
    an = _analysis([
        "George Galloway is to stand against Labour MP Oona King at the next general election.",
        "The Glasgow Kelvin MP, who was expelled from Labour, accused Ms King of being a stooge. Ms King said she "
        "was delighted at the chance to take on Mr Galloway. The party's declared aims are an end to the war.",
    ])  # fmt: skip
    speakers = [q.speaker for q in an.quotes]
    assert "King" in speakers
    assert "Glasgow Kelvin" not in speakers and not any(s and "party's" in s for s in speakers)
    assert _direct_or_reported("Stephen King said he would write another novel next year.") == ["Stephen King"]


def test_xinhua_kinds_quoted_by_an_agency_a_survey_and_a_clause_before_a_participle() -> None:
    """ "…," Brown was quoted by AAP as saying: Brown, not the agency; "The survey said": the survey, not a person
    named before; "Instead it ordered … to provide a detailed report saying …": a clause is no speaker; "told
    Interfax news agency that": the clause starts after "that"."""
    an = _analysis([
        "Greens Senator Bob Brown spoke on Sunday.",
        '"The government has now become the leading agent in undermining world agreements," Brown was quoted by '
        "Australian Associated Press as saying.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Bob Brown"]
    assert _direct_or_reported(
        "Photographer Yoav Leff was attacked. The survey said the population growth rate is only 3.2 percent."
    ) == ["The survey"]
    assert _direct_or_reported(
        'Instead it ordered Australian authorities to provide a detailed report saying what had been done to "prevent '
        'further damage and to mitigate all the threats" to the park.'
    ) == [None]
    an = _analysis(["Kulikov told Interfax news agency that the ministry had put important targets under guard."])
    assert [q.text for q in an.quotes] == ["the ministry had put important targets under guard"]


def test_ap_kinds_prefixed_roles_business_plurals_surnames_that_name_places() -> None:
    """ "Robert Eaton, DaimlerChrysler co-chairman, said": a prefixed role is the role; "Vail Resorts" is a firm,
    so "he" is the person named after it; "NTSB Chairman Jim Hall" is a person (Hall is a surname after a given
    name); "Properly used child seats …" opens with an adverb, not a speaker."""
    assert _direct_or_reported(
        '"Parents need help to make sure their children are secured," Robert Eaton, DaimlerChrysler co-chairman, '
        "said at a news conference."
    ) == ["Robert Eaton"]
    an = _analysis([
        "Vail Resorts has said it was an honest mistake. But the EPA's Steve Ireland rejected that defense.",
        '"If fill material is discharged into the waters without a permit, it is a violation," he said.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Vail Resorts", "Steve Ireland"]
    said = (
        'There are "potentially 100,000 different ways to confuse the average consumer," NTSB Chairman Jim Hall says.'
    )
    assert _direct_or_reported(said)[-1] == "Jim Hall"
    assert _direct_or_reported(
        'Properly used child seats cut the risk of fatal injuries in half. "Parents need help with those seats."'
    ) == [None]


def test_a_double_quote_typed_for_an_apostrophe_opens_no_quotation() -> None:
    """Reuters copy types " for ’: "President Suharto"s government appears divided" holds no quotation, and "the
    lawsuit said" is the lawsuit (a document is nobody's title)."""
    an = _analysis(['The report says President Suharto"s government appears to be divided over what direction to lead '
                    'the economy, and that Indonesia"s economic growth in 1986 was about zero.'])  # fmt: skip
    assert all('"' not in q.text[:2] and not q.text.startswith("s ") for q in an.quotes)
    assert [q.kind for q in an.quotes] == ["indirect"]
    an = _analysis([
        "Alyce F. Wenzel, the mother of 30-year-old shooting victim Scott Allyn Webb, claims in her lawsuit that "
        "Momentum failed to prevent the killing.",
        "Momentum should have known Barton was engaging in high-stakes trading, the lawsuit said.",
    ])  # fmt: skip
    assert an.quotes[-1].speaker == "the lawsuit"


def test_a_declaration_is_an_it_and_a_body_named_in_full_is_no_title() -> None:
    """ "The declaration stated that … It said that …": the declaration (a text, which "it" can mean); "According
    to the Union of Concerned Scientists": the union, not Henry Kendall, whose title names it."""
    an = _analysis([
        '"Let there be no doubt about the conclusions," said Nobel laureate Henry Kendall, chairman of the Union '
        "of Concerned Scientists.",
        "The declaration stated that global warming is underway. It said that climate change is projected to "
        "raise sea levels.",
        "According to the Union of Concerned Scientists, the concentration of carbon dioxide has increased by 30 "
        "percent.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == [
        "Henry Kendall",
        "The declaration",
        "The declaration",
        "Union of Concerned Scientists",
    ]


def test_an_adverb_after_the_subject_and_the_whole_object_before_that() -> None:
    """ "Mr Hockney meanwhile told the BBC: "…"": Hockney, not the BBC; "told lawyers for Aaron McKinney that
    CLAUSE", "told jurors that CLAUSE": the clause starts after "that"."""
    an = _analysis(['Damian Hockney spoke. Mr Hockney meanwhile told the BBC: "I believe that he can deliver better."'])
    assert [q.speaker for q in an.quotes] == ["Damian Hockney"]
    an = _analysis(["Judge Barton Voigt told lawyers for Aaron McKinney that the strategy was an insanity defense."])
    assert [q.text for q in an.quotes] == ["the strategy was an insanity defense"]
    an = _analysis(["During opening statements, the defense told jurors that the crime was triggered by drug use."])
    assert [q.text for q in an.quotes] == ["the crime was triggered by drug use"]


def test_le_monde_is_one_name_and_an_act_that_continues_reports_nothing() -> None:
    """ "Le Monde said … that": the paper (was "Monde"); "troops continued aerial attacks": no report."""
    assert _direct_or_reported("Le Monde said in a report that the rise of unemployment was partly seasonal.") == [
        "Le Monde"
    ]
    assert (
        _direct_or_reported("Federal troops continued aerial attacks on rebel positions as Moscow declared victory.")
        == []
    )


def test_a_second_report_joined_by_and_is_its_own_clause_by_the_same_speaker() -> None:
    """ "The Carter Center said that A and demanded that B": two reports of the centre's, A and B (the gold of dev
    annotates them apart); "said Brown mocked the officer and charged at him" is one (charging is no speech)."""
    an = _analysis([
        "The Carter Center said Friday that Peru does not meet international standards and demanded that the "
        "government take immediate steps."
    ])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Carter Center", "Peru does not meet international standards"),
        ("Carter Center", "the government take immediate steps"),
    ]
    an = _analysis(["But a friend of Wilson said Brown mocked the officer and charged at him before the shooting."])
    assert [q.text for q in an.quotes] == ["Brown mocked the officer and charged at him before the shooting"]


def test_a_second_main_clause_with_its_own_subject_and_cue_ends_the_first_report() -> None:
    """ "CLAUSE, and the White House said …", "such claims and Colonel General Ilya Panin, chief of …, said that …":
    the second speaker's words are not the first's; "Allen and Co Inc told …", "he and Funaro warned …" are a
    name or a joint subject inside the first report, and "the NTSB has added translators" is no report."""
    an = _analysis(["American officials said they were looking into the report, and the White House said it did not "
                    "have immediate comment."])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("American officials", "they were looking into the report"),
        ("White House", "it did not have immediate comment"),
    ]
    an = _analysis(["The Tories say the Lib Dems would make people pay more and Labour says the sums do not add up."])
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("The Tories", "the Lib Dems would make people pay more"),
        ("Labour", "the sums do not add up"),
    ]
    for sentence, whole in (
        ("Diaz said investment bank Allen and Co Inc told the PCGG it was interested in all shares.", "Allen"),
        ("Gros said that on their tour he and Finance Minister Dilson Funaro warned creditors of it.", "he and"),
        ("Hall said the recorder is in a foreign language and the NTSB has added translators.", "NTSB"),
    ):
        assert whole in _analysis([sentence]).quotes[0].text


def test_a_non_restrictive_who_clause_reports_for_its_antecedent() -> None:
    """ "Simpson, who insists he is innocent, said he still receives tips": two reports of Simpson's, the first
    ending at the relative clause's comma; "…, who asked not to be identified, said" wishes, reports nothing."""
    an = _analysis(["Simpson, who insists he is innocent, said he still receives tips about possible leads."])
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Simpson", "he is innocent"),
        ("Simpson", "he still receives tips about possible leads"),
    ]
    an = _analysis(["The Marine official, who asked that he not be identified, said no working weapons were sold."])
    assert [q.text for q in an.quotes] == ["no working weapons were sold"]


def test_a_saying_participle_reports_for_the_sentence_subject() -> None:
    """ "Seipp also called for support from fiscal policy, saying the top rate should be brought down": Seipp's
    report, in a sentence that reports nothing else; "stormed the village, killing 12 people" reports nothing."""
    an = _analysis(["Walter Seipp spoke. But Seipp also called for support from fiscal policy, saying the top rate "
                    "of income tax should be brought down to 49 pct."])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Walter Seipp", "the top rate of income tax should be brought down to 49 pct")
    ]
    assert _direct_or_reported("The troops stormed the village at dawn, killing 12 people.") == []


def test_but_said_ends_a_clause_and_reports_the_same_speaker_again() -> None:
    """ "He expects that A, but said B": two reports of his, A ending at the comma (the gold's)."""
    an = _analysis(["O.J. Simpson spoke. He expects that some will sign on just to berate him, but said he's become "
                    "used to that and is confident he can get people to listen."])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("O.J. Simpson", "some will sign on just to berate him"),
        ("O.J. Simpson", "he's become used to that and is confident he can get people to listen"),
    ]


def test_telling_someone_a_clause_reports_it_and_an_owner_word_names_no_subject() -> None:
    """ "Smith left the room, telling reporters the meeting had failed": Smith's report, the one told before the
    clause; "His teachers call me, saying …" has no subject "His"."""
    assert _direct_or_reported("Smith left the room, telling reporters the meeting had been a failure.") == ["Smith"]
    assert "His" not in _direct_or_reported(
        "His teachers call me all the time, saying he is a discipline problem and will not finish his work."
    )


def test_a_weekday_after_a_name_is_no_part_of_it() -> None:
    """ "British Home Secretary Jack Straw Tuesday promised …": Jack Straw is named, so "Straw said" is he."""
    an = _analysis([
        "LONDON, March 23 (Xinhua) -- British Home Secretary Jack Straw Tuesday promised new measures.",
        "Straw said his plan of action should bring about real, practical change.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Jack Straw"]


def test_a_speaking_descriptor_after_a_verb_first_cue_is_the_speaker() -> None:
    """ "CLAUSE, says the report." and "…, said a top Kremlin official Tuesday.": the descriptor after the cue
    speaks, as a name there does; not the object of "praised", nor the subject of a clause after "suggests"."""
    an = _analysis(
        ["Some natural ecosystems, such as alpine meadows, are likely to deteriorate further, says the report."]
    )
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("the report", "Some natural ecosystems, such as alpine meadows, are likely to deteriorate further")
    ]
    assert _direct_or_reported(
        "Putin will not leave Russia before the election, said a top Kremlin official Tuesday."
    ) == ["a top Kremlin official"]
    assert _direct_or_reported("Cuomo, saying the bill met both needs, praised negotiators from both parties.") != [
        "negotiators"
    ]
    assert "24 fighters" not in _direct_or_reported(
        "The news comes after research by the centre, which monitors them, suggests 24 fighters from Britain are dead."
    )


def test_a_surname_that_is_a_body_word_is_the_person_named_before() -> None:
    """ "Hall said" after "Jim Hall": hall, church and bank name bodies, but here Hall is the chairman."""
    an = _analysis(["Jim Hall, chairman of the board, spoke on Monday.", "Hall said the plan would work."])
    assert [(q.speaker, q.text) for q in an.quotes] == [("Jim Hall", "the plan would work")]


def test_but_said_before_a_quotation_is_the_opening_subject() -> None:
    """ "Hall praised DaimlerChrysler, but said "Q"" and "Lyng said USDA makes every effort …, but added "Q"":
    the sentence's own subject, not the subject of the clause Lyng reported."""
    an = _analysis([
        "Jim Hall, chairman of the board, spoke on Monday.",
        'Hall praised DaimlerChrysler, but said "states should not wait for automakers to do something."',
        "Richard Lyng spoke later.",
        'Lyng said USDA makes every effort to help farmers, but added "we cannot do everything for everyone."',
    ])  # fmt: skip
    direct = [(q.speaker, q.text[:12]) for q in an.quotes if q.kind == "direct"]
    assert direct == [("Jim Hall", "states shoul"), ("Richard Lyng", "we cannot do")]


def test_a_reflexive_object_and_an_as_comparison_report_no_clause() -> None:
    """ "Bush himself met … and declared himself "a better person"": Bush's words, and "himself …" no clause;
    "He said the growers … had not hidden expansions, as Neil asserted": He reports, Neil does not."""
    an = _analysis([
        "Kevin Keane spoke. \"It all comes down to the delegates,\" he said.",
        "George Bush himself met with 12 prominent gay Republicans in April and declared himself "
        "\"a better person\" for having listened to their pleas.",
    ])  # fmt: skip
    assert [(q.speaker, q.text, q.kind) for q in an.quotes][-1] == ("George Bush", "a better person", "direct")
    an = _analysis([
        "Steven Lee and William Neil spoke.",
        "He said the growers, most of whom are in the cooperative, had not hidden expansions from the public, "
        "as Neil asserted.",
    ])  # fmt: skip
    assert [q.text[:11] for q in an.quotes] == ["the growers"]


def test_an_exchange_is_a_body_and_the_exchange_is_the_one_named() -> None:
    """ "The New York Stock Exchange said" is the exchange (was the name "Stock Exchange", titled "New York");
    "the exchange said" is the exchange named before, not the Securities and Exchange Commission; "The firm" is
    not the exchange it lists on."""
    an = _analysis([
        "OII said the New York Stock Exchange said the securities will be delisted as a result of the merger.",
        "The plan went to the Securities and Exchange Commission for approval. The exchange said the rules "
        "would protect small investors.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["OII", "New York Stock Exchange", "New York Stock Exchange"]
    an = _analysis([
        "Umbro makes football shirts.",
        "The firm, reporting its first annual results since listing on the London Stock Exchange in June, said "
        "the UK market had seen sales growth of 8% last year.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] != ["London Stock Exchange"]


def test_media_report_and_an_accusation_is_no_reported_clause() -> None:
    """ "Israeli media pointed out that …": the media, a speaker as the article names it (Xinhua's "local media
    reported"); "X accused Y of Z" and "praised Y for Z" hold no clause of X's (none in the gold either)."""
    assert _direct_or_reported("Israeli media pointed out that the freeze of settlement activity is over.") == [
        "Israeli media"
    ]
    assert (
        _direct_or_reported(
            "Netanyahu accused, at the cabinet meeting, the previous government of handicapping the settlements."
        )
        == []
    )
    assert _direct_or_reported("Mr Blair praised his chancellor for his role in creating economic stability.") == []


def test_according_to_a_source_with_an_apposition_reports_a_present_tense_clause() -> None:
    """ "According to Policy Analysis Inc., a health economic research firm, obesity increases the risk …": the
    clause after the apposition, its verb in the present; not when the comma splits a place ("Tampa, Fla.")."""
    an = _analysis(["According to Policy Analysis Inc., a health economic research firm, obesity increases the risk "
                    "of several major diseases."])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Policy Analysis Inc", "obesity increases the risk of several major diseases")
    ]
    an = _analysis(["According to Buzzfeed, a young woman from Tampa, Fla., has become the latest viral sensation."])
    assert [q.text[:13] for q in an.quotes] == ["a young woman"]


def test_a_name_whose_apposition_lost_its_closing_comma_still_speaks() -> None:
    """ "Peter Misselbrook, executive partner of Tods Murray said …" (the copy lost a comma): Misselbrook, not
    his title; "says that: "Q"" is the quotation, no reported clause; "…, officials said" stays the officials."""
    an = _analysis([
        "Peter Misselbrook, executive partner of Tods Murray said Mr McLetchie had been considering retirement.",
        'But Christoph Caselitz, president of the division at the firm says that: "By 2015 the need will rise."',
    ])  # fmt: skip
    assert [(q.speaker, q.kind) for q in an.quotes] == [
        ("Peter Misselbrook", "indirect"),
        ("Christoph Caselitz", "direct"),
    ]
    assert _direct_or_reported("Graham was defended by the Rev. Jesse Jackson, officials said Bush could not act.") == [
        "officials"
    ]


def test_clause_then_told_reuters_is_the_one_set_off_before_told() -> None:
    """ "CLAUSE, Jorge Franco, a senior union official, told Reuters.": Franco; after "told" comes whom they told
    (it was "Reuters" with Franco's name inside the clause); "…, the official, who did not want to be named, told
    Reuters": the official."""
    an = _analysis(["The walkout by seamen has idled 160 ships in various ports, Jorge Franco, a senior official of "
                    "the National Merchant Marine Union, told Reuters."])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Jorge Franco", "The walkout by seamen has idled 160 ships in various ports")
    ]
    assert _direct_or_reported(
        "It would take about 100 mln dlrs to repair the pipeline, the official, who did not want to be named, told "
        "Reuters."
    ) == ["the official"]


def test_a_time_of_day_after_the_weekday_is_no_part_of_the_clause() -> None:
    """ "said Tuesday night that …" reports the clause after "that" (it began at "night"); "asked him Thursday for
    an opportunity" reports nothing."""
    an = _analysis(["The minister said Thursday morning the talks had failed and would not resume."])
    assert [q.text for q in an.quotes] == ["the talks had failed and would not resume"]
    assert _direct_or_reported("But the Justice Department asked him Thursday for an opportunity to reply.") == []


def test_agreeing_to_do_something_reports_nothing() -> None:
    """ "Marsh agreed to pay $850m to settle a lawsuit": a deal, no words reported (the gold has none)."""
    assert _direct_or_reported("Last month Marsh agreed to pay $850m to settle a lawsuit filed by Mr Spitzer.") == []


def test_reports_said_and_said_then_that() -> None:
    """ "Reports said that …": the reports speak (not a surname "Reports"); "An aide said then that …": the clause
    starts after "that", not at "then"."""
    an = _analysis([
        "Reports said that ACOG security officials have travelled to foreign countries.",
        "An aide to the prime minister said then that Netanyahu would not go.",
    ])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Reports", "ACOG security officials have travelled to foreign countries"),
        ("An aide to the prime minister", "Netanyahu would not go"),
    ]


def test_clause_then_outlet_quoted_someone_as_saying_is_the_one_quoted() -> None:
    """ "CLAUSE, Tass quoted a Russian government representative in Chechnya as saying.": the representative's
    report (Tass carried it); "Professor Xia Laifeng from Yunnan Teachers University said" is Xia Laifeng."""
    an = _analysis([
        "The blast occurred at 9:35 a.m. when a land mine went off on the bus, Tass quoted a Russian government "
        "representative in Chechnya as saying.",
        "Professor Xia Laifeng from Yunnan Teachers University said they are studying solar houses.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["a Russian government representative in Chechnya", "Xia Laifeng"]


def test_someone_quoted_as_saying_a_clause_reported_it() -> None:
    """ "The paper quoted analysts as saying CLAUSE", "X was quoted by AAP as saying that CLAUSE": the one quoted
    reported the clause, not the outlet that carried it, nor the one the outlet speaks for later ("it said"); a
    quotation after "as saying that" is the quotation's, a phrase after "as saying" ("via his lawyers") no clause."""
    an = _analysis([
        "The Kuwait daily al-Qabas said OPEC faces scrutiny.",
        "The daily quoted oil sources as saying that members had raised output last week.",
        '"Dealers were now waiting to see if Opec was able to control production," it said.',
        "Chief executive Geoff Dixon was quoted by The Australian newspaper as saying the carrier could not stay.",
        "Ajel quoted Abdul Rahman Al Fahd, a vice president, as saying in an interview that rules would change.",
    ])  # fmt: skip
    got = [(q.speaker, q.text) for q in an.quotes if q.kind == "indirect"]
    assert ("oil sources", "members had raised output last week") in got
    assert ("Geoff Dixon", "the carrier could not stay") in got
    assert ("Abdul Rahman Al Fahd", "rules would change") in got
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["al-Qabas"]
    an = _analysis(['Ajel quoted Fahd as saying that "there are solutions to this problem."'])
    assert [(q.kind, q.speaker) for q in an.quotes] == [("direct", "Fahd")]
    assert _analysis(["Interfax quoted Khodorkovsky as saying via his lawyers."]).quotes == []
    # an acronym's closing mark stays with the name it closes
    an = _analysis(["It quoted a spokesman for the China National Offshore Oil Corp (CNOOC) as saying it is ready."])
    assert [q.speaker for q in an.quotes] == ["a spokesman for the China National Offshore Oil Corp (CNOOC)"]


def test_the_present_of_a_plural_subject_reports_before_that() -> None:
    """ "Critics argue that …", "Officials insist that …", "Palestinians complain that …": reports, as "say" is;
    "A report that …", "her claim that …", "a General Accounting Office report that …" are nouns, and "planned to
    contend that …" is said by no one yet."""
    an = _analysis([
        "Critics argue that the plan will fail.",
        "Russian officials maintain that the Kursk collided with a large object.",
        "Mr. Autor and Mr. Hanson emphasize that trade is only one factor.",
    ])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Critics", "the plan will fail"),
        ("Russian officials", "the Kursk collided with a large object"),
        ("Hanson", "trade is only one factor"),
    ]
    for sentence in (
        "A report that prices rose was denied by the ministry.",
        "It was prompted by a recent General Accounting Office report that declared the fund insolvent.",
        "The lawyers planned to contend that he had told Reagan about the sales.",
    ):
        assert _analysis([sentence]).quotes == [], sentence
    an = _analysis(['The answer came on her claim that she "never sent or received classified material."'])
    assert [q.speaker for q in an.quotes] == [None]


def test_it_never_means_a_people_that_spoke_last() -> None:
    """ "The document said …. Palestinians complain that …. It also noted …": the document, not the Palestinians
    (was no one); a plural noun after "by most estimates" is no speech verb."""
    an = _analysis([
        "The settlement issue has underlined the policy of the government, the document said.",
        "Palestinians complain that the settlements have broken up the territories between their cities.",
        "It also noted the fact that Israel has earmarked a huge budget for the settlement policy.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["the document", "Palestinians", "the document"]
    an = _analysis(["Russian commanders claim that the rebels' casualties, by most estimates, are at least 1,500."])
    assert [(q.speaker, q.rule) for q in an.quotes] == [("Russian commanders", "cue-then-clause/descriptor:as-named")]


def test_a_cue_set_off_by_commas_before_a_verb_interrupts_the_clause() -> None:
    """ "Both supersonic jet and zeppelin, Lewis pointed out, were symbols of national pride": one report, the
    words around the cue (was 'Both supersonic jet and zeppelin', the tail read as the sentence's end)."""
    sentence = "Both supersonic jet and zeppelin, Lewis pointed out, were symbols of national pride"
    an = _analysis([sentence + "."])
    assert [(q.rule, q.text) for q in an.quotes] == [("interrupted/surname:alone", sentence)]


def test_said_in_a_long_medium_that_reports_the_clause_after_that() -> None:
    """ "TWA said in the filing with the Securities and Exchange Commission that CLAUSE": the clause after "that"
    (the medium was read as the clause past 50 characters); not a relative clause's "that" ("agreed to block access
    to an Internet site that allows …"), nor past a clause of the medium's own ("in a statement it had received
    an assurance from Greece that …": what the ministry received)."""
    an = _analysis(["TWA also said in the filing with the Securities and Exchange Commission that its chairman is the "
                    "target of an SEC probe."])  # fmt: skip
    assert [q.text for q in an.quotes] == ["its chairman is the target of an SEC probe"]
    an = _analysis(["The Turkish Foreign Ministry said in a statement it had received an assurance from Greece that it "
                    "would not carry out oil activities."])  # fmt: skip
    assert next(q.text for q in an.quotes).startswith("it had received an assurance")
    an = _analysis(["The Napster site agreed to block access from their computer network to an Internet site that "
                    "allows people to trade copyrighted music."])  # fmt: skip
    assert [q.text for q in an.quotes] == []


def test_a_comma_inside_a_number_ends_no_phrase() -> None:
    """ "According to a survey of 1,000 adults, CLAUSE" is the survey's (was 'a survey of 1' reporting "000
    adults, …"); "While one company says there are more than 2,400 billionaires, another says …" reports the whole
    number."""
    an = _analysis(["According to a survey of 1,000 adults, most people opposed the plan."])
    assert [(q.speaker, q.text) for q in an.quotes] == [("a survey of 1,000 adults", "most people opposed the plan")]
    an = _analysis(["While one company says there are more than 2,400 billionaires, another says there are fewer."])
    assert next(q.text for q in an.quotes) == "there are more than 2,400 billionaires"


def test_told_an_audience_and_such_are_no_part_of_the_report() -> None:
    """ "told a Forex Association conference CLAUSE": the clause after the audience (it began at "Association");
    "Such targets threatened …, "Q"": "Such" is no surname, the quotation is the last speaker's."""
    an = _analysis([
        "Board member Leonhard Gleske also told a Forex Association conference current exchange rates are at "
        "equilibrium levels.",
        'Such targets threatened to cause policy conflicts, "both within countries and between them."',
    ])  # fmt: skip
    assert [(q.speaker, q.text.split()[0]) for q in an.quotes] == [
        ("Leonhard Gleske", "current"),
        ("Leonhard Gleske", "both"),
    ]


def test_said_here_today_that_starts_the_clause_after_that() -> None:
    """Xinhua's "X said here today that CLAUSE" and "told journalists earlier today CLAUSE": two adverbs before the
    clause, not part of it; "said there were no plans" keeps its "there"."""
    an = _analysis([
        "Iranian President Akbar Hashemi Rafsanjani said here today that Iran is committed to the principles.",
        "The minister said there were no plans to raise taxes.",
    ])  # fmt: skip
    assert [q.text.split()[0] for q in an.quotes] == ["Iran", "there"]


def test_a_noun_verb_at_the_end_needs_a_speaker_before_it() -> None:
    """ "…, gathered by the FBI from local police reports.": "reports" is a noun there, so no report of the
    clause before; "…, the news outlet reports." is the outlet's."""
    assert "data on homicides gathered by the FBI from local police" not in _direct_or_reported(
        "To supplement the survey, the department added data on homicides gathered by the FBI from local police "
        "reports."
    )
    assert _direct_or_reported("Feng Lung is now under arrest for grievous bodily harm, the news outlet reports.") == [
        "the news outlet"
    ]


def test_names_with_lower_case_particles_stay_whole() -> None:
    """ "Daniel arap Moi", "Pieter van der Vorm": the particles (one or two) are inside the name, and "President
    Moi" later is the same man; the name was cut to "Daniel" and "Vorm"."""
    an = _analysis([
        "Kenyan President Daniel arap Moi today ordered schools to teach conservation.",
        "President Moi said it is alarming that the lakes are drying up.",
        "Pieter van der Vorm said the company would sell its shipping unit.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Daniel arap Moi", "Pieter van der Vorm"]


def test_the_ones_a_list_of_places_qualifies_speak() -> None:
    """ "The ministers from South Africa, Botswana and Zimbabwe said": the ministers, not the last place; a list
    that ends in a person ("the Minister of Trade and Industry Jose Concepcion") or qualifies no one who can
    speak is left as it was; a portfolio's list ends in the one who holds it."""
    assert _direct_or_reported(
        "The ministers from South Africa, Botswana and Zimbabwe said in a statement that a coordinated approach was "
        "essential."
    ) == ["The ministers from South Africa, Botswana and Zimbabwe"]
    assert _direct_or_reported("Officials from Kenya and Uganda said the talks had failed.") == [
        "Officials from Kenya and Uganda"
    ]
    assert _direct_or_reported(
        "Philippine Secretary of Trade and Industry Jose Concepcion said exports would grow this year."
    ) == ["Jose Concepcion"]
    an = _analysis([
        "The statement issued by the Minister of Agriculture, Natural Resources and Environment Costas "
        "Themistocleous said the cabinet agreed to seek tenders for two plants."
    ])  # fmt: skip
    assert [s.name for s in an.speakers] == ["Costas Themistocleous"]


def test_a_name_run_on_from_an_acronym_is_a_body() -> None:
    """ "according to researcher IMS Health": the body IMS Health (it was "Health"); "NBC's Dante Chinni", "Lib Dem MP
    Lembit Opik" and "CNPF Francois Perigot" are people with the acronym before them."""
    assert _direct_or_reported(
        "Meridia drew a lackluster 11,185 prescriptions last month, according to researcher IMS Health."
    ) == ["IMS Health"]
    assert _direct_or_reported("Debates are not likely to alter the campaign, noted NBC's Dante Chinni.") == [
        "Dante Chinni"
    ]
    assert _direct_or_reported("Lib Dem MP Lembit Opik said ministers had invented a new kind of hunting.") == [
        "Lembit Opik"
    ]
    assert _direct_or_reported(
        "The deadline should help growth, president of the French employers' federation CNPF Francois Perigot said."
    ) == ["Francois Perigot"]


def test_a_place_set_off_by_commas_is_inside_the_descriptor() -> None:
    """ "the Eastlake, Ohio, resident said": the resident of that place, not a speaker called "resident"."""
    assert _direct_or_reported(
        '"A person can shake my hand and I am not in pain," the Eastlake, Ohio, resident said.'
    ) == ["the Eastlake, Ohio, resident"]


def test_he_or_she_after_an_opening_clause_is_its_subject() -> None:
    """ "When Mrs. Howe was prescribed …, she conceded, "…"": Howe, whom the opening clause names as its subject,
    not the analyst named in the sentence before; "After a row with Harold Wilson …, he said" is not Wilson (an
    object, not the clause's subject)."""
    an = _analysis([
        "Kathryn Howe already has.",
        "Celebra sales could top $4 billion, said analyst Christina Heuer.",
        'When Mrs. Howe was prescribed drugs that hurt her stomach, she conceded, "I was not a very compliant '
        'patient."',
        "Charles Kennedy spoke on Monday.",
        'After a row with Harold Wilson over the manifesto in 1968, he said: "I am not going to resign over this."',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Kathryn Howe", "Charles Kennedy"]


def test_an_interrupted_clause_is_no_report_when_a_quoted_sentence_follows() -> None:
    """ "Asked about the study, Bush said, "We have …"": the writer's opening phrase and a quotation of its own, no
    reported clause around "Bush said"; "If it were true, he said, the institute would not …" and "Holding office,
    he said, is the American way …" report the whole sentence; "This state of affairs, they wrote, "is not
    satisfactory"" too (the quotation goes on the clause)."""
    kinds = [q.kind for q in _analysis(['Asked about the study, Bush said, "We have answered every case."']).quotes]
    assert kinds == ["direct"]
    for sentence in (
        "If it were true, he said, the institute would not support the test.",
        "Holding office, he said, is the American way to have a voice in government.",
        'This state of affairs, they wrote, "is not satisfactory for anyone."',
    ):
        assert "indirect" in [q.kind for q in _analysis(["John Smith spoke.", sentence]).quotes], sentence


def test_laughing_off_a_claim_reports_nothing_and_that_with_a_comma_is_left_out() -> None:
    """ "laughed off suggestions that …": the suggestions are others', not his report; "said that, if in
    government, he would …": the clause starts after "that,"."""
    assert _direct_or_reported("Mr Boateng also laughed off suggestions that his seat had been in danger.") == []
    assert (
        _direct_or_reported(
            "Opinion is volatile, as allies reminded Chretien when he prepared his bill in recent weeks."
        )
        == []
    )  # "reminded X when …": a time, not what they said
    an = _analysis(["Michael Ancram said that, if in government, he would refuse to approve the appointment."])
    assert [q.text.split()[0] for q in an.quotes] == ["if"]


def test_groups_named_in_capitals_and_papers_joined_by_and() -> None:
    """ "Evangelical Christians" is a group (it was a person's name, and the "he" after it was theirs); "The Detroit
    News and the Detroit Free Press reported" are both papers ("Press" names a body); "union officials in
    Indiana and New York said" are the officials, a place named last."""
    an = _analysis(["Evangelical Christians like Langmade take the Bible literally, he says, though some disagree."])
    assert [s.name for s in an.speakers] == [] and an.quotes[0].speaker is None
    assert _direct_or_reported(
        "The Detroit News and the Detroit Free Press reported the base wages would reach $22.63 an hour."
    ) == ["Detroit News and Detroit Free Press"]
    assert _direct_or_reported(
        "Local union officials in Indiana and New York said the deal was a four-year contract."
    ) == ["Local union officials in Indiana and New York"]


def test_audiences_studies_and_long_appositions() -> None:
    """ "told the Commons foreign affairs committee: "Q"": the audience (lower-case words in it) is no reported
    clause; "according to a recent study published in …" is the study (it was "a recent study published");
    "the Cowboys' owner at first demurred": "at first" is no part of who; a long apposition ("the flamboyant
    Dallas Cowboys owner best known in …") is still the title "the Cowboys' owner" finds; "the standards writers"
    are a group, not the one man whose title shares a word."""
    assert [q.kind for q in _analysis([
        'But the foreign secretary told the Commons foreign affairs committee: "Our position is very clear."'
    ]).quotes] == ["direct"]  # fmt: skip
    assert _direct_or_reported(
        "About 83 million Americans are spending $27 billion a year on alternative care, according to a recent "
        "study published in the Journal of the American Medical Association."
    ) == ["a recent study"]
    an = _analysis([
        "Jerry Jones, the flamboyant Dallas Cowboys owner best known in the rough and tumble worlds of sports and "
        "business, made a foray into the intellectual world on Wednesday.",
        "Asked to compare himself with Jefferson, the Cowboys' owner at first demurred, saying that the author of "
        'the Declaration "is an example to us all."',
    ])  # fmt: skip
    assert {q.speaker for q in an.quotes} == {"Jerry Jones"}
    an = _analysis([
        "Steve Case, a member of the standards committee who sits on the faculty at the University of Kansas, "
        "spoke.",
        "Without evolution, students cannot succeed in the life sciences, the standards writers said.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["the standards writers"]


def test_a_gerund_and_its_object_believe_nothing() -> None:
    """ "… re-creating a positive atmosphere and making students feel important": "making students" is no one who
    feels (a fragment among the corpus's speakers); "banking sources feel", "striking workers believe" are."""
    assert (
        _direct_or_reported(
            "Cisneros credits Horn with re-creating a positive atmosphere and making students feel important, accepted "
            "and respected in the first week of school."
        )
        == []
    )
    assert _direct_or_reported("Striking workers believe the company will give in before the end of the month.") == [
        "Striking workers"
    ]


def test_told_a_named_medium_or_audience_then_the_clause() -> None:
    """ "told the BBC News website that …", "told the Tokyo\\nShimbun that …", "told a Senate Intelligence Committee
    hearing on Thursday that …": the whole name (and its medium or audience noun) is the object; the clause
    started inside it ("News website that …", "Shimbun that …"). "told the Washington Post: "Q"" is the quotation
    only."""
    texts = [
        q.text
        for q in _analysis([
            "Imelda Staunton told the BBC News website that Vera Drake was the highlight of her career.",
            "Makoto Kuroda told the Tokyo\nShimbun that he would try his best to convince the United States.",
            "CIA Director John Brennan told a Senate Intelligence Committee hearing on Thursday that the agency had "
            "found no link.",
            "George Lucas told US TV show 60 Minutes that Revenge of the Sith would be the darkest of the series.",
            "Lewis Champion told the BBC News website Ford did not deserve any credit for his plea.",
        ]).quotes
    ]  # fmt: skip
    assert [t.split()[0] for t in texts] == ["Vera", "he", "the", "Revenge", "Ford"]
    assert [q.kind for q in _analysis(['Mr Qureshi told the Washington Post: "There was an extremely strong '
                                       'resemblance."']).quotes] == ["direct"]  # fmt: skip


def test_two_named_together_and_a_weekday_after_the_subject() -> None:
    """ "urged India and Pakistan to …": both are the object, with the bidding (the clause began "and Pakistan to
    …"; GUIDE: "urged the information commissioner to look at …"); "Mr Blair on
    Sunday dismissed …, saying: "Q"" is Mr Blair (the speaker was "Mr Blair on Sunday", a body)."""
    an = _analysis([
        "Members of the Organization of American States Wednesday urged India and Pakistan to conduct no more "
        "nuclear tests similar to those they carried out last month."
    ])  # fmt: skip
    assert [q.text.split()[0] for q in an.quotes] == ["India"]
    an = _analysis([
        "Tony Blair spoke to MPs.",
        'Mr Blair on Sunday dismissed claims of broken promises, saying: "I dealt with this six months ago."',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Tony Blair"]


def test_a_quotation_in_a_while_clause_is_that_clauses_subjects() -> None:
    """ "Jindal signed an order, while Mike Huckabee … proposed we "…"": Huckabee, the subject of the clause the
    quotation is in (it was the sentence's first subject); a clause opening inside an earlier quotation of the
    same line (BBC copy runs them together) does not count."""
    an = _analysis([
        "Louisiana Gov. Bobby Jindal on Monday signed an order to block refugees, while Mike Huckabee, the former "
        'Arkansas governor, proposed we "wake up and smell the falafel" and said Ryan should resign.'
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Mike Huckabee"]
    an = _analysis([
        "Chris Bailey picked the team.",
        'And Bailey said: "Alex is clearly talented as well, while Arvind is another contender. "They are among the '
        'guys who have experienced the intensity of Davis Cup tennis."',
    ])  # fmt: skip
    assert {q.speaker for q in an.quotes if q.kind == "direct"} == {"Chris Bailey"}


def test_a_part_of_something_reports_nothing() -> None:
    """ "…, part of an alliance agreed in 2000.": a participle after a part of something, not a speaker and its
    cue; "part" cannot speak, where "the company agreed" can."""
    an = _analysis([
        "The deadline marks the point at which Acme will gain the right to sell its mill to Borg, part of an "
        "alliance agreed in 2001.",
        "The plan was never fair to the workers, the union agreed on Monday.",
    ])  # fmt: skip
    assert [(q.speaker, q.text[:12]) for q in an.quotes] == [("the union", "The plan was")]


def test_a_role_of_a_body_is_the_role_not_the_body() -> None:
    """ "the chairman of the Police Federation", "the president of the … Traders Association": the role is the
    word before the of-phrase (a person, whom the article may name next), not the body's last role-like word."""
    an = _analysis([
        "Gulf states must coordinate their economic policies more closely, the president of the Northern Traders "
        "Association said. Karim Haddad told a news conference at the end of the meeting that a common currency was "
        "still years away.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes][:1] == ["Karim Haddad"]


def test_a_body_nouns_statement_speaks_for_that_body() -> None:
    """ "A ministry statement added …", "according to a company statement": the ministry, the company the article
    named (GUIDE: a statement speaks for its issuer), and "the company" is never a union or a commission."""
    an = _analysis([
        "Ruritania's Foreign Ministry said only that the rumours were not true. A ministry statement added that "
        "the two men were not acting against Borduria.",
        "Acme Meat Packers Inc said hundreds of its employees returned to work, ending a lockout of 2,800 members "
        "of the United Food Workers Union. Operations will pick up as employees return, according to a company "
        "statement. The company said in a filing with the Securities and Exchange Commission that sales fell sharply.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes if q.kind == "indirect"] == [
        "Ruritania Foreign Ministry",
        "Ruritania Foreign Ministry",
        "Acme Meat Packers Inc",
        "Acme Meat Packers Inc",
        "Acme Meat Packers Inc",
    ]


def test_an_opening_clause_with_the_same_pronoun_names_objects() -> None:
    """ "And while he did not mention Bush by name, he noted that "…"": the opening clause's subject is the same
    "he", so Bush is its object, not the speaker; the vice president who spoke before is."""
    an = _analysis([
        "Vice President Al Gore spoke to Hispanic leaders on Tuesday.",
        "The vice president also said the tax cuts could lead to cuts in aid to schools. And while he did not "
        'mention Bush by name, he noted that "some candidates pretend to support public education."',
        "He also criticized the school policy outlined by Bush last week.",
        '"It is the strangest education I have ever seen," he said.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Al Gore", "Al Gore"]


def test_a_capitalised_particle_before_a_surname_is_a_given_name() -> None:
    """ "Al Gore", "Al Sharpton": "Al" is his name, not the Arabic article dropped before a surname (which made
    every "Gore" Tipper Gore, the one full Gore left)."""
    an = _analysis([
        'Tipper Gore waved to the crowd. "We will win," Al Gore said. "It is fine," said Al Sharpton.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Al Gore", "Al Sharpton"]
    an = _analysis([
        'Gerhard de Kock spoke in Pretoria. "Rates will fall," De Kock said. "The talks failed," Al Jazeera reported.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Gerhard de Kock", "Al Jazeera"]  # a surname's particle; a body


def test_the_bank_is_the_bank_of_england_named_before() -> None:
    """ "the Bank said" after "The Bank of England proposed": a capitalised head word stands for the body
    named before with an of-phrase after it, as "The Association" for "Danish Banks Association"."""
    an = _analysis([
        "The Bank of England proposed that banks will have to seek authorisation to lead new issues.",
        "The proposed rules were outlined today in a consultative paper and may be modified, the Bank said.",
    ])  # fmt: skip
    # (what it proposed is reported too, since "proposed that" reports)
    assert [q.speaker for q in an.quotes] == ["Bank of England", "Bank of England"]


def test_a_capitalised_title_then_the_name_in_commas_speaks() -> None:
    """ "Scottish Finance Minister, Tom McCabe, said": the name after a capitalised title in commas speaks, as
    after "the finance minister,"; "The MEP said" is a role (MEP, MSP, MLA are roles like MP), not a body."""
    an = _analysis([
        'Councils want more money. Scottish Finance Minister, Tom McCabe, said: "We announced more money for the '
        'councils today."',
        "Ex-chat show host Robert Kilroy-Silk has quit the party. The MEP said he was ashamed to have joined it.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Tom McCabe", "Robert Kilroy-Silk"]
    an = _analysis([
        'Councils want more money. Scottish Finance Minister, Tom McCabe MSP, said: "We announced more money today."'
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Tom McCabe"]  # "MSP" after his name: letters, no apposition


def test_a_day_and_a_comma_after_the_cue_leave_the_clause_before_it() -> None:
    """ "The toll has risen to 7,085, the center said early Friday, two days after the quake": what follows the
    cue says when; the clause before the comma is what was said ("…, Kivelson said Wednesday, they found …" still
    reports what comes after)."""
    an = _analysis([
        "The death toll has risen to 7,085, with 33,559 injured, the crisis center said early Friday, two days "
        "after the quake hit the country.",
        "To their surprise, Kivelson said Wednesday, they found evidence of currents on the surface.",
    ])  # fmt: skip
    assert [q.text for q in an.quotes] == [
        "The death toll has risen to 7,085, with 33,559 injured",
        "they found evidence of currents on the surface",
    ]


def test_a_nouns_s_is_not_the_subjects_verb() -> None:
    """ "Former Blackburn boss Roy Hodgson says A - but insists that B": the subject of "insists" is the one of
    "says", read up to a verb's -s, not up to "boss" ("Former Blackburn" spoke)."""
    an = _analysis([
        "Former Blackburn boss Roy Hodgson says the league should follow the rest of Europe, but insists that a "
        "busy domestic schedule will not damage the English bid.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Roy Hodgson", "Roy Hodgson"]


def test_what_one_should_say_reports_nothing() -> None:
    """ "… disagreed over what the warnings should say": a modal's say is what ought to be said, no one's
    words (and "the warnings should" no speaker); "American Can said" is a company speaking."""
    an = _analysis([
        "He said the industry agreed that packs should have warnings but disagreed over what the warnings should say "
        "and how large they should be.",
        "The bonds are convertible into the company's common stock at 66 dlrs per share, American Can said.",
    ])  # fmt: skip
    assert "the warnings should" not in [q.speaker for q in an.quotes]
    assert [q.speaker for q in an.quotes][-1] == "American Can"


def test_a_parenthesis_inside_a_firms_name_is_part_of_it() -> None:
    """ "…, Nikko Securities Co (Europe) Ltd said": the whole firm speaks, not 'Europe Ltd' after the "(";
    "James E. (Jim) Nugent" keeps his nickname apart."""
    an = _analysis([
        "The bonds were priced at par and carry a coupon of four pct, Nikko Securities Co (Europe) Ltd said.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Nikko Securities Co Europe Ltd"]
    an = _analysis(["The county will appeal the ruling next week, James E. (Jim) Nugent said."])
    assert [q.speaker for q in an.quotes] != ["James E. Jim Nugent"]


def test_a_person_of_a_body_is_the_person() -> None:
    """ "analyst John Smith of Merrill Lynch said", "economist Mary Jones at Citibank said": the person, titled
    with the body (the whole phrase was a descriptor, or the body spoke); "Kidder Peabody of New York" is a firm."""
    an = _analysis([
        "Analyst John Smith of Merrill Lynch said the shares would rise further this year.",
        "Economist Mary Jones at Citibank said the rate would fall by the end of the year.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["John Smith", "Mary Jones"]
    an = _analysis(["Conference chairman Manaspas Xuto of Thailand said the talks would resume in June."])
    assert [q.speaker for q in an.quotes] == ["Manaspas Xuto"]  # no given name known, but a role before it
    an = _analysis(["Dr Robert Schilz of University Hospitals in Cleveland said the drug had worked well."])
    assert [q.speaker for q in an.quotes] == ["Robert Schilz"]  # the body and the town it is in
    from tui.analysis.nouns import parse_np

    firm = parse_np("Kidder Peabody of New York", 0)
    assert firm is not None and firm.kind != "name"


def test_a_companys_unit_speaks_for_itself() -> None:
    """ "General Electric Co's GE Credit Corp said": the unit, not both names run together; "Moody's Investors
    Service" and "McDonald's Corp" are one name each."""
    an = _analysis([
        "General Electric Co's GE Credit Corp said it agreed to buy the leasing unit for 1.2 billion dlrs.",
        "The rating was cut to single-A, Moody's Investors Service Inc said.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["GE Credit Corp", "Moody's Investors Service Inc"]


def test_an_ampersand_joins_a_firms_name() -> None:
    """ "Standard & Poor's said", "Ernst & Young said": the firm, not 'Poor' or 'Young' read as a surname (an
    ampersand never joins a person's name); "Morgan Stanley & Co Managing Director Donald Brennan" is a person."""
    an = _analysis([
        "The rating was cut to BB, Standard & Poor's said.",
        "Ernst & Young said the audit would be finished next month.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Standard & Poor's", "Ernst & Young"]
    from tui.analysis.nouns import parse_np

    person = parse_np("Morgan Stanley & Co Managing Director Donald Brennan", 0)
    assert person is not None and person.name == "Donald Brennan"


def test_an_opening_adverb_is_no_part_of_the_subject() -> None:
    """ "Yesterday Citicorp said", "Earlier this month the group said", "Now Bloomberg said": the adverb (and its
    time) opens the sentence; the subject is what follows. "NOW" in capitals is a body's name."""
    an = _analysis(["Yesterday Acme Corp said it would sell the plant to its rival next year."])
    assert [q.speaker for q in an.quotes] == ["Acme Corp"]
    an = _analysis(["Earlier this month the group said the protest would go ahead as planned."])
    assert [q.speaker for q in an.quotes] == ["the group"]
    from tui.analysis.nouns import parse_np

    body = parse_np("NOW", 0)
    assert body is not None and body.name == "NOW"


def test_a_verb_and_its_object_before_a_colon_are_no_speaker() -> None:
    """ "A spokeswoman for the hospital issued a statement: "…"", "the blog posted the line: "…"": the subject
    of the verb speaks, not the clause up to the colon."""
    an = _analysis([
        'A spokeswoman for Mercy Hospital issued a statement: "We have seen the reports and we are looking into it."',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["A spokeswoman for Mercy Hospital"]


def test_value_added_tax_is_no_one_adding() -> None:
    """ "Value added tax will be levied on all purchases": a tax, not 'Value' adding a clause."""
    an = _analysis(["Value added tax will be levied on all purchases of the new gold coins by members of the public."])
    assert an.quotes == []


def test_a_double_dash_ends_the_phrase_before_the_subject() -> None:
    """ "Prices rose for some foodstuffs -- Western economists said …": "--" (wire copy's dash) is a boundary, as
    " - " and "—" are; the subject is what follows it."""
    an = _analysis(["Prices rose for some foodstuffs -- Western economists said the rise would slow next year."])
    assert [q.speaker for q in an.quotes] == ["Western economists"]


def test_the_group_is_the_body_by_its_whole_name() -> None:
    """ "The National Association of Home Builders argues …. The group says": the body's name runs past "of"
    ("National Association" is nobody); "the company" passes over a board named that way, and a department
    that spoke is no company."""
    an = _analysis([
        "The National Association of Home Builders argues the rules will delay building.",
        '"Permits will take a year to approve where they took a month," the group said.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["National Association of Home Builders"] * 2
    an = _analysis([
        "Hackensack Water Co cut its rates after a ruling by the New Jersey Board of Public Utilities.",
        "The company also said it would not need another increase this year.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Hackensack Water Co"]


def test_an_opening_preposition_is_no_subject() -> None:
    """ "Within hours of that announcement, the group posted a message warning …", "Despite the ban, Acme Corp
    said …": the phrase before the comma is no speaker ('Within', 'Despite Acme')."""
    an = _analysis([
        "Within hours of that announcement, the Islamic State posted an online message warning it would attack "
        'Americans "in any place" in response to the airstrikes.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Islamic State"]
    an = _analysis(["Despite Suprnova closing, Johan Pouwelse said the network would keep growing for years."])
    assert [q.speaker for q in an.quotes] == ["Johan Pouwelse"]


def test_according_to_a_long_source_names_all_of_it() -> None:
    """ "according to the Committee to Protect Journalists", "according to sources familiar with the new
    regulations": the source runs to its end ('Committee', 'sources familiar with the new' were cut)."""
    an = _analysis(["According to the Committee to Protect Journalists, at least 66 journalists have been killed."])
    assert [q.speaker for q in an.quotes] == ["Committee to Protect Journalists"]
    an = _analysis([
        "The administration will impose tougher rules on developers, according to sources familiar with the new "
        "regulations.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["sources familiar with the new regulations"]


def test_a_middle_initial_keeps_a_role_word_a_surname() -> None:
    """ "Metallica attorney Howard K. King said": King is his surname, as in "Howard King" (a given name and an
    initial before a role word), not a descriptor 'Metallica attorney Howard K. King'."""
    an = _analysis(["Metallica attorney Howard K. King said the band had no intention of suing individual fans."])
    assert [(q.speaker, an.speakers[0].title) for q in an.quotes] == [("Howard K. King", "Metallica attorney")]


def test_an_owners_claims_are_a_noun_not_a_cue() -> None:
    """ "knocked the underpinnings from his boasts that …", "rejected their claims that …": after his/their the
    cue word is a noun; no one reports the clause. "Friends of his told the paper that …" still reports."""
    an = _analysis([
        "The decline on Wall Street knocked the underpinnings from his boasts that the bull market proves the "
        "wisdom of current policy.",
    ])  # fmt: skip
    assert an.quotes == []
    an = _analysis(["Friends of his told the paper that he was a selfless and caring person."])
    assert [q.speaker for q in an.quotes] == ["Friends of his"]


def test_a_bodys_name_stops_before_a_day_and_runs_past_a_cut() -> None:
    """ "said the Ministry of Employment Tuesday": the day is no part of the name a later "the ministry" takes;
    "according to figures from the Ministry of Health": the five words read cut it to 'Ministry'."""
    an = _analysis([
        "The jobless rate dropped to 12.4 percent in November, said the Ministry of Employment Tuesday.",
        "The drop among young men and women had contributed to the decline, the ministry said.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Ministry of Employment"] * 2
    an = _analysis(["According to figures from the Ministry of Health, the decline was led by a fall in demand."])
    assert [q.speaker for q in an.quotes] == ["Ministry of Health"]


def test_two_treaties_joined_by_and_are_two_initiatives() -> None:
    """ "the Nuclear Non-Proliferation Treaty and the Comprehensive Test Ban Treaty": two named initiatives, not one;
    "the Belt and Road Initiative" stays one."""
    an = _analysis([
        "India's tests rendered the Nuclear Non-Proliferation Treaty and the Comprehensive Test Ban Treaty "
        "irrelevant, officials said, and the Belt and Road Initiative went on.",
    ])  # fmt: skip
    assert sorted(i.name for i in an.initiatives) == [
        "Belt and Road Initiative",
        "Comprehensive Test Ban Treaty",
        "Nuclear Non-Proliferation Treaty",
    ]


def test_one_person_by_age_or_nation_is_whom_the_story_is_about() -> None:
    """ "said the 28-year-old", "the American said", "the 24-year-old actress said": someone the story is about,
    not a speaker called 'the 28-year-old' or a surname 'American': the last speaker unless the story turned to
    someone since, else the person the sentence or the one before names, of the sex the noun says. "the Chinese"
    is as often a side as a person and is left as named."""
    an = _analysis([
        "James McIlroy stormed to his second victory in a week in Erfurt.",
        '"I\'m qualified now and that\'s what matters most," said the 28-year-old.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["James McIlroy"]
    an = _analysis([
        "Tom Hanks presented the award to Jon Voight.",
        "Angelina Jolie won the award for best supporting actress on Sunday night.",
        '"I\'m surprised nobody\'s ever fainted up here," the 24-year-old actress said.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Angelina Jolie"]
    an = _analysis(
        ["Andy Roddick lost in Seville.", '"It\'s just tough because I felt I was in it," said the American.']
    )
    assert [q.speaker for q in an.quotes] == ["Andy Roddick"]
    from tui.analysis.nouns import parse_np

    assert [getattr(parse_np(t, 0), "kind", None) for t in ("The Spaniard", "the Chinese")] == ["descriptor"] * 2
    an = _analysis(["Andy Roddick lost in Beijing.", '"We played well on the day," said the Chinese.'])
    assert [q.speaker for q in an.quotes] == ["the Chinese"]  # a people, as named: not Roddick, not 'Chinese'


def test_capitals_that_open_the_next_names_title_are_no_one() -> None:
    """ "Lib Dem home affairs spokesman Mark Oaten", "Double Olympic champion Hicham El Guerrouj": 'Lib Dem' and
    'Double Olympic' are no people (a later "he" was given to them); "A Different Story will screen" names a
    work. After a lower-case role all three capitalised words are the name ('El Guerrouj' lost his given name)."""
    an = _analysis([
        "Lib Dem home affairs spokesman Mark Oaten criticised the plans on Monday.",
        '"This is a very serious step for the government to take," he said.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Mark Oaten"]
    an = _analysis([
        "Double Olympic champion Hicham El Guerrouj will race in Brussels.",
        '"If I am to compete in it, it is only if I feel I can win," said the 30-year-old.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Hicham El Guerrouj"]
    an = _analysis(["A Different Story will screen at the festival.", '"I\'m going to carry on," he said.'])
    assert [q.speaker for q in an.quotes] == [None]


def test_figures_and_forecasts_speak_and_an_inner_acronym_is_inside_the_subject() -> None:
    """ "Past Congressional Budget Office (CBO) forecasts said …": documents in the plural speak as a report does
    (GUIDE), and the acronym in parentheses is no boundary ('CBO) forecasts'); "according to official figures,
    CLAUSE" reports the clause."""
    an = _analysis([
        "Past Congressional Budget Office (CBO) forecasts said there would be a $348bn shortfall in 2005.",
        "According to official figures, unemployment rose by 40,000 in the three months to June.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Past Congressional Budget Office forecasts", "official figures"]


def test_a_charge_which_someone_denies_is_not_their_report() -> None:
    """ "CLAUSE, a charge which the administration denies": the clause is the charge, not what the administration
    said (as "an allegation Khartoum has denied" is not); "says it envisages" reports ("it" and a present verb
    are a clause, not the object of "says")."""
    an = _analysis([
        "Democrats have accused the president of excluding war costs from the budget, a charge which the "
        "administration denies.",
        "The CBO says it envisages a further decline in the dollar over the next two years.",
    ])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("CBO", "it envisages a further decline in the dollar over the next two years")
    ]


def test_a_quotation_after_a_report_inside_a_report_is_the_inner_speakers() -> None:
    """ "SITE said Islamic State jihadists claimed a "female Zionist soldier" had been captured": the words are the
    jihadists' (the inner report's subject, after the outer cue), as the gold has them."""
    an = _analysis(
        ['The monitoring group SITE said Islamic State jihadists claimed a "female Zionist soldier" had been captured.']
    )
    assert [(q.kind, q.speaker) for q in an.quotes] == [
        ("indirect", "SITE"),
        ("indirect", "Islamic State jihadists"),
        ("direct", "Islamic State jihadists"),
    ]


def test_a_report_inside_a_report_is_its_subjects_and_leaves_the_teller_speaking() -> None:
    """ "Diane Foley also said US officials told her CLAUSE": the inner clause is the officials' (GUIDE's nested
    reports); the teller stays the last speaker ("… , but added …" and a later "she" are hers), and "the
    principal" inside her report is not the teller."""
    an = _analysis([
        "Diane Foley also said US officials told her they would not exchange prisoners for her son, but added "
        "that the family had no choice.",
    ])  # fmt: skip
    got = [(q.speaker, q.text[:30]) for q in an.quotes]
    assert ("US officials", "they would not exchange prison") in got
    assert ("Diane Foley", "the family had no choice") in got
    an = _analysis([
        "Jason Steward said the principal told him threats to another child would not be tolerated.",
        "Principal Roxanne Greer did not return calls.",
    ])  # fmt: skip
    got = [(q.speaker, q.text[:30]) for q in an.quotes]
    assert ("Roxanne Greer", "threats to another child would") in got


def test_radio_speaks_and_a_role_inside_a_descriptor_titles_the_name_after_it() -> None:
    """ "…, Voice of Palestine radio reported Tuesday", "state radio said": broadcasters in lower case speak ("Virgin
    Radio" stays a name); "Palestinian chief negotiator on interim affairs, Saeb Erekat, told the radio that …":
    the full name after a descriptor with a role inside speaks, titled by it; "Speaker" is a role ("House
    Speaker Paul Ryan" is Paul Ryan)."""
    an = _analysis([
        "The Palestinians have accepted a two-week postponement, Voice of Palestine radio reported Tuesday.",
        "Palestinian chief negotiator on interim affairs, Saeb Erekat, told the radio that the United States had "
        "echoed the request.",
        "House Speaker Paul Ryan said the bill would pass the House next week.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Voice of Palestine radio", "Saeb Erekat", "Paul Ryan"]
    assert {s.name: s.title for s in an.speakers}["Saeb Erekat"] == "Palestinian chief negotiator on interim affairs"


def test_a_body_then_a_given_name_is_the_person_titled_by_the_body() -> None:
    """ "CNN's Chris Moody", "Washington Post Liz Sly", "chairman of General Motors Roger Smith", "World Gold Council
    Nora Jaime Trevino": a body's name, then a given name and one or two more capitalised words, is a person
    titled by the body (the whole run was one body: 'CNN Chris Moody'); "Bank of America Merrill Lynch" stays
    a body. "the spokesman for the CME" is the "CME spokesman" introduced before."""
    from tui.analysis.nouns import parse_np

    texts = [
        "CNN's Chris Moody",
        "World Gold Council Nora Jaime Trevino",
        "Chairman of General Motors Roger Smith",
        "Bank of America Merrill Lynch",
    ]
    got = {t: parse_np(t, 0) for t in texts}
    assert [(m.kind, m.name) for m in got.values() if m is not None] == [
        ("name", "Chris Moody"),
        ("name", "Nora Jaime Trevino"),
        ("name", "Roger Smith"),
        ("org", "Bank of America Merrill Lynch"),
    ]
    an = _analysis([
        "The board would be free to implement its rules, a CME spokesman said.",
        '"It is a step in the right direction," said analyst William Marcus.',
        "The spokesman for the CME said the letter leaves open the possibility of more limits.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["a CME spokesman", "William Marcus", "a CME spokesman"]


def test_a_bodys_name_with_and_in_its_tail_is_whole() -> None:
    """ "…, the Centers for Disease Control and Prevention said", "the Ministry of International Trade and Industry
    said": the subject is the whole body ('Prevention', 'International Trade and Industry' before); "an official
    of the Council for …", "analyst Lawrence Cohn of Merrill Lynch and Co" still speak themselves, and "the Bank
    of England and Fed" are two."""
    an = _analysis([
        "Americans eat more calories than ever, the Centers for Disease Control and Prevention said.",
        "Exports will fall this year, the Ministry of International Trade and Industry said.",
        "Rates will stay low, an official of the Council for Economic Planning and Development said.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == [
        "Centers for Disease Control and Prevention",
        "Ministry of International Trade and Industry",
        "an official of the Council for Economic Planning and Development",
    ]


def test_a_claim_denied_by_someone_and_an_act_that_continues_report_nothing() -> None:
    """ "…, a claim denied by the chancellor": the chancellor denies, and the claim is no speaker of the clause
    before it; "…, but his health continued to deteriorate" goes on acting and reports nothing. "advisers
    continued to assure her that …" still reports, and "said by telephone" is still said."""
    an = _analysis([
        "The man quickly injected himself with epinephrine, but his health continued to deteriorate.",
        "Iran has long been accused of seeking nuclear weapons, a charge repeatedly denied by Tehran.",
        "The deficit will grow next year, the minister said by telephone.",
        "Her advisers continued to assure her that the vote was safe.",
    ])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("the minister", "The deficit will grow next year"),
        ("Her advisers", "the vote was safe"),
    ]


def test_the_union_is_no_person_and_no_sentences_first_word() -> None:
    """ "the end of June. Union leaders will …" names no "June. Union" for "the union" to be, nor does a
    capitalised first word alone; and "the union" never joins the person later titled "president of the …
    Union" (it did, as a descriptor met before a name)."""
    an = _analysis([
        "The walkout could last until the end of June. Union leaders will face pressure to settle.",
        "The union now contends that the investment has not been forthcoming.",
        "But Basil Hargrove, the president of the Canadian Auto Workers Union, warned that GM should not count"
        " on Canadian workers.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["The union", "Basil Hargrove"]


def test_a_partners_firm_written_with_commas_is_one_name() -> None:
    """ "Goldman, Sachs and Co said", "Jason Benderly of Goldman, Sachs and Co noted that", "Daniel McKinley, oil
    analyst with Smith Barney, Harris Upham and Co said": the commas are inside the firm's name (the speaker
    was 'Sachs and Co' and 'Harris Upham and Co'); "Yesterday, Eli Lilly and Co said" is Eli Lilly, and
    "its purchase of Random House, Barnes and Noble Inc" joins no two firms."""
    from tui.analysis.nouns import subject_before

    texts = [
        "Yesterday, Eli Lilly and Co ",
        "Bertelsmann completed its purchase of Random House, Barnes and Noble Inc ",
    ]
    got = [subject_before(t, 0, len(t)) for t in texts]
    assert [m.name if m else None for m in got] == ["Eli Lilly and Co", "Barnes and Noble Inc"]
    an = _analysis([
        "Goldman, Sachs and Co said it sold its entire stake in the bank.",
        "Jason Benderly of Goldman, Sachs and Co noted that the trade picture improved.",
        'Daniel McKinley, oil analyst with Smith Barney, Harris Upham and Co said, "Both markets were oversold."',
    ])  # fmt: skip
    assert [(q.speaker, q.kind) for q in an.quotes] == [
        ("Goldman, Sachs and Co", "indirect"),
        ("Jason Benderly", "indirect"),
        ("Daniel McKinley", "direct"),
    ]


def test_a_religious_honorific_leads_a_name_and_is_a_name_word_after_one() -> None:
    """ "Sheikh Ali al-Khalifa al-Sabah", "Sheikh Mohammed Saleh al-Munajjid": the honorific leads the whole name
    (it was 'al-Khalifa al-Sabah' titled 'Sheikh Ali'), and "Sheikh Ali" later is that man; after a given name
    it is the name's own word ("Hassan Sheikh Mohamud", "Zayn Sheikh")."""
    from tui.analysis.nouns import parse_np

    got = [parse_np(t, 0) for t in ("Sheikh Ali al-Khalifa al-Sabah", "Hassan Sheikh Mohamud", "Zayn Sheikh")]
    assert [(m.name, m.title) if m else None for m in got] == [
        ("Ali al-Khalifa al-Sabah", "Sheikh"),
        ("Hassan Sheikh Mohamud", None),
        ("Zayn Sheikh", None),
    ]
    an = _analysis([
        "There are no plans for a meeting, Kuwait's oil minister Sheikh Ali al-Khalifa al-Sabah said.",
        "Kuwait was pumping within its quota, Sheikh Ali added.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Ali al-Khalifa al-Sabah", "Ali al-Khalifa al-Sabah"]


def test_an_and_inside_a_body_after_a_preposition_is_no_boundary() -> None:
    """ "a spokesman for the Ministry of Trade and Industry said" (was 'Trade and Industry'), "Analyst Lawrence
    Cohn of Merrill Lynch and Co said" (was the firm), "Ivan Obolensky, an analyst with Sterling Grace and Co
    said", "A Department for Education and Skills source said" (was 'Skills source'); not "over the summer by
    the Organization for … and Development", and two people joined by "and" stay apart."""
    from tui.analysis.nouns import subject_before

    texts = [
        "a spokesman for the Ministry of Trade and Industry ",
        "Analyst Lawrence Cohn of Merrill Lynch and Co ",
        "Ivan Obolensky, an analyst with Sterling Grace and Co ",
        "In 14,000 cases the parents were there. A Department for Education and Skills source ",
        "A report issued over the summer by the Organization for Economic Cooperation and Development ",
    ]
    got = [subject_before(t, 0, len(t)) for t in texts]
    assert [(m.kind, m.name) if m else None for m in got] == [
        ("descriptor", "a spokesman for the Ministry of Trade and Industry"),
        ("name", "Lawrence Cohn"),
        ("name", "Ivan Obolensky"),
        ("descriptor", "A Department for Education and Skills source"),
        ("surname", "Development"),
    ]
    assert got[2] is not None and got[2].title == "an analyst with Sterling Grace and Co"


def test_a_document_released_speaks_without_its_participle() -> None:
    """ "A poll by Newsweek magazine released Saturday says": the poll ('… magazine released' was the speaker);
    "Officials who released the report said" keeps its relative clause."""
    an = _analysis([
        "A poll by Newsweek magazine released Saturday says 48 percent of the nation believes Starr went too far.",
        "A report to be released next week says exports will fall.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["A poll by Newsweek magazine", "A report"]
    from tui.analysis.nouns import subject_before

    t = "Officials who released the report "
    m = subject_before(t, 0, len(t))
    assert m is not None and m.name == "Officials who released the report"


def test_a_ministrys_portfolio_is_no_person_and_its_official_is_one() -> None:
    """ "vice minister of Foreign Economic Relations and Trade" named no person 'Economic Relations' (whom a
    later "he said" took); "A Ministry of Foreign Economic Relations and Trade official" is an official, whom
    "he" and "the official" then mean."""
    an = _analysis([
        "Zhang Haoruo, vice minister of Foreign Economic Relations and Trade, said China signed loans last year.",
        "A Ministry of Foreign Economic Relations and Trade official said this year's outlook is healthier.",
        "The renminbi has matched the dollar's fall, he said.",
        "The official said China has taken measures to improve exports.",
    ])  # fmt: skip
    official = "A Ministry of Foreign Economic Relations and Trade official"
    assert [q.speaker for q in an.quotes] == ["Zhang Haoruo", official, official, official]


def test_the_role_that_spoke_last_goes_on_before_the_one_introduced() -> None:
    """ "A Ministry of Finance spokesman said …. The Reebok spokesman said …. "…," the spokesman said": the
    Reebok spokesman, who spoke last, not the ministry's introduced first with "a"."""
    an = _analysis([
        "A Ministry of Finance spokesman said officials at the ports had begun turning the shoes away.",
        "The Reebok spokesman said an unspecified number of fakes have made it into the country.",
        '"They go for about 20 to 30 pct less than the price of genuine Reeboks," the spokesman said.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == [
        "A Ministry of Finance spokesman",
        "The Reebok spokesman",
        "The Reebok spokesman",
    ]


def test_an_outlet_described_speaks_by_its_name() -> None:
    """ "the authoritative Business Day newspaper said", "the official Xinhua news agency said", "Egypt's Al-Ahram
    daily reported": the outlet by its name (gold names bodies so: "The Jerusalem Post", "Daily Mail"); not "the
    South Korean newspaper", "the Chinese daily" (was 'Chinese', its "daily" read as an adverb) or "The Dutch
    news agency", which name no outlet."""
    an = _analysis([
        "Imports fell sharply in the first quarter, the authoritative Business Day newspaper said.",
        "Exports rose 20 percent last year, the official Xinhua news agency said.",
        "Pilots demanded the probe be handed to a third party, Egypt's Al-Ahram daily reported on Tuesday.",
        "Food prices rose in the north last year, the Chinese daily said.",
        "Rice prices rose in the south last year, The Dutch news agency said.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == [
        "Business Day",
        "Xinhua",
        "Al-Ahram",
        "the Chinese daily",
        "The Dutch news agency",
    ]


def test_a_firms_spokeswoman_is_not_the_firm_and_a_title_runs_past_mrs() -> None:
    """ "The Bat spokeswoman said" is the spokeswoman, not Bat (a firm the name scan took for a person, who
    spoke last); "John Mayou, attorney for Mrs. Gingrich," is titled past "Mrs." ('attorney for Mrs');
    "Chung, who is also Minister of Economic Planning," is titled "Minister of Economic Planning"; and "a
    widely read column" reads nothing."""
    an = _analysis([
        'Bat told the BBC at that time that it had secured approval from "the highest levels of government".',
        'The Bat spokeswoman said: "There is nothing for us to add since our announcement in July last year."',
        'But John Mayou, attorney for Mrs. Gingrich, said the rule is simply "a ploy not to answer questions."',
        "Chung, who is also Minister of Economic Planning, said his ministry will act on prices.",
        "The picture turned up in a widely read Washington newspaper column alongside an item about the party.",
    ])  # fmt: skip
    direct = [q.speaker for q in an.quotes if q.kind == "direct"]
    assert direct == ["Bat", "The Bat spokeswoman", "John Mayou"]
    assert not [q for q in an.quotes if "column" in q.text or "picture" in q.text]
    titles = {s.name: s.title for s in an.speakers}
    assert titles["John Mayou"] == "attorney for Mrs. Gingrich"
    assert titles["Chung"] == "Minister of Economic Planning"


def test_a_firms_name_holds_its_parenthesis_and_an_owners_surname_is_the_person() -> None:
    """ "James Capel (Far East) Ltd said" is the firm (was 'Far East Ltd'), an acronym before a person stays apart
    ("Committee (GOSAGROPROM) Vsevolod Murakhovsky"); "Texaco's Stevens said" after "Dan Stevens, manager … at
    Texaco," is Dan Stevens (was a person 'Texaco Stevens')."""
    from tui.analysis.nouns import subject_before

    texts = [
        "of the flotation, James Capel (Far East) Ltd ",
        "the State Agro-Industrial Committee (GOSAGROPROM) Vsevolod Murakhovsky ",
    ]
    got = [subject_before(t, 0, len(t)) for t in texts]
    assert [(m.kind, m.name) if m else None for m in got] == [
        ("org", "James Capel Far East Ltd"),
        ("name", "Vsevolod Murakhovsky"),
    ]
    an = _analysis([
        "Dan Stevens, manager of public affairs at Texaco, said the pipeline was shut on Monday.",
        "Texaco's Stevens said that aerial surveillance has not found any crude on the water.",
    ])  # fmt: skip
    assert [(q.speaker, q.rule) for q in an.quotes] == [
        ("Dan Stevens", "cue-then-clause/name"),
        ("Dan Stevens", "cue-then-clause/surname:full-name"),
    ]


def test_a_participle_with_that_reports_for_the_sentences_subject() -> None:
    """ "Stressing that CLAUSE, Juppe reiterated …", "Noting that CLAUSE, Jasray said that Mongolia …", "Juppe gave
    an answer by saying in the speech that CLAUSE": the clause is the subject's report (it was lost); a subject
    that speaks for no one reports nothing ("… which tried to rally support by saying that …" after a
    possessive phrase)."""
    an = _analysis([
        "Stressing that a single currency will be a great contribution to the unity of Europe, Alain Juppe"
        " reiterated France's commitment to the timetable.",
        "Noting that Taiwan is an inalienable part of China's territory, Jasray said that Mongolia opposes its entry.",
        "In view of these confusions, Juppe gave a clear-cut answer by saying in the speech that only a single"
        " currency can guarantee currency stability.",
    ])  # fmt: skip
    got = [(q.rule.split("/")[0], q.speaker, q.text) for q in an.quotes]
    assert (
        "participle-report",
        "Alain Juppe",
        "a single currency will be a great contribution to the unity of Europe",
    ) in got
    assert ("participle-report", "Jasray", "Taiwan is an inalienable part of China's territory") in got
    assert ("participle-report", "Alain Juppe", "only a single currency can guarantee currency stability") in got


def test_a_bare_quotation_after_a_named_one_goes_on_with_that_speaker() -> None:
    """`"Q1," said Paul LeClerc, president of the library. "Q2." "Q3," said John Wilkin.`: Q2 goes on with LeClerc,
    named just before it (it ran on to Wilkin's Q3, as a bare quotation opening a paragraph does)."""
    an = _analysis([
        '"It is an opportunity to bring our material to the world," said Paul LeClerc, president of the library.'
        ' "It could solve an old problem." "This is the day the world changes," said John Wilkin, a librarian.',
        '"It is a good day for readers." "We will open the stacks," said Ann Bell.',
    ])  # fmt: skip
    assert [(q.speaker, q.rule.split("/")[0]) for q in an.quotes] == [
        ("Paul LeClerc", "cue-after"),
        ("Paul LeClerc", "continues-last-speaker"),
        ("John Wilkin", "cue-after"),
        ("Ann Bell", "runs-on-to-next"),
        ("Ann Bell", "cue-after"),
    ]


def test_a_month_ends_a_name_after_a_given_name_or_honorific() -> None:
    """ "Theresa May said" (was 'Theresa'), "Labour MSP Christine May had said" (was 'Christine'), "Mrs May said"
    (was 'Mrs', its "May" read as a modal): a month's name after a given name or honorific is the surname; "In
    May" is still a month. "Journalist Daniel Simone", "Rapper Kanye West": the role leads the name."""
    an = _analysis([
        "Home Secretary Theresa May said the police would be given new powers this year.",
        "Labour MSP Christine May had said the clerk was right to consider his conduct in full.",
        '"We will act within the month," Mrs May said.',
        "Journalist Daniel Simone said the band would tour Europe again next spring.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Theresa May", "Christine May", "Theresa May", "Daniel Simone"]


def test_an_opening_phrase_without_its_comma_is_no_part_of_the_subject() -> None:
    """ "In May the party said", "In a joint statement the firms said", "Last week a spokesman said", "On Sunday
    senior Iraqi officials said": the subject after the opening phrase (the whole run was the speaker);
    "Last week's American Petroleum Institute report said" has a time as its owner, no phrase before it."""
    from tui.analysis.nouns import subject_before

    texts = [
        "In May the party ",
        "In a joint statement the firms ",
        "Last week a spokesman ",
        "On Sunday senior Iraqi officials ",
        "Last week's American Petroleum Institute report ",
    ]
    got = [subject_before(t, 0, len(t)) for t in texts]
    assert [m.name if m else None for m in got] == [
        "the party",
        "the firms",
        "a spokesman",
        "senior Iraqi officials",
        "Last week's American Petroleum Institute report",
    ]


def test_where_someone_is_from_titles_their_name() -> None:
    """ "Californian Heidi Brende", "Australian Dylan Thomas", "Belgian Paul de Keersmaeker": a demonym before a
    given name titles the name (it was part of it); "Julian Paul Smith", "Christian Adam Smith" are names whole."""
    from tui.analysis.nouns import parse_np

    got = [
        parse_np(t, 0)
        for t in ("Californian Heidi Brende", "Australian Dylan Thomas", "Julian Paul Smith", "Christian Adam Smith")
    ]
    assert [(m.name, m.title) if m else None for m in got] == [
        ("Heidi Brende", "Californian"),
        ("Dylan Thomas", "Australian"),
        ("Julian Paul Smith", None),
        ("Christian Adam Smith", None),
    ]


def test_the_start_of_a_firms_name_is_no_person() -> None:
    """ "Goldman Sachs" after "Goldman Sachs International Corp": the start of a body's name (a firm's word
    follows it) is no person whom "he" means (the spokesman is); a person named before a foundation of the
    same name ("the Cesar Millan Foundation") stays one."""
    an = _analysis([
        "Goldman Sachs International Corp received forged bonds in a trade, a spokesman for Goldman Sachs and Co"
        " Inc said.",
        "He said the transaction left Goldman Sachs International with an exposure of about 2.2 mln dlrs.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes][-1] == "a spokesman for Goldman Sachs and Co Inc"
    an = _analysis([
        "Cesar Millan said the dogs were calm after the storm had passed over the city.",
        "The Cesar Millan Foundation was set up in 2007 to train dogs and their owners.",
        "He said the dogs would be fine within a week.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Cesar Millan", "Cesar Millan"]


def test_a_day_after_the_verb_is_when_not_who() -> None:
    """ "CLAUSE, Kelly Argo, his sister-in-law, said Tuesday.": Kelly Argo (the speaker was 'Tuesday', read as
    the subject after the verb)."""
    an = _analysis(
        ["He could not afford the day trading and he could not stop, Kelly Argo, his sister-in-law, said Tuesday."]
    )
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Kelly Argo", "He could not afford the day trading and he could not stop")
    ]
    # "England coach Mike Friday … said Friday.": a man the article names so is still who
    an = _analysis(["England coach Mike Friday was pleased.", '"We have wanted to win here for years," said Friday.'])
    assert [q.speaker for q in an.quotes] == ["Friday"]


def test_a_plural_noun_before_its_verb_reports_nothing() -> None:
    """ "Best estimates are the film will reap …", "Yeomans' doubts are shared by …": the noun and its verb, not
    a report by 'Best' or Yeomans; "laws, which the World Bank says are the most restrictive" still reports."""
    an = _analysis([
        "Best estimates are the film will reap more than $100 million in its five-day opening frame.",
        "India's labour laws, which the World Bank says are the most restrictive anywhere, make it hard to sack"
        " staff.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["World Bank"]


def test_an_opening_phrase_belongs_to_the_clause_it_opens() -> None:
    """ "Under an order signed by Uzi Dayan, the guards will …, the statement said": the clause begins with its
    opening phrase; an opening about the telling ("In a statement, …") or a link ("However, …") is no content,
    nor is a clause that is only an opening phrase ("At company headquarters in Mount Olive, N.J., spokeswoman
    Linda Mayer said …") or ends in a report of its own ("When IBM rejected them, Norris said, …")."""
    an = _analysis([
        "Under an order signed by Uzi Dayan, commander of the Central Command, the guards will be operational"
        " within weeks, the statement said.",
        "In a statement on Friday, the new rules would be in force in a week, the ministry said.",
        "However, slower growth in developed nations is being offset by emerging economies, the fund said.",
        "At company headquarters in Mount Olive, N.J., spokeswoman Linda Mayer said Tuesday that all she knows"
        " is what she has read.",
        "When IBM rejected those proposals, Norris said, Microsoft charged IBM more.",
    ])  # fmt: skip
    assert [(q.speaker, q.text) for q in an.quotes] == [
        (
            "the statement",
            "Under an order signed by Uzi Dayan, commander of the Central Command, the guards will be operational"
            " within weeks",
        ),
        ("the ministry", "the new rules would be in force in a week"),
        ("the fund", "slower growth in developed nations is being offset by emerging economies"),
        ("Linda Mayer", "all she knows is what she has read"),
        ("Norris", "When IBM rejected those proposals, Norris said, Microsoft charged IBM more"),
    ]


def test_a_phrase_before_a_whole_quotation_reports_nothing() -> None:
    """ "Smith said on Tuesday, "All are …"": the quotation is the words, not a report 'on Tuesday, "All …"';
    "his son, whose name is Josh, "is a good kid"" and "the job: "Steadiness …"" (a clause) still report."""
    an = _analysis([
        'Smith said on Tuesday, "All are happy when spiders are flourishing."',
        'Jones told Reuters, "We have always felt that the independence we have is core."',
        'He said his son, whose real name is Josh, "is a good sweet kid who has made some trouble."',
    ])  # fmt: skip
    assert [(q.kind, q.speaker) for q in an.quotes] == [
        ("direct", "Smith"),
        ("direct", "Jones"),
        ("indirect", "Jones"),
        ("direct", "Jones"),
    ]


def test_a_lone_nationality_before_a_plural_noun_is_no_surname() -> None:
    """ "Polish officials are unable to …, saying …", "German bankers at the talks criticized …, adding …",
    "Chinese books written 2,000 years ago read, "…"": the group, or no one; never 'Polish', 'Chinese'."""
    an = _analysis([
        "Polish officials are unable to provide a breakdown of the figure, saying it takes into account a number"
        " of hypothetical losses.",
        "German bankers at the presentation criticized the Bank for its lending, adding the Bank would do better"
        " to invest more capital in loans.",
        'Chinese books written 2,000 years ago read, "All are happy when spiders are flourishing."',
    ])  # fmt: skip
    speakers = [q.speaker for q in an.quotes]
    # (a group keeps where it is from, as "officials at the Foreign Ministry" does)
    assert speakers[:2] == ["Polish officials", "German bankers at the presentation"]
    assert "Chinese" not in speakers


def test_a_long_capitalised_role_in_apposition_keeps_the_name() -> None:
    """ ""…," Osamu Watanabe, Director of the Ministry of International Trade and Industry's Americas and Oceanic
    Division, told foreign reporters.": Osamu Watanabe (the role's eight words and more hid him)."""
    an = _analysis(
        [
            '"We are implementing the agreement in good faith," Osamu Watanabe, Director of the Ministry of Trade and'
            " Industry, told foreign reporters."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Osamu Watanabe"]


def test_the_audience_or_medium_before_a_clause_is_no_part_of_it() -> None:
    """ "told a news conference that …", "told a House Agriculture subcommittee the incidence …", "said in a
    statement Japan would …": the clause starts after where it was told (they began 'conference that …',
    'subcommittee the …', 'in a statement Japan …'); "after-tax profit …" is no clause of time."""
    an = _analysis([
        "Staffan Paues told a news conference that the merged firm would be able to offer more products.",
        "Kenneth May told a House Agriculture subcommittee the incidence of salmonella has not increased.",
        "Shinji Fukukawa said in a statement Japan would consider measures under the GATT.",
        "Frederick Wang told a news conference after-tax profit for the year should increase by three pct.",
    ])  # fmt: skip
    assert [q.text for q in an.quotes] == [
        "the merged firm would be able to offer more products",
        "the incidence of salmonella has not increased",
        "Japan would consider measures under the GATT",
        "after-tax profit for the year should increase by three pct",
    ]


def test_a_body_run_into_a_name_titles_the_person() -> None:
    """ "Japanese Foreign Ministry Kazauya Ogawa said", "Coast Guard Rear Adm. Richard M. Larrabee said",
    "Merrill Lynch Capital Markets Mario Balletto said": the person, the body as title (they were one
    organisation's name); a firm's unit after its suffix stays a body ("Nynex Corp New York Telephone")."""
    an = _analysis([
        "Japanese Foreign Ministry Kazauya Ogawa said the talks would resume in May.",
        "Coast Guard Rear Adm. Richard M. Larrabee said the search would go on through the night.",
        "Merrill Lynch Capital Markets Mario Balletto said the bond market was calm in the morning.",
        "Nynex Corp New York Telephone said it would raise its rates in the spring.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == [
        "Kazauya Ogawa",
        "Richard M. Larrabee",
        "Mario Balletto",
        "Nynex Corp New York Telephone",
    ]


def test_armed_forces_are_bodies_and_a_country_is_not_its_army() -> None:
    """ "The Israel Defense Forces said …" is a body (it was a person a later "he" could mean); "Israel said"
    after it is the country, not 'Israel Defense Forces'."""
    an = _analysis([
        "The Israel Defense Forces said two soldiers were wounded in the clash near the border.",
        "Israel said it was following reports about the missing woman.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Israel Defense Forces", "Israel"]


def test_a_name_in_apposition_before_has_said() -> None:
    """ "CLAUSE, the Education Minister, Joseph Kamotho, has said.": the minister (nothing was reported: the
    word between the last comma and the verb was "has")."""
    an = _analysis(
        [
            "Only 47 percent of the students will enter secondary schools, the Education Minister, Joseph Kamotho,"
            " has said."
        ]
    )
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Joseph Kamotho", "Only 47 percent of the students will enter secondary schools")
    ]


def test_he_after_a_report_is_who_reported_not_whom() -> None:
    """ "The new subject, Entrepreneurship Education, will …, Minister Joseph Kamotho announced. "…," he claimed.":
    Kamotho, who spoke in that sentence, not the first name in what he reported (it was 'Entrepreneurship
    Education'); "Mark Smith of …, a Berkeley, Calif., group, said …" still goes by the sentence's subject."""
    an = _analysis([
        "The new subject, Entrepreneurship Education, will focus on business management, Education Minister Joseph"
        " Kamotho announced on Tuesday.",
        '"The intention is to inculcate a business culture in the minds of learners," he claimed.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Joseph Kamotho", "Joseph Kamotho"]


def test_a_firm_and_co_is_one_body_its_first_words_name() -> None:
    """ "Eli Lilly and Co said …" then "Lilly said …": the firm (was a person 'Eli Lilly' or 'Lilly' alone);
    "Director of U.S. National Oceanic and Atmospheric Administration" holds no person 'National Oceanic'."""
    an = _analysis([
        "Eli Lilly and Co said its board decided to sell its cosmetics unit to a rival.",
        "Lilly said it retained Morgan Stanley and Co to help evaluate offers.",
        "Climate change could have major impacts on human health, said Dr. James Baker, Director of U.S. National"
        " Oceanic and Atmospheric Administration.",
        "Writing in the Washington Post, the U.S. scientist said that global warming could affect energy use.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Eli Lilly and Co", "Eli Lilly and Co", "James Baker", "James Baker"]


def test_a_participle_before_a_noun_is_no_speech() -> None:
    """ "frustration over alleged unfair practices", "the reported death was a hoax": no report (the words
    before were a speaker 'policy group's move … over'); "Sgt. Alan Thomson of the nearby Jabiru police said"
    is Alan Thomson (was the whole phrase)."""
    an = _analysis([
        "U.S. officials said the move on curbs reflected growing American frustration over alleged unfair trade"
        " practices.",
        "Fans learned that the reported death was a hoax spread by a website.",
        "Senior Police Sgt. Alan Thomson of the nearby Jabiru police said the protesters will be removed.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["U.S. officials", "Alan Thomson"]


def test_a_surname_of_a_firm_is_the_person_named_so() -> None:
    """ "Elhauge of Harvard said …" after "Einer Elhauge, a professor …": Einer Elhauge (was the descriptor
    'Elhauge of Harvard'); "Voice of America said" names no one so and stays as written; "no person or group
    has claimed" is no one's report."""
    an = _analysis([
        "Einer Elhauge, a professor of antitrust law at Harvard Law School, said the ruling had to be read in"
        " context.",
        "Elhauge of Harvard said the company's sense that it was a victim was a familiar defense.",
        "Voice of America said the talks had broken down over the weekend.",
        "There were no warnings before the blast, and no person or group has claimed responsibility.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Einer Elhauge", "Einer Elhauge", "Voice of America"]


def test_a_function_word_alone_is_no_speaker() -> None:
    """ "When asked if …, Eriksson replied: …", "Earlier, a group of insurgents attacked …, said one military
    officer": no speaker 'When' or 'Earlier' (they were read as a body and a surname)."""
    an = _analysis([
        'When asked if Brown and Carragher would start Eriksson replied: "I could tell you yes."',
        "Earlier, a group of insurgents attacked the town of Sabon Gida, said one military officer, who spoke on"
        " condition of anonymity because he was not authorised to speak.",
    ])  # fmt: skip
    speakers = {q.speaker for q in an.quotes}
    assert "Eriksson" in speakers and not speakers & {"When", "Earlier"}


def test_a_dateline_with_a_province_is_no_part_of_the_clause() -> None:
    """ "BEIDAIHE (Hebei), March 5 (Xinhua) -- CLAUSE, the ministry said.": the clause, without the dateline."""
    an = _analysis(
        [
            "BEIDAIHE (Hebei), March 5 (Xinhua) -- China will enhance its cooperation in protecting wetlands, the"
            " ministry said."
        ]
    )
    assert [q.text for q in an.quotes] == ["China will enhance its cooperation in protecting wetlands"]
    # the month in capitals, as Reuters writes some
    an = _analysis(["RIO DE JANEIRO, JUNE 18 - The city's dockworkers went on strike today, a spokesman said."])
    assert [q.text for q in an.quotes] == ["The city's dockworkers went on strike today"]


def test_a_rank_abbreviation_after_the_verb_is_part_of_the_name() -> None:
    """ ""…," said Sgt. James Stewart of the Atlanta police department, who …": James Stewart (the period of
    "Sgt." ended the speaker at 'Sgt'); "the control tower sent out a general message: "…"" is the tower; "the
    Internet informed are too young" reports nothing."""
    an = _analysis([
        '"It had effects, but they dwindled among those not directly concerned," said Sgt. James Stewart of the'
        " Atlanta police department, who supervises the unit.",
        'A minute later, the control tower sent out a general message: "For all planes listening, stand by."',
        "Then again, maybe the Internet informed are too young yet to vote in the elections.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["James Stewart", "the control tower"]


def test_said_yes_after_a_quotation_does_not_claim_it() -> None:
    """ "as Trump went on about "how the system is rigged," and "our own struggling citizens," Melanie said yes,
    yes": her word is yes; the second quotation goes on with Trump (it was Melanie's)."""
    an = _analysis(
        [
            'As Trump went on about "how the system is rigged," and "our own struggling citizens," Melanie said yes,'
            " yes, yes, over and over again."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Trump", "Trump"]


def test_a_pointing_that_and_a_new_sentence_after_a_question() -> None:
    """ "Mr Blair directly denied that quote on Wednesday": no report 'quote on Wednesday'; "He continued: "How
    can there be …?" Mr Blair said he would not respond …": the question is the one who continued (it went to
    Blair, whose sentence follows); "Brown's Britain, by Robert Peston, says …" is the book, not 'Brown Britain'."""
    an = _analysis([
        "Michael Howard taunted the prime minister over the split.",
        'He continued: "How can there be discipline in schools when there is no discipline in government?" Mr'
        " Blair said he would not respond to gossip in books.",
        "Mr Blair directly denied that quote on Wednesday.",
        "Brown's Britain, by Robert Peston, says there is mutual animosity between the two men.",
    ])  # fmt: skip
    assert [(q.kind, q.speaker) for q in an.quotes] == [
        ("direct", "Michael Howard"),
        ("indirect", "Blair"),
        ("indirect", "Brown's Britain"),
    ]


def test_a_passive_that_brings_a_quotation_in_has_no_speaker_but_its_agent() -> None:
    """ "He is described as "a proud grandfather"", "Clinton was asked: "…?"": no speaker (it was the one
    described or asked), and no continuation of the last speaker either; "was described by Senator John Smith as
    "…"" is Smith's; "hoped China would be admitted … so that it could become "…"" is not a passive that brings
    the quotation in (still Carter's)."""
    an = _analysis([
        "Al Smith spoke on Monday about the post.",
        'He is described as "a proud grandfather" of four.',
        'The plan was described by Senator John Smith as "a disaster for every family".',
        "Jimmy Carter spoke in Beijing.",
        'Carter also voiced his hope that China would soon be admitted into the World Trade Organization so that it'
        ' could become "a much more active player" in the global economy.',
    ])  # fmt: skip
    direct = [(q.text, q.speaker) for q in an.quotes if q.kind == "direct"]
    assert direct == [
        ("a proud grandfather", None),
        ("a disaster for every family", "John Smith"),
        ("a much more active player", "Jimmy Carter"),
    ]


def test_a_longer_object_of_told_is_no_part_of_the_clause() -> None:
    """ "warned its major trade partners that …", "told trade leaders from Japan, the EC and Canada that …", "told
    security analysts that that company …": the clause starts after the object (it began 'trade partners that
    …', 'trade leaders from Japan …', 'company should …'); "told it that", "tell you that" too."""
    an = _analysis([
        "The U.S. warned its major trade partners that its trade deficit must fall by September.",
        "Clayton Yeutter told trade leaders from Japan, the EC and Canada that there was at least a 50-50 chance"
        " the bill would pass.",
        "The company told security analysts that that company should have a loan portfolio of 11 billion dlrs.",
        "The bank told it that Central was in danger of failing.",
    ])  # fmt: skip
    assert [q.text for q in an.quotes] == [
        "its trade deficit must fall by September",
        "there was at least a 50-50 chance the bill would pass",
        "that company should have a loan portfolio of 11 billion dlrs",
        "Central was in danger of failing",
    ]


def test_a_shared_surname_goes_to_the_one_who_has_spoken() -> None:
    """ "Simpson said …" after O.J. Simpson has spoken and Nicole Brown Simpson has been named more often: O.J.
    Simpson; "Loretta Lynch" after "Loretta E. Lynch" is the same person (they were two)."""
    an = _analysis([
        "O.J. Simpson said he made the appearance as a favor to a friend.",
        "He was acquitted of murdering Nicole Brown Simpson. Ms. Simpson's family sued, and Ms. Simpson's estate"
        " won damages.",
        "Simpson said he has been following a number of recent cases.",
        "Attorney General Loretta E. Lynch spoke on Monday.",
        "Loretta Lynch said the case was closed.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["O.J. Simpson", "O.J. Simpson", "Loretta E. Lynch"]
    assert [s.name for s in an.speakers].count("Loretta Lynch") == 0


def test_a_gendered_honorific_picks_the_bearer_of_that_sex() -> None:
    """ "Mrs. Clinton said …" after both Bill and Hillary Clinton: Hillary (it went to the one named most)."""
    an = _analysis([
        "Bill Clinton spoke first. Bill Clinton then spoke again about the economy, and Hillary Clinton listened.",
        "Mrs. Clinton said the campaign would go on until June.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Hillary Clinton"]


def test_a_question_or_a_preposition_opening_a_sentence_is_no_part_of_a_name() -> None:
    """ "Under Roh's package, Chun would …" then "Roh said …": Roh (the scan made a person 'Under Roh'); "Did
    Clinton lie?" names Clinton, not 'Did Clinton'."""
    an = _analysis([
        "Roh Tae-woo proposed a package of reforms.",
        "Under Roh's package, Chun would remain president until his successor was chosen.",
        "Did Clinton lie under oath? Clinton said he did not.",
        "Roh said he would quit his post if Chun failed to accept the package.",
    ])  # fmt: skip
    assert {q.speaker for q in an.quotes} <= {"Roh Tae-woo", "Clinton"}
    assert "Roh Tae-woo" in {q.speaker for q in an.quotes}


def test_reuters_capitals_after_us_and_a_team_are_no_person() -> None:
    """ "The U.S. Has also attacked the plans, saying …" (Reuters capitalises after "U.S."): no person 'U.S.
    Has'; "the Computer Emergency Response Team" is a body, not a person 'Computer Emergency'."""
    an = _analysis([
        "The U.S. Has also attacked the original merger plans, saying that both rival consortia should be"
        " licensed.",
        "The virus spreads via infected e-mail, according to the Computer Emergency Response Team at Carnegie"
        " Mellon.",
    ])  # fmt: skip
    speakers = {q.speaker for q in an.quotes}
    assert not speakers & {"U.S. Has", "Computer Emergency"}


def test_an_adjective_opening_a_sentence_is_no_surname() -> None:
    """ "Hostile takeovers are considered unethical …, the official says": no speaker 'Hostile' (nor later for
    the quotations that go on); "The only announced Republican challenger is …": no report by 'The only'; "Dementieva
    is also angry and says that …" still reports."""
    an = _analysis([
        "Hostile takeovers are considered unethical by the Japanese, the trading company official says.",
        "The only announced Republican challenger is Bill Horn, a member of the county board.",
        "Dementieva is also angry and says that she and Dechy are the real victims of the scandal.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["the trading company official", "Dementieva"]


def test_who_said_after_a_clause_is_the_people_it_follows() -> None:
    """ "… which the Senate ratified despite the reservations of many conservative Republicans, who said the
    organization would never be effective": the Republicans (the speaker was the phrase from 'ratified' on);
    "relatives of Mary Smith, who said" stays the relatives' ."""
    an = _analysis([
        "The treaty, which the Senate ratified last year despite the reservations of many conservative"
        " Republicans, who said the organization would never be effective, names no chemical.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["many conservative Republicans"]


def test_an_adjective_and_a_nationality_is_no_name() -> None:
    """ "Former Mexican presidents Vicente Fox and Felipe Calderon fired back …" then "he said": no person 'Former
    Mexican' for the "he" to mean; "Great American said" (a firm named short) still speaks."""
    from tui.analysis.nouns import parse_np

    assert parse_np("Former Mexican", 0) is None
    assert parse_np("Latin American", 0) is None
    great = parse_np("Great American", 0)
    assert great is not None and great.name == "Great American"


def test_according_to_a_poll_that_shows_is_the_poll() -> None:
    """ "CLAUSE, according to a new poll that shows more voters …": 'a new poll' (was 'a new poll that shows')."""
    an = _analysis(
        [
            "Two Republican candidates would defeat Hillary Clinton, according to a new poll that shows more voters"
            " view her unfavorably."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["a new poll"]


def test_said_then_a_source_who_spoke_anonymously_ends_the_sentence() -> None:
    """ "CLAUSE, said two campaign officials who spoke on condition of anonymity": the clause before is theirs (was
    'two campaign officials who spoke …' reported by 'Tenn', from "Nashville, Tenn., headquarters")."""
    an = _analysis(
        [
            "Her appointment was to be announced today at his new Nashville, Tenn., headquarters, said two campaign"
            " officials who spoke on condition of anonymity.",
            "The loan carries interest pegged to the prime rate, said the official who declined to be identified.",
        ]
    )
    assert [(q.speaker, q.text[:8]) for q in an.quotes] == [
        ("two campaign officials", "Her appo"),
        ("the official", "The loan"),
    ]


def test_an_object_then_the_subjects_next_act_reports_nothing() -> None:
    """ "Barton denied the crime but inadvertently implicated himself", "The city council has declared the Klan a
    terrorist group and condemned other hate groups": an object of the verb, then the subject's next act; a
    clause with a verb of its own ("noted the cars were old and were sold") and an adjective ("described as
    superficial and unbalanced") still report."""
    assert _analysis(["Barton denied the crime but inadvertently implicated himself."]).quotes == []
    assert (
        _analysis(["The city council has declared the group a threat and condemned other groups as well."]).quotes == []
    )
    kept = _analysis(["Officials noted the cars were old and were sold.", "Hill described it as rash and unbalanced."])
    assert [q.text for q in kept.quotes] == ["the cars were old and were sold", "it as rash and unbalanced"]


def test_an_it_after_the_company_is_the_company_named() -> None:
    """ "Galactic Resources Ltd said … the company retroactively charged … . Under the new policy, …, it said":
    the company the article named (was 'company')."""
    an = _analysis(
        [
            "Galactic Resources Ltd said it changed its accounting policy. As a result, the company retroactively"
            " charged all past exploration costs against expenses in 1986. Under the new policy, all future costs"
            " will be written off to expenses, it said."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Galactic Resources Ltd", "Galactic Resources Ltd"]


def test_the_source_stays_a_source() -> None:
    """An anonymous source is never the article's main speaker (GUIDE): "Dr. Gwen Korovin also denies taking a
    selfie, the same source said" stays 'the same source'."""
    an = _analysis(
        [
            "Joan Rivers' doctor denies performing a procedure, a source close to the doctor told CNN.",
            "Dr. Gwen Korovin also denies taking a selfie photo during the procedure, the source said.",
            "Clinic workers told investigators that they heard her make a statement, the source said.",
        ]
    )
    assert "Gwen Korovin" not in {q.speaker for q in an.quotes}


def test_the_company_is_a_firm_named_by_one_word_not_the_paper_told() -> None:
    """ "Microsoft says it is clamping down …; Graham Cluley told the BBC News website …; The company said …":
    Microsoft, a firm of one word the scan reads as a surname (an "it" follows it), not BBC News (a paper
    named last, as an audience); a person named by surname alone stays a person."""
    an = _analysis(
        [
            "Microsoft says it is clamping down on people running pirated versions of Windows.",
            "But Graham Cluley, senior consultant at Sophos, told the BBC News website that it was a positive step.",
            "The company said it was releasing security tools to clean up PCs.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Microsoft", "Graham Cluley", "Microsoft"]
    alone = _analysis(["The plan will cut costs, Kerris said.", "The company said it would ship the watch in April."])
    assert [q.speaker for q in alone.quotes] == ["Kerris", "The company"]


def test_told_a_nationality_and_its_people_then_the_clause() -> None:
    """ "told Japanese business leaders the Bank of Japan will …": the people told, whole (the clause was
    'business leaders the Bank …'); "warned Asian states could soon stop …": the clause's own subject (was
    'states could …' with 'Asian' for whom he warned)."""
    an = _analysis(
        [
            "Governor Satoshi Sumita told Japanese business leaders the Bank of Japan will continue to intervene.",
            "And Mr Greenspan warned Asian states could soon stop funding the US deficit.",
        ]
    )
    assert [q.text for q in an.quotes] == [
        "the Bank of Japan will continue to intervene",
        "Asian states could soon stop funding the US deficit",
    ]


def test_a_participle_then_a_colon_and_a_quotation_reports_no_clause() -> None:
    """ "Wenger refused to bite back, saying only: "I will never answer …"": the quotation, not a clause 'only: …'."""
    an = _analysis(['Wenger refused to bite back, saying only: "I will never answer any questions about this man."'])
    assert [(q.kind, q.text[:6]) for q in an.quotes] == [("direct", "I will")]


def test_a_paper_named_with_a_day_or_an_owner_is_the_paper() -> None:
    """ "according to Tuesday's New York Times" (was 'Tuesday New York Times'), "today's Financial Post newspaper"
    (was the whole phrase), "Britain's Guardian newspaper": the paper; "the South Korean newspaper" stays as
    named, and a magazine keeps its noun ("Time magazine")."""
    clause = "The plan failed last year in Ohio and Utah, according to "
    got = [
        _analysis([clause + source + "."]).quotes[0].speaker
        for source in (
            "Tuesday's New York Times",
            "today's Financial Post newspaper",
            "Britain's Guardian newspaper",
            "the South Korean newspaper",
            "Time magazine",
        )
    ]
    assert got == ["New York Times", "Financial Post", "Guardian", "the South Korean newspaper", "Time magazine"]


def test_a_name_between_commas_after_a_body_speaks() -> None:
    """ "In an address sponsored by the Export-Import Bank, Ortner, the bank's senior economist also said …": Ortner
    (was the whole phrase, read like "the Eastlake, Ohio, resident"), which a place still is."""
    an = _analysis(
        [
            "Commerce Dept. undersecretary Robert Ortner said the dollar was fairly priced.",
            "In a wide ranging address sponsored by the Export-Import Bank, Ortner, the bank's senior economist also"
            " said he believed that the yen was undervalued.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Robert Ortner", "Robert Ortner"]
    place = _analysis(["The Eastlake, Ohio, resident said the plan was a failure from the very start."])
    assert [q.speaker for q in place.quotes] == ["The Eastlake, Ohio, resident"]


def test_an_apposition_that_runs_into_the_cue_titles_the_name_before_it() -> None:
    """ "CLAUSE, Donald K. McIvor, an Exxon Corp <XON> Director and senior vice president told Reuters": McIvor,
    titled up to the verb (was 'senior vice president' speaking, and a title running on to "told Reuters in an
    interview"); "Air Atlanta, the agency said …" gives no title ('agency') to anyone."""
    an = _analysis(
        [
            "The world's dependency on the Mideast is growing and nothing is going to stop it, Donald K. McIvor, an"
            " Exxon Corp <XON> Director and senior vice president told Reuters in an interview.",
        ]
    )
    assert [(s.name, s.title) for s in an.speakers] == [
        ("Donald K. McIvor", "Exxon Corp Director and senior vice president")
    ]
    crops = _analysis(
        [
            "Wet weather covered Rio Grande do Sul in the week, the Joint Agricultural Weather Facility said.",
            "In its International Weather and Crop Summary, the agency said rain covered soybean areas.",
        ]
    )
    assert all(s.title != "agency" for s in crops.speakers)


def test_an_office_named_after_the_main_speaker_is_someone_else() -> None:
    """ "The Prime Minister has said the group should be banned" in a story whose most quoted person (untitled) was
    named before: not that person ('Jihadi John' was given the Prime Minister's words)."""
    an = _analysis(
        [
            'Mohammed Emwazi said in the video: "I am the one you seek."',
            '"I will come back," Emwazi said.',
            "The Muslim Council of Britain said the group was not welcome in any mosque.",
            "The Prime Minister has said the group should be banned as it poisons young minds.",
        ]
    )
    assert an.quotes[-1].speaker == "The Prime Minister"


def test_a_noun_then_a_pronoun_then_the_cue_is_the_pronouns_report() -> None:
    """ "a move he said could have political consequences", "the year he said the debt will disappear": a relative
    clause without "that"; the pronoun speaks (was 'a move he', 'the year he'); "…, the trouble-shooter they asked
    to identify savings" after a clause reports nothing."""
    an = _analysis(
        [
            "Budget chief James Miller spoke on Monday. The Fed may tighten credit -- a move he said could have"
            " political consequences.",
            "The party challenged the Tories to publish the report from David James, the trouble-shooter they asked"
            " to identify possible savings.",
        ]
    )
    got = [(q.speaker, q.text[:9]) for q in an.quotes]
    assert ("James Miller", "could hav") in got
    assert all(not (s or "").endswith((" he", " they")) for s, _ in got)
    assert not any(t.startswith("The party") for _, t in got)


def test_a_subject_ends_before_its_auxiliary_or_its_own_said() -> None:
    """ "Unions for the staff in Frankfurt have reportedly expressed fears that …", "Traders in San Francisco said
    there were unconfirmed reports that …": the subject without 'have reportedly expressed' or 'said there were
    unconfirmed' (both were kept in the speaker's name)."""
    an = _analysis(
        [
            "Unions for Deutsche Boerse staff in Frankfurt have reportedly expressed fears that up to 300 jobs would"
            " be moved to London.",
            "Traders in San Francisco said there were unconfirmed reports that the bank had sold dollars heavily.",
        ]
    )
    assert {q.speaker for q in an.quotes} == {
        "Unions for Deutsche Boerse staff in Frankfurt",
        "Traders in San Francisco",
    }


def test_according_to_a_long_body_or_a_quoted_title() -> None:
    """ "according to the China Ocean Mineral Resources Research and Development Association (COMRRDA)": the body
    whole (was 'Mineral Resources' titled 'China Ocean'); "According to the "program on solar energy 1996-2005",
    CLAUSE": the document without its marks (was 'the "program on solar energy'); a quoted modifier keeps its
    noun ('the "Medicare for all" document')."""
    tail = "China has recorded new advances in the exploration of seabed nodules, according to "
    body = _analysis([tail + "the China Ocean Mineral Resources Research and Development Association (COMRRDA)."])
    assert body.quotes[0].speaker == "China Ocean Mineral Resources Research and Development Association"
    title = _analysis(['According to the "program on solar energy 1996-2005", 253 projects will be launched soon.'])
    assert title.quotes[-1].speaker == "the program on solar energy 1996-2005"
    noun = _analysis(['The plan would cost about $1.38 trillion a year, according to the "Medicare for all" document.'])
    assert noun.quotes[0].speaker == 'the "Medicare for all" document'


def test_a_relative_clause_after_a_name_is_no_title() -> None:
    """ "Britain, which holds the presidency of the EU, said …": no title 'which holds …'."""
    an = _analysis(["Britain, which holds the term presidency of the EU, said the talks would resume next week."])
    assert all(not (s.title or "").startswith("which") for s in an.speakers)


def test_aides_to_a_person_are_not_the_person() -> None:
    """ "Aides to George W. Bush said", "an aide to Lyng said": those close to the person speak (was the person,
    titled 'Aides to'); "Special Adviser to the Prime Minister Jonathan Powell" is still Powell."""
    from tui.analysis.nouns import parse_np

    aides = parse_np("Aides to George W. Bush", 0)
    assert aides is not None and aides.kind == "descriptor"
    powell = parse_np("Special Adviser to the Prime Minister Jonathan Powell", 0)
    assert powell is not None and (powell.name, powell.title) == (
        "Jonathan Powell",
        "Special Adviser to the Prime Minister",
    )
    an = _analysis(
        [
            "Agriculture Secretary Richard Lyng spoke on Monday.",
            "The plan will be sent to Congress next week, an aide to Lyng said.",
        ]
    )
    assert an.quotes[0].speaker == "an aide to Lyng"
    # "the aide to Lyng" is the one introduced as "an aide to Agriculture Secretary Richard Lyng" (dev gold)
    again = _analysis(
        [
            '"The grain companies want this fired up," an aide to Agriculture Secretary Richard Lyng said.',
            "Private sources said the plan was dead.",
            '"I just don\'t see any proposal like that sailing through," the aide to Lyng said.',
        ]
    )
    assert {q.speaker for q in again.quotes if q.kind == "direct"} == {"an aide to Agriculture Secretary Richard Lyng"}


def test_said_an_aide_to_someone_keeps_whom_they_serve() -> None:
    """ "…," said an aide to President Goodluck Jonathan: the aide as named (was 'an aide')."""
    an = _analysis(['"The girls will be found and brought home," said an aide to President Goodluck Jonathan.'])
    assert an.quotes[0].speaker == "an aide to President Goodluck Jonathan"


def test_according_to_a_report_released_or_a_days_filing_is_the_document() -> None:
    """ "according to a report the group released Tuesday" (was 'Tuesday'), "according to Tuesday's filing" (was
    'Tuesday'): the document; "According to a text of his remarks released in Bonn, …" is unchanged."""
    report = _analysis(
        ['"Texas has turned clemency into an empty gesture," according to a report the group released Tuesday.']
    )
    assert report.quotes[0].speaker == "a report"
    filing = _analysis(
        ["The deposition will be taken at her attorney's office in Washington, according to Tuesday's filing."]
    )
    assert filing.quotes[0].speaker == "Tuesday's filing"


def test_a_contracted_negation_reports_nothing_and_a_phrase_of_place_is_no_title() -> None:
    """ "The company hasn't said where …", "The lawyers wouldn't say whether …": no content (was a speaker 'The
    company hasn't'); "Putin, on a visit to London on Monday, said": no title 'on a visit …'."""
    assert _analysis(["The company hasn't said where its new sapphire is being produced."]).quotes == []
    assert _analysis(["The lawyers wouldn't say whether the couple met face-to-face at all."]).quotes == []
    an = _analysis(["Putin, on a visit to London on Monday, said he only learned of the commission from reports."])
    assert [(s.name, s.title) for s in an.speakers] == [("Putin", None)]


def test_a_label_before_a_colon_is_its_owners_or_no_ones() -> None:
    """ "His action plan: "…"": the "he" the label belongs to (was a speaker 'His action plan'); "My favorite:
    "…"" is the writer's label, no speaker of its own; "A priest began with these words:" still the priest."""
    an = _analysis(['Larry David hates attention. His action plan: "Let the show sneak up on people."'])
    assert [q.speaker for q in an.quotes] == ["Larry David"]
    mine = _analysis(['The film is long. My favorite: "The ability to speak does not make them intelligent."'])
    assert [q.speaker for q in mine.quotes] == [None]
    priest = _analysis(['A priest began the service with these words: "We are gathered here united in our pain."'])
    assert [q.speaker for q in priest.quotes] == ["A priest"]


def test_a_body_with_its_of_phrase_then_a_name_is_the_person() -> None:
    """ "Ministry of National Infrastructure Joseph Nowarski said", "Bank of Montreal Chairman William Mulholland
    said": the person the body titles (both were read as one body's name, and the "He said" after them had no
    one); "Department of Family Services" stays a body."""
    from tui.analysis.nouns import parse_np

    nowarski = parse_np("Ministry of National Infrastructure Joseph Nowarski", 0)
    assert nowarski is not None and (nowarski.name, nowarski.title) == (
        "Joseph Nowarski",
        "Ministry of National Infrastructure",
    )
    body = parse_np("Department of Family Services", 0)
    assert body is not None and body.kind == "org"
    an = _analysis(
        [
            "Bank of Montreal Chairman William Mulholland said the bank would cut its prime rate next week.",
            "He said the economy was growing faster than expected this year.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["William Mulholland", "William Mulholland"]


def test_an_adverb_opening_a_sentence_is_no_name() -> None:
    """ "Domestically, …", "Locally, …", "Apparently, …": no speaker of that name (were surnames alone)."""
    from tui.analysis.nouns import parse_np

    assert parse_np("Domestically", 0) is None
    assert parse_np("Apparently", 0) is None
    kelly = parse_np("Kelly", 0)
    assert kelly is not None and kelly.kind == "surname"
    an = _analysis(["Locally, brokers said the market would recover by the end of the month."])
    assert "Locally" not in {q.speaker for q in an.quotes}


def test_the_firm_after_a_one_word_firm_told_someone_its_news() -> None:
    """ "Shell told shocked investors that its reserves …": a firm, whom "the firm said" means (was 'the firm')."""
    an = _analysis(
        [
            "In January, Shell told shocked investors that its reserves were smaller. Shell said the pay-off was in"
            " line with the contract.",
            'She was leaving "by mutual agreement to pursue other career opportunities", the firm said.',
        ]
    )
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Shell"]


def test_a_town_and_its_state_open_an_apposition() -> None:
    """ "Entwistle, a Hudson, Mass., machinery maker, said": the firm speaks, not 'Mass' (41 such on bulk)."""
    an = _analysis(
        [
            "Entwistle, a Hudson, Mass., machinery maker and military contractor, said it bought the stake for"
            " investment purposes.",
            "John Smith, a Boston, Mass., lawyer, said he had sold the unit to its rival for cash.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Entwistle", "John Smith"]


def test_the_one_told_may_be_a_name_with_and_or_an_acronym() -> None:
    """ "told the Securities and Exchange Commission it …": whom they told, whole; the report starts after it (was
    "and Exchange Commission it has …"); "asked the U.S. Food and Drug Administration (FDA) to …": a bidding, whom
    they asked whole with it (GUIDE: "urged the information commissioner to look at …")."""
    an = _analysis(
        [
            "Entwistle Co told the Securities and Exchange Commission it has acquired 62,500 shares of Espey.",
            "The ASA asked the U.S. Food and Drug Administration (FDA) to require palm oils to be identified as"
            " saturated fats.",
            "The office told a House Ways and Means Trade Subcommittee hearing there was still concern for the"
            " industry.",
        ]
    )
    assert [q.text for q in an.quotes] == [
        "it has acquired 62,500 shares of Espey",
        "the U.S. Food and Drug Administration (FDA) to require palm oils to be identified as saturated fats",
        "there was still concern for the industry",
    ]


def test_warned_then_a_verb_is_no_one_warned() -> None:
    """ "warned the British and Irish Lions will be …": the clause's subject, no one warned."""
    an = _analysis(["Captain Tama Umaga has warned the British and Irish Lions will be his most fearsome opponents."])
    assert [q.text for q in an.quotes] == ["the British and Irish Lions will be his most fearsome opponents"]


def test_said_to_be_is_hearsay_about_its_subject() -> None:
    """ "a ceasefire deal said to have been signed", "an Iraq veteran said to be suffering": no report (were the
    deal's, the veteran's)."""
    an = _analysis(
        [
            "The families met in Abuja after a ceasefire deal said to have been signed between the two sides.",
            "He named Omar Gonzalez, an Iraq veteran said to be suffering from post-traumatic stress disorder.",
        ]
    )
    assert an.quotes == []


def test_a_surname_in_ing_is_no_opening_participle() -> None:
    """ "Manning said A, but said B": both are Manning's (the sentence read as the participle phrase "Manning
    said A," and both reports lost); "Having announced that …," still opens a sentence."""
    an = _analysis(
        [
            "Manning said the members will meet for drinks, but said the group would change.",
            "Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.",
        ]
    )
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Manning", "the members will meet for drinks"),
        ("Manning", "the group would change"),
    ]


def test_a_participle_after_the_quote_names_no_speaker() -> None:
    """`but said, "It's time we change," promising the Friends of Abe will return`: the one who said it, not
    'the Friends of Abe will return'."""
    an = _analysis(["Boreing said, “It’s time we change how we do it,” promising the Friends of Abe will return."])
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Boreing"]


def test_with_someone_doing_then_saying() -> None:
    """ "The trouble began on the show, with Maria Hutchings marching up to him, saying "…"": hers (was 'The
    trouble')."""
    an = _analysis(
        ['The trouble began on the show, with Maria Hutchings marching up to him, saying "Tony, that is rubbish".']
    )
    assert [q.speaker for q in an.quotes] == ["Maria Hutchings"]


def test_a_noun_after_its_owner_that_ends_like_an_adverb() -> None:
    """ "members of his family told": the family, not 'members of his' ("family" read as an adverb)."""
    an = _analysis(["Members of his family told the court they had not seen him since the spring."])
    assert [q.speaker for q in an.quotes] == ["Members of his family"]


def test_a_body_named_with_initials_in_its_of_phrase() -> None:
    """ "the Bureau of the U.N. World Heritage Committee … the bureau said": the whole name (was 'Bureau of the
    U')."""
    an = _analysis(
        [
            "The Bureau of the U.N. World Heritage Committee found the park was under threat.",
            '"The mission has concluded that the park is exposed to serious threats," the bureau said.',
        ]
    )
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Bureau of the U.N. World Heritage Committee"]


def test_a_long_role_after_the_verb() -> None:
    """`"…," said a contributing author of the Census Bureau's new report`: the author (nine words; was the
    sentence before's subject)."""
    an = _analysis(
        [
            "Other African nations also have experienced reductions in life expectancy.",
            '"AIDS results in higher mortality rates in childhood," said a contributing author of the Census'
            " Bureau's new report.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["a contributing author of the Census Bureau's new report"]


def test_some_of_a_group_is_no_name() -> None:
    """ "Most Gibraltarians", "Some Russians": a group (a belief can be theirs); "Many U.S." is no one."""
    from tui.analysis.nouns import parse_np

    assert parse_np("Many U.S.", 0) is None
    most = parse_np("Most Gibraltarians", 0)
    assert most is not None and most.kind == "descriptor"
    all_blacks = parse_np("All Blacks", 0)
    assert all_blacks is not None and all_blacks.kind == "name"
    an = _analysis(["Some Russians, particularly liberals, fear Putin may trample the fragile democracy."])
    assert [(q.speaker, q.text) for q in an.quotes] == [("Some Russians", "Putin may trample the fragile democracy")]


def test_quoted_as_saying_in_the_passive() -> None:
    """`"…," housewife Chan Lee Kit-ho was quoted as telling the South China Morning Post`: hers (was the last
    speaker)."""
    an = _analysis(
        [
            "Many residents said the end justified the means.",
            '"It is better to execute him in China than wasting the government\'s money," housewife Chan Lee Kit-ho'
            " was quoted as telling the South China Morning Post.",
        ]
    )
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Chan Lee Kit-ho"]


def test_two_titled_names_joined_by_and() -> None:
    """ "United chief executive David Gill and Arsenal vice-chairman David Dein": Dein's title is his own (was
    'United chief executive David Gill and Arsenal vice-chairman')."""
    from tui.analysis.nouns import parse_np

    dein = parse_np("United chief executive David Gill and Arsenal vice-chairman David Dein", 0)
    assert dein is not None and dein.title == "Arsenal vice-chairman" and dein.start == 38
    azar = parse_np("Secretary of Health and Human Services Alex Azar", 0)
    assert azar is not None and azar.title == "Secretary of Health and Human Services"


def test_the_unnamed_one_introduced_with_the_same_words() -> None:
    """ "the State Department official" after "a State Department official": that one, not "Secretary of State
    George Shultz" (a word of the title shared); "the State Department source" is no one named."""
    an = _analysis(
        [
            "Secretary of State George Shultz met the Soviet envoy on Monday.",
            "A subsidy is still possible, a State Department official said.",
            "The Soviets want a higher offer this time, the State Department official said.",
            "The talks will go on next week, the State Department source said.",
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "a State Department official",
        "a State Department official",
        "the State Department source",
    ]


def test_a_chief_is_no_spokesman() -> None:
    """ "the navy chief conceded" is not "Navy spokesman Igor Dygalo" (only the navy shared)."""
    an = _analysis(
        [
            "The chance of a happy ending, the navy chief conceded, was not very high at all.",
            "Navy spokesman Igor Dygalo said the submarine had sunk.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["the navy chief", "Igor Dygalo"]


def test_a_clause_then_a_speaker_with_a_party_and_state() -> None:
    """ "CLAUSE, said a spokesman for Sen. Rick Santorum, R-Pa.": a report (was lost: the tail read as a clause);
    the spokesman is the one the next sentence names so (gold: Robert Traynham)."""
    an = _analysis(
        [
            "Tax cuts will not be necessary if Clinton allows personal investment accounts, said a spokesman for"
            ' Sen. Rick Santorum, R-Pa. "He thinks individuals should invest in the stock market," Santorum'
            " spokesman Robert Traynham said."
        ]
    )
    assert [(q.kind, q.speaker) for q in an.quotes] == [("indirect", "Robert Traynham"), ("direct", "Robert Traynham")]
    an = _analysis(
        [
            "Airbus Industrie said talks broke off. McDonnell Douglas wanted Airbus to help build its MD-11, while"
            " Airbus insisted McDonnell drop the MD-11 and cooperate over its A340."
        ]
    )
    assert "A340" not in {q.speaker for q in an.quotes}


def test_the_other_side_named_next_is_not_the_spokesman() -> None:
    """`"…," a spokesman said. Lib Dem home affairs spokesman Mark Oaten has branded …`: a party's spokesman is
    not the unnamed one."""
    an = _analysis(
        [
            '"This bill will take a decade to come into full effect," a spokesman said. Lib Dem home affairs'
            " spokesman Mark Oaten has branded the scheme a waste of money."
        ]
    )
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["a spokesman"]


def test_a_short_quotation_that_is_its_own_paragraph_is_speech() -> None:
    """`"Hi, I'm Napster."` alone in its paragraph is no title of a work (was dropped as one, and 'I'm Napster'
    became a speaker); a short quotation in Title Case inside a sentence still is a title."""
    from tui.analysis.nouns import parse_np

    an = _analysis(
        [
            "Shawn Fanning contemplated the pickup line for a full five seconds.",
            '"Hi, I\'m Napster."',
            '"Nah, ya think?" he asked, blushing.',
        ]
    )
    assert [(q.text, q.speaker) for q in an.quotes] == [
        ("Hi, I'm Napster.", "Shawn Fanning"),
        ("Nah, ya think?", "Shawn Fanning"),
    ]
    assert _analysis(['He starred in "The Satanic Verses."']).quotes == []
    # a title after "entitled", "titled", "headlined" is no quotation, and no report is read inside it
    an = _analysis(['MSNBC published an article titled, "In Hong Kong, protesters say they will fight on at night."'])
    assert an.quotes == []
    # a sign or a note read out speaks as named, not the last speaker
    an = _analysis(["Ehud Barak said the talks went well.", '"To John John from a Cuban exile," read one note.'])
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["one note"]
    # a dash between its parts is no lower-case word that makes a title speech
    an = _analysis(["Grosses, according to Exhibitor Relations:", '1. "Star Wars: Episode I -- The Menace," $64.8m.'])
    assert an.quotes == []
    assert parse_np("I'm Napster", 0) is None
    conan = parse_np("Conan O'Brien", 0)
    assert conan is not None and conan.kind == "name"


def test_said_at_a_press_conference_comma_then_the_clause() -> None:
    """ "said at a press conference, they not only would refuse …": the clause after the medium's comma."""
    an = _analysis(["The mayors said at a press conference, they would refuse to help federal forces."])
    assert [q.text for q in an.quotes] == ["they would refuse to help federal forces"]


def test_a_cue_inside_a_relative_clause_reports_no_clause_before_it() -> None:
    """ "…, a nickname that friends said Fanning earned one day when another player commented on his head": the
    sentence before the comma is no one's report (was 'another player''s)."""
    an = _analysis(
        [
            "Classes took a back seat to building Napster, a nickname that friends said Fanning earned one day on"
            " the court when another player commented on his sweaty head."
        ]
    )
    assert "another player" not in {q.speaker for q in an.quotes}


def test_a_firm_of_many_names_inside_an_apposition() -> None:
    """`"…," Buchheit, a partner with Cleary, Gottlieb, Steen and Hamilton, told a conference`: Buchheit (was no
    one: the firm's last names read as the apposition)."""
    an = _analysis(
        [
            "One of the architects of the plan, U.S. lawyer Lee Buchheit, is adamant that the banks have nothing"
            " to worry about.",
            '"It\'s a precedent to be encouraged," Buchheit, a partner with Cleary, Gottlieb, Steen and Hamilton,'
            " told a conference.",
        ]
    )
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Lee Buchheit"]


def test_a_body_then_a_role_then_any_name_is_the_person() -> None:
    """ "Bank of Japan Governor Satoshi Sumita": the person whatever the given name, so "He told …" after it is
    his (was the body 'Bank of Japan Governor Satoshi Sumita', and "He" no one)."""
    an = _analysis(
        [
            "Bank of Japan Governor Satoshi Sumita said a further yen rise would hurt the economy. He told business"
            " leaders the bank will continue to take adequate measures."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Satoshi Sumita", "Satoshi Sumita"]


def test_people_told_in_the_plural_are_not_what_was_said() -> None:
    """ "told investors the combined company will …", "told bankers about …": the report starts after them."""
    an = _analysis(
        [
            "Lakshmi Mittal has told investors the combined company will have to shed thousands of jobs.",
            "Williams urged governments and private institutions to contribute to a fund set up with the money.",
        ]
    )
    assert [q.text for q in an.quotes] == [
        "the combined company will have to shed thousands of jobs",
        "governments and private institutions to contribute to a fund set up with the money",
    ]


def test_a_statement_issued_by_a_described_body() -> None:
    """ "a statement issued by the French state car group … the statement said": the group (was 'French')."""
    an = _analysis(
        [
            "Raymond Levy said in a statement issued by the French state car group that the deal was important.",
            '"It will allow us to continue our export programme to North America," the statement said.',
        ]
    )
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["the French state car group"]


def test_the_paper_with_a_modifier_is_the_paper_named_last() -> None:
    """ "the English-language daily said" after "the Jakarta Post reported": the paper (was as named)."""
    an = _analysis(
        [
            "The Jakarta Post reported that the talks had failed.",
            '"The government has lost its way on the economy," the English-language daily said.',
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Jakarta Post", "Jakarta Post"]


def test_a_clause_after_according_to_the_report_is_no_work_title() -> None:
    """ "According to the report, Canada, for the sixth year, ranks first": the report's, and 'Canada' no title
    of it; "the 19 states that sued" reports nothing ("states" a noun)."""
    an = _analysis(
        [
            "According to the report, Canada, for the sixth consecutive year, ranks first among the countries.",
            "Reports said attorneys for the department and the 19 states that successfully sued Microsoft would"
            " propose remedies.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["the report", "Reports"]


def test_a_participle_after_but_hangs_on_its_own_clause() -> None:
    """ "Many environmentalists opposed it, but the government rejected their concerns, saying …": the
    government's (was the environmentalists')."""
    an = _analysis(
        [
            "Many environmentalists opposed the project, but the government rejected their concerns, saying jobs"
            " and export income from the mining project are important."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["the government"]


def test_a_statement_released_saying_is_its_issuers() -> None:
    """ "Commander Richard Walton of the … Counter Terrorism Command released a statement saying, "…"": Walton (was
    'the … Command released a statement')."""
    an = _analysis(
        [
            "Commander Richard Walton of the London Metropolitan Police's Counter Terrorism Command released a"
            ' statement saying, "We have asked media outlets not to speculate about the details."'
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Richard Walton"]


def test_a_firm_named_with_a_possessive() -> None:
    """ "Standard and Poor's said": the firm, not Mr 'Poor'; after "Standard and Poor's Corp" it is that one."""
    an = _analysis(
        ["NEW YORK, March 3 - Standard and Poor's said it is reviewing two eurobond issues for a downgrade."]
    )
    assert [q.speaker for q in an.quotes] == ["Standard and Poor's"]
    an = _analysis(
        [
            "Standard and Poor's Corp cut the ratings of the bank on Monday.",
            "Standard and Poor's said it is reviewing two eurobond issues for a downgrade.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Standard and Poor's Corp"]


def test_a_question_is_no_speaker_and_an_adverb_may_precede_the_participle() -> None:
    """`What do you think of Carson privately saying "pray for him"?`: Carson's (was 'What do you think of
    Carson')."""
    an = _analysis(['What do you think of Ben Carson privately saying "pray for him all the time" in response?'])
    assert [q.speaker for q in an.quotes] == ["Ben Carson"]


def test_a_place_closing_a_relative_clause_apposition() -> None:
    """ "Joyce Depenbusch, who teaches science in Skyline, in Pratt County, says": hers (was '8th-grade science in
    Skyline')."""
    an = _analysis(
        [
            "Joyce Depenbusch, who teaches 7th- and 8th-grade science in Skyline, in Pratt County, says that"
            " evolution and creation are not mutually exclusive."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Joyce Depenbusch"]


def test_states_after_a_demonym_is_a_noun() -> None:
    """ "said during his trip to central Asian states that Iran will resume talks": Velayati's report (was
    'Asian''s, "states" read as its verb)."""
    an = _analysis(
        [
            "Foreign Minister Ali Akbar Velayati said during his recent trip to central Asian states that Iran will"
            " resume talks with the European Union."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Ali Akbar Velayati"]


def test_a_possessive_s_ends_a_sentence() -> None:
    """ "a political protege of DeMarco's. Page said …": two sentences (the s was taken for an initial, and
    "a political protege of DeMarco's. Page" became a speaker); "Robert C. Shinn" keeps its initial."""
    from tui.analysis.sentences import sentence_spans

    text = "Shinn is a political protege of DeMarco's. Page said Robert C. Shinn had excused himself."
    assert [text[a:b] for a, b in sentence_spans(text, ((0, len(text)),), [])] == [
        "Shinn is a political protege of DeMarco's.",
        "Page said Robert C. Shinn had excused himself.",
    ]


def test_no_and_neither_open_no_name() -> None:
    """ "No Microsoft contract offer, Norris conceded, …. But he insisted": Norris (was 'No Microsoft')."""
    an = _analysis(
        [
            "No Microsoft contract offer, Norris conceded, stated that IBM must drop the system. But he insisted"
            " that the overall effect of the terms would be to kill it."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Norris", "Norris"]


def test_together_opens_no_name() -> None:
    """ "Together Siemens and Ericsson have 90 pct": 'Together Siemens' no firm, so "Siemens said" is Siemens."""
    an = _analysis(
        [
            "Siemens AG won the order. Siemens said the order meant that it now supplies the largest companies.",
            "Together Siemens and Ericsson have 90 pct of the market, it added.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Siemens AG", "Siemens AG"]


def test_anything_someone_said_names_no_speaker() -> None:
    """ "… as anything the Vermont senator said on stage": what was said, no one (was 'anything the Vermont
    senator')."""
    an = _analysis(
        [
            "The defense of Sanders, from one of the stewards of the legacy, was as undermining of the argument as"
            " anything the Vermont senator said on stage to justify his position."
        ]
    )
    assert an.quotes == []


def test_according_to_a_declaration_filed_by_someone() -> None:
    """ "according to a declaration filed in federal court by John F. Hackett": his (was 'a declaration filed')."""
    an = _analysis(
        [
            "The department had no way to search the e-mails, according to a declaration filed in federal court by"
            " John F. Hackett, director of the Office of Information Programs."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["John F. Hackett"]


def test_a_leads_unnamed_role_named_a_little_later() -> None:
    """ "…, a foreign ministry spokeswoman said Monday. [two sentences] …, said ministry spokeswoman Monika
    Schmutz. Piccard and Jones …": the lead's role is hers, and her name ends at its sentence."""
    an = _analysis(
        [
            "BERN (AP) _ Switzerland is optimistic that China will soon grant permission for the flight, a foreign"
            " ministry spokeswoman said Monday. The team said last week it had to postpone its attempt.",
            "The ministry is in constant contact with the Chinese authorities, said ministry spokeswoman Monika"
            " Schmutz. Piccard and Jones had said they might take off as soon as Sunday.",
        ]
    )
    assert an.quotes[0].speaker == "Monika Schmutz"


def test_a_leads_unnamed_official_named_with_a_role_at_the_body() -> None:
    """ "…, a UNEP official said Thursday. … Alex Alusa, program officer of UNEP atmosphere unit, said": his (was
    'a UNEP official' for five reports)."""
    an = _analysis(
        [
            "NAIROBI, March 26 (Xinhua) -- UNEP has undertaken various activities in Africa, a UNEP official said"
            " Thursday.",
            "At a press conference, Alex Alusa, program officer of UNEP atmosphere unit, said that UNEP had"
            " organized seminars for African leaders.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Alex Alusa", "Alex Alusa"]


def test_a_plural_title_before_one_name() -> None:
    """ "Judges Simon Cowell …", "Vice-Premiers Li Peng": the person, titled in the singular (was 'Judges Simon
    Cowell')."""
    from tui.analysis.nouns import parse_np

    cowell = parse_np("Judges Simon Cowell", 0)
    assert cowell is not None and (cowell.name, cowell.title) == ("Simon Cowell", "Judge")
    assert [q.speaker for q in _analysis(['"It was a great show," said Judges Simon Cowell.']).quotes] == [
        "Simon Cowell"
    ]


def test_a_name_with_a_relative_clause_and_no_opening_comma() -> None:
    """ "Former U.S. President Jimmy Carter who is leading 50 observers in Mozambique, said here Monday that …
    "…"": Carter's report and quotation (both had no speaker)."""
    an = _analysis(
        [
            "Former U.S. President Jimmy Carter who is leading 50 observers in Mozambique, said here Monday that"
            ' the electoral process has been "overwhelmingly free and fair".'
        ]
    )
    assert [(q.kind, q.speaker) for q in an.quotes] == [("indirect", "Jimmy Carter"), ("direct", "Jimmy Carter")]


def test_a_firm_named_by_its_own_word_first_is_not_a_product_named_later() -> None:
    """ "Microsoft" said … long before "programs like Microsoft Office": Microsoft speaks (was 'Microsoft
    Office'); "Honda Motor Co Ltd … Honda said" is still the firm's full name."""
    an = _analysis(
        [
            "Microsoft said the ruling was wrong. The government says a breakup would help programs like Microsoft"
            " Office to run on other systems.",
            "Microsoft, which expects to win on appeal, says a breakup would harm consumers.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Microsoft", "The government", "Microsoft"]
    honda = _analysis(["HONDA RECALLS CARS", "Honda Motor Co Ltd recalled cars. Honda said it would pay for repairs."])
    assert [q.speaker for q in honda.quotes] == ["Honda Motor Co Ltd"]


def test_a_time_before_that_and_a_linking_adverb_are_no_part_of_the_report() -> None:
    """ "said earlier this week that CLAUSE" reports the clause (it began "this week that"); "the Clinton
    administration nevertheless conceded" is the administration."""
    an = _analysis(
        [
            "European Commissioner Padraig Flynn said earlier this week that the shared task of the ministers was"
            " hard. The Clinton administration nevertheless conceded that the facility probably made medicines."
        ]
    )
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Padraig Flynn", "the shared task of the ministers was hard"),
        ("The Clinton administration", "the facility probably made medicines"),
    ]


def test_someone_following_or_close_to_a_name_is_the_speaker() -> None:
    """ "a U.S. official following North Korea said", "A source close to Ford said", "Analysts watching China
    said": the one who watches speaks (was 'North Korea', 'Ford', 'China')."""
    an = _analysis(
        [
            "A U.S. official following North Korea said there were no indications he was ill. A source close to"
            " Ford said the plan would fail. Analysts watching China said growth would slow. But the source close"
            " to the Philippines said it would fail."
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "A U.S. official following North Korea",
        "A source close to Ford",
        "Analysts watching China",
        "the source close to the Philippines",
    ]


def test_a_participle_and_its_time_before_a_copula_report_nothing() -> None:
    """ "the order for jets confirmed this morning was worth …": "confirmed" is the order's participle, no cue."""
    an = _analysis(["Swissair said that the order for jets confirmed this morning was worth 1.2 billion francs."])
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Swissair", "the order for jets confirmed this morning was worth 1.2 billion francs")
    ]


def test_a_pronoun_after_a_clause_is_not_someone_the_clause_names() -> None:
    """ "CLAUSE, he said": the names in the clause are what he spoke of ("This in turn would make Aston Martin
    "…", he added" is Bez's, "Cochran and Shapiro have met the actors, he said" Schiller's); a name in a relative
    clause is its object ("the actor, who played Mike Wallace in …"); 'X added: "…," she said' is X."""
    an = _analysis(
        [
            'Mr Bez said the new car was the company\'s "most affordable car ever". This in turn would make Aston'
            ' Martin "globally visible", he added.',
            "Schiller says no one was promised approval. Cochran and Shapiro have met with the actors portraying"
            " them, he said.",
            '"It was the hottest show in town," said Christopher Plummer. But the actor, who recently played Mike'
            ' Wallace in a film, found it more than a replay. "It\'s about the defense team," he said.',
            'Ann Hutt spoke. Kirsty Williams, for the Lib Dems, added: "If the policy goes on, it is pointless," she'
            " said.",
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "Bez",
        "Bez",
        "Bez",
        "Schiller",
        "Schiller",
        "Christopher Plummer",
        "Christopher Plummer",
        "Kirsty Williams",
    ]


def test_it_after_a_one_word_firm_the_article_writes_inside_sentences() -> None:
    """ "Delta has been hit by rising fuel costs. It has said it needs to cut jobs": Delta, a firm the scan read
    as a surname (was no speaker); "When the government announced the sale, it said": the government; a word
    that only opens sentences ("Lower prices hit sales. It said …") is no firm."""
    an = _analysis(
        [
            "The airline Delta suspended her. Delta has been hit recently by rising fuel costs. It has said it needs"
            " to cut 6,000 jobs."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Delta"]
    rolls = _analysis(["Rolls was rescued in 1971. When the government announced the sale, it said it would pay."])
    assert [q.speaker for q in rolls.quotes] == ["the government"]
    lower = _analysis(["Lower prices hit sales at the shops. It said the shops would close."])
    assert [q.speaker for q in lower.quotes] == [None]


def test_a_work_written_a_position_repeated_and_a_month_report_no_clause() -> None:
    """ "Aaron Sorkin wrote the screenplay" and "A spokesperson reiterated this position on Wednesday" report no
    clause; "In November the British Medical Association said": the association, not 'November the …'; a
    clause holding its own cue and quotation ('X added: "…," she said') is no reported clause."""
    an = _analysis(
        [
            "Aaron Sorkin wrote the screenplay, and he is jazzed to have Bale on board. A spokesperson reiterated"
            " this position on Wednesday, confirming nothing.",
            "In November the British Medical Association said staff were weeping with despair.",
            'Ann Hutt spoke. Kirsty Williams, for the Lib Dems, added: "If the policy goes on, it is pointless,"'
            " she said.",
        ]
    )
    assert [(q.kind, q.speaker) for q in an.quotes] == [
        ("indirect", "British Medical Association"),
        ("direct", "Kirsty Williams"),
    ]


def test_a_manner_of_speaking_after_a_quotation_is_its_cue() -> None:
    """'"This was one of my favorites," chuckled Simeon Lipman': Lipman's, not the last speaker's."""
    an = _analysis(
        [
            '"TV scripts are hot," said Robert Schagrin. "This was one of my favorites," chuckled Simeon Lipman, the'
            ' head of the department. "It is an Emmy winner."'
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Robert Schagrin", "Simeon Lipman", "Simeon Lipman"]


def test_a_town_and_its_country_in_an_apposition_and_a_body_named_whole_after_according_to() -> None:
    """ "Bryson Oil and Gas Plc, a Belfast, Northern Ireland, oil company, said": the firm (was 'Northern
    Ireland'); "according to research by the Centers for Disease Control and Prevention": the whole name (was
    'Centers', five words cut it)."""
    an = _analysis(
        [
            "Bryson Oil and Gas Plc, a Belfast, Northern Ireland, oil company, said it has acquired a stake in"
            " Cynergy Corp.",
            "Two out of five Americans with chronic joint symptoms have not sought a diagnosis, according to research"
            " by the Centers for Disease Control and Prevention.",
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "Bryson Oil and Gas Plc",
        "Centers for Disease Control and Prevention",
    ]


def test_a_body_named_with_and_without_its_legal_suffix_is_one_speaker() -> None:
    """ "London Metal Exchange Ltd said …" and "The London Metal Exchange said …": one speaker by the fuller
    name, the other its alias (were two); "Analysts said" and "analysts said": one group; two suffixes are
    two firms ("Sunrise Medical Inc", "Sunrise Medical GmbH")."""
    an = _analysis(
        [
            "London Metal Exchange Ltd said it would open. The London Metal Exchange said trading would start on"
            " Monday. Analysts said prices would fall. Copper prices rose sharply, analysts said.",
            "Sunrise Medical Inc said it bought a plant. Sunrise Medical GmbH said it would run the plant.",
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "London Metal Exchange Ltd",
        "London Metal Exchange Ltd",
        "analysts",
        "analysts",
        "Sunrise Medical Inc",
        "Sunrise Medical GmbH",
    ]
    lme = next(s for s in an.speakers if s.name == "London Metal Exchange Ltd")
    assert "London Metal Exchange" in lme.aliases


def test_a_body_named_by_a_list_is_read_whole() -> None:
    """ "the Department for Culture, Media and Sport", "the Bureau of Alcohol, Tobacco and Firearms": one body,
    before or after the cue (was 'Sport', 'a spokesman for the Federal Bureau of Alcohol'); "Minister for
    Children, Young People and Families Margaret Hodge" is Margaret Hodge."""
    an = _analysis(
        [
            '"We are close," said a spokesman for the Federal Bureau of Alcohol, Tobacco and Firearms.',
            "A spokesman for the Department for Culture, Media and Sport said the plan was dead. The Department for"
            " Environment, Food and Rural Affairs said the ban would stand.",
            "Minister for Children, Young People and Families Margaret Hodge said the law would change.",
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "a spokesman for the Federal Bureau of Alcohol, Tobacco and Firearms",
        "A spokesman for the Department for Culture, Media and Sport",
        "Department for Environment, Food and Rural Affairs",
        "Margaret Hodge",
    ]


def test_the_acronym_of_a_body_named_in_full_is_that_body() -> None:
    """ "The ONS says …" after "the Office for National Statistics (ONS)": one speaker by its full name (was
    'The ONS', a second speaker)."""
    an = _analysis(
        [
            "Output rose sharply last year, says the Office for National Statistics (ONS). The ONS says prices rose"
            " by a strong 0.7% in the quarter."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Office for National Statistics"] * 2
    assert [s.name for s in an.speakers] == ["Office for National Statistics"]


def test_a_place_named_like_a_body_is_no_body_the_group_means() -> None:
    """ "…, the group said" after "a Jewish settlement in the West Bank": not the West Bank (a place whose last
    word is a body's), the group the story named."""
    an = _analysis(
        [
            "Bulldozers are leveling ground for a settlement in the West Bank. The Israeli group Peace Now said the"
            " site is far from the old settlement. The building is the start of a new settlement, the group said."
        ]
    )
    assert "West Bank" not in [q.speaker for q in an.quotes]


def test_how_it_was_said_is_no_part_of_a_title() -> None:
    """ "said Paul Boateng, chief secretary to the Treasury in a statement": the title ends before "in a
    statement"; "the show's host, John Walsh, for a segment that will be broadcast Saturday" gives no title."""
    an = _analysis(
        [
            '"The UK is on course to continue its record period of growth," said Paul Boateng, chief secretary to the'
            " Treasury in a statement.",
            '"Some people called him a folk hero," she said to the show\'s host, John Walsh, for a segment that will'
            ' be broadcast Saturday. "We are going to bring in the pressure," Walsh said.',
        ]
    )
    titles = {s.name: s.title for s in an.speakers}
    assert titles["Paul Boateng"] == "chief secretary to the Treasury"
    assert titles["John Walsh"] is None


def test_a_place_before_a_body_opens_its_name_and_is_no_title() -> None:
    """ "the Washington Free Beacon reported", "the US Federal Reserve said": the body (was 'Free Beacon' titled
    'Washington', 'Federal Reserve' titled 'US'); a party before a name stays a title."""
    from tui.analysis.nouns import parse_np

    beacon = parse_np("the Washington Free Beacon", 0)
    assert beacon is not None and (beacon.kind, beacon.name) == ("org", "Washington Free Beacon")
    sinema = parse_np("Republican Kyrsten Sinema", 0)
    assert sinema is not None and (sinema.name, sinema.title) == ("Kyrsten Sinema", "Republican")
    an = _analysis(
        ["The US Federal Reserve said rates would rise. The Washington Free Beacon reported the talks failed."]
    )
    assert [q.speaker for q in an.quotes] == ["US Federal Reserve", "Washington Free Beacon"]


def test_a_wires_company_without_its_article_is_the_company() -> None:
    """ "As of October 16, company said …": the firm the story named (was a speaker 'company')."""
    an = _analysis(
        [
            "Allied-Signal Inc said it completed the sale. As of October 16, company said it had reduced the number"
            " of shares outstanding to 164.6 mln."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Allied-Signal Inc", "Allied-Signal Inc"]


def test_the_statement_after_a_statement_issued_by_a_body_opening_a_sentence() -> None:
    """ "A statement issued by Turkish Foreign Ministry Friday said … The statement said …": both the ministry's
    (the second was 'the statement': a capitalised "A statement" was not looked back to; the weekday is no part
    of the issuer); "Attorney-General Amos Wako" is Amos Wako, so titled."""
    an = _analysis(
        [
            "A statement issued by Turkish Foreign Ministry Friday said that the nuclear tests were of concern. The"
            " statement said that the two countries should refrain from a show of power.",
            '"There is need for protection of human rights," the Kenya Times quoted Attorney-General Amos Wako as'
            " saying.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Turkish Foreign Ministry", "Turkish Foreign Ministry", "Amos Wako"]


def test_a_question_before_its_subject_is_no_part_of_it() -> None:
    """ "When asked for comment Calcutta police said …": the police (was 'for comment Calcutta police')."""
    an = _analysis(["When asked for comment Calcutta police said they would open a case if either came forward."])
    assert [q.speaker for q in an.quotes] == ["Calcutta police"]


def test_a_pronoun_after_a_lost_full_stop_and_hearsay_about_someone() -> None:
    """ "… in violation of copyright law It added that …": 'It' is the pronoun of a sentence whose full stop was
    lost (was a speaker 'It'); "Jessica Chastain is also reported to be under consideration", "people alleged to
    have traded songs": hearsay about them, no report of theirs."""
    an = _analysis(
        [
            "The Supreme Court stated that the music was clearly published in violation of copyright law It added"
            " that the case was decided based on the responsibility of the site.",
            "Jessica Chastain is also reported to be under consideration for a part. In the USA a further 717"
            " lawsuits against people alleged to have traded songs were filed this week.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Supreme Court", "Supreme Court"]


def test_a_publication_titled_with_a_word_for_a_person_is_the_publication() -> None:
    """ "The Hollywood Reporter says": the trade paper (was the person who spoke last, 'Steve Wozniak')."""
    an = _analysis(
        [
            "Steve Wozniak said he liked it. The Hollywood Reporter says that it is not clear if an offer has been"
            " made to Rogen yet."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Steve Wozniak", "Hollywood Reporter"]


def test_a_dotted_legal_form_makes_a_firm_and_a_body_told_is_not_who_spoke() -> None:
    """ "Harris Associates L.P." is a firm (was a person, so "It also said" went past it); "In a filing with the
    Securities and Exchange Commission, Harris said …. It also said": Harris (was the Commission)."""
    an = _analysis(
        [
            "Harris Associates L.P., a Chicago investment advisor, said it raised its stake in Builders Transport"
            " Inc to 9.1 pct.",
            "In a filing with the Securities and Exchange Commission, Harris said it bought 36,700 common shares."
            " It also said it bought debentures on Feb 23.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Harris Associates L.P."] * 3
    assert [s.person for s in an.speakers] == [False]


def test_the_group_after_a_group_led_by_someone_is_that_group() -> None:
    """ "A group controlled by … Alfred Lerner said …. In a filing with the Securities and Exchange Commission, the
    group said": the group, as the article words it (GUIDE), both times (the second was the Commission, the last
    body named; both were Lerner until the group was read as the one a participle describes)."""
    an = _analysis(
        [
            "A group controlled by Equitable Bancorp Chairman Alfred Lerner said it has acquired a 9.6 pct stake in"
            " AmeriTrust Corp.",
            "In a filing with the Securities and Exchange Commission, the group said it bought its stake as an"
            " investment.",
        ]
    )
    group = "A group controlled by Equitable Bancorp Chairman Alfred Lerner"
    assert [q.speaker for q in an.quotes] == [group, group]
    assert [q.rule.split("/")[-1] for q in an.quotes][1] == "descriptor:group-leader"


def test_a_town_and_its_state_before_a_name_or_a_relative_clause() -> None:
    """ "Cincinnati, Ohio, financier Carl Lindner, has also said": Lindner (was 'Ohio'); "… of Fort Worth, Texas,
    which holds …, said": never 'Texas'."""
    an = _analysis(
        [
            "Another major Taft shareholder, Cincinnati, Ohio, financier Carl Lindner, has also said he has had talks.",
            "A group led by members of the wealthy Bass family of Fort Worth, Texas, which holds a 24.9 pct stake"
            " in Taft Broadcasting Co, said it has had talks.",
            "John Smith of Austin, Texas, who owns the ranch, said he would sell.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Carl Lindner", None, "John Smith"]


def test_a_firm_whose_name_a_number_cuts_from_its_legal_form() -> None:
    """ "Dutch insurer Stad Rotterdam Anno 1720 N.V. said": the firm (was 'N.V.' alone)."""
    an = _analysis(["Dutch insurer Stad Rotterdam Anno 1720 N.V. said from July 1 it will own 20 pct of the unit."])
    assert [q.speaker for q in an.quotes] == ["Stad Rotterdam Anno 1720 N.V."]


def test_a_short_name_is_the_firm_of_that_word_that_spoke() -> None:
    """ "Chrysler Overseas Capital Corp said …. The Chrysler Corp unit said …. Chrysler said": the firm of that
    word that has spoken (was the parent, named last and silent); "N.V. Philips Gloeilampenfabrieken said ….
    Philips … said": the firm (was a speaker 'Philips'); "Toshiba Corp and Sharp Corp …. Toshiba said": the
    first of the two."""
    an = _analysis(
        [
            "Chrysler Overseas Capital Corp said it authorized redemption of its debentures.",
            "The Chrysler Corp unit said the move is prompted by the parent company's stock split.",
            "Chrysler said holders converting debentures will receive more shares.",
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "Chrysler Overseas Capital Corp",
        "The Chrysler Corp unit",
        "Chrysler Overseas Capital Corp",
    ]
    an = _analysis(
        [
            "Dutch electronics group N.V. Philips Gloeilampenfabrieken said it will move its listing.",
            "Philips, listed on 17 European exchanges, said the move is part of an effort.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["N.V. Philips Gloeilampenfabrieken"] * 2
    assert an.quotes[1].rule.endswith("surname:spoken-body")
    an = _analysis(
        [
            "Chips from Toshiba Corp and Sharp Corp will be sold in Europe.",
            "Toshiba said it would build a plant.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Toshiba Corp"]


def test_it_is_not_a_body_a_sentence_names_only_as_its_object() -> None:
    """ "Digicon Inc said …. The exchange includes … debentures of Digicon Finance N.V. It said": the firm that spoke
    (was the unit the sentence before names at its end)."""
    an = _analysis(
        [
            "Digicon Inc said it started an offer to exchange new securities for its debentures.",
            "The exchange includes its 12-7/8 pct senior subordinated notes and the 8-1/2 pct convertible"
            " subordinated debentures of Digicon Finance N.V.",
            "It said the new securities include notes due 1994.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Digicon Inc", "Digicon Inc"]


def test_a_country_before_a_firm_or_paper_is_no_part_of_its_name() -> None:
    """ "Japan's Toshiba Corp said", "Britain's Daily Mail reported": the firm and the paper (were 'Japan Toshiba
    Corp', 'Britain Daily Mail'); a country's ministry keeps its country."""
    an = _analysis(
        [
            "Japan's Toshiba Corp said it would build a plant. Britain's Daily Mail reported that the deal was done.",
            "Israel's Foreign Ministry said it was studying the plan.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Toshiba Corp", "Daily Mail", "Israel Foreign Ministry"]


def test_a_name_before_a_post_and_a_description_of_its_body() -> None:
    """ "Carol Bellamy, executive director of UNICEF, the U.N. children's fund, said": Bellamy (was UNICEF);
    "Financial Corp, parent of American Savings and Loan Association, the nation's largest thrift, said": the
    parent (was the thrift)."""
    an = _analysis(
        [
            "Carol Bellamy, executive director of UNICEF, the U.N. children's fund, said her organization would"
            " focus on local work.",
            "Financial Corp, parent of American Savings and Loan Association, the nation's largest thrift, has"
            " repeatedly said it would consider a merger.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Carol Bellamy", "Financial Corp"]


def test_a_text_is_no_post_and_a_clause_run_into_a_pronoun_is_no_one() -> None:
    """ "According to the plan, …" after "the head of the committee working out the plan, Junichiro Koizumi,
    said": the plan (was Koizumi, whose title holds the word); "the buy back offer it announced yesterday was a "…"": no
    speaker 'the buy back offer it'."""
    an = _analysis(
        [
            "Japan's ruling party has drawn up a plan calling for tax cuts, the head of the committee working out"
            " the plan, Junichiro Koizumi, said.",
            "According to the plan, Japan will also strive to solve specific trade problems.",
            "GenCorp Inc said the decision supports its belief that the buy back offer it announced yesterday was a"
            ' "financially superior alternative."',
        ]
    )
    assert [q.speaker for q in an.quotes][:2] == ["Junichiro Koizumi", "the plan"]
    assert "the buy back offer it" not in [s.name for s in an.speakers]


def test_an_unnamed_member_of_a_body_and_a_name_before_two_appositions() -> None:
    """ "one Republican leader in the Wyoming Senate said": the source as the article words it (was the Senate:
    'Republican' is a role word too, and only the first role was tried before 'in'); "Larry Downs, director of NJ
    Breathes, an anti-smoking group, said", "Hogan Gidley, a former executive director of …, whose roots are …,
    said": the person (were 'Breathes' and the party)."""
    an = _analysis(
        [
            'One Republican leader in the Wyoming Senate said, "My feeling is that the committee is tired."',
            "Larry Downs, director of NJ Breathes, an anti-smoking group, said the bill sent the wrong message.",
            "Hogan Gidley, a former executive director of the South Carolina Republican Party, whose roots are in the"
            " evangelical community, said the base was angry.",
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "One Republican leader in the Wyoming Senate",
        "Larry Downs",
        "Hogan Gidley",
    ]


def test_a_verb_put_before_the_speaker_and_a_style_before_the_name() -> None:
    """ "Warned Schumer:", "Added Kalee Kreider:": the speaker without the verb (were 'Warned Schumer', 'Added
    Kalee Kreider'); "Metropolitan Police Commissioner Sir Paul Condon told": the post without 'Sir'."""
    an = _analysis(
        [
            'Charles Schumer spoke in Queens. Warned Schumer: "There should be no fear, no panic."',
            'Added Kalee Kreider: "It is over."',
            "Metropolitan Police Commissioner Sir Paul Condon told the parents that he accepts their anger.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Charles Schumer", "Kalee Kreider", "Paul Condon"]
    assert [s.title for s in an.speakers if s.name == "Paul Condon"] == ["Metropolitan Police Commissioner"]


def test_the_company_is_a_body_by_its_own_name_that_spoke_a_few_sentences_ago() -> None:
    """ "UK Coal said …. It had introduced …. The company said": UK Coal (was 'The company' as named: the name ends
    in no body's word, so no list of bodies held it); not a group, a place or the paper that reported it."""
    an = _analysis(
        [
            "Shares in UK Coal have fallen. UK Coal said it was making progress in shaking up the business. It had"
            " introduced new wage structures. The company said these actions should lift earnings.",
            "Reuters reported that the deal was done. Analysts said prices would rise. Witnesses said the mine was"
            " shut. The company said it would reopen in May.",
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "UK Coal",
        "UK Coal",
        "Reuters",
        "Analysts",
        "Witnesses",
        "The company",
    ]


def test_a_short_description_of_a_body_then_its_name_is_the_body() -> None:
    """ "Another safety agency, the National Highway Traffic Safety Administration, says", "The group, Cyacq
    Acquisition Corp, also said": the body named (were 'Another safety agency' and no quote)."""
    an = _analysis(
        [
            "Another safety agency, the National Highway Traffic Safety Administration, says more than 80 percent of"
            " child car seats are used improperly.",
            "The group, Cyacq Acquisition Corp, also said it extended the offer until April three.",
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "National Highway Traffic Safety Administration",
        "Cyacq Acquisition Corp",
    ]


def test_an_age_before_a_people_names_one_person() -> None:
    """ "the 24-year-old Swiss added:": the player the story is about (was a speaker 'Swiss'); "the Swiss" alone
    is a people, left as it was."""
    an = _analysis(
        [
            'Martina Hingis said she might return. "The tournament is a test," she said. Speaking to Le Matin, the'
            ' 24-year-old Swiss added: "At Pattaya there will not be as many people."'
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Martina Hingis"] * 3


def test_owners_likenesses_and_clauses_are_no_speakers() -> None:
    """ "Ms. Winfrey's introduction. … she says": Winfrey (was a speaker "Winfrey's"); "Like Frank, Kolbe
    announced": no one called 'Like Frank'; "She rejects the evidence most scientists say …": most scientists (was
    the whole clause); "… distance himself from Mr Iliaronov's comments.": a noun, no report of Iliaronov's; "a well
    known Russian expert" keeps its title whole (was 'well'); "whom he designated his adviser" is no title."""
    an = _analysis(
        [
            "The key comes in Ms. Winfrey's introduction. She says it is good.",
            "Barney Frank said he was gay. Like Frank, Kolbe announced his orientation late. Frank said he doubts"
            " he would have won.",
            "To Johnson, evolution makes no sense. She rejects the evidence most scientists say supports the theory.",
            "Mr Gref, an opponent of nationalisation, was keen to distance himself from Mr Iliaronov's comments. The"
            " privatisation had been badly handled, he said.",
            "But Alexei Yablokov, a well known Russian environmental expert, told Interfax that the tests were a"
            " danger.",
            "He met the Rev. Jesse Jackson, whom he designated his spiritual adviser. Jackson said he was calm.",
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "Winfrey",
        "Barney Frank",
        "Barney Frank",
        "most scientists",
        "Gref",
        "Alexei Yablokov",
        "Jesse Jackson",
    ]
    titles = {s.name: s.title for s in an.speakers}
    assert titles["Alexei Yablokov"] == "well known Russian environmental expert"
    assert titles["Jesse Jackson"] is None


def test_never_opening_a_sentence_is_no_one() -> None:
    """ "Never has the saying 'hell hath no fury …' been more fitting": no speaker 'Never'."""
    an = _analysis(
        [
            "Never has the saying 'hell hath no fury like a woman scorned' been more fitting than when a jilted wife"
            " chopped off her husband's hand... twice."
        ]
    )
    assert [q.speaker for q in an.quotes] == [None]


def test_a_capitalised_adjective_before_a_group_is_no_surname() -> None:
    """ "Western diplomats said …. "…," one said": the diplomats (was a speaker 'Western': the sentence's subject
    read the group's plural as its verb)."""
    an = _analysis(
        [
            'Western diplomats said today the climb-down was a limited concession. "This is a small price to pay,"'
            " one said."
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Western diplomats", "Western diplomats"]


def test_a_firm_by_the_first_words_of_its_name() -> None:
    """ "<Pacific Western Airlines Corp> said …. Pacific Western said": the firm (was a person 'Pacific Western');
    not when the short name is a person the article shows as one."""
    an = _analysis(
        [
            "<Pacific Western Airlines Corp> said the airline would be named Canadian Airlines. Pacific Western said"
            " the two airlines would merge.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Pacific Western Airlines Corp"] * 2
    assert an.quotes[1].rule.endswith("name:firm-short-form")
    an = _analysis(["Walt Disney Co said on Monday that profits rose. Mr. Walt Disney said in 1960 he was happy."])
    assert [q.speaker for q in an.quotes][-1] == "Walt Disney"


def test_the_one_a_relative_clause_is_about_speaks_its_quotation() -> None:
    """ "The pugnacious Patrick Buchanan, who declared "a cultural war"", "U.S. President Barack Obama, who called
    the Republican nominee "unfit to serve"": the antecedent (were the last speaker); not a place or a body's short
    name closing an apposition ("Jay Arnold of Tulsa, Okla., who added")."""
    an = _analysis(
        [
            'Dan Quayle said he would be supportive "whatever they are." The pugnacious Patrick Buchanan, who'
            ' declared "a cultural war" at the convention, has been silent.',
            'The remarks drew a reaction from U.S. President Barack Obama, who called the nominee "unfit to serve"'
            " as president.",
            '"I was in shock," said Jay Arnold of Tulsa, Okla., who added that he also felt "betrayed by Napster."',
        ]
    )
    speakers = [q.speaker for q in an.quotes if q.kind == "direct"]
    assert speakers[1:3] == ["Patrick Buchanan", "Barack Obama"]
    assert "Okla" not in speakers


def test_of_the_inside_a_bodys_name() -> None:
    """ "the International Federation of the Phonographic Industry (IFPI) reported": the federation (was
    'Phonographic Industry'); "President of the European Commission" is no body's name."""
    an = _analysis(
        [
            "Sales of songs shot up more than tenfold in 2004, the International Federation of the Phonographic"
            " Industry (IFPI) reported last month.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["International Federation of the Phonographic Industry"]
    assert parse_np("President of the European Commission", 0) == Mention(
        "org", "President of the European Commission", "European Commission", None, 0, 36
    )


def test_a_legal_ending_alone_is_no_speaker() -> None:
    """ "K mart Corp said", "Online auction company eBay Inc said", "Petroleos de Venezuela, S.A. said": the firm
    (were speakers 'Corp', 'Inc', 'S.A.': a lower-case word or a comma cut the name from its ending)."""
    an = _analysis(
        [
            "K mart Corp said it agreed to sell most of the stores.",
            "Online auction company eBay Inc said last week it would spin off its payment service PayPal.",
            "Petroleos de Venezuela, S.A. said it will sign a contract March 17.",
            "Analysts at Merrill Lynch and Co said prices would rise.",
        ]
    )
    assert [q.speaker for q in an.quotes][:3] == ["K mart Corp", "eBay Inc", "Petroleos de Venezuela S.A."]


def test_common_given_names_say_a_person_of_a_body() -> None:
    """ "Gene Kimmelman of the Consumer Federation said": Kimmelman (was the Federation: 'Gene' was no given name);
    "Mrs. Dole said" after "Bob Dole": Elizabeth Dole, Bob being a man's name."""
    an = _analysis(
        [
            "Gene Kimmelman of the Consumer Federation said prices would rise.",
            "Bob Dole spurned the gift. Elizabeth Dole is running. Mrs. Dole said she would appoint anyone who was"
            " qualified.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Gene Kimmelman", "Elizabeth Dole"]


def test_a_body_named_by_its_acronym_is_named_there() -> None:
    """ "In its survey …, the OECD, which groups 29 nations, gave credit …. It said": the OECD (was no one: only a
    body's full name counted as naming it); "The EU observer group issued a statement" after "OAU group leader":
    the EU, the body the words name, not the one named last."""
    an = _analysis(
        [
            "PARIS (Xinhua) -- The Organization for Economic Cooperation and Development (OECD) today called on"
            " France to adopt more flexible policies.",
            "In its 1997 Economic Survey report on France published today, the OECD, which groups 29 industrialized"
            " nations, gave credit to the French government.",
            "It said that France's economic growth rate could attain 2.5 percent in 1997.",
        ]
    )
    assert [(q.speaker, q.rule) for q in an.quotes] == [
        ("Organization for Economic Cooperation and Development", "cue-then-clause/pronoun:nearby-body")
    ]
    an = _analysis(
        [
            "Observers from the Organization of African Unity (OAU) and the European Union (EU) commended the vote.",
            "OAU group leader Daniel Antonio said the vote was fair.",
            'The EU observer group issued a statement, saying that "the elections were peacefully conducted."',
        ]
    )
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["European Union"]


def test_a_hyphenated_rank_is_a_title() -> None:
    """ "ECOMOG Force Commander Major-General Victor Malu": Victor Malu, the rank in his title (was the name
    'Major-General Victor Malu'), and "the Nigerian general" is he."""
    an = _analysis(
        [
            "This will make things easy, said ECOMOG Force Commander Major-General Victor Malu.",
            "Malu met the delegation on Wednesday.",
            "The Nigerian general reiterated ECOMOG was working hard.",
        ]
    )
    assert [(s.name, s.title) for s in an.speakers] == [("Victor Malu", "ECOMOG Force Commander Major-General")]
    assert [q.speaker for q in an.quotes] == ["Victor Malu", "Victor Malu"]


def test_according_to_skips_the_sources_apposition() -> None:
    """ "According to Gordon Streeb, leader of the delegation, CLAUSE": the clause after the post (was the post and
    the clause); a relative clause on the source too; "According to him," is whom "he" would mean."""
    an = _analysis(
        [
            "Victor Malu met the delegation on Wednesday.",
            "According to him, all sea ports were now being policed by the force.",
            "According to Gordon Streeb, leader of the delegation, the former US president Jimmy Carter would lead"
            " a delegation of observers.",
            "According to Sam Arnold, who posted the video on YouTube, the footage was recorded on a helmet camera.",
        ]
    )
    assert [(q.speaker, q.text.split()[0]) for q in an.quotes] == [
        ("Victor Malu", "all"),
        ("Gordon Streeb", "the"),
        ("Sam Arnold", "the"),
    ]


def test_they_goes_on_with_the_people_a_sentence_opened_on() -> None:
    """ "The insurers expressed their concern …. They also pointed out that …": the insurers (was no one: only
    plurals of posts counted); "exporters said" is a group speaking."""
    an = _analysis(
        [
            "The insurers expressed their concern that the effect of climate change remains unknown.",
            "They also pointed out that climate change could have large implications for investment.",
            "Private coffee exporters say the pragmatic policy will ensure the country does not suffer.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["The insurers", "The insurers", "Private coffee exporters"]


def test_a_short_phrase_without_a_verb_is_no_reported_clause() -> None:
    """ "By Tuesday afternoon, Wheeler told CNN that …", "Earlier this week, officials finally agreed after 36 hours
    …": no clause reported before the cue (were "By Tuesday afternoon", "Earlier this week"); "That's the district's
    prerogative, Brown said" still is."""
    an = _analysis(
        [
            "Rod Wheeler spoke to Fox.",
            "By Tuesday afternoon, Wheeler told CNN that he had misspoken.",
            "Earlier this week, officials finally agreed after 36 hours of negotiations the details of an accord.",
            "That's the district's prerogative, Brown said.",
        ]
    )
    assert [q.text for q in an.quotes if q.kind == "indirect"] == [
        "he had misspoken",
        "That's the district's prerogative",
    ]


def test_he_who_spoke_in_the_sentence_before_goes_on() -> None:
    """ "He noted that …. He added that …": the "he" of the sentence before (Mohammadi), not a man named further
    back as an object (was Nachum Manbar)."""
    an = _analysis(
        [
            "Spokesman Mahmoud Mohammadi said that such claims indicated unease.",
            "Mohammadi spoke after a court convicted Nachum Manbar of selling weapons parts. Manbar faces life.",
            "The spokesman accused officials of spreading rumors, saying Tehran is trying to cleanse the region.",
            "He noted that the accusation coincided with Iran's efforts. He added that Iran believes security would be"
            " restored in the region.",
        ]
    )
    assert [q.speaker for q in an.quotes][-2:] == ["Mahmoud Mohammadi", "Mahmoud Mohammadi"]


def test_a_name_before_an_apposition_that_lost_its_closing_comma() -> None:
    """ "Senad Mehmedbasic, a gynaecologist from Sarajevo said that": the gynaecologist (was 'Sarajevo')."""
    an = _analysis(
        ["Senad Mehmedbasic, a gynaecologist from Sarajevo said that the trend for pregnancies is worrying."]
    )
    assert [q.speaker for q in an.quotes] == ["Senad Mehmedbasic"]


def test_according_to_an_outlet_then_someones_own_words() -> None:
    """ "According to Fashionista, the magazine editor said: '…'": the editor's words (were Fashionista's, as a
    quotation and as a report); "According to family members, Joe told his daughter that …" stays their report."""
    an = _analysis(
        [
            "Anna Wintour, the editor of Vogue, defended the cover.",
            'According to Fashionista, the magazine editor said: "I think it would be a rather boring magazine!"',
            "According to family members, Joe Vandiver told his daughter that he believed Barton was guilty.",
        ]
    )
    assert [(q.speaker, q.kind) for q in an.quotes] == [
        ("Anna Wintour", "direct"),
        ("family members", "indirect"),
        ("Joe Vandiver", "indirect"),
    ]


def test_a_surname_misspelt_by_a_letter_is_its_one_bearer() -> None:
    """ "Panglos said" after "Theodoros Pangalos", "Ogpin" after "Jaime Ongpin": the same man (were speakers of
    their own); "the Carrolls said" is the family, not Michael Carroll."""
    an = _analysis(
        [
            "Greek Foreign Minister Theodoros Pangalos said Turkey is a European nation.",
            '"Greece has always supported the European orientation of Turkey," Panglos said.',
            "Finance Secretary Jaime Ongpin met the bankers. Ogpin said the talks would resume.",
            "Michael Carroll spoke to the court. The Carrolls said the decision was unfair.",
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "Theodoros Pangalos",
        "Theodoros Pangalos",
        "Jaime Ongpin",
        "Carrolls",
    ]


def test_a_ministry_of_two_portfolios_keeps_both() -> None:
    """ "-- Energy and Mines Ministry spokesman said": the whole ministry's spokesman (was 'Mines Ministry
    spokesman'); not "Smith and" after an ordinary word."""
    an = _analysis(
        [
            "LIMA (Xinhua) -- Energy and Mines Ministry spokesman said that half of the hard currency is from mining.",
            "He met Smith and Jones Ministry spokesman who said it rose sharply in May.",
        ]
    )
    assert [q.speaker for q in an.quotes][:1] == ["Energy and Mines Ministry spokesman"]


def test_an_occupation_before_a_name_is_its_title() -> None:
    """ "Archaeologist Lawrence Stager said", "Investor Sumner Redstone said": the name, the occupation its title
    (were the names 'Archaeologist Lawrence Stager', 'Investor Sumner Redstone')."""
    an = _analysis(
        [
            "Archaeologist Lawrence Stager said the site was older than thought.",
            "Investor Sumner Redstone said he would not sell.",
        ]
    )
    assert [(s.name, s.title) for s in an.speakers] == [
        ("Lawrence Stager", "Archaeologist"),
        ("Sumner Redstone", "Investor"),
    ]


def test_when_is_no_part_of_who() -> None:
    """ "Activist Russell Means in October suggested", "The ministry earlier this month said", "A survey toward
    the end of last year suggested": who, without when (were 'Activist Russell Means in October', …)."""
    an = _analysis(
        [
            "Activist Russell Means in October said a liquor store near the reservation would pay for treatment.",
            "The ministry earlier this month said exports would rise.",
            "A survey toward the end of last year suggested one in ten people would buy the watch.",
            "Prime Minister Theresa May said the talks would go on.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Russell Means", "The ministry", "A survey", "Theresa May"]


def test_said_before_a_given_name_is_the_cue() -> None:
    """ "Said Dorothy Poynter, who grew up with Ali, "…"": Dorothy Poynter (was 'Said Dorothy Poynter'); "Said
    Aburish said" is a man named Said."""
    an = _analysis(
        [
            "Said Dorothy Poynter, who grew up with Ali in the neighborhood, \u201cWe were all so proud of him.\u201d",
            "Said Aburish said the war was lost.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Dorothy Poynter", "Said Aburish"]


def test_no_name_starts_inside_a_hyphenated_word() -> None:
    """ "in sub-Saharan Africa": no person 'Saharan Africa' whose surname "Africa" then speaks (it did, for
    "Nabarro, who has worked in … Africa, and taught …, explained"); "Soviet-U.S. Relations" names no 'S.'."""
    an = _analysis(
        [
            "Malaria kills a million people in sub-Saharan Africa each year, said David Nabarro.",
            "Nabarro, who has worked in Iraq and Nepal as well as Africa, and taught community health at the"
            " Liverpool School of Medicine, explained that the project did not have a single goal.",
            "Conditions existed for improving Soviet-U.S. Relations, Vladimir Petrovsky said.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["David Nabarro", "David Nabarro", "Vladimir Petrovsky"]


def test_an_aside_between_dashes_is_no_subject() -> None:
    """ "But authors of the study -- which involved 212 boys, …, or ADHD -- said": the authors (was 'ADHD');
    "The G-7 -- grouping the U.S., Japan, … and Canada -- said": the G-7 (was 'Canada')."""
    an = _analysis(
        [
            "But authors of the study -- which involved 212 boys, including 75 with attention-deficit hyperactivity"
            " disorder, or ADHD -- said the findings should help allay concerns.",
            "The G-7 -- grouping the U.S., Japan, West Germany, Britain, France, Italy and Canada -- said in the"
            " statement they welcomed the proposals.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["authors of the study", "G-7"]


def test_a_capitalised_post_and_an_outlet_quoting_its_sources() -> None:
    """ "According to Bruno Mwanafunzi, Director of Water Resources in the Ministry of Energy, Water and Natural
    Resources, CLAUSE": the clause after the whole post (was the post's end and the clause); "…, said AFP quoting
    official sources": the sources (was 'AFP quoting official sources')."""
    an = _analysis(
        [
            "According to Bruno Mwanafunzi, Director of Water Resources in the Ministry of Energy, Water and Natural"
            " Resources, the situation in Umutara was made worse by an unusual drought.",
            "Besides France, only Finland, Belgium and Spain have begun striking coins, said AFP quoting official"
            " sources.",
        ]
    )
    assert [(q.speaker, q.text.split()[0]) for q in an.quotes] == [
        ("Bruno Mwanafunzi", "the"),
        ("official sources", "Besides"),
    ]


def test_familiar_with_and_a_body_after_where() -> None:
    """ "said an official familiar with the discussion": the whole descriptor (was 'an official familiar');
    "In Washington, the National Council of Resistance of Iran, which opposes the regime, said": the Council
    (was 'Washington')."""
    an = _analysis(
        [
            '"We are at a loss," said an official familiar with the discussion.',
            "In Washington, the National Council of Resistance of Iran, which opposes the regime in Tehran, said the"
            " government has been pursuing a nuclear buildup.",
        ]
    )
    assert [q.speaker for q in an.quotes] == [
        "an official familiar with the discussion",
        "National Council of Resistance of Iran",
    ]


def test_a_quotations_comma_after_its_own_cue_ends_no_clause() -> None:
    """'… said he thought the dollar was "fairly priced" … and added "I do not regard the dollar as undervalued,"
    he said': no report of the whole sentence before "he said" (there was), and the quotation is Ortner's;
    'Tamura read out an agreed summary: …' reports nothing of the reading."""
    an = _analysis(
        [
            "Asked for reaction, a Treasury spokesman said officials were aware of Ortner's comments.",
            'Robert Ortner, who stressed he was expressing personal views, said he thought the dollar was "fairly'
            ' priced" and added "I do not regard the dollar as undervalued at this point," he said.',
            "Trade Minister Hajime Tamura read out an agreed summary of the joint talks.",
        ]
    )
    assert [(q.speaker, q.text.split()[0]) for q in an.quotes][1:] == [
        ("Robert Ortner", "he"),
        ("Robert Ortner", "he"),
        ("Robert Ortner", "fairly"),  # a partial quote of two words the cue reports
        ("Robert Ortner", "I"),
    ]


def test_the_he_who_spoke_a_sentence_ago_before_the_names_it_holds() -> None:
    """ "As for his move, he said he had wanted to move … before … Ronald Goldman were slain. …, he said": the
    "he" who spoke there (Simpson, was Goldman); "He criticized McCain for …, and he said": the sentence's own
    subject (Bradley, was McCain)."""
    an = _analysis(
        [
            '"I am not opposed to talking," Kevin Simpson said.',
            "As for his move to Florida, he said he had wanted to move there for years, even before his ex-wife and"
            " her friend Ronald Goldman were slain. Had it not been for a custody battle, he said he would have moved"
            " earlier.",
            '"McCain is a reformer," Bill Bradley said.',
            "He criticized John McCain for calling a salmon project pork, and he said he had an 84 percent rating"
            " from the league.",
        ]
    )
    assert [q.speaker for q in an.quotes if q.kind == "indirect"] == [
        "Kevin Simpson",
        "Kevin Simpson",
        "Bill Bradley",
    ]


def test_more_womens_given_names() -> None:
    """ "American Serena Williams admitted": Serena Williams, American her title (was the name 'American Serena
    Williams': 'Serena' was no given name); "she said" after her finds her."""
    an = _analysis(
        [
            "American Serena Williams admitted she is still some way off her best form.",
            "Coach Patrick Mouratoglou watched. \u201cIt is hard,\u201d she said.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Serena Williams", "Serena Williams"]


def test_whom_they_told_and_when_come_before_that() -> None:
    """ "he told a Jewish group in Washington today that CLAUSE", "told several reporters Wednesday that CLAUSE":
    the clause after "that" (were 'group in Washington today that …', 'several reporters Wednesday that …')."""
    an = _analysis(
        [
            "Defense Minister Yitzhak Mordechai told a Jewish group in Washington today that the existing"
            " settlements must be able to grow.",
            "Richard Shoemaker told several reporters Wednesday that little attention had been given to the move.",
        ]
    )
    assert [q.text.split()[0] for q in an.quotes] == ["the", "little"]


def test_whom_they_urged_goes_with_what_to_do() -> None:
    """ "urged the prefectural governments to take care of …": the bidding whole, as GUIDE's "urged the information
    commissioner to look at …" (was 'governments to take care …': half the object cut off); "told the newspaper
    it was depressing to return …" still reports what follows whom they told."""
    an = _analysis(
        [
            "Minister Martine Aubry urged the prefectural governments to take care of the unemployed people.",
            "Actress Jane Smith told the newspaper it was depressing to return to television.",
        ]
    )
    assert [q.text for q in an.quotes] == [
        "the prefectural governments to take care of the unemployed people",
        "it was depressing to return to television",
    ]


def test_a_sentence_run_into_the_next_and_a_passive_upon() -> None:
    """ "… his injuries.State television said": the subject after the stop that lost its space (was 'knew the extent
    of … injuries.State television'); "measures insisted upon by the Fund" is no one insisting."""
    an = _analysis(
        [
            "Officials knew the extent of his injuries.State television said the leader had been wounded.",
            "The plan, a first step, was viewed by some as a rebuke of austerity measures insisted upon by the Fund"
            " in return for loans.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["State television"]


def test_a_group_they_goes_on_with_ends_on_no_preposition() -> None:
    """ "Three sources in contact with ISIS … told …. They said": 'Three sources' (was 'Three sources in contact
    with'), as 'Lawyers for Clinton and' was; the group, not a phrase cut at its preposition."""
    an = _analysis(
        [
            "Three sources in contact with ISIS or its associates told BuzzFeed the group wants money.",
            "They said ISIS wants $1 million for the body.",
        ]
    )
    assert [q.speaker for q in an.quotes][-1] == "Three sources"


def test_a_capitalised_role_with_its_modifiers_and_where_it_is_held() -> None:
    """ "Faisal Husseini, Palestinian Cabinet Minister in charge of Jerusalem Affairs, said "…"": the name before a
    role of three capitalised words and a preposition speaks (was the last speaker, Ehud Barak); "The consultant,
    Ohio State University Professor of Medicine Carl Leier, said" is still Leier, named in apposition."""
    an = _analysis(
        [
            "Barak said that the city is part of Greater Jerusalem. Faisal Husseini, Palestinian Cabinet Minister in"
            ' charge of Jerusalem Affairs, said "the only future in store for the settlement is evacuation."',
            "The consultant, Ohio State University Professor of Medicine Carl Leier, said the side effects were"
            " minimal.",
        ]
    )
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Faisal Husseini"]
    assert [q.speaker for q in an.quotes][-1] == "Carl Leier"


def test_how_and_where_one_spoke_is_no_part_of_who() -> None:
    """ "Yasser Arafat in a speech in the United Nations on Wednesday asked Israel …": Arafat (was 'United
    Nations'); "Reagan in a message to Congress said" is Reagan (was Congress). Not "Tanjug said in the interview
    Mikulic warned": there the medium follows a verb, and Mikulic warned."""
    an = _analysis(
        [
            "Palestinian leader Yasser Arafat in a speech in the United Nations on Wednesday asked Israel again to"
            " immediately end the settlement expansions in the occupied territories.",
            "Reagan in a message to Congress said he had an alternative proposal.",
            "Tanjug said in the interview Mikulic warned the army could be called in.",
        ]
    )
    speakers = [q.speaker for q in an.quotes]
    assert speakers[:2] == ["Yasser Arafat", "Reagan"]
    assert speakers[-1] == "Mikulic"


def test_a_speaker_who_asked_not_to_be_named_closes_the_report() -> None:
    """ "CLAUSE, said a Department of Foreign Affairs and Trade spokesman, speaking on condition of anonymity": the
    clause is his (was no report at all), and "the spokesman said" after it is that spokesman."""
    an = _analysis(
        [
            "Muhamed Hassan Qassim, a Somali-born Australian citizen, has been freed by Tanzanian authorities, said a"
            " Department of Foreign Affairs and Trade spokesman, speaking on condition of anonymity.",
            '"The department can confirm he has been released," the spokesman said.',
        ]
    )
    assert [(q.kind, q.speaker) for q in an.quotes] == [
        ("indirect", "a Department of Foreign Affairs and Trade spokesman"),
        ("direct", "a Department of Foreign Affairs and Trade spokesman"),
    ]


def test_a_spokesman_is_not_the_one_spoken_of() -> None:
    """ "Qassim, a Somali-born Australian citizen, has been freed. "…," the spokesman said": one who speaks for
    others is not the person the story named last unless titled so (was Qassim); "The Tories said" is a group,
    never the man named before (was Jack Straw). A spokesman named so still goes on."""
    an = _analysis(
        [
            "Muhamed Hassan Qassim, a Somali-born Australian citizen, has been freed by Tanzanian authorities.",
            '"The department can confirm he has been released," the spokesman said.',
        ]
    )
    assert [q.speaker for q in an.quotes] == ["the spokesman"]
    an = _analysis(
        [
            "Foreign Secretary Jack Straw will visit Auschwitz for the anniversary.",
            'The Tories said they were glad Mr Straw had been "shamed" into going.',
        ]
    )
    assert an.quotes[0].speaker == "The Tories"
    an = _analysis(
        [
            '"It works well for all of us," said John Smith, a ministry spokesman. "It fails often and badly," the'
            " spokesman added.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["John Smith", "John Smith"]


def test_an_act_that_goes_on_reports_nothing() -> None:
    """ "the once-staid capital continues to enjoy a stunning economic boom that has contributed …": no report
    (was the capital reporting the clause after "that"); "continued to assert that" still goes on saying."""
    an = _analysis(
        [
            "Construction cranes dominate the skyline as the once-staid capital continues to enjoy a stunning"
            " economic boom that has contributed to making it the most expensive city.",
            "Lewandowski continued to assert that he never made contact with Fields.",
        ]
    )
    assert [(q.speaker, q.text) for q in an.quotes] == [("Lewandowski", "he never made contact with Fields")]


def test_what_one_declined_to_say_is_no_report() -> None:
    """ "The Mannesmann spokesman declined to say in which sector …": what was not said reports nothing (GUIDE: no
    content, no quote); was a report with no one or the wrong one. "but said he would wait" still reports."""
    an = _analysis(
        [
            "The Mannesmann spokesman declined to say in which industrial sector the group may make an acquisition.",
            "Smith declined to say what he wanted but said he would wait for the court.",
        ]
    )
    assert [(q.speaker, q.text) for q in an.quotes] == [("Smith", "he would wait for the court")]


def test_whom_they_told_how_and_when_come_before_the_clause() -> None:
    """ "told the business weekly Wirtschaftswoche in an interview that CLAUSE", "had said in January it hoped …":
    the clause starts after the paper, the medium and the month (was 'Wirtschaftswoche in an interview that …',
    'in January it hoped …'); "predicted in February because …" reports no cause."""
    an = _analysis(
        [
            "Chairman Werner Dieter told the business weekly Wirtschaftswoche in an interview that Mannesmann wanted"
            " to invest in a U.S. company.",
            "Mannesmann had said in January it hoped to take a 37.5 pct stake in the holding company.",
            "The gain is higher than the gain the company predicted in February because more shares were sold.",
        ]
    )
    assert [q.text for q in an.quotes] == [
        "Mannesmann wanted to invest in a U.S. company",
        "it hoped to take a 37.5 pct stake in the holding company",
    ]


def test_a_role_before_the_name_outweighs_its_form_of_address() -> None:
    """ "the Vatican's deputy spokesman, Father Ciro Benedettini, said": his title is the role, not "Father", so
    "The spokesman said" later is he (was a speaker of its own)."""
    an = _analysis(
        [
            '"There is a fundamental rule in journalism," the Vatican\'s deputy spokesman, Father Ciro Benedettini,'
            " said on Saturday.",
            "The spokesman said he received a number of calls on the story from outside Italy.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Ciro Benedettini", "Ciro Benedettini"]
    assert an.speakers[0].title == "Vatican's deputy spokesman"


def test_however_and_though_open_no_reported_clause() -> None:
    """ "Zajicek warned, however, that CLAUSE", "Barkley noted, though, that CLAUSE": the clause starts after
    "that" (was 'however, that …'); "said though the jets took the lead, they were accompanied" keeps its "though",
    the clause's own; "said yesterday although the funds may roll over, the possibility … meant …" reports, "she
    said, after receiving her Oscar" does not."""
    an = _analysis(
        [
            "Zajicek warned, however, that computer users still need to be cautious.",
            "Barkley noted, though, that gene tests may arrive at the same time.",
            "The official said though the jets took the lead, they were accompanied by American aircraft.",
            "A spokesman said yesterday although the funds may roll over, the possibility of redemption meant a net"
            " infusion was needed.",
            "Mary Smith said, after receiving her Oscar from actor Jeremy Irons.",
        ]
    )
    assert [q.text for q in an.quotes] == [
        "computer users still need to be cautious",
        "gene tests may arrive at the same time",
        "though the jets took the lead, they were accompanied by American aircraft",
        "although the funds may roll over, the possibility of redemption meant a net infusion was needed",
    ]


def test_a_long_one_of_descriptor_before_the_name() -> None:
    """ "One of the authors of that 2013 report, Ari Fleischer, said CLAUSE": Fleischer (was no report: "that"
    after "of" read as a clause boundary, and the descriptor too long), and "The authors of that study said" is
    the authors, not 'study'; "that alleged rug" is no one alleging."""
    an = _analysis(
        [
            "One of the authors of that 2013 report, Ari Fleischer, said Trump would test their conclusions.",
            "The authors of that study said further investigation would be required.",
            "Thus far, the threat embodied by that alleged rug has failed to materialize.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Ari Fleischer", "The authors of that study"]


def test_a_role_without_its_article_left_open_before_the_verb() -> None:
    """ "CLAUSE, David Graves, aide to Sen. Thad Cochran (R-Miss) said": Graves (was 'aide to Sen. Thad Cochran',
    the clause running on to his name); "Chris Johns, currency analyst at UBS-Phillips and Drew in London said" is
    Johns (not 'Drew in London'); "Bergen, Norway, officials in Russia had said" is the officials, a group of its
    own (not Norway)."""
    an = _analysis(
        [
            "Congress may look at the soybean loan as a way to increase soybean competitiveness, David Graves, aide"
            " to Sen. Thad Cochran (R-Miss) said.",
            '"The market has been told by Baker that he is going to hammer Germany," Chris Johns, currency analyst'
            " at UBS-Phillips and Drew in London said.",
            "By the time the Memphis reached Bergen, Norway, officials in Russia had said that the Kursk had sunk.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["David Graves", "Chris Johns", "officials in Russia"]
    assert an.quotes[0].text == "Congress may look at the soybean loan as a way to increase soybean competitiveness"


def test_whom_one_told_after_which_meeting() -> None:
    """ "told reporters following a senate hearing that CLAUSE": the clause after "that" (was 'following a senate
    hearing that …'); "according to a standstill agreement reached in 1985" is the agreement (was 'a standstill
    agreement reached')."""
    an = _analysis(
        [
            "Amstutz told reporters following a senate hearing that the loan rate would be lowered.",
            "According to a standstill agreement reached in 1985, the company will pay half of the note in August.",
        ]
    )
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Amstutz", "the loan rate would be lowered"),
        ("a standstill agreement", "the company will pay half of the note in August"),
    ]


def test_a_qualified_post_is_another_post() -> None:
    """The shadow chancellor is not "the chancellor", nor the deputy prime minister "the prime minister" (Oliver
    Letwin and John Prescott were); "Deputy Foreign Minister … Javad Zarif … said the minister" is still Zarif; a
    title keeps its qualifier ('Tory shadow chancellor', 'former U.S. president')."""
    an = _analysis(
        [
            "Chancellor Gordon Brown delivered his Budget. Tory shadow chancellor Oliver Letwin predicted Mr Brown"
            " would have to raise taxes.",
            'The chancellor meanwhile insisted his spending plans were "affordable".',
            "At a dinner hosted by Deputy Prime Minister John Prescott he told Mr Brown of it.",
            "But the prime minister said he had discussed these claims with the chancellor.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Oliver Letwin", "Gordon Brown", "the prime minister"]
    assert next(s.title for s in an.speakers if s.name == "Oliver Letwin") == "Tory shadow chancellor"
    an = _analysis(
        [
            "Iranian Deputy Foreign Minister for Legal and International Affairs Javad Zarif spoke in Vienna.",
            "The treaty is a prerequisite and the community should act, said the minister.",
            "The talks were held between Head of State General Sani Abacha and former U.S. president Jimmy Carter.",
            "The former U.S. president said there was no assurance yet on the release of the general.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Javad Zarif", "Jimmy Carter"]
    assert next(s.title for s in an.speakers if s.name == "Jimmy Carter") == "former U.S. president"


def test_a_qualifier_alone_names_no_one() -> None:
    """ "The former secretary of state mocked Trump for calling himself the "king of debt"": not Ben Bernanke,
    "former Federal Reserve chairman" (a shared "former" says nothing of who)."""
    an = _analysis(
        [
            'The former secretary of state mocked Trump for calling himself the "king of debt," noting that his'
            " tax cuts would cause the debt to skyrocket.",
            "One of those economists is former Federal Reserve chairman Ben Bernanke, a Republican. Bernanke said in"
            " April that the cuts had a negative impact on the economy.",
        ]
    )
    assert an.quotes[0].speaker != "Ben Bernanke"


def test_a_body_by_its_plural_name_and_its_second_verb() -> None:
    """ "The Lib Dems accused Mr Brown …": a party, no person a later "he" could mean; "The Lib Dems called for …
    and said CLAUSE", "The Tories called for … and said CLAUSE" report (was nothing); not "During the crackdown …
    authorities moved … and demanded", "a source who … and claimed", "the Hospital Carlos III" (no plural)."""
    an = _analysis(
        [
            "The Lib Dems called for Commons leader Peter Hain to make a statement and said chancellors had resigned"
            " over leaks.",
            "The Tories called for a statement and said the leak was serious.",
            "During the crackdown following the blaze authorities moved to clean up net cafes and demanded that all"
            " of them get permits.",
            "The report cited a source who had visited the North and claimed that the leader had an operation.",
        ]
    )
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Lib Dems", "chancellors had resigned over leaks"),
        ("The Tories", "the leak was serious"),
    ]
    assert [s.person for s in an.speakers if s.name == "Lib Dems"] == [False]


def test_an_opening_phrase_without_its_comma_before_the_subject() -> None:
    """ "According to Mr Peston the prime minister said: "…"": the prime minister speaks (was 'Mr Peston the prime
    minister', a speaker of its own that later quotes went to)."""
    an = _analysis(
        [
            'According to Mr Peston the prime minister said: "Help me to get through the year and I will then stand'
            ' down."',
            "But the prime minister said he had discussed these claims with the chancellor.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["the prime minister", "the prime minister"]


def test_they_is_no_one_person() -> None:
    """ "…," said George Lundberg, editor of the JAMA. … They said that CLAUSE': "they" is not the one man who
    spoke last (nor a report named in the singular); with no group near, the report has no speaker rather than
    the wrong one. "CLAUSE, said a new survey by a Harvard research team" is the survey, named with its makers."""
    an = _analysis(
        [
            '"It is the beginning of acceptance," said George Lundberg, editor of the JAMA.',
            "An estimated 83 million people used alternative medicine last year, said a new survey by a Harvard"
            " research team. They said that visits to practitioners rose.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["George Lundberg", "a new survey by a Harvard research team", None]


def test_they_after_its_group_in_the_same_sentence() -> None:
    """ "Traders welcomed the decision, though they added that CLAUSE": the group the sentence opens with (was no
    one); not "CLAUSE, they said" where the clause itself opens with a group ('Farmers enrolled …, they said' is
    the grain traders')."""
    an = _analysis(
        [
            "Traders welcomed the decision, though they added that local investors wanted futures.",
            'Grain markets were quiet, grain traders said. "Farmers enrolled 1,894,764 acres," they said.',
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Traders", "grain traders", "grain traders"]


def test_a_noun_that_is_also_a_belief_verb_and_what_is_done_to_the_subject() -> None:
    """ "the legal team for two Algerian suspects being held without trial told a court CLAUSE": the team (was
    'the legal team for two Algerian', who "suspects" the rest); "suspects being held" is a noun, and "being held
    …" no part of who. Not "before being fired in February after officials said" (the officials say it), nor
    "where his licence is being challenged that he suggested"."""
    an = _analysis(
        [
            "On Monday, the legal team for two Algerian suspects being held without trial told a court the men did"
            " not want bail.",
            "Flynn served briefly before being fired in February after officials said he misled Pence.",
        ]
    )
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("the legal team for two Algerian suspects", "the men did not want bail"),
        ("officials", "he misled Pence"),
    ]


def test_the_name_an_interrupted_clause_opens_with_is_not_its_he() -> None:
    """ "Browning said …. Gingrich, he said, came back to Georgia …": "he" is Browning who spoke, not Gingrich whom
    the clause is about (was Gingrich, the man named nearest); "The drug's labeling warns that" is the label's."""
    an = _analysis(
        [
            "Newt Gingrich has asked a judge to settle his divorce, which his wife opposes.",
            '"All she left was a television," Thomas Browning, Gingrich\'s divorce attorney, said.',
            "Browning said Marianne Gingrich called her husband on his birthday. Gingrich, he said, came back to"
            " Georgia to find his home emptied out.",
            "The drug's labeling warns that in very rare circumstances it can cause psychotic episodes.",
        ]
    )
    assert [q.speaker for q in an.quotes][-2:] == ["Thomas Browning", "The drug's labeling"]


def test_a_preposition_s_object_says_nothing() -> None:
    """ "CLAUSE, the majority … represent a potential terrorist risk to Western states.": "states" is a noun
    there, and "Western" no one (was a report of the clause)."""
    an = _analysis(
        [
            "Of the estimated 3,000 Europeans who travelled to Syria, the majority have become Isis members and"
            " represent a potential terrorist risk to Western states.",
        ]
    )
    assert an.quotes == []


def test_he_who_spoke_in_the_sentence_before_when_named_in_full() -> None:
    """ "As for his move to Florida, he said … Ronald Goldman were slain. Had it not been for …, he said …": "he"
    is O.J. Simpson, who spoke there and before (was Goldman, the man named last): one named in full who has
    spoken more than once goes on, as a titled one or one with a known given name does."""
    an = _analysis(
        [
            "O.J. Simpson said he is launching a Web site. Simpson said he still receives tips about the case.",
            "As for his move to Florida, he said he had wanted to move there even before his ex-wife and her friend"
            " Ronald Goldman were slain. Had it not been for a custody battle over his children, he said he would"
            " have relocated earlier.",
        ]
    )
    assert [q.speaker for q in an.quotes][-1] == "O.J. Simpson"


def test_the_and_one_capitalised_word_is_a_body_an_it_may_mean() -> None:
    """'"…," the Bundesbank said. CLAUSE, it added.': the Bundesbank goes on (was no one: "the Bundesbank" was a
    person by its one word, and "it" means no person)."""
    an = _analysis(
        [
            '"Nevertheless, no inflationary trends are likely to set in this year," the Bundesbank said. A link'
            " between excessive monetary growth and price rises can only be observed in the long term, it added.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Bundesbank", "Bundesbank"]
    assert [s.person for s in an.speakers] == [False]


def test_they_after_a_bare_group_before_anyone_spoke() -> None:
    """ "Traders anticipate carryover demand …. CLAUSE, they noted.": the traders, the group the sentence before
    opens with, when no one has spoken yet (was no one)."""
    an = _analysis(
        [
            "Live hog futures are expected to open steady. Traders anticipate carryover demand prompted by firmer"
            " live calls. Hog runs are light as farmers are starting spring fieldwork in some areas, they noted.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Traders"]


def test_a_missile_range_is_a_place_no_he() -> None:
    """ "… than the rockets used in testing at White Sands Missile Range. He said CLAUSE": Franklin, who spoke
    before (was 'Missile Range', a person titled 'White Sands')."""
    an = _analysis(
        [
            "Franklin said the two tests have proven that the missile works. Critics said the system should be"
            " tested against faster missiles than the rockets used in testing at White Sands Missile Range. He said"
            " a final decision will be made next year.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Franklin", "Critics", "Franklin"]


def test_one_said_is_one_of_the_group_that_spoke_or_no_one() -> None:
    """'"…," one said' after a group speaks: one of that group (was the group only by the last-speaker fallback,
    and after one person, that person: 'Sheikh Munajjid had some supporters. "…," one wrote.' was Munajjid).
    "one of the fans" is a speaker as named (was none: a number word before a group noun)."""
    an = _analysis(["Sheikh Munajjid had some supporters, however.", '"It is imitating the infidels," one wrote.'])
    assert [q.speaker for q in an.quotes] == [None]
    an = _analysis(
        [
            'The diplomats said they knew of no deal for an escort, but "the idea of protection is implicit," one'
            ' said. Nonetheless, U.S. officials see signs of improvement. "I would be stunned if we did not gain,"'
            " said one.",
        ]
    )
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["The diplomats", "U.S. officials"]
    an = _analysis(['"We will win the cup this year," said one of the fans.'])
    assert [q.speaker for q in an.quotes] == ["one of the fans"]


def test_a_number_comma_opens_no_apposition() -> None:
    """'The Intergovernmental Panel on Climate Change, a group of more than 2,000 scientists …, has concluded
    that there is a "…"': the panel (was Karl, who spoke before: the comma of "2,000" ended the apposition)."""
    an = _analysis(
        [
            '"Some of these patterns now seem to have the odds loaded," Karl said. The Intergovernmental Panel on'
            " Climate Change, a U.N.-sponsored group of more than 2,000 scientists monitoring the global climate,"
            ' has concluded that there is a "discernible human influence" on the climate.',
        ]
    )
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == [
        "Karl",
        "The Intergovernmental Panel on Climate Change",
    ]


def test_a_participle_hangs_on_a_subject_whose_verb_is_had() -> None:
    """'Blumenthal had some of the harshest words for Microsoft, asserting that … had portrayed "…"': Blumenthal
    (was Klein, the last speaker: "had" was no verb to the subject reader)."""
    an = _analysis(
        [
            'Klein said it showed that "in America, no person is above the law." Blumenthal had some of the'
            ' harshest words for Microsoft, asserting that the opinion had portrayed "a predator that has misused'
            ' its monopolistic power."',
        ]
    )
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Klein", "Blumenthal"]


def test_a_second_verb_belongs_to_who_said_not_to_the_clause_subject() -> None:
    """'Herbert said CSR had no plans to raise its bid, and said CLAUSE': Herbert (was CSR: "said" was no verb to
    the subject reader, which took the reported clause's subject); 'Standard and Poor's said that, …' stays the
    firm, not Mr Poor."""
    an = _analysis(
        [
            "CSR Ltd launched a bid for Monier in April, a CSR spokesman, Gene Herbert, said.",
            "Herbert said CSR had no plans to raise its bid, and said a higher price would be difficult to justify.",
        ]
    )
    assert {q.speaker for q in an.quotes} == {"Gene Herbert"}
    an = _analysis(
        [
            "Standard and Poor's said that, in return for its investment, Chrysler would get a weak business.",
            '"The Jeep line is a worthwhile extension for the product line of the company."',
        ]
    )
    assert {q.speaker for q in an.quotes} == {"Standard and Poor's"}


def test_a_clause_after_a_names_comma_is_no_title() -> None:
    """'As a team physician for the Houston Rockets, he wasn't the kind of doctor …': no person 'Houston Rockets'
    titled with the clause, so '"…," the doctor would say' is the doctor (was Houston Rockets)."""
    assert _speakers(
        "As a surgeon and a team physician for the Houston Rockets, he wasn't the kind of doctor given to"
        " introspection about the Mind-Body Problem.",
        '"My name is so-and-so and I will see you tomorrow," the doctor would say.',
    ) == ["the doctor"]


def test_a_surname_two_share_is_not_the_one_the_sentence_is_about() -> None:
    """'Evan never played with any of his toys, O'Neal recalls.': Mary O'Neal, his mother, not Evan O'Neal, whom
    the sentence names by his given name (was Evan: the first of the two introduced)."""
    an = _analysis(
        [
            "Evan O'Neal, 4, ambles into an examination room cradling a worn Big Bird.",
            "Like Mary O'Neal, many parents pray that the drug is the answer.",
            "Evan never played with any of his toys, O'Neal recalls. But he loved his father's blow dryer.",
            '"He thought that was the greatest thing since cream cheese," O\'Neal says.',
        ]
    )
    assert {q.speaker for q in an.quotes} == {"Mary O'Neal"}


def test_manner_verbs_bring_quotes_and_a_body_in_a_place_is_no_person() -> None:
    """'"…," Bock gushes', 'one suitor exclaims: "…"' (were no one: no speech verb); 'the Tachi Yokut Tribe in the
    San Joaquin Valley brags that …' is the tribe there (was 'Joaquin Valley', a person titled 'Tachi Yokut Tribe
    in the San')."""
    an = _analysis(['"It is just so much fun to collect these toys," Lauren Bock gushes.'])
    assert [q.speaker for q in an.quotes] == ["Lauren Bock"]
    assert _speakers(
        "In California, the Tachi Yokut Tribe in the San Joaquin Valley brags on its Web site that its casino has"
        " provided employment for tribal members.",
    ) == ["the Tachi Yokut Tribe in the San Joaquin Valley"]


def test_a_given_name_of_either_sex_lets_he_mean_its_bearer() -> None:
    """'Canadian Prime Minister Jean Chretien said …. CLAUSE, he said.': Chretien (was no one: "Jean" made him a
    woman, whom "he" never means); "Dana" and "Andrea" are names of either sex too."""
    assert _speakers(
        "Canadian Prime Minister Jean Chretien said people in Quebec are facing reality about separation.",
        "The premiers' initiative in Calgary has helped clarify the issues, he said.",
    ) == ["Jean Chretien", "Jean Chretien"]
    # "Kelly" too: Kelly Brownell is "he" (was the last man named, further back), Kelly Ayotte "she", alone in the
    # sentence before (not the woman who spoke last)
    assert _speakers(
        '"They are frail, big people," said Gordon Jensen, a professor.',
        "It won't stop the epidemic, Yale psychologist Kelly Brownell said. To do that, there must be social "
        "action, he said.",
    ) == ["Gordon Jensen", "Kelly Brownell", "Kelly Brownell"]
    assert _speakers(
        "Kelly Ayotte is the senator. Maggie Hassan said she was focused on the reasons.",
        "This is not the campaign Ayotte hoped to be running. She acknowledges that she did not expect it.",
    ) == ["Maggie Hassan", "Kelly Ayotte"]


def test_a_title_with_to_the_ends_before_the_name() -> None:
    """ "Chief Secretary to the Treasury Paul Boateng" is Paul Boateng, titled so, whom the next "he" means (was
    'Treasury Paul Boateng', no person, and "he" the man who spoke before); the title stays in its sentence."""
    an = _analysis([
        "Michael Howard said Labour are creating Two Britains.",
        'But Chief Secretary to the Treasury Paul Boateng attacked the plans. "The Conservatives are committed to '
        'cutting spending," he said.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Michael Howard", "Paul Boateng"]
    assert [(s.name, s.title) for s in an.speakers][1] == ("Paul Boateng", "Chief Secretary to the Treasury")


def test_a_state_or_an_owned_place_is_no_one() -> None:
    """ "A local union official in Tulsa, Okla., said …": 'Okla' is a state, no surname (the state abbreviations
    were speakers); "Microsoft's Silicon Valley campus" holds no person 'Silicon Valley' whom a later "he" means;
    a person named Kan, with no stop after it, still speaks."""
    an = _analysis(["A local union official in Tulsa, Okla., said the agreement was accepted by the members."])
    assert [q.speaker for q in an.quotes] != ["Okla"]
    an = _analysis([
        "Co-founder Stacy Stephens said rumors that its robots are roaming Microsoft's Silicon Valley campus are "
        "not true.",
        '"Unfortunately, that is what people get for not calling us up to confirm things," he added.',
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Stacy Stephens", "Stacy Stephens"]
    assert [q.speaker for q in _analysis(["Kan said the network would carry 100 million users."]).quotes] == ["Kan"]


def test_an_aside_between_the_subject_and_its_cue_is_no_title() -> None:
    """ "Norm Macdonald, interviewed just before his sitcom's debut, in the latest Rolling Stone, said": Macdonald
    (was 'his sitcom's debut'), untitled (one aside was his title: 'interviewed in Rolling Stone'); "Parry,
    speaking exclusively to BBC Sport, said", "Cassoni, however, said" have no title either; "of the League Against
    Cruel Sports", "in charge of rescue for the ferry" still are titles."""
    an = _analysis([
        "Norm Macdonald, interviewed just before his sitcom's debut, in the latest Rolling Stone, said that he "
        "agreed to live in Los Angeles.",
        "Rick Parry, speaking exclusively to BBC Sport, said the club was not for sale.",
        "Mike Hobday, of the League Against Cruel Sports, said the ban was working well.",
        "Jacques Thas, in charge of rescue for the ferry, said the divers were ready.",
    ])  # fmt: skip
    assert [(s.name, s.title) for s in an.speakers] == [
        ("Norm Macdonald", None),
        ("Rick Parry", None),
        ("Mike Hobday", "of the League Against Cruel Sports"),
        ("Jacques Thas", "in charge of rescue for the ferry"),
    ]


def test_a_preposition_and_a_name_is_no_speaker() -> None:
    """ "The Federation …, FOSFA, in London said", "Traders here and in Paris said": 'in London', 'in Paris' are
    where someone is, no one who speaks (they were listed as speakers)."""
    for sentence in (
        "The Federation of Oils Seeds and Fats Associations, FOSFA, in London said it would extend the deadline.",
        "Traders here and in Paris said the results of the tender are hard to forecast.",
    ):
        assert all(q.speaker not in ("in London", "in Paris") for q in _analysis([sentence]).quotes)


def test_a_delegation_is_no_one_whose_title_shares_a_word() -> None:
    """ "the AI delegation claimed that …" after "AI Secretary-General Pierre Sane": the delegation, as named (was
    Sane, whose title holds "AI")."""
    an = _analysis([
        "The government told the visiting AI Secretary-General Pierre Sane that it would not take prescriptions.",
        "During its stay in Kenya, the AI delegation claimed that they interviewed a cross section of Kenyans.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes][-1] == "the AI delegation"


def test_he_after_an_unnamed_official_spoke_is_the_official() -> None:
    """'Neither Vaskevitch nor Sofar are living here, the official said. CLAUSE, he said.': the official, who
    spoke there (was Nahum Vaskevitch, named in what the official reported); so 'a company spokesman said. He
    said CLAUSE' across Reuters copy (was the company or a person the spokesman spoke of)."""
    an = _analysis(
        [
            "The SEC said it charged a managing director of Merrill Lynch, Nahum Vaskevitch, with insider trading.",
            "An SEC official in Washington said the Vaskevitch case is unrelated to the agency's probe.",
            "Neither Vaskevitch nor Sofar are currently living in the U.S. and can not be extradited, the official"
            " said. Vaskevitch is living in England and Sofar's whereabouts are unknown, he said.",
        ]
    )
    assert [q.speaker for q in an.quotes][-1] == "An SEC official in Washington"


def test_the_company_is_the_body_that_spoke_a_few_sentences_back() -> None:
    """ "Standard and Poor's Corp said it downgraded …. S and P cut … the debt of … Carrier Corp. A-1-plus paper
    was affirmed. The agency said CLAUSE": S&P, which spoke three sentences back (was Carrier Corp, the last body
    named, which the agency rated)."""
    assert _speakers(
        "Standard and Poor's Corp said it downgraded 1.7 billion dlrs of debt of United Technologies Corp.",
        "S and P cut to AA-minus from AA the senior debt of the parent and units UT Credit Corp and Carrier Corp."
        " A-1-plus commercial paper was affirmed. The agency said new management would be challenged to reverse"
        " operational problems.",
    ) == ["Standard and Poor's Corp", "Standard and Poor's Corp"]


def test_a_nation_s_adjective_is_its_people_after_the_and_no_one_alone() -> None:
    """ "what the British say are …" is the British, a people (was 'British', a person, then Margaret Thatcher,
    titled 'British Prime Minister'); "British hope Imelda Staunton is one of the favourites" names no one who
    speaks (was 'British'); "The Japanese think CLAUSE" is a belief reported of a people."""
    assert _speakers(
        "British Prime Minister Margaret Thatcher threatened to block Japanese firms after the Japanese placed"
        " what the British say are restrictive conditions on a bid by Cable and Wireless.",
        "British hope Imelda Staunton is one of the favourites to land the best actress award.",
        "The Japanese think EC firms are now more competitive than U.S. firms.",
    ) == ["the British", None, "The Japanese"]


def test_an_owner_s_participle_before_a_noun_reports_nothing() -> None:
    """ "talks on ETA's stated demand of independence", "over Japan's alleged failure to adhere to the pact": a
    participle before a noun, no report (were reports by ETA and Japan, and 'he says' before it lost to ETA);
    "Standard and Poor's said it is reviewing …" and "McDonald's announced it was to scrap …" still report."""
    assert _speakers(
        "Prime Minister Jose Maria Aznar spoke on Monday. And even so, he says the government is only willing"
        " to discuss prisoner transfers, ruling out talks on ETA's stated demand of independence.",
        "Reagan imposed penalties over Japan's alleged failure to adhere to a July 1986 agreement on chips.",
        "Standard and Poor's said it is reviewing two A-rated eurobond issues for a possible downgrade.",
    ) == ["Jose Maria Aznar", "Standard and Poor's"]


def test_a_medium_then_the_clause_and_estimates_that_put_a_figure() -> None:
    """ "Douglas said in a statement the June quarter borrowing program will …": the clause starts after the
    medium (was "in a statement the June …"); "Preliminary estimates put the deficit at …" reports nothing (was
    a report by 'Preliminary', read as a surname)."""
    an = _analysis(
        [
            "Finance Minister Roger Douglas said in a statement the June quarter borrowing program will be small.",
            "Preliminary estimates put net public sector injections for 1987/88 at 1.6 billion dlrs.",
        ]
    )
    assert [(q.speaker, q.text) for q in an.quotes] == [
        ("Roger Douglas", "the June quarter borrowing program will be small")
    ]


def test_a_name_in_apposition_after_an_opening_phrase_and_before_its_home() -> None:
    """ "In the Senate, a leading Republican senator, former … Chairman Mark Hatfield of Oregon, said": Hatfield
    (was the descriptor: the opening phrase counted in its length, and "of Oregon" hid the name); "Some House
    Democrats, including Speaker James Wright of Texas, said" stays the group."""
    assert _speakers(
        "In the Senate, a leading Republican senator, former Senate Appropriations Committee Chairman Mark"
        " Hatfield of Oregon, said he would try to prevent consideration of the bill.",
        "Some House Democrats, including Speaker James Wright of Texas, said they would delay their reaction.",
    ) == ["Mark Hatfield", "Some House Democrats"]


def test_a_group_with_one_word_before_it_and_a_relative_clause_speaks_as_named() -> None:
    """ "Weather officials in neighbouring Sweden said" (was 'Sweden'), "Overnight reports from Tokyo said that"
    (was 'Tokyo'), "Western diplomats in the region said" (was no report), "bankers who attended the meeting
    with Gros said" (was no one: its head read as "meeting", an event)."""
    assert _speakers(
        "Finance Minister Francisco Gros spoke on Monday. But bankers who attended the meeting with Gros said it"
        " was inconclusive.",
        "Weather officials in neighbouring Sweden said the icy conditions were the worst for 30 years.",
        "Overnight reports from Tokyo said that the Bank of Japan was aggressively supporting the dollar.",
        "Western diplomats in the region said the talks had stalled again.",
    ) == [
        "bankers who attended the meeting with Gros",
        "Weather officials in neighbouring Sweden",
        "Overnight reports from Tokyo",
        "Western diplomats in the region",
    ]


def test_made_it_clear_reports_and_a_capital_i_is_the_writer() -> None:
    """ "A 1972 U.S. Supreme Court decision makes it clear that CLAUSE", "Sir Clive Woodward has made it clear
    CLAUSE": reports (were none); "By the time I could walk and talk I …" reads the writer's "I" (was a body
    called 'I'), who makes nothing clear to report; nor does an event ("The New York primary made it clear")."""
    an = _analysis(
        [
            "A 1972 U.S. Supreme Court decision makes it clear that a half-truth is not enough for conviction.",
            "Lions coach Sir Clive Woodward has made it clear he will pick his squad based on form.",
            "By the time I could walk and talk I made it clear I was a girl and dressed as one.",
            "The New York primary made it clear that the affection of his supporters runs deep.",
        ]
    )
    # (a court's dated decision is the court's; the primary showed it, and said nothing)
    assert [q.speaker for q in an.quotes] == ["U.S. Supreme Court", "Clive Woodward"]
    assert parse_np("talk I", 0) == Mention("pronoun", "I", "i", None, 5, 6)


def test_an_object_pronoun_opens_no_clause_and_many_times_is_when() -> None:
    """ "He said Abacha reassured him on certain decisions": Carter's report only (there was a second, by Abacha,
    of "him on certain decisions"); "Arafat has stated many times in the past that CLAUSE" reports the clause
    after "that" (was "many times in the past that …")."""
    an = _analysis(
        [
            "Former U.S. president Jimmy Carter spoke in Abuja. He said Abacha reassured him on certain decisions"
            " made by the government.",
            "Arafat has stated many times in the past that he has the right to declare a state.",
        ]
    )
    assert [(q.speaker, q.text[:20]) for q in an.quotes] == [
        ("Jimmy Carter", "Abacha reassured him"),
        ("Arafat", "he has the right to "),
    ]


def test_a_country_s_envoy_to_a_body_is_the_envoy() -> None:
    """ "Iraq's ambassador to the United Nations said …": the ambassador, as named (was the United Nations);
    "Britain's ambassador to Washington Peter Jay said" stays Peter Jay."""
    assert _speakers(
        "Iraq's ambassador to the United Nations said his country had not helped Sudan make chemical weapons.",
        "Britain's ambassador to Washington Peter Jay said the talks would go on.",
    ) == ["Iraq's ambassador to the United Nations", "Peter Jay"]


def test_an_open_is_no_person_and_an_owner_s_fears_are_a_noun() -> None:
    """ "The 1998 French Open champion is determined …. "…," he said": no person 'French Open' (was the speaker);
    "To allay consumers' fears that CLAUSE, Roberts said …" reports only Roberts (was a report by 'To allay
    consumers')."""
    assert _speakers(
        "Carlos Moya withdrew from the Davis Cup team. The 1998 French Open champion is determined to make an"
        ' impact. "At the age of 29 I have set some tough goals," he said.',
        "To allay consumers' fears that deregulation might lead to price increases, Roberts said one alternative"
        " would be a transitional plan.",
    ) == ["Carlos Moya", "Roberts"]


def test_a_noun_like_cue_before_a_relative_that_reports_nothing() -> None:
    """ "the value of lira bank notes that can be brought into Italy", "Rust Belt states that have suffered",
    "Dalkon Shield claims that must be dealt with": a noun and its relative clause (were reports by 'a 400,000
    lire limit …', 'Rust Belt', 'Dalkon Shield'); "He notes that the plan would fail" still reports."""
    assert _speakers(
        "The measure lifts a 400,000 lire limit on the value of lira bank notes that can be brought into Italy.",
        "Voters went to the polls in Illinois and Ohio, Rust Belt states that have suffered from lost jobs.",
        "Smith notes that the plan would fail.",
    ) == ["Smith"]


def test_trades_are_roles_before_a_name() -> None:
    """ "said Technician Leslie Keefe", "the dentist says" after Hyman Friedman: roles (were a name 'Technician
    Leslie Keefe', and 'the dentist' as named)."""
    assert _speakers(
        '"All previous selloffs have stopped at that level," said Technician Leslie Keefe.',
        'Dentist Hyman Friedman was fascinated. "It might not work with every patient," the dentist says.',
    ) == ["Leslie Keefe", "Hyman Friedman"]


def test_a_former_holder_is_not_the_one_titled_as_holding_the_post() -> None:
    """ "riots forced President Suharto from power …, Carter said. … "…," the former US president said": Carter,
    who spoke last (was Suharto, the one titled President); one titled former still is."""
    assert _speakers(
        "A year after riots forced President Suharto from power, Indonesians voted freely, Jimmy Carter said.",
        '"The grades we have given are very good," Carter said. The count was "very meticulous, almost'
        ' excruciatingly so," the former US president said.',
        'Former Governor Ann Lee watched the count. "We won this one easily," the former governor said.',
    ) == ["Jimmy Carter", "Jimmy Carter", "Jimmy Carter", "Jimmy Carter", "Ann Lee"]


def test_a_long_body_and_role_before_a_name_after_said() -> None:
    """'"…," said Industrial Bank of Japan Ltd senior economist Susumu Taketomi': nine words, a role and a name
    (was no one: the reader gave up past eight words)."""
    assert _speakers(
        '"A big step forward has been taken," said Industrial Bank of Japan Ltd senior economist Susumu Taketomi.'
    ) == ["Susumu Taketomi"]


def test_an_owner_before_a_surname_is_where_the_person_works() -> None:
    """ "Industrial Bank's Taketomi said", "Chase Manhattan's Nicol took a different view. He said": the person
    named before by that surname (were 'Industrial Bank Taketomi' and the analyst quoted before Nicol); "People's
    Daily" stays one name."""
    assert _speakers(
        '"Prices will fall," said Susumu Taketomi, economist at Industrial Bank. "The Ministry is afraid of a'
        " flood,\" Industrial Bank's Taketomi said.",
        '"Fundamentals are awful," said Philip Lambert, an analyst. Peter Nicol, analyst at Chase Manhattan,'
        " said OPEC would hold. Chase Manhattan's Nicol took a different view, however. He said the strike"
        " achieved nothing.",
        "The People's Daily said the drought had spread to four provinces.",
    ) == ["Susumu Taketomi", "Susumu Taketomi", "Philip Lambert", "Peter Nicol", "Peter Nicol", "People's Daily"]


def test_a_word_with_its_own_spokeswoman_is_a_body_no_he_means() -> None:
    """ "a Microsoft spokeswoman …. Microsoft said it …. Microsoft had delivered kits to EA, but he said": Rory
    Armes, who spoke before (was Microsoft, read as a surname, so a man)."""
    assert _speakers(
        "A Microsoft spokeswoman confirmed the date. Microsoft said it had sold five million consoles.",
        "Rory Armes, studio manager at Electronic Arts, told the BBC that EA was testing the machines. Microsoft"
        " had delivered development kits to EA, but he said the company was still waiting on Sony's kits.",
    ) == ["Microsoft", "Rory Armes", "Rory Armes"]


def test_a_condition_run_into_its_main_clause_is_reported() -> None:
    """ "If Swissair decides to exercise its option these too would have Pratt engines, the spokesman said": the
    condition's comma lost, the whole is the report (was none); "When asked about it, the spokesman said." still
    reports nothing."""
    assert _speakers(
        "If Swissair decides to exercise its option these too would have Pratt engines, the spokesman said.",
        "When asked about the deal on Monday, the spokesman said.",
    ) == ["the spokesman"]


def test_an_acronym_in_commas_after_a_body_names_it_again() -> None:
    """ "The Commodity Futures Trading Commission, CFTC, said it …", "CLAUSE, the General Accounting Office, GAO,
    said", "CLAUSE, Bill Brodsky, president of the Chicago Mercantile Exchange, CME, said": the body or the
    person before the acronym (were no report at all); "the world's largest package delivery company, UPS, said"
    and "Iran's national news agency, IRNA," are the bodies by their short names, "a spokeswoman for France's
    largest farm union, FNSEA," the spokeswoman."""
    assert _speakers(
        "The Commodity Futures Trading Commission, CFTC, said it has received an application for a new contract.",
        "The farm loan portfolio will shrink by half next year, the General Accounting Office, GAO, said.",
        "The contract will start soon, Bill Brodsky, president of the Chicago Mercantile Exchange, CME, said.",
        "Separately, the world's largest package delivery company, UPS, said it had placed an order for 10 jets.",
        "Iraq will pay for the damage, Iran's national news agency, IRNA, said.",
        "Sunflower plantings fell this year, a spokeswoman for France's largest farm union, FNSEA, said.",
    ) == [
        "Commodity Futures Trading Commission",
        "General Accounting Office",
        "Bill Brodsky",
        "UPS",
        "IRNA",
        "a spokeswoman for France's largest farm union",
    ]


def test_a_manner_adverb_before_a_participle_is_no_one() -> None:
    """ "Simply stated, biodynamics is an organic farming system": how it is put (was a report by 'Simply')."""
    assert _speakers(
        "Simply stated, biodynamics is an organic farming system that uses no pesticides.",
        "Kelly stated that the system uses no pesticides.",
    ) == ["Kelly"]


def test_a_month_that_is_a_given_name_opens_the_name() -> None:
    """ "said June Arnette, associate director …", "April Mellody said": the woman's given name (were 'Arnette'
    and 'Mellody'); "In June Smith said" keeps its month."""
    assert _speakers(
        '"We have encouraged this for several years," said June Arnette, associate director of the center.',
        "April Mellody said the school would reopen next week.",
    ) == ["June Arnette", "April Mellody"]


def test_bellowed_is_a_cue() -> None:
    """ "Chavez stood on a terrace. "…," he bellowed": Chavez (was the last speaker, the cue unknown)."""
    assert _speakers(
        '"People think they will eat better soon," said historian Guillermo Moron.',
        'Hours later, Hugo Chavez stood on a terrace above his supporters. "The resurrection of Venezuela has'
        ' begun," he bellowed over loudspeakers.',
    ) == ["Guillermo Moron", "Hugo Chavez"]


def test_a_participle_after_the_cue_and_its_comma_is_no_clause() -> None:
    """ "Wan shrieked, jumping on a bench": what he did, not what he said (was a report); "agreed, ruling that
    CLAUSE", "said Friday, during testimony …, that CLAUSE" and "said, assuming a quota, CLAUSE" report the clause
    only (the aside was part of it)."""
    analysis = _analysis(
        [
            '"You are corrupt!" Wan shrieked, jumping on a bench and gesticulating wildly.',
            "Judge Debbie Kleven agreed, ruling that Ehlis lacked the capacity to understand what he was doing.",
            "Bailey said Friday, during testimony in a Florida courtroom, that he had been framed by the police.",
            "Calmon said, assuming a 58 mln bag quota, Brazil's share would have been 14.5 mln bags.",
        ]
    )
    assert [(q.kind, q.speaker, q.text) for q in analysis.quotes if q.kind == "indirect"] == [
        ("indirect", "Debbie Kleven", "Ehlis lacked the capacity to understand what he was doing"),
        ("indirect", "Bailey", "he had been framed by the police"),
        ("indirect", "Calmon", "Brazil's share would have been 14.5 mln bags"),
    ]


def test_document_finding_reports_what_a_study_found() -> None:
    """ "A 2014 study by Harvard … found that CLAUSE", "The survey also showed that CLAUSE": the document speaks,
    named as the article names it (GUIDE; was no report); people who found something ("Police found that …")
    are no document, and a finding inside a quotation is the quoted speaker's."""
    analysis = _analysis(
        [
            "A 2014 study by Harvard and the University of California at Berkeley found that mobility was low.",
            "Police found that the door had been forced open.",
            "The survey of 1,000 adults also showed that most voters want a change.",
            '"The research shows that therapy is as effective as drugs," says Dr. Andrew Rosen.',
        ]
    )
    got = [(q.rule.split("/")[0], q.speaker, q.text) for q in analysis.quotes if q.kind == "indirect"]
    assert got == [
        (
            "document-finding",
            "A 2014 study by Harvard and the University of California at Berkeley",
            "mobility was low",
        ),
        ("document-finding", "The survey of 1,000 adults", "most voters want a change"),
    ]


def test_a_work_and_its_makers_speak_as_named() -> None:
    """ "A report issued by the National Association of School Psychologists concluded", "A study released by
    Harvard University said": the work, with its makers (GUIDE: a report is its own speaker; were the bodies);
    "A statement issued by the Foreign Ministry said" is still the ministry's."""
    assert _speakers(
        "A report issued by the National Association of School Psychologists concluded there was a warning sign.",
        "A study released by Harvard University said the drug works in most patients.",
        "A statement issued by the Foreign Ministry said the talks had failed.",
    ) == [
        "A report issued by the National Association of School Psychologists",
        "A study released by Harvard University",
        "Foreign Ministry",
    ]


def test_a_body_named_with_and_after_of_is_read_whole() -> None:
    """ "the U.S. Department of Housing and Urban Development said", "the Port Authority of New York and New
    Jersey said": the body (were 'Urban Development' and 'New Jersey', read as names)."""
    assert _speakers(
        "The U.S. Department of Housing and Urban Development said rents had risen by a tenth.",
        "The Port Authority of New York and New Jersey said the tunnel would reopen on Monday.",
    ) == ["U.S. Department of Housing and Urban Development", "Port Authority of New York and New Jersey"]


def test_a_nation_s_noun_before_a_name_is_where_they_are_from() -> None:
    """ "said Spaniard Guillermo Garcia-Lopez": the player (was 'Spaniard Guillermo Garcia-Lopez'); "American
    Home Products said" stays a firm."""
    assert _speakers(
        '"I played very well today in the wind," said Spaniard Guillermo Garcia-Lopez.',
        "American Home Products said its sales rose by a tenth.",
    ) == ["Guillermo Garcia-Lopez", "American Home Products"]


def test_propose_and_agree_report_only_a_that_clause() -> None:
    """ "Clinton also proposed that CLAUSE", "While experts agree that CLAUSE, …": reports (were none); "proposed
    a merger", "the proposed question", "agree on key areas" report nothing; "Census data … reported that"
    speaks, data being a document's plural (GUIDE)."""
    analysis = _analysis(
        [
            "Clinton also proposed that 11 percent of the surplus be set aside for new retirement accounts.",
            "While experts agree that the area could prove lucrative, there is a variance of opinion.",
            "The company proposed a merger with its rival on Monday. The two agree on key areas of the plan.",
            "Census data, which covers two counties, reported that the population is older than the state's.",
        ]
    )
    assert [(q.speaker, q.text) for q in analysis.quotes] == [
        ("Clinton", "11 percent of the surplus be set aside for new retirement accounts"),
        ("experts", "the area could prove lucrative"),
        ("Census data", "the population is older than the state's"),
    ]


def test_owned_claim_reports_what_the_owner_said() -> None:
    """ "lawmakers disagreed with Alan Greenspan's warning Thursday that CLAUSE", "rejected Washington's claim
    that CLAUSE": the owner speaks (were no report); as a sentence's subject ("Bellamy's claim that … was denied")
    the clause's end is not known, and nothing is reported."""
    analysis = _analysis(
        [
            "Lawmakers disagreed with Federal Reserve Chairman Alan Greenspan's warning Thursday that the only way"
            " to save Social Security is to raise taxes.",
            "Sudan rejected Washington's claim that the factory had made nerve gas.",
            "Bellamy's claim that Souness had lied was strongly denied by the club.",
        ]
    )
    assert [(q.rule.split("/")[0], q.speaker, q.text) for q in analysis.quotes] == [
        ("owned-claim", "Alan Greenspan", "the only way to save Social Security is to raise taxes"),
        ("owned-claim", "Washington", "the factory had made nerve gas"),
    ]


def test_a_firm_before_a_qualified_role_is_the_whole_firm_in_the_title() -> None:
    """ "said Industrial Bank of Japan Ltd senior economist Susumu Taketomi": the title holds the firm whole (was
    'Ltd senior economist'; a party before a qualifier, "Tory shadow chancellor", still stands alone)."""
    speakers = {
        s.name: s.title
        for s in _analysis(
            [
                '"A big step forward has been taken," said Industrial Bank of Japan Ltd senior economist Susumu'
                " Taketomi.",
                'Tory shadow chancellor George Osborne agreed. "It is a start," he said.',
            ]
        ).speakers
    }
    assert speakers == {
        "Susumu Taketomi": "Industrial Bank of Japan Ltd senior economist",
        "George Osborne": "Tory shadow chancellor",
    }


def test_a_work_by_a_body_named_with_and_is_read_whole() -> None:
    """ "A report by the National Clearinghouse on Alcohol and Drug Abuse estimates that …", "…, the joint report
    from the Food and Agriculture Organisation and the World Food Programme said": the work with its makers'
    whole names (were 'Drug Abuse' and the World Food Programme)."""
    assert _speakers(
        "A report by the National Clearinghouse on Alcohol and Drug Abuse estimates that many teens use steroids.",
        "Crop production rose, the joint report from the Food and Agriculture Organisation and the World Food"
        " Programme said.",
    ) == [
        "A report by the National Clearinghouse on Alcohol and Drug Abuse",
        "the joint report from the Food and Agriculture Organisation and the World Food Programme",
    ]


def test_sources_linked_to_a_body_are_the_sources() -> None:
    """ "sources linked to the Presidency said", "A source linked to the YPG said": those sources, as the article
    words them (were 'Presidency' and 'YPG')."""
    assert _speakers(
        "In Brasilia, sources linked to the Presidency said Brazil was preparing a new program.",
        "A source linked to the YPG said the town was calm on Monday.",
    ) == ["sources linked to the Presidency", "A source linked to the YPG"]


def test_a_statement_from_or_of_a_body_or_under_its_name_speaks_for_it() -> None:
    """ "a statement from the ministry said", "a statement of the ministry said", "an Atlas statement said": the
    body that issued it (the first read "the ministry said" as the issuer, the others kept the statement), and a
    body whose name goes on past "with" keeps its whole name."""
    assert _speakers(
        "The Kenyan Foreign Ministry decided to help on Monday.",
        "The team will arrive on Monday, a statement from the ministry said.",
    ) == ["Kenyan Foreign Ministry"]
    assert _speakers(
        "The Foreign Ministry decided to provide financial support for the team, a statement of the ministry said."
    ) == ["Foreign Ministry"]
    assert _speakers(
        "Bond Corp and Atlas are still holding talks on a bail-out package, an Atlas statement said.",
        "Atlas, the biggest copper producer, said it had been hit by low prices.",
    ) == ["Atlas", "Atlas"]
    assert _speakers(
        "A statement issued by the Families with Children From China (FCC), a support group, said the orphanages"
        " operate with very limited resources."
    ) == ["Families with Children From China"]


def test_told_a_body_of_people_the_clause_follows_it() -> None:
    """ "told police he was driving home", "told parliament the budget would be cut", "told union members in a
    taped message earlier in the week that …": the people told go before the clause (were read into it)."""
    assert [t for t, _, _ in _reports(["Fei Lin told police he was asleep when the thieves came in."])] == [
        "he was asleep when the thieves came in"
    ]
    assert [t for t, _, _ in _reports(["Finance Minister Onno Ruding told parliament the budget would be cut."])] == [
        "the budget would be cut"
    ]
    assert [t for t, _, _ in _reports(["Jane Doe told staff members the plant would close."])] == [
        "the plant would close"  # (the noun and its modifier: "staff" alone is not whom she told)
    ]
    assert [
        t
        for t, _, _ in _reports(
            [
                "UAW President Stephen Yokich told union members in a taped message earlier in the week that Ford was"
                " being stubborn about the contracts."
            ]
        )
    ] == ["Ford was being stubborn about the contracts"]


def test_urged_not_to_keeps_whom_it_urged() -> None:
    """ "warned Mr Brown not to be tempted …": the one urged goes with what not to do (GUIDE's "urged the
    information commissioner to look at …"), as with "to"."""
    assert [
        t for t, _, _ in _reports(["Sir Digby Jones warned Mr Brown not to be tempted to use any extra cash."])
    ] == ["Mr Brown not to be tempted to use any extra cash"]


def test_according_to_x_and_an_apposition_with_an_adjective_in_ed() -> None:
    """ "according to a newsletter by …, a respected trade publication, CLAUSE": the apposition is the source's
    (an adjective in -ed is no verb); "According to CNN, an unidentified man, who …, is said to …" is the clause's
    own subject, a relative clause after it."""
    got = _reports([
        "In 1986 and 1987, according to a newsletter by Applied Science and Analysis, a respected trade publication,"
        " the former Yugoslavia produced 250 sarin filled artillery shells."
    ])  # fmt: skip
    assert [t for t, _, _ in got] == ["the former Yugoslavia produced 250 sarin filled artillery shells"]
    got = _reports([
        "According to CNN, an unidentified man, who has since been interviewed by the FBI, is said to have"
        " recorded the incident."
    ])  # fmt: skip
    assert [t[:20] for t, _, _ in got] == ["an unidentified man,"]


def test_states_after_a_place_a_people_or_a_qualifier_is_the_noun() -> None:
    """ "… from the Gulf Arab states.", "… representatives of member states.", "… in other EC states.": the noun,
    no clause reported before it; "Prices will rise, Smith states." reports."""
    assert (
        _speakers("Glenn voiced a preference for a multinational force with cooperation from the Gulf Arab states.")
        == []
    )
    assert _speakers(
        "They agreed that the plan should be developed through meetings among the industry body, the Commission and"
        " representatives of member states."
    ) == [None]  # the report of "They said" alone (no one the sentence names), none of "states"
    assert _speakers("The deal involves 13 factories in eight countries, plus facilities in other EC states.") == []
    assert _speakers("Prices will rise next year, Smith states.") == ["Smith"]


def test_a_participle_phrase_describes_who_speaks() -> None:
    """ "The woman accused of killing him told police …", "The soldier accused of leaking documents to WikiLeaks
    said …": the one the participle describes (the first was no subject, the verb read as a clause's; the second
    was 'WikiLeaks'); "Special Adviser to the Prime Minister Jonathan Powell" stays Powell."""
    assert _speakers("The woman accused of killing him told police she was innocent.") == [
        "The woman accused of killing him"
    ]
    assert _speakers("The soldier accused of leaking documents to WikiLeaks said he was sorry.") == [
        "The soldier accused of leaking documents to WikiLeaks"
    ]
    assert _speakers("The special adviser to the Prime Minister Jonathan Powell said it was over.") == [
        "Jonathan Powell"
    ]


def test_officials_quoted_by_a_reporter_are_no_one_titled_with_by() -> None:
    """ "The officials quoted by Gertz said": those officials; no one whose "title" shares the word "by" (was the
    'Free Beacon', titled "the jets were taken by …" from the clause after its name)."""
    assert (
        _speakers(
            "Gertz is senior editor of the Free Beacon.",
            "According to a report in the Free Beacon, the jets were taken by militias in Libya.",
            "The officials quoted by Gertz said U.S. agencies are trying to locate the airplanes.",
        )[-1]
        == "The officials quoted by Gertz"
    )


def test_a_clause_before_a_cue_is_no_subject() -> None:
    """ "a new study published in The BMJ dashes any (hope that …)", "A report presented to the conference showed
    the airline (expects …)": a verb and its object inside, no one who hopes or expects."""
    assert _speakers("But a new study published in The BMJ dashes any hope that butter is actually back.") == []
    assert (
        _speakers(
            "A report presented to the conference showed the airline expects revenue to be 13 pct higher in 1987."
        )
        == []
    )


def test_citing_a_source_is_no_title() -> None:
    """ "…, an Iraqi named Saja al-Dulaimi, citing a security official …": how Reuters reported it, no title of
    hers, so "The security official cited by Reuters" is not her."""
    assert (
        _speakers(
            "Reuters is reporting that the woman is an Iraqi named Saja al-Dulaimi, citing a security official and a"
            " senior political source.",
            "The security official cited by Reuters said it is his daughter.",
        )[-1]
        == "The security official cited by Reuters"
    )


def test_with_a_body_saying_the_body_speaks() -> None:
    """ "with Reuters saying it occurred "in recent days,"": the body the absolute phrase names (was the "it" of
    the sentence before)."""
    an = _analysis([
        "A security official said it is his daughter. It is also unclear when the pair were detained, with Reuters"
        " saying it occurred “in recent days,” while a source told AFP they were taken near Arsal."
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes if q.kind == "direct"] == ["Reuters"]


def test_it_after_a_document_finding_is_the_document() -> None:
    """ "The new study found that …. It also concluded that …": the study (was 'Proponents of wolf recovery', a
    people no "it" means); a one-word firm ending in s ("Yukos") is no people."""
    got = _speakers(
        "Proponents of wolf recovery say that restoring wolves would help the region.",
        "The authors of that study said further investigation would be required.",
        "The new study found that highways posed formidable barriers. It also concluded that intensive hunting"
        " would further inhibit their spread.",
    )
    assert got[-1] == "The new study"
    assert _people("Proponents of wolf recovery") and not _people("Yukos") and not _people("Singapore Airlines")


def test_a_job_listing_is_no_event() -> None:
    """ "a new job listing posted by the Internet auctioneer suggests …": a writing that speaks (a noun in -ing
    was read as an event, which speaks for no one)."""
    assert _speakers(
        "Users will be glad, as a new job listing posted by the Internet auctioneer suggests advanced development of"
        " a bespoke Apple Watch app."
    ) == ["a new job listing posted by the Internet auctioneer"]


def test_they_after_because_is_the_sentences_plural_subject() -> None:
    """ "Phone companies refuse to pay compensation because they say …": the plural subject the sentence opens
    with, people or bodies (was the regulator that spoke before, one body no "they" means)."""
    assert _speakers(
        "It has received 45,000 complaints in recent months, according to regulator Icstis.",
        "Phone companies refuse to pay compensation because they say calls must be paid for.",
    ) == ["Icstis", "Phone companies"]
    assert _speakers("Business leaders had opposed the plan as they said it would be too costly.") == [
        "Business leaders"
    ]
    assert _speakers(
        "Commercial banks and life insurance companies back the market because they believe it would help lenders"
        " compete."
    ) == ["Commercial banks and life insurance companies"]


def test_a_name_then_its_post_without_a_comma() -> None:
    """ "Dr Mike Watts head of exploration said", "Mike Boswell chairman of Sunshine Mining Co told Reuters": the
    name, titled by the post after it (the first quote went to the firm that spoke before); the post of a body
    before a name ("Daiwa Securities general manager for Canada Hajimu Watanabe") is the name's after it."""
    an = _analysis([
        "Cairn said its belief had proved correct.",
        '"This area does need more appraisal drilling but it looks very strong," Dr Mike Watts head of exploration'
        " said.",
        '"Inflation is feeding the rally," Mike Boswell chairman of Sunshine Mining Co told Reuters.',
        '"Daiwa plans to open a new company," Daiwa Securities general manager for Canada Hajimu Watanabe told'
        " Reuters.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Cairn", "Mike Watts", "Mike Boswell", "Hajimu Watanabe"]
    titles = {s.name: s.title for s in an.speakers}
    assert titles["Mike Watts"] == "head of exploration"
    assert titles["Mike Boswell"] == "chairman of Sunshine Mining Co"


def test_told_a_broadcasters_programme_that() -> None:
    """ "He told BBC's Breakfast with Frost programme that …": the programme is whom he told, the clause after
    "that" his report, and the quotations after it his (went to the 'opponents' of two sentences before)."""
    an = _analysis([
        "But opponents say that similar schemes have not prevented attacks. On Sunday, Lib Dem leader Charles"
        ' Kennedy repeated his call for a "pause" in considering the legislation.',
        "He told BBC's Breakfast with Frost programme that Mr Clarke had a real opportunity on Monday."
        ' "If you were running a family would you pause to reflect?"',
    ])  # fmt: skip
    assert [(q.kind, q.speaker) for q in an.quotes][1:] == [
        ("indirect", "Charles Kennedy"),
        ("direct", "Charles Kennedy"),
    ]


def test_by_saying_without_that_reports_for_the_subject() -> None:
    """ "Chirac reacted to his warning by saying Europe instead needed to …", "The government defied … by declaring
    it will allow …": the clause after the participle, the sentence's subject's (only "by saying that" was read);
    not "by announcing plans to cut jobs" (a thing announced), nor a headline's line without its stop."""
    got = _reports([
        "French President Jacques Chirac reacted to his warning by saying Europe instead needed to reinforce its own"
        " unity."
    ])  # fmt: skip
    assert got == [("Europe instead needed to reinforce its own unity", "Jacques Chirac", "participle-report/name")]
    assert _speakers(
        "Australia's conservative government defied a U.N. body by declaring it will allow uranium mining at Jabiluka."
    ) == ["Australia's conservative government"]
    assert _speakers("The firm responded by announcing plans to cut jobs in the north.") == []
    assert _reports(["Vatican sparks controversy by saying gay couples have gifts and many qualities"]) == []


def test_recommended_that_reports() -> None:
    """ "the panel recommended that all mining activities should cease": a recommendation reported (dev gold's),
    as "proposed that" is; only before "that" ("the recommended dose" is no verb)."""
    assert _reports(["But the panel recommended that all mining activities should cease in the meantime."]) == [
        ("all mining activities should cease in the meantime", "the panel", "cue-then-clause/descriptor:as-named")
    ]
    assert _speakers("The recommended dose of the drug is low for most patients.") == []


def test_a_bodys_own_apostrophe_s_is_shown() -> None:
    """ "Moody's Investors Service Inc", "Standard and Poor's Corp", "McDonald's Corp": the name as the article
    writes it (were 'Moody Investors Service Inc', 'Standard and Poor Corp', among the corpus's 40 most quoted),
    and the short form still finds it."""
    an = _analysis([
        "Moody's Investors Service Inc said it may downgrade the debt of Acme Corp.",
        "Moody's said the review would take a month.",
        "Standard and Poor's Corp said it cut the rating of Beta Inc.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == [
        "Moody's Investors Service Inc",
        "Moody's Investors Service Inc",
        "Standard and Poor's Corp",
    ]
    assert {s.name: s.aliases for s in an.speakers}["Moody's Investors Service Inc"] == ["Moody's"]


def test_the_x_after_an_x_brought_in_unnamed_is_that_one() -> None:
    """ "The paper sent a reporter to spend a day in his courtroom. The reporter wrote that …": the one the story
    brought in unnamed (was the judge who spoke last); not when the last speaker is so titled or named ("Jane Doe,
    a spokeswoman for Acme, … The spokeswoman said" is Doe)."""
    assert _speakers(
        "Judge Thomas Jackson said the government had put on a very strong case.",
        "In 1995, the local paper sent a reporter to spend a day in his courtroom. The reporter wrote that he took"
        " a two-hour lunch.",
    ) == ["Thomas Jackson", "The reporter"]
    assert _speakers(
        "Jane Doe, a spokeswoman for Acme, said prices would rise.",
        "The spokeswoman said the plant would close next year.",
    ) == ["Jane Doe", "Jane Doe"]


def test_an_opening_phrase_before_the_subject_is_no_one() -> None:
    """ "In a letter to shareholders the company said": the company after the opening phrase; "The patients, in
    the two separate studies reported last week …, were given": a phrase of where, no one who reported."""
    assert _speakers("In a letter to shareholders the company said that part of its business is unprofitable.") == [
        "the company"
    ]
    assert (
        _speakers(
            "The patients, in the two separate studies reported last week in The Journal of the American Medical"
            " Association, were given the steroids."
        )
        == []
    )


def test_a_daily_is_a_paper() -> None:
    """ "the China Daily said", "People's Daily said": newspapers (the first was read as a person, so "the paper
    said" after it found no paper), and "the paper" is that daily."""
    assert _speakers(
        "Buyers outnumbered sellers on Monday, the China Daily said.",
        "The paper said prices were rising across the country.",
        "Grain output rose by a tenth in May, People's Daily said.",
    ) == ["China Daily", "China Daily", "People's Daily"]


def test_an_owners_modifier_is_no_part_of_a_firms_name() -> None:
    """ "Privately-held Piper Aircraft Corp said", "State-owned Philippine Airlines Ltd said": the firm's name
    without how it is held (only "-based" was left out)."""
    assert _speakers(
        "Privately-held Piper Aircraft Corp said it would cut 300 jobs at its plant.",
        "State-owned Philippine Airlines Ltd said it would buy four new jets.",
    ) == ["Piper Aircraft Corp", "Philippine Airlines Ltd"]


def test_a_place_alone_is_no_title() -> None:
    """ "Britain's Kelly Sotherton", "France's Pernod Ricard": where someone is from, no role to show as a title
    (37 speakers on bulk were titled 'Britain', 'France', 'US' …); "US President Bill Clinton" keeps his."""
    an = _analysis([
        "\"I am thrilled with the result,\" said Britain's Kelly Sotherton after the race.",
        '"We will cut taxes," said US President Bill Clinton.',
    ])  # fmt: skip
    assert {s.name: s.title for s in an.speakers} == {"Kelly Sotherton": None, "Bill Clinton": "US President"}


def test_a_word_of_what_a_post_is_held_for_is_no_title() -> None:
    """ "The girl told police" is not "Heidy Martindale, the mother of a 12-year-old girl", nor "the president" his
    spokesman; "The governor said" is still "Bank of Canada Governor John Crow", and a second post joined by "and
    the" is a post too."""
    assert _speakers(
        '"We will keep the schools closed," said Heidy Martindale, the mother of a 12-year-old girl.',
        "The girl told police the boys had planned an attack on the school gym.",
    ) == ["Heidy Martindale", "The girl"]
    assert _speakers(
        "Bank of Canada Governor John Crow said the economy would grow this year.",
        "The governor said the banking system remains sound.",
    ) == ["John Crow", "John Crow"]
    assert _speakers(
        "Rose Braz, a lawyer in Oakland and the director for Critical Resistance, said prisons were full.",
        "The director said the state's new numbers were good news.",
    ) == ["Rose Braz", "Rose Braz"]


def test_a_name_after_a_preposition_takes_no_title_from_the_next_subject() -> None:
    """ "… the death sentence on Salman Rushdie, a high-ranking official at presidential office said": the
    official said it, and Rushdie has no title (the lost comma of "John Doe, an Exxon director told Reuters" is
    read only for a name that may be the subject)."""
    an = _analysis([
        "Only the leader can cancel the death sentence on Salman Rushdie, a high-ranking official at the"
        " presidential office said here today."
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["a high-ranking official at the presidential office"]
    assert all(s.title is None for s in [*an.speakers, *an.mentioned] if s.name == "Salman Rushdie")


def test_a_relative_clause_runs_to_the_comma_before_the_verb() -> None:
    """ "Sandy Phillips, who lost her daughter … in Aurora, Colorado, in July 2012, said": the one the relative
    clause follows, whatever commas it holds (was 'Colorado'); "Jane Doe, who met Bill Smith, the mayor, on
    Monday, said": Doe, and "Jane Doe, who met Bill Smith" is no clause reported; not where the clause closed and a
    verb came ("Wolves, which …, might restore …, say the advocates"), nor a town's state ("Carl Schmid, a
    delegate from Washington, D.C., who serves …, said" is Schmid)."""
    assert _speakers(
        "Sandy Phillips, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, said that"
        " Sanders had treated her family with disrespect."
    ) == ["Sandy Phillips"]
    assert _reports(["Jane Doe, who met Bill Smith, the mayor, on Monday, said the plan would fail."]) == [
        ("the plan would fail", "Jane Doe", "cue-then-clause/name")
    ]
    assert (
        _speakers(
            "Wolves, which along with cougars were the top predators, might restore the balance with moose, say the"
            " advocates, just as they might help."
        )
        == []
    )
    assert _speakers(
        "Carl Schmid, a delegate to the convention from Washington, D.C., who serves on the board of the Human"
        " Rights Campaign, the largest gay rights group in the nation, said he was meeting with Bush."
    ) == ["Carl Schmid"]


def test_a_name_a_body_owns_and_where_they_are_is_the_person() -> None:
    """ "The BBC's Zubair Ahmed in Mumbai says", "BBC's Dominic Casciani said": the correspondent, whatever the
    given name (were the bodies 'BBC Zubair Ahmed in Mumbai', 'BBC Dominic Casciani'); not a firm's unit
    ("Allied-Signal Inc's Metglas Products") nor a body in a place ("Human Rights in China")."""
    assert _speakers(
        "The BBC's Zubair Ahmed in Mumbai says the film has angered many Christians.",
        "BBC's Dominic Casciani said the man was known to the security services.",
        "Foreign Ministry spokesman Mahmoud Mohammadi in New York said talks would resume.",
    ) == ["Zubair Ahmed", "Dominic Casciani", "Mahmoud Mohammadi"]
    assert _speakers(
        "Allied-Signal Inc's Metglas Products said it would build a new plant in the state.",
        "Human Rights in China said the dissident had been detained.",
    ) == ["Allied-Signal Inc Metglas Products", "Human Rights in China"]


def test_a_time_opening_and_a_plural_head_before_the_participle() -> None:
    """ "Earlier this month, U.S. District Judge Thomas Hogan struck down the law, saying it "…"": the judge (a
    time opening hid the subject: no speaker); "Finance ministry officials rejected the plan, saying …": the
    officials, not 'Finance ministry' ("officials" looked like the verb), and not a relative clause's words."""
    assert _speakers(
        'Earlier this month, U.S. District Judge Thomas Hogan struck down the law, saying it "impermissibly upsets'
        ' the balance of powers."'
    ) == ["Thomas Hogan", "Thomas Hogan"]
    assert _speakers(
        "Finance ministry officials rejected the plan, saying the budget could not bear the cost.",
        "A group of 32 national security experts warned of fakery, arguing that hackers could salt the files.",
    ) == ["Finance ministry officials", "A group of 32 national security experts"]


def test_a_posts_place_owner_in_the_lede_is_the_person_named_next() -> None:
    """ "Scotland's first minister has told pupils …. Jack McConnell was speaking …": McConnell (was 'Scotland's first
    minister', a speaker apart), titled so; "Scotland's justice minister" is not "First Minister Jack McConnell";
    "Argentina's chief debt negotiator" is not the most quoted American who is named later than the Argentine."""
    an = _analysis([
        "Scotland's first minister has told a group of pupils that it is okay to get drunk \"once in a while\".",
        "Jack McConnell was speaking to more than 100 pupils.",
        '"I hope I am not preaching to anybody here," Mr McConnell said. "We will act," he said.',
    ])  # fmt: skip
    assert {q.speaker for q in an.quotes} == {"Jack McConnell"}
    assert [s.title for s in an.speakers] == ["Scotland's first minister"]
    assert _speakers(
        "First Minister Jack McConnell opened the debate on Monday.",
        "Scotland's justice minister said that bigoted fans would be banned from matches.",
        "Cathy Jamieson said exclusion orders are one of a series of measures.",
        '"We want to hit them where it hurts," Ms Jamieson said.',
    ) == ["Cathy Jamieson", "Cathy Jamieson", "Cathy Jamieson"]
    assert (
        _speakers(
            "Argentina's chief debt negotiator said he was confident of a prompt accord with the banks.",
            '"I am quite optimistic," Treasury Secretary Mario Brodersohn said.',
            '"Talks go well," Paul Volcker said. "We meet again soon," Volcker said.',
            '"It is a fair deal," Volcker said.',
        )[0]
        == "Argentina's chief debt negotiator"
    )


def test_a_broadcaster_named_by_a_number_speaks() -> None:
    """ "Radio 1 said", "Channel 4 News reported": the station (a number made the phrase no one, and 'Channel 4
    News' was 'News')."""
    assert _speakers(
        'Radio 1 said the station would rise to the "challenge" of "keeping his legacy alive" with new music.',
        "Channel 4 News reported that the minister had resigned.",
    ) == ["Radio 1", "Radio 1", "Channel 4 News"]


def test_a_name_then_its_post_before_the_cue_without_the_closing_comma() -> None:
    """Reuters' "CLAUSE, James Fry, vice-president of GM Overseas Distribution Corporation said": Fry, the clause
    ending before his name (the body was the speaker and the name part of the clause); not a plural subject
    ("CLAUSE, Peter McPherson, as …, administration sources said")."""
    assert _reports(
        [
            "General Motors hopes to sell 8,000 vehicles in Europe this year, James Fry, vice-president of GM Overseas"
            " Distribution Corporation said.",
            "The president will shortly nominate the head of the program, Peter McPherson, as second-ranking officer of"
            " the Treasury, administration sources said.",
        ]
    ) == [
        ("General Motors hopes to sell 8,000 vehicles in Europe this year", "James Fry", "clause-then-cue/name"),
        (
            "The president will shortly nominate the head of the program, Peter McPherson, as second-ranking officer"
            " of the Treasury",
            "administration sources",
            "clause-then-cue/descriptor:as-named",
        ),
    ]


def test_a_participle_after_a_quotations_cue_reports_for_its_speaker() -> None:
    """'"…," she said, adding that it may lead to more violence': Boylan's report too (was no report), and
    "said Ellen Boylan, adding that …" gives her no title; "…, describing one of the attacks" is an object."""
    an = _analysis([
        "Ellen Boylan spoke on Monday.",
        '"In the mind of students, it is overcontrol," she said, adding that it may lead to more violence.',
        '"It is about crime now," said Pete Simpson, adding that the gangs were based in Eastern Europe.',
        '"Then his car blew up," the source said, describing one of the two attacks in Amil.',
    ])  # fmt: skip
    assert [(q.text, q.speaker) for q in an.quotes if q.kind == "indirect"] == [
        ("it may lead to more violence", "Ellen Boylan"),
        ("the gangs were based in Eastern Europe", "Pete Simpson"),
    ]
    assert all(s.title is None for s in an.speakers if s.name == "Pete Simpson")


def test_a_photo_agencys_tag_ends_a_caption() -> None:
    """ "CRITICAL: Kumar is in hospital following his beating [CEN] A local police spokesman said: "…"": the
    spokesman, not a phrase run from the caption across the tag."""
    assert _speakers(
        'CRITICAL: Kumar is in hospital following his beating [CEN] A local police spokesman said: "People cannot'
        ' take the law into their own hands."'
    ) == ["A local police spokesman"]


def test_a_time_before_the_subject_is_no_part_of_it() -> None:
    """ "But in recent weeks the government has made it clear that …": the government (was 'in recent weeks the
    government'); "In recent days diplomats said …": the diplomats."""
    assert _speakers(
        "But in recent weeks the government has made it clear that protests will be treated as threats.",
        "In recent days diplomats said that the talks had stalled over the border.",
    ) == ["the government", "diplomats"]


def test_a_progressive_reports_as_its_finite_verb_does() -> None:
    """ "Officials are warning that …", "Tripp has been saying that …": a speech participle after a form of "be"
    reports what its subject says; not "was saying goodbye" (an object), not "is still charging ahead"."""
    got = _reports([
        "Intro.",
        "Officials are warning that the dam could burst within days.",
        "Linda Tripp, oddly enough, has been saying that she wants to stand trial.",
        "The Wall Street Journal is reporting that Amazon plans to open its first physical store.",
        "Some residents are complaining that their neighbours are taking more than their share.",
        "He was saying goodbye to his sister and his niece.",
        "The bull market for prisons is still charging ahead this year.",
    ])  # fmt: skip
    assert [(t[:16], s) for t, s, _ in got] == [
        ("the dam could bu", "Officials"),
        ("she wants to sta", "Linda Tripp"),
        ("Amazon plans to ", "Wall Street Journal"),
        ("their neighbours", "Some residents"),
    ]


def test_a_free_relative_names_what_was_said_and_reports_no_clause() -> None:
    """ "what Carter said to thugs", "with what he is saying": what was said is named, not reported; but
    "what he said were Labour's achievements" reports what was said of it."""
    got = _reports([
        "Intro.",
        "Aides never knew what Jimmy Carter said to thugs, or when he would announce a deal.",
        "Tony Blair toured the country to build on what he said were Labour's achievements on the economy.",
    ])  # fmt: skip
    assert [(t[:16], s) for t, s, _ in got] == [("were Labour's ac", "Tony Blair")]


def test_a_reporting_participle_before_a_subject_is_no_part_of_it() -> None:
    """ "…, claiming his sources are telling him that …": the sources tell, not 'claiming his sources'."""
    got = _reports(["Intro.", "Olsen went on the radio, claiming his sources told him that Woods is serving a ban."])
    assert ("Woods is serving a ban", "his sources") in [(t, s) for t, s, _ in got]


def test_a_post_a_place_owns_is_no_one_of_another_place() -> None:
    """ "Iran's foreign minister said" is not the British author the story turned to last, nor "Britain's Foreign
    Secretary Robin Cook" named after him."""
    got = _reports([
        "British author Salman Rushdie said Thursday that it appeared his ordeal had ended.",
        "Publication of Salman Rushdie's novel in 1988 caused an uproar among Muslims around the world.",
        "At the United Nations, Iran's foreign minister said his government was distancing itself from the reward.",
        "Britain's Foreign Secretary Robin Cook, who met Kharrazi, said he was delighted with Iran's decision.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["Salman Rushdie", "Iran's foreign minister", "Robin Cook"]


def test_a_relative_clause_at_the_end_of_a_sentence_reports_for_its_antecedent() -> None:
    """ "…, who said CLAUSE." with no closing comma: the clause ends with the sentence, and the speaker is the name
    before "who" (or before its apposition), never the sentence the reader would run back over."""
    got = _reports([
        "Intro.",
        "The facility was proposed by Rep. John LaFalce, D-N.Y., who said it would help ease the debt crisis.",
        "The programme was set up by Jean-Noel Juttet, a former French ambassador to Japan, who said he was asked.",
        "The plan angered farmers, who said it would ruin them.",
        "One doctor stayed inside Kobani, who told him all victims were civilians.",
    ])  # fmt: skip
    assert [(t[:14], s) for t, s, _ in got] == [
        ("it would help ", "John LaFalce"),
        ("he was asked", "Jean-Noel Juttet"),
    ]


def test_whom_a_speaker_told_holds_initials_but_no_preposition() -> None:
    """ "told the state RTR television that": whom he told, initials and all, before the clause; "told the BBC at
    that time that": the BBC, then when (not "time that …" reported)."""
    got = _reports([
        "Intro.",
        "Mikhail Motsak told the state RTR television that all the compartments are filled with water.",
        "Bat told the BBC at that time that it had not negotiated with the STMC.",
    ])  # fmt: skip
    assert [t for t, _, _ in got] == [
        "all the compartments are filled with water",
        "it had not negotiated with the STMC",
    ]


def test_a_surname_of_a_body_is_the_person_the_article_named() -> None:
    """ "said Herbert of the Society of Black Lawyers" is Peter Herbert, not the society; "Fruit of the Loom Inc"
    is a firm's own name, no surname "Fruit"."""
    got = _speakers(
        "Peter Herbert, the chairman of the Society of Black Lawyers, spoke in London.",
        '"There is quite a sea change," said Herbert of the Society of Black Lawyers.',
        '"Sales rose in every quarter of the year," said Fruit of the Loom Inc.',
    )
    assert got[0] == "Peter Herbert" and got[1] != "Fruit"


def test_someone_close_to_another_is_named_whole() -> None:
    """ "according to a person close to the secretive process" was 'a person close'; "a source close to Ford"
    was Ford: an anonymous source stays as the article words it (GUIDE)."""
    got = _reports([
        "Intro.",
        "One of the decisions they have made, according to a person close to the secretive process, is to fight.",
        "Ford will cut its dividend, a source close to Ford said on Monday.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["a person close to the secretive process", "a source close to Ford"]


def test_a_plural_before_the_post_it_qualifies_is_no_verb() -> None:
    """ "Shadow sports minister Lord Moynihan said …. "…"": the quotation's speaker is Moynihan, titled
    "minister" (not 'Shadow', the subject cut at "sports", nor "minister Lord")."""
    a = _analysis([
        "Intro.",
        'Shadow sports minister Lord Moynihan said the policy would empower local clubs. "We aim to shift the '
        'emphasis away from our overstretched teachers and schools."',
    ])  # fmt: skip
    assert [q.speaker for q in a.quotes] == ["Moynihan", "Moynihan"]
    assert [s.title for s in a.speakers] == ["minister"]


def test_a_transcripts_question_label_is_no_speaker() -> None:
    """ "Q: "…"" in a deposition's excerpts: the questioner is unnamed, neither 'Q.' nor the witness who answered
    last."""
    got = _speakers(
        "Excerpts of deposition testimony by Monica Lewinsky, introduced by House prosecutors Thursday:",
        'Lewinsky: "A little bit, but for me the point of that meeting was something else entirely."',
        'Q: "And that was at a meeting for breakfast at the Park Hyatt Hotel?"',
    )
    assert got == ["Monica Lewinsky", None]


def test_later_or_earlier_after_a_subject_is_no_part_of_it() -> None:
    """ "A Clinton campaign official later walked back the comments, saying that …": the official, not 'A
    Clinton campaign official later'; "Labour later took the image off its website, saying …" reports."""
    got = _reports([
        "Intro.",
        "A Clinton campaign official later walked back the comments, saying that Clinton had no video in mind.",
        "Labour later took the image off its website, saying an alternative idea had proved more popular.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["A Clinton campaign official", "Labour"]


def test_an_acronym_is_the_body_named_before_with_those_initials() -> None:
    """ "the FBI said" after "The US Federal Bureau of Investigation is warning …" (no "(FBI)" given): one body,
    by its fullest name (GUIDE), the country before it aside; not a body whose initials differ."""
    got = _speakers(
        "The US Federal Bureau of Investigation is warning that a computer virus is being spread via e-mails.",
        "An attachment in the e-mail contains the virus, the FBI said.",
        "The storm would pass by Monday, the NWA said.",
    )
    assert got == ["US Federal Bureau of Investigation", "US Federal Bureau of Investigation", "NWA"]


def test_a_weekday_before_a_group_and_a_name_as_witness_are_no_speakers() -> None:
    """ "Then Tuesday police believe that …" is the police's belief; "Uber, as its name suggests, is …" reports
    nothing (a name is no one)."""
    got = _reports([
        "Intro.",
        "Then Tuesday police believe that the same man attacked an 82-year-old woman.",
        "But Uber, as its name suggests, is hierarchical in structure and very large.",
    ])  # fmt: skip
    assert [(t[:12], s) for t, s, _ in got] == [("the same man", "police")]


def test_a_persons_firm_is_the_firm() -> None:
    """ "Publisher Robert Maxwell's British Printing and Communication Corp PLC said" is the firm, its owner aside
    (was 'Robert Maxwell British Printing …', then 'British Printing')."""
    got = _speakers(
        "Intro.",
        "Publisher Robert Maxwell's British Printing and Communication Corp PLC said it filed a lawsuit on Monday.",
    )
    assert got == ["British Printing and Communication Corp PLC"]


def test_a_courtesy_between_a_post_and_the_name_keeps_the_post() -> None:
    """ "Health Secretary Dr John Reid said" is titled "Health Secretary" (the courtesy ended the title, which was
    lost); "Speaking to the BBC News website Mr Molyneux said" gives no title."""
    a = _analysis([
        "Intro.",
        "Health Secretary Dr John Reid said the plan would cut waiting lists.",
        "Speaking to the BBC News website Mr Peter Molyneux said the honour was a surprise.",
    ])  # fmt: skip
    assert {s.name: s.title for s in a.speakers} == {"John Reid": "Health Secretary", "Peter Molyneux": None}


def test_a_state_abbreviation_is_no_ones_surname() -> None:
    """ "Donna Dees-Thomases of Short Falls, N.J., founder of the Million Mom March, said …" was reported by
    'N.J.'; a state is no speaker (the stop it ends with was compared against the list without it)."""
    got = _reports([
        "Intro.",
        "Donna Dees-Thomases of Short Falls, N.J., founder of the Million Mom March, said the bill is her priority.",
    ])  # fmt: skip
    assert "N.J." not in [s for _, s, _ in got]


def test_the_ones_led_by_someone_speak_not_their_leader() -> None:
    """ "The scientists, led by Ye Duzheng, an aerophysicist …, said that …" is the scientists' report (the
    apposition is the leader's: it gave the report to 'Ye Duzheng')."""
    got = _reports([
        "Intro.",
        "The scientists, led by Ye Duzheng, an aerophysicist of the Chinese Academy of Sciences, said that the rate "
        "of warming will accelerate.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["The scientists"]


def test_a_plural_owner_opens_a_bodys_name_and_keeps_its_possessive() -> None:
    """ "The Children's Bridge" and "The Women's Institute" are bodies named so ('Children Bridge' was a person,
    so "It said" found no one); "Britain's Tony Blair" still drops the owner."""
    a = _analysis([
        "Intro.",
        "The Children's Bridge said the orphanages were well run and clean.",
        "It said the children were fed well and cared for.",
        "The Women's Institute said members were angry about the plan.",
    ])  # fmt: skip
    assert [q.speaker for q in a.quotes] == ["Children's Bridge", "Children's Bridge", "Women's Institute"]


def test_a_body_then_its_kind_without_the_closing_comma_is_the_body() -> None:
    """ "The Acme Group, an international adoption agency in Canada said …": the body speaks (it was the
    agency's description); "But on Wednesday, a new report from the … Times claimed" keeps the report."""
    got = _reports([
        "Intro.",
        "The Acme Group, an international adoption agency in Canada said the orphanages were well run.",
        "But on Wednesday, a new report from the International Business Times claimed that the service will cost more.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["Acme Group", "a new report from the International Business Times"]


def test_a_clause_then_quoted_as_saying_with_when_and_where() -> None:
    """ "CLAUSE, Interfax quoted the Interior Ministry as saying Sunday in a communique." reports for the ministry:
    a day and a medium may end the sentence after "as saying" (only its end was allowed)."""
    got = _reports([
        "Intro.",
        "Chechen rebels are planning more terrorist acts in Russia, Interfax quoted the Interior Ministry as saying "
        "Sunday in a communique.",
        "The rebels are planning more attacks, the agency quoted Ivanov as saying in an interview.",
    ])  # fmt: skip
    assert [(s, r) for _, s, r in got] == [
        ("Interior Ministry", "clause-then-quoted-as/org"),
        ("Ivanov", "clause-then-quoted-as/surname:alone"),
    ]


def test_a_title_that_ends_on_a_preposition_is_no_title() -> None:
    """A name read after "of the"/"in the" took what stood before it for a title: 'North Caucasus' titled 'in
    the', 'Census' titled 'of the'. The phrase is a descriptor, a body's whole name, or a person of a body; an
    article alone before the name is dropped from the title."""
    assert parse_np("military headquarters in the North Caucasus", 0).kind == "descriptor"  # type: ignore[union-attr]
    assert parse_np("News of the World", 0) == Mention("org", "News of the World", "News of the World", None, 0, 17)
    person = parse_np("Fernando Pedreira of the Jornal do Brasil", 0)
    assert person is not None and (person.name, person.title) == ("Fernando Pedreira", "Jornal do Brasil")
    lombardi = parse_np("Vatican spokesman the Rev. Federico Lombardi", 0)
    assert lombardi is not None and lombardi.title == "Vatican spokesman"
    assert parse_np("in the Far East", 0) is None


def test_a_body_by_a_last_word_no_person_has_is_a_body() -> None:
    """ "the Italian Treasury", "Amnesty International", "the Syrian Observatory" were read as people, so "It
    said" after them found no one; "Chancellor of the Exchequer Nigel Lawson" stays a titled person, and "the
    Treasury" later is the body named in full before."""
    got = _speakers(
        "Intro.",
        "The meeting is a chance to verify the accord, the Italian Treasury said.",
        "It said the meeting will provide a forum for the accord.",
        "The Treasury said it would act soon on rates.",
        "Amnesty International said the prisoners were tortured in the jail.",
        "Chancellor of the Exchequer Nigel Lawson said the budget was sound and fair.",
    )
    assert got == ["Italian Treasury"] * 3 + ["Amnesty International", "Nigel Lawson"]


def test_a_short_past_tense_is_a_clauses_verb() -> None:
    """ "said many people died in the attack" reported nothing: "died" was no verb to the clause test (it
    wanted three letters before "-ed"); a noun after the cue is still an object ("said a prayer")."""
    got = _reports([
        "Intro.",
        "The group said many people died in the attack.",
        "Officials said the rebels fled and hid in the hills.",
        "The priest said a prayer for the dead.",
    ])  # fmt: skip
    assert [(t, s) for t, s, _ in got] == [
        ("many people died in the attack", "The group"),
        ("the rebels fled and hid in the hills", "Officials"),
    ]


def test_where_someone_is_from_in_two_segments_is_no_subject() -> None:
    """ "The 21-year-old, from Bunbury, Western Australia, told …" was 'Western Australia' (only a US state
    after the town was read as the apposition's)."""
    got = _reports([
        "Intro.",
        "The 21-year-old, from Bunbury, Western Australia, told NT News he woke up with a red trail on his skin.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["The 21-year-old"]


def test_two_words_a_speech_verb_reports_are_a_partial_quote() -> None:
    """GUIDE: partial quotes count. "said they had made "great strides,"" and "called it "a sham."" are the
    speaker's words (every two-word quotation was dropped as a label); two words no cue reports before them
    ("The "peace process" is over") and a title stay out."""
    a = _analysis([
        "Intro.",
        "John Smith spoke on Monday.",
        'He called it "a sham."',
        'Investigators said Saturday they had made "great strides," having found what the bomb was made of.',
        'The "peace process" is over, and "Good Morning" was cancelled.',
    ])  # fmt: skip
    assert [(q.text, q.speaker) for q in a.quotes if q.kind == "direct"] == [
        ("a sham.", "John Smith"),
        ("great strides,", "Investigators"),
    ]


def test_a_web_pages_link_label_is_no_speaker() -> None:
    """ "MORE: "My life with two penises"": a link to another story ('MORE' spoke 3 such headlines in bulk)."""
    got = _speakers("Intro.", 'MORE: "My life with two penises"', 'Smith: "I could have been electrocuted to death."')
    assert got == [None, "Smith"]


def test_what_one_claims_as_ones_own_is_no_claim() -> None:
    """ "claimed responsibility for the attack in which 67 people died", "claimed their first title in 72 years
    while …" report nothing (a verb of the relative clause made them clauses); "claimed the title was his" and
    "claimed that, when applied …, too little was absorbed" do."""
    got = _reports([
        "Intro.",
        "The group claimed responsibility for the attack in which 67 people died.",
        "Willowfield claimed their first men's team title in 72 years while Shannon helped Lagan Valley win.",
        "He claimed the title was his and the record stood.",
        "Upjohn claimed that, when applied to the scalp, too little of the drug was absorbed into the blood.",
    ])  # fmt: skip
    assert [t.split()[0] for t, _, _ in got] == ["the", "when"]


def test_a_military_rank_abbreviation_ends_no_sentence() -> None:
    """ "… praised Maj. Mansouri on the program" was cut at "Maj." (a report of "This all began when …" by 'Maj');
    "Maj." titles the name after it."""
    a = _analysis([
        "Intro.",
        "This all began when his cohost, Kimberly Guilfoyle, praised Maj. Mansouri on the program, the paper said.",
        "Maj. Mariam Al Mansouri said the mission went well.",
    ])  # fmt: skip
    assert [q.speaker for q in a.quotes] == ["the paper", "Mariam Al Mansouri"]


def test_an_adverb_compared_before_a_subject_is_no_part_of_it() -> None:
    """ "However, more recently people believe he could be Robin Gunningham" is people's belief ('more recently
    people' was the speaker); "Most importantly the company said" is the company's."""
    got = _reports([
        "Intro.",
        "However, more recently people believe he could be Robin Gunningham, who grew up in Bristol.",
        "Most importantly the company said sales rose sharply.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["people", "the company"]


def test_a_participle_opening_the_sentence_is_no_part_of_a_name() -> None:
    """ "Missing Jerry Seinfeld is hard …" made a speaker 'Missing Jerry Seinfeld' for the article's ten quotes;
    "Entrusting Donald Trump with …" the same."""
    a = _analysis([
        "Intro.",
        "Missing Jerry Seinfeld is hard, because he is still around so much.",
        '"Criticism is always fair," Seinfeld said.',
    ])  # fmt: skip
    assert [q.speaker for q in a.quotes] == ["Jerry Seinfeld"]


def test_a_day_between_as_saying_and_that_is_no_part_of_the_report() -> None:
    """ "quoted James Mwanzia … as saying Tuesday that the experts listed …": the report starts after "that" (it
    started at "Tuesday that")."""
    got = _reports([
        "Intro.",
        "Local press quoted James Mwanzia, Director of Medical Services, as saying Tuesday that the experts listed 12 "
        "possible diseases.",
    ])  # fmt: skip
    assert [(t, s) for t, s, _ in got] == [("the experts listed 12 possible diseases", "James Mwanzia")]


def test_a_source_close_to_someone_is_a_source() -> None:
    """The head of "a source close to the doctor" is "source" (it was "close"): "the source said" later is that
    source, and "He said" after the source's report is the source, not the person the report named."""
    got = _speakers(
        "Intro.",
        "A source close to the government said Bob Jones was angry about the deal.",
        "He said the minister feels betrayed by the banks.",
        "The cuts will go ahead, the source said.",
    )
    assert got == ["A source close to the government"] * 3


def test_a_participles_phrase_opening_the_sentence_hangs_on_its_subject() -> None:
    """ "Bearing banners reading "…" and "…," the demonstrators demanded …": the demonstrators bear the banners
    ('Bearing' was read as a surname); the main subject is found after the second quotation's comma too."""
    got = _speakers(
        "Intro.",
        'Bearing banners reading "Returning to his path" and "Save the peace," the demonstrators demanded action.',
    )
    assert got == ["the demonstrators", "the demonstrators"]


def test_a_document_and_who_made_it_after_the_cue_is_the_speaker() -> None:
    """ "CLAUSE, said a report jointly released Tuesday by UN agencies at a session on …" and "CLAUSE, said the
    report, which was released at …" reported nothing: the tail was too long to be only who spoke; a document
    and its making, or a relative clause after the speaker, are still only who spoke."""
    got = _reports([
        "Intro.",
        "Climate change is likely to disturb natural systems, said a report jointly released Tuesday by United "
        "Nations agencies at a session on global warming.",
        "It may also impair the human immune system, said the report, which was released at the session in Geneva.",
    ])  # fmt: skip
    # (one report: "the report" names again the one named before)
    assert [(t.split()[0], s) for t, s, _ in got] == [("Climate", "a report"), ("It", "a report")]


def test_words_an_outlet_carried_are_the_ones_its_sentence_quotes() -> None:
    """'Klebanov … told reporters that the disaster "was developing two minutes," the Itar-Tass news agency
    reported': the words are Klebanov's (they went to the agency); a quotation the outlet's cue alone brings in
    stays the outlet's."""
    got = _direct([
        "Intro.",
        "Ilya Klebanov spoke on Monday.",
        'Klebanov told reporters that the disaster "was developing two minutes," the Itar-Tass news agency reported.',
        '"The rescue is over," the Itar-Tass news agency reported.',
    ])  # fmt: skip
    assert [s for _, s in got] == ["Ilya Klebanov", "Itar-Tass"]


def test_a_given_name_and_an_initial_before_hall_make_a_person() -> None:
    """ "James E. Hall, the board's chairman, said": a person (a middle initial hid the given name, and "Hall"
    made a building of him, so "Hall said" later was a body and "He said" went to someone else)."""
    mention = parse_np("James E. Hall", 0)
    assert mention is not None and mention.kind == "name"
    got = _speakers(
        "Intro.",
        '"We are concentrating our efforts," James E. Hall, the board\'s chairman, said in a briefing.',
        '"I am confident," Hall said. He said the recorder is working.',
    )
    assert got == ["James E. Hall"] * 3


def test_a_role_whose_phrase_ends_in_a_plural_is_one_person() -> None:
    """ "the source close to the Philippines", "a spokesman for the dockers": one person (the last word's plural
    made them a group, so "He said" passed over them); "A team of California researchers" stays a group."""
    got = _speakers(
        "Intro.",
        "Finance minister Jaime Ongpin is angry.",
        "But the source close to the Philippines said Ongpin's anger goes beyond the dollars.",
        "He said the minister feels personally betrayed by bankers.",
        "A team of California researchers said they have developed a faster test.",
        "The test requires only a small amount of material, they said.",
    )
    assert got == ["the source close to the Philippines"] * 2 + ["A team of California researchers"] * 2


def test_adding_up_is_no_speech() -> None:
    """ "The cost … adds up to $52 billion", "Lomborg added up all the countries' pledges": a sum, no report."""
    got = _reports([
        "Intro.",
        "The cost of treating obesity-related diseases adds up to $52 billion per year, figures show.",
        "So Lomborg added up all the countries' pledges and worked out their effect.",
        "He added that it was fine.",
    ])  # fmt: skip
    assert [t for t, _, _ in got] == ["it was fine"]


def test_the_subject_reader_caches_by_phrase() -> None:
    """A third of _subject_before's calls repeat a phrase; its cache went missing once when a helper was written
    above it (the decorator stayed with the helper), and the analysis ran 7 % slower unnoticed
    (`python bench/speed_vs.py REF`)."""
    from tui.analysis import nouns

    assert callable(getattr(nouns._subject_before, "cache_info", None))


def test_a_name_then_a_unit_of_a_body_is_the_person() -> None:
    """ "Jose Melicias from the research department of Drexel Burnham Lambert said" was 'Burnham Lambert' (the
    lower-case unit before the body hid the person-of-body reading)."""
    got = _speakers(
        "Intro.",
        "Jose Melicias from the research department of Drexel Burnham Lambert said Brazil would export more.",
    )
    assert got == ["Jose Melicias"]


def test_a_state_of_two_words_opens_a_bodys_name() -> None:
    """ "New Hampshire Public Radio asked Clinton …" was 'Public Radio' titled 'New Hampshire' (only one-word states
    were read as the place that opens a body's name); "New Jersey Sen. Bill Bradley" stays a titled person."""
    radio = parse_np("New Hampshire Public Radio", 0)
    assert radio is not None and (radio.kind, radio.name) == ("org", "New Hampshire Public Radio")
    senator = parse_np("New Jersey Sen. Bill Bradley", 0)
    assert senator is not None and senator.name == "Bill Bradley"


def test_a_town_and_a_state_of_two_words_close_an_apposition() -> None:
    """ "Rachel Berg, a philanthropist from Monsey, New York, said" was 'New York' (the states of two words were
    missing from the list of states, which was split on spaces)."""
    got = _speakers(
        "Intro.",
        "Rachel Berg, a philanthropist from Monsey, New York, said the speeches had led her to count Trump out.",
    )
    assert got == ["Rachel Berg"]


def test_professions_and_groups_named_by_what_they_do_speak() -> None:
    """ "Specialists said" was a surname, "Market watchers said" and "Village elders said" no one, and "Agriculture
    specialist John Smith" had no title: professions beyond the old list of roles (specialist, clinician,
    forecaster, banker, dealer …) and groups (watchers, elders, respondents …)."""
    an = _analysis([
        "Intro.",
        "Specialists said the index was a crude measure of obesity.",
        "Market watchers said the dollar fell sharply in thin trade this week.",
        "Village elders said the rebels left the area before dawn on Monday.",
        "Agriculture specialist John Smith said the crops had failed this week.",
    ])  # fmt: skip
    assert [q.speaker for q in an.quotes] == ["Specialists", "Market watchers", "Village elders", "John Smith"]
    assert next(s.title for s in an.speakers if s.name == "John Smith") == "Agriculture specialist"


def test_two_nouns_joined_before_one_head_are_one_subject() -> None:
    """ "Obesity and nutrition specialists said" was 'nutrition specialists' (only adjectives and groups were
    joined across "and": "Federal and state officials")."""
    got = _speakers("Intro.", "Obesity and nutrition specialists said the index is crude and often wrong.")
    assert got == ["Obesity and nutrition specialists"]


def test_one_unnamed_person_with_a_relative_clause_speaks() -> None:
    """ "A clinician who was not involved in the study said" found no one (the relative clause's "was" made the
    phrase a clause, and only groups took their relative clause: "Lawyers who have read the transcripts"); "A
    source who asked to remain anonymous said" keeps its clause, and a cue inside the clause is no subject's."""
    got = _speakers(
        "Intro.",
        "Hollander said the drug worked. And a clinician who was not involved in the study said she found the "
        "drug to work.",
        "A source who asked to remain anonymous said the settlement was large.",
    )
    clinician, source = "a clinician who was not involved in the study", "A source who asked to remain anonymous"
    assert got == ["Hollander", clinician, source]


def test_a_participle_after_of_is_no_cue() -> None:
    """ "a group of worried Brick parents conducted a survey" was reported speech by no one ("worried" a cue)."""
    assert _reports(["Intro.", "In 1997, a group of worried Brick parents conducted a survey that found autism."]) == []


def test_where_a_group_is_is_no_part_of_its_name() -> None:
    """ "Foreign bankers here said" found no one, so "They said" after it went unattributed; "a foreign trader
    here said" the same, so "The trader said" went to the diplomat who spoke before."""
    got = _speakers(
        "Intro.",
        "Ongpin said Manila would repay the loan in full. Foreign bankers here said the pact gave Manila the "
        "largest cut. They said Mexico's new package marked a smaller drop.",
    )
    assert got == ["Ongpin", "Foreign bankers", "Foreign bankers"]
    got = _speakers(
        "Intro.",
        "The diplomat said stocks were 2.37 mln tonnes. A foreign trader here said China accumulated large stocks.",
        '"Much of these imports was stored inland," the diplomat said.',
        "The trader said transporting stocks from these areas was a problem.",
    )
    assert got[-1] == "A foreign trader"


def test_they_after_one_person_is_the_group_that_opened_a_sentence_before() -> None:
    """ "Ministers do not support a lower limit …. They believe …" after Ongpin spoke was no one: a group opening
    an earlier sentence was "they" only when no one had spoken yet (a person who spoke last cannot be "they")."""
    got = _speakers(
        "Intro.",
        "Ongpin said Manila would repay the loan in full. Ministers do not support a lower limit, saying it is "
        "unclear. They believe educating drivers is more important.",
    )
    assert got[-1] == "Ministers"


def test_a_firm_named_by_a_group_word_is_the_firm() -> None:
    """ "Elders said" after "Elders IXL Ltd" became the group 'Elders' once elders speak as a group; a capitalised
    one-word group that opens a firm named before is the firm (not "Bankers said" after "… Merchant Bankers
    Ltd": the word must open the name)."""
    got = _speakers(
        "Intro.",
        "Elders IXL Ltd said profits rose sharply this year.",
        "Elders said the bid would fail. Singapore Merchant Bankers Ltd said it was pleased.",
        "Bankers said the deal was good for the market.",
    )
    assert got == ["Elders IXL Ltd", "Elders IXL Ltd", "Singapore Merchant Bankers Ltd", "Bankers"]


def test_the_markets_unnamed_voices_are_no_named_speaker() -> None:
    """ "The central banker said" after House Speaker Jim Wright spoke was Wright; "The senior banker" after "One
    senior banker …" introduced 700 characters back was Funaro (the look-back for "a/an/another" was 400 and left
    out "one")."""
    got = _speakers(
        "Intro.",
        "House Speaker Jim Wright said the debt crisis needed a political answer from the banks.",
        "The central banker said resolving the debt crisis would be a struggle.",
    )
    assert got[-1] == "The central banker"
    got = _speakers(
        "Intro.",
        "One senior banker closely involved in Brazilian debt negotiation offered qualified support for a change. "
        + "Such a move would be in Brazil's interest, since European banks have been more supportive. " * 6,
        "Finance Minister Dilson Funaro said yesterday that U.S. banks were over-represented on the committee.",
        'The senior banker was strongly opposed to a regional approach, saying: "There must be one committee."',
    )
    assert got[-1] != "Dilson Funaro"


def test_a_part_of_a_group_and_a_noun_estimate_are_no_subject() -> None:
    """ "Of the 4,000 respondents" was a speaker, and "a low Western Australia estimate was a poor outlook" a report
    by 'Western Australia' ("estimate" a verb); "which analysts estimate is part of it" stays a report."""
    assert parse_np("Of the 4,000 respondents", 0) is None
    got = _reports([
        "Intro.",
        "The main reason for a low Western Australia estimate was a poor profit outlook under cost pressures.",
        "It attacked a new group called Khorasan, which some analysts estimate is part of al-Nusra.",
    ])  # fmt: skip
    assert [t for t, _, _ in got] == ["is part of al-Nusra"]


def test_a_quotation_then_because_of_then_the_cue() -> None:
    """`"He keeps making promises he can't pay for" because of Bush's tax cut, said spokesman Doug Hattaway` went to
    the sentence before (a quotation followed by "because" was read as one followed by a clause of its own)."""
    got = _direct([
        "Aides to rival Al Gore dismissed the new proposal, arguing it was yet another example.",
        "\"He keeps making promises he can't pay for\" because of Bush's tax-cut proposal, said spokesman Doug "
        "Hattaway.",
    ])  # fmt: skip
    assert got == [("partial-then-cue/name", "Doug Hattaway")]


def test_those_who_serve_or_sue_are_groups() -> None:
    """ "Aides to rival Al Gore dismissed …, arguing" was Al Gore ("to" linked no group to what it serves); "The
    complainants are concerned. They complain that …" was no one (complainants, plaintiffs … no group)."""
    got = _speakers(
        "Intro.",
        "Aides to rival Al Gore dismissed the new proposal, arguing it was yet another example.",
        "The complainants are concerned. They complain that EPA has failed to address their concerns.",
    )
    assert got == ["Aides to rival Al Gore", "The complainants"]


def test_a_plural_owner_before_one_name_is_no_part_of_it() -> None:
    """ "said Nikko Securities' Okamoto" was 'Nikko Securities Okamoto' (only "'s" set an owner apart); a group's
    name stays whole ("Workers' Party")."""
    okamoto = parse_np("Nikko Securities' Okamoto", 0)
    assert okamoto is not None and (okamoto.name, okamoto.title) == ("Okamoto", "Nikko Securities")
    party = parse_np("Workers' Party", 0)
    assert party is not None and party.kind == "org"


def test_an_owner_is_no_short_form_of_what_it_owns() -> None:
    """ "The Fed's Open Market Committee voted …. the Fed said" was the committee (named 'Fed Open Market
    Committee', its first word taken for its short form); a firm's legal name keeps its founder's possessive
    ("Moody's said" after "Moody's Investors Service Inc")."""
    got = _speakers(
        "Intro.",
        "The Fed's Open Market Committee voted unanimously in favour of a rise.",
        'In a statement, the Fed said that inflation pressures remained "well contained" this year.',
        "Moody's Investors Service Inc declined to follow suit.",
        "Moody's said its original rating of the notes remained appropriate.",
    )
    assert got[:2] == ["Fed", "Fed"] and got[-1] == "Moody's Investors Service Inc"


def test_a_report_never_opens_on_and() -> None:
    """ "He urged the U.S. and other countries to put pressure on Israel" reported 'and other countries to put
    pressure …' (the object read short); after an object of two, the clause follows its "that"."""
    got = _reports([
        "Intro.",
        "He urged the U.S. and other countries to put pressure on Israel to implement all agreements it signed.",
        "Prime Minister Benjamin Netanyahu has promised the United States and the Palestinians that he will not "
        "start new settlements in the West Bank.",
    ])  # fmt: skip
    assert [t for t, _, _ in got] == ["he will not start new settlements in the West Bank"]


def test_the_paper_is_an_outlet_read_from_its_words() -> None:
    """ "according to today's Globe and Mail newspaper. … the paper said" was 'the paper' (only outlets the scan
    of capitalised runs listed as bodies were looked back at)."""
    got = _speakers(
        "Intro.",
        "The remarks were among the most aggressive Chretien has made, according to today's Globe and Mail "
        "newspaper. They also signal a tougher approach toward Quebec separatists, the paper said.",
    )
    assert got == ["Globe and Mail", "Globe and Mail"]


def test_a_speaker_after_the_cue_then_when_and_where() -> None:
    """ "CLAUSE, said visiting Canadian Minister … Ralph Goodale today at a seminar dedicated to …" and "CLAUSE,
    reported the May 3 issue of the Science magazine" reported nothing (a tail of more than six words, with verbs
    of its own, read as the cue's clause); "says Lord Goldsmith warned Tony Blair on …" stays the cue's clause."""
    got = _speakers(
        "Intro.",
        "The Canadian federal government will sponsor the project, said visiting Canadian Minister of Natural "
        "Resources Ralph Goodale today at a seminar dedicated to meeting China's future energy demands.",
        "The moon Io has a giant iron core, reported the May 3 issue of the Science magazine.",
    )
    assert got == ["Ralph Goodale", "Science"]
    got = _reports([
        "Intro.",
        "In a book published this week, Philippe Sands QC, a member of Cherie Blair's Matrix Chambers, says Lord "
        "Goldsmith warned Tony Blair on 7 March 2003 that the Iraq war could be illegal.",
    ])  # fmt: skip
    assert got[0][:2] == (
        "Lord Goldsmith warned Tony Blair on 7 March 2003 that the Iraq war could be illegal",
        "Philippe Sands",
    )


def test_an_object_then_a_clause_of_when_is_no_report() -> None:
    """ "The carrier reported a drop in quarterly profit … after it was hit by higher fuel costs" was reported
    speech (the verb of "after …" taken for the clause's); what is put forward stays content, up to its own clause
    ("Druckman suggested a minimum of 3,000 to 5,000 barrels a day while others believe …", dev gold)."""
    got = _reports([
        "Intro.",
        "The carrier reported a drop in quarterly profit earlier this year after it was hit by higher fuel costs.",
        "Druckman suggested a minimum of 3,000 to 5,000 barrels a day while others believe more would be needed.",
        "And he said an interrogator used a mop to daub him while he was chained hand and foot.",
    ])  # fmt: skip
    assert [t for t, _, _ in got] == [
        "a minimum of 3,000 to 5,000 barrels a day",
        "more would be needed",
        "an interrogator used a mop to daub him while he was chained hand and foot",
    ]


def test_they_after_two_people_named_as_one_subject() -> None:
    """ "Michael and Jill Carroll worry …. But they keep …, because they fear …" and "Warfield and Yeager, who
    represented themselves, took …. They said …" found no one (dev gold: 'the Carrolls'); a family named as the
    article names it, two people by their full names; two bodies are no pair ("Border Patrol and Homeland
    Security")."""
    got = _speakers(
        "Intro.",
        "And like thousands of parents, Michael and Jill Carroll worry about the drug's side effects. But they keep "
        "their child on the medication, in part because they fear child welfare workers will take him away.",
        "Earlier, the Carrolls said they wanted to take Kyle off the drug.",
    )
    assert got == ["Carrolls", "Carrolls"]
    got = _speakers(
        "Intro.",
        "Steele said that Eric Warfield and John Yeager were drunk.",
        "Warfield and Yeager, who represented themselves, took responsibility for the attack. They said they "
        "mistook a car backfire as gunfire.",
    )
    assert got == ["Steele", "Eric Warfield and John Yeager"]
    got = _speakers(
        "Intro.",
        "Officials said the fence was too short.",
        "Border Patrol and Homeland Security officers patrol the line. They said the crossings fell.",
    )
    assert "Border Patrol and Homeland Security" not in got


def test_a_feeling_about_something_and_a_participle_after_showed_report_nothing() -> None:
    """ "…, Michael and Jill Carroll worry about the drug's side effects" reported the opening phrase ("worry" a
    cue with its clause before it); "the latest figures showed reported fraud was falling" was a report by 'the
    latest figures showed'."""
    got = _reports([
        "Intro.",
        "And like thousands of parents, Michael and Jill Carroll worry about the drug's side effects.",
        "The National Audit Office said although the latest figures showed reported fraud was falling, the EU "
        "still had no common definition of fraud.",
    ])  # fmt: skip
    assert [s for _, s, _ in got] == ["National Audit Office"]


def test_a_clause_then_and_then_a_cue_is_no_report_of_the_clause() -> None:
    """ "The doctor recommended staying with the Ritalin, and the Carrolls have reluctantly agreed" gave the
    doctor's words to the Carrolls, and "Roddick ended his partnership on Monday, and Goldfine admits talks have
    taken place" the narration to Goldfine: after ", and" the cue has its own clause or none."""
    got = _reports([
        "Intro.",
        "The doctor recommended staying with the Ritalin, and the Carrolls have reluctantly agreed.",
        "Roddick ended his partnership with Brad Gilbert on Monday, and Goldfine admits talks have taken place.",
    ])  # fmt: skip
    assert [(t, s) for t, s, _ in got] == [("talks have taken place", "Goldfine")]


def test_a_report_inside_a_long_opening_clause_ends_at_its_comma() -> None:
    """ "Although Iran denies …, and Russia insists its assistance is peaceful and legal, administration officials
    view …" and "Though many economists said the strikes were part of the strategy …, others said …" ran on into
    the main clause (only openings short enough for _INTRO ended at their comma)."""
    got = _reports([
        "Intro.",
        "Although Iran denies having a nuclear weapons program, and Russia insists its assistance is peaceful and "
        "legal, administration intelligence officials view the relationship with rising alarm.",
        "Though many economists said the unions' current warning strikes and rhetoric were part of the negotiating "
        "strategy and would not lead to a repeat of 1984's damaging seven-week strikes, others said unions would "
        "not compromise greatly on their positions and there could still be conflict.",
    ])  # fmt: skip
    assert [t for t, _, _ in got] == [
        "its assistance is peaceful and legal",
        "the unions' current warning strikes and rhetoric were part of the negotiating strategy and would not lead "
        "to a repeat of 1984's damaging seven-week strikes",
        "unions would not compromise greatly on their positions and there could still be conflict",
    ]


def test_a_passive_cue_with_an_article_before_the_quotation() -> None:
    """ "Fletcher was described as a "consummate professional" by … Michael Pointon" and "The posters were labelled a
    "big misjudgement" by the Conservatives" found no one (a passive cue's quotation came only straight after
    "as"); with no "by", no one ("the project was quickly dubbed a "black hole"")."""
    got = _direct([
        "Intro.",
        'Fletcher was described as a "consummate professional" by his friend and fellow broadcaster Michael '
        "Pointon.",
        'The posters were labelled a "big misjudgement" by the Conservatives.',
        'Apple began the project, but it was quickly dubbed a "black hole" for sucking in resources.',
    ])  # fmt: skip
    assert [s for _, s in got] == ["Michael Pointon", "the Conservatives", None]


def test_one_who_said_a_quotation_is_the_relative_clauses_antecedent() -> None:
    """`The judge who said it was "a terrible crime" sent him to prison` found no one; the antecedent of a bare
    "who" before a say-verb speaks (not "President Obama passionately rebuked critics", a clause)."""
    got = _direct(["Intro.", 'The judge who said it was "a terrible crime" sent him to prison.'])
    assert got == [("cue-before/descriptor:as-named", "The judge")]
    got = _direct([
        "Intro.",
        'President Obama passionately rebuked critics who say he should condemn terrorists as "radical Islamists," '
        "saying it would do nothing.",
    ])  # fmt: skip
    assert got[0][1] != "President Obama passionately rebuked critics"


def test_two_groups_joined_by_and_after_a_quantifier_are_one_subject() -> None:
    """ "Many academics and law enforcement sources note that …" was 'law enforcement sources' (only a bare word
    before "and" joined: "Federal and state officials", "Bankers and economists")."""
    got = _speakers(
        "Intro.",
        "Many academics and law enforcement sources note that crime always seems to drop when employment is high.",
        "Prices will fall further this year, traders and analysts said.",
    )
    assert got == ["Many academics and law enforcement sources", "traders and analysts"]


def test_a_plural_common_noun_inside_a_capitalised_name_makes_it_a_body() -> None:
    """ "Human Rights Watch said …. It said …" left "It" to no one: 'Human Rights Watch' was read as a person's name
    (three plain capitalised words), and "it" never means a person."""
    got = _speakers(
        "Intro.",
        "Human Rights Watch said the detentions were illegal under international law.",
        "It said the government must release the prisoners at once.",
    )
    assert got == ["Human Rights Watch", "Human Rights Watch"]


def test_another_then_its_apposition_speaks() -> None:
    """ "Another, a trader at a Japanese bank, said …" and "One, an American fighter, said …" found no one: the
    lone "another" or "one" is described by its apposition."""
    got = _speakers(
        "Intro.",
        "One dealer said the market was quiet today. Another, a trader at a Japanese bank, said prices would rise "
        "next week.",
    )
    assert got == ["One dealer", "a trader at a Japanese bank"]


def test_given_names_of_the_world_name_a_person_before_their_body() -> None:
    """ "Keita Konishi of Sumitomo Life Insurance Co said" was the whole phrase as a body, and "Malaysian Prime
    Minister Mahathir Mohamad Friday" kept the weekday: the given names were the common American ones only."""
    an = _analysis(
        [
            "Intro.",
            "Keita Konishi of Sumitomo Life Insurance Co said the yen would rise.",
            "Malaysian Prime Minister Mahathir Mohamad Friday called upon the people to save water.",
            "Mahathir said the water problem was related to the climate.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Keita Konishi", "Mahathir Mohamad"]
    assert {s.name: s.title for s in an.speakers}["Keita Konishi"] == "of Sumitomo Life Insurance Co"


def test_a_name_then_at_and_a_body_is_the_person_there() -> None:
    """ "Belinda Durham at Catholic Charities said" was 'Catholic Charities' read as a person's name: whatever
    the given name, two plain capitalised words before "at" are the person, the body after it where they work;
    one word alone is not ("Staff at Catholic Charities")."""
    an = _analysis(["Intro.", "Zorka Durham at Catholic Charities said the letters were faxed on Monday."])
    assert [(s.name, s.title) for s in an.speakers] == [("Zorka Durham", "at Catholic Charities")]
    assert parse_np("Staff at Catholic Charities", 0) != Mention(
        "surname", "Staff at Catholic Charities", "Staff", "at Catholic Charities", 0, 27
    )


def test_what_the_text_says_of_a_persons_sex_outweighs_the_given_name() -> None:
    """ "Ashley Austen found himself in Kolokani …. "…," he said" gave the quote to no one: Ashley was read as a
    woman's name. A subject's own pronoun after the name says the sex; a pronoun that opens the next sentence
    does not when the sentence spoke of someone of the other sex ("with his daughter, Ellie, …. She was")."""
    got = _speakers(
        "Intro.",
        "After bouncing between schools, Ashley Austen found himself in Kolokani, a town in Mali.",
        'Austen had been told classes would be in French. "This was the last straw," he said.',
    )
    assert got == ["Ashley Austen"]
    got = _speakers(
        "Intro.",
        "Kevin McKinley is facing this question with his daughter, Ellie, a senior. She was eyeing a college.",
        'McKinley is bearish on loans. "You cannot pay cash for everything," he said.',
    )
    assert got == ["Kevin McKinley"]


def test_sport_and_trade_roles_are_titles() -> None:
    """ "Referee Graham Poll" and "Fisherman Igor Vorozhbitsyn" were names with the role as their first word."""
    an = _analysis(
        [
            "Intro.",
            '"I had no choice," said Referee Graham Poll.',
            'Fisherman Igor Vorozhbitsyn said: "It was a huge fish that pulled the boat."',
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Graham Poll", "Igor Vorozhbitsyn"]


def test_jan_before_a_capitalised_word_is_a_given_name() -> None:
    """ "Police Federation chairman Jan Berry said" was 'Berry': "Jan" was read as January's abbreviation, which
    stops a run of capitals; before a capitalised word it opens a name (Jan Egeland, Jan Brewer)."""
    an = _analysis(
        [
            "Intro.",
            "Police Federation chairman Jan Berry said civilian officers should act as eyes and ears.",
            '"They should not be placed in confrontational situations," she said.',
            "On Jan 5 the company said profits rose by ten percent.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Jan Berry", "Jan Berry", "the company"]


def test_a_hyphenated_trade_is_a_title() -> None:
    """ "Film-maker Spike Lee" was a name: "filmmaker" was a role word, "film-maker" was not."""
    an = _analysis(["Intro.", "Film-maker Spike Lee said the DVD market was huge and growing fast."])
    assert [(s.name, s.title) for s in an.speakers] == [("Spike Lee", "Film-maker")]


def test_a_quoted_alias_after_a_name_does_not_hide_it_from_its_cue() -> None:
    """`"…," Judith Martin, aka "Miss Manners," told a forum` gave the quote to no one (the alias's quotation
    marks stood between the name and its cue), and the alias itself was read as a quotation's speaker."""
    got = _speakers(
        "Intro.",
        '"It is the rules of etiquette that enable people to air controversy," Judith Martin, aka "Miss Manners," '
        'told a Washington forum this week. "The bigger the controversy the more rules you need."',
    )
    assert got == ["Judith Martin", "Judith Martin"]


def test_a_pronoun_after_an_opening_phrase_without_its_comma_is_the_subject() -> None:
    """ "At his weekly press conference on Tuesday he said CLAUSE", "On the Asian tsunami he said …" reported
    nothing: the subject reader found no subject after an opening phrase whose comma the writer left out."""
    got = _reports(
        [
            "Intro.",
            "Jane Doe spoke at length.",
            "At her weekly press conference on Tuesday she said the talks would go on for weeks.",
        ]
    )
    assert got == [("the talks would go on for weeks", "Jane Doe", "cue-then-clause/pronoun:nearby-person")]


def test_a_quotation_right_after_a_belief_is_the_believers() -> None:
    """`On the supply side she thinks "people are overlooking …"` was no one's: a belief's verb is no speech cue,
    but a quotation that follows it straight is the believer's words."""
    got = _direct(
        [
            "Intro.",
            "Drexel analyst Lucille Palermo recently upgraded her recommendations on some gold stocks.",
            'On the supply side she thinks "people are overlooking the problems in South Africa."',
            'Palermo believes "demand will rise sharply next year in the Middle East."',
        ]
    )
    assert got == [
        ("cue-before/pronoun:nearby-person", "Lucille Palermo"),
        ("cue-before/surname:full-name", "Lucille Palermo"),
    ]


def test_figures_a_firm_reports_are_no_clause() -> None:
    """ "BP reported an annual profit of $17.5bn" was reported speech whose content was 'an annual profit …': a
    figure reported is a thing, not a clause, unless a verb follows its noun ("net profit rose", "1986 earnings,
    excluding a writeoff, declined")."""
    got = _reports(
        [
            "Intro.",
            "BP reported an annual profit of $17.5bn - a record profit for a UK-listed company.",
            "Shell reported net profit rose 10 pct to 5 billion dollars.",
            "Norcen reported 1986 earnings, excluding a writeoff, declined by 58 pct to 50 mln dlrs.",
        ]
    )
    assert [text for text, _, _ in got] == [
        "net profit rose 10 pct to 5 billion dollars",
        "1986 earnings, excluding a writeoff, declined by 58 pct to 50 mln dlrs",
    ]


def test_the_same_goes_for_is_no_one() -> None:
    """ "The same goes for the city: "…"" made 'The same' a speaker, and a later "she sighed" went to it."""
    got = _speakers(
        "Intro.",
        'Pippig said she was looking forward to race day. The same goes for the city: "You should go where you '
        'feel supported."',
        'Still, she sighed, "I wish I could run."',
    )
    assert "The same" not in got and got[-1] == "Pippig"


def test_a_work_by_someone_and_others_speaks_whole() -> None:
    """ "The study by Barnett and others, published in …, concluded that" was 'others'."""
    got = _speakers(
        "Intro.",
        "The study by Barnett and others, published in The Bulletin, concluded that the most probable cause was "
        "a mix of factors.",
    )
    assert got == ["The study by Barnett and others"]


def test_a_given_and_middle_name_before_a_buildings_word_is_a_person() -> None:
    """ "Dr. Julia Glover Hall, a criminologist …, said" was 'Prison Society': "Julia Glover Hall" was read as a
    hall (a building's word ending three capitalised words), so the subject reader ran on to the body."""
    got = _speakers(
        "Intro.",
        "Dr. Julia Glover Hall, a criminologist at Drexel University and president of the Pennsylvania Prison "
        "Society, which monitors prisons, said the plan would fail.",
    )
    assert got == ["Julia Glover Hall"]
    church = parse_np("Grace Church", 0)  # a given name, then the building's word alone: the church
    assert church is not None and church.kind == "org"


def test_the_one_a_bare_relative_clause_is_about_speaks() -> None:
    """ "A science specialist in the … School District who was on the writing committee said" was 'committee';
    "Lawyers who have read the transcripts said" made a report of "read": the relative clause's own verb is no
    cue, its antecedent speaks, named with the clause."""
    got = _reports(
        [
            "Intro.",
            "A science specialist in the Kansas City, Kan., School District who was on the writing committee said "
            "the standards were too weak.",
            "Lawyers who have read the transcripts said the questions were vague.",
        ]
    )
    assert [(text, who) for text, who, _ in got] == [
        (
            "the standards were too weak",
            "A science specialist in the Kansas City, Kan., School District who was on the writing committee",
        ),
        ("the questions were vague", "Lawyers who have read the transcripts"),
    ]


def test_they_after_a_group_that_spoke_is_that_group() -> None:
    """ "The exporters had delayed …, dealers said. "…," they said." gave the quote to 'The exporters': "they"
    took the group the sentence before opens with, not the group that spoke in it."""
    got = _speakers(
        "Intro.",
        "The exporters had delayed their sales in expectation of a weaker yen, dealers said.",
        '"The request to trading houses to restrict dollar sales looks ineffective," they said.',
    )
    assert got == ["dealers", "dealers"]


def test_a_noun_cue_after_a_verb_in_the_past_is_its_object() -> None:
    """ "after the programme investigated claims that …" made 'the programme investigated' a speaker: "claims"
    there is the object of the verb before it, no one's claim; "The minister claims that …" still reports."""
    got = _reports(
        [
            "Intro.",
            "Mr Campbell messaged Newsnight after the programme investigated claims that the agency was blaming him.",
            "The minister claims that the agency was blaming him.",
        ]
    )
    assert [(text, who) for text, who, _ in got] == [("the agency was blaming him", "The minister")]


def test_others_join_whoever_is_named_before_and() -> None:
    """ "Borland and others said", "Connery and other analysts said" were 'others', 'other analysts': the others
    join the one named before "and" (GUIDE: "Business leaders and others"); a pronoun or others alone stay."""
    got = _speakers(
        "Intro.",
        "Borland and others said the deal would close.",
        "But banking sources and other analysts said demand remained high.",
        "Commerce Secretary Malcolm Baldrige and other officials said the talks would resume.",
        "He and others said it was fine.",
    )
    assert got == [
        "Borland and others",
        "banking sources and other analysts",
        "Commerce Secretary Malcolm Baldrige and other officials",
        "others",
    ]


def test_a_time_ago_or_last_month_before_the_subject_is_no_part_of_it() -> None:
    """ "but a few days ago added: "…"" gave 'a few days ago', "last month U.S. Intelligence sources said" kept the
    month: a time that opens the phrase is no one, the subject after it speaks."""
    got = _speakers(
        "Intro.",
        "Tridevil has written on her page that she has interviews coming up, but a few days ago added: "
        '"I\'m nervous as Hell, and I am prepared for it."',
        "Last month U.S. Intelligence sources said the plant was closed.",
        "Two years ago, analysts said the market would fall.",
    )
    assert got == ["Tridevil", "U.S. Intelligence sources", "analysts"]


def test_a_quantifier_speaks_with_its_who_clause_and_a_night_is_a_time() -> None:
    """ "Some who already have jobs in Phoenix say" was 'already have jobs in Phoenix' (a fragment), "Those who know
    him said" no one's; "the Christian Democrat leadership late last night said" kept the night."""
    got = _speakers(
        "Intro.",
        "Some who already have jobs in Phoenix say they are worn out.",
        "Those who know him said he was shy.",
        "After a tense meeting, the Christian Democrat leadership late last night said the coalition had ended.",
    )
    assert got == [
        "Some who already have jobs in Phoenix",
        "Those who know him",
        "the Christian Democrat leadership",
    ]


def test_reminded_someone_of_something_reports_nothing() -> None:
    """ "Mr. Obama's reaction … reminded foreign policy experts of the gulf between …, which first emerged" made the
    reaction a speaker; "reminded jurors that …" still reports."""
    got = _reports(
        [
            "Intro.",
            "His reaction to the attacks reminded foreign policy experts of the gulf between the two, which first "
            "emerged in the primary.",
            "The judge reminded jurors that the defendant was presumed innocent.",
        ]
    )
    assert [(text, speaker) for text, speaker, _ in got] == [("the defendant was presumed innocent", "The judge")]


def test_a_name_after_a_time_is_listed_without_it() -> None:
    """ "Last month Volkswagen said …" listed the alias 'Last month Volkswagen'; "This Week with George
    Stephanopoulos" is a show's name, read whole."""
    an = _analysis(
        [
            "Intro.",
            "Volkswagen AG said sales rose. Last month Volkswagen said the plant would close.",
            "This Week with George Stephanopoulos reported the deal was off.",
        ]
    )
    aliases = {s.name: s.aliases for s in an.speakers}
    assert aliases["Volkswagen AG"] == ["Volkswagen"]
    assert "This Week with George Stephanopoulos" in aliases


def test_a_wire_copy_apostrophe_typed_as_a_quote_mark_cuts_no_subject() -> None:
    """'Kuwait"s Oil Minister, in remarks published today, said' gave 's Oil Minister': the " (typed for ’) was
    read as a quotation mark, a boundary of the subject."""
    got = _speakers(
        "Intro.",
        'KUWAIT, March 1 - Kuwait"s Oil Minister, in remarks published today, said there were no plans for talks.',
    )
    assert got == ['Kuwait"s Oil Minister']


def test_a_statement_distributed_speaks_for_whoever_distributed_it() -> None:
    """ "A representative of Shell Oil Co … distributed a statement after the news conference explaining …. The
    statement said" gave 'the news conference' (the phrase between the statement and "explaining")."""
    got = _speakers(
        "Intro.",
        "A representative of Shell Oil Co, the U.S. arm of Royal Dutch, distributed a statement after the news "
        "conference explaining that the company supports power sharing.",
        "The statement said senior officials had met.",
    )
    assert got[-1] == "A representative of Shell Oil Co"


def test_a_clause_that_ends_on_a_name_is_no_alias_of_it() -> None:
    """The speakers panel listed 'Carragher would start Eriksson' and 'This argument was rejected by Mr Blair' as
    names of those two: a mention read for the name at its end, whose words before it are a clause."""
    an = _analysis(
        [
            "Intro.",
            "England coach Sven-Goran Eriksson named his squad on Monday.",
            'When asked if Carragher would start Eriksson replied: "I could tell you yes."',
            "Prime Minister Tony Blair spoke in the Commons.",
            'This argument was rejected by Mr Blair, who said: "We have not broken the precedent."',
        ]
    )
    aliases = {s.name: s.aliases for s in an.speakers}
    assert aliases["Sven-Goran Eriksson"] == []
    assert aliases["Tony Blair"] == []
    assert [q.speaker for q in an.quotes] == ["Sven-Goran Eriksson", "Tony Blair"]


def test_a_name_after_a_finite_verb_and_its_preposition_is_the_clause_s_object() -> None:
    """ "… a U.S. Bank which has lent money to FECSA said there would be …" gave the report to FECSA, "the company
    that is to spin off from Diamond Shamrock Corp told Reuters" to the firm: a name that a verb's preposition
    takes is no subject of the cue after it (nor the complement of "is": "Central to its strategy is Asia")."""
    got = _reports(
        [
            "Intro.",
            "A manager at a bank which has lent money to FECSA said there would be no progress in the talks.",
            "Central to the group's strategy is Asia, with its rapid growth, said Cornelissen, whose firm is large.",
        ]
    )
    assert [speaker for _, speaker, _ in got] == ["Cornelissen"]


def test_after_a_verb_the_name_stays_the_speaker_when_it_is_his_or_the_subject() -> None:
    """What the object rule keeps: "testimony from Lewinsky:" is hers, "More typical was Kenneth Turan …, who
    called it" his (a full name after "was" is the subject put last), "stupid considering IBM announced" IBM's (no
    preposition before the name)."""
    got = _speakers(
        "Intro.",
        "Monica Lewinsky testified in August.",
        'The defense is to quote the following testimony from Lewinsky: "No one ever asked me to lie about it."',
        'More typical was Kenneth Turan of the Los Angeles Times, who called it a "considerable letdown."',
        "Cringely said that is stupid considering IBM announced that the new mainframe would lift sales.",
    )
    assert got == ["Monica Lewinsky", "Kenneth Turan", "Cringely", "IBM"]


def test_a_clause_after_a_verb_first_cue_is_no_speaker_put_last() -> None:
    """ "Bill Meek, a moderate Republican …, says the frequent gridlock has hurt Kansas." gave 'Kansas' the words
    before "says": what follows a cue is read for a speaker only when it is a noun phrase, not a clause."""
    got = _reports(["Intro.", "Bill Meek, a moderate Republican, says the frequent gridlock has hurt Kansas."])
    assert got == [("the frequent gridlock has hurt Kansas", "Bill Meek", "cue-then-clause/name")]


def test_a_day_or_month_is_no_part_of_who_spoke() -> None:
    """ "On Friday TWA said" gave 'Friday TWA', "according to media reports on Monday" 'Monday', "Wednesday added
    one more development" 'Wednesday': a time before or after a subject is when, and a day alone is no one (but
    "said Friday" is the coach the article names Mike Friday)."""
    got = _reports(
        [
            "Intro.",
            "On Friday TWA said it had already acquired four mln shares.",
            "During a presentation in February ICN had said it would issue its first bond.",
            "Three soldiers were taken into custody, according to media reports on Monday.",
            "Wednesday added one more unusual development to the list: a senator named his running mate.",
        ]
    )
    assert [speaker for _, speaker, _ in got] == ["TWA", "ICN", "media reports", None]
    coach = _speakers(
        "England coach Mike Friday was pleased with the win.",
        '"We are thankful we have achieved that," said Friday.',
    )
    assert coach == ["Friday"]


def test_reports_in_the_plural_speak_as_named() -> None:
    """ "Some reports said", "news reports said", "according to media reports" reported nothing or gave 'media'
    (the cue "reports" read inside the phrase): a document's plural that ends a phrase is its head, and after
    "according to" it is no cue (GUIDE: a report is its own speaker)."""
    got = _reports(
        [
            "Intro.",
            "Some reports said the process had already begun.",
            "Thousands demonstrated on Saturday for a negotiated settlement, news reports said.",
            "Three soldiers were taken into custody, according to media reports.",
        ]
    )
    assert [speaker for _, speaker, _ in got] == ["Some reports", "news reports", "media reports"]


def test_times_stripped_from_a_phrase_any_number_of_times_without_recursion() -> None:
    """Each time before or after a subject was stripped by one more call: thousands of "on Monday" overflowed the
    stack. They are stripped in one pass."""
    assert parse_np("Smith" + " on Monday" * 3000, 0) == parse_np("Smith", 0)
    assert parse_np("On Friday " * 3000 + "TWA", 0) is None  # (a run of capitals that long is no name)
    repeated = parse_np("On Friday " * 3 + "TWA", 0)
    assert repeated is not None and repeated.name == "TWA"


def test_a_person_of_a_body_whose_name_holds_the_is_the_person() -> None:
    """ "Laura Brownlees of Save the Children said" gave 'Children', titled 'Laura Brownlees of Save': the article
    inside the body's name was taken for the start of a name of its own."""
    an = _analysis(["Intro.", "Laura Brownlees of Save the Children said there were grave concerns."])
    assert [(s.name, s.title) for s in an.speakers] == [("Laura Brownlees", "Save the Children")]


def test_a_plural_subject_s_argue_or_insist_reports_without_that() -> None:
    """ "Critics of the global warming theory argue there's little evidence …", "Ministers insist the plan would not
    change …" reported nothing: present-tense cues that are never nouns report a clause without "that", and a
    plural head before its prepositional phrase ("Critics of the theory") makes them a present tense."""
    got = _reports(
        [
            "Intro.",
            "But, critics of the global warming theory argue there's little evidence that other forces are at work.",
            "Ministers insist the plans would not change the law.",
            "Lawyers argue for a new trial.",
        ]
    )
    assert [(text, speaker) for text, speaker, _ in got] == [
        ("there's little evidence that other forces are at work", "critics of the global warming theory"),
        ("the plans would not change the law", "Ministers"),
    ]


def test_holders_of_a_view_in_ists_are_a_group_not_a_surname() -> None:
    """ "Anti-evolutionists insist …" made 'Anti-evolutionists' a person (a capitalised word read as a surname),
    whom "she says" in the next sentence then took."""
    got = _speakers(
        "Intro.",
        "Jane Maienschein teaches history at the university.",
        'Anti-evolutionists insist the term suggests scientists are unsure of the facts. But the word "theory" does '
        'not mean "guess," she says.',
    )
    assert got == ["Anti-evolutionists", "Jane Maienschein"]


def test_the_wire_s_underscore_dash_ends_a_phrase() -> None:
    """ "… fatty foods _ the biotech scientists said" gave 'fatty foods _ the biotech scientists': the phrase was
    read across the New York Times wire's dash."""
    got = _reports(["Intro.", "Consumers shun fatty foods _ the biotech scientists say the new oils are healthy."])
    assert got == [("the new oils are healthy", "the biotech scientists", "cue-then-clause/descriptor:as-named")]


def test_a_second_verb_after_and_has_or_and_later_shares_the_subject() -> None:
    """ "Caesars World's board has urged rejection … and has said it would investigate …", "Reno has backed the
    INS … and has said that …" reported nothing, or ran the first verb's object on into the second report: an
    auxiliary or an adverb between "and" and the verb leaves it the first verb's subject's."""
    got = _reports(
        [
            "Intro.",
            "The board has urged rejection of the offer and has said it would investigate other deals.",
            "Wilson broadened the tax and later said the package was fair.",
            "Herbert said Redland still supported the bid and had told CSR it is not a seller.",
        ]
    )
    assert [(text, speaker) for text, speaker, _ in got] == [
        ("it would investigate other deals", "The board"),
        ("the package was fair", "Wilson"),
        ("Redland still supported the bid", "Herbert"),
    ]


def test_known_in_some_circles_as_quotes_a_name_no_one_says() -> None:
    """ "The system is known in government circles as "crime prevention …"" went to the last speaker: a phrase
    between the passive and its "as" keeps it a name given, as "known as" is."""
    got = _speakers(
        "The institute says the law works.",
        'The system is known in government circles as "crime prevention through environmental design."',
    )
    assert got == ["The institute", None]


def test_a_cue_with_a_quantity_after_it_takes_an_object_and_ends_no_clause() -> None:
    """ "Friday morning, as the parade rolled through Pasadena, CNN reported at least six planes filled the skies"
    gave CNN the opening phrase (a sentence-final cue's clause); "although Trump has charged more than that" gave
    him the sentence before: a quantity after the cue is what it takes, so the cue ends no clause before it."""
    got = _reports(
        [
            "Intro.",
            "Friday morning, as the parade rolled through Pasadena, CNN reported at least six planes filled the skies.",
            "Space is available at $70 a foot, although Trump has charged more than that.",
        ]
    )
    assert got == [("at least six planes filled the skies", "CNN", "cue-then-clause/org")]


def test_a_participle_clause_after_a_name_is_no_title() -> None:
    """ "a good record at the Stade de France, having won their first two games there" titled the stadium
    'having won their first two games there'; "Four Americans, including Ambassador Christopher Stevens," the
    four 'including Ambassador Christopher Stevens'."""
    text = (
        "Wales have a good record at the Stade de France, having won their first two games there.\n\n"
        "Four Americans, including Ambassador Christopher Stevens, died in the attack."
    )
    titles = {name: ent.title for name, ent in Resolver(text).entities.items()}
    assert titles.get("Stade de France") is None
    assert titles.get("Four Americans") is None


def test_a_firm_called_by_its_trade_is_the_firm_whose_name_shows_it() -> None:
    """ "British Airways … The airline said", "Westpac Banking Corp … The bank said" stayed 'The airline', 'The
    bank': "the company" resolved to the firm named, its trades did not. A trade alone ("the airline", "the
    utility", "the automaker") is the firm named last whose name shows it; not "the central bank"."""
    got = _speakers(
        "Intro.",
        "British Airways cut fares on Monday. The airline said demand was weak.",
        "Ohio Edison Co raised its rates. The utility said costs had risen.",
        "The central bank said rates would stay.",
    )
    assert got == ["British Airways", "Ohio Edison Co", "The central bank"]


def test_alleged_after_a_plural_owner_is_an_adjective() -> None:
    """ "complaints about officers' alleged behaviour should be made to …" gave 'complaints about officers' a
    report: "alleged" after an owner in the plural is an adjective, as after "the" or "his"."""
    got = _reports(
        [
            "Intro.",
            "Complaints about officers' alleged behaviour should be made to the commissioner.",
            "Somers' reported death comes as an official said a drone strike killed nine militants.",
        ]
    )
    assert got == [("a drone strike killed nine militants", "an official", "cue-then-clause/descriptor:as-named")]


def test_a_participle_after_a_quotation_that_qualifies_a_noun_takes_no_quotation() -> None:
    """'A government spokeswoman said the Security Service "operated within the law" and complaints about
    officers' alleged behaviour should be made to …' gave 'complaints about officers' the quotation: the cue
    after a quotation is the first one that is a verb, as it is for reported speech."""
    got = _direct(
        [
            "Intro.",
            'A government spokeswoman said the Security Service "operated within the law" and complaints about '
            "officers' alleged behaviour should be made to the commissioner.",
        ]
    )
    assert [speaker for _, speaker in got] == ["A government spokeswoman"]


def test_a_body_is_the_one_its_words_introduced() -> None:
    """ "the monitoring group SITE said …. …, the monitoring group said" was 'the monitoring group' on its own:
    SITE is not in the list of bodies a generic noun looks back on, and others spoke since. The same words that
    introduced a body name it again."""
    got = _speakers(
        "Intro.",
        "Earlier on Sunday, the monitoring group SITE said jihadists had captured a soldier.",
        "Rosenberg had served in the army. She went to Syria in November. Her mother said she was well.",
        "The woman had volunteered to fight, the monitoring group said.",
    )
    assert got == ["SITE", "Her mother", "SITE"]


def test_a_mention_with_a_speech_verb_in_it_is_no_alias() -> None:
    """ "He said Gilliam also told the informant …" listed 'He said Gilliam' among Gilliam's names (89 such on
    bulk: 'The official said Reagan', 'They said the IMF'): the report's subject as read runs back over the
    outer cue."""
    analysis = _analysis(
        [
            "Intro.",
            "Chris Scott Gilliam was arrested. Pasqualotto testified that Gilliam met with him.",
            "He said Gilliam also told the informant someone should kill the sniper.",
        ]
    )
    gilliam = next(s for s in analysis.speakers if s.name == "Chris Scott Gilliam")
    assert gilliam.aliases == []


def test_a_title_ends_after_a_body_name_that_lists_names() -> None:
    """ "an analyst with Smith Barney, Harris Upham and Co," was titled 'analyst with Smith Barney', "a special
    agent with the Bureau of Alcohol, Tobacco and Firearms" 'special agent with the Bureau of Alcohol': the comma
    inside a body's name is not the apposition's end. A second person after the comma ("…, and Jean Charest")
    stays out."""
    analysis = _analysis(
        [
            "Intro.",
            '"We will win the vote next year," said Tom Smith, an analyst with Smith Barney, Harris Upham and Co, '
            "in New York.",
            '"They will lose the vote," Ann Fox, a special agent with the Bureau of Alcohol, Tobacco and Firearms, '
            "said.",
            "Lucien Bouchard, premier of Quebec, and Jean Charest, the Liberal leader, agreed to debate.",
            "Bouchard said the vote would be close.",
        ]
    )
    titles = {s.name: s.title for s in analysis.speakers}
    assert titles["Tom Smith"] == "analyst with Smith Barney, Harris Upham and Co"
    assert titles["Ann Fox"] == "special agent with the Bureau of Alcohol, Tobacco and Firearms"
    assert titles["Lucien Bouchard"] == "premier of Quebec"


def test_an_acronym_that_ends_in_s_is_a_body_not_a_plural() -> None:
    """ "CBS said", "UBS said", "The IRS said" gave no report at all: a word in capitals ending in S was read as
    the plural of an acronym ("MPs"). A lower-case s still makes a group, and an acronym before a group's noun
    ("AIDS groups applauded …") only qualifies it."""
    got = _reports(
        [
            "Intro.",
            "CBS said the show would end in May.",
            "The IRS said the tax would rise.",
            "Tory MPs said the tax would rise again.",
            "But AIDS groups applauded the measure, saying the price of drugs is critical for poor countries.",
        ]
    )
    assert [s for _, s, _ in got] == ["CBS", "IRS", "Tory MPs", "AIDS groups"]


def test_an_acronym_names_the_whole_body_before_it() -> None:
    """ "the World Summit for the Information Society (WSIS)" made WSIS 'Information Society' (one function word
    allowed between capitals, not two), and "Incomes Data Services' (IDS)" kept the possessive's mark."""
    got = _speakers(
        "Intro.",
        "A spokesman for the World Summit for the Information Society (WSIS) spoke on Monday.",
        "A survey by Incomes Data Services' (IDS) was published on Monday.",
        "The fund's mechanism is to be ironed out in the coming days, said the WSIS.",
        "Companies had raised their contributions by 100%, IDS said.",
    )
    assert got == ["World Summit for the Information Society", "Incomes Data Services"]


def test_a_body_in_brackets_in_a_title_ties_its_holder_to_it() -> None:
    """ "Jay Naidoo, general secretary of the Congress of South African Trade Unions (COSATU)" is "The Cosatu
    official" after another body spoke (the bracketed acronym was no word of the title); "the NISCC spokesman"
    is not the NISCC's director, who shares only the body."""
    got = _speakers(
        "Intro.",
        "Jay Naidoo, general secretary of the Congress of South African Trade Unions (COSATU), said workers "
        "should unite.",
        "SATS says that some 13,000 workers are involved in the stoppage.",
        "The Cosatu official said a number of unions had resolved to take action.",
        '"It will help home users," said Roger Cumming, director of the National Infrastructure Security '
        "Coordination Centre (NISCC).",
        "The NISCC spokesman said the site would stay open for as long as there were bugs.",
    )
    assert got == ["Jay Naidoo", "SATS", "Jay Naidoo", "Roger Cumming", "The NISCC spokesman"]


def test_a_passive_with_an_adverb_reports_nothing() -> None:
    """ "GPRS is often described as 2.5G technology", "Greene was also denied Olympic gold …": a passive with its
    adverb is no one's report, as it was without one."""
    got = _reports(
        [
            "Intro.",
            "GPRS is often described as 2.5G technology, sitting between 2G and 3G technology.",
            "Greene was also denied Olympic gold when he could not catch Lewis-Francis on the final leg.",
        ]
    )
    assert got == []


def test_he_after_an_unnamed_speaker_is_that_speaker() -> None:
    """ "The unnamed instructor told investigators he was not aware that Kennedy …. And he said …" gave the second
    report to Kennedy, named inside the first: an unnamed speaker whose noun is a role or a doer's ("instructor",
    "user") spoke there, as "a spokesman" did already."""
    got = _speakers(
        "Intro.",
        "John F. Kennedy Jr. died in a crash.",
        "The unnamed instructor told investigators he was not aware that Kennedy had ever flown the plane alone. "
        "And he said he believed that Kennedy would need more training.",
    )
    assert got == ["The unnamed instructor", "The unnamed instructor"]


def test_people_doing_something_at_a_named_place_are_who_speaks() -> None:
    """ "One pilot flying to Nantucket told investigators that …" was 'Nantucket' (an unknown name read as a
    surname), and "another flight instructor who signed Kennedy off in the Saratoga said" was 'Saratoga' (the
    instructor no role): the phrase before the participle or the relative clause is who."""
    got = _speakers(
        "Intro.",
        "One pilot flying to Nantucket told investigators that his screen showed nothing.",
        "Residents living near Heathrow say the noise is terrible.",
        "Another flight instructor who signed Kennedy off in the Saratoga said that the autopilot failed.",
    )
    assert got == [
        "One pilot flying to Nantucket",
        "Residents living near Heathrow",
        "Another flight instructor who signed Kennedy off in the Saratoga",
    ]


def test_a_belief_under_may_or_could_is_no_one_s() -> None:
    """ "The pilot may believe the plane is flying level", "religious conservatives may think …", "a Clintonista
    could believe that …": what someone might believe, reported of no one; "he would expect" is still his."""
    got = _reports(
        [
            "Intro.",
            "The pilot may believe the plane is flying with wings level when it is out of control.",
            "A vengeful Clintonista could believe that Tripp ought to face criminal charges.",
            "Bob Reid spoke on Monday. If prices went much above that, he would expect that output would rise.",
        ]
    )
    assert [s for _, s, _ in got] == ["Bob Reid"]


def test_a_plural_head_before_its_phrase_makes_note_a_verb() -> None:
    """ "Scholars with the Beijing Library note that …" gave no report: "the Beijing Library note" read as a noun.
    A plural head before its prepositional phrase makes "note" its verb; an owner's "note" stays a noun."""
    got = _reports(
        [
            "Intro.",
            "Scholars with the Beijing Library note that many Tibetan books can be found abroad.",
            "A copy of the library note that was found is here.",
            "Souness and Bellamy fought at the weekend, a war of words in the media. Bellamy's claim that Souness "
            "had lied was denied.",
        ]
    )
    assert [(t[:20], s) for t, s, _ in got] == [("many Tibetan books c", "Scholars with the Beijing Library")]


def test_a_clause_before_a_name_its_who_clause_and_where_it_was_told() -> None:
    """ "…, Klebanov, who is also the chairman of the commission, told a hearing at the State Duma, lower house of
    parliament." gave no report: a surname before a "who" clause is the speaker (a full name was), and "a hearing"
    is where it was told. After where, a clause of the cue's own ("told the hearing at the Institute the case
    could have …") is still no tail."""
    got = _reports(
        [
            "Intro.",
            "Ilya Klebanov spoke. The reasons cannot be corroborated now, Klebanov, who is also the chairman of the "
            "commission, told a hearing at the State Duma, lower house of parliament.",
            "Judge Richard Mawrey, QC told the hearing at the Birmingham Institute the case could have serious "
            "consequences.",
        ]
    )
    assert (got[0][0][:20], got[0][1]) == ("The reasons cannot b", "Ilya Klebanov")
    assert all(not t.startswith("Judge") for t, _, _ in got)


def test_a_name_then_one_of_a_group_then_its_verb_and_participle() -> None:
    """ "Veronesi, one of Europe's leading cancer specialists, has announced a crusade against smoking, saying that
    …" gave no report: "one of …" is an apposition as "a …" is."""
    got = _reports(
        [
            "Intro.",
            "Veronesi, one of Europe's leading cancer specialists, has announced a crusade against smoking, saying "
            "that too many Italians still die of lung cancer.",
        ]
    )
    assert [(t[:20], s) for t, s, _ in got] == [("too many Italians st", "Veronesi")]


def test_former_before_a_title_that_opens_the_name_is_kept() -> None:
    """ "said former Costa Rica President Don Rodrigo Carazo" was titled 'Costa Rica President': the capitals run
    from the title to the name, and the lower-case "former" before them was dropped (28 such titles on bulk:
    Jimmy Carter 'U.S. President', Boris Yeltsin 'President'). A run with no role in it takes none ("former
    Wellesley High track coach Mickey Walsh")."""
    analysis = _analysis(
        [
            "Intro.",
            '"Peruvian officials must act at once," said former Costa Rica President Don Rodrigo Carazo, who led '
            "the delegation.",
            '"She was the best athlete I ever had," says former Wellesley High track coach Mickey Walsh.',
        ]
    )
    titles = {s.name: s.title for s in analysis.speakers}
    assert titles["Don Rodrigo Carazo"] == "former Costa Rica President"
    assert "Wellesley High" not in titles


def test_the_nyt_wires_underscore_dash_signs_a_quotation() -> None:
    """The NYT wire's quote lists sign each quotation with its dash, an underscore ('"…" _ Kevin Spacey', '"…"_
    Andrzej Wajda'): 48 quotes of one such list had no speaker."""
    got = _direct(
        [
            "Intro.",
            '"The glory is there\'s real beauty in this movie and we found it." _ Kevin Spacey',
            '"It\'s heavy but it fits real nice."_ Michael Caine, on holding his statuette',
        ]
    )
    assert got == [("signature-dash/name", "Kevin Spacey"), ("signature-dash/name", "Michael Caine")]


def test_told_companies_is_whom_they_told() -> None:
    """ "Cacex has told companies they must limit their imports" reported 'companies they must …': a plural in
    -ies is whom they told, as "investors" is; not when a plural noun follows it ("told securities analysts")."""
    got = _reports(
        [
            "Intro.",
            "Cacex has told companies they must limit their imports.",
            "The bank told investors rates would rise.",
        ]
    )
    assert [t for t, _, _ in got] == ["they must limit their imports", "rates would rise"]


def test_where_a_body_is_based_is_no_part_of_its_name() -> None:
    """ "Paris-based Euronext" spoke as 'Paris-based Euronext' (a person's name to the reader), "the New York-based
    Human Rights Watch" as 'Rights Watch' titled 'New York-based Human': a place-based modifier is dropped, and
    what it qualifies is a body (a person named with a given name stays a person). An opening "Despite …" phrase
    without its comma is no part of the subject either ('Despite the criticism bankers')."""
    got = _speakers(
        "Intro.",
        "Paris-based Euronext has also said it may bid.",
        "The New York-based Human Rights Watch said the trial was unfair.",
        "Texas-based Matt Mackowiak said the race was over.",
        "Despite the criticism bankers said the company still managed to grow.",
    )
    assert got == ["Euronext", "Human Rights Watch", "Matt Mackowiak", "bankers"]


def test_told_analysts_and_a_modified_audience_is_whom_they_told() -> None:
    """ "told analysts the deal …", "told security analysts the company …", "told local reporters three men were
    arrested": the people told, with one modifier, are no part of the clause (analysts, executives, diplomats
    and experts were not read as people at all); a wh-word or a quantifier before them is no modifier ("asked
    why ministers attacked …")."""
    got = _reports(
        [
            "Intro.",
            "The bank told analysts rates would rise.",
            "Kaiser told securities analysts business in the current quarter is good.",
            "A spokeswoman told local reporters three men were arrested.",
            "Mr Kennedy asked why ministers attacked the plan.",
        ]
    )
    assert [t for t, _, _ in got] == [
        "rates would rise",
        "business in the current quarter is good",
        "three men were arrested",
        "why ministers attacked the plan",
    ]


def test_a_body_named_for_what_it_is_against_is_one_body_and_the_group_it_names() -> None:
    """ "The South African Campaign Against Landmines …. the group said": a name that runs on over a capitalised
    "Against" or "Without" is a body's, whole ('Borders' was a person, 'South African Campaign' half a body),
    and "the group", "the anti-landmine campaign" and "The South African lobby group" are that body."""
    an = _analysis(
        [
            "Intro.",
            "The South African Campaign Against Landmines has called on Clinton to sign a treaty.",
            "In a statement issued here Wednesday, the group said it is ironic the leader is visiting Africa.",
            "The anti-landmine campaign said all the countries played major roles.",
            "The South African lobby group said it is collecting signatures.",
            "Doctors Without Borders said the clinic was hit.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["South African Campaign Against Landmines"] * 3 + [
        "Doctors Without Borders"
    ]


def test_a_participle_in_commas_after_a_name_is_no_title() -> None:
    """ "Palestinians, infuriated by Netanyahu's pledge …, complain that": what they felt is no title; "Mary
    Jones, managing director of Acme," keeps hers."""
    an = _analysis(
        [
            "Intro.",
            "Palestinians, infuriated by Netanyahu's pledge of more settlements, complain that the land is split.",
            "John Smith, angered by the vote, said the party was split.",
            "Mary Jones, managing director of Acme, said it was fine.",
        ]
    )
    assert [(s.name, s.title) for s in an.speakers] == [
        ("Palestinians", None),
        ("John Smith", None),
        ("Mary Jones", "managing director of Acme"),
    ]


def test_a_work_named_again_by_its_head_is_the_one_named_before() -> None:
    """ "the report on Turkey stated …. The report said", "a police statement said …. the police statement said
    …. the statement said": one work, named in full first (they were two and three speakers)."""
    an = _analysis(
        [
            "Intro.",
            '"The violations are causes of concern," the report on Turkey stated.',
            "The report praised the economic policy but said it still had a long way to go.",
            "He admitted he did not expect the damage, a police statement said.",
            "Chen had spent long hours playing games, the police statement said.",
            '"He regretted his deeds," the statement said.',
        ]
    )
    assert sorted((s.name, s.aliases) for s in an.speakers) == [
        ("a police statement", ["the police statement", "the statement"]),
        ("the report on Turkey", ["The report"]),
    ]


def test_a_show_in_quotation_marks_before_a_role_is_part_of_who_speaks() -> None:
    """`"…," said "West Wing" creator Aaron Sorkin`: the show's name in quotation marks no longer ends the part
    after the cue (the quote had no speaker); "Host Garry Shandling" is Garry Shandling, titled host."""
    an = _analysis(
        [
            "Intro.",
            '"There\'s going to be no living with me now," said "West Wing" creator Aaron Sorkin, who won an Emmy.',
            '"I don\'t like this reality television at all," Host Garry Shandling said.',
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Aaron Sorkin", "Garry Shandling"]
    assert [(s.name, s.title) for s in an.speakers][1] == ("Garry Shandling", "Host")


def test_they_after_studies_and_a_host_of_things_are_read_as_such() -> None:
    """ "Most studies of glucosamine were done in Europe. In general, they suggest that …": the studies speak
    (GUIDE: a study is its own speaker); "a host of new songs" is songs, no host who speaks."""
    got = _reports(
        [
            "Intro.",
            "Most studies of glucosamine were done several years ago in Europe. In general, they suggest that the "
            "supplements work about as well as painkillers.",
            "Speaking on radio last week, Kiedis said his band and collaborator Brian Burton, AKA Danger Mouse, "
            "wrote a host of new songs for the upcoming album.",
        ]
    )
    assert [s for _, s, _ in got] == ["Most studies of glucosamine", "Kiedis"]


def test_the_host_is_the_one_titled_so_and_an_age_descriptor_may_carry_a_clause() -> None:
    """ "… Morning Joe hosts Joe Scarborough and Mika Brzezinski …. former President Bill Clinton …. "…," the
    host said": the one titled host, not the man named since; "The 28-year-old host who also presents …" is
    the person the story is about, as "The 28-year-old host" is."""
    got = _speakers(
        "Intro.",
        "In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, Hillary Clinton said the "
        "comments did not fit.",
        "Clinton and her husband, former President Bill Clinton, attended the wedding in 2005.",
        "\"He's fun, he's an interesting guy, he's fun,\" the host said.",
    )
    assert got == ["Hillary Clinton", "Joe Scarborough"]
    got = _speakers(
        "Cat Deeley has resigned as host of ITV1's music show CD:UK after six years.",
        "The 28-year-old host who also presents Stars In Their Eyes said she wanted to concentrate on new projects.",
    )
    assert got == ["Cat Deeley"]


def test_a_plain_dateline_a_made_work_a_comma_left_out_and_a_party_in_brackets() -> None:
    """`Washington _ Despite …, according to a study of … needs released Monday`: the New York Times wire's plain
    dateline is no part of the clause (nor a later "Evolution _ the theory …"), and the study is no 'study …
    released'; "said Cushing N. Dolbeare a housing policy analyst" is the name, its comma left out; "Rep. Rick A.
    Lazio, (R-NY.), the chairman …, cautioned that "…"" is Lazio (the last speaker had it)."""
    an = _analysis(
        [
            "Washington _ Despite a robust economy, low-income households have increased, according to a study of "
            "national housing needs released Monday.",
            '"The income distribution is getting wider and wider," said Cushing N. Dolbeare a housing policy analyst.',
            "Rep. Rick A. Lazio, (R-NY.), the chairman of the House subcommittee on Housing, cautioned that "
            '"more funding for bad programs is not the solution."',
            "Evolution _ the theory that life has adapted over millions of years _ is the accepted theory, said Mary "
            "Blythe, a science specialist.",
        ]
    )
    got = [(q.text.split()[0], q.speaker) for q in an.quotes]
    assert got == [
        ("Despite", "a study of national housing needs"),
        ("The", "Cushing N. Dolbeare"),
        ("more", "Rick A. Lazio"),
        ("Evolution", "Mary Blythe"),
    ]
    assert ("Cushing N. Dolbeare", "housing policy analyst") in [(s.name, s.title) for s in an.speakers]


def test_an_opening_phrase_that_runs_into_its_own_verb_is_a_clause_the_cue_reports() -> None:
    """ "In the past many doctors did not consider obesity a medical problem, said Louis Aronne", "Losing 10
    percent of one's weight is a realistic initial goal, said …", "Worsening drought conditions … may force …, the
    agency said": no opening phrase, a clause (they reported nothing); "In a report that was released Tuesday,
    the group said …" and "In response to a question about whether …, he said" are openings still."""
    got = _reports(
        [
            "Intro.",
            "In the past many doctors did not consider obesity a medical problem, said Louis Aronne.",
            "Losing 10 percent of one's weight is a realistic initial goal, said F. Xavier Pi-Sunyer.",
            "Worsening drought conditions in Peking may force the authorities to ration water, the agency said.",
            "In a report that was released Tuesday, the group said prices rose sharply this year.",
            "In response to a question about whether any units are up for sale, he said only that it was looking.",
        ]
    )
    assert [(t.split()[0], s) for t, s, _ in got][:4] == [
        ("In", "Louis Aronne"),
        ("Losing", "F. Xavier Pi-Sunyer"),
        ("Worsening", "the agency"),
        ("prices", "the group"),
    ]
    assert not [t for t, _, _ in got if t.startswith("In response")]


def test_it_after_a_sentence_about_a_body_that_spoke_is_that_body() -> None:
    """ "The EU sought to allay the airlines' fears, stressing …. It added that …": the body the sentence before is
    about, which has spoken (was the airlines' association named in a title before, or no one)."""
    got = _speakers(
        "Intro.",
        "The policy makers are to ask for a report, the EU said.",
        '"Of course we applaud humanitarian initiatives, but why target the airlines?" said Ulrich '
        "Schulte-Strathaus, secretary general of the Association of European Airlines.",
        "The EU sought to allay the airlines' fears, stressing that the meeting was only a first step. It added that "
        "any plan to levy taxes on jet fuel would not hinder the airlines.",
    )
    assert got == ["EU", "Ulrich Schulte-Strathaus", "EU"]


def test_a_paper_named_by_its_kind_is_a_body_that_it_and_the_newspaper_mean() -> None:
    """ "…, the official daily Fraternite Matin reported. It said …": the paper (its name was a person's, whom
    "it" cannot mean); "The newspaper said" after "the … newspaper Granma" is Granma; "the … newspaper Reforma
    published … what it said" is Reforma. A person after "website" or "broadcaster" stays a person."""
    got = _speakers(
        "Intro.",
        "Maize output has risen steadily, the official daily Fraternite Matin reported.",
        "It said the country reached self-sufficiency in maize three years ago.",
        "Castro is ill, the Communist Party newspaper Granma said on Monday.",
        "The newspaper said the leader would recover soon.",
        "On Saturday, the Mexico City newspaper Reforma published what it said was a taped conversation.",
        "Speaking to the BBC News website Mr Molyneux said receiving the honour was a surprise.",
    )
    assert got == ["Fraternite Matin"] * 2 + ["Granma"] * 2 + ["Reforma", "Molyneux"]
    an = _analysis(["Intro.", "Veteran comedian and broadcaster Cyril Fletcher said he was happy to be here."])
    assert [(s.name, s.person) for s in an.speakers] == [("Cyril Fletcher", True)]


def test_they_after_one_named_person_is_the_group_that_spoke_just_before() -> None:
    """ "Thrift industry sources said …. "…," said James Stutz, …. They said …": no one person is "they"; the
    group that spoke a sentence or two before is, when no other people named by a plural came up since (it had no
    speaker); after an unnamed one ("One journalist suggested …. '…,' they added") it may be that one."""
    got = _speakers(
        "Intro.",
        "Thrift industry sources said they do not see a major near-term impact on the market.",
        '"We do believe they will be a better competitor than Sears," said James Stutz, executive vice president '
        "of Home Federal Savings.",
        "They said Citicorp is likely to convert the branches to banks at that time.",
    )
    assert got == ["Thrift industry sources", "James Stutz", "Thrift industry sources"]
    got = _speakers(
        "Intro.",
        "Thrift industry sources said they do not see a major near-term impact on the market.",
        '"We do believe they will be a better competitor than Sears," said James Stutz, executive vice president '
        "of Home Federal Savings.",
        "Other bankers are not so sure. They said Citicorp is likely to convert the branches to banks.",
    )
    assert got[-1] != "Thrift industry sources"


def test_a_campus_after_a_comma_and_a_body_before_its_apposition_speak_as_subjects() -> None:
    """ "Lerner, a former professor at California State University, Long Beach, said that …": the campus's comma
    opens no apposition (no report); "AHP, the parent of Norplant maker Wyeth-Ayerst Laboratories, did not
    admit …, saying it was "…"": the body before its apposition speaks (no speaker)."""
    got = _speakers(
        "Intro.",
        "Lerner, a former professor at California State University, Long Beach, said that Kansas got such a poor "
        "grade because its guidelines forbid teaching anything.",
        "AHP, the parent of Norplant maker Wyeth-Ayerst Laboratories, did not admit any wrongdoing in the "
        'settlement, saying it was "purely a business decision."',
    )
    assert got == ["Lerner", "AHP", "AHP"]


def test_a_group_in_two_places_joined_by_and_is_one_subject() -> None:
    """ "Currency dealers here and in the Far East said …", "Officials in Washington and at the United Nations
    said …": "and" joins two places the group is in, not two subjects (no report, or the body alone)."""
    got = _speakers(
        "Intro.",
        "Currency dealers here and in the Far East said the dollar gained slight background support.",
        "Officials in Washington and at the United Nations said there were a number of other factors.",
    )
    assert got == ["Currency dealers here and in the Far East", "Officials in Washington and at the United Nations"]


def test_a_report_inside_a_dash_aside_ends_at_the_closing_dash_and_a_based_descriptor_titles_a_name() -> None:
    """ "Property crimes -- which police say are largely caused by juveniles -- are down …": the report ends at
    the dash that closes its aside (it ran to the sentence's end); "one N.J.-based pilot, Larry Lorenzo, said …":
    "-based" is no verb that makes the descriptor a clause (no report)."""
    got = _reports(
        [
            "Intro.",
            "Property crimes -- which police say are largely caused by juveniles -- are down only 4.5 percent.",
            "He had an injured foot _ although one N.J.-based pilot, Larry Lorenzo, said Kennedy could have operated "
            "the rudder pedals fairly easily.",
        ]
    )
    assert [(t, s) for t, s, _ in got] == [
        ("are largely caused by juveniles", "police"),
        ("Kennedy could have operated the rudder pedals fairly easily", "Larry Lorenzo"),
    ]


def test_a_clause_then_who_was_quoted_as_saying_is_their_report() -> None:
    """ "CLAUSE, J. Mati, Executive Director of the Institute …, was quoted as saying.", "CLAUSE, a senior Polish
    banker was quoted as saying.": the one quoted reported the clause (only the active "Tass quoted X as saying"
    was read); "he warned" after it is that person."""
    got = _reports(
        [
            "Intro.",
            "The children die mainly of malaria, diarrhoea and malnutrition, J. Mati, Executive Director of the "
            "Institute of Reproductive Health, was quoted as saying.",
            "The growth of up to one-third of children under five is stunted, he warned.",
            "The talks on the country's foreign debt were concrete and frank, a senior Polish banker was quoted as "
            "saying at the weekend.",
        ]
    )
    assert [s for _, s, _ in got] == ["J. Mati", "J. Mati", "a senior Polish banker"]


def test_a_group_named_by_a_role_is_never_merged_into_one_person_so_titled() -> None:
    """ "Liberal Democrat leader Charles Kennedy …. The Liberal Democrats say …": the party speaks as named, not
    its leader (a descriptor met before a name joins a person only in the singular)."""
    got = _speakers(
        "Liberal Democrat leader Charles Kennedy has begun a week-long tour.",
        "The Liberal Democrats say the race in the northern cities is between them and Labour.",
        "Mr Kennedy said the election would be more unpredictable than any other.",
    )
    assert got == ["The Liberal Democrats", "Charles Kennedy"]


def test_a_captions_pictured_is_no_name() -> None:
    """ "Pictured is Sir Ian McKellan, who played …. He said …": a caption's word at a sentence's start, never a
    surname a "he" could mean ('Pictured' was a speaker)."""
    got = _speakers(
        "Intro.",
        "The schoolboy claims to have powers similar to Magneto, from X-Men. Pictured is Sir Ian McKellan, who "
        "played the character Magneto in the movie X-Men: The Last Stand",
        "'When I woke up the next day and got out of bed I found some coins had stuck to my body.'",
        "He said he is a keen fan of comics and had decided to put it to the test.",
    )
    assert got and "Pictured" not in got


def test_a_post_where_it_is_held_then_a_name_is_the_name_titled() -> None:
    """ "Russian prosecutor in Chechnya Vladimir Kravchenko said …": the post, where it is held, then the one who
    holds it (the whole phrase was a descriptor and a speaker of its own)."""
    an = _analysis(["Intro.", "Russian prosecutor in Chechnya Vladimir Kravchenko said the case was closed."])
    assert [(s.name, s.title) for s in an.speakers] == [("Vladimir Kravchenko", "Russian prosecutor in Chechnya")]


def test_an_aside_after_a_name_in_commas_is_no_title() -> None:
    """ "Donald Trump, meanwhile, is supported by …", "Hillary Clinton, for her part, said …": an aside on the
    sentence, not who the person is ('meanwhile' was Trump's title)."""
    an = _analysis(
        [
            "Intro.",
            "Donald Trump, meanwhile, is supported by far fewer publications.",
            "Hillary Clinton, for her part, said the plan was weak.",
            "Bob Smith, a retired teacher, said it was fine.",
        ]
    )
    assert [(s.name, s.title) for s in an.speakers] == [
        ("Hillary Clinton", None),
        ("Bob Smith", "retired teacher"),
    ]


def test_rival_at_a_sentences_start_is_no_part_of_the_name() -> None:
    """ "Rival Hillary Clinton had mocked …": the word is capitalised for the sentence, as "rival" is not."""
    got = _speakers("Intro.", "Rival Hillary Clinton had mocked the complaint, saying anybody who complains is weak.")
    assert got == ["Hillary Clinton"]


def test_a_shared_surname_means_the_one_the_story_turned_to() -> None:
    """One named in passing ("Gary Johnson’s doctor"), then another named in full as a subject ("Homeland
    Security Secretary Jeh Johnson says"): a bare "Johnson" after is the second, and so is his "he"; but one the
    story named as its subject first keeps the surname ("Reza Gul watched …. Fatima Gul, who also took up arms
    …. '…,' Gul told")."""
    got = _speakers(
        "Libertarian presidential candidate Gary Johnson’s doctor is calling the candidate “extremely fit.”",
        "The former New Mexico governor is a triathlete.",
        "Homeland Security Secretary Jeh Johnson says hackers are taking aim at state officials.",
        "Johnson said officials should reach out to the federal government. With thousands of systems, “there is "
        "no one single point of failure,” he said.",
    )
    assert got[1:] == ["Jeh Johnson"] * 4
    got = _speakers(
        "Reza Gul watched helplessly as her son died at a village checkpoint.",
        "Fatima Gul, who also took up arms against the Taliban, was wounded.",
        "'I couldn't stop myself and picked up a weapon,' Gul told TOLO News.",
    )
    assert got == ["Reza Gul"]


def test_a_name_of_a_body_whose_own_name_holds_of_is_the_person() -> None:
    """ "Philip Okundi of the Kenya Bureau of Standards said": the person, titled by the body (the body spoke)."""
    got = _reports(["Intro.", "Philip Okundi of the Kenya Bureau of Standards said that prices would rise."])
    assert [speaker for _, speaker, _ in got] == ["Philip Okundi"]


def test_a_title_ending_in_ing_opens_no_clause() -> None:
    """ "Managing Director Philip Okundi … said here Wednesday that with effect from October 1, …", "Banking
    sources said that while …,": the -ing word is a title's or a noun's, not a participle opening the sentence,
    when the speech verb stands before the comma ("Having said that," still opens one)."""
    got = _reports(
        [
            "Intro.",
            "Managing Director Philip Okundi said here Wednesday that with effect from October 1, this year, imported "
            "used items would be banned.",
            "Banking sources said that while the central bank is reluctant to act, it will accept some limits.",
            "Having said that, the team is looking in much better shape.",
        ]
    )
    assert [(text.split(",")[0], speaker) for text, speaker, _ in got] == [
        ("with effect from October 1", "Philip Okundi"),
        ("while the central bank is reluctant to act", "Banking sources"),
    ]


def test_a_report_a_body_gives_in_its_report_is_the_bodys() -> None:
    """ "The bi-partisan committee in its report said": the medium is no part of the speaker, who is the
    committee the article named before."""
    got = _reports(
        [
            "Intro.",
            "The Foreign Affairs Committee urged the government to act on the matter at once.",
            "The bi-partisan committee in its report said it was not convinced by the plan.",
        ]
    )
    assert got == [
        ("it was not convinced by the plan", "Foreign Affairs Committee", "cue-then-clause/descriptor:named-body")
    ]


def test_a_clause_of_when_opens_the_sentence_and_holds_its_own_report() -> None:
    """ "A day after President Clinton … admitted an "…", Feinstein shocked …. "…," she said": the opening clause
    of time is no subject (nor part of the name), and the "she" is the main clause's; a report inside such a
    clause is still one ("A day after Obama declared that …,")."""
    an = _analysis(
        [
            "Intro.",
            'A day after President Clinton addressed the nation and admitted an "inappropriate relationship" with '
            "Lewinsky, Senator Dianne Feinstein shocked her colleagues by denouncing him.",
            '"My trust in his credibility has been badly shattered," she said.',
            "A day after Obama declared that Iraqi forces had broken the hold on the dam, the army announced strikes.",
        ]
    )
    assert [(q.text, q.speaker) for q in an.quotes] == [
        ("inappropriate relationship", "Clinton"),
        ("My trust in his credibility has been badly shattered,", "Dianne Feinstein"),
        ("Iraqi forces had broken the hold on the dam", "Obama"),
    ]
    assert all(not a.startswith("A day") for s in an.speakers for a in s.aliases)


def test_indicated_that_reports_and_data_opening_a_sentence_are_no_surname() -> None:
    """ "Senate Majority Leader Trent Lott indicated that …" reports (and the quotation after it is his);
    "Statistics indicated that …": the data speak as named, no person called Statistics whom a "he" could mean."""
    got = _speakers(
        "Intro.",
        "Prime Minister Frederick Sumaye said malaria is the leading cause of child mortality. Statistics indicated "
        "that 25 percent of deaths are due to the disease.",
        "Malaria is also a major impediment to development, he said.",
        "Senate Majority Leader Trent Lott indicated that, as far as he was concerned, the matter was closed.",
        '"The problem with the censure resolution right now is that the Senate is tired."',
    )
    assert got == ["Frederick Sumaye", "Statistics", "Frederick Sumaye", "Trent Lott", "Trent Lott"]


def test_an_apposition_left_open_before_the_verb_may_name_the_body_with_its_article() -> None:
    """ "Rita Malley, spokeswoman for the New Jersey state attorney general's office said …": the apposition's
    comma never closed, the name before it speaks (nothing was found)."""
    got = _reports(
        [
            "Intro.",
            "Rita Malley, spokeswoman for the New Jersey state attorney general's office said Smith was not the man.",
        ]
    )
    assert [(text, speaker) for text, speaker, _ in got] == [("Smith was not the man", "Rita Malley")]


def test_revealed_that_reports() -> None:
    got = _reports(["Intro.", "Peace Now, an Israeli peace group, also revealed that 5,892 new units are being built."])
    assert [(text, speaker) for text, speaker, _ in got] == [("5,892 new units are being built", "Peace Now")]


def test_a_quotation_right_after_another_goes_on_with_its_speaker() -> None:
    """BBC copy leaves a paragraph's closing mark out: `… and Benitez said: "He played very well. "It is important
    …"`; the second quotation goes on with Benitez, not the sentence's first name."""
    got = _direct(
        [
            "Intro.",
            'Igor Biscan was outstanding in midfield, and Benitez said: "He played very well. "It is important to have '
            'all the players ready and a good squad."',
        ]
    )
    assert [speaker for _, speaker in got] == ["Benitez", "Benitez"]


def test_a_works_title_with_the_wires_underscore_dash_is_no_quotation() -> None:
    """ "Star Wars: Episode I _ The Phantom Menace's" in the NYT wire: a title in Title Case (its "_" a dash)."""
    got = _direct(["Intro.", 'In celebration of "Star Wars: Episode I _ The Phantom Menace\'s" anniversary, fans met.'])
    assert got == []


def test_reuters_mixed_case_dateline_is_no_part_of_a_report() -> None:
    got = _reports(
        [
            "New York, April 3 - E.F. Hutton LBO Inc is still interested in an acquisition of Purolator Courier Corp, "
            "an E.F. Hutton spokesman said."
        ]
    )
    assert [text for text, _, _ in got] == [
        "E.F. Hutton LBO Inc is still interested in an acquisition of Purolator Courier Corp"
    ]


def test_a_time_ago_is_no_speaker() -> None:
    got = _speakers("Intro.", "He is the same man who a month ago said that the software hides a serial number.")
    assert "a month ago" not in got


def test_kin_named_by_a_given_name_in_apposition_speaks_by_that_name() -> None:
    """ "said his wife, Kimberly", "says her father, Michael, "…"" after an opening phrase: the given name,
    titled by the kin word (was 'his wife', or no one)."""
    an = _analysis(
        [
            "Intro.",
            '"Our car was totaled," said his wife, Kimberly.',
            'Looking at her, says her father, Michael, "If you did not know, you would not think anything was wrong."',
        ]
    )
    assert [(q.speaker, q.rule.split("/")[0]) for q in an.quotes] == [
        ("Kimberly", "cue-after"),
        ("Michael", "cue-before"),
    ]
    assert {(s.name, s.title) for s in an.speakers} == {("Kimberly", "his wife"), ("Michael", "her father")}


def test_reasoned_and_speculated_cue_and_two_words_with_a_comma_are_a_partial_quote() -> None:
    """ "Folkman reasoned, "…"", "Rafi Eitan speculated that …", "Janney called Marchand "exquisite, elegant."" """
    an = _analysis(
        [
            "Intro.",
            'Folkman reasoned, "You could give interferon alpha at a low dose every day" without side effects.',
            "Rafi Eitan, a former Mossad operator, speculated that the two might have been hired by a private outfit.",
            'Janney called Marchand "exquisite, elegant."',
        ]
    )
    assert [(q.kind, q.speaker) for q in an.quotes] == [
        ("direct", "Folkman"),
        ("indirect", "Rafi Eitan"),
        ("direct", "Janney"),
    ]


def test_one_person_in_two_roles_under_one_article_is_one_descriptor() -> None:
    """ "The feminist writer and broadcaster said": one person, both roles (was 'broadcaster' alone, a speaker of
    its own); two groups joined stay apart ("The Clinton campaign and some cybersecurity experts")."""
    got = _speakers(
        "Intro.",
        "Germaine Greer said she had walked out of the house because of bullying.",
        "The feminist writer and broadcaster said the show had behaved like a child rather than a parent.",
    )
    assert got == ["Germaine Greer", "Germaine Greer"]


def test_a_verb_after_a_names_comma_is_no_title_whatever_its_object_is_called() -> None:
    """ "…, led by keeper David James, helped Manchester City hold …": the sentence's verb, not an apposition
    ("Manchester" ends like a person's noun, but is a capitalised name); "keeper" titles him."""
    an = _analysis(
        [
            "Intro.",
            "A brave defensive display, led by keeper David James, helped Manchester City hold the leaders Chelsea.",
            "James said it was the best game of his career.",
        ]
    )
    assert [(s.name, s.title) for s in an.speakers] == [("David James", "keeper")]


def test_a_gendered_descriptor_is_no_last_speaker_of_the_other_sex() -> None:
    """ ""…," she said. The congressman said …": not she, nor her title (nor is "The New York businessman")."""
    an = _analysis(
        [
            "Intro.",
            'Greta Van Susteren spoke on her show. "It raises national security issues," she said.',
            "The congressman said he was a stronger leader than Barack Obama.",
            "The New York businessman has praised Putin, saying he was a stronger leader than Barack Obama.",
        ]
    )
    got = [q.speaker for q in an.quotes]
    assert got[0] == "Greta Van Susteren" and "Greta Van Susteren" not in got[1:]
    assert [s.title for s in an.speakers if s.name == "Greta Van Susteren"] == [None]


def test_a_role_after_a_sentence_about_someone_named_in_full_is_that_person() -> None:
    """ "Nicholas Betts-Green, who had been selected …, quit …. The former teacher confirmed …": before anyone
    has spoken, the role is the person the sentence before opened with, whom it then titles; not a town read as a
    given name ("Lynn will not appeal …, and the new school superintendent said")."""
    an = _analysis(
        [
            "Intro.",
            "Nicholas Betts-Green, who had been selected to fight the seat, quit after reports in a newspaper. The "
            "former teacher confirmed he had attended the meeting.",
        ]
    )
    assert [q.speaker for q in an.quotes] == ["Nicholas Betts-Green"]
    assert [(s.name, s.title) for s in an.speakers] == [("Nicholas Betts-Green", "former teacher")]
    got = _speakers(
        "Intro.", "Lynn will not appeal the decision and the new school superintendent said the district had begun."
    )
    assert "Lynn" not in got


def test_a_relative_clause_that_is_a_post_titles_without_who_is() -> None:
    """ "Edward Leigh, who is chairman of …": the post, without "who is"; "who is also in Dubai" is where."""
    an = _analysis(
        [
            "Intro.",
            "But Edward Leigh, who is chairman of the accounts committee, warned that it was wrong.",
            "Serena Williams, who is also in Dubai, said she was fine.",
        ]
    )
    assert [(s.name, s.title) for s in an.speakers] == [
        ("Edward Leigh", "chairman of the accounts committee"),
        ("Serena Williams", None),
    ]


def test_an_apposition_may_open_with_a_bodys_acronym() -> None:
    """ "Avin Domnitz, ABA executive director, was ecstatic": the acronym and the role title him (no title was
    read: an apposition had to open lower-case); "Bob Smith, NBC," stays untitled."""
    an = _analysis(
        [
            "Intro.",
            "Avin Domnitz, ABA executive director, was ecstatic. Domnitz said it was fine.",
            "Bob Smith, NBC, said it was fine.",
        ]
    )
    assert [(s.name, s.title) for s in an.speakers] == [("Avin Domnitz", "ABA executive director"), ("Bob Smith", None)]


def test_as_one_from_a_place_in_commas_put_it() -> None:
    """ "as bookseller John Barrigner of Charlotte, N.C., put it, "…"": where the one is from, in commas, between
    the name and the verb (the quotation had no speaker)."""
    got = _direct(
        [
            "Intro.",
            'And, as bookseller John Barrigner of Charlotte, N.C., put it, "which of our good friends we won\'t see."',
        ]
    )
    assert got == [("as-put-before/name", "John Barrigner")]


def test_a_one_word_name_is_titled_by_the_whole_post_before_its_role() -> None:
    """ "Indonesian Mines and Energy Minister Subroto": the post, not 'Minister'; not a sentence's first word
    ("WASHINGTON _ Even President Clinton"), nor what "and" joins ("Many Democrats and President Clinton")."""
    an = _analysis(
        [
            "Intro.",
            "An extension is unrealistic, Indonesian Mines and Energy Minister Subroto told reporters.",
            "Even President Clinton said it was fine, and many Democrats and President Clinton agreed.",
        ]
    )
    assert [(s.name, s.title) for s in an.speakers] == [
        ("Subroto", "Indonesian Mines and Energy Minister"),
        ("Clinton", "President"),
    ]


def test_a_semicolon_inside_brackets_ends_no_report() -> None:
    """BBC's money in two currencies: "… was 120.7m euros ($158.8m; £83.3m)" (the report stopped at "$158.8m")."""
    got = _reports(["Intro.", "Deutsche Boerse said profit was 120.7m euros ($158.8m; £83.3m). Sales climbed."])
    assert [text for text, _, _ in got] == ["profit was 120.7m euros ($158.8m; £83.3m)"]
    got = _reports(["Intro.", "Bob Smith said prices would rise; others disagreed."])
    assert [text for text, _, _ in got] == ["prices would rise"]
