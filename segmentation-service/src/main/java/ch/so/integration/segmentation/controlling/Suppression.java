package ch.so.integration.segmentation.controlling;

/**
 * SG-12: no group of fewer than {@value #THRESHOLD} cases is shown, and no shown figure lets one compute a hidden one.
 *
 * <p>Primary suppression: a cell whose group has 1 to 4 cases (the callers decide which groups a cell has; a rate,
 * for example, also hides its cell when the numerator or the rest is 1 to 4). Zero is shown: an empty cell names
 * nobody.
 *
 * <p>Complementary suppression on a table with totals: the last row and the last column are sums of the others. In
 * every line (each row with its total, each column with its total) either nothing is hidden or at least two
 * elements are, otherwise the hidden one is the total minus the shown ones. While a line has exactly one hidden
 * element, the smallest shown cell of that line with a non-zero size is hidden as well; if there is none, the line's
 * total; if that is hidden already, the smallest zero cell. Moreover, while a line's total is shown, the cells hidden in
 * it must together hold 0 or at least {@value #THRESHOLD} cases (the total minus the shown cells is their sum): while
 * they hold 1 to 4, the next smallest shown cell with cases is hidden, else the total. Hiding a total opens its line in
 * the margin, which the same loop then protects. This is the usual heuristic of statistical offices for two-dimensional tables; it does
 * not guarantee protection against interval reasoning over several linked tables (see the README).
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** A group of 1 to 4 cases. */
    public static boolean small(long cases) {
        return cases > 0 && cases < THRESHOLD;
    }

    /**
     * @param size    per cell, the size used to pick complements (smallest first); the last row and column are the
     *                totals
     * @param primary per cell, whether its own groups are too small
     * @return per cell, whether it is hidden
     */
    public static boolean[][] complementary(long[][] size, boolean[][] primary) {
        int rows = size.length;
        int cols = rows == 0 ? 0 : size[0].length;
        boolean[][] hidden = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(primary[r], 0, hidden[r], 0, cols);
        }
        if (rows < 2 || cols < 2) {
            return hidden;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                changed |= protect(hidden, size, r, true);
            }
            for (int c = 0; c < cols; c++) {
                changed |= protect(hidden, size, c, false);
            }
        }
        return hidden;
    }

    /**
     * Makes sure line {@code index} (a row when {@code row}, else a column) does not give a hidden group away: it
     * must not have exactly one hidden element, and when its total is shown, its hidden cells together (which are
     * the total minus the shown cells) must hold no case or at least {@value #THRESHOLD} (two hidden cells of 1 and
     * 2 cases would otherwise publish a group of 3).
     */
    private static boolean protect(boolean[][] hidden, long[][] size, int index, boolean row) {
        int length = row ? size[0].length : size.length;
        int total = length - 1;
        int hiddenCount = 0;
        long hiddenSum = 0;
        for (int i = 0; i < length; i++) {
            if (at(hidden, index, i, row)) {
                hiddenCount++;
                if (i < total) {
                    hiddenSum += row ? size[index][i] : size[i][index];
                }
            }
        }
        boolean totalShown = !at(hidden, index, total, row);
        if (hiddenCount != 1 && !(totalShown && small(hiddenSum))) {
            return false;
        }
        int pick = -1;
        for (int i = 0; i < total; i++) {
            long s = row ? size[index][i] : size[i][index];
            if (!at(hidden, index, i, row) && s > 0 && (pick < 0 || s < (row ? size[index][pick] : size[pick][index]))) {
                pick = i;
            }
        }
        if (pick < 0 && totalShown) {
            pick = total;
        }
        if (pick < 0) {
            for (int i = 0; i < total && pick < 0; i++) {
                if (!at(hidden, index, i, row)) {
                    pick = i;
                }
            }
        }
        if (pick < 0) {
            return false;
        }
        if (row) {
            hidden[index][pick] = true;
        } else {
            hidden[pick][index] = true;
        }
        return true;
    }

    private static boolean at(boolean[][] hidden, int index, int i, boolean row) {
        return row ? hidden[index][i] : hidden[i][index];
    }
}
