// The framework settings the site runs with, and nothing else: Cache Components (which 'use cache'
// needs) and, in proxy.js, a proxy that lets every request through.
const config = { poweredByHeader: false, cacheComponents: true };
export default config;
