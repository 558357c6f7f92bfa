/**
 * The region's voice: the site is the region speaking ("vi", "regionen"), never a developer describing "dette site",
 * and the strategy's own statements are not "sourced" to the region itself. A phrase here is refused in every
 * content field and body, with what to write instead; `tests/dist/voice.test.ts` checks the built site for the same.
 */

export interface VoicePhrase {
  /** What is found (case-insensitive), in the field's text or in the Markdown source of a body. */
  pattern: RegExp;
  /** The phrase as an editor reads it. */
  phrase: string;
  /** What to do instead, in Danish. */
  advice: string;
}

export const VOICE_PHRASES: VoicePhrase[] = [
  {
    pattern: /\bdette (web)?site\b/i,
    phrase: 'dette site',
    advice: 'Skriv som regionen selv, fx "her", "på disse sider" eller "vi".',
  },
  {
    pattern: /\bsitet (viser|sætter|samler)\b/i,
    phrase: 'sitet viser',
    advice: 'Skriv som regionen selv, fx "her kan du læse" eller "vi viser".',
  },
  {
    pattern: /\bregionen har ikke offentliggjort\b/i,
    phrase: 'regionen har ikke offentliggjort',
    advice: 'Skriv som regionen selv, fx "vi har endnu ikke offentliggjort".',
  },
  {
    pattern: /\bkilder?:\s*\[?\s*region midtjylland\b/i,
    phrase: 'Kilde: Region Midtjylland',
    advice:
      'Strategien er regionens egen tekst og skal ikke have regionen som kilde. Skriv fx "Læs mere: [Klimaregnskabet på rm.dk](…)". En kildelinje er til fakta fra andre.',
  },
];

/** The first phrase the text has that the region does not say, as a Danish message; undefined when there is none. */
export function voiceProblem(text: string): string | undefined {
  const hit = VOICE_PHRASES.find((p) => p.pattern.test(text));
  return hit ? `skriver "${hit.phrase}". ${hit.advice}` : undefined;
}

/** Every line of a body with such a phrase, counted from `firstLine`. */
export function voiceProblemsInBody(body: string, firstLine: number): { line: number; message: string }[] {
  return body.split('\n').flatMap((text, i) => {
    const message = voiceProblem(text);
    return message ? [{ line: firstLine + i, message }] : [];
  });
}
