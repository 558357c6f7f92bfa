import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import strings from '../../src/i18n/da.json';
import { qrMatrix, qrPath, qrSvg, QUIET_ZONE } from '../../src/lib/print/qr';
import { renderPosterPdf, wrapText } from '../../src/lib/print/poster';
import {
  ambitionClause,
  displayUrl,
  posterHeadline,
  qrImageMm,
  type PosterContent,
} from '../../src/lib/print/poster-content';
import { createPdf, glyphCheck, pdfBytes, pdfDate, printable } from '../../src/lib/print/pdf';
import { colours } from '../../src/lib/design/tokens';
import { readLogo } from '../../src/lib/print/logo';

describe('QR codes', () => {
  test('the path has one run per stretch of dark modules, shifted by the quiet zone', () => {
    const matrix = { size: 3, isDark: (x: number, y: number) => y === 0 || (x === 2 && y === 2) };
    expect(qrPath(matrix, 4)).toBe('M4 4h3v1h-3zM6 6h1v1h-1z');
  });

  test('a real code has finder patterns in three corners and the quiet zone in the SVG', () => {
    const matrix = qrMatrix('https://baeredygtighed.rm.dk/k/auh/');
    for (const [x, y] of [
      [0, 0],
      [matrix.size - 7, 0],
      [0, matrix.size - 7],
    ]) {
      expect(matrix.isDark(x!, y!) && matrix.isDark(x! + 6, y! + 6) && !matrix.isDark(x! + 1, y! + 1)).toBe(true);
    }
    const side = matrix.size + 2 * QUIET_ZONE;
    expect(qrSvg('https://baeredygtighed.rm.dk/k/auh/', 'QR <auh>')).toMatch(
      new RegExp(`^<svg [^>]*viewBox="0 0 ${side} ${side}"[^>]*><title>QR &lt;auh></title>`),
    );
  });
});

const content: PosterContent = {
  code: 'auh',
  kind: 'agreement',
  eyebrow: 'Bæredygtighedsaftale',
  title: 'Aarhus Universitetshospital',
  headline: 'Se hvad Aarhus Universitetshospital har lovet',
  lines: ['Se, hvad Aarhus Universitetshospital gør under strategiens fem spor.'],
  callToAction: 'Scan koden med mobilens kamera',
  typeHint: 'Eller skriv adressen:',
  url: 'https://x.dk/k/auh/',
  shortLink: 'x.dk/k/auh',
  qrAlt: 'QR-kode, der fører til x.dk/k/auh',
  footer: 'Region Midtjylland · Bæredygtighedsstrategien: På vej mod en bæredygtig fremtid',
  contact: 'Telefon 7841 0000 · kontakt@regionmidtjylland.dk · www.rm.dk',
  accent: colours.brand,
};

function poppler(tool: 'pdftotext' | 'pdfinfo', bytes: Uint8Array, args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'poster-'));
  writeFileSync(join(dir, 'p.pdf'), bytes);
  return execFileSync(tool, [...args, join(dir, 'p.pdf'), ...(tool === 'pdftotext' ? ['-'] : [])], {
    encoding: 'utf8',
  });
}
const pdfText = (bytes: Uint8Array) => poppler('pdftotext', bytes, ['-layout']);
const pdfInfo = (bytes: Uint8Array) => poppler('pdfinfo', bytes);

