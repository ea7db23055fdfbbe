package org.convene.exchange;

/** The store could not hold the import's one transaction in its memory; nothing was written (503). */
final class ImportTooLarge extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImportTooLarge(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether this failure is the store running out of memory for a transaction. */
    static boolean isMemory(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
            if (cause instanceof org.neo4j.driver.exceptions.Neo4jException neo4j
                    && neo4j.code() != null
                    && neo4j.code().startsWith("Neo.TransientError.General.")
                    && neo4j.code().contains("Memory")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
