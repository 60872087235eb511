// ESLint 9, not 10: eslint-plugin-react (through eslint-config-next 16) supports ESLint up to 9.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

const prefetchMessage =
  'Client-side navigation prefetches per-segment data that builds here do not make (scripts/install/patch-next.ts): link with components/ui/SiteLink.tsx.';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  // Formatting is Prettier's (npm run format); ESLint keeps to correctness.
  prettier,
  {
    rules: {
      // `_`-prefixed arguments are there for their position (route handlers' `request`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Pages link with plain <a> (components/ui/SiteLink.tsx), and Next, patched at install, makes no
      // per-segment prefetch data for a client router to fetch (scripts/install/patch-next.ts).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['next/link', 'next/form', 'next-intl/navigation'].map((name) => ({ name, message: prefetchMessage })),
            { name: 'next/navigation', importNames: ['useRouter'], message: prefetchMessage },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next*/**',
    'out*/**',
    '.portal/**',
    '.contentlayer/**',
    'node_modules/**',
    'messages/*.d.json.ts',
    'public/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
]);
