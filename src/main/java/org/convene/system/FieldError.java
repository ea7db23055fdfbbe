package org.convene.system;

/** One invalid field of a request body or query. */
public record FieldError(String field, String message) {}
