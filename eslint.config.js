import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'build/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  { languageOptions: { globals: globals.node } },
  // ncc's entry: a .cjs file, so that ncc writes a CommonJS bundle (see the file).
  { files: ['src/bundle.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['src/**/*.ts'],
    // A vendor folder also holds its tests and its test-table case: test code, not the action's.
    ignores: ['src/**/*.test.ts', 'src/vendors/*/case.ts'],
    rules: {
      // Logging goes through src/runner/log.ts, which redacts and neutralises every line.
      'no-console': 'error',
      // The raw stdout commands write text as given: only src/runner/log.ts may call them.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/workflow-commands.js'],
              importNames: ['setSecret', 'info', 'debug', 'warning', 'setFailed'],
              message: 'Log through runner/log.js (mask, log, fail): it redacts and neutralises.'
            }
          ]
        }
      ],
      '@typescript-eslint/explicit-function-return-type': [
        'error',
        {
          allowExpressions: true,
          allowHigherOrderFunctions: true,
          allowTypedFunctionExpressions: true
        }
      ],
      '@typescript-eslint/no-explicit-any': 'error'
    }
  },
  {
    files: ['src/runner/log.ts'],
    rules: { 'no-restricted-imports': 'off' }
  }
)
