package org.nhsblueprint.cli;

import org.nhsblueprint.demand.AllocationRule;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --allocation nearest|huff} option, shared by the commands that allocate demand to sites ({@code appraise},
 * {@code compare}) as a picocli mixin. Set by picocli; one instance per command line.
 */
final class AllocationOption {
    @Option(names = "--allocation", paramLabel = "RULE", defaultValue = "nearest",
            description = "How yearly demand goes to sites: nearest (all to the nearest site) or huff (split between "
                    + "the nearest two by exp(-0.1 x minutes)). Default: ${DEFAULT-VALUE}.")
    String value;

    /** The rule asked for; a usage error naming the value if it is neither {@code nearest} nor {@code huff}. */
    AllocationRule rule(CommandSpec spec) {
        return switch (value) {
            case "nearest" -> new AllocationRule.Nearest();
            case "huff" -> new AllocationRule.Huff();
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--allocation: '" + value + "' is not nearest or huff");
        };
    }
}
