package fixture;

import java.util.List;
import java.util.regex.Pattern;

class Cleaner {
    int count(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            if (Pattern.compile("\\d+").matcher(line).find()) { // expect: PERF-REGEX-IN-LOOP
                n++;
            }
            if (line.matches("[a-z]+")) { // expect: PERF-REGEX-IN-LOOP
                n++;
            }
            line = line.replaceAll("\\s+", " "); // expect: PERF-REGEX-IN-LOOP
        }
        return n;
    }
}
