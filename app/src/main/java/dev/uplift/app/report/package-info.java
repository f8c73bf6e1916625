/** The PDF report for management: cover, summary, charts, matrix, timeline, components, plan, rules. */
package dev.uplift.app.report;
