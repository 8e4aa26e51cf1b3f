package ch.so.integration.iiz.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * IZ-08: an agreed measure with its deadline and who is responsible: an institution of the network, a person, or
 * both (at least one).
 */
@Embeddable
public record Measure(
        @Column(name = "title", nullable = false, length = 200) String title,
        @Column(name = "description", length = 2000) String description,
        @Column(name = "deadline", nullable = false) LocalDate deadline,
        @Column(name = "responsible_institution", length = 60) String responsibleInstitution,
        @Column(name = "responsible_person", length = 160) String responsiblePerson) {
}
