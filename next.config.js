// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native / Wasm database drivers stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

module.exports = nextConfig;
