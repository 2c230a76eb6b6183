import { jestConfig } from '../../jest.preset.js';

export default {
  ...jestConfig({
    displayName: 'api',
    globalSetup: '<rootDir>/src/testing/global-setup.mjs',
    globalTeardown: '<rootDir>/src/testing/global-teardown.mjs',
  }),
  // Integration tests boot Nest against PostgreSQL; two workers fit the 2-core machines.
  maxWorkers: 2,
  testTimeout: 60000,
};
