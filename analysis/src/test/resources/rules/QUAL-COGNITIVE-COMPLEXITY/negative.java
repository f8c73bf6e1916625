package fixture;

import java.util.List;

class Pricing {
    // flat: a switch with many cases counts once; early returns keep nesting low (cognitive 7)
    String label(int code, boolean vip) {
        if (code < 0) {
            return "invalid";
        }
        if (vip) {
            return "vip";
        }
        switch (code) {
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            default: return "many";
        }
    }

    int sum(List<Integer> items) {
        int total = 0;
        for (int item : items) {
            total += item > 0 ? item : 0;
        }
        return total;
    }
}
