/**
 * The browser editor's configuration (Sveltia CMS, Decap-compatible), generated from the Zod schemas in
 * `src/schemas/`: labels and hints from each field's `.describe()` (first line the label, the rest the hint),
 * required fields, patterns, lengths, min/max, and select lists for tracks, units, targets and focal points
 * taken from the content itself. The build writes it to `dist/admin/config.yml` (src/integrations/admin.ts) from
 * the content it builds, so there is no generated file to keep in step with the content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify, parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { caseSchema } from '../../schemas/case';
import { agreementSchema, issuedCodeSchema, organisationSchema } from '../../schemas/agreement';
import { indicatorSchema } from '../../schemas/indicator';
import { materialSchema } from '../../schemas/material';
import { targetSchema } from '../../schemas/target';
import { trackSchema } from '../../schemas/track';
import {
  circularPrincipleSchema,
  focalPointSchema,
  instrumentSchema,
  PAGES,
  pageSchema,
  visionSchema,
} from '../../schemas/strategy';

export interface Option {
  label: string;
  value: string;
}

/** The select lists, read from the content: what an editor may choose between. */
export interface CmsOptions {
  tracks: Option[];
  units: Option[];
  targets: Option[];
  focalPoints: Option[];
  /** The text pages (PAGES), labelled with their titles from `content/sider/`. */
  pages: Option[];
  /** Per unit id, the content files that refer to it (its agreement, the cases that name it), as `aftaler/x.md`. */
  unitReferences?: Record<string, string[]>;
}

/**
 * The hint under the list of units: who refers to each unit in the content the editor was built from. Sveltia has
 * no hook before a delete, so this is where an editor about to delete a unit reads what still points to it (the
 * build refuses a reference to a unit that is gone, in Danish, naming the file).
 */
export function unitsHint(units: Option[], references: Record<string, string[]>): string {
  const referred = units
    .filter((u) => references[u.value]?.length)
    .map((u) => `${u.label}: ${references[u.value]!.join(', ')}`);
  const unreferred = units.filter((u) => !references[u.value]?.length).map((u) => u.label);
  return [
    'Slet ikke en enhed, som andre filer henviser til: så stopper bygningen. Ret eller slet henvisningerne først.',
    referred.length ? `Henvisninger, da editoren sidst blev bygget: ${referred.join('; ')}.` : '',
    unreferred.length ? `Ingen filer henviser til: ${unreferred.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The settings of the git host the editor saves to (README, "Settings"). */
export interface CmsBackend {
  /** `gitlab`, `github` or `gitea`. */
  name: string;
  /** `owner/name` of the repository. */
  repo: string;
  branch: string;
  /** The git host, e.g. `https://gitlab.com` or a self-managed GitLab. */
  baseUrl: string;
  /** The OAuth application id for the PKCE login (GitLab, Gitea/Forgejo). */
  appId: string;
}

export const DEFAULT_BACKEND: CmsBackend = {
  name: 'gitlab',
  repo: 'region-midtjylland/baeredygtighed',
  branch: 'main',
  baseUrl: 'https://gitlab.com',
  // Stands in until the OAuth application on the git host exists: the login then fails on the host, visibly.
  appId: 'CMS_APP_ID-er-ikke-sat',
};

/** The backend from the settings `CMS_BACKEND`, `CMS_REPO`, `CMS_BRANCH`, `CMS_GIT_HOST`, `CMS_APP_ID`. */
export function backendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  const name = env.CMS_BACKEND || DEFAULT_BACKEND.name;
  const defaultHost = name === 'github' ? 'https://github.com' : DEFAULT_BACKEND.baseUrl;
  const baseUrl = (env.CMS_GIT_HOST || defaultHost).replace(/\/+$/, '');
  if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(baseUrl)) {
    throw new Error(`CMS_GIT_HOST er "${baseUrl}", men skal være en adresse som https://gitlab.com, uden sti.`);
  }
  return {
    name,
    repo: env.CMS_REPO || DEFAULT_BACKEND.repo,
    branch: env.CMS_BRANCH || DEFAULT_BACKEND.branch,
    baseUrl,
    appId: env.CMS_APP_ID || DEFAULT_BACKEND.appId,
  };
}

