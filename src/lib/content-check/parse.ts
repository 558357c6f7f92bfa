/**
 * Reads content files the way an editor wrote them, with positions: JSON (jsonc-parser, strict), the YAML
 * fields between `---` lines (yaml), and Markdown/MDX bodies (@mdx-js/mdx's parser). A syntax error becomes
 * one Danish problem with the line (and column) and the likely cause; nothing here throws.
 */
import { findNodeAtLocation, getNodePath, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { ContentProblem } from '../errors';

export type DataPath = (string | number)[];
export interface Position {
  line: number;
  column: number;
}

/** A number exactly as written in the file, e.g. `400.000`, where JSON and YAML read 400. */
export interface RawNumber {
  path: DataPath;
  raw: string;
  value: number;
  position: Position;
}

export interface ParsedData {
  data: unknown;
  /** Where a field is in the file; for a missing field, where its nearest parent is. */
  locate(path: DataPath): Position | undefined;
  numbers: RawNumber[];
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: ContentProblem };

/** Line and column (both from 1) of an offset in a text. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === '\n') {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function lineText(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}

const TYPOGRAPHIC_QUOTES = /[“”„«»‘’‚]/;

/** The likely cause of a JSON syntax error, in Danish, and where to point. */
function jsonCause(text: string, error: ParseError): { offset: number; message: string } {
  const at = error.offset;
  let before = at - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before -= 1;
  const prev = text[before];
  const next = text[at];
  const around = text.slice(Math.max(0, at - 12), at + 12);
  if (prev === ',' && (next === ']' || next === '}')) {
    return { offset: before, message: 'Der er et komma efter det sidste punkt i en liste eller gruppe. Slet kommaet.' };
  }
  if (next === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) {
    return { offset: at, message: 'JSON kan ikke have kommentarer. Slet kommentaren.' };
  }
  if (TYPOGRAPHIC_QUOTES.test(text.slice(at, at + Math.max(1, error.length)))) {
    return {
      offset: at,
      message: 'Der er typografiske anførselstegn (” eller “), fx fra Word. Skriv almindelige " i stedet.',
    };
  }
  if (next === "'")
    return { offset: at, message: 'Tekster og feltnavne skal stå i dobbelte anførselstegn ("), ikke enkelte (\').' };
  if (/\d\.\d{3}\.\d/.test(around) || (/^\.\d/.test(text.slice(at)) && /\d$/.test(text.slice(0, at)))) {
    return {
      offset: at,
      message: 'Et tal har punktum som tusindtalsseparator. Skriv tallet uden punktum, fx 20000000.',
    };
  }
  if (error.error === 3 && /\d,\d/.test(text.slice(Math.max(0, before - 1), at + 1))) {
    return { offset: at, message: 'Et tal har komma som decimaltegn. Skriv decimaler med punktum, fx 12.5.' };
  }
  switch (error.error) {
    case 6: // CommaExpected
      return { offset: at, message: 'Der mangler et komma mellem to punkter eller felter (før dette sted).' };
    case 3: // PropertyNameExpected
      return { offset: at, message: 'Her skulle stå et feltnavn i anførselstegn, fx "titel".' };
    case 5: // ColonExpected
      return { offset: at, message: 'Der mangler et kolon (:) efter feltnavnet.' };
    case 7: // CloseBraceExpected
      return { offset: at, message: 'En gruppe af felter lukkes ikke: der mangler en }.' };
    case 8: // CloseBracketExpected
      return { offset: at, message: 'En liste lukkes ikke: der mangler en ].' };
    case 9: // EndOfFileExpected
      return { offset: at, message: 'Der står noget efter det sidste } eller ]. Slet det, eller tjek klammerne.' };
    case 12: // UnexpectedEndOfString
      return { offset: at, message: 'En tekst slutter ikke: der mangler et " til sidst.' };
    case 1: // InvalidSymbol
      if (/[,.]\d/.test(text.slice(at - 1, at + 2))) {
        return {
          offset: at,
          message:
            'Et tal er skrevet forkert. Skriv det uden punktum og mellemrum, med punktum som decimaltegn, fx 12.5.',
        };
      }
      return { offset: at, message: 'Her står et tegn, JSON ikke forstår. Tekster skal stå i "anførselstegn".' };
    default:
      return { offset: at, message: 'Tjek kommaer (intet komma efter det sidste punkt), anførselstegn og klammer.' };
  }
}

export function parseJson(file: string, text: string): ParseResult<ParsedData> {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !tree) {
    const first = errors[0] ?? { error: 4, offset: text.length, length: 0 };
    const cause = jsonCause(text, first);
    const position = positionAt(text, cause.offset);
    return { ok: false, problem: { file, ...position, message: `er ikke gyldig JSON. ${cause.message}` } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { file, line: 1, message: `er ikke gyldig JSON (${(error as Error).message}).` } };
  }
  const numbers: RawNumber[] = [];
  const walk = (node: JsonNode) => {
    if (node.type === 'number') {
      numbers.push({
        path: getNodePath(node),
        raw: text.slice(node.offset, node.offset + node.length),
        value: node.value as number,
        position: positionAt(text, node.offset),
      });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  const locate = (path: DataPath): Position | undefined => {
    for (let n = path.length; n >= 0; n -= 1) {
      const node = findNodeAtLocation(tree, path.slice(0, n));
      if (node) {
        const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
        return positionAt(text, at);
      }
    }
    return undefined;
  };
  return { ok: true, value: { data, locate, numbers } };
}

/** A YAML error's likely cause, from yaml's error code and the line it is on. */
function yamlCause(code: string, line: string): string {
  if (line.includes('\t') || code === 'TAB_AS_INDENT')
    return 'Der er et tabulatortegn (Tab). Ryk ind med mellemrum i stedet.';
  const value = /^\s*(?:-\s+)?[\wæøåÆØÅ-]+:\s+(.*)$/.exec(line)?.[1];
  if (value && /:\s/.test(value) && !/^["']/.test(value)) {
    return 'Teksten efter feltnavnet indeholder et kolon. Sæt "anførselstegn" om hele teksten.';
  }
  if (TYPOGRAPHIC_QUOTES.test(line))
    return 'Der er typografiske anførselstegn (” eller “), fx fra Word. Skriv almindelige " i stedet.';
  if (code === 'DUPLICATE_KEY') return 'Et felt står to gange. Slet det ene.';
  if (code === 'MISSING_CHAR' && /"/.test(line))
    return 'En tekst i anførselstegn slutter ikke: der mangler et " til sidst.';
  if (code === 'BAD_INDENT' || code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    return 'Indrykningen passer ikke. Punkter i samme liste skal rykkes lige meget ind, med mellemrum.';
  }
  return 'Tjek indrykningen, kolon efter hvert feltnavn, og sæt "anførselstegn" om en tekst, der selv indeholder kolon.';
}

function yamlData(file: string, source: string, lineOffset: number): ParseResult<ParsedData> {
  const counter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = counter.linePos(error.pos[0]);
    return {
      ok: false,
      problem: {
        file,
        line: pos.line + lineOffset,
        column: pos.col,
        message: `har en fejl i felterne. ${yamlCause(error.code, lineText(source, pos.line))}`,
      },
    };
  }
  const at = (offset: number): Position => {
    const pos = counter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const numbers: RawNumber[] = [];
  const walk = (node: unknown, path: DataPath) => {
    if (isMap(node))
      node.items.forEach((pair) => walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]));
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    else if (isScalar(node) && typeof node.value === 'number' && node.range) {
      numbers.push({
        path,
        raw: source.slice(node.range[0], node.range[1]).trim(),
        value: node.value,
        position: at(node.range[0]),
      });
    }
  };
  walk(doc.contents, []);
  const locate = (path: DataPath): Position | undefined => {
    for (let n = path.length; n >= 0; n -= 1) {
      const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as YamlNode | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) return at(node.range[0]);
    }
    return undefined;
  };
  return { ok: true, value: { data: doc.toJS() ?? {}, locate, numbers } };
}

export function parseYaml(file: string, text: string): ParseResult<ParsedData> {
  return yamlData(file, text, 0);
}

export interface ParsedMarkdown extends ParsedData {
  body: string;
  /** The line in the file where the body's first line is. */
  bodyLine: number;
}

/** A Markdown/MDX file: the fields between the `---` lines at the top, then the body. */
export function parseFrontmatter(file: string, text: string): ParseResult<ParsedMarkdown> {
  const lines = text.split('\n');
  if (!/^---\s*$/.test(lines[0] ?? '')) {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message:
          'skal begynde med en linje med tre bindestreger (---), og felterne står mellem den og den næste linje med ---.',
      },
    };
  }
  const end = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
  if (end < 0) {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message:
          'har ingen afsluttende linje med tre bindestreger (---) efter felterne. Tilføj --- på sin egen linje efter det sidste felt.',
      },
    };
  }
  const source = lines.slice(1, end).join('\n');
  const parsed = yamlData(file, source, 1);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { ...parsed.value, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 } };
}
