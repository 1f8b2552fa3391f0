export default function RunsPage() {
  return <h1 className="text-3xl font-bold">Load runs</h1>;
}
