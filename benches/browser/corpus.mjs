// Reads a folder of plain-text articles the way Clippings does: every *.txt file under it,
// sorted by path, id = path without `.txt`, decoded lossily when it is not valid UTF-8.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every `*.txt` path under `root` (subfolders included), sorted like Clippings sorts them. */
export function listArticleFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.txt')) files.push(path);
    }
  };
  walk(root);
  return files.sort();
}

// `fatal: false` replaces invalid bytes with U+FFFD, as Rust's from_utf8_lossy does.
const lossyUtf8 = new TextDecoder('utf-8', { fatal: false });

/** Splits a plain-text article: the first non-empty line is the headline, the rest the body. */
export function splitArticle(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return { headline: '', body: '' };
  return { headline: lines[first].trim(), body: lines.slice(first + 1).join('\n').trim() };
}

/** The collection as the peers see it: `[{ id, headline, body }]`, in Clippings' order. */
export function readCorpus(root) {
  return listArticleFiles(root).map((file) => {
    const id = relative(root, file).split(sep).join('/').replace(/\.txt$/, '');
    return { id, ...splitArticle(lossyUtf8.decode(readFileSync(file))) };
  });
}
