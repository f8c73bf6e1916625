package fixture;

/** Long, but mostly documentation: comments and blank lines do not count. */
public class Ledger {
    /**
     * Value number 0.
     */
    int value0(int x) {
        return x + 0;
    }

    /**
     * Value number 1.
     */
    int value1(int x) {
        return x + 1;
    }

    /**
     * Value number 2.
     */
    int value2(int x) {
        return x + 2;
    }

    /**
     * Value number 3.
     */
    int value3(int x) {
        return x + 3;
    }

    /**
     * Value number 4.
     */
    int value4(int x) {
        return x + 4;
    }

    /**
     * Value number 5.
     */
    int value5(int x) {
        return x + 5;
    }

    /**
     * Value number 6.
     */
    int value6(int x) {
        return x + 6;
    }

    /**
     * Value number 7.
     */
    int value7(int x) {
        return x + 7;
    }

    /**
     * Value number 8.
     */
    int value8(int x) {
        return x + 8;
    }

    /**
     * Value number 9.
     */
    int value9(int x) {
        return x + 9;
    }

    /**
     * Value number 10.
     */
    int value10(int x) {
        return x + 10;
    }

    /**
     * Value number 11.
     */
    int value11(int x) {
        return x + 11;
    }

    /**
     * Value number 12.
     */
    int value12(int x) {
        return x + 12;
    }

    /**
     * Value number 13.
     */
    int value13(int x) {
        return x + 13;
    }

    /**
     * Value number 14.
     */
    int value14(int x) {
        return x + 14;
    }

    /**
     * Value number 15.
     */
    int value15(int x) {
        return x + 15;
    }

    /**
     * Value number 16.
     */
    int value16(int x) {
        return x + 16;
    }

    /**
     * Value number 17.
     */
    int value17(int x) {
        return x + 17;
    }

    /**
     * Value number 18.
     */
    int value18(int x) {
        return x + 18;
    }

    /**
     * Value number 19.
     */
    int value19(int x) {
        return x + 19;
    }

    /**
     * Value number 20.
     */
    int value20(int x) {
        return x + 20;
    }

    /**
     * Value number 21.
     */
    int value21(int x) {
        return x + 21;
    }

    /**
     * Value number 22.
     */
    int value22(int x) {
        return x + 22;
    }

    /**
     * Value number 23.
     */
    int value23(int x) {
        return x + 23;
    }

    /**
     * Value number 24.
     */
    int value24(int x) {
        return x + 24;
    }

    /**
     * Value number 25.
     */
    int value25(int x) {
        return x + 25;
    }

    /**
     * Value number 26.
     */
    int value26(int x) {
        return x + 26;
    }

    /**
     * Value number 27.
     */
    int value27(int x) {
        return x + 27;
    }

    /**
     * Value number 28.
     */
    int value28(int x) {
        return x + 28;
    }

    /**
     * Value number 29.
     */
    int value29(int x) {
        return x + 29;
    }

    /**
     * Value number 30.
     */
    int value30(int x) {
        return x + 30;
    }

    /**
     * Value number 31.
     */
    int value31(int x) {
        return x + 31;
    }

    /**
     * Value number 32.
     */
    int value32(int x) {
        return x + 32;
    }

    /**
     * Value number 33.
     */
    int value33(int x) {
        return x + 33;
    }

    /**
     * Value number 34.
     */
    int value34(int x) {
        return x + 34;
    }

    /**
     * Value number 35.
     */
    int value35(int x) {
        return x + 35;
    }

    /**
     * Value number 36.
     */
    int value36(int x) {
        return x + 36;
    }

    /**
     * Value number 37.
     */
    int value37(int x) {
        return x + 37;
    }

    /**
     * Value number 38.
     */
    int value38(int x) {
        return x + 38;
    }

    /**
     * Value number 39.
     */
    int value39(int x) {
        return x + 39;
    }

    /**
     * Value number 40.
     */
    int value40(int x) {
        return x + 40;
    }

    /**
     * Value number 41.
     */
    int value41(int x) {
        return x + 41;
    }

    /**
     * Value number 42.
     */
    int value42(int x) {
        return x + 42;
    }

    /**
     * Value number 43.
     */
    int value43(int x) {
        return x + 43;
    }

    /**
     * Value number 44.
     */
    int value44(int x) {
        return x + 44;
    }

    /**
     * Value number 45.
     */
    int value45(int x) {
        return x + 45;
    }

    /**
     * Value number 46.
     */
    int value46(int x) {
        return x + 46;
    }

    /**
     * Value number 47.
     */
    int value47(int x) {
        return x + 47;
    }

    /**
     * Value number 48.
     */
    int value48(int x) {
        return x + 48;
    }

    /**
     * Value number 49.
     */
    int value49(int x) {
        return x + 49;
    }

    /**
     * Value number 50.
     */
    int value50(int x) {
        return x + 50;
    }

    /**
     * Value number 51.
     */
    int value51(int x) {
        return x + 51;
    }

    /**
     * Value number 52.
     */
    int value52(int x) {
        return x + 52;
    }

    /**
     * Value number 53.
     */
    int value53(int x) {
        return x + 53;
    }

    /**
     * Value number 54.
     */
    int value54(int x) {
        return x + 54;
    }

    /**
     * Value number 55.
     */
    int value55(int x) {
        return x + 55;
    }

    /**
     * Value number 56.
     */
    int value56(int x) {
        return x + 56;
    }

    /**
     * Value number 57.
     */
    int value57(int x) {
        return x + 57;
    }

    /**
     * Value number 58.
     */
    int value58(int x) {
        return x + 58;
    }

