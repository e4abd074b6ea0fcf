package io.tributary.publisher;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command's arguments: {@code --name value} or {@code --name=value} options, {@code --help}, and operands. */
final class Options {

    private final Map<String, String> values;
    private final List<String> operands;
    private final boolean help;

    private Options(Map<String, String> values, List<String> operands, boolean help) {
        this.values = values;
        this.operands = operands;
        this.help = help;
    }

    /** @param known the options that take a value, without dashes */
    static Options parse(List<String> args, Set<String> known) throws CliException {
        Map<String, String> values = new HashMap<>();
        List<String> operands = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                int equals = arg.indexOf('=');
                String name = arg.substring(arg.startsWith("--") ? 2 : 1, equals < 0 ? arg.length() : equals);
                if (!arg.startsWith("--") || !known.contains(name)) {
                    throw CliException.usage("unknown option " + arg);
                }
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw CliException.usage("--" + name + " needs a value");
                }
                if (values.put(name, value) != null) {
                    throw CliException.usage("--" + name + " is given twice");
                }
            } else {
                operands.add(arg);
            }
        }
        return new Options(values, operands, help);
    }

    boolean help() {
        return help;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }

    String required(String name) throws CliException {
        return value(name).orElseThrow(() -> CliException.usage("--" + name + " is required"));
    }

    Path requiredPath(String name) throws CliException {
        return path(required(name));
    }

    /** The one operand the command takes, e.g. the artifact; {@code what} names it in the message when missing. */
    Path singleOperandPath(String what) throws CliException {
        if (operands.isEmpty()) {
            throw CliException.usage(what + " is required");
        }
        if (operands.size() > 1) {
            throw CliException.usage("only one " + what + " is expected, not " + String.join(" ", operands));
        }
        return path(operands.get(0));
    }

    void requireNoOperands() throws CliException {
        if (!operands.isEmpty()) {
            throw CliException.usage("unexpected argument " + operands.get(0));
        }
    }

    static Path path(String text) throws CliException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw CliException.usage("not a valid path: " + text);
        }
    }
}