/** The origins the admin talks to: the git host, and GitHub's API host for GitHub. */
export function gitOrigins(backend: CmsBackend): string[] {
  if (backend.name === 'github' && backend.baseUrl === 'https://github.com')
    return ['https://github.com', 'https://api.github.com'];
  return [backend.baseUrl];
}

export function backendConfig(backend: CmsBackend): Record<string, unknown> {
  const config: Record<string, unknown> = { name: backend.name, repo: backend.repo, branch: backend.branch };
  if (backend.name === 'github') {
    if (backend.baseUrl !== 'https://github.com') config.api_root = `${backend.baseUrl}/api/v3`;
  } else {
    config.base_url = backend.baseUrl;
    if (backend.name === 'gitlab') config.api_root = `${backend.baseUrl}/api/v4`;
    if (backend.name === 'gitea') config.api_root = `${backend.baseUrl}/api/v1`;
    config.auth_type = 'pkce';
    config.app_id = backend.appId;
  }
  // The merge request's preview: the GitLab environment (or GitHub commit status) the preview job makes, whose
  // address the editor shows as the entry's preview link (.gitlab-ci.yml, job "preview").
  if (backend.name !== 'gitea') config.preview_context = 'preview';
  config.commit_messages = {
    create: 'Ny {{collection}}: {{slug}} (redigeret i browseren)',
    update: 'Ret {{collection}}: {{slug}} (redigeret i browseren)',
    delete: 'Slet {{collection}}: {{slug}} (redigeret i browseren)',
    uploadMedia: 'Upload {{path}} (redigeret i browseren)',
    deleteMedia: 'Slet {{path}} (redigeret i browseren)',
  };
  return config;
}

// ---------------------------------------------------------------------------------------------------------------
// From a Zod schema to fields

type Field = Record<string, unknown>;

/** What a collection adds to what its schema says: select lists, special widgets, fields left to the files. */
interface FieldRules {
  /** Field path (`spor`, `billede.fil`, `maalinger.maal`) → a select list from the content. */
  selects?: Record<string, Option[]>;
  /** Field path → a field that replaces what the schema would give (for unions and records). */
  override?: Record<string, Field>;
  /** Fields an editor does not edit in the browser: kept as they are in the file when an entry is saved. */
  skip?: string[];
  /** Fields that are long texts (a text area rather than a line). */
  multiline?: string[];
}

const LONG_TEXTS = new Set([
  'resume',
  'beskrivelse',
  'tekst',
  'intro',
  'kort',
  'note',
  'metodeNote',
  'rolle',
  'indledning',
]);

interface Unwrapped {
  schema: z.ZodType;
  required: boolean;
  defaultValue?: unknown;
  description?: string;
}

/** Through transforms (Zod 4 pipes), optional and default wrappers, to the schema that says what a value is. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  let description = schema.description;
  for (;;) {
    description ??= current.description;
    if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else if (current instanceof z.ZodOptional) {
      required = false;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodDefault) {
      required = false;
      defaultValue = current.def.defaultValue;
      current = current.unwrap() as z.ZodType;
    } else break;
  }
  return { schema: current, required, defaultValue, description };
}

/** A check of a string, number or array, as Zod 4 keeps it (`minimum`, `maximum`, `pattern`, its own message). */
interface CheckDef {
  check: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  pattern?: RegExp;
  error?: (issue: never) => unknown;
}

function checksOf(schema: z.ZodType): CheckDef[] {
  const checks = (schema.def.checks ?? []).map((check) => (check as unknown as { _zod: { def: CheckDef } })._zod.def);
  // A format schema (`z.email()`) is its own check.
  return schema instanceof z.ZodStringFormat ? [schema.def as unknown as CheckDef, ...checks] : checks;
}

