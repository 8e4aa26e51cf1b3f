package ch.so.integration.billing.participation;

import java.util.List;
import java.util.UUID;

import ch.so.integration.billing.participation.api.ParticipationView;

/** Maps participations to their API view. */
final class Views {

    private Views() {
    }

    static ParticipationView of(Participation p, UUID creditorId, List<Instrument> instruments,
                                List<DayCenterMonth> months, boolean detailed) {
        ParticipationView.ProgrammeView programme = p.programme().map(g -> new ParticipationView.ProgrammeView(
                g.programmeId(), g.providerId(), g.providerName(), g.programmeType(), g.tariffPerDay(),
                g.tariffPerCoachingHour(), g.tariffPerHourWorked())).orElse(null);
        ParticipationView.ScheduleView schedule = p.schedule()
                .map(s -> new ParticipationView.ScheduleView(s.daysPerWeek(), s.hoursPerDay())).orElse(null);
        List<ParticipationView.TermsView> terms = p.terms().stream().map(t -> new ParticipationView.TermsView(
                t.effectiveFrom(), t.placementType(), t.pensumPercent(), t.billingBasisPensumPercent())).toList();
        List<ParticipationView.ModuleView> modules = p.modules().stream().map(m -> new ParticipationView.ModuleView(
                m.module(), PasstGenauModules.label(m.module()), m.plannedStart(), m.plannedEnd(), m.plannedHours(),
                m.hourLimit(), PasstGenauModules.monthlyHourLimit(m.module()))).toList();
        List<ParticipationView.InstrumentView> financing = instruments == null ? null : instruments.stream()
                .map(i -> new ParticipationView.InstrumentView(i.id(), i.kind().name(),
                        i.debtorKind() == null ? null : i.debtorKind().name(), i.debtorName(), i.number(),
                        i.status().name(), i.neededFrom(), i.validFrom(), i.validTo(), i.amountLimit(),
                        i.supersededFrom(), i.supersededBy())).toList();
        ParticipationView.WaiverApplicationView waiver = !detailed ? null : p.waiverApplication()
                .map(w -> new ParticipationView.WaiverApplicationView(w.residenceCanton(), w.permit().name(),
                        w.cashBenefits().stream().map(Enum::name).sorted().toList(), w.householdSize(),
                        w.monthlyHouseholdIncome(), w.householdAssets())).orElse(null);
        List<ParticipationView.DayCenterMonthView> dayCenterMonths = months == null ? null : months.stream()
                .map(m -> new ParticipationView.DayCenterMonthView(m.month(), m.ibbLevel(), m.plannedPensumPercent(),
                        m.actualPensumPercent(), m.daysWorked(), m.revision(), m.correctedDate())).toList();
        return new ParticipationView(p.id(), p.personId(), p.participantName(), p.kind().name(), p.placementType(),
                p.status().name(), p.plannedStartDate(), p.entryDate(), p.exitDate(), p.exitReason(), creditorId,
                programme, p.passtGenauProvider(), schedule, terms, modules, financing, waiver, dayCenterMonths);
    }
}
