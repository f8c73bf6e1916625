/**
 * STUB-SIMULATED: functions that look implemented but fake their work. Each language's tree is read
 * into one {@link dev.uplift.analysis.rules.simulated.FunctionShape} ({@code TreeSitterShapes},
 * {@code JavaShapes}); {@link dev.uplift.analysis.rules.simulated.SimulatedWork} weighs its
 * signals and {@link dev.uplift.analysis.rules.simulated.SimulatedFunctionRule} reports. Stateless and
 * thread-safe.
 */
package dev.uplift.analysis.rules.simulated;