/** The message a check was given in the schema (`.regex(re, "…")`), if any. */
function messageOf(check: CheckDef): string | undefined {
  const message = check.error?.(undefined as never);
  return typeof message === 'string' ? message : undefined;
}

function labelOf(description: string | undefined, path: string): { label: string; hint?: string } {
  if (!description) throw new Error(`${path}: feltet har ingen .describe() med en dansk etiket`);
  // The editor drops anything in angle brackets from labels and hints: write an example instead of "<id>".
  if (/[<>]/.test(description)) throw new Error(`${path}: skriv et eksempel i stedet for <…> i .describe()`);
  const [label, ...hint] = description.split('\n');
  return { label: label!, hint: hint.length ? hint.join(' ') : undefined };
}

/** A string's rules: length, pattern (with the schema's own Danish message), URL and email. */
function stringRules(schema: z.ZodString | z.ZodStringFormat): Field {
  const field: Field = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' && check.minimum! > 1) field.minlength = check.minimum;
    if (check.check === 'max_length') field.maxlength = check.maximum;
    if (check.check !== 'string_format') continue;
    if (check.format === 'regex')
      field.pattern = [check.pattern!.source, messageOf(check) ?? 'Værdien har ikke den rigtige form.'];
    if (check.format === 'url')
      field.pattern = ['^https?://[^\\s]+$', messageOf(check) ?? 'Skriv en fuld adresse, der begynder med https://.'];
    if (check.format === 'email')
      field.pattern = ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', messageOf(check) ?? 'Skriv en gyldig e-mailadresse.'];
  }
  return field;
}

function numberRules(schema: z.ZodNumber): Field {
  const field: Field = { value_type: 'float' };
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format' && /int/.test(check.format ?? '')) field.value_type = 'int';
    if (check.check === 'greater_than') field.min = check.value;
    if (check.check === 'less_than') field.max = check.value;
  }
  return field;
}

/** The field for one value, without name and label. */
function widgetFor(
  schema: z.ZodType,
  path: string,
  name: string,
  rules: FieldRules,
  optional = false,
): Field | undefined {
  const select = rules.selects?.[path];
  if (schema instanceof z.ZodArray) {
    const item = unwrap(schema.element as z.ZodType);
    const min = checksOf(schema).find((check) => check.check === 'min_length')?.minimum;
    const list: Field = {};
    if (select) return { widget: 'select', multiple: true, options: select, ...(min ? { min } : {}) };
    if (item.schema instanceof z.ZodObject) {
      Object.assign(list, { widget: 'list', fields: objectFields(item.schema, path, rules) });
    } else {
      const inner = widgetFor(item.schema, path, name, rules);
      if (!inner) return undefined;
      Object.assign(list, { widget: 'list', field: { name: 'punkt', label: 'Punkt', ...inner } });
    }
    if (min) list.min = min;
    // The editor reads a required list as "at least one item"; a list that may be empty needs a default in the schema.
    else if (!optional)
      throw new Error(`${path}: en liste uden .min() skal have .default([]) i skemaet, så den må være tom`);
    return list;
  }
  if (select) return { widget: 'select', options: select };
  if (schema instanceof z.ZodString || schema instanceof z.ZodStringFormat) {
    const multiline = LONG_TEXTS.has(name) || rules.multiline?.includes(path);
    return { widget: multiline ? 'text' : 'string', ...stringRules(schema) };
  }
  if (schema instanceof z.ZodNumber) return { widget: 'number', ...numberRules(schema) };
  if (schema instanceof z.ZodBoolean) return { widget: 'boolean' };
  if (schema instanceof z.ZodEnum) return { widget: 'select', options: schema.options.map(String) };
  if (schema instanceof z.ZodObject) return { widget: 'object', fields: objectFields(schema, path, rules) };
  // Unions and records need a rule of their own (`override`); without one the field stays in the file.
  throw new Error(
    `${path}: ${schema.constructor.name} kan ikke vises i editoren; giv feltet en regel (override eller skip)`,
  );
}

