#!/usr/bin/env python3
"""A blind-annotation round of White House readouts from the public Briefing Room archive.

  archive_draw.py draw GIT_DIR SEED [N]   the readouts a seeded draw picks, not drawn before
  archive_draw.py texts GIT_DIR LIST OUT  each drawn readout as Markdown and as numbered sentences
  archive_draw.py gold BIN MD ANN OUT     an annotator's files as gold in the format of A/ and heldout/

GIT_DIR is a clone of brian14708/wh-briefings; readouts are read at the commit of
../shared/corpus-real/whitehouse. The draw keeps readouts whose file name names a foreign
counterpart and none of the domestic words below (they grew as listings of drawn titles
turned up domestic meetings); annotators work from BRIEF.md in the gold folder and the numbered
texts alone. The sentences are numbered as BIN's reader numbers them.
"""
import json, os, random, re, subprocess, sys

COMMIT = '737ca03a271adc205c67766074ec8d0070f7ad95'
GOLD = os.path.join(os.path.dirname(__file__), '..', 'corpus', 'real-gold')
FOREIGN = re.compile(r'-of-(?!the-united-states)|prime-minister|chancellor|king|emir|crown-prince|sultan|'
                     r'secretary-general|nato|european|g7|g20|quad|minister|ambassador|foreign')
DOMESTIC = re.compile(r'governor|mayor|senat|congress|house-|speaker|leader-|ceo|business|labor|union|'
                      r'council-of-advisors|college|universit|commission|regulator|cabinet|latino|women|'
                      r'compan|community|task-force|tribal|state-|county|faith|religious|advocat|activist|'
                      r'student|roundtable|listening|stakeholder|industry|executives|caucus|secretary-of|'
                      r'cyber|vaccine|covid|storm|hurricane|fire|disaster|tour|briefing|economists|'
                      r'local-officials|advisory|economic-team|disability|convening|veterans|'
                      r'climate-finance|abortion|reproductive|judiciary|civil-rights|retailers|formula|'
                      r'plaintiffs|organizat|chambers|director-of-national|attorney|supreme|justice|'
                      r'transition|america|usaid-admin')


def git(git_dir, *args):
    return subprocess.run(['git', '--git-dir', git_dir, *args], capture_output=True, text=True, check=True).stdout


def drawn_before():
    with open(os.path.join(GOLD, 'whitehouse-archive', 'SOURCES.tsv')) as f:
        names = {line.split('\t')[0] for line in f}
    return names | {n[:-len('.json')] + '.md' for n in os.listdir(os.path.join(GOLD, 'whitehouse'))}


def draw(git_dir, seed, count=24):
    paths = git(git_dir, 'ls-tree', '-r', '--name-only', COMMIT, 'statements-releases/').split()
    before = drawn_before()
    pool = sorted(p for p in paths
                  if re.match(r'statements-releases/202[1-5]-\d\d/.*readout.*\.md$', p)
                  and os.path.basename(p) not in before
                  and FOREIGN.search(os.path.basename(p)) and not DOMESTIC.search(os.path.basename(p)))
    random.Random(int(seed)).shuffle(pool)
    print('\n'.join(pool[:int(count)]))


def sentences(binary, md):
    out = subprocess.run([binary, 'compare', md, md, '--force', '--format', 'json'],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)['left']


def texts(git_dir, listing, out, binary='build/readoutdiff'):
    os.makedirs(os.path.join(out, 'md'), exist_ok=True)
    os.makedirs(os.path.join(out, 'texts'), exist_ok=True)
    for path in open(listing).read().split():
        name = os.path.basename(path)[:-len('.md')]
        md = os.path.join(out, 'md', name + '.md')
        with open(md, 'w') as f:
            f.write(git(git_dir, 'show', f'{COMMIT}:{path}'))
        readout = sentences(binary, md)
        with open(os.path.join(out, 'texts', name + '.txt'), 'w') as f:
            f.write(f"Title (not a sentence): {readout['title'] or ''}\n")
            for s in readout['sentences']:
                f.write(f"US{s['id']} {s['text'].replace(chr(0xa0), ' ')}\n")


def gold(binary, md_dir, ann_dir, out, split='heldout'):
    os.makedirs(out, exist_ok=True)
    for file in sorted(os.listdir(ann_dir)):
        name = file[:-len('.json')]
        ann = json.load(open(os.path.join(ann_dir, file)))
        numbered = sentences(binary, os.path.join(md_dir, name + '.md'))['sentences']
        speakers = {k: {'side': v['side'], 'who': v.get('who', '')}
                    for k, v in sorted(ann['speakers'].items(), key=lambda kv: int(kv[0]))}
        if set(speakers) != {str(s['id']) for s in numbered}:
            sys.exit(f'{file}: the annotation does not mark every numbered sentence once')
        record = {'readout': name + '.md', 'split': split,
                  # a sentence is named by at most its first three words, never its text
                  'sentences': [' '.join(s['text'].replace(chr(0xa0), ' ').split()[:3]) for s in numbered],
                  'characterization': ann['characterization'], 'agreements': sorted(ann['agreements']),
                  'speakers': speakers}
        with open(os.path.join(out, file), 'w') as f:
            f.write(json.dumps(record, indent=1, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    commands = {'draw': draw, 'texts': texts, 'gold': gold}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
