import { connection } from "next/server";

// Rendered whole on every request, as the site's listing is (app/pratiche/page.tsx).
export const instant = false;

export default async function DynamicPage() {
  await connection();
  return <p>Pagina dinamica</p>;
}
