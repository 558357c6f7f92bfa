/**
 * Launches Debian's Chromium through playwright-core (Playwright cannot download its own browsers here).
 * `CHROMIUM_PATH` overrides the path. The flags keep Chromium from reaching for the network.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function chromiumPath() {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found)
    throw new Error('Chromium blev ikke fundet. Installér den (apt-get install -y chromium) eller sæt CHROMIUM_PATH.');
  return found;
}

/** @param {string[]} [extraArgs] arguments for this launch only, e.g. `--host-resolver-rules=…` */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...extraArgs,
    ],
  });
}
