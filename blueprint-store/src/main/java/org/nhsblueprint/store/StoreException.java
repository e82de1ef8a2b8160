package org.nhsblueprint.store;

/** A database operation failed (the database is down, or a statement failed); the message says which. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
