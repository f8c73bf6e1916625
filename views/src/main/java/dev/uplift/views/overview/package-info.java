/** The overview of one assessment: readiness, scores against the standard, findings, tiers, warnings. */
package dev.uplift.views.overview;
