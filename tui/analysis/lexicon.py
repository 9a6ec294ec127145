"""Word lists the rules share: speech cues, roles, organisations, honorifics."""

from __future__ import annotations

import re
from collections.abc import Iterable

_FINITE = """
said says say told tells tell added adds noted stressed stresses highlighted urged urges warned
warns recalled recalls explained explains insisted insists argued argues asserted asserts claimed declared
declares announced announces stated remarked replied replies responded responds commented
observed observes acknowledged acknowledges admitted admits emphasized emphasised emphasizes emphasises suggested
suggests wrote writes continued continues concluded concludes agreed agrees asked asks laughed laughs joked
quipped predicted predicts confirmed confirms denied denies maintained maintains recounted recounts cautioned
cautions vowed promised conceded concedes tweeted reported explained added
complained complains boasted boasts pleaded demanded contended contends called calls described describes
dubbed labeled labelled branded sings sang denounced slammed blasted praised accused touted likened reads read
shouted yelled screamed chanted whispered muttered exclaimed cried lamented mused scoffed sneered snapped retorted
countered testified wondered answered alleged charged assured reassured told alerted informed reminded notified
reasoned speculated speculates surmised
deadpanned grumbled sighed gushed fumed growled mumbled stammered murmured chuckled chuckles giggled sniffed scolded
boomed barked hissed teased marveled marvelled enthused bragged griped groused
gushes scoffs exclaims enthuses brags retorts raved bellowed bellows thundered hollered shrieked
""".split()
_PARTICIPLE = """
saying adding noting stressing highlighting urging warning recalling explaining insisting arguing asserting claiming
declaring announcing stating remarking replying responding commenting observing acknowledging admitting emphasizing
emphasising suggesting writing continuing concluding telling expressing asking predicting confirming warning
calling describing singing promising denouncing accusing vowing touting tweeting shouting chanting yelling
likening declaring reading hoping
""".split()
# Verb-first at a sentence start: `Said Ellis: "…"`
_SENTENCE_FIRST = ["Said", "Says", "Added", "Adds", "Asked", "Asks", "Explained", "Recalled", "Noted", "Wrote"]
# Cues of several words: "pointed out", "A 1972 Supreme Court decision makes it clear that"
_PHRASE_CUES = frozenset({"pointed out", "points out", "point out", "made it clear", "makes it clear", "make it clear"})
# Verbs that report only with "that": "Clinton also proposed that …", "experts agree that …" (not "proposed a
# ban", "the proposed merger", "agree on key areas", "as indicated by")
# ("Senate Majority Leader Trent Lott indicated that …", "Twelve percent indicated that they were not sure")
_THAT_ONLY: tuple[str, ...] = ("proposed", "proposes", "propose", "agree", "recommended", "recommends", "recommend")
_THAT_ONLY += ("indicated", "signaled", "signalled", "revealed", "reveals", "disclosed", "discloses")
# The present of a plural subject ("Critics argue that …", "Officials insist that …"): only before "that", as
# "their own claim", "a report", "note" are nouns too
_PLURAL_THAT = (
    "argue insist warn contend maintain admit acknowledge concede complain suggest predict deny explain allege "
    "assert claim note report stress emphasize emphasise"
).split()

FINITE_CUES = (
    frozenset(_FINITE)
    | frozenset(_SENTENCE_FIRST)
    | {"reports", "notes", "claims", "states", "comments", "remarks", "tweets", "posts"}
    | _PHRASE_CUES
)
THAT_ONLY_CUES = frozenset(_THAT_ONLY)
PLURAL_THAT_CUES = tuple(_PLURAL_THAT)
# Participles that report only after a form of "be" and before "that" ("residents are complaining that …"): no
# cue elsewhere ("charging ahead", "maintaining order")
PROGRESSIVE_THAT_CUES = ("reporting", "complaining", "alleging", "maintaining", "contending", "denying", "charging")
PARTICIPLE_CUES = frozenset(_PARTICIPLE)
# Multi-word cues first so "pointed out" wins over nothing.
_CALL = {"called", "calls", "calling"}
_CUE_WORDS = sorted(
    (set(_FINITE) | PARTICIPLE_CUES | _PHRASE_CUES | {"went on"}) - _CALL,
    key=len,
    reverse=True,
)
# Verbs that are also nouns ("member states", "his claims") count only before "that" or a colon.
_GUARDED = ("reports", "notes", "claims", "states", "comments", "remarks", "argues", "writes", "tweets", "posts")


