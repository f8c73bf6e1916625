package fixture;

import java.util.List;

class Matrix {
    int count(List<List<Integer>> rows, boolean strict) { // expect: QUAL-DEEP-NESTING
        int n = 0;
        for (List<Integer> row : rows) {
            if (row != null) {
                for (int cell : row) {
                    try {
                        if (strict) {
                            n += Math.addExact(cell, 1);
                        }
                    } catch (ArithmeticException e) {
                        n = 0;
                    }
                }
            }
        }
        return n;
    }
}
