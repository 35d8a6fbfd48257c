// The framework settings the site runs with, and nothing else: Cache Components (which 'use cache'
// needs) with Partial Prefetching off, as in next.config.ts, and, in proxy.js, a proxy that lets
// every request through.
const config = { poweredByHeader: false, cacheComponents: true, partialPrefetching: false };
export default config;