def alternation(words: Iterable[str]) -> str:
    """The words as a trie: Python's re tries every branch of a flat alternation (3x slower here), and shares no
    prefix between branches of one letter otherwise. Longer words are tried first at every node."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def word_start_alternation(words: Iterable[str], not_after: Iterable[str] = ()) -> str:
    r"""`\b(?:WORDS)` as a pattern re can skip through: one that opens on \b or a look-behind is tried at every
    character (~10x slower); here each first letter comes first, its word-start check after it, and re jumps
    between those letters. The words must start with a word character. `not_after`: strings that must not stand
    right before the word (a look-behind each, `(?<!familiar )\b(?:WORDS)`)."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        ch = re.escape(first)
        tail = alternation([r for r in rests if r])
        if tail and "" in rests:
            tail = f"(?:{tail})?"
        unless = "".join(f"(?<!{re.escape(x)}{ch})" for x in not_after)
        branches.append(rf"{ch}(?<!\w{ch}){unless}{tail}")
    return "(?:" + "|".join(branches) + ")"


CUE = re.compile(
    r"(?<![\w-])("  # not inside a hyphenated word: "a self-described feminist" holds no cue
    + alternation(_CUE_WORDS + _SENTENCE_FIRST)
    + r"|(?:"
    + "|".join(_GUARDED)
    + r")(?=\s+that\b|:|\s*[.!?]\s|\s*[.!?]$"
    # "The California Department of Justice reports there were …": a clause that opens with its subject
    + r"|(?:(?<=reports)|(?<=argues)|(?<=writes))\s+(?:there|he|she|they|it|we)\s+[a-z]"
    # "…, reports the Daily Mail.": the verb before its subject at the end of the sentence
    + "|(?:"
    + "|".join(f"(?<=, {w})" for w in _GUARDED)
    + r")\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}\s*[.!?](?:\s|$))"
    + r"|(?:"
    + "|".join(_THAT_ONLY)
    + r")(?=\s+that\b)"
    # "called on them", "called for calm" are not speech
    r"|(?<!so-)call(?:ed|s|ing)(?!\s+(?:on|upon|for|off|up|back|in|out|into|at)\b))\b"  # not "so-called"
)
# (reported speech only: the quote sieves read CUE, where "her claim that "…"" is a noun)
# Those of them that are never nouns report a clause without "that" too: "Critics argue there's little evidence"
_PLURAL_BARE = ("argue", "insist", "contend", "concede", "allege", "assert")
PLURAL_CUE = re.compile(
    r"(?<![\w-])((?:"
    + alternation(_PLURAL_BARE)
    + r")(?=\s+(?!(?:that|for|against|about|over|with|on|in|to|by|at|from|of)\b)[a-z])|(?:"
    + alternation(_PLURAL_THAT)
    + r")(?=\s+that\b))"
)
PROGRESSIVE_CUE = re.compile(r"(?<![\w-])(" + alternation(PROGRESSIVE_THAT_CUES) + r")(?=\s+that\b)")
# Every CUE match starts with one of these words (for a WordScan).
CUE_STARTS = (*_CUE_WORDS, *_SENTENCE_FIRST, *_GUARDED, *_THAT_ONLY, "call")

PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": "s"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "mr.", "mrs.",
              "ms.", "dr.", "prof.", "rev.", "gen", "gen.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "president",
              "senator", "governor", "judge", "justice", "captain", "capt", "capt.", "col", "col.", "lt", "lt.",
              "sgt", "sgt.", "father", "pope", "king", "queen", "prince", "princess", "minister", "chancellor",
              "secretary", "ambassador", "mayor", "general", "coach", "chief", "sheikh", "sheik", "imam", "ayatollah",
              "rabbi", "cardinal", "maj", "maj.", "brig", "brig.", "cpl", "cpl.", "pvt", "pvt.", "cmdr",
              "cmdr."}  # fmt: skip
