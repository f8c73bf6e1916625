/**
 * Reads a repository: file index, component detection, language front ends, analyzers and the
 * engine that runs them in parallel. Never executes anything from the analyzed repository and never
 * touches the network. No JavaFX here.
 */
package dev.uplift.analysis;
