package ch.so.integration.billing.record;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.billing.participation.ParticipationDirectory;
import ch.so.integration.billing.record.api.AbortDto;
import ch.so.integration.billing.record.api.DayDto;
import ch.so.integration.billing.record.api.ModuleTotalView;
import ch.so.integration.billing.record.api.MonthRecordsRequest;
import ch.so.integration.billing.record.api.MonthRecordsView;
import ch.so.integration.billing.record.api.SessionDto;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

/**
 * A provider's monthly service records of an AMI participation (AM-07): days with hours, coaching sessions, an abort
 * or no-show. A submission replaces the month; it may come after the month was invoiced (the next run then issues a
 * correction). Personal data: every read and write is audited, with the participation as subject.
 */
@ApplicationScoped
public class ServiceRecordService {

    static final String RESOURCE = "service-records";
    static final String AMI_PROGRAMME = "AMI_PROGRAMME";

    private final ParticipationAccess access;
    private final RecordedMonths months;
    private final ModuleHoursLog moduleHours;
    private final AuditLog audit;
    private final Clock clock;

    ServiceRecordService(ParticipationAccess access, RecordedMonths months, ModuleHoursLog moduleHours,
                         AuditLog audit, Clock clock) {
        this.access = access;
        this.months = months;
        this.moduleHours = moduleHours;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public MonthRecordsView submit(UUID participationId, YearMonth month, MonthRecordsRequest request) {
        ParticipationDirectory.Summary participation = access.require(participationId);
        if (!AMI_PROGRAMME.equals(participation.kind())) {
            throw ProblemException.rule("AM-07", "Days and coaching sessions are recorded for AMI programme "
                    + "participations only; this one is " + participation.kind()
                    + " (day-center months come from the day center's month close, pass(t)genau hours per module).");
        }
        List<FieldError> errors = SubmissionRules.problems(month, participation.entryDate(),
                participation.exitDate(), request);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        months.lockParticipation(participationId);
        RecordedMonth recorded = months.of(participationId, month).orElse(null);
        if (recorded == null) {
            recorded = RecordedMonth.open(participationId, month);
            months.add(recorded);
        }
        recorded.replace(SubmissionRules.days(request), SubmissionRules.sessions(request),
                SubmissionRules.abort(request), clock);
        audit.record(AuditAction.UPDATE, RESOURCE, participationId + "/" + month, participationId);
        return view(participationId, month, recorded);
    }

    @Transactional
    public MonthRecordsView month(UUID participationId, YearMonth month) {
        access.require(participationId);
        audit.record(AuditAction.READ, RESOURCE, participationId + "/" + month, participationId);
        return view(participationId, month, months.of(participationId, month).orElse(null));
    }

    private MonthRecordsView view(UUID participationId, YearMonth month, RecordedMonth recorded) {
        List<ModuleTotalView> totals = moduleHours.totals(participationId, month).stream()
                .map(t -> new ModuleTotalView(t.module(), t.hours())).toList();
        if (recorded == null) {
            return new MonthRecordsView(participationId, month.toString(), 0, null, List.of(), List.of(), null,
                    totals);
        }
        AbortDto abort = recorded.abort() == null ? null
                : new AbortDto(recorded.abort().date(), recorded.abort().kind());
        return new MonthRecordsView(participationId, month.toString(), recorded.revision(), recorded.changedAt(),
                recorded.days().stream().map(d -> new DayDto(d.date(), d.hours())).toList(),
                recorded.sessions().stream().map(s -> new SessionDto(s.date(), s.minutes())).toList(), abort, totals);
    }
}
