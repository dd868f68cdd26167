// @ts-check
import { defineConfig } from 'astro/config';
import { DEFAULT_SITE } from './src/site/settings.ts';

// The site's base path (e.g. /ledger/ on GitHub Pages) and address are settings, not code; the
// downloads and citations use the same two (siteAddress in src/site/settings.ts).
const base = process.env.LEDGER_BASE ?? '/';
const site = process.env.LEDGER_SITE || DEFAULT_SITE;

// A build in parts (scripts/build.ts) starts the next part once this one's content layer is
// synced: this hook runs right after the sync and tells the parent over the IPC channel it opened.
const partSync = { name: 'ledger-part-sync', hooks: { 'astro:build:start': () => void process.send?.('synced') } };

export default defineConfig({
  site,
  integrations: [partSync],
  base,
  trailingSlash: 'always',
  // concurrency: render 4 pages at a time, so one page's file writes overlap the next page's
  // rendering (3,000 villages: 99 s → 72 s, idle time 16 s → 4 s); the output is the same
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  i18n: {
    defaultLocale: 'zh-CN',
    locales: ['zh-CN', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
