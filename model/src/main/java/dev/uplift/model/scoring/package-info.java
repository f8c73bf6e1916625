/** The first scoring model (docs/scoring.md): density-based category scores and a capped readiness. */
package dev.uplift.model.scoring;
