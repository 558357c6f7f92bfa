/**
 * Text written in the browser editor's Markdown field, made into what an MDX body may hold. In MDX `{` and `}` are
 * code and `<` opens a tag, so `{`, `<5 t` or `<b>` typed as text would stop the build. They are escaped (`\{`,
 * `\}`, `\<`), which MDX shows as the characters themselves; the content components (`<Faktaboks>`, `<Citat>`),
 * code spans and code blocks stay as written, and what is escaped already is not escaped twice.
 */

/** The collections whose bodies are MDX (content/cases/*.mdx, content/sider/*.mdx). */
export const MDX_COLLECTIONS = ['cases', 'sider'] as const;

/** The components a body may use (src/components/content/). */
export const CONTENT_COMPONENTS = ['Faktaboks', 'Citat'] as const;

const CODE = /(```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]+`)/;

export function escapeForMdx(text: string, components: readonly string[] = CONTENT_COMPONENTS): string {
  const component = new RegExp(`^</?(?:${components.join('|')})(?=[\\s/>])`);
  return text
    .split(CODE)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = '';
      for (let k = 0; k < part.length; k += 1) {
        const ch = part[k]!;
        const escaped = k > 0 && part[k - 1] === '\\' && (k < 2 || part[k - 2] !== '\\');
        if ((ch === '{' || ch === '}') && !escaped) out += `\\${ch}`;
        else if (ch === '<' && !escaped && !component.test(part.slice(k))) out += '\\<';
        else out += ch;
      }
      return out;
    })
    .join('');
}
