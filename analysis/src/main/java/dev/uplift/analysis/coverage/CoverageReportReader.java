package dev.uplift.analysis.coverage;

import dev.uplift.analysis.components.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the three report formats into per-file line coverage. Stateless. */
public final class CoverageReportReader {
    private CoverageReportReader() {
    }

    /** Reads a report, choosing the format by content. */
    public static List<FileCoverage> read(byte[] content) throws IOException {
        String head = new String(content, 0, Math.min(content.length, 2048), StandardCharsets.UTF_8);
        if (head.contains("<report") || head.contains("JACOCO")) {
            return jacoco(content);
        }
        if (head.contains("<coverage")) {
            return cobertura(content);
        }
        if (head.startsWith("TN:") || head.startsWith("SF:") || head.contains("\nSF:")) {
            return lcov(new String(content, StandardCharsets.UTF_8));
        }
        throw new IOException("not a JaCoCo, Cobertura or lcov report");
    }

    /** JaCoCo XML: package/sourcefile with a LINE counter; paths are package folders plus file name. */
    static List<FileCoverage> jacoco(byte[] content) throws IOException {
        List<FileCoverage> out = new ArrayList<>();
        NodeList packages = SafeXml.parseAllowingDoctype(content).getElementsByTagName("package");
        for (int i = 0; i < packages.getLength(); i++) {
            Element pkg = (Element) packages.item(i);
            for (Element source : SafeXml.children(pkg, "sourcefile")) {
                for (Element counter : SafeXml.children(source, "counter")) {
                    if ("LINE".equals(counter.getAttribute("type"))) {
                        int covered = Integer.parseInt(counter.getAttribute("covered"));
                        int missed = Integer.parseInt(counter.getAttribute("missed"));
                        String dir = pkg.getAttribute("name");
                        out.add(new FileCoverage((dir.isEmpty() ? "" : dir + "/") + source.getAttribute("name"),
                                covered, covered + missed));
                    }
                }
            }
        }
        return out;
    }

    /** Cobertura XML (coverage.py, Istanbul): class@filename with line@hits. */
    static List<FileCoverage> cobertura(byte[] content) throws IOException {
        Map<String, int[]> byFile = new LinkedHashMap<>();
        NodeList classes = SafeXml.parseAllowingDoctype(content).getElementsByTagName("class");
        for (int i = 0; i < classes.getLength(); i++) {
            Element cls = (Element) classes.item(i);
            int[] counts = byFile.computeIfAbsent(cls.getAttribute("filename"), k -> new int[2]);
            for (Element lines : SafeXml.children(cls, "lines")) {
                for (Element line : SafeXml.children(lines, "line")) {
                    counts[1]++;
                    if (!"0".equals(line.getAttribute("hits"))) {
                        counts[0]++;
                    }
                }
            }
        }
        List<FileCoverage> out = new ArrayList<>();
        byFile.forEach((file, c) -> out.add(new FileCoverage(file, c[0], c[1])));
        return out;
    }

    /** lcov tracefiles: SF, DA lines (or LH/LF totals), end_of_record. */
    static List<FileCoverage> lcov(String text) throws IOException {
        List<FileCoverage> out = new ArrayList<>();
        String file = null;
        int covered = 0;
        int coverable = 0;
        Integer lh = null;
        Integer lf = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            try {
                if (line.startsWith("SF:")) {
                    file = line.substring(3);
                    covered = 0;
                    coverable = 0;
                    lh = null;
                    lf = null;
                } else if (line.startsWith("DA:")) {
                    String[] parts = line.substring(3).split(",");
                    coverable++;
                    covered += Long.parseLong(parts[1].strip()) > 0 ? 1 : 0;
                } else if (line.startsWith("LH:")) {
                    lh = Integer.parseInt(line.substring(3).strip());
                } else if (line.startsWith("LF:")) {
                    lf = Integer.parseInt(line.substring(3).strip());
                } else if (line.equals("end_of_record") && file != null) {
                    out.add(new FileCoverage(file, lh != null ? lh : covered, lf != null ? lf : coverable));
                    file = null;
                }
            } catch (RuntimeException e) {
                throw new IOException("malformed lcov line '" + line + "'", e);
            }
        }
        return out;
    }
}
