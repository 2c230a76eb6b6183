import { jestConfig } from '../../jest.preset.js';

const base = jestConfig({ displayName: 'web', testEnvironment: 'jsdom' });

export default {
  ...base,
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '\\.css$': '<rootDir>/src/testing/style-stub.js',
    // Made by vite-plugin-pwa at build time; jsdom has no service worker anyway.
    '^virtual:pwa-register$': '<rootDir>/src/testing/pwa-register-stub.js',
  },
  setupFilesAfterEnv: [...(base.setupFilesAfterEnv ?? []), '<rootDir>/src/testing/setup-testing-library.ts'],
  // Room for the longer waits of setup-testing-library.ts.
  testTimeout: 20000,
};
