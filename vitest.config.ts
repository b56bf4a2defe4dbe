import path from 'node:path'

import { defineConfig } from 'vitest/config'

const alias = [
  { find: /^@\//, replacement: `${path.resolve(import.meta.dirname, 'src')}/` },
  { find: '@payload-config', replacement: path.resolve(import.meta.dirname, 'payload.config.ts') },
  // graphql ships CJS (main) and ESM (module) builds; Node, and so Payload, loads the CJS one,
  // while Vite would give our modules the ESM one: two copies whose types reject each other
  // ("Cannot use GraphQLObjectType from another module or realm"). One copy for everyone.
  {
    find: /^graphql$/,
    replacement: path.resolve(import.meta.dirname, 'node_modules/graphql/index.js'),
  },
]

// Three projects so the fast unit suite can run alone; integration and browser suites boot real
// Payload/Next and share one SQLite file per test file, so they run files one at a time.
export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './test/reporters/summary.ts'],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Correctness, not speed: a loaded 2-core machine can take seconds over a large index.
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['test/int/**/*.test.ts'],
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' },
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/helpers/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'security',
          include: ['test/security/**/*.test.ts'],
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' },
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
