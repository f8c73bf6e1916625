package fixture;

/**
 * Billing.
 * XXX the rounding rules differ per country   // expect: QUAL-TODO
 */
public class Invoices {
    // TODO split into net and gross   // expect: QUAL-TODO
    int total;
    /* FIXME overflow on large orders */   // expect: QUAL-TODO
    int lines;
    int tax; // HACK: hard-wired until the tax service exists   // expect: QUAL-TODO
}
