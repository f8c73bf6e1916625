package fixture;

import java.util.List;

class Report {
    String render(List<String> rows) {
        StringBuilder out = new StringBuilder();
        for (String row : rows) {
            String line = "";
            line += row; // a fresh string per iteration: nothing accumulates
            out.append(line).append('\n');
        }
        int total = 0;
        for (String row : rows) {
            total += row.length();
        }
        return out.toString() + total;
    }
}