# Words that qualify a role before it: "shadow chancellor", "former prime minister", "acting president". A
# qualified role is another post: the shadow chancellor is not "the chancellor".
TITLE_QUALIFIERS = frozenset(
    "shadow former acting interim outgoing incoming senior junior associate managing prime deputy vice".split()
)
# Courtesy titles: they name a person but say nothing of their role ("Mr Blair" has no title "Mr").
COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev"}
# The four that stand before a surname alone in news copy, and what the first three say of the sex.
PLAIN_HONORIFICS = {"mr", "mrs", "ms", "dr"}
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# A generation after a name belongs to it ("J.T. Battenberg III", "John F. Smith Jr."), never to a title.
GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})
ROLE_WORDS = set(
    """
chief head director administrator rapporteur minister secretary spokesman spokeswoman spokesperson official
officials president chairman
chairwoman chair executive leader coach manager captain commissioner correspondent reporter editor analyst analysts
economist economists professor expert experts source sources ambassador envoy diplomat diplomats governor mayor
senator lawmaker lawmakers mp mps candidate nominee adviser advisers advisor aide aides lawyer lawyers attorney judge
prosecutor prosecutors officer officers police general commander founder owner landowner backbencher member members
chancellor premier king queen prince pope bishop researcher researchers scientist scientists doctor doctors author
writer actor actress singer star player players striker midfielder centre winger champion campaigner campaigners
activist activists group groups union unions organisation organization ministry department government agency company
firm council committee speaker representative representatives delegate board statement report survey study poll
residents witnesses students voters supporters critics observers organizers organisers teacher teachers worker
workers employee employees spokespeople administration campaign alliance party association league team club
newspaper paper mufti guitarist drummer bassist pianist violinist composer conductor presenter comedian musician
rapper dancer journalist chef host producer creator
magazine website network broadcaster regulator watchdog inspector investigator investigators negotiator negotiators
partner partners boss bosses founder co-founder ceo cfo cto chairperson dean principal president-elect
under-secretary-general secretary-general director-general attorney-general solicitor-general auditor-general
inspector-general
governor-general postmaster-general surgeon-general prosecutor-general procurator-general
comptroller-general deputy vice assistant head-coach manager-general republican republicans
democrat democrats democratic labour tory tories conservative conservatives libertarian socialist nominee
voter resident witness student protester protesters demonstrator demonstrators supporter critic observer parent
parents veteran veterans citizen citizens farmer farmers nurse nurses family relatives widow widower
strategist strategists pollster pollsters consultant consultants surrogate surrogates operative operatives
historian historians scholar scholars commentator commentators columnist columnists
superintendent sheriff detective sergeant lieutenant colonel admiral archbishop rabbi imam pastor magistrate consul
trustee treasurer comptroller auditor registrar provost lecturer congressman congresswoman assemblyman assemblywoman
councilman councilwoman alderman selectman warden constable undersecretary anchor anchorman anchorwoman
architect engineer designer photographer producer novelist poet artist physician surgeon psychologist
psychiatrist pediatrician horticulturist mep meps msp msps mla mlas
investor billionaire millionaire financier filmmaker screenwriter playwright developer accountant geneticist
archaeologist educator legislator trooper corporal marshal biologist economist chemist physicist astronomer
technician mechanic trainer veterinarian pharmacist dentist paramedic firefighter midwife therapist
specialist clinician ecologist sociologist epidemiologist statistician meteorologist forecaster climatologist
geologist seismologist virologist toxicologist criminologist entomologist zoologist botanist pathologist
anthropologist ethicist theologian mathematician demographer planner mediator banker broker dealer trader agent
pundit blogger film-maker film-makers policy-maker policy-makers tourist tourists referee umpire goalkeeper
instructor instructors pilot pilots
defender skipper jockey batsman bowler fisherman fishermen politician politicians eyewitness eyewitnesses peer keeper
businessman businesswoman businessmen entrepreneur entrepreneurs industrialist tycoon
""".split()
)
# "DaimlerChrysler co-chairman", "the vice-president", "an ex-minister": a prefixed role is the role
ROLE_WORDS |= {f"{prefix}-{role}" for prefix in ("co", "vice", "ex", "deputy") for role in list(ROLE_WORDS)}
# "ECOMOG Force Commander Major-General Victor Malu": a hyphenated rank is a title, not the start of a name
ROLE_WORDS |= {
    f"{rank}-{role}"
    for rank, roles in (
        ("major", ("general",)),
        ("lieutenant", ("general", "colonel", "commander")),
        ("brigadier", ("general",)),
        ("rear", ("admiral",)),
        ("air", ("marshal", "commodore")),
        ("field", ("marshal",)),
    )
    for role in roles
}
# Groups that are written with a capital: "Evangelical Christians", "Southern Baptists" (tui.analysis.nouns)
FAITHS_AND_CAMPS = frozenset(
    """
christians muslims jews catholics protestants evangelicals baptists methodists mormons fundamentalists creationists
conservatives liberals moderates progressives
""".split()
)
# Plural heads that name a group of people, beyond the roles of ROLE_WORDS
GROUP_NOUNS = FAITHS_AND_CAMPS | frozenset(
    """
friends insiders opponents foes allies rivals backers people others residents neighbours neighbors colleagues
businessmen businesswomen businesspeople environmentalists conservationists delegates officials sources authorities
leaders locals villagers fans visitors passengers survivors victims users customers consumers traders dealers bankers
brokers investors executives participants organizers organisers sceptics skeptics proponents advocates defenders
detractors relatives members workers diplomats experts analysts economists lawyers attorneys investigators
prosecutors critics supporters observers activists protesters demonstrators scientists researchers doctors
physicians teachers students parents administrators legislators lawmakers politicians militants rebels fighters
media believers voters citizens
jihadists soldiers troops police witnesses
insurers underwriters producers exporters importers growers farmers lenders borrowers suppliers buyers sellers owners
manufacturers miners ministers
watchers elders respondents creditors depositors taxpayers commuters motorists
shoppers retailers refugees migrants immigrants hostages prisoners inmates detainees spectators viewers patients
volunteers donors clergy academics bureaucrats staffers unionists strikers mourners pilgrims eyewitnesses onlookers
bystanders guerrillas insurgents gunmen separatists nationalists hardliners reformers radicals complainants plaintiffs
defendants petitioners claimants applicants intellectuals
""".split()
)


