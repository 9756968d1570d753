// ESLint (flat config) with typescript-eslint's type-aware rules. Run by
// `npm test` (npm run lint), so CI enforces it. The import rules below are
// the layer directions of docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** `from` may not import anything matching these patterns. */
function forbid(files, patterns, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
    },
  };
}

export default tseslint.config(
  { ignores: ['build/**', 'node_modules/**', 'test/artifacts/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Template literals with numbers are how every Vietnamese message is built.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      // Stripping control characters (Docs API, terminals, pasted text) is the point of several modules.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests and tools read JSON they wrote themselves; `any` from JSON.parse is checked by the assertions.
    files: ['test/**', 'bench/**', 'scripts/**', 'fixtures/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The emulator stands in for Google's services: Proxies over the script's realm and free-form API JSON.
    files: ['emulator/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    // User text reaches the sidebar as text nodes only (src/ui/dom.ts), never as markup.
    files: ['src/ui/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Set text with textContent or h(); user text is never markup.' },
        { property: 'outerHTML', message: 'Set text with textContent or h(); user text is never markup.' },
        { property: 'insertAdjacentHTML', message: 'Set text with textContent or h(); user text is never markup.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'innerHTML is forbidden in the sidebar.' },
      ],
    },
  },
  forbid(
    ['src/domain/**'],
    ['**/adapters/**', '**/server/**', '**/ui/**', '**/entry/**', '**/render/**', '**/import-readers/**', '**/node/**'],
    'The domain is pure: it imports only the domain (docs/architecture.md).',
  ),
  forbid(['src/adapters/**'], ['**/server/**', '**/ui/**', '**/entry/**'], 'Adapters sit below the server: they import the domain only.'),
  forbid(['src/server/**'], ['**/ui/**', '**/entry/**'], 'The server never imports the sidebar or the entry file.'),
  forbid(['src/render/**'], ['**/adapters/**', '**/server/**', '**/ui/**', '**/entry/**'], 'The HTML renderer renders a document model: domain only.'),
  forbid(
    ['src/ui/**'],
    ['**/adapters/**', '**/entry/**', '**/server/!(api)'],
    'The sidebar talks to the server through the bridge; it imports server/api types and pure domain code only.',
  ),
  {
    // Parse once (docs/architecture.md): the reader (src/domain/workbook/read.ts) parses each cell that has a
    // meaning into a typed value with its cell; these folders read those values and never call a parser.
    // The parsers' types and their formatters (formatVnd, formatLevel, monthIndex…) stay allowed. A rule of its
    // own name, so it adds to the domain's layer rule above instead of replacing it.
    files: [
      'src/domain/validate/**',
      'src/domain/summary/**',
      'src/domain/followup.ts',
      'src/domain/document/**',
      'src/domain/cycle/**',
      'src/domain/rollup/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/parse', '**/parse/*'],
              // Allowed: formatters (value → text) and month arithmetic; anything else in parse/ reads text.
              allowImportNamePattern: '^(format[A-Z]\\w*|monthIndex|percent)$',
              allowTypeImports: true,
              message:
                'Parse once: read the typed values the reader gives (PlanRow.time/budget/progress, block levels, info.schoolYear), not the cell text again.',
            },
          ],
        },
      ],
    },
  },
  forbid(['emulator/**'], ['**/src/**', '../src/**', '../../src/**'], 'The emulator stands for Google: it imports no product code.'),
  forbid(['preview/**'], ['**/cli/**'], 'The preview does not import the CLI; shared Node helpers live in src/node.'),
  forbid(['bench/**'], ['**/test/**'], 'The bench imports shared fixtures (fixtures/), not test helpers.'),
);
