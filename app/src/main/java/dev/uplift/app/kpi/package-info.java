/** Operational KPIs: storage and CSV import. */
package dev.uplift.app.kpi;