describe('posters', () => {
  test('wrapText breaks by words and never drops one that is too long on its own', () => {
    const measure = (t: string) => t.length;
    expect(wrapText('Se aftalen for din enhed', 10, measure)).toEqual(['Se aftalen', 'for din', 'enhed']);
    expect(wrapText('Bæredygtighedsstrategien er', 10, measure)).toEqual(['Bæredygtighedsstrategien', 'er']);
  });

  test('the short link as people type it', () => {
    expect(displayUrl('https://baeredygtighed.rm.dk/k/auh/')).toBe('baeredygtighed.rm.dk/k/auh');
  });

  test('the print view sizes the QR image so that the code itself is 13 cm', () => {
    const modules = qrMatrix('https://x.dk/k/auh/').size;
    expect(qrImageMm('https://x.dk/k/auh/', 'a4')).toBe(Math.round((130 * (modules + 8)) / modules));
  });

  test('the same poster renders to the same bytes, with pinned dates', async () => {
    const a = await renderPosterPdf(content, 'a4');
    await new Promise((r) => setTimeout(r, 20));
    const b = await renderPosterPdf(content, 'a4');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).toString('latin1')).toContain('<xmp:CreateDate>2025-01-01T00:00:00Z</xmp:CreateDate>');
    expect(pdfInfo(a)).toMatch(/^CreationDate:\s+Wed Jan {2}1 00:00:00 2025 UTC$/m);
  }, 30_000);

  test('the poster says its wording, and embeds the logo only when one is supplied', async () => {
    expect(pdfText(await renderPosterPdf(content, 'a3')).replace(/\s+/g, ' ')).toMatch(
      /Se hvad Aarhus Universitetshospital har lovet[\s\S]*x\.dk\/k\/auh/,
    );
    const png = new PNG({ width: 40, height: 10 });
    png.data.fill(200);
    const logo = {
      href: '/logo/region-midtjylland.png',
      bytes: new Uint8Array(PNG.sync.write(png)),
      alt: 'Region Midtjylland',
    };
    const without = Buffer.from(await renderPosterPdf(content, 'a4')).toString('latin1');
    const withLogo = Buffer.from(await renderPosterPdf({ ...content, logo }, 'a4')).toString('latin1');
    expect(without).not.toContain('/Subtype /Image');
    expect(withLogo).toContain('/Subtype /Image');
  }, 30_000);

  test('a character the embedded font lacks is printed as its stand-in, not dropped', async () => {
    const text = pdfText(await renderPosterPdf({ ...content, title: 'CO₂ → 0', lines: [] }, 'a4'));
    expect(text).toContain('CO2 – 0');
  });

  test('no logo file, no logo; a supplied file is read from public/logo/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'public-'));
    expect(readLogo(dir, 'Region Midtjylland')).toBeUndefined();
    execFileSync('mkdir', ['-p', join(dir, 'logo')]);
    writeFileSync(join(dir, 'logo', 'region-midtjylland.jpg'), 'x');
    expect(readLogo(dir, 'Region Midtjylland')?.href).toBe('/logo/region-midtjylland.jpg');
  });
});

