/** The operational readiness checklist: ten areas, each check passed, failed, not applicable or not checked. */
package dev.uplift.model.checklist;
