/**
 * The TypeScript transform of the Node-side jest suites (api, contracts): swc with decorator
 * metadata (Nest's DI and class-validator need it) and real dynamic import() (PGlite is ESM).
 */
module.exports = {
  '^.+\\.(t|j)s$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs', ignoreDynamic: true },
    },
  ],
};
