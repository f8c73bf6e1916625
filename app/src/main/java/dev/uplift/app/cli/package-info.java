/** The headless interface: {@code uplift assess|history|gui}, exit codes in {@link dev.uplift.app.cli.ExitCodes}. */
package dev.uplift.app.cli;
