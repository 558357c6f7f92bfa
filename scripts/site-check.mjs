/**
 * The checks of a built site that content can fail, in Danish: links that lead nowhere, the page budgets (what a
 * phone loads), and the published addresses (`/adresser.json`: every page in it, every address in it a page or a
 * redirect page). `npm run publish:check` runs them after the build; the dist tests check the same things and more.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { budgetViolations } from './weight.mjs';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * @param {string} distDir
 * @param {string} siteUrl the address the site was built for, e.g. https://baeredygtighed.rm.dk/
 * @returns {string[]} every problem, one Danish sentence each, naming the page
 */
export function siteProblems(distDir, siteUrl) {
  const site = new URL(siteUrl);
  const files = new Set(walk(distDir).map((f) => relative(distDir, f).split(sep).join('/')));
  const fileFor = (pathname) => {
    const clean = decodeURIComponent(pathname).replace(/^\//, '');
    const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
    return candidates.find((c) => files.has(c));
  };
  const pathOf = (file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const htmlFiles = [...files].filter((f) => f.endsWith('.html') && !f.startsWith('admin/')).sort();
  const roots = new Map(htmlFiles.map((f) => [f, parse(readFileSync(join(distDir, f), 'utf8'))]));
  const problems = [];

  for (const [file, root] of roots) {
    const path = pathOf(file);
    for (const a of root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href');
      let url;
      try {
        url = new URL(href, new URL(path, site));
      } catch {
        problems.push(`${path}: linket "${href}" er ikke en gyldig adresse. Ret linket i indholdet.`);
        continue;
      }
      if (url.origin !== site.origin) continue;
      const target = fileFor(url.pathname);
      if (!target) {
        problems.push(
          `${path}: linket til ${url.pathname} fører ikke til en side på sitet. Ret linket, eller tilføj en omdirigering.`,
        );
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      // "#/collections/…" is a route inside an application (the browser editor at /admin/), not an element.
      if (id && !id.startsWith('/') && target.endsWith('.html') && !roots.get(target)?.getElementById(id))
        problems.push(
          `${path}: linket til ${url.pathname}#${id} peger på et afsnit, der ikke findes på siden. Ret linket.`,
        );
    }
  }

  problems.push(...budgetViolations(distDir).map((v) => `${v}. Gør billedet eller teksten mindre.`));

  const listFile = join(distDir, 'adresser.json');
  if (!existsSync(listFile))
    problems.push('adresser.json mangler i det byggede site: bygningen skriver den selv. Byg igen.');
  else {
    const kept = new Set(JSON.parse(readFileSync(listFile, 'utf8')));
    for (const [file, root] of roots) {
      const path = pathOf(file);
      const special =
        path === '/404.html' ||
        /^\/(k|plakater)\/[^/]+\/$/.test(path) ||
        root.querySelector('meta[http-equiv="refresh"]');
      if (!special && !kept.has(path))
        problems.push(
          `${path}: siden mangler i adresser.json. Byg igen; står fejlen der stadig, så sig det til udviklerne.`,
        );
    }
    for (const address of kept)
      if (!fileFor(address))
        problems.push(
          `${address} er udgivet før, men findes ikke i det byggede site. Tilføj en omdirigering i content/data/omdirigeringer.json.`,
        );
  }
  return problems;
}
