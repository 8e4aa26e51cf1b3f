package ch.so.integration.intake.placement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A recorded stage of an AMI programme's course (AM-03). */
@Embeddable
public class CourseStep {

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 30)
    private CourseStage stage;

    @Column(name = "step_date", nullable = false)
    private LocalDate date;

    @Column(name = "note", length = 1000)
    private String note;

    /** Final talk: the report was issued. */
    @Column(name = "report_issued")
    private Boolean reportIssued;

    /** Final talk: the participation confirmation was issued. */
    @Column(name = "participation_confirmation_issued")
    private Boolean participationConfirmationIssued;

    /** Final talk: a work reference was issued (where due). */
    @Column(name = "work_reference_issued")
    private Boolean workReferenceIssued;

    /** Final talk: the follow-up agreed. */
    @Column(name = "follow_up", length = 1000)
    private String followUp;

    protected CourseStep() {
    }

    CourseStep(CourseStage stage, LocalDate date, String note, Boolean reportIssued,
               Boolean participationConfirmationIssued, Boolean workReferenceIssued, String followUp) {
        this.stage = stage;
        this.date = date;
        this.note = note;
        this.reportIssued = reportIssued;
        this.participationConfirmationIssued = participationConfirmationIssued;
        this.workReferenceIssued = workReferenceIssued;
        this.followUp = followUp;
    }

    public CourseStage stage() { return stage; }
    public LocalDate date() { return date; }
    public String note() { return note; }
    public Boolean reportIssued() { return reportIssued; }
    public Boolean participationConfirmationIssued() { return participationConfirmationIssued; }
    public Boolean workReferenceIssued() { return workReferenceIssued; }
    public String followUp() { return followUp; }
}
