"""Writes labels.json: the held-out labels, written from the KB entries before the matcher ran on this text."""
import json, re
from html.parser import HTMLParser
import os, subprocess
HERE=os.path.dirname(os.path.abspath(__file__))
SHARED=os.path.normpath(os.path.join(HERE,'../../../../shared'))
paras = json.loads(subprocess.check_output(['python3', os.path.join(HERE,'extract.py')]))
SEEDS = SHARED + '/seeds/'
def seed_lines(f): return open(SEEDS + f, encoding='utf-8').read().split('\n')

# (entryId, phrase, [alsoOk])  — every occurrence of `phrase` in the paragraph is a mention,
# except occurrences inside a longer labelled phrase of the same paragraph.
E = lambda i, p, *ok: {'entryId': i, 'phrase': p, **({'alsoOk': list(ok)} if ok else {})}
SG='security-guarantees'; AH='alina-hrytsenko'; RS='research-solutions'; VZ='volodymyr-zelenskyy'; DT='donald-trump'
VP='vitaliy-portnikov'; VO='volodymyr-ohryzko'; NM='nato-membership'; PK='peacekeepers'; HR='hromadske'

S000 = {
 0: [E('deterrence','deterrence'), E('escalation','escalation'), E(SG,'Security guarantees'), E('sphere-of-influence','sphere of influence')],
 1: [E('budapest-memorandum','Budapest Memorandum'), E('ukraine-nuclear-disarmament','nuclear arsenal'), E('crimea','Crimea','crimea-annexation'), E('full-scale-invasion','full-scale invasion')],
 4: [E(NM,'NATO membership','nato'), E('nato','NATO'), E('nato-article-5','Article 5','nato')],
 5: [E(SG,'Security guarantees')],
 8: [E('ceasefire','ceasefire'), E('peace-deal','peace settlement')],
 9: [E(SG,'security guarantees')],
}
F000 = {}
S003 = {
 1: [E(SG,'security guarantees'), E('minerals-deal','deal on rare earth minerals'), E(PK,'peacekeeping force'), E(NM,'NATO membership','nato')],
 2: [E(AH,'Alina Hrytsenko'), E(RS,'Research Solutions'), E('sword-of-damocles','sword of Damocles')],
 4: [E('minerals-deal','rare earth metals deal'), E('oval-office-meeting-2025','spat between the Ukrainian and U.S. presidents'), E(SG,'security guarantees'), E(VZ,'Volodymyr Zelenskyy')],
 5: [E(DT,'Donald Trump'), E(SG,'security guarantee')],
 6: [E(DT,'Trump')],
 7: [E(VZ,'Zelenskyy')],
 8: [E(VZ,'Zelenskyy'), E(SG,'security guarantees'), E(AH,'Alina Hrytsenko'), E(RS,'Research Solutions'), E(HR,'hromadske')],
 9: [E(SG,'security guarantees')],
 10: [E('minerals-deal','rare earth metals deal'), E(VO,'Volodymyr Ohryzko'), E(HR,'hromadske')],
 11: [E('minerals-deal','deal on minerals'), E(SG,'security guarantee'), E(VO,'Volodymyr Ohryzko')],
 12: [E(PK,'peacekeepers')],
 14: [E('coalition-of-the-willing','coalition of the willing'), E('keir-starmer','Keir Starmer')],
 15: [E('eric-lombard','Éric Lombard')],
 16: [E('contact-line','contact line'), E(PK,'peacekeepers')],
 17: [E(SG,'security guarantee'), E(AH,'Alina Hrytsenko'), E(RS,'Research Solutions')],
 18: [E(VZ,'Zelenskyy'), E(PK,'peacekeepers')],
 19: [E(AH,'Hrytsenko')],
 20: [E(PK,'peacekeepers'), E(VP,'Vitaliy Portnikov'), E(HR,'hromadske'), E('srebrenica-massacre','Srebrenica'), E('nato','NATO')],
 21: [E('nato','NATO')],
 22: [E(NM,'NATO membership','nato'), E(SG,'security guarantee'), E(VZ,'Zelenskyy')],
 23: [E(DT,'Trump'), E('nato','NATO',NM)],
 24: [E(VP,'Portnikov'), E(NM,'NATO membership','nato'), E(SG,'security guarantee')],
 25: [E(SG,'security guarantees'), E(VP,'Portnikov')],
 26: [E(NM,'NATO membership','nato'), E('nato','North Atlantic Treaty','nato-article-5')],
 27: [E('nato','NATO'), E(DT,'Trump'), E(AH,'Alina Hrytsenko'), E(RS,'Research Solutions')],
 28: [E(AH,'Hrytsenko'), E('bilateral-security-agreements','bilateral deals'), dict(E('weimar-triangle','Weimar Triangle'), inWord=True)],
 29: [E(AH,'Hrytsenko')],
 31: [E(NM,'NATO membership','nato')],
 32: [E(VZ,'Zelenskyy'), E('oval-office-meeting-2025','Washington spat between presidents'), E('monobank','monobank'), E('oleh-gorokhovsky','Oleh Gorokhovsky'), E('for-nukes-fund','For Nukes')],
 33: [E('marco-rubio','Marco Rubio'), E(VZ,'Zelenskyy')],
 34: [E(VP,'Portnikov')],
 35: [E('european-union','EU')],
 36: [E('nuclear-umbrella','nuclear umbrella')],
 37: [E(AH,'Hrytsenko'), E('nuclear-umbrella','nuclear umbrella'), E(SG,'security guarantees')],
 39: [E(SG,'security guarantees'), E('peace-deal','peace deal')],
 40: [E(SG,'security guarantees'), E(AH,'Alina Hrytsenko'), E(RS,'Research Solutions')],
 42: [E(PK,'peacekeeping contingent'), E('sergey-lavrov','Sergey Lavrov'), E('nato','NATO'), E('escalation','escalatory')],
 43: [E('mike-waltz','Mike Waltz'), E(SG,'security guarantees'), E('peace-deal','peace deal')],
 44: [E(PK,'peacekeeping contingent'), E(AH,'Hrytsenko')],
 45: [E('vladimir-putin','Putin')],
 46: [E(NM,'NATO membership','nato'), E('neutral-status','neutral status')],
 47: [E(VP,'Portnikov')],
 48: [E(AH,'Hrytsenko')],
 50: [E(HR,'hromadske'), E(SG,'security guarantee')],
 51: [E('budapest-memorandum','Budapest Memorandum'), E(VO,'Volodymyr Ohryzko')],
 52: [E(SG,'security guarantee'), E(NM,'NATO membership','nato'), E(VO,'Volodymyr Ohryzko')],
 53: [E(AH,'Hrytsenko')],
 55: [E(AH,'Alina Hrytsenko'), E(RS,'Research Solutions')],
 56: [E(VP,'Portnikov')],
 59: [E(DT,'Trump')],
 61: [E(VP,'Vitaliy Portnikov')],
}
F003 = {19: [DT], 35: ['sanctions','eu-sanctions-against-russia']}

