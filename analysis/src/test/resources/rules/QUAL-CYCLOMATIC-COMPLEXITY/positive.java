package fixture;

class Codes {
    // 1 + 9 case labels + 1 if + 1 && = 12
    String name(int code, boolean strict, boolean loud) { // expect: QUAL-CYCLOMATIC-COMPLEXITY
        if (strict && loud) {
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
            case 9: return "nine";
            default: return "many";
        }
    }
}
