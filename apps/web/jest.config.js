import { jestConfig } from '../../jest.preset.js';

const base = jestConfig({ displayName: 'web', testEnvironment: 'jsdom' });

export default {
  ...base,
  moduleNameMapper: { ...base.moduleNameMapper, '\\.css$': '<rootDir>/src/testing/style-stub.js' },
};
