/** Upgrade plans: JSON and CSV forms, storage with the user's edits, team files, the plan service. */
package dev.uplift.app.plan;
