/**
 * The content check: reads every file in `content/` itself, before Astro does, and reports every problem of
 * every kind in one run – syntax (JSON, YAML, MDX) with line and likely cause, schema errors with line and
 * field, code or markup in bodies, URLs, names, quotes and invisible characters, implausible numbers, dead
 * internal links, and published addresses that disappeared without a redirect. Nothing here throws on content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { formatNamedPath, formatProblem, keepCustomMessages, problemsFromIssues, type ContentProblem } from '../errors';
import {
  checkAddresses,
  pageAddresses,
  readRedirects,
  staticPageAddress,
  type PageRedirect,
} from '../hosting/addresses';
import { checkBody, type InternalLink } from './body';
import { checkBodyCharacters, checkPlausible, danishToday } from './plausible';
import { checkUploads } from './uploads';
import { fragmentExists, templateIds } from './fragments';
import { checkCrossReferences } from './crossrefs';
import { parseFrontmatter, parseJson, parseYaml, type ParsedData, type ParseResult } from './parse';
import { GUIDE_FILE, guideMessageProblems, guideProblems } from './guide';
import { FILE_NAME, implausibleJump, stringsIn, suggestFileName, textValueProblem, thousandsSlip } from './rules';
import { voiceProblem, voiceProblemsInBody } from './voice';
import { trackSchema } from '../../schemas/track';
import { IMAGE_PATH, imagePathInContent } from '../../schemas/case';
import { targetSchema } from '../../schemas/target';
import { indicatorSchema } from '../../schemas/indicator';
import { agreementSchema, issuedCodeSchema, organisationSchema } from '../../schemas/agreement';
import { caseSchema } from '../../schemas/case';
import { materialSchema } from '../../schemas/material';
import {
  circularPrincipleSchema,
  focalPointSchema,
  instrumentSchema,
  pageSchema,
  visionSchema,
} from '../../schemas/strategy';
import { collectionPaths } from '../content/paths.mjs';

/** A collection as the check reads it: a folder of files (one entry each) or one file holding a list. */
export type CollectionSpec =
  | { name: string; folder: string; extensions: string[]; schema: z.ZodType }
  | { name: string; file: string; schema: z.ZodType };

/** Each collection's schema; where its files are comes from `content-paths.mjs`, as for the collections themselves. */
const SCHEMAS: Record<keyof typeof collectionPaths, z.ZodType> = {
  spor: trackSchema,
  maal: targetSchema,
  sider: pageSchema,
  vision: visionSchema,
  omdrejningspunkter: focalPointSchema,
  cirkulaerOekonomi: circularPrincipleSchema,
  instrumenter: instrumentSchema,
  indikatorer: indicatorSchema,
  enheder: organisationSchema,
  aftaler: agreementSchema,
  kortkoder: issuedCodeSchema,
  cases: caseSchema,
  materialer: materialSchema,
};

/** The file endings a glob pattern matches: `*.{md,mdx}` → `.md`, `.mdx`. */
export function patternExtensions(pattern: string): string[] {
  const endings = /^\*\.(?:\{([^}]+)\}|(\w+))$/.exec(pattern);
  if (!endings) throw new Error(`content-paths: the pattern ${pattern} is not of the form *.ext or *.{a,b}`);
  return (endings[1] ?? endings[2]!).split(',').map((ending) => `.${ending.trim()}`);
}

/** The same collections as src/content.config.ts, read from the same list of places. */
export const COLLECTIONS: CollectionSpec[] = Object.entries(collectionPaths).map(([name, place]): CollectionSpec => {
  const schema = SCHEMAS[name as keyof typeof collectionPaths];
  return 'file' in place
    ? { name, file: place.file, schema }
    : { name, folder: place.folder, extensions: patternExtensions(place.pattern), schema };
});

/** A photo larger than this is made smaller with a warning; one larger than the maximum is refused. */
export const IMAGE_WARN_BYTES = 2 * 1024 * 1024;
export const IMAGE_MAX_BYTES = 25 * 1024 * 1024;

export const ADDRESS_REGISTRY = 'data/adresser.json';
export const REDIRECTS_FILE = 'data/omdirigeringer.json';

