/**
 * Uplift's vocabulary as plain Java: components, findings, assessments, standards and the scoring
 * model. No I/O, no JavaFX, no parser or database types live here; everything is immutable and
 * therefore safe to share between threads.
 */
package dev.uplift.model;
