export default function LookupPage() {
  return <h1 className="text-3xl font-bold">Purchase lookup</h1>;
}
