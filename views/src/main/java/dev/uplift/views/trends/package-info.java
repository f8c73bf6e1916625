/** Trends across assessments: scores, open findings by category, and the plan's burn-down. */
package dev.uplift.views.trends;
