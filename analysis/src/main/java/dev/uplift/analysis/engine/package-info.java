/** Runs the whole analysis of a repository: index, detect, analyze in parallel with a cache, aggregate, score. */
package dev.uplift.analysis.engine;
