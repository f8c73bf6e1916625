package dev.uplift.app.kpi;

import dev.uplift.model.kpi.KpiMeasurement;
import dev.uplift.model.kpi.OperationalKpi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads KPI measurements from CSV: a header {@code kpi,value,date}, then one row per measurement
 * (kpi: uptime, error-rate or p95-latency; date YYYY-MM-DD). Any bad row rejects the whole file.
 */
public final class KpiCsv {
    static final long MAX_BYTES = 8L * 1024 * 1024;

    /** A file that cannot be imported, with the line that is wrong. */
    public static final class InvalidKpiFileException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidKpiFileException(String message) {
            super(message);
        }
    }

    private KpiCsv() {
    }

    public static List<KpiMeasurement> read(Path file) throws IOException, InvalidKpiFileException {
        if (Files.size(file) > MAX_BYTES) {
            throw new InvalidKpiFileException(file + " is larger than 8 MiB");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new InvalidKpiFileException(file + " is empty; expected a header kpi,value,date");
        }
        List<String> header = Arrays.stream(lines.get(0).replace("\uFEFF", "").split(",")).map(String::strip).toList();
        if (!header.equals(List.of("kpi", "value", "date"))) {
            throw new InvalidKpiFileException(file + ": the first line must be kpi,value,date");
        }
        List<KpiMeasurement> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                out.add(row(file, i + 1, lines.get(i)));
            }
        }
        return out;
    }

    private static KpiMeasurement row(Path file, int lineNo, String line) throws InvalidKpiFileException {
        String[] cells = line.split(",", -1);
        String where = file.getFileName() + " line " + lineNo + ": ";
        if (cells.length != 3) {
            throw new InvalidKpiFileException(where + "expected 3 cells, found " + cells.length);
        }
        OperationalKpi kpi = OperationalKpi.byId(cells[0]).orElseThrow(() -> new InvalidKpiFileException(where
                + "unknown KPI '" + cells[0].strip() + "' (uptime, error-rate, p95-latency)"));
        try {
            double value = Double.parseDouble(cells[1].strip());
            if (!kpi.isValid(value) || Double.isNaN(value)) {
                throw new InvalidKpiFileException(where + cells[1].strip() + " is out of range for " + kpi.id());
            }
            return new KpiMeasurement(kpi, value, LocalDate.parse(cells[2].strip()));
        } catch (NumberFormatException e) {
            throw new InvalidKpiFileException(where + "'" + cells[1].strip() + "' is not a number");
        } catch (DateTimeParseException e) {
            throw new InvalidKpiFileException(where + "'" + cells[2].strip() + "' is not a date (YYYY-MM-DD)");
        }
    }
}
