#!/usr/bin/env node
// Merges electron-builder's update feed files from two builds of one version (macOS arm64 and x64
// are built one after the other): the second file gains the first one's `files`, so
// electron-updater finds the download for either architecture. Usage: merge <from.yml> <into.yml>
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';

const [from, into] = process.argv.slice(2);
if (!from || !into) {
  console.error('usage: node scripts/merge-update-feeds.mjs <from.yml> <into.yml>');
  process.exit(2);
}
const a = yaml.load(readFileSync(from, 'utf8'));
const b = yaml.load(readFileSync(into, 'utf8'));
if (a.version !== b.version) {
  console.error(`the feeds are for different versions (${a.version}, ${b.version})`);
  process.exit(1);
}
const urls = new Set(b.files.map((f) => f.url));
const merged = { ...b, files: [...b.files, ...a.files.filter((f) => !urls.has(f.url))] };
writeFileSync(into, yaml.dump(merged, { lineWidth: -1 }));
console.log(`${into}: ${merged.files.length} files`);
