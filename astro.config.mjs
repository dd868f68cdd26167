// @ts-check
import { defineConfig } from 'astro/config';

// The site's base path (e.g. /ledger/ on GitHub Pages) and address are settings, not code.
const base = process.env.LEDGER_BASE ?? '/';
const site = process.env.LEDGER_SITE ?? 'https://open-village-ledger.github.io';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    defaultLocale: 'zh-CN',
    locales: ['zh-CN', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
