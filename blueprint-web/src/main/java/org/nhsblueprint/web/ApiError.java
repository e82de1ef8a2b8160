package org.nhsblueprint.web;

/**
 * A request the API refuses: the HTTP status, the field at fault (empty when none) and a message for people. The
 * server answers it as {@code {"status": ..., "error": ..., "field": ...}}.
 */
final class ApiError extends RuntimeException {
    private final int status;
    private final String field;

    ApiError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field == null ? "" : field;
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
