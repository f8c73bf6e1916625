package dev.uplift.app.plan;

import dev.uplift.model.plan.Phase;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.model.plan.ValidationCriterion;
import dev.uplift.model.plan.WorkingDays;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plan as Microsoft Project XML (MSPDI), which Project, ProjectLibre and MPXJ-based tools import:
 * each phase a summary task, its open steps as tasks under it (working days from the plan's start,
 * 8-hour days), prerequisites as finish-to-start links, the critical path flagged, each skill of the
 * team a resource with its head count, and each step's demand an assignment. Steps already done or
 * verified are left out: the file is what is still to do.
 */
public final class MsProjectXml {
    private static final String NS = "http://schemas.microsoft.com/project";
    private static final int HOURS_PER_DAY = 8;

    private MsProjectXml() {
    }

    public static void write(UpgradePlan plan, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            try {
                write(plan, xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(UpgradePlan plan, XMLStreamWriter xml) throws XMLStreamException {
        List<UpgradeStep> open = plan.steps().stream().filter(UpgradeStep::isOpen).toList();
        Set<String> critical = new HashSet<>(plan.criticalPath());
        // UIDs: phases first, then steps, so links can name any task
        Map<String, Integer> phaseUid = new LinkedHashMap<>();
        for (Phase p : plan.phases()) {
            phaseUid.put(p.name(), phaseUid.size() + 1);
        }
        Map<String, Integer> stepUid = new HashMap<>();
        for (UpgradeStep s : open) {
            stepUid.put(s.id(), phaseUid.size() + stepUid.size() + 1);
        }
        Map<String, Integer> resourceUid = new LinkedHashMap<>();
        plan.capacity().keySet().forEach(skill -> resourceUid.put(skill, resourceUid.size() + 1));

        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("Project");
        xml.writeDefaultNamespace(NS);
        element(xml, "Name", "Upgrade plan of " + plan.repository());
        element(xml, "Title", "Upgrade plan of " + plan.repository());
        element(xml, "ScheduleFromStart", "1");
        element(xml, "StartDate", start(plan.startDate(), 0));
        element(xml, "FinishDate", finish(plan.startDate(), Math.max(1, plan.makespanDays())));
        element(xml, "MinutesPerDay", String.valueOf(HOURS_PER_DAY * 60));
        element(xml, "MinutesPerWeek", String.valueOf(HOURS_PER_DAY * 60 * 5));
        element(xml, "DaysPerMonth", "20");

        xml.writeStartElement("Tasks");
        int id = 1;
        for (Phase p : plan.phases()) {
            List<UpgradeStep> steps = open.stream().filter(s -> p.name().equals(s.phase())).toList();
            xml.writeStartElement("Task");
            element(xml, "UID", String.valueOf(phaseUid.get(p.name())));
            element(xml, "ID", String.valueOf(id++));
            element(xml, "Name", p.name());
            element(xml, "Type", "1"); // fixed duration
            element(xml, "OutlineLevel", "1");
            element(xml, "Start", start(plan.startDate(), p.startDay()));
            element(xml, "Finish", finish(plan.startDate(), p.endDay()));
            element(xml, "Duration", hours(Math.max(0, p.endDay() - p.startDay()) * HOURS_PER_DAY));
            element(xml, "DurationFormat", "7"); // days
            element(xml, "Summary", "1");
            xml.writeEndElement();
            for (UpgradeStep s : steps) {
                task(xml, plan, s, stepUid, id++, critical.contains(s.id()));
            }
        }
        xml.writeEndElement();

        xml.writeStartElement("Resources");
        for (Map.Entry<String, Integer> r : resourceUid.entrySet()) {
            xml.writeStartElement("Resource");
            element(xml, "UID", String.valueOf(r.getValue()));
            element(xml, "ID", String.valueOf(r.getValue()));
            element(xml, "Name", r.getKey());
            element(xml, "Type", "1"); // work
            element(xml, "MaxUnits", String.format(Locale.ROOT, "%.2f", (double) plan.capacity().get(r.getKey())));
            xml.writeEndElement();
        }
        xml.writeEndElement();

        xml.writeStartElement("Assignments");
        int uid = 1;
        for (UpgradeStep s : open) {
            int people = s.demand().values().stream().mapToInt(Integer::intValue).sum();
            for (Map.Entry<String, Integer> d : s.demand().entrySet()) {
                Integer resource = resourceUid.get(d.getKey());
                if (resource == null) {
                    continue; // a skill the team no longer has
                }
                xml.writeStartElement("Assignment");
                element(xml, "UID", String.valueOf(uid++));
                element(xml, "TaskUID", String.valueOf(stepUid.get(s.id())));
                element(xml, "ResourceUID", String.valueOf(resource));
                element(xml, "Units", String.format(Locale.ROOT, "%.2f", (double) d.getValue()));
                element(xml, "Work", hours(people == 0 ? 0 : s.effortHours() * d.getValue() / people));
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private static void task(XMLStreamWriter xml, UpgradePlan plan, UpgradeStep s, Map<String, Integer> uids, int id,
                             boolean critical) throws XMLStreamException {
        xml.writeStartElement("Task");
        element(xml, "UID", String.valueOf(uids.get(s.id())));
        element(xml, "ID", String.valueOf(id));
        element(xml, "Name", s.title());
        element(xml, "Type", "1");
        element(xml, "OutlineLevel", "2");
        element(xml, "Priority", String.valueOf(Math.max(0, Math.min(1000, s.priority() * 10))));
        element(xml, "Start", start(plan.startDate(), s.startDay()));
        element(xml, "Finish", finish(plan.startDate(), Math.max(s.startDay() + 1, s.endDay())));
        element(xml, "Duration", hours(Math.max(1, s.durationDays()) * HOURS_PER_DAY));
        element(xml, "DurationFormat", "7");
        element(xml, "Work", hours(s.effortHours()));
        element(xml, "Milestone", "0");
        element(xml, "Summary", "0");
        element(xml, "Critical", critical ? "1" : "0");
        element(xml, "Notes", s.id() + " · " + s.category().id() + " · risk " + s.risk().name().toLowerCase(Locale.ROOT)
                + (s.validation().isEmpty() ? "" : "\nDone when: " + s.validation().stream()
                .map(ValidationCriterion::describe).collect(Collectors.joining("; "))));
        for (String prerequisite : s.prerequisites()) {
            Integer before = uids.get(prerequisite);
            if (before != null) { // a prerequisite already done needs no link
                xml.writeStartElement("PredecessorLink");
                element(xml, "PredecessorUID", String.valueOf(before));
                element(xml, "Type", "1"); // finish-to-start
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Working day {@code day} after the start, at 08:00. */
    private static String start(LocalDate startDate, int day) {
        return WorkingDays.plus(startDate, day) + "T08:00:00";
    }

    /** The last working day of a span ending (exclusive) at {@code endDay}, at 17:00. */
    private static String finish(LocalDate startDate, int endDay) {
        return WorkingDays.plus(startDate, Math.max(0, endDay - 1)) + "T17:00:00";
    }

    /** An ISO-8601 duration of hours and minutes, as MSPDI writes them: {@code PT12H30M0S}. */
    static String hours(double hours) {
        long minutes = Math.round(hours * 60);
        return "PT" + minutes / 60 + "H" + minutes % 60 + "M0S";
    }
}
