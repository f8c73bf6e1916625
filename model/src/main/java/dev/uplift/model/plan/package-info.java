/**
 * The seed's UpgradePlan: steps generated from the gaps of an assessment, scheduled into phases under
 * a team's capacity, and tracked by later assessments. Pure: no I/O.
 */
package dev.uplift.model.plan;
