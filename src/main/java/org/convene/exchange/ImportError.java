package org.convene.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One reason an import is rejected, in the contract's shape.
 *
 * @param sheet   {@code elements} or {@code connections}
 * @param row     the line in the file (header = 1), or 0 for the file as a whole
 * @param column  the canonical column name, or {@code null} for the file as a whole
 * @param message one sentence quoting the bad value
 */
@JsonInclude(JsonInclude.Include.ALWAYS) // the contract has column null for a file error
record ImportError(String sheet, int row, String column, String message) {}
