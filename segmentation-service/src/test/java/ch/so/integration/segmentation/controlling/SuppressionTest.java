package ch.so.integration.segmentation.controlling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    /** A table with totals in the last row and column, from its inner cells. */
    static long[][] withTotals(long[][] inner) {
        int rows = inner.length;
        int cols = inner[0].length;
        long[][] table = new long[rows + 1][cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                table[r][c] = inner[r][c];
                table[r][cols] += inner[r][c];
                table[rows][c] += inner[r][c];
                table[rows][cols] += inner[r][c];
            }
        }
        return table;
    }

    static boolean[][] primary(long[][] table) {
        boolean[][] primary = new boolean[table.length][table[0].length];
        for (int r = 0; r < table.length; r++) {
            for (int c = 0; c < table[0].length; c++) {
                primary[r][c] = Suppression.small(table[r][c]);
            }
        }
        return primary;
    }

    /** No line (row or column with its total) has exactly one hidden element. */
    static void assertNoLineRevealsOne(boolean[][] hidden) {
        for (boolean[] row : hidden) {
            int n = 0;
            for (boolean h : row) {
                n += h ? 1 : 0;
            }
            assertThat(n).as("hidden in a row").isNotEqualTo(1);
        }
        for (int c = 0; c < hidden[0].length; c++) {
            int n = 0;
            for (boolean[] row : hidden) {
                n += row[c] ? 1 : 0;
            }
            assertThat(n).as("hidden in column " + c).isNotEqualTo(1);
        }
    }

    @Test
    @DisplayName("SG-12 a group of 1 to 4 cases is too small; nobody (0) and 5 or more are shown")
    void sg12Threshold() {
        assertThat(Suppression.small(0)).isFalse();
        assertThat(Suppression.small(1)).isTrue();
        assertThat(Suppression.small(4)).isTrue();
        assertThat(Suppression.small(5)).isFalse();
        assertThat(Suppression.THRESHOLD).isEqualTo(5);
    }

    @Test
    @DisplayName("SG-12 nothing small, nothing hidden")
    void sg12NothingHidden() {
        long[][] table = withTotals(new long[][] {{5, 7}, {0, 9}});
        boolean[][] hidden = Suppression.complementary(table, primary(table));
        for (boolean[] row : hidden) {
            assertThat(row).containsOnly(false);
        }
    }

    @Test
    @DisplayName("SG-12 a small cell gets a complement in its row and its column, the smallest non-zero one")
    void sg12ComplementInRowAndColumn() {
        //            ENT  PREV
        // A           3    9      -> 3 is small
        // V          20    6
        long[][] table = withTotals(new long[][] {{3, 9}, {20, 6}});
        boolean[][] hidden = Suppression.complementary(table, primary(table));
        assertThat(hidden[0][0]).isTrue();
        // row A: 9 hidden too, else 3 = 12 - 9; column ENT: 20 hidden, else 3 = 23 - 20
        assertThat(hidden[0][1]).isTrue();
        assertThat(hidden[1][0]).isTrue();
        // then row V and column PREV hold two hidden cells each: 6 is hidden as well
        assertThat(hidden[1][1]).isTrue();
        // totals stay visible
        assertThat(hidden[0][2]).isFalse();
        assertThat(hidden[2][0]).isFalse();
        assertThat(hidden[2][2]).isFalse();
        assertNoLineRevealsOne(hidden);
    }

    @Test
    @DisplayName("SG-12 a hidden cell alone with zeros in its line hides the line's total, and the margin is protected")
    void sg12LoneHiddenCellHidesTotal() {
        //            ENT  PREV
        // A           0   10     -> hidden for another group (e.g. 2 of its 10 cases detached)
        // V           8    6
        // O           7    5
        long[][] table = withTotals(new long[][] {{0, 10}, {8, 6}, {7, 5}});
        boolean[][] primary = new boolean[4][3];
        primary[0][1] = true;
        boolean[][] hidden = Suppression.complementary(table, primary);
        // row A: the only other cell is 0, so the row total (10 = the hidden cell) is hidden
        assertThat(hidden[0][2]).isTrue();
        assertThat(hidden[0][0]).isFalse();
        // column PREV: the smallest other non-zero cell (5) is hidden
        assertThat(hidden[2][1]).isTrue();
        // the total column now has A's total hidden: O's total (12, the smallest) goes too
        assertThat(hidden[2][2]).isTrue();
        assertThat(hidden[1][1]).isFalse();
        assertThat(hidden[3][2]).isFalse();
        assertNoLineRevealsOne(hidden);
    }

    @Test
    @DisplayName("SG-12 a small total is hidden and protected like any other cell")
    void sg12SmallTotal() {
        long[][] table = withTotals(new long[][] {{1, 2}, {10, 12}});
        boolean[][] hidden = Suppression.complementary(table, primary(table));
        assertThat(hidden[0][0]).isTrue();
        assertThat(hidden[0][1]).isTrue();
        assertThat(hidden[0][2]).as("row total 3").isTrue();
        assertNoLineRevealsOne(hidden);
    }

    @Test
    @DisplayName("SG-12 over many random tables: every small cell is hidden and no line reveals a hidden cell")
    void sg12RandomTables() {
        Random random = new Random(12);
        for (int run = 0; run < 2000; run++) {
            int rows = 1 + random.nextInt(6);
            int cols = 1 + random.nextInt(6);
            long[][] inner = new long[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    inner[r][c] = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
                }
            }
            long[][] table = withTotals(inner);
            boolean[][] primary = primary(table);
            boolean[][] hidden = Suppression.complementary(table, primary);
            for (int r = 0; r < table.length; r++) {
                for (int c = 0; c < table[0].length; c++) {
                    if (primary[r][c]) {
                        assertThat(hidden[r][c]).isTrue();
                    }
                }
            }
            assertNoLineRevealsOne(hidden);
        }
    }
}
