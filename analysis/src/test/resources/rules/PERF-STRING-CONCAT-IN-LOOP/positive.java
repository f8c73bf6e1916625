package fixture;

import java.util.List;

class Report {
    String render(List<String> rows) {
        String out = "";
        for (String row : rows) {
            out += row + "\n"; // expect: PERF-STRING-CONCAT-IN-LOOP
        }
        return out;
    }
}
