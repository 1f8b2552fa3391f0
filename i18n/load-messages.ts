import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/i18n/locales';

export type Messages = Record<string, unknown>;

/** messages/<locale>/<namespace>.json, relative to the checkout the server runs from. */
export const MESSAGES_DIR = path.join(process.cwd(), 'messages');

const NAMESPACE_FILE = /^([a-z][a-zA-Z0-9-]*)\.json$/;

/**
 * Every namespace file of a locale, merged into one object keyed by file name: messages/ko/offer.json
 * becomes `messages.offer`, read in components with useTranslations('offer'). A helper adds a
 * namespace by adding a file to both folders; nothing here changes. Read on every page request
 * (a few small files, well under a millisecond), so an edited catalog shows on the next reload.
 */
export function loadMessages(locale: Locale, dir: string = MESSAGES_DIR): Messages {
  const folder = path.join(dir, locale);
  const messages: Messages = {};
  for (const file of readdirSync(folder).sort()) {
    const match = NAMESPACE_FILE.exec(file);
    if (!match) continue;
    const text = readFileSync(path.join(folder, file), 'utf8');
    try {
      messages[match[1]!] = JSON.parse(text) as unknown;
    } catch (error) {
      throw new Error(`messages/${locale}/${file} is not valid JSON: ${(error as Error).message}`);
    }
  }
  return messages;
}
