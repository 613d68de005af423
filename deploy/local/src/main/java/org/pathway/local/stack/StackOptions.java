package org.pathway.local.stack;

import java.nio.file.Path;

/**
 * How a stack starts: on data it keeps ({@code pathway up}; {@code fresh}: deleted first, {@code up --fresh}) or on
 * throwaway data ({@code demo}, {@code drill}, the tests); whether Prometheus watches it ({@code up --observe}); and
 * the backup it is to be restored from ({@code pathway restore}: its kept files are adopted before anything starts,
 * its databases loaded once everything is up), or null.
 */
public record StackOptions(boolean keep, boolean fresh, boolean observe, Path restoreFrom) {

    /** Empty at start, deleted at stop: every run counts from zero. */
    public static final StackOptions THROWAWAY = new StackOptions(false, true, false, null);

    public static StackOptions kept(boolean fresh, boolean observe) {
        return new StackOptions(true, fresh, observe, null);
    }

    /** A fresh kept stack that takes the backup in {@code dir}. */
    public StackOptions restoring(Path dir) {
        return new StackOptions(keep, true, observe, dir);
    }

    StackData data(Path runDir) {
        return keep ? StackData.kept(runDir, fresh) : StackData.throwaway(runDir);
    }

    /** The line that says what the start does with the data. */
    String describe(StackData data) {
        if (!keep) {
            return "Data: throwaway, in " + data.dir() + " (empty now, deleted at stop)";
        }
        if (fresh) {
            return "Data: starting empty (--fresh; what was kept is deleted), kept from now on in " + data.dir();
        }
        return data.emptyAtStart() ? "Data: first start, kept from now on in " + data.dir()
                : "Data: kept from earlier runs, in " + data.dir() + " (`./pathway up --fresh` starts empty)";
    }
}
