package ch.so.integration.billing.invoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import ch.so.integration.billing.calculation.Chf;

/**
 * AM-07 monthly run, per creditor and month: which invoices the month's charges need, given what was issued before.
 * Pure, so that the idempotence of the run and the corrections can be proven with plain tests:
 * <ul>
 * <li>a debtor not yet invoiced for the month gets an {@link InvoiceKind#INVOICE} with all its charges (none when
 * they sum to zero);</li>
 * <li>a debtor already invoiced gets nothing when every participant's charge equals what was issued for it (the
 * invoice plus its corrections): a second run creates nothing;</li>
 * <li>otherwise one document for the differences, referencing the first invoice: a {@link InvoiceKind#CORRECTION}
 * when it adds up to more, a {@link InvoiceKind#CREDIT_NOTE} when to less. Per changed participant it shows the new
 * calculation and, as a deduction, what was issued, so its lines make the difference;</li>
 * <li>a participant whose month is an open item now (e.g. the cost approval lapsed), or who is not in this run's
 * months at all (e.g. the creditor's provider mapping changed, or the exit was moved back), is left as issued: only
 * a participant billed now, to other debtors or for less, is credited.</li>
 * </ul>
 */
public final class InvoicePlanner {

    private InvoicePlanner() {
    }

    /** What was issued to a debtor for a participant in the month, summed over the invoice and its corrections. */
    public record Issued(MonthBilling.Debtor debtor, UUID participationId, String participant, BigDecimal amount) {
    }

    /** The first invoice of a debtor for the month, which corrections refer to. */
    public record Original(UUID invoiceId, String number) {
    }

    /** A line of a planned document, with the participant it bills (null for none). */
    public record PlannedLine(UUID participationId, MonthBilling.Line line) {
    }

    /**
     * A document to issue: its lines sum to {@code total}; {@code shares} holds, per participant, the amount this
     * document adds to what the debtor was charged (the whole charge on an invoice, the difference on a correction).
     */
    public record Draft(InvoiceKind kind, MonthBilling.Debtor debtor, Original corrects, List<PlannedLine> lines,
                        BigDecimal total, Map<UUID, BigDecimal> shares) {
        public Draft {
            lines = List.copyOf(lines);
            shares = Map.copyOf(shares);
            BigDecimal sum = lines.stream().map(l -> l.line().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(total) != 0) {
                throw new IllegalStateException("lines " + sum + " do not make the total " + total);
            }
            BigDecimal shared = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (shared.compareTo(total) != 0) {
                throw new IllegalStateException("shares " + shared + " do not make the total " + total);
            }
            if ((kind == InvoiceKind.INVOICE) != (corrects == null)) {
                throw new IllegalStateException("an invoice refers to nothing; a correction to its invoice");
            }
        }
    }

