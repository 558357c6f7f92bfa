/**
 * The parts of the strategy that are lists rather than pages, each a JSON file in `content/strategi/`
 * holding an array of entries with an `id`.
 */
import { z } from 'astro/zod';
import { entryId, internalPath, longTitle, shortCode, source, text } from './common';

/** A statement of the vision: `content/strategi/vision.json`. */
export const visionSchema = z
  .object({
    /** The statement's id. */
    id: entryId('udsagnet').describe('Id\nUdsagnets id.'),
    /** Its place in the vision (1–4). */
    nummer: z.number().int().min(1).describe('Nummer\nUdsagnets plads i visionen.'),
    /** The statement's heading, word for word, e.g. "Vi har bæredygtighed som drivkraft". */
    overskrift: text.describe('Overskrift\nUdsagnets overskrift, ordret fra strategien.'),
    /** The statement's text, word for word. */
    tekst: text.describe('Tekst\nUdsagnets tekst, ordret fra strategien.'),
  })
  .strict()
  .transform((v) => ({ order: v.nummer, heading: v.overskrift, text: v.tekst }));

/** A focal point (omdrejningspunkt): `content/strategi/omdrejningspunkter.json`. Tracks name the one they belong to. */
export const focalPointSchema = z
  .object({
    /** The focal point's id, which tracks refer to. */
    id: entryId('omdrejningspunktet').describe('Id\nOmdrejningspunktets id, som sporene henviser til.'),
    /** Its place in the strategy's order. */
    nummer: z.number().int().min(1).describe('Nummer\nPladsen i strategiens rækkefølge.'),
    /** Its name, word for word, e.g. "Klima og miljø". */
    titel: text.describe('Titel\nNavnet, ordret fra strategien, fx "Klima og miljø".'),
    /** Confirms a title that really must be longer than a phone's heading takes. */
    langTitel: longTitle,
    /** One sentence in our own words on which tracks it gathers and why. */
    beskrivelse: text.describe('Beskrivelse\nÉn sætning med egne ord om, hvilke spor det samler og hvorfor.'),
  })
  .strict()
  .transform((f) => ({ order: f.nummer, title: f.titel, description: f.beskrivelse }));

/** A principle of the circular economy: `content/strategi/cirkulaer-oekonomi.json`. */
export const circularPrincipleSchema = z
  .object({
    /** The principle's id. */
    id: entryId('princippet').describe('Id\nPrincippets id.'),
    /** Its place in the order (1–3). */
    nummer: z.number().int().min(1).describe('Nummer\nPladsen i rækkefølgen.'),
    /** Its heading, e.g. "Brug længere". */
    titel: text.describe('Titel\nOverskriften, fx "Brug længere".'),
    /** Confirms a title that really must be longer than a phone's heading takes. */
    langTitel: longTitle,
    /** Its points, word for word. */
    punkter: z.array(text).min(1).describe('Punkter\nPunkterne, ordret fra strategien.'),
  })
  .strict()
  .transform((c) => ({ order: c.nummer, title: c.titel, points: c.punkter }));

/** An instrument that ties the strategy together: `content/strategi/instrumenter.json`. */
export const instrumentSchema = z
  .object({
    /** The instrument's id. */
    id: entryId('instrumentet').describe('Id\nRedskabets id.'),
    /** Its place in the order (1–6). */
    nummer: z.number().int().min(1).describe('Nummer\nPladsen i rækkefølgen.'),
    /** Its name, word for word, e.g. "Klimaregnskab". */
    titel: text.describe('Titel\nNavnet, ordret fra strategien, fx "Klimaregnskab".'),
    /** Confirms a title that really must be longer than a phone's heading takes. */
    langTitel: longTitle,
    /** Its role in the strategy's words, without the dash, e.g. "viser fremdriften på de tre miljø- og klimaspor". */
    rolle: text.describe('Rolle\nRollen med strategiens ord, uden tankestreg.'),
    /** What it is and does, in our own words (two or three sentences). */
    beskrivelse: text.describe('Beskrivelse\nHvad det er og gør, med egne ord (to eller tre sætninger).'),
    /** Where this site shows it: an internal address, e.g. "/maal/". */
    side: internalPath.optional().describe('Side\nHvor sitet viser det: en intern adresse, fx "/maal/".'),
    /** The label of the link to `side`: says where it leads, never "klik her". */
    sideTekst: text
      .optional()
      .describe('Linktekst\nTeksten på linket til siden: siger, hvor det fører hen, aldrig "klik her".'),
    /** A public source elsewhere, e.g. the region's own page about it. */
    kilde: source.optional().describe('Kilde\nEn offentlig kilde et andet sted.'),
  })
  .strict()
  .superRefine((i, ctx) => {
    if (i.side && !i.sideTekst) {
      ctx.addIssue({
        code: 'custom',
        path: ['sideTekst'],
        message: 'mangler. Skriv teksten på linket til "side", fx "Se mål og fremdrift".',
      });
    }
  })
  .transform((i) => ({
    order: i.nummer,
    title: i.titel,
    role: i.rolle,
    description: i.beskrivelse,
    page: i.side && i.sideTekst ? { href: i.side, label: i.sideTekst } : undefined,
    source: i.kilde,
  }));

