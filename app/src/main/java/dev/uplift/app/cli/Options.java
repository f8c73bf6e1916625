package dev.uplift.app.cli;

import dev.uplift.app.standard.StandardsJson;
import dev.uplift.model.ProductionStandards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Parsing of option values shared by commands; every failure is an {@link InputException}. */
final class Options {
    private Options() {
    }

    static ProductionStandards standard(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("no such standard file: " + file);
        }
        try {
            return StandardsJson.read(file);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage());
        } catch (StandardsJson.InvalidStandardException e) {
            throw new InputException(file + " is not a valid standard: " + e.getMessage());
        }
    }

    /** {@code STEP=VALUE} pairs; the value parsed by {@code parse}. */
    static <T> Map<String, T> pairs(List<String> values, String option, Function<String, T> parse) {
        Map<String, T> out = new HashMap<>();
        for (String v : values) {
            int eq = v.lastIndexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new InputException(option + " takes STEP=VALUE, not '" + v + "'");
            }
            try {
                out.put(v.substring(0, eq), parse.apply(v.substring(eq + 1)));
            } catch (RuntimeException e) {
                throw new InputException(option + " " + v + ": '" + v.substring(eq + 1) + "' is not a valid value");
            }
        }
        return out;
    }
}