function objectFields(schema: z.ZodObject<z.ZodRawShape>, prefix: string, rules: FieldRules): Field[] {
  return Object.entries(schema.shape).flatMap(([name, value]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    if (rules.skip?.includes(path)) return [];
    const { schema: inner, required, defaultValue, description } = unwrap(value as z.ZodType);
    const { label, hint } = labelOf(description, path);
    const widget = rules.override?.[path] ?? widgetFor(inner, path, name, rules, !required);
    if (!widget) return [];
    const field: Field = { name, label, ...widget };
    if (!required) field.required = false;
    if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0))
      field.default = defaultValue;
    if (hint) field.hint = hint;
    return [field];
  });
}

/** The fields of an entry, from its schema (the object inside any refine/transform). */
export function fieldsOf(schema: z.ZodType, rules: FieldRules = {}): Field[] {
  const { schema: inner } = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) throw new Error('a collection schema must be an object');
  return objectFields(inner, '', rules);
}

// ---------------------------------------------------------------------------------------------------------------
// The collections

const BODY: Field = {
  name: 'body',
  label: 'Tekst',
  widget: 'markdown',
  hint: 'Selve teksten i almindelig Markdown: overskrifter, afsnit, lister og links. Ingen kode.',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: [],
  modes: ['rich_text', 'raw'],
};

/** The photo types the image pipeline takes (IMAGE_PATH in src/schemas/case.ts). */
export const IMAGE_ACCEPT = '.jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp';
/** The file types a material may have (the pattern of "fil" in src/schemas/material.ts). */
export const MATERIAL_ACCEPT = '.pdf,.csv,.svg,.png,.pptx,.docx,.xlsx';
/** An address on the site, as the redirects file takes it (src/lib/hosting/addresses.ts). */
const ADDRESS_FIELD: Field = {
  widget: 'string',
  pattern: ['^/(?:[a-z0-9-]+/)*$', 'Skriv en adresse på sitet, der begynder og slutter med /, fx /cases/ny-case/.'],
};

/** A list file (`content/data/*.json`, `content/strategi/*.json`): one entry holding the whole list. */
function listFile(
  name: string,
  label: string,
  file: string,
  schema: z.ZodType,
  summary: string,
  rules: FieldRules = {},
  hint?: string,
): Field {
  return {
    name,
    label,
    file,
    fields: [
      {
        name: 'liste',
        label,
        widget: 'list',
        root: true,
        summary,
        ...(hint ? { hint } : {}),
        fields: fieldsOf(schema, rules),
      },
    ],
  };
}