interface Entry {
  collection: string;
  id: string;
  file: string;
  /** Set for entries in a list file. */
  listed: boolean;
  data: Record<string, unknown>;
  parsed: ParsedData;
  /** The path of this entry's data within its file (`[3]` for the fourth entry of a list). */
  prefix: (string | number)[];
}

export interface CheckResult {
  /** Problems in the files themselves: the build stops before Astro reads any content. */
  problems: ContentProblem[];
  /**
   * Dead internal links and published addresses that disappeared. They are reported together with the
   * cross-checks (src/data/content.ts), so a wrong id is named as such and not only as a missing address.
   */
  addressProblems: ContentProblem[];
  /**
   * Cross-references between valid files (an unknown track, unit or target, a material's missing file): found here,
   * before Astro reads anything, so that the build stops before a page is rendered or `dist/` is touched.
   */
  referenceProblems: ContentProblem[];
  /** Things the build prints but that do not stop it. */
  warnings: string[];
  /** Today's page addresses, and those not yet in the registry. */
  addresses: string[];
  newAddresses: string[];
  /**
   * Every address that must keep working: the committed registry, what the live site published, and today's pages.
   * The build publishes it as `/adresser.json`, so the next build knows them without a registry command.
   */
  keptAddresses: string[];
  redirects: PageRedirect[];
  /** Every entry its schema accepts, with the data as the schema gives it (defaults filled in), in file order. */
  entries: ValidEntry[];
}

/** One content entry that passed its schema. */
export interface ValidEntry {
  collection: keyof typeof collectionPaths;
  id: string;
  file: string;
  data: unknown;
}

/** Every problem of a check, in the order the report lists them. */
export function allProblems(result: CheckResult): ContentProblem[] {
  const key = (p: ContentProblem) =>
    `${p.file}\u0000${String(p.line ?? 0).padStart(6, '0')}\u0000${p.entry ?? ''}\u0000${p.field ?? ''}`;
  return [...result.problems, ...result.addressProblems, ...result.referenceProblems].sort((a, b) =>
    key(a).localeCompare(key(b)),
  );
}

export interface CheckOptions {
  /** The project folder (for src/pages and public/). */
  root: string;
  /** The content folder, relative to root, e.g. `content`. */
  contentDir: string;
  /** The folder of files published as they are, relative to root: `public` unless said. */
  publicDir?: string;
  /** Today, year-month-day: what a date in the future is measured from (today in Denmark unless said). */
  today?: string;
  /**
   * Addresses the live site has published (its `/adresser.json`), besides the committed registry: a page made in
   * the browser editor is published without anyone running a command, and its address must never die either.
   */
  publishedAddresses?: string[];
}

function readData(file: string, text: string): ParseResult<ParsedData> {
  return file.endsWith('.json') ? parseJson(file, text) : parseYaml(file, text);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort();
}

function walkRoutes(dir: string, base = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const rel = base ? `${base}/${name}` : name;
      if (statSync(path).isDirectory()) return walkRoutes(path, rel);
      return name.startsWith('_') ? [] : [rel];
    });
}

