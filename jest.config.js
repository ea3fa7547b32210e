/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  // Shared tests live in __tests__/; a vendor's own tests live in its folder, src/vendors/<id>/.
  testMatch: ['<rootDir>/__tests__/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Sources import siblings as './x.js' (NodeNext); Jest must find the .ts file.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', useESM: true }] },
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.test.ts', '!src/vendors/*/case.ts'],
  coverageReporters: ['text-summary', 'text', 'json-summary'],
  coverageDirectory: 'coverage',
  testTimeout: 30000
}
