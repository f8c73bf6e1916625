/** The upgrade plan: steps in start order with status, phase, dates and the critical path. */
package dev.uplift.views.plan;