    /**
     * @param outcomes  the month's outcomes of the creditor's participations (billed and open)
     * @param issued    what was issued before, per debtor and participant
     * @param originals the first invoice per debtor key ({@link MonthBilling.Debtor#key()})
     */
    public static List<Draft> plan(List<MonthBilling.Outcome> outcomes, List<Issued> issued,
                                   Map<String, Original> originals) {
        Map<String, MonthBilling.Debtor> debtors = new TreeMap<>();
        Map<String, Map<UUID, Target>> targets = new TreeMap<>();
        Set<UUID> billedNow = new LinkedHashSet<>();
        for (MonthBilling.Outcome outcome : outcomes) {
            switch (outcome) {
                case MonthBilling.Open open -> {
                    // an open item: whatever was issued for it stays as issued
                }
                case MonthBilling.Billed b -> {
                    billedNow.add(b.participationId());
                    for (MonthBilling.Charge charge : b.charges()) {
                        debtors.put(charge.debtor().key(), charge.debtor());
                        Target previous = targets.computeIfAbsent(charge.debtor().key(), k -> new LinkedHashMap<>())
                                .put(b.participationId(), new Target(b.participant(), charge));
                        if (previous != null) {
                            throw new IllegalArgumentException("two charges of one participant to one debtor");
                        }
                    }
                }
            }
        }
        Map<String, Map<UUID, BigDecimal>> before = new TreeMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Issued i : issued) {
            names.putIfAbsent(i.participationId(), i.participant());
            debtors.putIfAbsent(i.debtor().key(), i.debtor());
            before.computeIfAbsent(i.debtor().key(), k -> new LinkedHashMap<>())
                    .merge(i.participationId(), i.amount(), BigDecimal::add);
        }
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<String, MonthBilling.Debtor> entry : debtors.entrySet()) {
            String key = entry.getKey();
            Map<UUID, Target> now = targets.getOrDefault(key, Map.of());
            Map<UUID, BigDecimal> was = before.getOrDefault(key, Map.of());
            Original original = originals.get(key);
            if (original == null) {
                if (!was.isEmpty()) {
                    throw new IllegalArgumentException("issued amounts without an original invoice for " + key);
                }
                invoice(entry.getValue(), now).ifPresent(drafts::add);
            } else {
                correction(entry.getValue(), original, now, was, billedNow, names).ifPresent(drafts::add);
            }
        }
        return drafts;
    }

    private record Target(String participant, MonthBilling.Charge charge) {
    }

    private static java.util.Optional<Draft> invoice(MonthBilling.Debtor debtor, Map<UUID, Target> now) {
        List<PlannedLine> lines = new ArrayList<>();
        Map<UUID, BigDecimal> shares = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<UUID, Target> t : now.entrySet()) {
            t.getValue().charge().lines().forEach(l -> lines.add(new PlannedLine(t.getKey(), l)));
            shares.put(t.getKey(), t.getValue().charge().amount());
            total = total.add(t.getValue().charge().amount());
        }
        if (total.signum() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Draft(InvoiceKind.INVOICE, debtor, null, lines, total, shares));
    }

    private static java.util.Optional<Draft> correction(MonthBilling.Debtor debtor, Original original,
                                                        Map<UUID, Target> now, Map<UUID, BigDecimal> was,
                                                        Set<UUID> billedNow, Map<UUID, String> names) {
        Set<UUID> participants = new LinkedHashSet<>(now.keySet());
        was.keySet().stream().filter(id -> !participants.contains(id)).sorted(Comparator.naturalOrder())
                .forEach(participants::add);
        List<PlannedLine> lines = new ArrayList<>();
        Map<UUID, BigDecimal> shares = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (UUID id : participants) {
            if (!billedNow.contains(id)) {
                continue;
            }
            Target target = now.get(id);
            BigDecimal newAmount = target == null ? BigDecimal.ZERO.setScale(2) : target.charge().amount();
            BigDecimal oldAmount = was.getOrDefault(id, BigDecimal.ZERO.setScale(2));
            BigDecimal delta = newAmount.subtract(oldAmount);
            if (delta.signum() == 0) {
                continue;
            }
            if (target != null) {
                target.charge().lines().forEach(l -> lines.add(new PlannedLine(id, l)));
            }
            if (oldAmount.signum() != 0) {
                String participant = target != null ? target.participant() : names.getOrDefault(id, "");
                lines.add(new PlannedLine(id, new MonthBilling.Line(participant,
                        target == null ? null : target.charge().reference(), "AM-07",
                        (target == null ? "Nicht mehr zu Lasten " + debtor.name() + "; bisher verrechnet"
                                : "Bisher verrechnet") + " mit Rechnung " + original.number()
                                + " und ihren Korrekturen: " + Chf.format(debtor.currency(), oldAmount),
                        oldAmount.negate())));
            }
            shares.put(id, delta);
            total = total.add(delta);
        }
        if (shares.isEmpty()) {
            return java.util.Optional.empty();
        }
        InvoiceKind kind = total.signum() < 0 ? InvoiceKind.CREDIT_NOTE : InvoiceKind.CORRECTION;
        return java.util.Optional.of(new Draft(kind, debtor, original, lines, total, shares));
    }
}
