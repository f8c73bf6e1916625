#!/usr/bin/env node
const files = process.argv.slice(2);
console.log(`checking ${files.length} files`);
