package fixture;

/** A class that grew too big. */
public class Ledger { // expect: QUAL-LARGE-CLASS
    int value0(int x) {
        return x + 0;
    }
    int value1(int x) {
        return x + 1;
    }
    int value2(int x) {
        return x + 2;
    }
    int value3(int x) {
        return x + 3;
    }
    int value4(int x) {
        return x + 4;
    }
    int value5(int x) {
        return x + 5;
    }
    int value6(int x) {
        return x + 6;
    }
    int value7(int x) {
        return x + 7;
    }
    int value8(int x) {
        return x + 8;
    }
    int value9(int x) {
        return x + 9;
    }
    int value10(int x) {
        return x + 10;
    }
    int value11(int x) {
        return x + 11;
    }
    int value12(int x) {
        return x + 12;
    }
    int value13(int x) {
        return x + 13;
    }
    int value14(int x) {
        return x + 14;
    }
    int value15(int x) {
        return x + 15;
    }
    int value16(int x) {
        return x + 16;
    }
    int value17(int x) {
        return x + 17;
    }
    int value18(int x) {
        return x + 18;
    }
    int value19(int x) {
        return x + 19;
    }
    int value20(int x) {
        return x + 20;
    }
    int value21(int x) {
        return x + 21;
    }
    int value22(int x) {
        return x + 22;
    }
    int value23(int x) {
        return x + 23;
    }
    int value24(int x) {
        return x + 24;
    }
    int value25(int x) {
        return x + 25;
    }
    int value26(int x) {
        return x + 26;
    }
    int value27(int x) {
        return x + 27;
    }
    int value28(int x) {
        return x + 28;
    }
    int value29(int x) {
        return x + 29;
    }
    int value30(int x) {
        return x + 30;
    }
    int value31(int x) {
        return x + 31;
    }
    int value32(int x) {
        return x + 32;
    }
    int value33(int x) {
        return x + 33;
    }
    int value34(int x) {
        return x + 34;
    }
    int value35(int x) {
        return x + 35;
    }
    int value36(int x) {
        return x + 36;
    }
    int value37(int x) {
        return x + 37;
    }
    int value38(int x) {
        return x + 38;
    }
    int value39(int x) {
        return x + 39;
    }
    int value40(int x) {
        return x + 40;
    }
    int value41(int x) {
        return x + 41;
    }
    int value42(int x) {
        return x + 42;
    }
    int value43(int x) {
        return x + 43;
    }
    int value44(int x) {
        return x + 44;
    }
    int value45(int x) {
        return x + 45;
    }
    int value46(int x) {
        return x + 46;
    }
    int value47(int x) {
        return x + 47;
    }
    int value48(int x) {
        return x + 48;
    }
    int value49(int x) {
        return x + 49;
    }
    int value50(int x) {
        return x + 50;
    }
    int value51(int x) {
        return x + 51;
    }
    int value52(int x) {
        return x + 52;
    }
    int value53(int x) {
        return x + 53;
    }
    int value54(int x) {
        return x + 54;
    }
    int value55(int x) {
        return x + 55;
    }
    int value56(int x) {
        return x + 56;
    }
    int value57(int x) {
        return x + 57;
    }
    int value58(int x) {
        return x + 58;
    }
    int value59(int x) {
        return x + 59;
    }
    int value60(int x) {
        return x + 60;
    }
    int value61(int x) {
        return x + 61;
    }
    int value62(int x) {
        return x + 62;
    }
    int value63(int x) {
        return x + 63;
    }
    int value64(int x) {
        return x + 64;
    }
    int value65(int x) {
        return x + 65;
    }
    int value66(int x) {
        return x + 66;
    }
    int value67(int x) {
        return x + 67;
    }
    int value68(int x) {
        return x + 68;
    }
    int value69(int x) {
        return x + 69;
    }
    int value70(int x) {
        return x + 70;
    }
    int value71(int x) {
        return x + 71;
    }
    int value72(int x) {
        return x + 72;
    }
    int value73(int x) {
        return x + 73;
    }
    int value74(int x) {
        return x + 74;
    }
    int value75(int x) {
        return x + 75;
    }
    int value76(int x) {
        return x + 76;
    }
    int value77(int x) {
        return x + 77;
    }
    int value78(int x) {
        return x + 78;
    }
    int value79(int x) {
        return x + 79;
    }
    int value80(int x) {
        return x + 80;
    }
    int value81(int x) {
        return x + 81;
    }
    int value82(int x) {
        return x + 82;
    }
    int value83(int x) {
        return x + 83;
    }
    int value84(int x) {
        return x + 84;
    }
    int value85(int x) {
        return x + 85;
    }
    int value86(int x) {
        return x + 86;
    }
    int value87(int x) {
        return x + 87;
    }
    int value88(int x) {
        return x + 88;
    }
    int value89(int x) {
        return x + 89;
    }
    int value90(int x) {
        return x + 90;
    }
    int value91(int x) {
        return x + 91;
    }
    int value92(int x) {
        return x + 92;
    }
    int value93(int x) {
        return x + 93;
    }
    int value94(int x) {
        return x + 94;
    }
    int value95(int x) {
        return x + 95;
    }
    int value96(int x) {
        return x + 96;
    }
    int value97(int x) {
        return x + 97;
    }
    int value98(int x) {
        return x + 98;
    }
    int value99(int x) {
        return x + 99;
    }
    int value100(int x) {
        return x + 100;
    }
    int value101(int x) {
        return x + 101;
    }
    int value102(int x) {
        return x + 102;
    }
    int value103(int x) {
        return x + 103;
    }
    int value104(int x) {
        return x + 104;
    }
    int value105(int x) {
        return x + 105;
    }
    int value106(int x) {
        return x + 106;
    }
    int value107(int x) {
        return x + 107;
    }
    int value108(int x) {
        return x + 108;
    }
    int value109(int x) {
        return x + 109;
    }
    int value110(int x) {
        return x + 110;
    }
    int value111(int x) {
        return x + 111;
    }
    int value112(int x) {
        return x + 112;
    }
    int value113(int x) {
        return x + 113;
    }
    int value114(int x) {
        return x + 114;
    }
    int value115(int x) {
        return x + 115;
    }
    int value116(int x) {
        return x + 116;
    }
    int value117(int x) {
        return x + 117;
    }
    int value118(int x) {
        return x + 118;
    }
    int value119(int x) {
        return x + 119;
    }
    int value120(int x) {
        return x + 120;
    }
    int value121(int x) {
        return x + 121;
    }
    int value122(int x) {
        return x + 122;
    }
    int value123(int x) {
        return x + 123;
    }
    int value124(int x) {
        return x + 124;
    }
    int value125(int x) {
        return x + 125;
    }
    int value126(int x) {
        return x + 126;
    }
    int value127(int x) {
        return x + 127;
    }
    int value128(int x) {
        return x + 128;
    }
    int value129(int x) {
        return x + 129;
    }
    int value130(int x) {
        return x + 130;
    }
    int value131(int x) {
        return x + 131;
    }
    int value132(int x) {
        return x + 132;
    }
    int value133(int x) {
        return x + 133;
    }
    int value134(int x) {
        return x + 134;
    }
    int value135(int x) {
        return x + 135;
    }
    int value136(int x) {
        return x + 136;
    }
    int value137(int x) {
        return x + 137;
    }
    int value138(int x) {
        return x + 138;
    }
    int value139(int x) {
        return x + 139;
    }
    int value140(int x) {
        return x + 140;
    }
    int value141(int x) {
        return x + 141;
    }
    int value142(int x) {
        return x + 142;
    }
    int value143(int x) {
        return x + 143;
    }
    int value144(int x) {
        return x + 144;
    }
    int value145(int x) {
        return x + 145;
    }
    int value146(int x) {
        return x + 146;
    }
    int value147(int x) {
        return x + 147;
    }
    int value148(int x) {
        return x + 148;
    }
    int value149(int x) {
        return x + 149;
    }
    int value150(int x) {
        return x + 150;
    }
    int value151(int x) {
        return x + 151;
    }
    int value152(int x) {
        return x + 152;
    }
    int value153(int x) {
        return x + 153;
    }
    int value154(int x) {
        return x + 154;
    }
    int value155(int x) {
        return x + 155;
    }
    int value156(int x) {
        return x + 156;
    }
    int value157(int x) {
        return x + 157;
    }
    int value158(int x) {
        return x + 158;
    }
    int value159(int x) {
        return x + 159;
    }
    int value160(int x) {
        return x + 160;
    }
    int value161(int x) {
        return x + 161;
    }
    int value162(int x) {
        return x + 162;
    }
    int value163(int x) {
        return x + 163;
    }
    int value164(int x) {
        return x + 164;
    }
    int value165(int x) {
        return x + 165;
    }
    int value166(int x) {
        return x + 166;
    }
    int value167(int x) {
        return x + 167;
    }
    int value168(int x) {
        return x + 168;
    }
    int value169(int x) {
        return x + 169;
    }
}