SANC = ['sanctions','eu-sanctions-against-russia']
CORPUS = {
 'readability-nytimes-1.html': {
   3: ([E(DT,'Trump'), E('vladimir-putin','Putin')], []),
   7: ([E(DT,'Trump')], []),
   20: ([], SANC), 21: ([], SANC),
   29: ([E('international-criminal-court','International Criminal Court')], SANC + ['crimea']),
   31: ([], SANC), 35: ([], SANC),
   38: ([E(DT,'Donald J. Trump'), E(DT,'Trump')], []),
   41: ([], SANC),
   57: ([E('joe-biden','Joe Biden')], []),
 },
 'aeb-702d1da6.html': {
   0: ([E(DT,'Trump')], ['full-scale-invasion']),
   3: ([E(DT,'Trump')], ['minerals-deal','peace-deal']),
   4: ([E(DT,'Trump')], []),
   5: ([E(DT,'Trump')], []),
   7: ([E(DT,'Trump')], ['minerals-deal','peace-deal']),
   18: ([E(DT,'Trump'), E('xi-jinping','Xi Jinping')], ['minerals-deal','peace-deal']),
   19: ([E(DT,'Trump'), E('xi-jinping','Xi')], ['peace-deal']),
   21: ([], ['escalation','peace-deal']),
   25: ([E(DT,'Trump')], ['escalation']),
   30: ([E(DT,'Trump')], ['oval-office-meeting-2025','peace-deal']),
 },
 'readability-schema-org-context-object.html': {
   1: ([], ['martial-law-in-ukraine']), 7: ([], ['martial-law-in-ukraine']), 19: ([], ['martial-law-in-ukraine']),
   21: ([], ['martial-law-in-ukraine','nuclear-umbrella','nuclear-sharing']),
   23: ([E('joe-biden','Biden')], ['martial-law-in-ukraine','nato']),
 },
 'aeb-5fa3154e.html': {
   3: ([], ['escalation']),
   7: ([E('xi-jinping','Xi Jinping'), E('xi-jinping','Xi')], []),
   8: ([], SANC),
 },
 'readability-bbc-1.html': { 8: ([E('european-union','EU')], []), 45: ([E('european-union','European Union')], []) },
 'aeb-b6906ca0.html': { 4: ([E(DT,'Donald Trump')], []), 27: ([E('european-union','European Union')], SANC) },
 'readability-wikipedia-2.html': { 28: ([], ['srebrenica-massacre']), 54: ([E('european-union','European Union')], ['eu-ukraine-association-agreement']) },
 'readability-liberation-1.html': { 12: ([], SANC), 17: ([], ['crimea']), 18: ([], SANC), 43: ([], ['escalation']) },
 'aeb-3c6d3381.html': { 18: ([], ['kremlin']), 88: ([], ['kremlin']), 116: ([], ['kremlin']) },
 'readability-la-nacion.html': { 3: ([E('nato','OTAN')], []) },
 'readability-aktualne.html': { 14: ([], ['boris-johnson']) },
 'readability-nytimes-5.html': { 9: ([], ['boris-johnson']) },
 'readability-wikipedia-4.html': { 31: ([], ['boris-johnson']), 133: ([], ['boris-johnson']) },
 'readability-wikipedia.html': { 95: ([], ['patriot']) },
 'aeb-1f765c48.html': { 27: ([], ['peace-deal']), 35: ([E('european-union','EU')], []) },
 'readability-telegraph.html': { 7: ([], ['crimea']) },
}
LANG = {'readability-liberation-1.html':'fr','aeb-3c6d3381.html':'ru','readability-la-nacion.html':'es','readability-aktualne.html':'cs'}

