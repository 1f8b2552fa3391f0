import Link from 'next/link';
import { StatusStrip } from '@/components/status-strip';

const scenarios = [
  {
    href: '/lookup',
    title: 'Purchase lookup',
    legacy: 'Four normalized tables joined per request',
    modern: 'One pivoted DynamoDB item read with GetItem',
  },
  {
    href: '/offer',
    title: 'Limited offer',
    legacy: 'A hot stock row updated with SELECT … FOR UPDATE',
    modern: 'An atomic take-one in Redis',
  },
];

export default function HomePage() {
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-3xl font-bold">Legacy relational vs. purpose-built, live</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-600 dark:text-slate-400">
          Two workloads, each run against the legacy path and the modern path on the same machine, with real databases behind both.
        </p>
      </section>
      <section aria-labelledby="backends-title">
        <h2 id="backends-title" className="mb-3 text-xl font-semibold">Backends</h2>
        <StatusStrip />
      </section>
      <section className="grid gap-6 md:grid-cols-2">
        {scenarios.map((s) => (
          <Link key={s.href} href={s.href} className="block rounded-lg bg-white p-6 shadow-sm hover:shadow-md dark:bg-slate-900">
            <h2 className="text-2xl font-semibold">{s.title} →</h2>
            <p className="mt-3">
              <span className="font-semibold text-legacy">Legacy:</span> {s.legacy}
            </p>
            <p className="mt-1">
              <span className="font-semibold text-modern">Modern:</span> {s.modern}
            </p>
          </Link>
        ))}
      </section>
    </div>
  );
}
