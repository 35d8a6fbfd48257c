// The admin session cookie's name, in a module of its own: proxy.ts and the production server
// (lib/server/request-limits.ts) need it and cannot import the server-only session module.
export const SESSION_COOKIE = "sessione_admin";
