"""Prints {file: [block text]} for the corpus pages: text of p/li/h*/blockquote/td/dd/figcaption blocks, whitespace collapsed."""
import sys, re, json, html
from html.parser import HTMLParser
BLOCK = {'p','li','h1','h2','h3','h4','blockquote','td','dd','figcaption'}
class P(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.stack=0; s.buf=[]; s.out=[]; s.skip=0
    def handle_starttag(s,t,a):
        if t in ('script','style','noscript'): s.skip+=1
        if t in BLOCK:
            s.flush(); s.stack+=1
        if t=='br': s.buf.append(' ')
    def handle_endtag(s,t):
        if t in ('script','style','noscript'): s.skip=max(0,s.skip-1)
        if t in BLOCK:
            s.flush(); s.stack=max(0,s.stack-1)
    def handle_data(s,d):
        if s.skip==0 and s.stack>0: s.buf.append(d)
    def flush(s):
        t=re.sub(r'\s+',' ',''.join(s.buf)).strip()
        if len(t)>40: s.out.append(t)
        s.buf=[]
import glob,os
res={}
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),'../../../../shared/corpus/pages/*.html'))):
    raw=open(f,'rb').read()
    m=re.search(rb'charset=["\']?([\w-]+)',raw[:3000])
    enc=(m.group(1).decode() if m else 'utf-8')
    try: txt=raw.decode(enc,errors='replace')
    except LookupError: txt=raw.decode('utf-8',errors='replace')
    p=P(); p.feed(txt); p.flush()
    res[os.path.basename(f)]=p.out
print(json.dumps(res,ensure_ascii=False))
