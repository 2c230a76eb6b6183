import { jestConfig } from '../../jest.preset.js';

export default {
  ...jestConfig({ displayName: 'cli' }),
  // The int-specs run the built command as a process, some with a fresh embedded PostgreSQL.
  testTimeout: 120000,
};
