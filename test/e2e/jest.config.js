import { jestConfig } from '../../jest.preset.js';

export default {
  ...jestConfig({ displayName: 'e2e' }),
  // One browser and one server at a time fit the 2-core machines.
  maxWorkers: 1,
  testTimeout: 120000,
};
