package fixture;

class Codes {
    // 1 + 8 case labels + 1 if = 10: at the limit, not above it
    String name(int code, boolean strict) {
        if (strict) {
            return "STRICT";
        }
        switch (code) {
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 7: return "seven";
            case 8: return "eight";
            default: return "many";
        }
    }

    // an anonymous class's methods are measured on their own
    Runnable task(int a) {
        return new Runnable() {
            @Override
            public void run() {
                if (a == 1) { System.out.println(1); }
                if (a == 2) { System.out.println(2); }
                if (a == 3) { System.out.println(3); }
                if (a == 4) { System.out.println(4); }
                if (a == 5) { System.out.println(5); }
            }
        };
    }
}
