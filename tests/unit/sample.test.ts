import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assembleAgreements } from '../../src/lib/content/agreements';
import type { Case } from '../../src/lib/content/cases';
import {
  publishedContent,
  sampleCasePaths,
  showsSampleContent,
  withoutSampleParts,
} from '../../src/lib/content/sample';
import { agreementSchema, organisationSchema } from '../../src/schemas/agreement';

const track = { id: 'ansvarligt-forbrug', title: 'Ansvarligt forbrug', colour: 'forbrug' as const };
const measure = (titel: string, status: string, eksempel: boolean) => ({
  titel,
  beskrivelse: 'B',
  indikator: 'I',
  status,
  udfoeres: 'enheden',
  eksempel,
});
const build = (extra: Record<string, unknown>) =>
  assembleAgreements({
    tracks: [track],
    units: [
      {
        id: 'u',
        file: 'content/data/enheder.json',
        data: organisationSchema.parse({ id: 'u', nummer: 1, navn: 'U', kortNavn: 'u', type: 'hospital' }),
      },
    ],
    agreements: [
      {
        id: 'u',
        file: 'content/aftaler/u.md',
        data: agreementSchema.parse({
          enhed: 'u',
          kortkode: 'uu',
          periode: { fra: 2025, til: 2026, eksempel: true },
          kontakt: { rolle: 'R', eksempel: true },
          indsatser: {
            'ansvarligt-forbrug': [measure('Rigtig', 'gennemført', false), measure('Prøve', 'i gang', true)],
          },
          egneInput: [{ titel: 'Eget', beskrivelse: 'B', eksempel: true }],
          beskrivelse: 'En beskrivelse, der er lang nok til at opfylde kravet om mindst halvtreds tegn.',
          ...extra,
        }),
      },
    ],
  })[0]!;

describe('the sample switch', () => {
  test('is on in astro dev and in a preview build, off in every other build', () => {
    expect(showsSampleContent({ dev: true, preview: undefined })).toBe(true);
    expect(showsSampleContent({ dev: false, preview: '1' })).toBe(true);
    expect(showsSampleContent({ dev: false, preview: 'true' })).toBe(true);
    expect(showsSampleContent({ dev: false, preview: undefined })).toBe(false);
    expect(showsSampleContent({ dev: false, preview: '' })).toBe(false);
    expect(showsSampleContent({ dev: false, preview: '0' })).toBe(false);
  });

  test('off: an agreement keeps only its real parts, and its progress counts no sample', () => {
    const published = withoutSampleParts(build({}));
    expect(published.period).toBeUndefined();
    expect(published.contact).toBeUndefined();
    expect(published.tracks[0]!.measures.map((m) => m.title)).toEqual(['Rigtig']);
    expect(published.ownInputs).toEqual([]);
    expect(published.sampleParts).toEqual([]);
    expect(published.progress).toMatchObject({ realTotal: 1, sampleTotal: 0 });
  });

  test('off: a real period and contact stay', () => {
    const published = withoutSampleParts(
      build({ periode: { fra: 2025, til: 2026 }, kontakt: { rolle: 'Konsulent', email: 'a@rm.dk' } }),
    );
    expect(published.period).toMatchObject({ from: 2025, to: 2026 });
    expect(published.contact).toMatchObject({ role: 'Konsulent', email: 'a@rm.dk' });
  });

  test('on: everything is kept, so the page can mark it; off: sample cases go from every list', () => {
    const agreement = build({});
    const cases = [{ id: 'a', sample: false } as Case, { id: 'b', sample: true } as Case];
    expect(publishedContent({ agreements: [agreement], cases }, true)).toEqual({ agreements: [agreement], cases });
    const off = publishedContent({ agreements: [agreement], cases }, false);
    expect(off.cases.map((c) => c.id)).toEqual(['a']);
    expect(off.agreements[0]!.sampleParts).toEqual([]);
  });

  test("the sample cases' addresses are read from the files, for the sitemap", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cases-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'rigtig.mdx'), '---\ntitel: Rigtig\n---\n\neksempel: true i teksten tæller ikke.\n');
    writeFileSync(join(dir, 'proeve.mdx'), '---\ntitel: Prøve\neksempel: true\n---\n\nTekst.\n');
    expect(sampleCasePaths(dir)).toEqual(['/cases/proeve/']);
    expect(sampleCasePaths(join(dir, 'findes-ikke'))).toEqual([]);
  });
});
