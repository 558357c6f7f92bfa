/**
 * Page addresses that never die. Every address the site has published is kept in a committed registry
 * (`content/data/adresser.json`, updated by `npm run adresser`); an address that disappears must get a redirect
 * in `content/data/omdirigeringer.json`, which the build turns into a static redirect page and a `_redirects` line.
 */
import type { ContentProblem } from '../errors';

/** One page redirect: the old address and where it now lives. Consumed by `_redirects` and the redirect pages. */
export interface PageRedirect {
  from: string;
  to: string;
}

/** What the site's page addresses are made from, read from the content. */
export interface AddressSources {
  /** Pages that are not made from content: `/`, `/soeg/`, … */
  staticPages: string[];
  trackIds: string[];
  agreementUnitIds: string[];
  caseIds: string[];
}

/**
 * Every HTML page the site publishes (short links and poster print views have their own registry). The case lists'
 * first pages are registered; their further pages (`…/side/2/`) come and go with the number of cases.
 */
export function pageAddresses(s: AddressSources): string[] {
  return [
    ...new Set([...s.staticPages, '/cases/']),
    ...s.trackIds.flatMap((id) => [`/spor/${id}/`, `/cases/spor/${id}/`]),
    ...s.agreementUnitIds.flatMap((id) => [`/aftaler/${id}/`, `/cases/enhed/${id}/`]),
    ...s.caseIds.map((id) => `/cases/${id}/`),
  ].sort();
}

/** `index.astro` → `/`, `soeg.astro` → `/soeg/`, `cases/index.astro` → `/cases/`; routes with [params] are left out. */
export function staticPageAddress(routeFile: string): string | undefined {
  if (routeFile.includes('[') || !routeFile.endsWith('.astro')) return undefined;
  const path = routeFile.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  if (path === '404') return undefined;
  return path ? `/${path}/` : '/';
}

/** Reads the redirects file's entries ({ "fra": …, "til": … }) into plain redirects. */
export function readRedirects(raw: unknown): PageRedirect[] {
  return Array.isArray(raw)
    ? raw
        .filter((r): r is { fra: string; til: string } => typeof r?.fra === 'string' && typeof r?.til === 'string')
        .map((r) => ({ from: r.fra, to: r.til }))
    : [];
}

/**
 * Compares the registry with today's addresses: a registered address that is gone needs a redirect; a redirect
 * must come from a gone address and lead to a live one. New addresses are returned for the registry.
 */
export function checkAddresses(input: {
  current: string[];
  registry: string[];
  redirects: PageRedirect[];
  registryFile: string;
  redirectsFile: string;
  /** Where each redirect is written, for the message. */
  redirectLine?: (index: number) => number | undefined;
}): { problems: ContentProblem[]; added: string[] } {
  const current = new Set(input.current);
  const registered = new Set(input.registry);
  const redirected = new Map(input.redirects.map((r) => [r.from, r.to]));
  const problems: ContentProblem[] = [];
  // Pages new since the registry was written: a renamed page's new address is among them.
  const added = input.current.filter((a) => !registered.has(a));
  for (const address of input.registry) {
    if (current.has(address) || redirected.has(address)) continue;
    problems.push({
      file: input.registryFile,
      message:
        `Adressen ${address} er udgivet før, men findes ikke længere (er en fil omdøbt eller slettet?). Links og bogmærker ` +
        `til den ville give "Siden findes ikke". Tilføj en omdirigering i ${input.redirectsFile}, fx ` +
        `{ "fra": "${address}", "til": "${suggestRedirect(address, input.current, added)}" }.`,
    });
  }
  input.redirects.forEach((r, i) => {
    const place = { file: input.redirectsFile, line: input.redirectLine?.(i) };
    if (!/^\/(?:[a-z0-9-]+\/)*$/.test(r.from) || !/^\/(?:[a-z0-9-]+\/)*$/.test(r.to)) {
      problems.push({
        ...place,
        field: `[nr. ${i + 1}]`,
        message: 'skal have "fra" og "til" som adresser på sitet, der begynder og slutter med /, fx "/cases/ny-case/".',
      });
    } else if (current.has(r.from)) {
      problems.push({
        ...place,
        field: `[nr. ${i + 1}].fra`,
        message: `er ${r.from}, som er en side på sitet. En omdirigering må kun komme fra en adresse, der ikke findes længere.`,
      });
    } else if (!current.has(r.to)) {
      problems.push({
        ...place,
        field: `[nr. ${i + 1}].til`,
        message: `er ${r.to}, som ikke findes på sitet. Skriv adressen på den side, læseren skal videre til.`,
      });
    }
  });
  return { problems, added };
}

/**
 * Where a gone address should lead, by what it was, not by how it is spelt: a page of the same kind that is new
 * since the address was registered (a renamed file: `/cases/gammel/` → the one new case), else the list the page
 * stood in (`/cases/`, `/spor/`, `/aftaler/`; a track's or unit's case list → `/cases/`), else the front page.
 * Several new pages of the kind: the one whose name shares most words with the gone one, if any does.
 */
export function suggestRedirect(gone: string, current: string[], added: string[] = []): string {
  const live = new Set(current);
  const folder = gone.replace(/[^/]+\/$/, '');
  const depth = (a: string) => a.split('/').length;
  const words = (a: string) => new Set(a.replace(/\/$/, '').split('/').pop()!.split('-'));
  const sameKind = added.filter((a) => a !== gone && a.startsWith(folder) && depth(a) === depth(gone) && a !== folder);
  if (sameKind.length === 1) return sameKind[0]!;
  const shared = (a: string) => [...words(a)].filter((w) => words(gone).has(w)).length;
  const best = [...sameKind].sort((a, b) => shared(b) - shared(a) || a.localeCompare(b))[0];
  if (best && shared(best) > 0) return best;
  // The list the page stood in: its folder, or the folder above it.
  for (let list = folder; list.length > 1; list = list.replace(/[^/]+\/$/, '')) if (live.has(list)) return list;
  return '/';
}