/** A page of text: `content/sider/<id>.mdx`. Routes in `src/pages/` pick their page by id. */
/**
 * The site's text pages (`content/sider/<id>.mdx`, loaded by these ids only: `getPage()`) and whether the page's
 * route publishes its body, the Markdown under the fields. The front page and `/spor/` show fields only. The editor
 * offers a body only where `body` is true (src/lib/cms/config.ts), so no one writes text that is never published;
 * tests/unit/cms-config.test.ts checks this against the routes.
 */
export const PAGES = {
  forside: { body: false },
  spor: { body: false },
  staasted: { body: true },
  overblik: { body: true },
  sammenhaeng: { body: true },
  aftaler: { body: true },
  cases: { body: true },
  materialer: { body: true },
  maal: { body: true },
  tilgaengelighed: { body: true },
} as const satisfies Record<string, { body: boolean }>;

/** The id of a text page: its file name in `content/sider/`. */
export type PageId = keyof typeof PAGES;

export const pageSchema = z
  .object({
    /** The page's one name: its heading (h1), title, menu item and breadcrumb. */
    titel: text.describe('Titel\nSidens ene navn: overskrift, titel, menupunkt og brødkrumme.'),
    /** Confirms a title that really must be longer than a phone's heading takes. */
    langTitel: longTitle,
    /**
     * The strategy's own heading for what this page presents, word for word (e.g. "Få det fulde overblik"), where
     * it differs from the page's name; the front page's link to the page uses it.
     */
    modulnavn: text
      .optional()
      .describe(
        'Modulnavn\nStrategiens egen overskrift for det, siden viser, ord for ord, hvis den er en anden end sidens navn.',
      ),
    /** The meta description for search engines and sharing. */
    beskrivelse: z
      .string()
      .trim()
      .min(50)
      .max(170)
      .describe('Beskrivelse til søgemaskiner\n50–170 tegn, der vises i søgeresultater og ved deling.'),
    /** A lead paragraph under the heading, word for word where it comes from the strategy. */
    indledning: text
      .optional()
      .describe('Indledning\nEt indledende afsnit under overskriften, ordret hvor det kommer fra strategien.'),
    /** A short code, where the page has a poster with a QR code: `/k/<kode>/`. Never change it once printed. */
    kortkode: shortCode
      .optional()
      .describe(
        'Kortkode\nKoden til sidens plakat og QR-kode, fx psykiatri: /k/psykiatri/. Må aldrig ændres, når den er trykt.',
      ),
    /** The lines on the page's poster, under its title (only with `kortkode`). */
    plakattekst: z
      .array(text)
      .min(1)
      .optional()
      .describe('Plakattekst\nLinjerne på sidens plakat under titlen (kun med kortkode).'),
  })
  .strict()
  .transform((p) => ({
    title: p.titel,
    moduleName: p.modulnavn,
    description: p.beskrivelse,
    lead: p.indledning,
    shortCode: p.kortkode,
    posterLines: p.plakattekst,
  }));

export type VisionData = z.output<typeof visionSchema>;
export type FocalPointData = z.output<typeof focalPointSchema>;
export type CircularPrincipleData = z.output<typeof circularPrincipleSchema>;
export type InstrumentData = z.output<typeof instrumentSchema>;
export type PageData = z.output<typeof pageSchema>;
