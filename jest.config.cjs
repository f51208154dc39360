/** Three projects: `npm test` runs unit + integration (no browser), `npm run test:e2e` runs e2e. */
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  // The holiday list ships as ES modules only (src/domain/holidays.ts); compiled for jest like ours.
  '^.+[\\/]@hyunbinseo[\\/]holidays-kr[\\/].+\\.js$': ['ts-jest', { tsconfig: { allowJs: true } }],
};
const common = {
  transform,
  transformIgnorePatterns: ['[\\/]node_modules[\\/](?!@hyunbinseo[\\/]holidays-kr[\\/])'],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
