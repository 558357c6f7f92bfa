/**
 * Short links for posters: `/k/<code>/` leads to the page that carries the code. The code lives in the page's
 * own content, so renaming the page never breaks it. Every code must also stand in the registry of issued
 * codes, `content/data/kortkoder.json`; a registered code that no page carries any more must say where it
 * leads instead, so a printed QR code never goes dead.
 */
import { ContentError, type ContentProblem } from '../errors';
import type { Entry } from '../content/strategy';
import type { IssuedCodeData } from '../../schemas/agreement';

/** A page's claim on a code, from its content. */
export interface CodeClaim {
  code: string;
  file: string;
  /** The page's address, e.g. `/aftaler/psykiatrien/`. */
  path: string;
  title: string;
}

export interface ShortLink {
  code: string;
  path: string;
  title: string;
  /** True when no page carries the code any more and it leads to its registered fallback. */
  retired: boolean;
}

/** The address of a text page: `forside` is `/`, every other page `/<id>/`. */
export const pagePath = (id: string) => (id === 'forside' ? '/' : `/${id}/`);

/**
 * Every page's claim on a short code, from the content: each track, each agreement, and each text page that has
 * a code. The data layer and the content check both read the claims from here.
 */
export function pageCodeClaims(input: {
  tracks: Entry<{ shortCode: string; title: string }>[];
  agreements: Entry<{ shortCode: string; unitId: string }>[];
  pages: Entry<{ shortCode?: string; title: string }>[];
  units: { id: string; name: string }[];
}): CodeClaim[] {
  const unitName = new Map(input.units.map((u) => [u.id, u.name]));
  return [
    ...input.tracks.map((t) => ({ code: t.data.shortCode, file: t.file, path: `/spor/${t.id}/`, title: t.data.title })),
    ...input.agreements.map((a) => ({
      code: a.data.shortCode,
      file: a.file,
      path: `/aftaler/${a.data.unitId}/`,
      title: `Bæredygtighedsaftalen for ${unitName.get(a.data.unitId) ?? a.data.unitId}`,
    })),
    ...input.pages
      .filter((p) => p.data.shortCode)
      .map((p) => ({ code: p.data.shortCode!, file: p.file, path: pagePath(p.id), title: p.data.title })),
  ];
}

export function assembleShortLinks(
  claims: CodeClaim[],
  issued: Entry<IssuedCodeData>[],
  registryFile: string,
): ShortLink[] {
  const problems: ContentProblem[] = [];
  const byCode = new Map<string, CodeClaim>();
  for (const claim of claims) {
    const other = byCode.get(claim.code);
    if (other) {
      problems.push({
        file: claim.file,
        field: 'kortkode',
        message: `er "${claim.code}", som ${other.file} også bruger. En kode må kun bruges ét sted; giv en af dem en ny kode.`,
      });
    } else byCode.set(claim.code, claim);
  }
  const registered = new Map(issued.map((c) => [c.id, c]));
  for (const claim of byCode.values()) {
    if (!registered.has(claim.code)) {
      problems.push({
        file: claim.file,
        field: 'kortkode',
        message: `er "${claim.code}", som ikke står i ${registryFile}. Tilføj { "id": "${claim.code}" } dér, så koden er beskyttet, når den er trykt.`,
      });
    }
  }
  const links: ShortLink[] = [];
  for (const code of [...issued].sort((a, b) => a.id.localeCompare(b.id))) {
    const claim = byCode.get(code.id);
    if (claim && code.data.fallback) {
      problems.push({
        file: code.file,
        entry: code.id,
        field: 'til',
        message: `skal fjernes: koden bruges af ${claim.file}, og "til" gælder kun koder, som ingen side har længere.`,
      });
    } else if (claim) links.push({ code: code.id, path: claim.path, title: claim.title, retired: false });
    else if (code.data.fallback)
      links.push({ code: code.id, path: code.data.fallback, title: code.data.fallback, retired: true });
    else {
      problems.push({
        file: code.file,
        entry: code.id,
        message: `Ingen side har koden længere, men den kan være trykt på en plakat. Giv en side koden igen, eller skriv "til": "/adresse/", hvor koden skal føre hen.`,
      });
    }
  }
  if (problems.length) throw new ContentError(problems);
  return links;
}
