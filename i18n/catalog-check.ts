/**
 * Compares two locales' catalogs: the same keys, and in every message the same ICU arguments with
 * the same types ({name}, {n, number}, {n, plural, …}, <b>…</b> tags), nested ones included.
 * Plural and select branches may differ (Korean has no "one"), the arguments inside them may not.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type Catalog = Record<string, unknown>;

/** Every message as "namespace.key.path" → text; a non-string leaf is reported as a problem. */
export function flatten(catalog: Catalog, prefix = ''): { messages: Map<string, string>; problems: string[] } {
  const messages = new Map<string, string>();
  const problems: string[] = [];
  for (const [key, value] of Object.entries(catalog)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') messages.set(id, value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = flatten(value as Catalog, id);
      inner.messages.forEach((text, innerId) => messages.set(innerId, text));
      problems.push(...inner.problems);
    } else problems.push(`${id}: not a string or an object`);
  }
  return { messages, problems };
}

const typeNames: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'argument',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
  [TYPE.tag]: 'tag',
};

function collect(elements: MessageFormatElement[], into: Set<string>): void {
  for (const element of elements) {
    const type = typeNames[element.type];
    if (type && 'value' in element && typeof element.value === 'string') into.add(`${element.value}:${type}`);
    if ('options' in element) for (const option of Object.values(element.options)) collect(option.value, into);
    if ('children' in element) collect(element.children, into);
  }
}

/** The placeholders of one message, e.g. ["count:plural", "name:argument"]; throws on invalid ICU. */
export function placeholders(message: string): string[] {
  const found = new Set<string>();
  collect(parse(message), found);
  return [...found].sort();
}

/** Every difference between a reference catalog and a translation, as readable lines. */
export function compareCatalogs(reference: Catalog, translation: Catalog, names: { reference: string; translation: string }): string[] {
  const a = flatten(reference);
  const b = flatten(translation);
  const problems = [...a.problems.map((p) => `${names.reference} ${p}`), ...b.problems.map((p) => `${names.translation} ${p}`)];
  for (const id of a.messages.keys()) if (!b.messages.has(id)) problems.push(`${id}: missing in ${names.translation}`);
  for (const id of b.messages.keys()) if (!a.messages.has(id)) problems.push(`${id}: missing in ${names.reference}`);
  for (const [id, text] of a.messages) {
    const other = b.messages.get(id);
    if (other === undefined) continue;
    let left: string[];
    let right: string[];
    try {
      left = placeholders(text);
    } catch (error) {
      problems.push(`${id}: invalid ICU in ${names.reference} (${(error as Error).message})`);
      continue;
    }
    try {
      right = placeholders(other);
    } catch (error) {
      problems.push(`${id}: invalid ICU in ${names.translation} (${(error as Error).message})`);
      continue;
    }
    if (left.join('|') !== right.join('|')) problems.push(`${id}: placeholders ${names.reference} [${left.join(', ')}] vs ${names.translation} [${right.join(', ')}]`);
  }
  return problems;
}
