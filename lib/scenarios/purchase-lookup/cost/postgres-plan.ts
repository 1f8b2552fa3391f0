/**
 * What one execution of the lookup's join did inside PostgreSQL, read from
 * EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON): buffer hits and reads, index probes, rows joined.
 * Client-safe: a pure reading of the plan document.
 */

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Join Type'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface ExplainDocument {
  Plan: PlanNode;
  'Planning Time'?: number;
  'Execution Time'?: number;
}

interface PlanStep {
  nodeType: string;
  relation: string | null;
  index: string | null;
  loops: number;
  /** Rows this node produced over all its loops. */
  rows: number;
  depth: number;
}

export interface PlanCost {
  /** Shared buffers found in PostgreSQL's cache / read from the OS or disk, for the whole statement. */
  sharedHitBlocks: number;
  sharedReadBlocks: number;
  /** Index descents: every loop of an index scan node is one probe of that index. */
  indexProbes: number;
  /** Distinct tables the statement read. */
  tables: string[];
  /** Join nodes executed (nested loop, hash, merge). */
  joins: number;
  /** Rows the statement returned (the purchase's lines). */
  rowsReturned: number;
  /** Rows produced by all scan nodes together: what the join combined. */
  rowsScanned: number;
  executionMs: number | null;
  planningMs: number | null;
  steps: PlanStep[];
}

const isIndexScan = (type: string) => type === 'Index Scan' || type === 'Index Only Scan' || type === 'Bitmap Index Scan';
const isScan = (type: string) => isIndexScan(type) || type === 'Seq Scan' || type === 'Bitmap Heap Scan';
const isJoin = (type: string) => type === 'Nested Loop' || type === 'Hash Join' || type === 'Merge Join';

/** Reads the first plan of an EXPLAIN (FORMAT JSON) result, as pg returns it ([{ "QUERY PLAN": [...] }] or the array itself). */
export function explainDocumentOf(result: unknown): ExplainDocument {
  const unwrap = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
  let value = unwrap(result);
  if (Array.isArray(value) && value[0] && typeof value[0] === 'object' && 'QUERY PLAN' in value[0]) value = unwrap((value[0] as Record<string, unknown>)['QUERY PLAN']);
  const document = Array.isArray(value) ? value[0] : value;
  if (!document || typeof document !== 'object' || !('Plan' in document)) throw new Error('not an EXPLAIN (FORMAT JSON) result');
  return document as ExplainDocument;
}

export function summarizePlan(document: ExplainDocument): PlanCost {
  const steps: PlanStep[] = [];
  const tables = new Set<string>();
  let indexProbes = 0;
  let joins = 0;
  let rowsScanned = 0;
  const visit = (node: PlanNode, depth: number) => {
    const loops = node['Actual Loops'] ?? 1;
    // Actual Rows is a per-loop average.
    const rows = Math.round((node['Actual Rows'] ?? 0) * loops);
    const type = node['Node Type'];
    steps.push({ nodeType: type, relation: node['Relation Name'] ?? null, index: node['Index Name'] ?? null, loops, rows, depth });
    if (node['Relation Name']) tables.add(node['Relation Name']);
    if (isIndexScan(type)) indexProbes += loops;
    if (isJoin(type)) joins += 1;
    if (isScan(type) && type !== 'Bitmap Index Scan') rowsScanned += rows;
    for (const child of node.Plans ?? []) visit(child, depth + 1);
  };
  visit(document.Plan, 0);
  return {
    // The top node's buffer counts include its children's.
    sharedHitBlocks: document.Plan['Shared Hit Blocks'] ?? 0,
    sharedReadBlocks: document.Plan['Shared Read Blocks'] ?? 0,
    indexProbes,
    tables: [...tables].sort(),
    joins,
    rowsReturned: Math.round((document.Plan['Actual Rows'] ?? 0) * (document.Plan['Actual Loops'] ?? 1)),
    rowsScanned,
    executionMs: document['Execution Time'] ?? null,
    planningMs: document['Planning Time'] ?? null,
    steps,
  };
}
