package ch.so.integration.iiz.iizcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.access.CaseContentEraser;
import ch.so.integration.iiz.access.ContentHash;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

class IizCaseTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Zurich"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final ContentHash HASH = new ContentHash("unit-test-key-for-the-deletion-log-0123456789");

    static IizCase.Registration registration() {
        return new IizCase.Registration(UUID.randomUUID(), "SOZIALREGION-OLTEN", null, "mündliche Fallschilderung",
                "Standortbestimmung und Koordination", List.of("Lebenslauf"));
    }

    static IizCase partnerCase() {
        return IizCase.registerByPartner(registration(), "RAV-OLTEN", "anna.rav", "anna.rav", CLOCK);
    }

    static IizCase activeCase() {
        IizCase c = partnerCase();
        c.assembleTeam(List.of(new TeamMember("RAV-OLTEN", "anna.rav"), new TeamMember("IV-STELLE", "beat.iv")),
                "cm.olten", "ko.iiz", CLOCK);
        return c;
    }

    private static String rule(Throwable thrown) {
        return ((ProblemException) thrown).problem().rule();
    }

    @Test
    @DisplayName("IZ-02 a 1a registration is REGISTERED until the iiz specialists forward it, once")
    void iz02Forwarding() {
        IizCase c = IizCase.registerBySocialAssistance(registration(), "spez.iiz", CLOCK);
        assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(c.registeringInstitution()).isEqualTo("SOZIALREGION-OLTEN");
        assertThat(c.team()).isEmpty();
        assertThatThrownBy(() -> c.assembleTeam(List.of(new TeamMember("RAV", "a")), "cm", "ko", CLOCK))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("IZ-02"));
        c.forward(CLOCK);
        assertThat(c.status()).isEqualTo(CaseStatus.FORWARDED);
        assertThat(c.forwardedOn()).contains(TODAY);
        assertThatThrownBy(() -> c.forward(CLOCK)).satisfies(e -> assertThat(rule(e)).isEqualTo("IZ-02"));
        c.assembleTeam(List.of(new TeamMember("RAV", "a")), "cm", "ko", CLOCK);
        assertThat(c.status()).isEqualTo(CaseStatus.ACTIVE);
    }

    @Test
    @DisplayName("IZ-02 a 1a registration needs the case description and the mandate wording")
    void iz02NeedsDescriptionAndMandate() {
        IizCase.Registration r = registration();
        assertThatThrownBy(() -> IizCase.registerBySocialAssistance(new IizCase.Registration(r.personId(),
                r.socialOffice(), null, " ", "m", List.of()), "spez", CLOCK))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().type()).isEqualTo(ProblemType.VALIDATION.uri()));
        assertThatThrownBy(() -> IizCase.registerBySocialAssistance(new IizCase.Registration(r.personId(),
                r.socialOffice(), null, "d", null, List.of()), "spez", CLOCK)).isInstanceOf(ProblemException.class);
    }

    @Test
    @DisplayName("IZ-02 a partner's registration (1b) is not forwarded by the specialists")
    void iz02PartnerNotForwarded() {
        assertThatThrownBy(() -> partnerCase().forward(CLOCK)).satisfies(e -> assertThat(rule(e)).isEqualTo("IZ-02"));
    }

    @Test
    @DisplayName("IZ-03 a 1b registration starts the team with the registering institution's specialist")
    void iz03RegisteringInstitutionIsMember() {
        IizCase c = partnerCase();
        assertThat(c.hasTeamMember("RAV-OLTEN")).isTrue();
        assertThat(c.hasTeamMember("IV-STELLE")).isFalse();
        assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
    }

    @Test
    @DisplayName("IZ-03 the coordinator assembles the team (one specialist per institution plus the case manager) "
            + "and leads it")
    void iz03AssembleTeam() {
        IizCase c = activeCase();
        assertThat(c.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(c.coordinator()).contains("ko.iiz");
        assertThat(c.caseManager()).contains("cm.olten");
        assertThat(c.team()).extracting(TeamMember::institution).containsExactly("IV-STELLE", "RAV-OLTEN");
        assertThat(c.teamAssembledOn()).contains(TODAY);
    }

    @Test
    @DisplayName("IZ-03 two specialists of one institution are refused")
    void iz03OnePerInstitution() {
        IizCase c = partnerCase();
        assertThatThrownBy(() -> c.assembleTeam(List.of(new TeamMember("RAV-OLTEN", "a"),
                new TeamMember("RAV-OLTEN", "b")), "cm", "ko", CLOCK))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("IZ-03"));
        assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
    }

    @Test
    @DisplayName("IZ-03 the registering institution stays in a 1b team")
    void iz03RegisteringInstitutionStays() {
        IizCase c = partnerCase();
        assertThatThrownBy(() -> c.assembleTeam(List.of(new TeamMember("IV-STELLE", "b")), "cm", "ko", CLOCK))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("IZ-03"));
    }

    @Test
    @DisplayName("IZ-03 the team needs the social office's case manager")
    void iz03NeedsCaseManager() {
        IizCase c = partnerCase();
        assertThatThrownBy(() -> c.assembleTeam(List.of(new TeamMember("RAV-OLTEN", "a")), " ", "ko", CLOCK))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    @DisplayName("IZ-06 the case manager gets access on request, granted by the coordinator; a new case manager "
            + "starts without")
    void iz06CaseManagerAccess() {
        IizCase c = activeCase();
        assertThat(c.isCaseManagerWithAccess("cm.olten")).isFalse();
        assertThatThrownBy(c::grantCaseManagerAccess).satisfies(e -> assertThat(rule(e)).isEqualTo("IZ-06"));
        assertThatThrownBy(() -> c.requestCaseManagerAccess("someone")).isInstanceOfSatisfying(
                ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
        c.requestCaseManagerAccess("cm.olten");
        assertThat(c.isCaseManagerWithAccess("cm.olten")).isFalse();
        c.grantCaseManagerAccess();
        assertThat(c.isCaseManagerWithAccess("cm.olten")).isTrue();
        assertThat(c.isCaseManagerWithAccess("someone")).isFalse();
        c.assembleTeam(List.of(new TeamMember("RAV-OLTEN", "a")), "cm.neu", "ko.iiz", CLOCK);
        assertThat(c.isCaseManagerWithAccess("cm.neu")).isFalse();
        assertThat(c.caseManagerAccess()).isEqualTo(CaseManagerAccess.NONE);
    }

    @Test
    @DisplayName("IZ-05 the team decides once, after it is assembled; a recommendation with closure needs its text")
    void iz05Decision() {
        IizCase registered = partnerCase();
        assertThatThrownBy(() -> registered.decide(Decision.ROUND_TABLE, null, "ko", CLOCK))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("IZ-05"));
        IizCase c = activeCase();
        assertThatThrownBy(() -> c.decide(Decision.RECOMMENDATION_WITH_CLOSURE, " ", "ko", CLOCK))
                .isInstanceOf(ProblemException.class);
        c.decide(Decision.RECOMMENDATION_WITH_CLOSURE, "Anmeldung IV", "ko", CLOCK);
        assertThat(c.decision()).contains(Decision.RECOMMENDATION_WITH_CLOSURE);
        assertThat(c.releaseEvents()).last().isEqualTo(new IizCaseDecided(c.id(), c.personId(),
                Decision.RECOMMENDATION_WITH_CLOSURE, TODAY));
        assertThatThrownBy(() -> c.decide(Decision.ROUND_TABLE, null, "ko", CLOCK))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("IZ-05"));
    }

    @Test
    @DisplayName("IZ-10 no closure before the social office is informed")
    void iz10InformFirst() {
        IizCase c = activeCase();
        assertThatThrownBy(() -> c.close(ClosureReason.NO_FURTHER_NEED, "ko", List.of(), HASH, CLOCK))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("IZ-10"));
        assertThat(c.status()).isEqualTo(CaseStatus.ACTIVE);
        c.releaseEvents();
        c.announceClosure(CLOCK);
        assertThat(c.releaseEvents()).containsExactly(new IizCaseClosureAnnounced(c.id(), c.personId(),
                "SOZIALREGION-OLTEN", TODAY));
    }

    @Test
    @DisplayName("IZ-10 the closure erases the case's own texts, logs them with hashes next to what the other "
            + "packages erased, and publishes IizCaseClosed; a closed case is gone for further changes")
    void iz10Close() {
        IizCase c = activeCase();
        c.decide(Decision.RECOMMENDATION_WITH_CLOSURE, "Empfehlung", "ko", CLOCK);
        c.announceClosure(CLOCK);
        c.releaseEvents();
        CaseContentEraser.Erased document = new CaseContentEraser.Erased("document", UUID.randomUUID(),
                ContentHash.ofBytes("pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<CaseContentEraser.Erased> erased = c.close(ClosureReason.GOAL_EMPLOYMENT, "ko", List.of(document), HASH, CLOCK);
        assertThat(erased).extracting(CaseContentEraser.Erased::kind)
                .containsExactly("document", "case-description", "mandate", "recommendation");
        assertThat(erased.get(1).sha256()).isEqualTo(HASH.ofText("mündliche Fallschilderung"));
        assertThat(c.caseDescription()).isEmpty();
        assertThat(c.mandate()).isEmpty();
        assertThat(c.recommendation()).isEmpty();
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closedOn()).contains(TODAY);
        assertThat(c.releaseEvents()).containsExactly(new IizCaseClosed(c.id(), c.personId(), "SOZIALREGION-OLTEN",
                ClosureReason.GOAL_EMPLOYMENT, TODAY, 4));
        assertThatThrownBy(() -> c.close(ClosureReason.GOAL_EMPLOYMENT, "ko", List.of(), HASH, CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
        assertThatThrownBy(() -> c.announceClosure(CLOCK)).isInstanceOf(ProblemException.class);
    }

    @Test
    @DisplayName("IZ-10 closure needs a reason")
    void iz10Reason() {
        IizCase c = activeCase();
        c.announceClosure(CLOCK);
        assertThatThrownBy(() -> c.close(null, "ko", List.of(), HASH, CLOCK)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(400));
    }

    @Test
    @DisplayName("IZ-10 the closure is announced to the social office once: a second announcement is 409 IZ-10 "
            + "without a second event")
    void iz10AnnounceOnce() {
        IizCase c = activeCase();
        c.announceClosure(CLOCK);
        c.releaseEvents();
        assertThatThrownBy(() -> c.announceClosure(CLOCK)).satisfies(e -> assertThat(rule(e)).isEqualTo("IZ-10"));
        assertThat(c.releaseEvents()).isEmpty();
        assertThat(c.closureAnnouncedOn()).contains(TODAY);
    }

    @Test
    @DisplayName("IZ-10 the deletion log hashes texts with HMAC-SHA256 and the key (a guessed text's plain SHA-256 does "
            + "not match), stored bytes with plain SHA-256")
    void deletionLogHashes() {
        // reference values: openssl dgst -sha256 -hmac <key>, and the FIPS 180-2 example for "abc"
        assertThat(new ContentHash("test-key-for-the-deletion-log-hmac-0123").ofText("abc"))
                .isEqualTo("3a090c53533f24c16e01257588d7070c4c5e73750c4a95f2c011f9e206bc2cd1");
        assertThat(ContentHash.ofBytes("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(HASH.ofText("Antwort")).isNotEqualTo(
                ContentHash.ofBytes("Antwort".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isNotEqualTo(new ContentHash("another-key-for-the-deletion-log-hmac-0123").ofText("Antwort"));
        assertThatThrownBy(() -> new ContentHash("short")).isInstanceOf(IllegalStateException.class);
    }
}
