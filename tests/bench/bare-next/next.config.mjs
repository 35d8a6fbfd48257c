// Nothing configured on purpose: this app measures what Next itself can serve.
const config = { poweredByHeader: false };
export default config;
