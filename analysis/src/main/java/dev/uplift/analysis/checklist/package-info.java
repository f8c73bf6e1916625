/** The operational readiness checklist, evaluated from the repository's files, signals and findings. */
package dev.uplift.analysis.checklist;
