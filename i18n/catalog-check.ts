/**
 * Compares two locales' catalogs: the same keys, and in every message the same ICU arguments with
 * the same types ({name}, {n, number}, {n, plural, …}, <b>…</b> tags), nested ones included.
 * Plural and select branches may differ (Korean has no "one"), the arguments inside them may not.
 */
export type Catalog = Record<string, unknown>;

/** Every message as "namespace.key.path" → text; a non-string leaf is reported as a problem. */
function flatten(catalog: Catalog, prefix = ''): { messages: Map<string, string>; problems: string[] } {
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

const branching = new Set(['plural', 'select', 'selectordinal']);
const styled = new Set(['number', 'date', 'time']);

/**
 * A small reader of ICU MessageFormat as next-intl takes it: arguments {name}, typed arguments
 * {n, number, …}, plural/select with their branches (read recursively), rich-text tags <b>…</b>,
 * and apostrophe quoting ('{' is a literal brace, '' an apostrophe). Throws on what next-intl
 * would fail to parse: an unclosed brace or tag, a stray closing brace, a branch without braces.
 */
class IcuReader {
  private i = 0;
  readonly found = new Set<string>();
  constructor(private readonly text: string) {}

  read(): void {
    this.message(null, false);
    if (this.i < this.text.length) throw new Error(`unexpected '${this.text[this.i]}' at ${this.i}`);
  }

  private fail(what: string): never {
    throw new Error(`${what} at ${this.i}`);
  }

  /** Reads until the end, a '}' closing a branch (inBranch), or the closing tag `tag`. */
  private message(tag: string | null, inBranch: boolean): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t[this.i]!;
      if (c === "'") {
        const next = t[this.i + 1];
        if (next === "'") this.i += 2;
        else if (next !== undefined && '{}#|<'.includes(next)) {
          const close = t.indexOf("'", this.i + 1);
          if (close < 0) this.fail('unclosed quote');
          this.i = close + 1;
        } else this.i += 1;
      } else if (c === '{') {
        this.argument();
      } else if (c === '}') {
        if (inBranch && tag === null) return;
        this.fail("stray '}'");
      } else if (c === '<' && /[a-zA-Z/]/.test(t[this.i + 1] ?? '')) {
        if (t[this.i + 1] === '/') {
          const end = t.indexOf('>', this.i);
          const name = t.slice(this.i + 2, end);
          if (end < 0 || name !== tag) this.fail(`unexpected closing tag </${name}>`);
          this.i = end + 1;
          return;
        }
        const end = t.indexOf('>', this.i);
        if (end < 0) this.fail('unclosed tag');
        const name = t.slice(this.i + 1, end);
        if (!/^[a-zA-Z][\w-]*$/.test(name)) this.fail(`bad tag <${name}>`);
        this.found.add(`${name}:tag`);
        this.i = end + 1;
        this.message(name, false);
      } else this.i += 1;
    }
    if (tag !== null) this.fail(`unclosed tag <${tag}>`);
    if (inBranch) this.fail('unclosed branch');
  }

  private word(): string {
    const match = /^\s*([^\s,{}]*)\s*/.exec(this.text.slice(this.i))!;
    this.i += match[0].length;
    return match[1]!;
  }

  private argument(): void {
    this.i += 1; // '{'
    const name = this.word();
    if (!/^[\w.-]+$/.test(name)) this.fail(`bad argument name '${name}'`);
    const t = this.text;
    if (t[this.i] === '}') {
      this.found.add(`${name}:argument`);
      this.i += 1;
      return;
    }
    if (t[this.i] !== ',') this.fail(`expected ',' or '}' after ${name}`);
    this.i += 1;
    const type = this.word();
    if (branching.has(type)) {
      this.found.add(`${name}:${type === 'selectordinal' ? 'plural' : type}`);
      if (t[this.i] !== ',') this.fail(`expected the branches of ${name}`);
      this.i += 1;
      let hasOther = false;
      for (;;) {
        const selector = this.word();
        if (t[this.i] === '}' && selector === '') break;
        if (selector.startsWith('offset:')) continue;
        if (selector === '' || t[this.i] !== '{') this.fail(`expected '{' after selector '${selector}' of ${name}`);
        this.i += 1;
        this.message(null, true);
        this.i += 1; // the branch's '}'
        if (selector === 'other') hasOther = true;
      }
      if (!hasOther) this.fail(`${name} has no 'other' branch`);
      this.i += 1;
    } else if (styled.has(type)) {
      this.found.add(`${name}:${type}`);
      const end = t.indexOf('}', this.i);
      if (end < 0) this.fail(`unclosed ${name}`);
      this.i = end + 1;
    } else this.fail(`unknown argument type '${type}'`);
  }
}

/** The placeholders of one message, e.g. ["count:plural", "name:argument"]; throws on invalid ICU. */
export function placeholders(message: string): string[] {
  const reader = new IcuReader(message);
  reader.read();
  return [...reader.found].sort();
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
