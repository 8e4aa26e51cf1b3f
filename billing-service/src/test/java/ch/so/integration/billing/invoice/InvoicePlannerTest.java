package ch.so.integration.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.participation.BillableMonth;
import ch.so.integration.billing.payer.DebtorKind;
import ch.so.integration.billing.payer.Financing;
import ch.so.integration.billing.payer.GrantedInstrument;
import ch.so.integration.billing.payer.InstrumentKind;

class InvoicePlannerTest {

    final MonthBilling billing = MonthBillingTest.billing();

    /** Issues the drafts as the service would: the first per debtor becomes the original. */
    static void issue(List<InvoicePlanner.Draft> drafts, List<InvoicePlanner.Issued> issued,
                      Map<String, InvoicePlanner.Original> originals, Map<UUID, String> names) {
        for (InvoicePlanner.Draft draft : drafts) {
            originals.putIfAbsent(draft.debtor().key(), new InvoicePlanner.Original(UUID.randomUUID(),
                    "2026-" + (originals.size() + 1)));
            draft.shares().forEach((id, amount) -> issued.add(new InvoicePlanner.Issued(draft.debtor(), id,
                    names.getOrDefault(id, ""), amount)));
        }
    }

    @Test
    @DisplayName("AM-07 a second run of the same month plans nothing")
    void secondRunPlansNothing() {
        UUID anna = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        List<MonthBilling.Outcome> outcomes = List.of(
                billing.bill(MonthBillingTest.coaching(anna, "Muster Anna", MonthBillingTest.subsidy(), 6)),
                billing.bill(MonthBillingTest.qualifizierungFullMonth(ben, "Beispiel Ben",
                        MonthBillingTest.kgs("KGS-1"), null)));
        List<InvoicePlanner.Issued> issued = new ArrayList<>();
        Map<String, InvoicePlanner.Original> originals = new HashMap<>();

        List<InvoicePlanner.Draft> first = InvoicePlanner.plan(outcomes, issued, originals);
        assertThat(first).extracting(InvoicePlanner.Draft::kind).containsOnly(InvoiceKind.INVOICE);
        assertThat(first).extracting(d -> d.debtor().name())
                .containsExactlyInAnyOrder("Kanton Solothurn", "Muster Anna", "Sozialregion Oberer Leberberg");
        issue(first, issued, originals, Map.of());

        assertThat(InvoicePlanner.plan(outcomes, issued, originals)).isEmpty();
    }

