/** The findings explorer: every finding of an assessment, filtered and sorted, with the source around it. */
package dev.uplift.views.findings;
