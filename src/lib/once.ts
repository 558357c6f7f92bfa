/** Memoised async work for one build: the first call computes, every later call gets the same promise. */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}

/** The same, once per key: `posterPdf('auh-a4')` is drawn once, however many pages ask for it. */
export function oncePerKey<T>(compute: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const results = new Map<string, Promise<T>>();
  return (key) => {
    let result = results.get(key);
    if (!result) results.set(key, (result = compute(key)));
    return result;
  };
}
