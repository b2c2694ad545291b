/** Unit specs of the shared contracts (policy, status machine); the same swc transform as apps/api. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: require('../../jest.swc.cjs'),
};
