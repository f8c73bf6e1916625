package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.kpi.KpiCsv;
import dev.uplift.app.service.LocalKpiService;
import dev.uplift.model.kpi.KpiMeasurement;
import dev.uplift.model.kpi.OperationalKpi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "kpi", mixinStandardHelpOptions = true,
        description = {"Record and list the operational KPIs code cannot show: uptime (target ≥ 99.9 %%), error-rate "
                + "(< 0.1 %%), p95-latency (< 200 ms).", "Without options, lists the newest value of each against its target."})
final class KpiCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The repository folder.")
    Path dir;

    @Option(names = "--set", paramLabel = "KPI=VALUE", description = "Record a value, e.g. uptime=99.95.")
    List<String> set = new ArrayList<>();

    @Option(names = "--date", paramLabel = "DATE", description = "The day --set values were measured (default today).")
    String date;

    @Option(names = "--import", paramLabel = "FILE", description = "Import a CSV with the header kpi,value,date.")
    Path csv;

    private final AppContext context;
    private final PrintWriter out;

    KpiCommand(AppContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        Path repository = Inputs.repository(dir);
        List<KpiMeasurement> measurements = new ArrayList<>();
        LocalDate day = day();
        for (Map.Entry<String, Double> e : Options.pairs(set, "--set", Double::parseDouble).entrySet()) {
            OperationalKpi kpi = OperationalKpi.byId(e.getKey()).orElseThrow(() -> new InputException(
                    "unknown KPI '" + e.getKey() + "' (uptime, error-rate, p95-latency)"));
            if (!kpi.isValid(e.getValue())) {
                throw new InputException(e.getValue() + " is out of range for " + kpi.id());
            }
            measurements.add(new KpiMeasurement(kpi, e.getValue(), day));
        }
        if (csv != null) {
            if (!Files.isRegularFile(csv)) {
                throw new InputException("no such file: " + csv);
            }
            try {
                measurements.addAll(KpiCsv.read(csv));
            } catch (KpiCsv.InvalidKpiFileException e) {
                throw new InputException(e.getMessage() + "; nothing was imported");
            }
        }
        LocalKpiService kpis = context.kpiService();
        if (!measurements.isEmpty()) {
            kpis.record(repository, measurements);
            out.printf("Recorded %d measurement(s).%n", measurements.size());
        }
        List<KpiMeasurement> latest = kpis.latestKpis(repository);
        for (OperationalKpi kpi : OperationalKpi.values()) {
            KpiMeasurement m = latest.stream().filter(x -> x.kpi() == kpi).findFirst().orElse(null);
            out.printf(Locale.ROOT, "%-18s %-14s target %-10s %s%n", kpi.title(), m == null ? "not measured"
                    : kpi.format(m.value()), kpi.targetText(), m == null ? "" : (m.meetsTarget() ? "met" : "NOT met")
                    + " (" + m.measuredOn() + ")");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private LocalDate day() {
        try {
            return date == null ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InputException("--date takes YYYY-MM-DD, not '" + date + "'");
        }
    }
}
