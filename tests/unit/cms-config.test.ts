/**
 * The browser editor's configuration is generated from the schemas and the content, by the build
 * (dist/admin/config.yml): what it offers, how it checks, and that it follows the content it is built with.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  backendFromEnv,
  cmsConfigYaml,
  fieldsOf,
  gitOrigins,
  readCmsOptions,
  unitsHint,
  withBackend,
} from '../../src/lib/cms/config';
import { caseSchema } from '../../src/schemas/case';
import { materialSchema } from '../../src/schemas/material';
import { PAGES } from '../../src/schemas/strategy';
import { z } from 'astro/zod';
import { tracks, units } from '../helpers/site-content';

const generated = cmsConfigYaml(readCmsOptions('content'));

type Field = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  fields?: Field[];
  options?: { value: string }[];
  pattern?: string[];
} & Record<string, unknown>;
const config = parse(generated) as { collections: (Field & { files?: Field[] })[]; backend: Record<string, unknown> };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: Field[], path: string): Field =>
  path
    .split('.')
    .reduce<Field>((found, name) => (found.fields ?? []).find((f) => f.name === name)!, { fields } as Field);

test('the select lists follow the content it is built with: a new unit is offered at once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cms-config-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  const file = join(dir, 'content', 'data', 'enheder.json');
  const list = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  list.push({ ...list[0], id: 'ny-enhed', navn: 'En ny enhed', nummer: list.length + 1 });
  writeFileSync(file, JSON.stringify(list));
  const units = readCmsOptions(join(dir, 'content')).units;
  expect(units.at(-1)).toEqual({ label: 'En ny enhed', value: 'ny-enhed' });
  expect(units).toHaveLength(list.length);
});

test('the list of units says who refers to each unit, named by file, so an editor does not delete one in use', () => {
  const hint = unitsHint(
    [
      { label: 'Enhed A', value: 'a' },
      { label: 'Enhed B', value: 'b' },
      { label: 'Enhed C', value: 'c' },
    ],
    { a: ['aftaler/a.md', 'cases/x.mdx'], c: ['cases/y.mdx'] },
  );
  expect(hint).toBe(
    'Slet ikke en enhed, som andre filer henviser til: så stopper bygningen. Ret eller slet henvisningerne først. ' +
      'Henvisninger, da editoren sidst blev bygget: Enhed A: aftaler/a.md, cases/x.mdx; Enhed C: cases/y.mdx. ' +
      'Ingen filer henviser til: Enhed B.',
  );

  // From the content: a case that names a unit (twice) is listed once under it, and the hint is in the form.
  const dir = mkdtempSync(join(tmpdir(), 'cms-config-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  const unit = units[0]!;
  writeFileSync(
    join(dir, 'content', 'cases', 'henviser-til-enheden.mdx'),
    `---\ntitel: En case\nenheder: [${unit.id}, ${unit.id}]\n---\n\nTekst.\n`,
  );
  const options = readCmsOptions(join(dir, 'content'));
  const refs = options.unitReferences![unit.id]!;
  expect(refs.filter((f) => f === 'cases/henviser-til-enheden.mdx')).toHaveLength(1);
  for (const file of readdirSync(join(dir, 'content', 'aftaler'))) {
    const text = readFileSync(join(dir, 'content', 'aftaler', file), 'utf8');
    expect(refs.includes(`aftaler/${file}`), file).toBe(new RegExp(`^enhed: ${unit.id}$`, 'm').test(text));
  }
  const list = (parse(cmsConfigYaml(options)) as { collections: (Field & { files?: Field[] })[] }).collections
    .find((c) => c.name === 'enheder')!
    .files!.find((f) => f.name === 'enheder')!.fields![0]!;
  expect(list.hint).toBe(unitsHint(options.units, options.unitReferences!));
  expect(list.hint).toContain(`${unit.data.name}: ${refs.join(', ')}`);
});

describe('the generated configuration', () => {
  test('every collection an editor touches is there', () => {
    expect(config.collections.map((c) => c.name)).toEqual([
      'cases',
      'aftaler',
      'indikatorer',
      'maal',
      'spor',
      'materialer',
      'enheder',
      'adresser',
      'sider',
      'strategi',
    ]);
    const files = config.collections.flatMap((c) => (c.files ?? []).map((f) => f.file));
    expect(files).toEqual(
      expect.arrayContaining([
        'content/data/indikatorer.json',
        'content/data/enheder.json',
        'content/data/kortkoder.json',
        'content/data/omdirigeringer.json',
      ]),
    );
  });

  test("saves go through the editorial workflow, with the preview from the merge request's environment", () => {
    expect((parse(generated) as Record<string, unknown>).publish_mode).toBe('editorial_workflow');
    expect(config.backend.preview_context).toBe('preview');
    // Gitea has no editorial workflow in Sveltia: saves commit directly there.
    const gitea = parse(cmsConfigYaml(readCmsOptions('content'), backendFromEnv({ CMS_BACKEND: 'gitea' })));
    expect(gitea.publish_mode).toBeUndefined();
  });

  test('redirects are edited as a list of old and new addresses, checked as the build checks them', () => {
    const list = collection('adresser').files![0]!.fields![0]!;
    expect(list).toMatchObject({ widget: 'list', root: true });
    const pattern = new RegExp(field(list.fields!, 'fra').pattern![0]!);
    expect(pattern.test('/cases/gammelt-navn/')).toBe(true);
    for (const wrong of ['cases/x/', '/cases/x', 'https://rm.dk/', '/Cases/æ/'])
      expect(pattern.test(wrong), wrong).toBe(false);
    expect(field(list.fields!, 'til').pattern).toEqual(field(list.fields!, 'fra').pattern);
  });

  test('file widgets accept exactly the types the build publishes', () => {
    const image = field(collection('cases').fields!, 'billede.fil');
    expect(
      String(image.accept)
        .split(',')
        .filter((a) => a.startsWith('.')),
    ).toEqual(['.jpg', '.jpeg', '.png', '.webp']);
    const material = field(collection('materialer').fields!, 'fil');
    const types = String(material.accept)
      .split(',')
      .map((a) => a.slice(1));
    expect(types.sort()).toEqual(['csv', 'docx', 'pdf', 'png', 'pptx', 'svg', 'xlsx']);
    for (const type of types)
      expect(
        materialSchema.safeParse({ titel: 'T', beskrivelse: 'B', type: 'data', fil: `/materialer/x.${type}` }).success,
        type,
      ).toBe(true);
    expect(
      materialSchema.safeParse({ titel: 'T', beskrivelse: 'B', type: 'data', fil: '/materialer/x.html' }).success,
    ).toBe(false);
  });

  test('only bodies that are published are offered: cases and text pages, not agreements', () => {
    expect(field(collection('cases').fields!, 'body').widget).toBe('markdown');
    expect(field(collection('aftaler').fields!, 'body')).toBeUndefined();
  });

  test("a text page is offered a body exactly when its route renders the page's body", () => {
    // The routes as written: which page each loads (getPage('id') or <TextPage pageId="id">) and whether it renders
    // the body there (TextPage does, as does a route that renders `.Content`).
    const routes = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.astro'))
      .map((file) => readFileSync(join('src/pages', file), 'utf8'));
    expect(readFileSync('src/layouts/TextPage.astro', 'utf8')).toMatch(/<page\.Content\b/);
    const rendersBody = new Map<string, boolean>();
    for (const source of routes) {
      for (const [, id] of source.matchAll(/getPage\('([a-z0-9-]+)'\)/g))
        rendersBody.set(id!, rendersBody.get(id!) || /\.Content\b/.test(source));
      for (const [, id] of source.matchAll(/<TextPage\b[^>]*\bpageId="([a-z0-9-]+)"/g)) rendersBody.set(id!, true);
    }
    expect(rendersBody.size).toBeGreaterThan(1);
    expect(rendersBody.get('forside')).toBe(false);
    const pages = collection('sider').files!;
    // Every page a route shows is in the editor, and no page that no route shows.
    expect(pages.map((page) => page.name).sort()).toEqual([...rendersBody.keys()].sort());
    for (const page of pages) {
      expect(page.file).toBe(`content/sider/${page.name}.mdx`);
      expect(Boolean(field(page.fields!, 'body')), `${page.name}: body`).toBe(rendersBody.get(page.name));
      expect(PAGES[page.name as keyof typeof PAGES].body, page.name).toBe(rendersBody.get(page.name));
    }
  });

  test('labels and hints are the Danish texts of the schemas', () => {
    const titel = field(collection('cases').fields!, 'titel');
    expect(titel).toMatchObject({ label: 'Titel', widget: 'string', hint: 'Casens overskrift.' });
    expect(field(collection('cases').fields!, 'billede.alt').label).toBe('Alternativ tekst');
  });

  test('a long title is confirmed with the checkbox "Lang titel" wherever an entry has a title', () => {
    const lists = (name: string) => collection(name).files!.map((file) => file.fields![0]!.fields!);
    const entries = [
      ...['cases', 'materialer', 'maal', 'spor'].map((name) => collection(name).fields!),
      ...collection('sider').files!.map((file) => file.fields!),
      ...lists('indikatorer'),
      ...lists('strategi').filter((fields) => fields.some((f) => f.name === 'titel')),
    ];
    expect(entries.length).toBeGreaterThan(5);
    for (const fields of entries)
      expect(field(fields, 'langTitel')).toMatchObject({ widget: 'boolean', label: 'Lang titel', required: false });
  });

  test('required fields, lengths, patterns and number rules come from the schema', () => {
    const cases = collection('cases').fields!;
    expect(field(cases, 'titel').required).toBeUndefined();
    expect(field(cases, 'aar')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 1990,
      max: 2100,
      required: false,
    });
    expect(field(cases, 'beskrivelse')).toMatchObject({ minlength: 50, maxlength: 170 });
    expect(field(cases, 'kilder.url').pattern).toEqual([
      '^https:\\/\\/[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?::\\d+)?(?:[/?#]\\S*)?$',
      'Skriv en fuld adresse, der begynder med https://.',
    ]);
    expect(field(cases, 'kilder')).toMatchObject({ widget: 'list', min: 1 });
    const agreement = collection('aftaler').fields!;
    expect(field(agreement, 'kortkode').pattern?.[0]).toBe('^[a-z0-9]{2,16}$');
    expect(field(agreement, 'kontakt.email').pattern?.[1]).toBe('Skriv en gyldig e-mailadresse, fx navn@rm.dk.');
  });

  test('select lists for tracks and units come from the content', () => {
    const spor = field(collection('cases').fields!, 'spor');
    expect(spor).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    const byOrder = [...tracks].sort((a, b) => a.data.order - b.data.order);
    expect(spor.options!.map((o) => o.value)).toEqual(byOrder.map((t) => t.id));
    expect(field(collection('aftaler').fields!, 'enhed').options).toHaveLength(units.length);
    expect(field(collection('aftaler').fields!, 'indsatser').fields!.map((f) => f.name)).toEqual(
      spor.options!.map((o) => o.value),
    );
  });

  test('a measurement is added under its indicator in the one JSON list file', () => {
    const list = collection('indikatorer').files![0]!.fields![0]!;
    expect(list).toMatchObject({ widget: 'list', root: true });
    expect(field(list.fields!, 'maalinger.aar')).toMatchObject({ widget: 'number', value_type: 'int', min: 1990 });
    expect(field(list.fields!, 'maalinger.vaerdi')).toMatchObject({ widget: 'number', value_type: 'float' });
  });

  test('photos upload to content/billeder, where the image pipeline reads them', () => {
    expect(collection('cases')).toMatchObject({ media_folder: '/content/billeder', public_folder: 'billeder' });
    expect(field(collection('cases').fields!, 'billede.fil').widget).toBe('image');
  });

  test('a field without a Danish label stops the generator', () => {
    expect(() => fieldsOf(z.object({ x: z.string() }))).toThrow(/x: feltet har ingen .describe/);
    expect(() => fieldsOf(caseSchema)).toThrow(/periode: ZodUnion/);
    expect(() => fieldsOf(z.object({ k: z.string().describe('Kode\n/k/<kode>/') }))).toThrow(/k: skriv et eksempel/);
    expect(() => fieldsOf(z.object({ l: z.array(z.string().describe('P')).describe('Liste') }))).toThrow(
      /l: en liste uden .min\(\)/,
    );
  });
});

describe('the git host setting', () => {
  test('defaults to GitLab with the PKCE login, and takes a self-managed host', () => {
    expect(config.backend).toMatchObject({ name: 'gitlab', base_url: 'https://gitlab.com', auth_type: 'pkce' });
    const own = backendFromEnv({
      CMS_GIT_HOST: 'https://git.rm.dk/',
      CMS_REPO: 'web/baeredygtighed',
      CMS_APP_ID: 'abc',
    });
    expect(gitOrigins(own)).toEqual(['https://git.rm.dk']);
    expect(parse(withBackend(generated, own)).backend).toMatchObject({
      base_url: 'https://git.rm.dk',
      api_root: 'https://git.rm.dk/api/v4',
      repo: 'web/baeredygtighed',
      app_id: 'abc',
    });
    expect(gitOrigins(backendFromEnv({ CMS_BACKEND: 'github' }))).toEqual([
      'https://github.com',
      'https://api.github.com',
    ]);
  });

  test('a host with a path is refused in Danish', () => {
    expect(() => backendFromEnv({ CMS_GIT_HOST: 'https://gitlab.com/rm' })).toThrow(
      'CMS_GIT_HOST er "https://gitlab.com/rm"',
    );
  });
});
