/**
 * Resource-constrained scheduling (RCPSP) in working days: activities with durations, skill demands
 * and prerequisites, a capacity per skill. Pure and deterministic for a given seed.
 */
package dev.uplift.model.schedule;
