/** Benchmarks that reproduce the figures in docs/benchmarks.md ({@code uplift bench …}). */
package dev.uplift.app.bench;