# Words in "-ists" that name no people: verbs ("insists") and things ("wrists", "checklists")
_ISTS_NOT_PEOPLE = frozenset(
    "lists enlists insists persists consists resists assists exists coexists subsists desists twists wrists fists "
    "mists checklists playlists shortlists wishlists blacklists waitlists".split()
)


def names_group(word: str) -> bool:
    """A plural head that names a group of people: "delegates", "insiders", a role in the plural ("analysts"), or
    those who hold a view ("anti-evolutionists", "abortionists": "-ists" are people)."""
    return (
        word in GROUP_NOUNS
        or (word.endswith("s") and (word[:-1] in ROLE_WORDS or word[:-1] in DEMONYMS))
        or holders_of_a_view(word)
    )


def holders_of_a_view(word: str) -> bool:
    """ "anti-evolutionists", "abortionists", "unionists": a lower-cased plural in "-ists" names people."""
    last = word.rsplit("-", 1)[-1]
    return len(last) > 6 and last.endswith("ists") and last not in _ISTS_NOT_PEOPLE


# The words a company's legal name ends in, written without stops ("L.P.", "N.V." are "lp", "nv")
LEGAL_SUFFIXES = frozenset("co corp inc ltd plc ag sa nv gmbh spa kgaa bv llc llp lp cos pty cie oy".split())


def legal_suffix(word: str) -> bool:
    """A word that ends a company's legal name, however it is dotted or cased ("Inc.", "L.P.", "N.V", "PLC")."""
    return word.lower().replace(".", "") in LEGAL_SUFFIXES


# Heads of named things that are not people: initiatives, events, places.
NON_PERSON = set(
    """
initiative initiatives programme program plan strategy agenda fund summit conference ministerial forum resolution
treaty agreement accord act bill law convention declaration campaign partnership pact protocol mission framework
scheme project charter compact deal games cup championship championships league awards award prize festival show series
street road avenue square river mountain island islands sea ocean bay city county state states province region
airport station hospital school college stadium park hotel church house hall building palace day week year
theatre theater museum gallery library zoo arena cathedral temple mosque dam canal
range reservoir open control
""".split()
)
ORG_WORDS = set(
    """
ministry department office association league council committee commission agency group party union bank company
corporation corp corp. inc inc. ltd ltd. plc times post news press journal network organisation organization institute
university foundation federation alliance society service board authority court government parliament congress
senate assembly army police club trust centre center coalition bureau administration reuters xinhua bbc cnn
nations industry industries airlines airline motors group's telegraph guardian mail express herald tribune gazette
magazine agency's fund energy holdings capital partners systems technologies labs media report review
investigations strategies consulting research analytics caucus institution institutions church police
resorts hotels stores mines foods brands enterprises exchange bourse tribunal secretariat embassy consulate cabinet
legislature academy navy force forces guard guards command corps logistics brigade brigades militia militias fleet
team channel daily chronicle weekly
co co. ag sa s.a nv n.v n.v. gmbh spa s.p.a s.p.a. kgaa bv b.v b.v. nl pty llc lp l.p l.p. oy asa insurance
""".split()
)
# Last words of bodies' names kept out of ORG_WORDS, which the name reader reads inside a person's title too
# ("Chancellor of the Exchequer Nigel Lawson", "Treasury Under-secretary Yavuz Canevi"): a name they end is a
# body's ("the Italian Treasury", "Human Rights Watch", "Amnesty International")
BODY_LAST_WORDS = frozenset(
    "treasury exchequer directorate inspectorate procuratorate observatory laboratory laboratories railways airways "
    "international reserve".split()
)
STOP_CAPS = set(
    """
the a an this that these those it its in on at for of and but or if when while as after before during because
however although though since so then there here he she they we i you his her their our your my monday tuesday
wednesday thursday friday saturday sunday january february march april may june july august september october
november december feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr by where why how what whether
unlike like such with within without from to into onto upon about among amid amidst despite through throughout toward
never towards against across around between beyond behind via under until can could should would does did is are
was were has have had pictured rival
""".split()
)
# Asides in commas after a subject that bear on the sentence, not on who the subject is ("Donald Trump, meanwhile,
# is …", "Clinton, for her part, said"): never an apposition, never a title
_ASIDE_WORDS = (
    "however though too also meanwhile nevertheless nonetheless separately earlier later instead therefore likewise "
    "moreover furthermore meantime apparently indeed again alone himself herself themselves itself"
)
ASIDE_ADVERBS = frozenset(
    (
        *_ASIDE_WORDS.split(),
        *("in turn", "for example", "for instance", "for his part", "for her part", "for their part", "for its part"),
        *("of course", "in the meantime", "in fact", "in particular", "in response", "in contrast", "by contrast"),
    )
)
# When, relative to something done: "A day after (President Clinton addressed …)", "Shortly before", "Years after"
TIME_THEN_AFTER = (
    r"(?:(?:A|An|One|Two|Three|Four|Five|Six|Several|\d+) (?:days?|weeks?|months?|years?|hours?|minutes?)|Shortly|Soon|"
    r"Hours|Days|Weeks|Months|Years|Moments|Minutes|Just|Only|Long|Right) (?:after|before)"
)
# One's kin: "his father", "her mother, Maribel" speak as the article names them
KIN_WORDS = ("mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "grandmother",
             "grandfather", "aunt", "uncle", "mom", "dad")  # fmt: skip
