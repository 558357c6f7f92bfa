/**
 * Danish text as an address part: "Den Cirkulære Legeplads" → "den-cirkulaere-legeplads" (æ ø å as ae oe aa, other
 * accents dropped, everything else a dash). Plain JavaScript, so the editors' scaffolds use it without a build.
 * @param {string} text
 * @returns {string}
 */
export function slugify(text) {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
