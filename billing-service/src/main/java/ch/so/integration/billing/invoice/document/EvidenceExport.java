package ch.so.integration.billing.invoice.document;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.so.integration.billing.creditor.CreditorAccount;

/**
 * The AGS part of the invoicing as structured JSON for the Evidence adapter (DC-07, DC-09): the invoices whose debtor
 * is the AGS (the caller passes only those), each with its participants and their Evidence / KGS references. A pure
 * function: the same documents give the same text. Shape (version 1; amounts are JSON numbers with two decimals,
 * dates ISO, months {@code yyyy-MM}):
 *
 * <pre>{@code
 * {
 *   "format": "ch.so.integration.billing.evidence-export",
 *   "version": 1,
 *   "creditor": {"id", "name", "iban"}          // null when the invoices have several creditors
 *   "period": {"from": "2026-11", "to": "2026-11"},   // null when there are no invoices
 *   "invoiceCount": 1,
 *   "total": {"CHF": 5384.00},                  // per currency
 *   "invoices": [{
 *     "number", "kind" (INVOICE | CORRECTION | CREDIT_NOTE), "corrects" (number or null), "issueDate", "month",
 *     "creditorId", "debtor", "currency", "subtotal", "rounding", "total",
 *     "participants": [{
 *       "name",                                 // "Name Vorname" as on the invoice
 *       "reference",                            // the first reference of the participant's lines (KGS / Evidence)
 *       "references": [...],                    // all distinct references of those lines
 *       "amount",                               // sum of the participant's lines
 *       "lines": [{"rule", "text", "reference", "amount"}]
 *     }],
 *     "invoiceLines": [{"rule", "text", "reference", "amount"}]   // lines without a participant
 *   }]
 * }
 * }</pre>
 * For every invoice: sum of participants' amounts + sum of invoiceLines + rounding = total.
 */
public final class EvidenceExport {

    public static final String FORMAT = "ch.so.integration.billing.evidence-export";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private EvidenceExport() {
    }

    public static String json(List<InvoiceDocument> documents) {
        try {
            return MAPPER.writeValueAsString(tree(documents));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence export not serialisable", e);
        }
    }

    static ObjectNode tree(List<InvoiceDocument> documents) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        Set<UUID> creditors = new LinkedHashSet<>();
        documents.forEach(d -> creditors.add(d.creditor().id()));
        if (creditors.size() == 1) {
            CreditorAccount creditor = documents.getFirst().creditor();
            ObjectNode node = root.putObject("creditor");
            node.put("id", creditor.id().toString());
            node.put("name", creditor.name());
            node.put("iban", creditor.iban());
        } else {
            root.putNull("creditor");
        }
        List<YearMonth> months = documents.stream().map(InvoiceDocument::month).filter(Objects::nonNull).toList();
        if (months.isEmpty()) {
            root.putNull("period");
        } else {
            ObjectNode period = root.putObject("period");
            period.put("from", months.stream().min(Comparator.naturalOrder()).orElseThrow().toString());
            period.put("to", months.stream().max(Comparator.naturalOrder()).orElseThrow().toString());
        }
        root.put("invoiceCount", documents.size());
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        documents.forEach(d -> totals.merge(d.currency(), money(d.total()), BigDecimal::add));
        ObjectNode total = root.putObject("total");
        totals.forEach(total::put);
        ArrayNode invoices = root.putArray("invoices");
        documents.forEach(d -> invoice(invoices.addObject(), d));
        return root;
    }

    private static void invoice(ObjectNode node, InvoiceDocument d) {
        node.put("number", d.number());
        node.put("kind", d.kind());
        node.put("corrects", d.corrects());
        node.put("issueDate", d.issueDate() == null ? null : d.issueDate().toString());
        node.put("month", d.month() == null ? null : d.month().toString());
        node.put("creditorId", d.creditor().id().toString());
        node.put("debtor", d.debtorName());
        node.put("currency", d.currency());
        node.put("subtotal", money(d.subtotal()));
        node.put("rounding", money(d.roundingAmount()));
        node.put("total", money(d.total()));
        Map<String, List<InvoiceDocument.Line>> byParticipant = new LinkedHashMap<>();
        List<InvoiceDocument.Line> invoiceWide = new ArrayList<>();
        for (InvoiceDocument.Line line : d.lines()) {
            if (line.participant() == null || line.participant().isBlank()) {
                invoiceWide.add(line);
            } else {
                byParticipant.computeIfAbsent(line.participant(), p -> new ArrayList<>()).add(line);
            }
        }
        ArrayNode participants = node.putArray("participants");
        byParticipant.forEach((name, lines) -> {
            ObjectNode participant = participants.addObject();
            participant.put("name", name);
            List<String> references = lines.stream().map(InvoiceDocument.Line::reference)
                    .filter(r -> r != null && !r.isBlank()).distinct().toList();
            participant.put("reference", references.isEmpty() ? null : references.getFirst());
            ArrayNode refs = participant.putArray("references");
            references.forEach(refs::add);
            participant.put("amount", lines.stream().map(l -> money(l.amount()))
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
            lines(participant.putArray("lines"), lines);
        });
        lines(node.putArray("invoiceLines"), invoiceWide);
    }

    private static void lines(ArrayNode array, List<InvoiceDocument.Line> lines) {
        for (InvoiceDocument.Line line : lines) {
            ObjectNode node = array.addObject();
            node.put("rule", line.rule());
            node.put("text", line.text());
            node.put("reference", line.reference());
            node.put("amount", money(line.amount()));
        }
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(Math.max(2, value.scale()),
                java.math.RoundingMode.UNNECESSARY);
    }
}
