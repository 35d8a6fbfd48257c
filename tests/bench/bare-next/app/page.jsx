export default function StaticPage() {
  return <p>Pagina statica</p>;
}
