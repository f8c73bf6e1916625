/**
 * Language front ends: each turns a file's text into a {@link dev.uplift.analysis.parse.ParsedFile}
 * once, so every analyzer works on the same parsed form. Java is parsed with JavaParser; Python and
 * TypeScript/JavaScript are read lexically until the tree-sitter front ends land.
 */
package dev.uplift.analysis.parse;
