/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and WASM-backed server packages are loaded by Node, not bundled.
  serverExternalPackages: ["@prisma/client", ".prisma/client-pg", "pg", "@prisma/adapter-better-sqlite3", "better-sqlite3", "@node-rs/argon2", "pdfjs-dist"],
};

module.exports = nextConfig;