    /**
     * Value number 59.
     */
    int value59(int x) {
        return x + 59;
    }

    /**
     * Value number 60.
     */
    int value60(int x) {
        return x + 60;
    }

    /**
     * Value number 61.
     */
    int value61(int x) {
        return x + 61;
    }

    /**
     * Value number 62.
     */
    int value62(int x) {
        return x + 62;
    }

    /**
     * Value number 63.
     */
    int value63(int x) {
        return x + 63;
    }

    /**
     * Value number 64.
     */
    int value64(int x) {
        return x + 64;
    }

    /**
     * Value number 65.
     */
    int value65(int x) {
        return x + 65;
    }

    /**
     * Value number 66.
     */
    int value66(int x) {
        return x + 66;
    }

    /**
     * Value number 67.
     */
    int value67(int x) {
        return x + 67;
    }

    /**
     * Value number 68.
     */
    int value68(int x) {
        return x + 68;
    }

    /**
     * Value number 69.
     */
    int value69(int x) {
        return x + 69;
    }

    /**
     * Value number 70.
     */
    int value70(int x) {
        return x + 70;
    }

    /**
     * Value number 71.
     */
    int value71(int x) {
        return x + 71;
    }

    /**
     * Value number 72.
     */
    int value72(int x) {
        return x + 72;
    }

    /**
     * Value number 73.
     */
    int value73(int x) {
        return x + 73;
    }

    /**
     * Value number 74.
     */
    int value74(int x) {
        return x + 74;
    }

    /**
     * Value number 75.
     */
    int value75(int x) {
        return x + 75;
    }

    /**
     * Value number 76.
     */
    int value76(int x) {
        return x + 76;
    }

    /**
     * Value number 77.
     */
    int value77(int x) {
        return x + 77;
    }

    /**
     * Value number 78.
     */
    int value78(int x) {
        return x + 78;
    }

    /**
     * Value number 79.
     */
    int value79(int x) {
        return x + 79;
    }

    /**
     * Value number 80.
     */
    int value80(int x) {
        return x + 80;
    }

    /**
     * Value number 81.
     */
    int value81(int x) {
        return x + 81;
    }

    /**
     * Value number 82.
     */
    int value82(int x) {
        return x + 82;
    }

    /**
     * Value number 83.
     */
    int value83(int x) {
        return x + 83;
    }

    /**
     * Value number 84.
     */
    int value84(int x) {
        return x + 84;
    }

    /**
     * Value number 85.
     */
    int value85(int x) {
        return x + 85;
    }

    /**
     * Value number 86.
     */
    int value86(int x) {
        return x + 86;
    }

    /**
     * Value number 87.
     */
    int value87(int x) {
        return x + 87;
    }

    /**
     * Value number 88.
     */
    int value88(int x) {
        return x + 88;
    }

    /**
     * Value number 89.
     */
    int value89(int x) {
        return x + 89;
    }

    /**
     * Value number 90.
     */
    int value90(int x) {
        return x + 90;
    }

    /**
     * Value number 91.
     */
    int value91(int x) {
        return x + 91;
    }

    /**
     * Value number 92.
     */
    int value92(int x) {
        return x + 92;
    }

    /**
     * Value number 93.
     */
    int value93(int x) {
        return x + 93;
    }

    /**
     * Value number 94.
     */
    int value94(int x) {
        return x + 94;
    }

    /**
     * Value number 95.
     */
    int value95(int x) {
        return x + 95;
    }

    /**
     * Value number 96.
     */
    int value96(int x) {
        return x + 96;
    }

    /**
     * Value number 97.
     */
    int value97(int x) {
        return x + 97;
    }

    /**
     * Value number 98.
     */
    int value98(int x) {
        return x + 98;
    }

    /**
     * Value number 99.
     */
    int value99(int x) {
        return x + 99;
    }

    /**
     * Value number 100.
     */
    int value100(int x) {
        return x + 100;
    }

    /**
     * Value number 101.
     */
    int value101(int x) {
        return x + 101;
    }

    /**
     * Value number 102.
     */
    int value102(int x) {
        return x + 102;
    }

    /**
     * Value number 103.
     */
    int value103(int x) {
        return x + 103;
    }

    /**
     * Value number 104.
     */
    int value104(int x) {
        return x + 104;
    }

    /**
     * Value number 105.
     */
    int value105(int x) {
        return x + 105;
    }

    /**
     * Value number 106.
     */
    int value106(int x) {
        return x + 106;
    }

    /**
     * Value number 107.
     */
    int value107(int x) {
        return x + 107;
    }

    /**
     * Value number 108.
     */
    int value108(int x) {
        return x + 108;
    }

    /**
     * Value number 109.
     */
    int value109(int x) {
        return x + 109;
    }

    /**
     * Value number 110.
     */
    int value110(int x) {
        return x + 110;
    }

    /**
     * Value number 111.
     */
    int value111(int x) {
        return x + 111;
    }

    /**
     * Value number 112.
     */
    int value112(int x) {
        return x + 112;
    }

    /**
     * Value number 113.
     */
    int value113(int x) {
        return x + 113;
    }

    /**
     * Value number 114.
     */
    int value114(int x) {
        return x + 114;
    }

    /**
     * Value number 115.
     */
    int value115(int x) {
        return x + 115;
    }

    /**
     * Value number 116.
     */
    int value116(int x) {
        return x + 116;
    }

    /**
     * Value number 117.
     */
    int value117(int x) {
        return x + 117;
    }

    /**
     * Value number 118.
     */
    int value118(int x) {
        return x + 118;
    }

    /**
     * Value number 119.
     */
    int value119(int x) {
        return x + 119;
    }

}
