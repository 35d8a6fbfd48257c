// Stand-in for the "server-only" guard package: Vitest runs data code in Node, not in a client bundle.
export {};
