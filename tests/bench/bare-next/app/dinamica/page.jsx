import { connection } from "next/server";

export default async function DynamicPage() {
  await connection();
  return <p>Pagina dinamica</p>;
}
