package org.nhsblueprint.cli;

/** Entry point of the packaged application: builds the application and exits with the command's exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Application.standard().commandLine().execute(args));
    }
}
