import { describe, expect, test, vi } from 'vitest';
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createContentCheck, displayPath, problemFromReadError } from '../../src/lib/content/loaders';
import { ContentError } from '../../src/lib/errors';

const schema = z.object({ titel: z.string() }).strict();

/** A loader that hands the given entries to parseData, the way glob() does, and keeps its context. */
function fakeLoader(entries: { id: string; data: unknown }[], contexts: LoaderContext[] = []): Loader {
  return {
    name: 'fake',
    async load(context) {
      contexts.push(context);
      for (const entry of entries) {
        await new Promise((r) => setTimeout(r, 1));
        await context.parseData({
          id: entry.id,
          data: entry.data as Record<string, unknown>,
          filePath: `content/${entry.id}.md`,
        });
      }
    },
  };
}

function fakeContext(collection: string) {
  return {
    collection,
    parseData: vi.fn(async ({ data }: { data: unknown }) => data),
    store: { delete: vi.fn() },
  } as unknown as LoaderContext & { parseData: ReturnType<typeof vi.fn>; store: { delete: ReturnType<typeof vi.fn> } };
}

describe('createContentCheck', () => {
  test('a loader that waits for one that never loads stops with a clear message, not a hang', async () => {
    const { checkedLoader } = createContentCheck({ timeoutMs: 50 });
    const a = checkedLoader(fakeLoader([{ id: 'a', data: { titel: 'x' } }]), schema);
    checkedLoader(fakeLoader([]), schema); // registered, but Astro never loads it
    await expect(a.load(fakeContext('a'))).rejects.toThrow(/venter forgæves på 1 af 2 samlinger/);
  });

  test('reports the problems of every collection in one error, from the last loader to finish', async () => {
    const { checkedLoader } = createContentCheck();
    const a = checkedLoader(
      fakeLoader([
        { id: 'a-ok', data: { titel: 'x' } },
        { id: 'a-bad', data: { titel: 1 } },
      ]),
      schema,
    );
    const b = checkedLoader(
      fakeLoader([
        { id: 'b-bad', data: {} },
        { id: 'b-bad2', data: { titel: 'x', titl: 'y' } },
      ]),
      schema,
    );
    const ca = fakeContext('a');
    const cb = fakeContext('b');
    const results = await Promise.allSettled([a.load(ca), b.load(cb)]);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    const error = rejected[0]!.reason as ContentError;
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message.split('\n')).toEqual([
      '',
      'Der er 3 fejl i indholdet. Ret dem, og byg igen:',
      '  - content/a-bad.md: feltet "titel" er 1 (et tal), men skal være en tekst.',
      '  - content/b-bad.md: feltet "titel" mangler. Det skal være en tekst.',
      '  - content/b-bad2.md: feltet "titl" kendes ikke. Tjek stavningen, eller fjern feltet.',
    ]);
    // Valid entries go on to Astro's own parseData; invalid ones are never left in the store.
    expect(ca.parseData).toHaveBeenCalledTimes(1);
    expect(ca.store.delete).toHaveBeenCalledWith('a-bad');
    expect(cb.store.delete.mock.calls.map((c) => c[0])).toEqual(['b-bad', 'b-bad2']);
  });

  test('resolves for every loader when all content is valid, and can run again', async () => {
    const { checkedLoader } = createContentCheck();
    const a = checkedLoader(fakeLoader([{ id: 'a', data: { titel: 'x' } }]), schema);
    const b = checkedLoader(fakeLoader([{ id: 'b', data: { titel: 'y' } }]), schema);
    await expect(Promise.all([a.load(fakeContext('a')), b.load(fakeContext('b'))])).resolves.toBeDefined();
    await expect(Promise.all([a.load(fakeContext('a')), b.load(fakeContext('b'))])).resolves.toBeDefined();
  });

  test('after the first load, a bad file reported by the watcher fails at once', async () => {
    const { checkedLoader } = createContentCheck();
    const contexts: LoaderContext[] = [];
    const loader = checkedLoader(fakeLoader([{ id: 'ok', data: { titel: 'x' } }], contexts), schema);
    await loader.load(fakeContext('a'));
    await expect(
      contexts[0]!.parseData({ id: 'edited', data: { titel: 2 }, filePath: 'content/edited.md' }),
    ).rejects.toThrow('content/edited.md: feltet "titel" er 2 (et tal), men skal være en tekst.');
  });

  test("a file the loader cannot read becomes a Danish problem beside the other collections'", async () => {
    const { checkedLoader } = createContentCheck();
    const broken: Loader = {
      name: 'broken',
      load: async () => {
        throw Object.assign(
          new Error('**content/maal/x.json** failed to parse: Unexpected token } in JSON at position 20'),
          {
            name: 'DataCollectionEntryParseError',
            loc: { file: `${process.cwd()}/content/maal/x.json` },
          },
        );
      },
    };
    const results = await Promise.allSettled([
      checkedLoader(broken, schema).load(fakeContext('maal')),
      checkedLoader(fakeLoader([]), schema).load(fakeContext('b')),
    ]);
    const reasons = results
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .map((r) => String(r.reason.message));
    expect(reasons).toEqual([
      '\nDer er 1 fejl i indholdet. Ret dem, og byg igen:\n  - content/maal/x.json: er ikke gyldig JSON: Unexpected token } in JSON at position 20. Tjek kommaer (intet komma efter det sidste felt), anførselstegn og klammer.',
    ]);
  });
});

describe('problemFromReadError', () => {
  test('YAML mistakes in frontmatter', () => {
    const error = Object.assign(new Error('bad indentation of a mapping entry'), {
      name: 'MarkdownError',
      loc: { file: 'content/spor/x.md' },
    });
    expect(problemFromReadError(error, 'spor')).toEqual({
      file: 'content/spor/x.md',
      message:
        'har en fejl i felterne mellem --- og --- øverst i filen: bad indentation of a mapping entry. Tjek indrykningen, kolon efter hvert feltnavn, og sæt "anførselstegn" om en tekst, der selv indeholder kolon.',
    });
  });

  test('displayPath makes absolute paths relative to the project', () => {
    expect(displayPath(`${process.cwd()}/content/a.md`)).toBe('content/a.md');
    expect(displayPath('content/a.md')).toBe('content/a.md');
  });
});