export function cmsCollections(options: CmsOptions): Field[] {
  const selectTracks = options.tracks;
  const units = options.units;
  const measures = unwrap(agreementSchema).schema as z.ZodObject<z.ZodRawShape>;
  const measureList = measures.shape.indsatser as z.ZodRecord;
  const measureItem = unwrap((measureList.valueType as z.ZodArray<z.ZodType>).element).schema;
  return [
    {
      name: 'cases',
      label: 'Cases',
      label_singular: 'Case',
      description: 'Gode eksempler fra de fem spor. Filnavnet bliver adressen, fx /cases/den-cirkulaere-legeplads/.',
      folder: 'content/cases',
      extension: 'mdx',
      format: 'frontmatter',
      create: true,
      delete: true,
      slug: '{{titel}}',
      identifier_field: 'titel',
      summary: '{{titel}}',
      sortable_fields: ['titel', 'aar'],
      // The entry's own page in the merge request's preview (the link the editor shows).
      preview_path: 'cases/{{slug}}/',
      // Photos go where Astro's image pipeline reads them (content/billeder/), written "billeder/x.jpg".
      media_folder: '/content/billeder',
      public_folder: 'billeder',
      fields: [
        ...fieldsOf(caseSchema, {
          selects: { spor: selectTracks, enheder: units },
          override: {
            periode: { widget: 'string' },
            'billede.fil': { widget: 'image', choose_url: false, accept: IMAGE_ACCEPT },
            // A day, written as the schema reads it: 2026-11-26. (The CMS's date picker stops the fields after it
            // from drawing in this version, so a checked text field takes the date.)
            udgivet: {
              widget: 'string',
              pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'Skriv datoen som år-måned-dag, fx 2026-11-26.'],
            },
          },
        }),
        BODY,
      ],
    },
    {
      name: 'aftaler',
      label: 'Bæredygtighedsaftaler',
      label_singular: 'Aftale',
      description: 'Én aftale pr. enhed, fx /aftaler/psykiatrien/.',
      folder: 'content/aftaler',
      extension: 'md',
      format: 'frontmatter',
      create: true,
      delete: false,
      slug: '{{enhed}}',
      preview_path: 'aftaler/{{enhed}}/',
      identifier_field: 'enhed',
      summary: '{{enhed}}',
      fields: [
        ...fieldsOf(agreementSchema, {
          selects: { enhed: units },
          override: {
            indsatser: {
              widget: 'object',
              fields: selectTracks.map((track) => ({
                name: track.value,
                label: track.label,
                widget: 'list',
                required: false,
                summary: '{{titel}}',
                fields: fieldsOf(measureItem),
              })),
            },
          },
        }),
        // No body: an agreement's page shows its fields only, so text written under them would never be published.
      ],
    },
    {
      name: 'indikatorer',
      label: 'Indikatorer og målinger',
      description: 'Næste års tal: åbn indikatoren, og tilføj en måling.',
      files: [
        listFile('indikatorer', 'Indikatorer', 'content/data/indikatorer.json', indicatorSchema, '{{titel}}', {
          selects: { maal: options.targets },
          override: {
            'maalinger.kilde': {
              widget: 'list',
              min: 1,
              field: {
                name: 'adresse',
                label: 'Adresse',
                widget: 'string',
                pattern: ['^https?://[^\\s]+$', 'Skriv kildens fulde adresse, der begynder med https://.'],
              },
            },
          },
        }),
      ],
    },
    {
      name: 'maal',
      label: 'Mål',
      label_singular: 'Mål',
      description: 'Strategiens målbare mål. Et nyt mål skal også stå under en ambition i sporets fil.',
      folder: 'content/maal',
      extension: 'json',
      format: 'json',
      create: false,
      delete: false,
      identifier_field: 'titel',
      summary: '{{titel}}',
      // "frist" is a year or "ikke angivet": the editor cannot offer both in one field, so it stays in the file.
      fields: fieldsOf(targetSchema, { selects: { spor: selectTracks }, skip: ['frist'] }),
    },
    {
      name: 'spor',
      label: 'Spor',
      label_singular: 'Spor',
      description: 'De fem spor. Ambitionernes punkter (tekst eller mål) rettes i filen; se content/README.md.',
      preview_path: 'spor/{{slug}}/',
      folder: 'content/spor',
      extension: 'md',
      format: 'frontmatter',
      create: false,
      delete: false,
      identifier_field: 'titel',
      summary: '{{titel}}',
      fields: fieldsOf(trackSchema, { selects: { omdrejningspunkt: options.focalPoints }, skip: ['ambitioner'] }),
    },
    {
      name: 'materialer',
      label: 'Materialer',
      label_singular: 'Materiale',
      description: 'Materialer til download. Format og størrelse regnes ud, når sitet bygges.',
      folder: 'content/materialer',
      extension: 'json',
      format: 'json',
      create: true,
      delete: true,
      slug: '{{titel}}',
      identifier_field: 'titel',
      summary: '{{titel}}',
      media_folder: '/public/materialer',
      public_folder: '/materialer',
      // The upload takes only the file types the build publishes (the schema's pattern on "fil").
      fields: fieldsOf(materialSchema, {
        override: { fil: { widget: 'file', choose_url: true, accept: MATERIAL_ACCEPT } },
      }),
    },
    {
      name: 'enheder',
      label: 'Enheder og kortkoder',
      description:
        'Enhederne med bæredygtighedsaftaler og de udstedte kortkoder. Før du sletter en enhed: nederst i listen over enheder står, hvilke filer der henviser til hver enhed.',
      files: [
        listFile(
          'enheder',
          'Enheder',
          'content/data/enheder.json',
          organisationSchema,
          '{{navn}}',
          {},
          unitsHint(units, options.unitReferences ?? {}),
        ),
        listFile('kortkoder', 'Kortkoder', 'content/data/kortkoder.json', issuedCodeSchema, '{{id}}'),
      ],
    },
    {
      name: 'adresser',
      label: 'Omdirigeringer',
      description:
        'Når en side har fået en ny adresse: den gamle adresse og den nye. Gamle links og trykte henvisninger virker så stadig.',
      files: [
        {
          name: 'omdirigeringer',
          label: 'Omdirigeringer',
          file: 'content/data/omdirigeringer.json',
          fields: [
            {
              name: 'liste',
              label: 'Omdirigeringer',
              widget: 'list',
              root: true,
              summary: '{{fra}} → {{til}}',
              fields: [
                { name: 'fra', label: 'Fra', hint: 'Den gamle adresse, fx /cases/gammelt-navn/.', ...ADDRESS_FIELD },
                { name: 'til', label: 'Til', hint: 'Den nye adresse, fx /cases/nyt-navn/.', ...ADDRESS_FIELD },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'sider',
      label: 'Tekstsider',
      description: 'Sidernes tekster. En side, der kun viser sine felter (som forsiden), har ingen tekst at skrive.',
      format: 'frontmatter',
      // One entry per page: a body only where the page's route publishes it (PAGES in src/schemas/strategy.ts).
      files: options.pages.map((page) => ({
        name: page.value,
        label: page.label,
        file: `content/sider/${page.value}.mdx`,
        fields: [
          ...fieldsOf(pageSchema),
          ...(PAGES[page.value as keyof typeof PAGES]?.body ? [{ ...BODY, required: false }] : []),
        ],
      })),
    },
    {
      name: 'strategi',
      label: 'Strategiens lister',
      description: 'Visionen, omdrejningspunkterne, cirkulær økonomi og redskaberne. Teksterne står ordret.',
      files: [
        listFile('vision', 'Visionen', 'content/strategi/vision.json', visionSchema, '{{overskrift}}'),
        listFile(
          'omdrejningspunkter',
          'Omdrejningspunkter',
          'content/strategi/omdrejningspunkter.json',
          focalPointSchema,
          '{{titel}}',
        ),
        listFile(
          'cirkulaer-oekonomi',
          'Cirkulær økonomi',
          'content/strategi/cirkulaer-oekonomi.json',
          circularPrincipleSchema,
          '{{titel}}',
        ),
        listFile('instrumenter', 'Redskaber', 'content/strategi/instrumenter.json', instrumentSchema, '{{titel}}'),
      ],
    },
  ];
}

/**
 * A save opens a merge request (pull request) instead of committing to the default branch: CI builds a preview of
 * it, and the editor's "Udgiv" merges it. Sveltia has the editorial workflow for GitLab and GitHub only.
 */
export function publishMode(backend: CmsBackend): Record<string, string> {
  return backend.name === 'gitea' ? {} : { publish_mode: 'editorial_workflow' };
}

/** The whole configuration file, as YAML. */
export function cmsConfigYaml(options: CmsOptions, backend: CmsBackend = DEFAULT_BACKEND): string {
  const config = {
    backend: backendConfig(backend),
    ...publishMode(backend),
    media_folder: 'content/billeder',
    public_folder: 'billeder',
    // Uploads go into the repository; the stock photo services (other sites) are switched off.
    media_libraries: {
      default: { config: { max_file_size: 5_000_000, slugify_filename: true } },
      stock_assets: { providers: [] },
    },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true, json: { indent_style: 'space', indent_size: 2 } },
    collections: cmsCollections(options),
  };
  const header = [
    '# Skrevet af bygningen (src/lib/cms/config.ts) ud fra skemaerne i src/schemas/ og indholdet, med "backend"',
    '# fra CMS_GIT_HOST, CMS_REPO m.fl. Ret ikke i filen: den skrives igen ved hver bygning.',
  ].join('\n');
  return `${header}\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/** Replaces the backend of a configuration file with the one from the settings (at build time). */
export function withBackend(configYaml: string, backend: CmsBackend): string {
  const config = parseYaml(configYaml) as Record<string, unknown>;
  config.backend = backendConfig(backend);
  delete config.publish_mode;
  Object.assign(config, publishMode(backend));
  return stringify(config, { lineWidth: 0, aliasDuplicateObjects: false });
}

// ---------------------------------------------------------------------------------------------------------------
// The select lists, from the content

function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  return (match ? parseYaml(match[1]!) : {}) as Record<string, unknown>;
}

export function readCmsOptions(contentDir = 'content'): CmsOptions {
  const ids = (folder: string, ext: RegExp) =>
    readdirSync(join(contentDir, folder))
      .filter((f) => ext.test(f))
      .sort();
  const tracks = ids('spor', /\.md$/)
    .map((f) => ({ f, data: frontmatter(join(contentDir, 'spor', f)) }))
    .sort((a, b) => Number(a.data.nummer) - Number(b.data.nummer))
    .map(({ f, data }) => ({ label: String(data.titel), value: f.replace(/\.md$/, '') }));
  const readList = (file: string) =>
    JSON.parse(readFileSync(join(contentDir, file), 'utf8')) as Record<string, unknown>[];
  const units = readList('data/enheder.json')
    .sort((a, b) => Number(a.nummer) - Number(b.nummer))
    .map((u) => ({ label: String(u.navn), value: String(u.id) }));
  const targets = ids('maal', /\.json$/).map((f) => ({
    label: String((JSON.parse(readFileSync(join(contentDir, 'maal', f), 'utf8')) as { titel: string }).titel),
    value: f.replace(/\.json$/, ''),
  }));
  const focalPoints = readList('strategi/omdrejningspunkter.json').map((p) => ({
    label: String(p.titel),
    value: String(p.id),
  }));
  // Every page the site has, in the order of PAGES; a page whose file is missing stops the build anyway (getPage).
  const pages = Object.keys(PAGES).map((id) => {
    const file = join(contentDir, 'sider', `${id}.mdx`);
    const title = existsSync(file) ? frontmatter(file).titel : undefined;
    return { label: typeof title === 'string' ? title : id, value: id };
  });
  // Who refers to each unit: an agreement by "enhed", a case by "enheder".
  const unitReferences: Record<string, string[]> = {};
  const refer = (unit: unknown, file: string) => {
    if (typeof unit === 'string') (unitReferences[unit] ??= []).push(file);
  };
  for (const f of ids('aftaler', /\.md$/)) refer(frontmatter(join(contentDir, 'aftaler', f)).enhed, `aftaler/${f}`);
  for (const f of ids('cases', /\.mdx$/)) {
    const named = frontmatter(join(contentDir, 'cases', f)).enheder;
    for (const unit of Array.isArray(named) ? new Set(named) : []) refer(unit, `cases/${f}`);
  }
  return { tracks, units, targets, focalPoints, pages, unitReferences };
}
