package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.plan.PlanCsv;
import dev.uplift.app.plan.PlanJson;
import dev.uplift.app.plan.TeamFile;
import dev.uplift.app.service.LocalPlanService;
import dev.uplift.model.plan.Scenario;
import dev.uplift.model.plan.Team;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.WorkingDays;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plan the upgrade from the latest assessment (assessing first if there is none), print it and "
                + "store it.", "Edits (--pin, --estimate, --exclude, --include, --after, --assign) are stored and "
                + "survive re-planning."})
final class PlanCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The repository folder.")
    Path dir;

    @Option(names = "--team", paramLabel = "FILE", description = "Team file: skills, people, focus hours (docs/cli.md). "
            + "Default: backend 2, frontend 1, qa 1, six focus hours a day.")
    Path team;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the plan as JSON.")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write one CSV row per step.")
    Path csv;

    @Option(names = "--start", paramLabel = "DATE", description = "First day of the plan (YYYY-MM-DD; default today).")
    String start;

    @Option(names = "--weeks", paramLabel = "N", description = "Time box: schedule only what the team can do in N "
            + "weeks (blockers first, then the most readiness per hour), list the rest as deferred with the reason, "
            + "and report the readiness reached. Without it the plan is complete.")
    Integer weeks;

    @Option(names = "--compare", paramLabel = "TEAM.json", description = "Also plan the same steps for this team "
            + "(repeatable) and print the scenarios side by side: makespan, ready-by date, person-days, the skill that "
            + "binds; with --json the file holds {\"scenarios\": […]} instead of the plan.")
    List<Path> compare = new ArrayList<>();

    @Option(names = "--pin", paramLabel = "STEP=DAY", description = "Start STEP no earlier than working day DAY.")
    List<String> pins = new ArrayList<>();

    @Option(names = "--estimate", paramLabel = "STEP=HOURS", description = "Replace STEP's effort estimate.")
    List<String> estimates = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "STEP", description = "Take STEP out of the plan.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--include", paramLabel = "STEP", description = "Put an excluded STEP back.")
    List<String> include = new ArrayList<>();

    @Option(names = "--after", paramLabel = "STEP=PREREQ", description = "Make STEP also wait for the step PREREQ.")
    List<String> after = new ArrayList<>();

    @Option(names = "--assign", paramLabel = "STEP=SKILL:N[,SKILL:N]",
            description = "Give STEP to these people of the team, e.g. orders:coverage=backend:2,qa:1.")
    List<String> assign = new ArrayList<>();

    private final AppContext context;
    private final PrintWriter out;

    PlanCommand(AppContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        Path repository = Inputs.repository(dir);
        Path jsonFile = json == null ? null : Inputs.outputFile(json);
        Path csvFile = csv == null ? null : Inputs.outputFile(csv);
        Team teamOf = team == null ? context.planService().team(repository) : readTeam(team); // else the stored team
        LocalDate startDate = startDate();
        Map<String, Integer> pinned = Options.pairs(pins, "--pin", Integer::parseInt);
        Map<String, Double> estimated = Options.pairs(estimates, "--estimate", Double::parseDouble);
        require(weeks == null || weeks >= 1, "--weeks takes a whole number of weeks, 1 or more");
        pinned.values().forEach(d -> require(d >= 0, "--pin days are 0 or more"));
        estimated.values().forEach(h -> require(h >= 0, "--estimate hours are 0 or more"));

        LocalPlanService plans = context.planService();
        plans.edit(repository, pinned, estimated, new HashSet<>(exclude), new HashSet<>(include));
        Map<String, String> waits = Options.pairs(after, "--after", v -> v);
        Map<String, Map<String, Integer>> people = Options.pairs(assign, "--assign", PlanCommand::people);
        UpgradePlan plan;
        try {
            plan = plans.plan(repository, teamOf, startDate, weeks == null ? null : weeks * WorkingDays.PER_WEEK);
            for (Map.Entry<String, String> w : waits.entrySet()) {
                plan = plans.waitFor(repository, w.getKey(), w.getValue());
            }
            for (Map.Entry<String, Map<String, Integer>> a : people.entrySet()) {
                plan = plans.assign(repository, a.getKey(), a.getValue());
            }
        } catch (IllegalArgumentException e) { // e.g. a step needs a skill the team lacks, or a wait makes a cycle
            throw new InputException("cannot schedule the plan: " + e.getMessage());
        }
        PlanReport.print(plan, out);
        List<Scenario> scenarios = compare.isEmpty() ? List.of() : scenarios(plans, repository, teamOf);
        if (!scenarios.isEmpty()) {
            PlanReport.scenarios(scenarios, out);
        }
        if (jsonFile != null) {
            Files.writeString(jsonFile, scenarios.isEmpty() ? PlanJson.write(plan) : PlanJson.scenarios(scenarios));
            out.println("JSON written to " + jsonFile);
        }
        if (csvFile != null) {
            PlanCsv.write(plan, csvFile);
            out.println("CSV written to " + csvFile);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The current team's plan first, then each --compare team's. */
    private List<Scenario> scenarios(LocalPlanService plans, Path repository, Team current) {
        List<Team> teams = new ArrayList<>();
        teams.add(current);
        compare.forEach(file -> teams.add(readTeam(file)));
        try {
            return plans.compare(repository, teams);
        } catch (IllegalArgumentException e) { // a team without a skill some step needs
            throw new InputException("cannot schedule a scenario: " + e.getMessage());
        }
    }

    private LocalDate startDate() {
        try {
            return start == null ? null : LocalDate.parse(start);
        } catch (DateTimeParseException e) {
            throw new InputException("--start takes a date as YYYY-MM-DD, not '" + start + "'");
        }
    }

    private static Team readTeam(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("no such team file: " + file);
        }
        try {
            return TeamFile.read(file);
        } catch (IOException e) {
            throw new InputException(e.getMessage());
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InputException(message);
        }
    }

    /** "backend:2,qa:1" as people per skill. */
    private static Map<String, Integer> people(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] skillAndCount = part.strip().split(":");
            if (skillAndCount.length != 2) {
                throw new NumberFormatException("'" + part.strip() + "' is not SKILL:N");
            }
            out.put(skillAndCount[0].strip(), Integer.parseInt(skillAndCount[1].strip()));
        }
        return out;
    }
}
