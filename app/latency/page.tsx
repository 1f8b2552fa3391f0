import { GetItemLatencyPanel } from '@/components/metrics/getitem-latency-panel';

export default function LatencyPage() {
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-3xl font-bold">GetItem latency</h1>
        <p className="mt-2 max-w-4xl text-lg text-slate-600 dark:text-slate-400">
          The workshop ends on CloudWatch&apos;s DynamoDB GetItem latency settling near 2 ms while the end-to-end response time of the same
          lookups stays higher (its Gatling p95 was 56 ms): the application, the network and the instance all add to what the database
          reports. Both are drawn here on one time axis, in milliseconds.
        </p>
      </section>
      <GetItemLatencyPanel />
    </div>
  );
}
