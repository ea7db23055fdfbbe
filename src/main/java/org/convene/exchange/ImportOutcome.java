package org.convene.exchange;

import java.util.List;

/** What planning an import came to: a plan to write, or every reason to write nothing. */
sealed interface ImportOutcome permits ImportOutcome.Planned, ImportOutcome.Rejected {

    /** The files are valid; this is what writing them would do. */
    record Planned(ImportPlan plan) implements ImportOutcome {}

    /**
     * The files are not valid and nothing may be written.
     *
     * @param errors the errors in file order, at most the planner's cap plus one closing note
     * @param total  how many errors were found, listed or not
     */
    record Rejected(List<ImportError> errors, int total) implements ImportOutcome {

        public Rejected {
            errors = List.copyOf(errors);
        }

        /** One sentence for the answer's {@code error} field. */
        public String summary() {
            return total == 1
                    ? "The import has 1 error, so nothing was imported."
                    : "The import has " + total + " errors, so nothing was imported.";
        }
    }
}
