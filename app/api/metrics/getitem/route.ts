// GET /api/metrics/getitem – DynamoDB GetItem latency (CloudWatch or app-measured) with end-to-end lookup p95 overlaid
import { withRoute } from '@/lib/http/with-route';
import { latencyQuerySchema } from '@/lib/metrics/latency-query';
import { readGetItemLatency } from '@/lib/metrics/read-getitem-latency';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withRoute({ query: latencyQuerySchema }, ({ query }) => readGetItemLatency(query));
