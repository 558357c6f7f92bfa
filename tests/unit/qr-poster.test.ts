import { describe, expect, test } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { qrMatrix, qrPath, qrSvg, QUIET_ZONE } from '../../src/lib/qr';
import { displayUrl, renderPosterPdf, toWinAnsi, wrapText } from '../../src/lib/poster';

describe('QR codes', () => {
  test('the path has one run per stretch of dark modules, shifted by the quiet zone', () => {
    const matrix = { size: 3, isDark: (x: number, y: number) => y === 0 || (x === 2 && y === 2) };
    expect(qrPath(matrix, 4)).toBe('M4 4h3v1h-3zM6 6h1v1h-1z');
  });

  test('a real code has finder patterns in three corners and the quiet zone in the SVG', () => {
    const matrix = qrMatrix('https://baeredygtighed.rm.dk/k/auh/');
    for (const [x, y] of [[0, 0], [matrix.size - 7, 0], [0, matrix.size - 7]]) {
      expect(matrix.isDark(x!, y!) && matrix.isDark(x! + 6, y! + 6) && !matrix.isDark(x! + 1, y! + 1)).toBe(true);
    }
    const side = matrix.size + 2 * QUIET_ZONE;
    expect(qrSvg('https://baeredygtighed.rm.dk/k/auh/', 'QR <auh>')).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${side} ${side}"[^>]*><title>QR &lt;auh></title>`));
  });
});

describe('posters', () => {
  test('wrapText breaks by words and never drops one that is too long on its own', () => {
    const measure = (t: string) => t.length;
    expect(wrapText('Se aftalen for din enhed', 10, measure)).toEqual(['Se aftalen', 'for din', 'enhed']);
    expect(wrapText('Bæredygtighedsstrategien er', 10, measure)).toEqual(['Bæredygtighedsstrategien', 'er']);
  });

  test('keeps Danish letters and replaces what Helvetica cannot show', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    expect(toWinAnsi('Bæredygtighed – Ø og å: −68 % CO₂', font)).toBe('Bæredygtighed – Ø og å: -68 % CO?');
  });

  test('the short link as people type it', () => {
    expect(displayUrl('https://baeredygtighed.rm.dk/k/auh/')).toBe('baeredygtighed.rm.dk/k/auh');
  });

  test('the same poster renders to the same bytes', async () => {
    const content = { code: 'auh', eyebrow: 'Bæredygtighedsaftale', title: 'Aarhus Universitetshospital', lines: ['Se aftalen.'], url: 'https://x.dk/k/auh/', accent: '#0d3b5c' };
    const a = await renderPosterPdf(content, 'a4');
    const b = await renderPosterPdf(content, 'a4');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).toString('latin1')).not.toMatch(/CreationDate|ModDate/);
  });
});
