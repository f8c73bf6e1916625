package fixture;

import java.util.List;

class Pricing {
    // if 1, for 2, if 3, && 1, else if 1, else 1, while 1, && 1, || 1, if 2, catch 1, ?: 2 = 17
    int price(List<Integer> items, boolean vip, boolean sale) { // expect: QUAL-COGNITIVE-COMPLEXITY
        int total = 0;
        if (items != null) {
            for (int item : items) {
                if (vip && sale) {
                    total += item / 2;
                } else if (vip) {
                    total += item - 1;
                } else {
                    total += item;
                }
            }
        }
        while (total > 1000 && (sale || vip)) {
            if (sale) {
                total -= 10;
            }
            total--;
        }
        try {
            total = Math.addExact(total, 1);
        } catch (ArithmeticException e) {
            total = vip ? 0 : 1;
        }
        return total;
    }
}
