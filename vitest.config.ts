import path from 'node:path';
import { defineConfig } from 'vitest/config';

// A zone west of UTC: a date formatted in local time would slip to the previous day.
process.env.TZ = 'America/Los_Angeles';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'contentlayer/generated': path.resolve(import.meta.dirname, '.contentlayer/generated'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'i18n/**/*.test.ts'],
    environment: 'node',
  },
});
