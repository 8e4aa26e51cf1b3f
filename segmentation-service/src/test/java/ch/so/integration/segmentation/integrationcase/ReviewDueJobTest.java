package ch.so.integration.segmentation.integrationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SG-04: the ReviewDue job's loop, with a stand-in for the due query and the per-case transaction. */
class ReviewDueJobTest {

    /** Due cases in due order; announcing publishes once, so an announced case is no longer due. */
    static final class DueCases {
        final List<UUID> due = new ArrayList<>();
        final Set<UUID> broken = new LinkedHashSet<>();
        final Set<UUID> declining = new LinkedHashSet<>();
        final Set<UUID> announced = new LinkedHashSet<>();
        final Map<UUID, Integer> attempts = new HashMap<>();

        DueCases(int n) {
            IntStream.range(0, n).forEach(i -> due.add(UUID.randomUUID()));
        }

        List<UUID> query(int limit) {
            return due.stream().filter(id -> !announced.contains(id)).limit(limit).toList();
        }

        boolean announce(UUID id) {
            attempts.merge(id, 1, Integer::sum);
            if (broken.contains(id)) {
                throw new IllegalStateException("broken case");
            }
            if (declining.contains(id)) {
                return false;
            }
            return announced.add(id);
        }
    }

    @Test
    @DisplayName("SG-04 one broken case does not stop the job: every other due case is announced, the broken one is "
            + "tried once per run")
    void sg04BrokenCaseIsSkipped() {
        DueCases cases = new DueCases(10);
        cases.broken.add(cases.due.get(0));
        cases.broken.add(cases.due.get(4));
        cases.declining.add(cases.due.get(2));

        int announced = ReviewDueJob.announceAll(cases::query, cases::announce, 3);

        assertThat(announced).isEqualTo(7);
        assertThat(cases.announced).hasSize(7).doesNotContain(cases.due.get(0), cases.due.get(2), cases.due.get(4));
        assertThat(cases.attempts.get(cases.due.get(0))).isEqualTo(1);
        assertThat(cases.attempts.get(cases.due.get(4))).isEqualTo(1);
        assertThat(cases.attempts.get(cases.due.get(2))).isEqualTo(1);
        // the next run tries the broken ones again, and only them
        cases.broken.remove(cases.due.get(4));
        assertThat(ReviewDueJob.announceAll(cases::query, cases::announce, 3)).isEqualTo(1);
        assertThat(cases.attempts.get(cases.due.get(4))).isEqualTo(2);
    }

    @Test
    @DisplayName("SG-04 more broken cases than a batch still end the run, and the cases after them are announced")
    void sg04ManyBrokenCases() {
        DueCases cases = new DueCases(8);
        cases.due.subList(0, 5).forEach(cases.broken::add);
        assertThat(ReviewDueJob.announceAll(cases::query, cases::announce, 2)).isEqualTo(3);
        assertThat(cases.announced).containsExactlyElementsOf(cases.due.subList(5, 8));
        assertThat(cases.attempts.values()).allMatch(n -> n == 1);
    }
}
