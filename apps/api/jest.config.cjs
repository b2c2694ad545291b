/** Unit specs beside the code; integration specs in test/ boot the real app over a real PostgreSQL. */

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  transform: require('../../jest.swc.cjs'),
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|strtok3|token-types|@tokenizer|uint8array-extras|load-esm|@borewit|marked|htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities|content-disposition|@fastify/static)/)',
  ],
  moduleNameMapper: { '^@alliance/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: process.env.JEST_MAX_WORKERS ?? 2,
};
