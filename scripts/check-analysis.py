#!/usr/bin/env python3
"""An independent check of `warta words` and `warta keywords` for a few words.

Counts the words itself from warta's cleaned export (the cleaner is warta's; the tokenizing,
counting and formulas here are written apart from warta's, from the papers): frequency,
range, Gries' DP, DPnorm and Juilland's D over documents, and log-likelihood (4-term),
Log Ratio and %DIFF against the shipped IndoSum word list. Prints both side by side.

Usage: python3 scripts/check-analysis.py [CORPUS] [WORD ...]   (default: the seeds)
"""
import csv, io, json, math, re, subprocess, sys, unicodedata

ROOT = __file__.rsplit('/scripts/', 1)[0]
corpus = sys.argv[1] if len(sys.argv) > 1 else 'seeds'
words = sys.argv[2:] or ['rusia', 'ukraina', 'putin', 'korea', 'yang']
WARTA = ['node', f'{ROOT}/bin/warta.js']

TOKEN = re.compile(r"[^\W_]+(?:(?:[-\u2010\u2011]|['\u2019](?=[^\W\d_]))[^\W_]+|(?<=\d)[.,]\d+)*")

def fold(w):
    w = unicodedata.normalize('NFD', w.lower().replace('\u2019', "'"))
    return ''.join(c for c in w if unicodedata.category(c) != 'Mn')

def run(args):
    return subprocess.run(WARTA + args, capture_output=True, text=True, check=True, cwd=ROOT).stdout

docs = [json.loads(l) for l in run(['export', corpus, '-f', 'jsonl', '--no-cache']).splitlines()]
counts = []  # per document: Counter of folded tokens
for d in docs:
    c = {}
    for p in d['paragraphs']:
        for t in TOKEN.findall(p['text']):
            w = fold(t)
            c[w] = c.get(w, 0) + 1
    counts.append(c)
sizes = [sum(c.values()) for c in counts]
total = sum(sizes)
parts = [s for s in sizes if s > 0]

def dispersion(w):
    v = [c.get(w, 0) for c, s in zip(counts, sizes) if s > 0]
    f = sum(v)
    shares = [s / total for s in parts]
    dp = 0.5 * sum(abs(x / f - s) for x, s in zip(v, shares))
    rel = [x / s for x, s in zip(v, parts)]
    mean = sum(rel) / len(rel)
    sd = math.sqrt(sum((r - mean) ** 2 for r in rel) / len(rel))
    return f, sum(1 for x in v if x), dp, dp / (1 - min(shares)), 1 - (sd / mean) / math.sqrt(len(rel) - 1)

ref = {}
ref_tokens = 0
for line in open(f'{ROOT}/data/reference/indosum-words.tsv', encoding='utf8'):
    if line.startswith('#tokens\t'):
        ref_tokens = int(line.split('\t')[1])
    elif line.strip() and not line.startswith('#'):
        w, n = line.rstrip('\n').split('\t')
        ref[w] = int(n)

def keyness(a, b, C, D):
    N = C + D
    cells = [(a, C * (a + b) / N), (b, D * (a + b) / N), (C - a, C * (N - a - b) / N), (D - b, D * (N - a - b) / N)]
    ll = 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)
    lr = math.log2((max(a, 0.5) / C) / (max(b, 0.5) / D))
    diff = 100 * (a / C - b / D) / (b / D) if b else None
    return ll, lr, diff

warta_words = {r['word']: r for r in csv.DictReader(io.StringIO(run(['words', corpus, '--csv', '--no-cache'])))}
warta_keys = {r['word']: r for r in csv.DictReader(io.StringIO(run(['keywords', corpus, '--csv', '--no-cache', '--min-freq', '1', '--min-ll', '0'])))}

print(f'{corpus}: {total} tokens here, {len(parts)} documents')
print('| word | freq (here / warta) | range | DP | DPnorm | Juilland D | LL | Log Ratio | %DIFF |')
print('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for w in words:
    f, rng, dp, dpn, d = dispersion(w)
    ll, lr, diff = keyness(f, ref.get(w, 0), total, ref_tokens)
    ww = warta_words.get(w, {})
    wk = warta_keys.get(w, {})
    pair = lambda mine, theirs, fmt='{:.4f}': f"{fmt.format(mine)} / {fmt.format(float(theirs)) if theirs not in (None, '') else '-'}"
    print(f"| {w} | {f} / {ww.get('freq', '-')} | {rng} / {ww.get('range', '-')} | {pair(dp, ww.get('dp'))} | {pair(dpn, ww.get('dp_norm'))} | "
          f"{pair(d, ww.get('juilland_d'))} | {pair(ll, wk.get('ll'), '{:.3f}')} | {pair(lr, wk.get('log_ratio'), '{:.3f}')} | "
          f"{pair(diff, wk.get('percent_diff'), '{:.1f}') if diff is not None else '- / ' + (wk.get('percent_diff') or '-')} |")

# Collocates of the first word (node = the word itself, window L5R5 inside paragraphs).
node = words[0]
window = {}
nodes = 0
for d in docs:
    for p in d['paragraphs']:
        toks = [fold(t) for t in TOKEN.findall(p['text'])]
        for i, t in enumerate(toks):
            if t != node:
                continue
            nodes += 1
            for j in range(max(0, i - 5), min(len(toks), i + 6)):
                if toks[j] != node:
                    window[toks[j]] = window.get(toks[j], 0) + 1
freq = {}
for c in counts:
    for w, n in c.items():
        freq[w] = freq.get(w, 0) + n

def association(O, R1, C1, N):
    E = R1 * C1 / N
    cells = [(O, E), (R1 - O, R1 * (N - C1) / N), (C1 - O, (N - R1) * C1 / N), (N - R1 - C1 + O, (N - R1) * (N - C1) / N)]
    ll = 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)
    return 14 + math.log2(2 * O / (R1 + C1)), math.log2(O / E), (O - E) / math.sqrt(O), ll

warta_coll = {r['collocate']: r for r in csv.DictReader(io.StringIO(run(['collocates', node, corpus, '--csv', '--no-cache', '--min-freq', '3'])))}
print(f'\ncollocates of {node} (L5R5): {nodes} matches here')
print('| collocate | O (here / warta) | logDice | MI | t-score | LL |')
print('| --- | --- | --- | --- | --- | --- |')
for w in list(warta_coll)[:6]:
    O = window.get(w, 0)
    ld, mi, t, ll = association(O, nodes, freq[w], total)
    r = warta_coll[w]
    print(f"| {w} | {O} / {r['observed']} | {ld:.4f} / {float(r['logdice']):.4f} | {mi:.4f} / {float(r['mi']):.4f} | {t:.4f} / {float(r['t_score']):.4f} | {ll:.3f} / {float(r['ll']):.3f} |")
