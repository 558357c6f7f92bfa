/**
 * File widgets take only what the build publishes. The upload's `accept` (from the schema, src/lib/cms/config.ts)
 * only narrows the browser's file dialog, which can still be set to "all files", and dropping a file ignores it:
 * a file of another type, chosen or dropped, is refused here with a Danish message before Sveltia reads it.
 */

/** Whether a file matches an `accept` list such as ".pdf,.png,image/webp". */
export function accepts(accept: string, file: { name: string; type: string }): boolean {
  const name = file.name.toLowerCase();
  return accept
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean)
    .some((a) =>
      a.startsWith('.') ? name.endsWith(a) : a.endsWith('/*') ? file.type.startsWith(a.slice(0, -1)) : file.type === a,
    );
}

function refuse(near: Element, names: string[], accept: string) {
  const types = accept
    .split(',')
    .filter((a) => a.startsWith('.'))
    .map((a) => a.slice(1).toUpperCase())
    .join(', ');
  const text = `${names.join(', ')} kan ikke bruges her: sitet udgiver kun filer af typen ${types}. Vælg en anden fil.`;
  const box = near.closest('[role="dialog"]') ?? document.body;
  let message = box.querySelector<HTMLElement>('.rm-refused-file');
  if (!message) {
    message = document.createElement('p');
    message.className = 'rm-refused-file';
    message.setAttribute('role', 'alert');
    message.style.cssText = 'color:#b00020;margin:.5rem 1rem;font-size:.875rem';
    box.prepend(message);
  }
  message.textContent = text;
}

function acceptOf(target: Element | null): { input: HTMLInputElement; accept: string } | undefined {
  const input =
    target instanceof HTMLInputElement && target.type === 'file'
      ? target
      : target?.closest('[role="dialog"]')?.querySelector<HTMLInputElement>('input[type="file"][accept]');
  const accept = input?.getAttribute('accept');
  return input && accept ? { input, accept } : undefined;
}

export function acceptedFilesOnly(root: Window = window) {
  root.addEventListener(
    'change',
    (event) => {
      const found = acceptOf(event.target as Element);
      if (!found || event.target !== found.input) return;
      const wrong = [...(found.input.files ?? [])].filter((f) => !accepts(found.accept, f));
      if (!wrong.length) return;
      event.stopImmediatePropagation();
      found.input.value = '';
      refuse(
        found.input,
        wrong.map((f) => f.name),
        found.accept,
      );
    },
    true,
  );
  root.addEventListener(
    'drop',
    (event) => {
      const found = acceptOf(event.target as Element);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (!found || !files.length) return;
      const wrong = files.filter((f) => !accepts(found.accept, f));
      if (!wrong.length) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      refuse(
        found.input,
        wrong.map((f) => f.name),
        found.accept,
      );
    },
    true,
  );
}
