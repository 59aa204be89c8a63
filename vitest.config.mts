import { defineConfig } from 'vitest/config'

/*
 * Integration specs run one file at a time (one worker on CI's 2 cores) in one shared module graph: Payload and the
 * app's modules load once instead of once per file. The files below change what a process holds (environment,
 * module mocks, their own Payload or database cluster, the pools) and get a fresh process each.
 */
const ISOLATED = [
  'tests/int/access/vendor-owned-plugin.int.spec.ts',
  'tests/int/content/customise-page.int.spec.ts',
  'tests/int/database/commit-failures.int.spec.ts',
  'tests/int/database/custom-domain-migration.int.spec.ts',
  'tests/int/database/electronic-address-migration.int.spec.ts',
  'tests/int/database/embedded-postgres.int.spec.ts',
  'tests/int/database/migrations.int.spec.ts',
  'tests/int/database/outage-answers.int.spec.ts',
  'tests/int/input-validation/malformed-input-property.int.spec.ts',
  'tests/int/invoices/electronic-address.int.spec.ts',
  'tests/int/jobs/worker-faults.int.spec.ts',
  'tests/int/web-hardening/proxy-and-headers.int.spec.ts',
]

const INT = {
  include: ['tests/int/**/*.int.spec.ts'],
  globalSetup: ['tests/helpers/globalSetup.ts'],
  setupFiles: ['tests/helpers/testEnv.ts'],
  testTimeout: 60_000,
  hookTimeout: 180_000,
}

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
      { extends: true, test: { ...INT, name: 'int', exclude: ISOLATED, isolate: false } },
      { extends: true, test: { ...INT, name: 'int-isolated', include: ISOLATED } },
    ],
  },
})
