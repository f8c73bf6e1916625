/** The phase timeline: a Gantt chart of the plan on working days, with capacity load below it. */
package dev.uplift.views.timeline;
