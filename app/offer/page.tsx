export default function OfferPage() {
  return <h1 className="text-3xl font-bold">Limited offer</h1>;
}