describe('PDF basics', () => {
  test('SOURCE_DATE_EPOCH pins the date; without it a fixed date is used', () => {
    expect(pdfDate({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(pdfDate({}).toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  test('only characters the embedded font has are drawn: stand-ins for the rest', async () => {
    const doc = createPdf({ title: 'x', size: 'a4' });
    const has = glyphCheck(doc);
    expect(has('ø'.codePointAt(0)!)).toBe(true);
    expect(has('₂'.codePointAt(0)!)).toBe(false);
    expect(printable('CO₂ – Ø og å: −68 % → ő', has)).toBe('CO2 – Ø og å: −68 % – o');
    await pdfBytes(doc);
  });
});

describe('poster headlines, written from the content', () => {
  test("a track's comes from its own ambition, in the word order after 'hvordan'", () => {
    expect(ambitionClause('Vi sikrer et godt arbejdsmiljø.')).toBe('vi sikrer et godt arbejdsmiljø');
    expect(ambitionClause('Vi bruger kun det nødvendige til behandling. Vi vælger løsninger, der holder.')).toBe(
      'vi kun bruger det nødvendige til behandling',
    );
    expect(ambitionClause('Vi bygger med omtanke - med respekt for ressourcer.')).toBe('vi bygger med omtanke');
    expect(ambitionClause('Designguide for bæredygtigt byggeri er anvendt.')).toBeUndefined();
    expect(posterHeadline({ kind: 'track', ambitionHeadings: ['Vi sikrer et godt arbejdsmiljø.'] })).toBe(
      'Se hvordan vi sikrer et godt arbejdsmiljø',
    );
  });

  test("a track's takes the first ambition that fits a headline, else the shortest, else a plain one", () => {
    const long = 'Vi har bæredygtighed som en naturlig del af alle beslutninger og hele ledelsesgrundlaget.';
    const longer = `${long.slice(0, -1)} i regionen.`;
    expect(posterHeadline({ kind: 'track', ambitionHeadings: [long, 'Vi styrker viden, så vi lykkes.'] })).toBe(
      'Se hvordan vi styrker viden',
    );
    expect(posterHeadline({ kind: 'track', ambitionHeadings: [longer, long] })).toBe(
      `Se hvordan vi har${long.slice(6, -1)}`,
    );
    expect(posterHeadline({ kind: 'track', ambitionHeadings: ['Mere genbrug.'] })).toBe(
      strings['poster.headline.trackFallback'],
    );
  });

  test('an agreement promises only once its measures are published; the strategy names climate targets only when it has them', () => {
    expect(posterHeadline({ kind: 'agreement', unit: 'Aarhus Universitetshospital', publishedMeasures: 3 })).toBe(
      'Se hvad Aarhus Universitetshospital har lovet',
    );
    expect(posterHeadline({ kind: 'agreement', unit: 'Aarhus Universitetshospital', publishedMeasures: 0 })).toBe(
      strings['poster.headline.agreementPending'],
    );
    expect(posterHeadline({ kind: 'agreements', units: 11, unitsWithMeasures: 11 })).toBe(
      'Se hvad regionens 11 enheder har lovet',
    );
    expect(posterHeadline({ kind: 'agreements', units: 11, unitsWithMeasures: 10 })).toBe(
      strings['poster.headline.agreementsPending'],
    );
    expect(posterHeadline({ kind: 'strategy', overallTargets: 2 })).toBe('Se regionens klimamål');
    expect(posterHeadline({ kind: 'strategy', overallTargets: 0 })).toBe(strings['poster.headline.strategy']);
    expect(posterHeadline({ kind: 'page', title: 'Gode eksempler', moduleName: 'Se alle de gode eksempler' })).toBe(
      'Se alle de gode eksempler',
    );
  });
});

/** The QR code read back from the poster rendered to pixels, as a phone would see it. */
function decodePoster(bytes: Uint8Array): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'poster-qr-'));
  writeFileSync(join(dir, 'p.pdf'), bytes);
  for (const dpi of [50, 100]) {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', join(dir, 'p.pdf'), join(dir, `p${dpi}`)]);
    const png = PNG.sync.read(readFileSync(join(dir, `p${dpi}.png`)));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (code) return code.data;
  }
  return undefined;
}

const long = 'Bæredygtighedsstrategiens allerlængste overskrift, der fylder mere end en linje på et ark';
const kinds: PosterContent[] = [
  content,
  {
    ...content,
    kind: 'track',
    track: 'energi',
    title: long,
    headline: `Se hvordan vi ${long}`,
    lines: [long, long],
    figures: [
      { value: '−20.000.000 kWh', label: long },
      { value: 'Mindst −25 %', label: 'Arbejdsulykker' },
      { value: '100 %', label: 'Grønne biler' },
    ],
  },
  {
    ...content,
    kind: 'strategy',
    figures: [{ value: '−68 %', label: 'Klimaaftrykket i 2030' }],
    tracks: (['forbrug', 'energi', 'mobilitet', 'social', 'ledelse'] as const).map((colour) => ({
      colour,
      title: long,
    })),
  },
  { ...content, kind: 'page', lines: [] },
];

describe.each(kinds.flatMap((c) => (['a4', 'a3'] as const).map((size) => [c.kind, size, c] as const)))(
  'the %s poster on %s',
  (_kind, size, poster) => {
    test('keeps its QR code scannable however long its texts, and prints its headline', async () => {
      const bytes = await renderPosterPdf(poster, size);
      expect(decodePoster(bytes)).toBe(poster.url);
      expect(pdfText(bytes).replace(/\s+/g, ' ')).toContain(poster.headline.split(' ').slice(0, 3).join(' '));
      expect(pdfInfo(bytes)).toMatch(/^Pages:\s+1$/m);
    }, 30_000);
  },
);
