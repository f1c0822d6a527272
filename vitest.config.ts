import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Generous: several tests build whole corpora or start servers and browsers, and on a busy
    // two-core machine they take several times their idle time. Speed is measured in npm run
    // bench, never asserted here.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