# Finite verbs and auxiliaries a name's phrase never holds before the name ("do" is a particle: "Banco do Brasil")
FINITE_WORDS = frozenset(
    "will would can could shall should may might must is are was were has have had does did".split()
)
# The plain speech verbs, past and present: one inside a phrase read as a name makes it a clause ("He said Gilliam")
SAYING_WORDS = frozenset(("said", "says", "told", "tells"))
ABBREVIATIONS = set(
    """
mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec no gov sen rep gen lt col prof inc co corp jr sr vs
u.s u.n u.k a.m p.m e.g i.e etc capt sgt rev ft mt est approx dept govt univ del pres hon adm det supt insp sens
reps messrs mme mlle maj brig cpl pvt cmdr
""".split()
)

# Given names of the world's news beyond the common American ones (European, Arabic, Japanese, South Asian,
# African, Slavic, Greek, Turkish), by the sex they usually signal: "Keita Konishi of Sumitomo", "Belinda Durham at
# Catholic Charities" read as a person before the body. Left out: names that are also common words, places or
# firms' first words ("Guy", "Eli Lilly", "Walt Disney", "Sofia", "Lucas Industries"), and family-first Chinese
# and Korean surnames ("Kim", "Lee", "Li")
_WORLD_FEMALE = frozenset(
    """
agnes aisha aishwarya akiko alessandra alisha alison ana angelina annie annika antonia astrid beatriz benazir
bianca biljana birgit bridget brigitte britney brooke callista camilla carmen cate cecile cecilia celia chantal
charlene cherie chiara christie clara connie courtney cristina daniela daphne deirdre delia dilma dolores doreen
edith edna edwina ekaterina elisabeth elise eloise elsa estelle esther ethel eunice fatima fiona francesca francoise
gabrielle galina gemma georgina geraldine geri gillian giulia glenda golda greta gudrun hanan hanne harriet hazel
heike helena helene huda imelda imogen indira ines ingrid irene irina isabel isabelle isobel jacqui janine
jayalalithaa jeanne jeannette joanna jocelyn josephine juana judi juliet juliette junko karin karla katerina
katharine katrina keiko kirstie kirsty kylie kyoko lara layla leelah leila lena leonie lesley lillian lorna lucia
lucille lucinda ludmila lydia lyudmila mabel makiko mamata mandy margot marguerite mariko marina marjorie marla
marta martine masako maude mavis mayawati megyn meryl mette michiko mildred minnie mona monique muriel myra nadia
nadine natalia natalya nathalie nell noreen norma oksana olga paola patsy patty pauline peggy penelope petra
philippa pilar polly pratibha priscilla priya priyanka rachael ramona rania rhonda rosa rosalind rosalyn roxana
roxanne sachiko sadie samira scarlett segolene selina shelley sheryl sian silvia simone sinead sonja sophie stella
sushma suzy sybil sylvia sylvie tabitha tamsin tansu tatiana tatyana thelma tracey tracy trudy tzipi ulla valentina
vera vivienne wilma winifred yekaterina yelena yoko yuko yulia yuriko zainab zara
""".split()
)
_WORLD_MALE = frozenset(
    """
aamir abdel abdelaziz abdoulaye abdul abdullah abraham abubakar adolfo adrian agim ahmad ahmed ahmet ajit akira
akram alain alasdair alastair alberto alec alejandro aleksander alexei alexey alfredo alija alistair allan alvaro
amadou amit amitabh amos amr anatoly anders andreas andrei andres andrey andrzej angus anil antonis anwar archie
ariel arjen arkady arne arsene arturo arun arvind ashok asif atal atiku avigdor aykut ayman ayub barnaby barney
bashar basil benny bernd bert bertrand bjorn blaise boubacar boyd brad bradley branko brent brett bronislaw bulent
byron caleb callum carlo cecil cesar charlie christophe christos clifford clint clive colin conrad cory costas curt
cyril damien danladi danny darrell darren dave declan deepak denzel derek derrick desmond didier diego dieter
dimitri dimitris dino dmitri dmitry dominic donovan dorian dragan dudley duncan dustin eddie edgar edmund edouard
eduard eduardo edwin ehud eishiro elliott elton emeka emilio emmett enrico enrique ernesto ertugrul evangelos
everett evgeny ewan ezer ezra fabien fabio faisal farooq farouk fawzi felipe felix ferdinand ferenc fergus fernando
festus fidel francesco francisco francois franjo frans franz freddie frederic fyodor gamal gareth garry gavin
gennadi gennady geoff geoffrey georgios gerard gerhard gerry gianni gilbert gilles giorgio giorgos giovanni giuseppe
glafcos glen gonzalo goodluck goran graeme graham grigory grzegorz guenter guillermo gunnar gunter gustavo gyula
haidar hajime hakan hal hamad hamid hamish hans haris haruna haruo hashim hassan hector heinz helmut henri henrik
herman hermann hernan herve hideo hiroshi hiroyuki hisham horace horst hosni hugh humberto humphrey hussein ibrahim
ichiro idriss igal ignacio igor ilya imran irwin isaac isao ismail ismet ivica ivo jacques jaime jakaya jamal janusz
jaroslav jaroslaw jasper jaswant javier jay jean-claude jean-francois jean-jacques jean-louis jean-luc jean-marc
jean-marie jean-paul jeffery jens jeremiah jerome jerzy jimmy jiri joachim joao joaquin johan johnny jomo jon jonny
jorge josiah jozef juergen julian julio julius junichiro jurgen kamal kapil karim karsten kazuo keiji keita keizo
kemal ken kenichi kenji kenny khalid kieran kiichi kirk klaus koichi konstantin konstantinos kostas krzysztof lalu
lars laurence laurent lazaro lech lenny leon leonardo leonid lester liam lionel lorenzo lothar lou luca luciano
lucien luiz luther lyle macky magnus mahesh mahmood mahmoud mahmud makoto malcolm malik mamadou manfred manmohan
manuel marcel marcelo marcus marek markus marlon marty martyn marwan masahiko masao masaru massimo mathew matteo
maurice mauricio mehmet mel mesut michel mick mickey mieczyslaw mikhail mikheil milos milton minoru mirko miroslav
modibo mohamad mohamed mohammad mohammed momcilo monty morihiro moshe moussa muammar muhammad muhammadu mulayam
murat mustafa mwai myron nabil nahum naoto narendra naresh nasser natan nawaz necmettin ned nenad neville niall
nicolae nicolas nigel nikolai nikolay nikos nils nitish noboru nobuo noel norris nursultan octavio olaf oleg oliver
olivier ollie olusegun omar osama osamu oswald ousmane pablo panagiotis paolo pavel pedro percy pervez pete petro
petru philippe phillip pierre pieter prakash pranab predrag quentin quinton radovan rafael rahul raila rainer
rajendra rajesh rajiv ramesh rami ramon randall randolph ratko raul ray recep reginald reinhard rene reza rhys
ricardo ricky rigoberto rilwanu rob robbie robby roberto rodger rodney rodrigo roland rolf romano rory roscoe ross
rowan ruben rudolph rufus rupert russ ruud ryutaro sachin saddam saeb salman samir sani sanjay satoshi saul seamus
sebastien senad serge sergei sergey sergio seth seymour shahbaz shahrukh shane shaukat shaun shawn sheldon sherman
shigeru shimon shintaro shinzo sidney silvio simon slobodan solomon spyros stanislav stavros stefan stjepan suleyman
sunil suresh sushil susumu sven sylvester tad tadashi tadeusz takashi takeshi tariq tayyip terence terrence terry
tetsuya thabo thaddeus theo theodore theodoros thierry tobias toby tomiichi tommy tomomi toshihiko toshiki traian
trent trey tristan tsutomu turgut udi uhuru ulrich ulysses umaru umberto uwe vaclav valentin valeri valery vasily
vassilis vic vicente vijay vikram viktor vitaly vojislav vyacheslav walid wallace wendell werner wes wilbur wilfred
wilfredo willem willy wim winston wladyslaw wojciech wole wolfgang woody wyatt yair yannis yashwant yasin yasser
yassin yasuhiro yasuo yevgeni yevgeny yitzhak yoichi yoshihiko yoshio yoshiro yoweri yukio yuri yusuf yutaka yves
zach zack zdenek zeljko zlatko zoran zulfikar
""".split()
)
_WORLD_UNISEX = frozenset("beryl jan claude dominique jackie jamie jess leslie michele robin sandy".split())
# Common given names by the gender they usually signal, for he/she when the text gives no other cue.
# A name on neither list (or on both) leaves the gender unknown, which matches either pronoun.
FEMALE_NAMES = (
    frozenset(
        """
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy
shirley angela helen anna brenda pamela nicole samantha katherine emma ruth christine catherine debra rachel
carolyn janet virginia maria heather diane julie joyce victoria kelly christina joan evelyn lauren judith olivia
megan cheryl martha andrea frances hannah jacqueline ann gloria jean kathryn alice teresa sara janice doris
madison julia grace judy abigail marie denise beverly amber theresa marilyn danielle diana brittany natalie sophia
rose isabella alexis kayla charlotte hillary melania heidi ivanka tessa theresa angela margaret nicola jane
hilary condoleezza sonia ruth elena oprah michelle chelsea huma kellyanne donna debbie nancy elaine dianne
claire gwen loretta susana yvonne marine christine federica ursula jacinda aung mariam rakeyia melanie
kate katie liz beth sue jill eva ava mia zoe lucy ellie ella anne jenny jenna sally molly holly nina tina
dorothy sandra kathy cathy wendy rita paula joanne eleanor valerie alicia suzanne gail veronica erin lorraine
lynn audrey yvette renee vivian roberta stacy tara rosemary eileen carla gina natalie maureen colleen allison
tamara claudia marcia tanya marlene caroline nora leah naomi carole miriam kristen kristin vanessa kamala
nikki dana meghan erica lindsey lindsay abby tammy sheila shannon kirsten amelia kelly maxine
jasmine caitlin christy carly monica louise madeleine marsha marianne bernadette cindy ellen meg clare marion
serena venus amelie martina svetlana anastasia justine jelena stacey phyllis corazon laurie bonnie anita pam lois
billie
""".split()
    )
    - {"jean", "andrea", "dana", "kelly", "lynn"}
    | _WORLD_FEMALE
)
MALE_NAMES = (
    frozenset(
        """
james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian
keith roger gerald harold sean austin carl arthur lawrence dylan bryan billy joe bruce gabriel
logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack
bill ted mike mitt newt rudy bernie tim jeb marco rand ben vladimir xi boris emmanuel angela tony gordon
nick ed jeremy vince paddy jean-pierre antonio ban kofi jim tom dan rick hank ron steve greg jeff josh jake
luke ian neil owen carlos luis miguel hugo howard len marc chris matt andy alex sam max leo oscar victor martin
stanley leonard herbert frederick francis harry fred earl clarence ernest lloyd melvin glenn dale curtis allen
norman marvin jesse craig alfred bernard barry chuck don doug elliot evan harvey ivan jared joel karl kurt
lance lewis lyndon mario morris murray nathaniel neal nelson otto perry phil reggie rex rod spencer stuart todd
travis trevor troy vernon wade warren wesley dick elijah reince corey newt
gene floyd clyde leroy duane dwight gus mitch stan erik ernie herb bob jerrold orrin hubert
""".split()
    )
    - {"angela"}
    | _WORLD_MALE
)
# Given names of either sex (Jean Chretien, Andrea Bocelli, Dana Rohrabacher, Kelly Brownell, Lynn Swann): names,
# with no sex for he/she
UNISEX_NAMES = frozenset({"jean", "andrea", "dana", "kelly", "lynn"}) | _WORLD_UNISEX
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES | UNISEX_NAMES
# Given names that are also places ("the West Virginia Democrat", "Charlotte officials"): never a name by themselves
PLACE_NAMES = frozenset(
    "virginia victoria madison chelsea georgia carolina austin jordan charlotte florence paris eugene regina sydney "
    "lincoln washington jackson houston dallas".split()
)
# US states as a dateline or an apposition writes them after a town ("Rye, N.Y.", "Dayton, Ohio")
US_STATES = frozenset(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. "
    "Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C. "
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois "
    "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
    "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
    "Wisconsin Wyoming".split()
    # (the states of two words, which the split above cannot hold)
    + "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Rhode Island|South Carolina|"
    "South Dakota|West Virginia".split("|")
)
# A state as a party-and-state tag writes it ("Rep. Jason Chaffetz (R-Utah)", "Sen. Bernie Sanders (I-Vt.)"), by
# the name a descriptor uses ("the Utah Republican", "the Vermont senator")
STATE_NAMES = {
    **{s.lower(): s.lower() for s in US_STATES if not s.endswith(".")},
    **dict(pair.split(":") for pair in (
        "ala.:alabama;ariz.:arizona;ark.:arkansas;calif.:california;colo.:colorado;conn.:connecticut;del.:delaware;"
        "fla.:florida;ga.:georgia;ill.:illinois;ind.:indiana;kan.:kansas;ky.:kentucky;la.:louisiana;md.:maryland;"
        "mass.:massachusetts;mich.:michigan;minn.:minnesota;miss.:mississippi;mo.:missouri;mont.:montana;"
        "neb.:nebraska;nev.:nevada;n.h.:new hampshire;n.j.:new jersey;n.m.:new mexico;n.y.:new york;"
        "n.c.:north carolina;n.d.:north dakota;okla.:oklahoma;ore.:oregon;pa.:pennsylvania;r.i.:rhode island;"
        "s.c.:south carolina;s.d.:south dakota;tenn.:tennessee;tex.:texas;vt.:vermont;va.:virginia;"
        "wash.:washington;w.va.:west virginia;wis.:wisconsin;wyo.:wyoming"
    ).split(";")),
}  # fmt: skip
PARTY_LETTERS = {"r": "republican", "d": "democrat democratic", "i": "independent"}

