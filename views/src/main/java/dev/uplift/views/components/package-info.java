/** The components of an assessment with their scores, findings and the reasons behind each score. */
package dev.uplift.views.components;
