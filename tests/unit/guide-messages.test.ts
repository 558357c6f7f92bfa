/**
 * Every example message in the editors' guide (content/README.md, the blocks after "Eksempel:") is real: the same
 * mistakes, made in a copy of the content, give exactly those messages from the content check.
 */
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { allProblems, checkContentFiles } from '../../src/lib/content-check';
import { formatProblem } from '../../src/lib/errors';

const dir = '.tmp/guide-messages/content';

function edit(file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file} does not contain ${String(from)}`);
  writeFileSync(path, next);
}

/** The mistakes the guide shows, all in one copy of the content. */
function messagesForGuideMistakes(): string[] {
  rmSync('.tmp/guide-messages', { recursive: true, force: true });
  mkdirSync('.tmp/guide-messages', { recursive: true });
  cpSync('content', dir, { recursive: true });
  edit('strategi/vision.json', /\}\s*\]\s*$/, '},\n]\n');
  edit('spor/energi-og-byggeri.md', 'nummer: 2', '\tnummer: 2');
  edit('sider/staasted.mdx', 'titel: Strategiens ståsted', 'titel: Strategi: ståsted');
  edit('cases/groenne-agenter.mdx', 'De ti konsulenter er fordelt sådan:', 'Vi sparede {10 %} af energien.');
  edit('cases/madaffald-randers.mdx', /\n---\n\n/, '\n---\n\nUnder <5 % af maden går til spilde.\n\n');
  edit('maal/vandforbrug.json', '"frist": 2030', '"frist": "2030"');
  edit('sider/tilgaengelighed.mdx', /\n---\n\n/, '\n---\n\n<script>alert(1)</script>\n\n');
  edit(
    'sider/aftaler.mdx',
    '](https://www.rm.dk/om-os/organisation/baredygtighed/',
    '](http://www.rm.dk/om-os/organisation/baredygtighed/',
  );
  edit('data/indikatorer.json', '"vaerdi": 400000', '"vaerdi": 400.000');
  edit('data/indikatorer.json', /("aar": 2023,\s*"vaerdi": )24\b/, '$1240');
  writeFileSync(join(dir, 'cases/Grøn kantine.mdx'), readFileSync(join(dir, 'cases/flergangstekstiler.mdx')));
  edit('cases/flergangsinstrumenter.mdx', /^titel: .*$/m, 'titel: "Fra engangs- til flergangstekstiler"');
  edit('cases/spiselige-skaale-horsens.mdx', /^titel: "(.*)"$/m, 'titel: "”$1”"');
  renameSync(
    join(dir, 'cases/elbil-liggende-patienttransport.mdx'),
    join(dir, 'cases/elbil-til-liggende-patienter.mdx'),
  );
  edit('sider/maal.mdx', /\n---\n/, '\n---\n\nSe [casen om elbilen](/cases/elbil-liggende-patienttransport/).\n');
  edit(
    'cases/den-cirkulaere-legeplads.mdx',
    /\nbeskrivelse:/,
    '\nbillede:\n  fil: billeder/legepladsen.jpg\n  alt: "Legepladsen"\nbeskrivelse:',
  );
  const result = checkContentFiles({ root: process.cwd(), contentDir: dir });
  return allProblems(result).map((p) => formatProblem(p).split(`${dir}/`).join('content/'));
}

/** The example messages in the guide: lines in ```text blocks that start with "content/". */
function guideExamples(): string[] {
  const guide = readFileSync('content/README.md', 'utf8');
  return [...guide.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]!.split('\n').filter((line) => line.startsWith('content/')),
  );
}

test('every example message in the guide is what the content check says', () => {
  const messages = messagesForGuideMistakes();
  const examples = guideExamples();
  expect(examples.length).toBeGreaterThanOrEqual(12);
  for (const example of examples) expect(messages, example).toContain(example);
});
