package ch.so.integration.billing.record;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** {@link ServiceRecords} for the participation and invoice packages. No audit record: the caller audits. */
@ApplicationScoped
public class RecordDirectory implements ServiceRecords {

    private final RecordedMonths months;
    private final ModuleHoursLog moduleHours;

    RecordDirectory(RecordedMonths months, ModuleHoursLog moduleHours) {
        this.months = months;
        this.moduleHours = moduleHours;
    }

    @Override
    @Transactional
    public MonthRecords of(UUID participationId, YearMonth month) {
        List<MonthRecords.ModuleHoursEntry> hours = moduleHours.totals(participationId, month).stream()
                .map(t -> new MonthRecords.ModuleHoursEntry(t.module(), t.hours())).toList();
        return months.of(participationId, month)
                .map(m -> new MonthRecords(m.days(), m.sessions(), m.abort(), hours))
                .orElseGet(() -> new MonthRecords(List.of(), List.of(), null, hours));
    }

    @Override
    @Transactional
    public java.util.Map<UUID, MonthRecords> of(java.util.Collection<UUID> participationIds, YearMonth month) {
        java.util.Map<UUID, List<MonthRecords.ModuleHoursEntry>> hours = new java.util.HashMap<>();
        moduleHours.totals(participationIds, month).forEach(t -> hours.computeIfAbsent(t.participationId(),
                k -> new java.util.ArrayList<>()).add(new MonthRecords.ModuleHoursEntry(t.module(), t.hours())));
        java.util.Map<UUID, RecordedMonth> recorded = new java.util.HashMap<>();
        months.of(participationIds, month).forEach(m -> recorded.put(m.participationId(), m));
        java.util.Map<UUID, MonthRecords> result = new java.util.HashMap<>();
        for (UUID id : participationIds) {
            List<MonthRecords.ModuleHoursEntry> moduleHoursOf = hours.getOrDefault(id, List.of());
            RecordedMonth m = recorded.get(id);
            result.put(id, m == null ? new MonthRecords(List.of(), List.of(), null, moduleHoursOf)
                    : new MonthRecords(m.days(), m.sessions(), m.abort(), moduleHoursOf));
        }
        return result;
    }

    @Override
    @Transactional
    public java.util.Map<UUID, ch.so.integration.billing.calculation.AbortEvent> abortsBefore(
            java.util.Collection<UUID> participationIds, YearMonth month) {
        java.util.Map<UUID, ch.so.integration.billing.calculation.AbortEvent> aborts = new java.util.HashMap<>();
        months.abortedBefore(participationIds, month).forEach(m -> aborts.putIfAbsent(m.participationId(), m.abort()));
        return aborts;
    }

    @Override
    @Transactional
    public int revision(UUID participationId, YearMonth month) {
        return months.of(participationId, month).map(RecordedMonth::revision).orElse(0);
    }

    @Override
    @Transactional
    public List<Revision> changedSince(OffsetDateTime since) {
        return months.changedSince(since).stream()
                .map(m -> new Revision(m.participationId(), m.month(), m.revision(), m.changedAt())).toList();
    }
}