# Adverbs that open a sentence before its subject ("However, a spokesperson for Banksy told …")
SENTENCE_ADVERBS = (
    "meanwhile however still instead separately similarly moreover nonetheless nevertheless likewise indeed finally "
    "afterwards afterward yesterday today earlier later together altogether elsewhere overall".split()
)
# Nouns for one person of a nation or region: "said the American", "the 22-year-old Russian", "The Spaniard
# believed …": someone the story is about, never a surname. Lower case
DEMONYMS = frozenset(
    """
american briton scot scotsman welshman englishman irishman ulsterman frenchman frenchwoman spaniard german italian
dutchman dutchwoman belgian swede dane norwegian finn russian pole czech slovak hungarian romanian bulgarian serb
croat greek turk israeli palestinian egyptian moroccan algerian tunisian nigerian kenyan ethiopian ghanaian
zimbabwean australian aussie kiwi canadian mexican brazilian argentine argentinian chilean colombian peruvian
venezuelan uruguayan jamaican korean indian pakistani iranian iraqi afghan syrian jordanian
ukrainian belarusian georgian armenian croatian serbian slovenian austrian icelander latvian lithuanian estonian
thai filipino indonesian malaysian singaporean cuban texan californian londoner yorkshireman cornishman
""".split()
)  # (not "the Chinese", "the Swiss", "the Japanese": as often a side or a people as one person)
# Nationalities that name a people as often as one person: one person only with an age ("the 24-year-old Swiss")
PEOPLES = frozenset(
    """
swiss dutch british french irish welsh scottish english danish finnish swedish chinese japanese spanish portuguese
turkish polish lebanese saudi bangladeshi nepalese vietnamese bosnian libyan sudanese somali zambian kosovar albanian
icelandic taiwanese burmese congolese senegalese
""".split()
)
# The days of the week, as a pattern's alternation (a report's "said Friday", a name's "Mike Friday")
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Each day and month by name ("Friday", "December"): a time, or a name where the article makes it one
DAYS_AND_MONTHS = frozenset(f"{WEEKDAYS}|{MONTHS}".split("|"))
# Nouns in -ing, no participles: "a private meeting on Monday", "the calling of a meeting", "One morning in Boston"
ING_NOUNS = frozenset(
    "meeting building briefing hearing morning evening spring wedding funding calling ruling ceiling bombing "
    "shooting killing finding warning offering opening training ending setting".split()
)
LEAD_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)

# Countries and regions: when one "expects" or "said" something it speaks as a body, never as a person whom a
# later "he" could mean. Lower case; multi-word names as they are written.
PLACES = frozenset(
    """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina
burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechoslovakia denmark
djibouti dominica ecuador egypt eritrea estonia ethiopia fiji finland france gabon gambia germany ghana greece
grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
jamaica japan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
liechtenstein lithuania luxembourg macedonia madagascar malawi malaysia maldives mali malta mauritania mauritius
mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
netherlands holland nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines
poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia
spain sudan suriname swaziland sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad
tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen yugoslavia
zambia zimbabwe britain england scotland wales europe africa asia america beijing moscow london tokyo tehran
baghdad kabul cairo damascus seoul pyongyang taipei hanoi delhi islamabad brussels berlin bonn rome madrid ankara
kiev kyiv warsaw prague vienna geneva ottawa canberra pretoria nairobi khartoum tripoli riyadh jerusalem manila
jakarta bangkok havana caracas bogota lima santiago mexico brasilia gaza kashmir chechnya bosnia kosovo tibet vatican
""".split()
)
