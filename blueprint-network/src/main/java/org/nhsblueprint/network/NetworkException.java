package org.nhsblueprint.network;

/** A road network cannot be built, opened or routed on, for a reason the user can act on. Immutable. */
public final class NetworkException extends RuntimeException {
    public NetworkException(String message) {
        super(message);
    }

    public NetworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