export function checkContentFiles({
  root,
  contentDir,
  publicDir = 'public',
  today = danishToday(),
  publishedAddresses = [],
}: CheckOptions): CheckResult {
  const problems: ContentProblem[] = [];
  // The headings' ids of each body, by file: where a link's #fragment may point.
  const bodyHeadings = new Map<string, string[]>();
  const warnings: string[] = [];
  const shown = (path: string) => `${contentDir}/${path}`.split('\\').join('/');
  const entries: Entry[] = [];
  const links: InternalLink[] = [];
  // Files that exist but could not be read still have their address: a syntax error is not a deleted page.
  const unreadable: { collection: string; id: string }[] = [];

  for (const spec of COLLECTIONS) {
    if ('file' in spec) {
      const file = shown(spec.file);
      const full = join(root, contentDir, spec.file);
      if (!existsSync(full)) {
        problems.push({ file, message: 'mangler. Filen skal findes, også selv om listen er tom ([]).' });
        continue;
      }
      const parsed = parseJson(file, readFileSync(full, 'utf8'));
      if (!parsed.ok) {
        problems.push(parsed.problem);
        continue;
      }
      const list = parsed.value.data;
      if (!Array.isArray(list)) {
        problems.push({ file, line: 1, message: 'skal være en liste: begynd med [ og slut med ].' });
        continue;
      }
      const seen = new Map<string, number>();
      list.forEach((item, i) => {
        const id =
          item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
            ? (item as { id: string }).id
            : undefined;
        const at = parsed.value.locate([i]);
        if (!id) {
          problems.push({
            file,
            ...at,
            field: `[nr. ${i + 1}].id`,
            message: 'mangler. Hvert punkt i listen skal have et "id".',
          });
          return;
        }
        const first = seen.get(id);
        if (first !== undefined) {
          problems.push({
            file,
            ...at,
            entry: id,
            field: 'id',
            message: `står to gange i listen (nr. ${first + 1} og nr. ${i + 1}). Hvert id må kun stå én gang.`,
          });
          return;
        }
        seen.set(id, i);
        entries.push({
          collection: spec.name,
          id,
          file,
          listed: true,
          data: item as Record<string, unknown>,
          parsed: parsed.value,
          prefix: [i],
        });
      });
      continue;
    }
    const dir = join(root, contentDir, spec.folder);
    const byId = new Map<string, string>();
    for (const name of listFiles(dir)) {
      const file = shown(`${spec.folder}/${name}`);
      const ext = extname(name).toLowerCase();
      if (name.toLowerCase() === 'readme.md') continue;
      if (!spec.extensions.includes(ext)) {
        problems.push({
          file,
          message: `har en filtype, der ikke bruges her. Filerne i ${shown(spec.folder)}/ skal ende på ${spec.extensions.join(' eller ')}.`,
        });
        continue;
      }
      if (!FILE_NAME.test(name)) {
        problems.push({
          file,
          message: `har et filnavn, der ikke kan bruges som adresse. Brug små bogstaver a–z, tal og bindestreger, uden æ, ø, å og mellemrum: omdøb filen til ${suggestFileName(name)}.`,
        });
        continue;
      }
      const id = basename(name, extname(name));
      const other = byId.get(id);
      if (other) {
        problems.push({
          file,
          message: `har samme navn som ${other} (kun filtypen er forskellig), så de ville få samme adresse. Slet den ene, eller omdøb den.`,
        });
        continue;
      }
      byId.set(id, file);
      const text = readFileSync(join(dir, name), 'utf8');
      const listEntry = (value: ParsedData) =>
        entries.push({
          collection: spec.name,
          id,
          file,
          listed: false,
          data: (value.data ?? {}) as Record<string, unknown>,
          parsed: value,
          prefix: [],
        });
      if (ext === '.md' || ext === '.mdx') {
        const parsed = parseFrontmatter(file, text);
        if (!parsed.ok) {
          problems.push(parsed.problem);
          unreadable.push({ collection: spec.name, id });
          continue;
        }
        // The body is checked even when the fields are not, so one build shows both kinds of mistake.
        const body = checkBody(file, parsed.value.body, parsed.value.bodyLine, ext === '.mdx');
        problems.push(...body.problems);
        problems.push(...checkBodyCharacters(file, parsed.value.body, parsed.value.bodyLine));
        for (const voice of voiceProblemsInBody(parsed.value.body, parsed.value.bodyLine))
          problems.push({ file, ...voice });
        links.push(...body.links);
        bodyHeadings.set(file, body.headings);
        listEntry(parsed.value);
      } else {
        const parsed = readData(file, text);
        if (!parsed.ok) {
          problems.push(parsed.problem);
          unreadable.push({ collection: spec.name, id });
          continue;
        }
        listEntry(parsed.value);
      }
    }
  }

  // Schema, values and numbers, entry by entry.
  const valid = new Map<Entry, unknown>();
  for (const entry of entries) {
    const spec = COLLECTIONS.find((c) => c.name === entry.collection)!;
    const at = (path: (string | number)[]) => entry.parsed.locate([...entry.prefix, ...path]);
    const named = (problem: ContentProblem): ContentProblem =>
      entry.listed ? { ...problem, entry: entry.id } : problem;
    const result = spec.schema.safeParse(entry.data, keepCustomMessages);
    if (result.success) valid.set(entry, result.data);
    else {
      for (const issue of result.error.issues) {
        for (const problem of problemsFromIssues(entry.file, [issue], entry.data)) {
          // Content paths are keys and list positions; Zod's symbol keys never occur in parsed JSON, YAML or frontmatter.
          const issuePath = issue.path as (string | number)[];
          const path = issue.code === 'unrecognized_keys' ? [...issuePath, issue.keys[0] ?? ''] : issuePath;
          problems.push(named({ ...problem, ...at(path) }));
        }
      }
    }
    for (const { path, value } of stringsIn(entry.data)) {
      const problem = textValueProblem(value) ?? voiceProblem(value);
      if (problem)
        problems.push(
          named({ file: entry.file, ...at(path), field: formatNamedPath(path, entry.data), message: problem }),
        );
    }
  }
  // Values a schema takes but that cannot be right: impossible dates, the future, units, long titles, invisible characters.
  problems.push(
    ...checkPlausible(
      entries.map((e) => ({ ...e, locate: (path: (string | number)[]) => e.parsed.locate([...e.prefix, ...path]) })),
      today,
    ),
  );
  // Uploads and public/: only types that cannot run on the site.
  problems.push(
    ...checkUploads({
      publicDir: resolve(root, publicDir),
      photoDir: join(root, contentDir, 'billeder'),
      shownPublic: publicDir,
      shownPhotos: shown('billeder'),
    }),
  );
  // Numbers as written: a slip of the thousands separator, in every JSON and YAML file.
  const parsedFiles = new Map<ParsedData, { file: string; data: unknown }>();
  for (const entry of entries)
    if (!parsedFiles.has(entry.parsed))
      parsedFiles.set(entry.parsed, { file: entry.file, data: entry.listed ? entry.parsed.data : entry.data });
  for (const [parsed, { file, data }] of parsedFiles) {
    for (const n of parsed.numbers) {
      const problem = thousandsSlip(n);
      if (!problem) continue;
      const listed = Array.isArray(data) && typeof n.path[0] === 'number';
      const item = listed ? (data as Record<string, unknown>[])[n.path[0] as number] : undefined;
      const path = listed ? n.path.slice(1) : n.path;
      problems.push({
        file,
        ...n.position,
        ...(item && typeof item.id === 'string' ? { entry: item.id } : {}),
        field: formatNamedPath(path, item ?? data),
        message: problem,
      });
    }
  }
  // Implausible jumps from one year to the next, per indicator.
  for (const entry of entries.filter((e) => e.collection === 'indikatorer')) {
    const measurements = (Array.isArray(entry.data.maalinger) ? entry.data.maalinger : []) as Record<string, unknown>[];
    const indexed = measurements
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => typeof m?.aar === 'number' && typeof m?.vaerdi === 'number')
      .sort((a, b) => (a.m.aar as number) - (b.m.aar as number));
    if (entry.data.enhed === '% ift. basisår') continue;
    for (let k = 1; k < indexed.length; k += 1) {
      const { m, i } = indexed[k]!;
      if (m.kontrolleret === true) continue;
      // A thousands-separator slip is reported as such, not also as a jump.
      const raw = (j: number) =>
        entry.parsed.numbers.find((n) => n.path.join('/') === [...entry.prefix, 'maalinger', j, 'vaerdi'].join('/'));
      const slipped = (j: number) => Boolean(raw(j) && thousandsSlip(raw(j)!));
      if (slipped(i) || slipped(indexed[k - 1]!.i)) continue;
      const prev = indexed[k - 1]!.m;
      const problem = implausibleJump(
        { year: prev.aar as number, value: prev.vaerdi as number },
        { year: m.aar as number, value: m.vaerdi as number },
      );
      if (problem) {
        const path = ['maalinger', i, 'vaerdi'];
        problems.push({
          file: entry.file,
          entry: entry.id,
          ...entry.parsed.locate([...entry.prefix, ...path]),
          field: formatNamedPath(path, entry.data),
          message: problem,
        });
      }
    }
  }
  // Titles are unique within a collection: two entries with the same title look like one in every list.
  for (const spec of COLLECTIONS) {
    const seen = new Map<string, Entry>();
    for (const entry of entries.filter((e) => e.collection === spec.name)) {
      const title = typeof entry.data.titel === 'string' ? entry.data.titel.trim().toLocaleLowerCase('da') : undefined;
      if (!title) continue;
      const first = seen.get(title);
      if (first) {
        problems.push({
          file: entry.file,
          ...entry.parsed.locate([...entry.prefix, 'titel']),
          ...(entry.listed ? { entry: entry.id } : {}),
          field: 'titel',
          message: `er "${String(entry.data.titel)}", som også er titlen i ${first.listed ? `${first.file} (id "${first.id}")` : first.file}. To sider med samme titel kan ikke skelnes: giv dem hver sin titel.`,
        });
      } else seen.set(title, entry);
    }
  }

  // Case photos: the file must be there; a large original is made smaller by the build, a huge one is refused.
  for (const entry of entries.filter((e) => e.collection === 'cases')) {
    const photo = (entry.data.billede as { fil?: unknown } | undefined)?.fil;
    if (typeof photo !== 'string' || !IMAGE_PATH.test(photo)) continue;
    const full = join(root, contentDir, imagePathInContent(photo));
    const place = { file: entry.file, ...entry.parsed.locate(['billede', 'fil']), field: 'billede.fil' };
    if (!existsSync(full)) {
      problems.push({
        ...place,
        message: `er "${photo}", men der er ingen fil ${shown(photo)}. Læg billedet dér, eller ret navnet.`,
      });
      continue;
    }
    const size = statSync(full).size;
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
    if (size > IMAGE_MAX_BYTES) {
      problems.push({
        ...place,
        message: `er ${mb(size)}; grænsen er ${mb(IMAGE_MAX_BYTES)}. Gem billedet i en mindre udgave (fx 2000 punkter bredt), og prøv igen.`,
      });
    } else if (size > IMAGE_WARN_BYTES) {
      warnings.push(
        `${entry.file}: billedet ${shown(photo)} er ${mb(size)}. Det bliver gjort mindre på sitet, men gem gerne en mindre udgave (under ${mb(IMAGE_WARN_BYTES)}).`,
      );
    }
  }

  // Addresses: today's pages, the registry of every address ever published, and the redirects.
  const ids = (collection: string) => [
    ...entries.filter((e) => e.collection === collection).map((e) => e.id),
    ...unreadable.filter((u) => u.collection === collection).map((u) => u.id),
  ];
  const staticPages = walkRoutes(join(root, 'src/pages')).flatMap((f) => staticPageAddress(f) ?? []);
  const agreementUnits = [
    // An agreement for a unit that is not in the list is reported by the cross-check; its address stays the file's.
    ...entries
      .filter((e) => e.collection === 'aftaler')
      .map((e) => (typeof e.data.enhed === 'string' && ids('enheder').includes(e.data.enhed) ? e.data.enhed : e.id)),
    ...unreadable.filter((u) => u.collection === 'aftaler').map((u) => u.id),
  ];
  const addresses = pageAddresses({
    staticPages,
    trackIds: ids('spor'),
    agreementUnitIds: agreementUnits,
    caseIds: ids('cases'),
  });
  const registryFile = shown(ADDRESS_REGISTRY);
  const redirectsFile = shown(REDIRECTS_FILE);
  let registry: string[] = [];
  let redirects: PageRedirect[] = [];
  const registryPath = join(root, contentDir, ADDRESS_REGISTRY);
  if (existsSync(registryPath)) {
    const parsed = parseJson(registryFile, readFileSync(registryPath, 'utf8'));
    if (!parsed.ok) problems.push(parsed.problem);
    else if (!Array.isArray(parsed.value.data) || parsed.value.data.some((a) => typeof a !== 'string')) {
      problems.push({
        file: registryFile,
        line: 1,
        message: 'skal være en liste af adresser, fx ["/", "/cases/"]. Kør npm run adresser for at skrive den igen.',
      });
    } else registry = parsed.value.data as string[];
  }
  const redirectsPath = join(root, contentDir, REDIRECTS_FILE);
  let redirectLine: (i: number) => number | undefined = () => undefined;
  if (existsSync(redirectsPath)) {
    const parsed = parseJson(redirectsFile, readFileSync(redirectsPath, 'utf8'));
    if (!parsed.ok) problems.push(parsed.problem);
    else {
      redirects = readRedirects(parsed.value.data);
      redirectLine = (i) => parsed.value.locate([i])?.line;
    }
  }
  registry = [...new Set([...registry, ...publishedAddresses])].sort();
  const addressCheck = checkAddresses({
    current: addresses,
    registry,
    redirects,
    registryFile,
    redirectsFile,
    redirectLine,
  });
  const addressProblems: ContentProblem[] = [...addressCheck.problems];

  // Internal links in bodies must lead somewhere, and a #fragment to a place the page has.
  const files = fileAddresses(resolve(root, publicDir), entries);
  const linkable = new Set([...addresses, ...redirects.map((r) => r.from), ...files]);
  const pageOf = new Map(entries.map((e) => [e.file, entryAddress(e, ids('enheder'))]));
  const headingsAt = new Map<string, string[]>();
  for (const [file, headings] of bodyHeadings) {
    const address = pageOf.get(file);
    if (address) headingsAt.set(address, [...(headingsAt.get(address) ?? []), ...headings]);
  }
  const templates = templateIds(join(root, 'src'));
  const entryIds = new Set(entries.map((e) => e.id));
  for (const link of links) {
    const hash = link.path.indexOf('#');
    const fragment = hash >= 0 ? safeDecode(link.path.slice(hash + 1)) : '';
    const path = link.path.startsWith('#')
      ? (pageOf.get(link.file) ?? '')
      : safeDecode(link.path.replace(/[?#].*$/, ''), decodeURI);
    if (fragment && path && linkable.has(path) && !files.includes(path)) {
      const target = redirects.find((r) => r.from === path)?.to ?? path;
      if (!fragmentExists(fragment, headingsAt.get(target) ?? [], templates, entryIds)) {
        const headings = headingsAt.get(target) ?? [];
        addressProblems.push({
          file: link.file,
          line: link.line,
          column: link.column,
          message:
            `har et link til ${link.path}, men ${link.path.startsWith('#') ? 'siden' : target} har intet afsnit med id'et "${fragment}". ` +
            (headings.length
              ? `Afsnittene i teksten har id'erne ${headings.map((h) => `#${h}`).join(', ')}: brug et af dem, eller slet #${fragment}.`
              : `Slet #${fragment}, eller link til en overskrift, der findes (id'et er overskriften med små bogstaver og bindestreger).`),
        });
      }
    }
    if (!path || linkable.has(path)) continue;
    const withSlash = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
    const hint =
      withSlash !== path && linkable.has(withSlash)
        ? ` Skriv ${withSlash} (med / til sidst).`
        : ' Tjek adressen på sitet, og ret linket.';
    addressProblems.push({
      file: link.file,
      line: link.line,
      column: link.column,
      message: `har et link til ${link.path}, som ikke findes på sitet.${hint}`,
    });
  }

  // Cross-references, once every file is right by itself (else an unreadable list would show as missing ids too).
  const referenceProblems: ContentProblem[] = [];
  if (!problems.length && valid.size === entries.length && !unreadable.length) {
    const validEntries = entries.map((e) => ({ collection: e.collection, id: e.id, file: e.file, data: valid.get(e) }));
    referenceProblems.push(...checkCrossReferences(validEntries, shown(collectionPaths.kortkoder.file)));
    for (const entry of entries.filter((e) => e.collection === 'materialer')) {
      const file = (valid.get(entry) as { file?: string } | undefined)?.file;
      if (file && !files.includes(file))
        referenceProblems.push({
          file: entry.file,
          ...entry.parsed.locate(['fil']),
          field: 'fil',
          message: `er "${file}", men den fil findes ikke. Læg filen i ${publicDir}${file}, eller brug en plakat, en datafil eller /dokumenter/strategien.pdf.`,
        });
    }
  }

  // The editors' guide: every file and address it shows as an example exists. A stale example is told, not
  // refused: renaming a case the guide happens to name is a right change, and must publish.
  const guidePath = join(root, contentDir, GUIDE_FILE);
  if (existsSync(guidePath)) {
    warnings.push(
      ...guideProblems(
        shown(GUIDE_FILE),
        readFileSync(guidePath, 'utf8'),
        (path) => existsSync(join(root, contentDir, path)) || existsSync(join(root, path)),
        (address) => linkable.has(address),
      ).map(formatProblem),
      ...guideMessageProblems(shown(GUIDE_FILE), readFileSync(guidePath, 'utf8'), (path) => {
        const target = join(root, contentDir, path);
        return existsSync(target) && statSync(target).isFile()
          ? readFileSync(target, 'utf8').split('\n').length
          : undefined;
      }).map(formatProblem),
    );
  }

  const key = (p: ContentProblem) =>
    `${p.file}\u0000${String(p.line ?? 0).padStart(6, '0')}\u0000${p.entry ?? ''}\u0000${p.field ?? ''}\u0000${p.message}`;
  const sorted = (list: ContentProblem[]) =>
    [...new Map(list.map((p) => [key(p), p])).values()].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    problems: sorted(problems),
    addressProblems: sorted(addressProblems),
    referenceProblems: sorted(referenceProblems),
    warnings,
    addresses,
    newAddresses: addressCheck.added,
    keptAddresses: [...new Set([...registry, ...addresses])].sort(),
    redirects,
    entries: entries.flatMap((e) =>
      valid.has(e)
        ? [{ collection: e.collection as keyof typeof collectionPaths, id: e.id, file: e.file, data: valid.get(e) }]
        : [],
    ),
  };
}

/** A URL part decoded, or as written when it is not valid percent-encoding. */
function safeDecode(part: string, decode: (s: string) => string = decodeURIComponent): string {
  try {
    return decode(part);
  } catch {
    return part;
  }
}

/** The page an entry with a body is shown on, or undefined. */
function entryAddress(entry: Entry, unitIds: string[]): string | undefined {
  if (entry.collection === 'sider') return entry.id === 'forside' ? '/' : `/${entry.id}/`;
  if (entry.collection === 'cases') return `/cases/${entry.id}/`;
  if (entry.collection === 'spor') return `/spor/${entry.id}/`;
  if (entry.collection === 'aftaler') {
    const unit =
      typeof entry.data.enhed === 'string' && unitIds.includes(entry.data.enhed) ? entry.data.enhed : entry.id;
    return `/aftaler/${unit}/`;
  }
  return undefined;
}

/** Files the site serves besides pages, that a body may link to: public/, charts, data, documents, feeds. */
function fileAddresses(publicDir: string, entries: Entry[]): string[] {
  const publicFiles = walkRoutes(publicDir).map(
    (f) => `/${relative(publicDir, join(publicDir, f)).split('\\').join('/')}`,
  );
  const indicators = entries.filter((e) => e.collection === 'indikatorer').map((e) => e.id);
  const codes = entries.filter((e) => e.collection === 'kortkoder').map((e) => e.id);
  return [
    ...publicFiles,
    ...indicators.flatMap((id) => [`/grafer/${id}.svg`, `/grafer/${id}-smal.svg`, `/data/${id}.csv`]),
    ...codes.flatMap((code) => [
      `/k/${code}/`,
      `/plakater/${code}/`,
      `/plakater/${code}-a4.pdf`,
      `/plakater/${code}-a3.pdf`,
      `/qr/${code}.svg`,
    ]),
    '/dokumenter/strategien.pdf',
    '/cases/rss.xml',
    '/deling.png',
    '/sitemap-index.xml',
    // The browser editor (src/integrations/admin.ts) and the published addresses (src/integrations/content-check.ts).
    '/admin/',
    '/adresser.json',
  ];
}
