package org.nhsblueprint.cli;

/**
 * A command cannot do what was asked for a reason the user can act on (a missing installation folder, a service no
 * site offers). {@link FailureHandler} prints the message without a stack trace and exits 1. Immutable.
 */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message) {
        super(message);
    }
}
