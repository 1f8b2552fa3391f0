/**
 * The terminal equivalent of each step, for attendees who want to type it: curl against the
 * same control routes the page calls, ab against the workshop's routes, SQL for the legacy
 * database, redis-cli. Commands stay in English whatever the page's language. Client-safe.
 */
import type { StepId, WalkthroughName } from '@/lib/walkthroughs/catalog';

export interface TerminalCommand {
  kind: 'curl' | 'ab' | 'sql' | 'redis-cli' | 'npm';
  text: string;
}

export interface CommandContext {
  /** The app's address as the browser sees it, e.g. http://127.0.0.1:3000 */
  base: string;
  table: string;
  stockKey: string;
  purchases: number;
  seed: number;
  connections: number;
  durationSeconds: number;
  stock: number;
  requests: number;
}

const post = (base: string, path: string, body: object) => `curl -X POST ${base}${path} -H 'content-type: application/json' -d '${JSON.stringify(body)}'`;

const joinSql = `SELECT c.customerid, pc.purchaseid, pc.purchaseseq, pd.productname, pd.price, pc.quantity, s.telnumber, pc.purchasedate, c.name, c.address
FROM purchase pc
  JOIN customer c ON pc.customerid = c.customerid
  JOIN product pd ON pc.productid = pd.productid
  JOIN seller s ON pd.sellerid = s.sellerid
WHERE pc.purchaseid = 1;`;

export function stepCommands(name: WalkthroughName, step: StepId, ctx: CommandContext): TerminalCommand[] {
  const { base } = ctx;
  if (name === 'purchase-lookup') {
    const load = (side: 'relational' | 'dynamodb', route: string): TerminalCommand[] => [
      { kind: 'npm', text: `npm run bench -- lookup ${side} -c ${ctx.connections} -d ${ctx.durationSeconds} --url ${base}` },
      { kind: 'curl', text: post(base, '/api/runs', { targetId: `lookup.${side}`, settings: { model: 'closed', connections: ctx.connections, durationSeconds: ctx.durationSeconds } }) },
      { kind: 'ab', text: `ab -c ${ctx.connections} -t ${ctx.durationSeconds} ${base}${route}` },
    ];
    switch (step) {
      case 'legacy-data':
        return [
          { kind: 'curl', text: post(base, '/api/lookup/generate', { purchases: ctx.purchases, seed: ctx.seed }) },
          { kind: 'curl', text: `curl ${base}/api/lookup/explore` },
          { kind: 'sql', text: joinSql },
        ];
      case 'staging':
        return [
          { kind: 'curl', text: post(base, '/api/lookup/staging', {}) },
          { kind: 'curl', text: `curl ${base}/api/lookup/jobs` },
          { kind: 'sql', text: 'SELECT count(*) FROM purchase_dynamodb_format;' },
        ];
      case 'migrate':
        return [
          { kind: 'curl', text: post(base, '/api/lookup/migrate', { mode: 'restart' }) },
          { kind: 'curl', text: `curl ${base}/api/lookup/jobs` },
          { kind: 'curl', text: `curl '${base}/api/lookup/status?recount=1'` },
        ];
      case 'legacy-load':
        return load('relational', '/legacy/selectPurchase');
      case 'dynamodb-load':
        return load('dynamodb', '/msa/selectPurchase');
      case 'getitem':
        return [
          { kind: 'curl', text: `curl '${base}/api/metrics/getitem?window=15&resolution=minute'` },
          { kind: 'curl', text: `curl '${base}/api/metrics/getitem?window=15&resolution=second'` },
        ];
      default:
        return [
          { kind: 'curl', text: `curl ${base}/api/walkthroughs/purchase-lookup` },
          { kind: 'curl', text: post(base, '/api/walkthroughs/purchase-lookup/start-over', {}) },
        ];
    }
  }
  const sale = (path: string, target: string, stock: number, connections: number, requests: number): TerminalCommand[] => [
    { kind: 'curl', text: post(base, '/api/offer/reset', { stock }) },
    { kind: 'ab', text: `ab -c ${connections} -n ${requests} ${base}${path}` },
    { kind: 'npm', text: `npm run bench -- order ${target} -c ${connections} -n ${requests} --url ${base}` },
  ];
  switch (step) {
    case 'reset':
      return [
        { kind: 'curl', text: post(base, '/api/offer/reset', { stock: ctx.stock }) },
        { kind: 'redis-cli', text: `redis-cli get ${ctx.stockKey}` },
        { kind: 'sql', text: 'SELECT quantity FROM hotdeal_list WHERE prod_id = 1;\nSELECT count(*) FROM order_history;' },
      ];
    case 'legacy-sale':
      return sale('/order', 'legacy', ctx.stock, ctx.connections, ctx.requests);
    case 'code-paths':
      return [
        { kind: 'curl', text: post(base, '/api/offer/reset', { stock: 1 }) },
        { kind: 'curl', text: `for i in $(seq 10); do curl -s ${base}/api/order/naive & done; wait` },
        { kind: 'curl', text: `curl ${base}/api/offer/audit` },
      ];
    case 'redis-sale':
      return sale('/order-redis', 'redis', ctx.stock, ctx.connections, ctx.requests);
    case 'naive-oversell':
      return sale('/order-redis-naive', 'naive', ctx.stock, ctx.connections, ctx.requests);
    case 'audit':
      return [
        { kind: 'curl', text: `curl ${base}/api/offer/audit` },
        { kind: 'sql', text: 'SELECT order_path, count(*) FROM order_history GROUP BY order_path;' },
        { kind: 'redis-cli', text: `redis-cli get ${ctx.stockKey}` },
      ];
    default:
      return [
        { kind: 'curl', text: `curl ${base}/api/walkthroughs/limited-offer` },
        { kind: 'curl', text: post(base, '/api/walkthroughs/limited-offer/start-over', {}) },
      ];
  }
}
