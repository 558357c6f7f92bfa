/**
 * Danish text as an address part: "Den Cirkulære Legeplads" → "den-cirkulaere-legeplads" (æ ø å as ae oe aa, ä ö ü ß
 * as ae oe ue ss, other accents dropped, everything else a dash). The browser editor writes a new entry's address the
 * same way (Sveltia's Danish transliteration, which src/integrations/admin.ts turns on: danishSlugs). Plain
 * JavaScript, so the editors' scaffolds use it without a build.
 * @param {string} text
 * @returns {string}
 */
export function slugify(text) {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
