import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    pool: 'forks',
    projects: [
      {
        // Needs neither Payload nor a database: no global setup, so `npm run test:unit` answers in seconds.
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.unit.spec.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.spec.ts'],
          globalSetup: ['tests/helpers/globalSetup.ts'],
          setupFiles: ['tests/helpers/testEnv.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
