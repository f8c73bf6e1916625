package dev.uplift.app.cli;

/** Exit codes: a contract with scripts (docs/cli.md). */
public final class ExitCodes {
    /** Done, also with warnings. */
    public static final int OK = 0;
    /** A gate found the standard not met. */
    public static final int GATE_FAILED = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** An input is wrong: not a directory, unreadable, a file that cannot be written. */
    public static final int INPUT = 3;
    /** The environment stops the command: the database is in use or damaged, or there is no display. */
    public static final int ENVIRONMENT = 4;
    /** Uplift itself failed; the message names the run id and the log. */
    public static final int INTERNAL = 5;
    /** The user interrupted the run. */
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
