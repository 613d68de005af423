package org.pathway.local.simulate;

import java.util.ArrayList;
import java.util.List;

/** Unexpected answers from the services during a run, kept in order of arrival. */
final class Problems {

    private static final int KEPT = 200;

    private final List<String> problems = new ArrayList<>();
    private int count;

    synchronized void add(String problem) {
        count++;
        if (problems.size() < KEPT) {
            problems.add(problem);
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized List<String> list() {
        return List.copyOf(problems);
    }
}
