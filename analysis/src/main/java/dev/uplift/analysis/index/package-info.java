/** Walks a repository once: ignore rules, symlink policy, language and test detection, safe reading. */
package dev.uplift.analysis.index;
