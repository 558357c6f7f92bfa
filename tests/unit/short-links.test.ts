import { describe, expect, test } from 'vitest';
import { assembleShortLinks, type CodeClaim } from '../../src/lib/hosting/short-links';
import { problems } from '../helpers/problems';

const claim = (code: string, file: string, path = `/${code}/`): CodeClaim => ({ code, file, path, title: code });
const issued = (id: string, fallback?: string) => ({
  id,
  file: 'content/data/kortkoder.json',
  data: { fallback, note: undefined },
});
const REGISTRY = 'content/data/kortkoder.json';

describe('assembleShortLinks', () => {
  test('each registered code leads to the page that carries it, or to its fallback once no page does', () => {
    const links = assembleShortLinks(
      [claim('auh', 'content/aftaler/auh.md', '/aftaler/aarhus-universitetshospital/')],
      [issued('auh'), issued('gammel', '/aftaler/')],
      REGISTRY,
    );
    expect(links).toEqual([
      { code: 'auh', path: '/aftaler/aarhus-universitetshospital/', title: 'auh', retired: false },
      { code: 'gammel', path: '/aftaler/', title: '/aftaler/', retired: true },
    ]);
  });

  test('two pages with the same code: the message names both files', () => {
    expect(
      problems(() =>
        assembleShortLinks(
          [claim('auh', 'content/aftaler/a.md'), claim('auh', 'content/aftaler/b.md')],
          [issued('auh')],
          REGISTRY,
        ),
      ),
    ).toEqual([
      'content/aftaler/b.md: feltet "kortkode" er "auh", som content/aftaler/a.md også bruger. En kode må kun bruges ét sted; giv en af dem en ny kode.',
    ]);
  });

  test('a code that is not registered', () => {
    expect(problems(() => assembleShortLinks([claim('ny', 'content/spor/x.md')], [], REGISTRY))).toEqual([
      'content/spor/x.md: feltet "kortkode" er "ny", som ikke står i content/data/kortkoder.json. Tilføj { "id": "ny" } dér, så koden er beskyttet, når den er trykt.',
    ]);
  });

  test('a printed code that no page carries any more, with nowhere to go, stops the build', () => {
    expect(problems(() => assembleShortLinks([], [issued('auh')], REGISTRY))).toEqual([
      'content/data/kortkoder.json (id "auh"): Ingen side har koden længere, men den kan være trykt på en plakat. Giv en side koden igen, eller skriv "til": "/adresse/", hvor koden skal føre hen.',
    ]);
  });

  test('a fallback on a code that a page still carries', () => {
    expect(
      problems(() =>
        assembleShortLinks([claim('auh', 'content/aftaler/a.md')], [issued('auh', '/aftaler/')], REGISTRY),
      ),
    ).toEqual([
      'content/data/kortkoder.json (id "auh"): feltet "til" skal fjernes: koden bruges af content/aftaler/a.md, og "til" gælder kun koder, som ingen side har længere.',
    ]);
  });
});
