package ch.so.integration.intake.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.intake.report.api.IntakeReportView;

/**
 * The intake report (DC-10, DC-19). It holds counts only, no personal data, so unlike every read of a person's data
 * it leaves no audit record (there is no person to record it for); the HTTP metrics and access logs show who asked.
 */
@ApplicationScoped
public class IntakeReportService {

    private final IntakeReports reports;

    IntakeReportService(IntakeReports reports) {
        this.reports = reports;
    }

    /** Counts and capacities are read in one transaction. */
    @Transactional
    public IntakeReportView intakeReport(ReportPeriod period) {
        return IntakeReportAssembler.assemble(period, reports.monthlyCounts(period), reports.capacities());
    }
}
