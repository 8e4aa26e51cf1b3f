package ch.so.integration.billing.payer;

import java.math.BigDecimal;

/**
 * One payer's part of an invoice.
 *
 * @param payer     who pays
 * @param name      the payer's name
 * @param amount    CHF, scale 2, never negative
 * @param reference the granted instrument's number, or the rule the share rests on when there is no instrument
 */
public record Share(PayerRole payer, String name, BigDecimal amount, String reference) {
}
