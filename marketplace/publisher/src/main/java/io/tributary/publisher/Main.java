package io.tributary.publisher;

import java.util.Arrays;
import java.util.List;

/**
 * The partner's publishing tool: {@code java -jar tributary-publisher.jar <command> [options]}. Exit codes: 0 done,
 * 1 refused by the marketplace, 2 wrong usage or a local error.
 */
public final class Main {

    private static final String PROGRAM = "tributary-publish";

    private final List<Command> commands =
            List.of(new KeygenCommand(), new RegisterCommand(), new SignCommand(), new PublishCommand());
    private final Console console;

    Main(Console console) {
        this.console = console;
    }

    public static void main(String[] args) {
        System.exit(new Main(new Console(System.out, System.err, System.getenv())).run(args));
    }

    int run(String... args) {
        if (args.length == 0) {
            console.err().print(overview());
            return CliException.LOCAL;
        }
        if (List.of("--help", "-h", "help").contains(args[0])) {
            console.out().print(overview());
            return 0;
        }
        Command command = commands.stream().filter(known -> known.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            console.err().println(PROGRAM + ": unknown command " + args[0]);
            console.err().print(overview());
            return CliException.LOCAL;
        }
        try {
            Options options = Options.parse(Arrays.asList(args).subList(1, args.length), command.options());
            if (options.help()) {
                console.out().print(command.usage());
                return 0;
            }
            command.run(options, console);
            return 0;
        } catch (CliException e) {
            console.err().println(PROGRAM + " " + command.name() + ": " + e.getMessage());
            if (e.showUsage()) {
                console.err().println();
                console.err().print(command.usage());
            }
            return e.exitCode();
        }
    }

    private String overview() {
        StringBuilder text = new StringBuilder("Usage: " + PROGRAM + " <command> [options]\n\n")
                .append("Publishes connectors and prebuilt integrations to a Tributary marketplace.\n\n")
                .append("Commands:\n");
        for (Command command : commands) {
            text.append(String.format("  %-10s %s\n", command.name(), command.summary()));
        }
        return text.append("\n")
                .append("Run '" + PROGRAM + " <command> --help' for a command's options.\n")
                .append("Exit codes: 0 done, 1 refused by the marketplace, 2 wrong usage or a local error.\n")
                .toString();
    }
}
