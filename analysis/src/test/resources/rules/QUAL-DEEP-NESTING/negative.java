package fixture;

import java.util.List;

class Matrix {
    // else-if chains do not nest deeper, and four levels are allowed
    int count(List<List<Integer>> rows, boolean strict) {
        int n = 0;
        for (List<Integer> row : rows) {
            if (row == null) {
                continue;
            }
            for (int cell : row) {
                if (strict) {
                    n++;
                } else if (cell > 0) {
                    n += 2;
                } else if (cell < 0) {
                    n += 3;
                } else if (cell == 0) {
                    n += 4;
                }
            }
        }
        return n;
    }
}
