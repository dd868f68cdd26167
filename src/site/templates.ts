/**
 * The fill-in templates of this build (src/lib/template/files.ts), made from the published data
 * (names withheld or masked as in every download) and kept for the build: /data/templates/ lists
 * them with their sizes and the endpoints write the same bytes.
 */
import { tableNames } from '../schemas/index.ts';
import { ALL_TEMPLATE, tableTemplate, villageTemplate } from '../lib/template/files.ts';
import { getPublished } from './opendata.ts';
import { siteRoot } from './opendata-view.ts';

export const templateNames = (): string[] => [ALL_TEMPLATE, ...tableNames];

/** The check page's permanent address, which the templates' 说明 sheet gives. */
export const checkUrl = (site: URL | undefined, base: string) => `${siteRoot(site, base)}check/`;

const made = new Map<string, Uint8Array>();

export function tableTemplateBytes(name: string, site: URL | undefined, base: string): Uint8Array {
  let bytes = made.get(name);
  if (!bytes) {
    const { data, release } = getPublished();
    made.set(name, (bytes = tableTemplate(name as typeof ALL_TEMPLATE, data, release, checkUrl(site, base))));
  }
  return bytes;
}

export function villageTemplateBytes(code: string, site: URL | undefined, base: string): Uint8Array {
  const { data, release } = getPublished();
  return villageTemplate(data, code, release, checkUrl(site, base));
}
