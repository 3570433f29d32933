// The UI strings (core/i18n/strings.def) for the real-input tests, so they find labels in
// either language exactly as the app shows them: strings.Key.en / strings.Key.ja.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const re = /^KANRI_STR\((\w+),\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\)/gm;
const unescape = (s) => s.replace(/\\"/g, '"').replace(/\\\\/g, '\\');

export const strings = {};
for (const m of readFileSync(path.join(root, 'core/i18n/strings.def'), 'utf8').matchAll(re))
  strings[m[1]] = { en: unescape(m[2]), ja: unescape(m[3]) };
