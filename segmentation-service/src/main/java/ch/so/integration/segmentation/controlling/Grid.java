package ch.so.integration.segmentation.controlling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import ch.so.integration.segmentation.controlling.api.FigureRow;
import ch.so.integration.segmentation.controlling.api.FigureTable;

/**
 * A two-dimensional figure with a total row and a total column. A contribution of a case goes to its cell, its row's
 * and column's total and the grand total, so every sum in a total is the sum of its line. Cases are known only by
 * their position in the list the figures are made from; no identifier ever enters a grid.
 */
final class Grid {

    static final String TOTAL = "TOTAL";

    /** What a cell collects. */
    static final class Acc {
        final Set<Integer> cases = new HashSet<>();
        final Map<String, Set<Integer>> groups = new HashMap<>();
        final Map<String, BigDecimal> sums = new HashMap<>();
        final List<Long> samples = new ArrayList<>();

        void add(String sum, BigDecimal value) {
            sums.merge(sum, value, BigDecimal::add);
        }

        void add(String sum, long value) {
            add(sum, BigDecimal.valueOf(value));
        }

        void group(String group, int caseIndex) {
            groups.computeIfAbsent(group, g -> new HashSet<>()).add(caseIndex);
        }

        BigDecimal sum(String sum) {
            return sums.getOrDefault(sum, BigDecimal.ZERO);
        }

        long count(String sum) {
            return sum(sum).longValue();
        }

        int groupSize(String group) {
            return groups.getOrDefault(group, Set.of()).size();
        }
    }

    private final String rowDimension;
    private final String columnDimension;
    private final List<String> rowKeys;
    private final List<String> columnKeys;
    private final Acc[][] cells;

    Grid(String rowDimension, List<String> rowKeys, String columnDimension, List<String> columnKeys) {
        this.rowDimension = rowDimension;
        this.columnDimension = columnDimension;
        this.rowKeys = new ArrayList<>(rowKeys);
        this.rowKeys.add(TOTAL);
        this.columnKeys = new ArrayList<>(columnKeys);
        this.columnKeys.add(TOTAL);
        this.cells = new Acc[this.rowKeys.size()][this.columnKeys.size()];
        for (Acc[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                row[c] = new Acc();
            }
        }
    }

    /** Adds a case's contribution to the cell (row, column) and to the totals of its lines. */
    void add(int caseIndex, String row, String column, Consumer<Acc> contribution) {
        int r = index(rowKeys, row);
        int c = index(columnKeys, column);
        int tr = rowKeys.size() - 1;
        int tc = columnKeys.size() - 1;
        for (Acc acc : List.of(cells[r][c], cells[r][tc], cells[tr][c], cells[tr][tc])) {
            acc.cases.add(caseIndex);
            contribution.accept(acc);
        }
    }

    Acc cell(String row, String column) {
        return cells[index(rowKeys, row)][index(columnKeys, column)];
    }

    private static int index(List<String> keys, String key) {
        int i = keys.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("unknown key " + key);
        }
        return i;
    }

    /** Where a cell is: its row and column keys. */
    record Key(String row, String column) {
    }

    /**
     * Which cells are hidden: {@code small} tells which cells are primary suppressed, {@code forced} names cells that
     * must be hidden as well (a margin hidden in a linked table), {@code size} orders the candidates for
     * complementary suppression.
     */
    boolean[][] suppress(ToLongFunction<Acc> size, Predicate<Acc> small, Set<Key> forced) {
        long[][] sizes = new long[rowKeys.size()][columnKeys.size()];
        boolean[][] primary = new boolean[rowKeys.size()][columnKeys.size()];
        for (int r = 0; r < rowKeys.size(); r++) {
            for (int c = 0; c < columnKeys.size(); c++) {
                sizes[r][c] = size.applyAsLong(cells[r][c]);
                primary[r][c] = small.test(cells[r][c]) || forced.contains(new Key(rowKeys.get(r), columnKeys.get(c)));
            }
        }
        return Suppression.complementary(sizes, primary);
    }

    boolean hidden(boolean[][] hidden, Key key) {
        return hidden[index(rowKeys, key.row())][index(columnKeys, key.column())];
    }

    /** The figure, suppressed on its own. */
    FigureTable table(String name, String title, String description, List<String> measures,
                      Function<Acc, Map<String, BigDecimal>> values, ToLongFunction<Acc> size, Predicate<Acc> small) {
        return render(name, title, description, measures, values, suppress(size, small, Set.of()));
    }

    /** The figure with the given cells hidden: they show no value at all. */
    FigureTable render(String name, String title, String description, List<String> measures,
                       Function<Acc, Map<String, BigDecimal>> values, boolean[][] hidden) {
        List<FigureRow> rows = new ArrayList<>();
        for (int r = 0; r < rowKeys.size(); r++) {
            for (int c = 0; c < columnKeys.size(); c++) {
                Map<String, String> dimensions = new LinkedHashMap<>();
                dimensions.put(rowDimension, rowKeys.get(r));
                dimensions.put(columnDimension, columnKeys.get(c));
                Map<String, BigDecimal> shown = new LinkedHashMap<>();
                Map<String, BigDecimal> computed = hidden[r][c] ? Map.of() : values.apply(cells[r][c]);
                for (String measure : measures) {
                    shown.put(measure, computed.get(measure));
                }
                rows.add(new FigureRow(dimensions, shown, hidden[r][c]));
            }
        }
        return new FigureTable(name, title, description, List.of(rowDimension, columnDimension), measures, rows);
    }

    /** A grid of a set of linked tables, with where it holds each shared figure. */
    record Linked(Grid grid, ToLongFunction<Acc> size, Predicate<Acc> small, Function<String, Key> shared) {
    }

    /**
     * Suppresses linked tables together: tables that publish the same figure (e.g. the cases per segment, in the
     * distribution by group and by region) must hide it in all of them if one hides it, else the other table
     * reveals it. Repeats until no table hides a shared figure the others show.
     *
     * @param sharedKeys names of the shared figures; {@link Linked#shared} finds each in its grid
     */
    static List<boolean[][]> suppressJointly(List<Linked> tables, List<String> sharedKeys) {
        Set<String> forced = new HashSet<>();
        while (true) {
            List<boolean[][]> hidden = new ArrayList<>();
            for (Linked table : tables) {
                Set<Key> keys = new HashSet<>();
                forced.forEach(k -> keys.add(table.shared().apply(k)));
                hidden.add(table.grid().suppress(table.size(), table.small(), keys));
            }
            Set<String> hiddenShared = new HashSet<>();
            for (String key : sharedKeys) {
                for (int i = 0; i < tables.size(); i++) {
                    if (tables.get(i).grid().hidden(hidden.get(i), tables.get(i).shared().apply(key))) {
                        hiddenShared.add(key);
                    }
                }
            }
            if (hiddenShared.equals(forced)) {
                return hidden;
            }
            forced = hiddenShared;
        }
    }
}
