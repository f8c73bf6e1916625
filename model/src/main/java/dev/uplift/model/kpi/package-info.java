/** The seed's operational KPIs, which the code cannot show: entered or imported, tracked against targets. */
package dev.uplift.model.kpi;
