/** The standards editor: thresholds and exemptions of the standard assessments are judged against. */
package dev.uplift.views.standards;
