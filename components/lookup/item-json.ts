/** DynamoDB's wire format, one attribute a line and the purchase_details map opened, as the console's JSON view shows an item. */
export function itemJson(item: Record<string, unknown>): string {
  const lines = ['{'];
  const entries = Object.entries(item);
  entries.forEach(([name, value], index) => {
    const comma = index < entries.length - 1 ? ',' : '';
    const map = (value as { M?: Record<string, unknown> }).M;
    if (map) {
      lines.push(`  "${name}": {`, '    "M": {');
      const inner = Object.entries(map);
      inner.forEach(([key, attribute], i) => lines.push(`      "${key}": ${JSON.stringify(attribute)}${i < inner.length - 1 ? ',' : ''}`));
      lines.push('    }', `  }${comma}`);
    } else {
      lines.push(`  "${name}": ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push('}');
  return lines.join('\n');
}
