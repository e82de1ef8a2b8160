package org.nhsblueprint.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.nhsblueprint.store.Accounts;
import org.nhsblueprint.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint account NAME}: creates a planner's account for the web workspace (or resets its password and
 * role). The password comes from a file or the first line of standard input, never the command line, and is stored
 * as a bcrypt hash. One instance per command line.
 */
@Command(name = "account", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Create a planner's account for 'blueprint serve' (or reset its password): the password is read"
                + " from --password-file or the first line of standard input and stored as a bcrypt hash.")
final class AccountCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Account name, e.g. an e-mail address.")
    private String name;

    @Option(names = "--role", defaultValue = "planner", paramLabel = "ROLE",
            description = "planner or admin (default ${DEFAULT-VALUE}).")
    private Accounts.Role role;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password.")
    private Path passwordFile;

    @CommandLine.Mixin
    private DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    AccountCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        String password;
        if (passwordFile != null) {
            if (!Files.isRegularFile(passwordFile)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--password-file: not found: "
                        + passwordFile);
            }
            password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        try (Database db = database.open(app)) {
            new Accounts(db, 12, Duration.ofHours(8)).save(name, password == null ? new char[0]
                    : password.toCharArray(), role);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (Accounts.LastAdmin e) {
            throw new CommandFailure(e.getMessage());
        }
        if (json) {
            var n = app.json().createObjectNode();
            n.put("account", name);
            n.put("role", role.name());
            spec.commandLine().getOut().println(app.json().writeValueAsString(n));
        } else {
            spec.commandLine().getOut().println("account " + name + " (" + role + ") saved");
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
