import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openSync, type Font } from 'fontkit';
import { voiceProblem, voiceProblemsInBody } from '../../src/lib/content-check/voice';
import {
  BASE_CHARACTERS,
  charactersOfFolders,
  fontFaceCss,
  siteCharacters,
  subsetWebFonts,
  WEB_FONT_WEIGHTS,
} from '../../src/lib/design/web-fonts';

describe('the region’s voice in the content', () => {
  test('refuses a developer’s phrase, and the region as the source of its own strategy, with what to write', () => {
    expect(voiceProblem('Strategien, som dette site viser')).toMatch(/^skriver "dette site"\. Skriv som regionen selv/);
    expect(voiceProblem('Sitet viser strategien.')).toContain('"sitet viser"');
    expect(voiceProblem('Kilder: [Region Midtjylland: Aftaler](https://www.rm.dk/)')).toContain('Læs mere');
    expect(voiceProblem('Regionen har ikke offentliggjort listen.')).toContain('vi har endnu ikke');
  });

  test('accepts what the region says about itself, and sources from others', () => {
    for (const text of [
      'Vi vil gerne have, at alle kan bruge disse sider.',
      'Region Midtjylland har vedtaget aftaler for alle 11 enheder.',
      'Kilde: Center for Bæredygtige Hospitaler',
      'Læs mere: [Klimaregnskabet på rm.dk](https://www.rm.dk/)',
      'et site om noget andet',
    ])
      expect(voiceProblem(text)).toBeUndefined();
  });

  test('names the line of a body', () => {
    expect(voiceProblemsInBody('Første linje.\n\nLæs mere på dette site.', 10)).toEqual([
      { line: 12, message: expect.stringContaining('dette site') },
    ]);
  });
});

describe('the web font', () => {
  test('has the base characters and every character of the texts, each once, in code-point order', () => {
    const chars = siteCharacters(['Ærø – “citat”', 'CO₂e\tgå']);
    for (const c of ['Æ', 'ø', '–', '“', '₂', 'å', ...BASE_CHARACTERS]) expect(chars).toContain(c);
    expect(chars).not.toContain('\t');
    expect(new Set(chars).size).toBe([...chars].length);
    const points = [...chars].map((c) => c.codePointAt(0)!);
    expect(points).toEqual([...points].sort((a, b) => a - b));
  });

  test('reads the characters of the text files in a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'web-fonts-'));
    writeFileSync(join(dir, 'a.md'), 'Ŧ');
    writeFileSync(join(dir, 'b.png'), 'Ŋ');
    const chars = charactersOfFolders([dir, join(dir, 'findes-ikke')]);
    expect(chars).toContain('Ŧ');
    expect(chars).not.toContain('Ŋ');
  });

  test('writes each weight cut down to the characters, and the CSS with font-display: swap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'web-fonts-'));
    const sizes = await subsetWebFonts(siteCharacters(['ÆØÅ']), dir);
    for (const weight of WEB_FONT_WEIGHTS) {
      const font = openSync(join(dir, `inter-${weight}.woff2`)) as Font;
      expect(font.hasGlyphForCodePoint('Ø'.codePointAt(0)!)).toBe(true);
      expect(font.hasGlyphForCodePoint('Ж'.codePointAt(0)!)).toBe(false);
      expect(sizes[weight]).toBeLessThan(20_000);
    }
    const css = readFileSync(join(dir, 'inter.css'), 'utf8');
    expect(css).toBe(fontFaceCss());
    expect(css.match(/font-display:swap/g)).toHaveLength(WEB_FONT_WEIGHTS.length);
  });
});