class T(HTMLParser):
    def __init__(s): super().__init__(convert_charrefs=True); s.i=False; s.t=''; s.done=False
    def handle_starttag(s,t,a):
        if t=='title' and not s.done: s.i=True
    def handle_endtag(s,t):
        if t=='title' and s.i: s.i=False; s.done = bool(s.t.strip())
    def handle_data(s,d):
        if s.i: s.t+=d
def title_of(f):
    raw=open(SHARED + '/corpus/pages/'+f,'rb').read()
    m=re.search(rb'charset=["\']?([\w-]+)',raw[:3000]); enc=m.group(1).decode() if m else 'utf-8'
    p=T(); p.feed(raw.decode(enc,errors='replace')); return re.sub(r'\s+',' ',p.t).strip()

def check(text, labels, where):
    for l in labels:
        assert l['phrase'] in text, (where, l['phrase'])

sources=[]
def seed(f, S, F, title_line):
    lines = seed_lines(f)
    ps=[]
    for i,t in enumerate(lines):
        if not t.strip(): continue
        ex=S.get(i,[]); check(t,ex,(f,i))
        ps.append({'id': f'{f[:3]}-{i:02d}', 'index': i, 'text': t, 'expect': ex, 'forbid': F.get(i,[])})
    sources.append({'file': 'seeds/'+f, 'lang':'en', 'title': title_line if title_line is not None else f.removesuffix('.txt'),
                    'headlineIsFirstParagraph': title_line is not None, 'paragraphs': ps})
seed('000_5cdfbe9e54ccf7c8.txt', S000, F000, None)
seed('003_8b2738847fa6df59.txt', S003, F003, seed_lines('003_8b2738847fa6df59.txt')[0])
for f, spec in CORPUS.items():
    ps=[]
    for i,(ex,fb) in sorted(spec.items()):
        t=paras[f][i]; check(t,ex,(f,i))
        ps.append({'id': f'{f.removesuffix(".html").replace("readability-","r-")}-{i}', 'index': i, 'text': t, 'expect': ex, 'forbid': fb})
    sources.append({'file': 'corpus/pages/'+f, 'lang': LANG.get(f,'en'), 'title': title_of(f), 'headlineIsFirstParagraph': False, 'paragraphs': ps})

out = {
 'about': 'Held-out real text for the term matcher (issue 14). Paragraphs are verbatim from /work/shared/seeds and /work/shared/corpus/pages (text content, whitespace collapsed). Labelled from the KB entries before the matcher was ever run on them. expect: every whole-word occurrence of phrase (any occurrence when inWord) (except inside a longer labelled phrase of the same paragraph) must be covered by a span of entryId; alsoOk: other entries whose span over that phrase is not a wrong card. forbid: entries whose card anywhere in the paragraph is wrong. index: line (seeds) or block index (corpus, as extracted by tests/e2e/held-out/extract.py).',
 'sources': sources}
json.dump(out, open(os.path.join(HERE,'labels.json'),'w'), ensure_ascii=False, indent=1)
np=sum(len(s['paragraphs']) for s in sources)
nl=sum(len(p['expect']) for s in sources for p in s['paragraphs'])
traps=sum(1 for s in sources for p in s['paragraphs'] if p['forbid'])
print(np, nl, traps)