    @Test
    @DisplayName("AM-07 a late record gives a correction invoice referring to the original, with the arithmetic")
    void lateRecordGivesCorrection() {
        UUID anna = UUID.randomUUID();
        List<InvoicePlanner.Issued> issued = new ArrayList<>();
        Map<String, InvoicePlanner.Original> originals = new HashMap<>();
        Financing kgs = MonthBillingTest.kgs("KGS-1");
        issue(InvoicePlanner.plan(List.of(billing.bill(MonthBillingTest.coaching(anna, "Muster Anna", kgs, 4))),
                issued, originals), issued, originals, Map.of(anna, "Muster Anna"));

        List<InvoicePlanner.Draft> later = InvoicePlanner.plan(
                List.of(billing.bill(MonthBillingTest.coaching(anna, "Muster Anna", kgs, 6))), issued, originals);

        assertThat(later).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(InvoiceKind.CORRECTION);
            assertThat(d.corrects().number()).isEqualTo("2026-1");
            assertThat(d.total()).isEqualByComparingTo("400.00");
            assertThat(d.lines()).last().satisfies(l -> {
                assertThat(l.line().rule()).isEqualTo("AM-07");
                assertThat(l.line().amount()).isEqualByComparingTo("-800.00");
                assertThat(l.line().text()).contains("2026-1");
            });
        });
    }

    @Test
    @DisplayName("AM-07 fewer records after invoicing give a credit note")
    void fewerRecordsGiveCreditNote() {
        UUID anna = UUID.randomUUID();
        List<InvoicePlanner.Issued> issued = new ArrayList<>();
        Map<String, InvoicePlanner.Original> originals = new HashMap<>();
        Financing kgs = MonthBillingTest.kgs("KGS-1");
        issue(InvoicePlanner.plan(List.of(billing.bill(MonthBillingTest.coaching(anna, "Muster Anna", kgs, 6))),
                issued, originals), issued, originals, Map.of());

        List<InvoicePlanner.Draft> later = InvoicePlanner.plan(
                List.of(billing.bill(MonthBillingTest.coaching(anna, "Muster Anna", kgs, 5))), issued, originals);

        assertThat(later).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
            assertThat(d.total()).isEqualByComparingTo("-200.00");
        });
    }

    @Test
    @DisplayName("AM-05 financing moved to another debtor: a credit note to the old one, an invoice to the new one")
    void financingMoved() {
        UUID anna = UUID.randomUUID();
        List<InvoicePlanner.Issued> issued = new ArrayList<>();
        Map<String, InvoicePlanner.Original> originals = new HashMap<>();
        issue(InvoicePlanner.plan(List.of(billing.bill(MonthBillingTest.coaching(anna, "Muster Anna",
                MonthBillingTest.kgs("KGS-1"), 6))), issued, originals), issued, originals, Map.of(anna, "Muster Anna"));
        Financing other = new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, "Sozialregion Thal-Gäu",
                new GrantedInstrument("KGS-9", java.time.LocalDate.of(2026, 1, 1), null));

        List<InvoicePlanner.Draft> later = InvoicePlanner.plan(
                List.of(billing.bill(MonthBillingTest.coaching(anna, "Muster Anna", other, 6))), issued, originals);

        assertThat(later).extracting(InvoicePlanner.Draft::kind, d -> d.debtor().name(), InvoicePlanner.Draft::total)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(InvoiceKind.CREDIT_NOTE, "Sozialregion Oberer Leberberg",
                                new BigDecimal("-1200.00")),
                        org.assertj.core.groups.Tuple.tuple(InvoiceKind.INVOICE, "Sozialregion Thal-Gäu",
                                new BigDecimal("1200.00")));
    }

    @Test
    @DisplayName("AM-05 a participant whose cost approval lapsed after invoicing is left as issued, not credited")
    void openItemIsNotCredited() {
        UUID anna = UUID.randomUUID();
        List<InvoicePlanner.Issued> issued = new ArrayList<>();
        Map<String, InvoicePlanner.Original> originals = new HashMap<>();
        issue(InvoicePlanner.plan(List.of(billing.bill(MonthBillingTest.coaching(anna, "Muster Anna",
                MonthBillingTest.kgs("KGS-1"), 6))), issued, originals), issued, originals, Map.of());
        Financing lapsed = new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, "Sozialregion Oberer Leberberg",
                null);

        assertThat(InvoicePlanner.plan(List.of(billing.bill(MonthBillingTest.coaching(anna, "Muster Anna", lapsed,
                6))), issued, originals)).isEmpty();
    }

    @Test
    @DisplayName("AM-07 a participant missing from a later run (e.g. a changed provider mapping) is not credited")
    void missingParticipantIsNotCredited() {
        UUID anna = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        List<InvoicePlanner.Issued> issued = new ArrayList<>();
        Map<String, InvoicePlanner.Original> originals = new HashMap<>();
        Financing kgs = MonthBillingTest.kgs("KGS-1");
        issue(InvoicePlanner.plan(List.of(billing.bill(MonthBillingTest.coaching(anna, "Muster Anna", kgs, 6)),
                billing.bill(MonthBillingTest.coaching(ben, "Beispiel Ben", kgs, 2))), issued, originals),
                issued, originals, Map.of());

        assertThat(InvoicePlanner.plan(List.of(billing.bill(MonthBillingTest.coaching(anna, "Muster Anna", kgs, 6))),
                issued, originals)).isEmpty();
    }

    @Test
    @DisplayName("AM-06 two participants of the same name paying their own shares get one invoice each")
    void sameNameParticipantsAreSeparateDebtors() {
        List<InvoicePlanner.Draft> drafts = InvoicePlanner.plan(List.of(
                billing.bill(MonthBillingTest.coaching(UUID.randomUUID(), "Muster Anna", MonthBillingTest.subsidy(), 6)),
                billing.bill(MonthBillingTest.coaching(UUID.randomUUID(), "Muster Anna", MonthBillingTest.subsidy(), 3))),
                List.of(), Map.of());
        assertThat(drafts).filteredOn(d -> d.debtor().role() == ch.so.integration.billing.payer.PayerRole.PARTICIPANT)
                .extracting(InvoicePlanner.Draft::total)
                .containsExactlyInAnyOrder(new BigDecimal("600.00"), new BigDecimal("300.00"));
        assertThat(drafts).filteredOn(d -> d.debtor().role() == ch.so.integration.billing.payer.PayerRole.CANTON)
                .singleElement().satisfies(d -> assertThat(d.total()).isEqualByComparingTo("900.00"));
    }

    @Test
    @DisplayName("AM-07 property: in random runs and changes, lines make every total, shares make the charges, a repeat plans nothing")
    void randomRunsAreConsistentAndIdempotent() {
        Random random = new Random(20261122);
        for (int round = 0; round < 200; round++) {
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(5); i++) {
                people.add(UUID.randomUUID());
            }
            List<InvoicePlanner.Issued> issued = new ArrayList<>();
            Map<String, InvoicePlanner.Original> originals = new HashMap<>();
            Map<String, Map<UUID, BigDecimal>> charged = new HashMap<>();
            for (int run = 0; run < 4; run++) {
                List<MonthBilling.Outcome> outcomes = new ArrayList<>();
                for (UUID id : people) {
                    Financing financing = switch (random.nextInt(3)) {
                        case 0 -> MonthBillingTest.subsidy();
                        case 1 -> MonthBillingTest.kgs("KGS-" + random.nextInt(2));
                        default -> new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, "Sozialregion Thal-Gäu",
                                new GrantedInstrument("KGS-T", java.time.LocalDate.of(2026, 1, 1), null));
                    };
                    outcomes.add(billing.bill(MonthBillingTest.coaching(id, "P " + id, financing,
                            1 + random.nextInt(8))));
                }
                List<InvoicePlanner.Draft> drafts = InvoicePlanner.plan(outcomes, issued, originals);
                issue(drafts, issued, originals, Map.of());
                // what is issued now per debtor and participant equals the month's charges
                Map<String, Map<UUID, BigDecimal>> expected = new HashMap<>();
                for (MonthBilling.Outcome o : outcomes) {
                    for (MonthBilling.Charge c : ((MonthBilling.Billed) o).charges()) {
                        expected.computeIfAbsent(c.debtor().key(), k -> new HashMap<>())
                                .put(o.participationId(), c.amount());
                    }
                }
                Map<String, Map<UUID, BigDecimal>> actual = new HashMap<>();
                for (InvoicePlanner.Issued i : issued) {
                    actual.computeIfAbsent(i.debtor().key(), k -> new HashMap<>())
                            .merge(i.participationId(), i.amount(), BigDecimal::add);
                }
                actual.values().forEach(m -> m.values().removeIf(v -> v.signum() == 0));
                actual.values().removeIf(Map::isEmpty);
                expected.values().forEach(m -> m.replaceAll((k, v) -> v.setScale(2)));
                actual.values().forEach(m -> m.replaceAll((k, v) -> v.setScale(2)));
                assertThat(actual).isEqualTo(expected);
                assertThat(InvoicePlanner.plan(outcomes, issued, originals)).isEmpty();
                charged = actual;
            }
            assertThat(charged).isNotNull();
        }
    }
}
